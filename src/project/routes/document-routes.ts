import { createHash } from 'node:crypto';
import type { Attachment, TurnContext } from 'botbuilder';
import { addDocuments, listDocuments, type DocumentSubmission } from '../app/project-documents';
import { isRefusal } from '../app/project-access';
import { TEXT_LIMITS } from '../../kernel/limits';
import type { PersonInfo } from '../../kernel/person';
import type { Catalog } from '../../i18n';
import { toDocumentsViews } from '../views/documents.view';
import type { BotEnv } from '../../platform/teams/bot-env';
import { splitLinkAndTitle } from '../../platform/teams/commands';
import { refusalText } from './refusals';
import { card, text, type Reply } from '../../platform/teams/replies';
import { projectRequest, type TurnOrigin } from '../../platform/teams/turn-origin';

/** Files shared with the message: Teams sends a link to the file in the team's SharePoint. */
function sharedFiles(attachments: readonly Attachment[]): { title: string; url: string }[] {
  return attachments.flatMap((a) => {
    const content = (a.content ?? {}) as { downloadUrl?: string };
    const url = a.contentUrl ?? content.downloadUrl;
    if (a.contentType?.startsWith('text/html') || a.contentType?.includes('card') || !url) return [];
    return [{ title: a.name ?? url, url }];
  });
}

/**
 * Teams does not hand files posted in a channel to bots: the message only carries an
 * `<attachment id=…>` placeholder in its HTML. Then the person is told to share the file's link.
 */
const hasUndeliveredFile = (attachments: readonly Attachment[]): boolean =>
  attachments.some((a) => a.contentType?.startsWith('text/html') && /<attachment\s+id=/i.test(String(a.content ?? '')));

/** A stable id per message and file, so Teams retrying the same message stores it once. */
const submissionId = (activityId: string, index: number): string =>
  createHash('sha256').update(`${activityId}#${index}`).digest('hex').slice(0, 32);

/** `document <link> <titel>`, or `document` with one or more files attached (S1.2). */
export async function documentCommand(
  env: BotEnv,
  context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
  argument: string,
): Promise<Reply[]> {
  const { t } = origin;
  const activityId = context.activity.id ?? `${Date.now()}`;
  const files = sharedFiles(context.activity.attachments ?? []);
  const link = splitLinkAndTitle(argument);
  const items: Omit<DocumentSubmission, 'submissionId'>[] = [
    ...files.map((f) => ({ source: 'file' as const, ...f })),
    ...(link ? [{ source: 'link' as const, ...link }] : []),
  ];
  if (items.length === 0) {
    return [text(hasUndeliveredFile(context.activity.attachments ?? []) ? t.documents.fileNotDelivered : t.documents.usage)];
  }
  const outcome = await addDocuments(
    env.deps,
    projectRequest(origin, caller),
    items.map((item, index) => ({ ...item, submissionId: submissionId(activityId, index) })),
  );
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'invalid') return [text(documentErrorText(t, outcome.error))];
  return outcome.documents.map((d) => text(t.documents.added(d.title)));
}

function documentErrorText(t: Catalog, error: 'titleRequired' | 'titleTooLong' | 'urlInvalid' | 'urlTooLong'): string {
  switch (error) {
    case 'titleTooLong':
      return t.documents.errors.titleTooLong(TEXT_LIMITS.documentTitle);
    case 'urlTooLong':
      return t.documents.errors.urlTooLong(TEXT_LIMITS.url);
    default:
      return t.documents.errors[error];
  }
}

/** `documenten`: every document with who added it and when. */
export async function documentsCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const outcome = await listDocuments(env.deps, projectRequest(origin, caller));
  if (isRefusal(outcome)) return [text(refusalText(origin.t, outcome))];
  return toDocumentsViews(origin.t, outcome.documents).map((view) => card(env.cards.render('documents', view)));
}
