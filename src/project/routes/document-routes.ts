import { createHash } from 'node:crypto';
import { addDocuments, listDocuments, type DocumentSubmission } from '../app/project-documents';
import { isRefusal } from '../app/project-access';
import { TEXT_LIMITS } from '../../kernel/limits';
import type { Catalog } from '../../i18n';
import { toDocumentsViews } from '../views/documents.view';
import { refusalText } from './refusals';
import { card, text, type Reply, type Turn, type TurnAttachment } from '../../platform/turn';

/** Files shared with the message: Teams sends a link to the file in the team's SharePoint. */
function sharedFiles(attachments: readonly TurnAttachment[]): { title: string; url: string }[] {
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
const hasUndeliveredFile = (attachments: readonly TurnAttachment[]): boolean =>
  attachments.some((a) => a.contentType?.startsWith('text/html') && /<attachment\s+id=/i.test(String(a.content ?? '')));

/** A stable id per message and file, so Teams retrying the same message stores it once. */
const submissionId = (activityId: string, index: number): string =>
  createHash('sha256').update(`${activityId}#${index}`).digest('hex').slice(0, 32);

/** A link and its title in any order: "https://… Verslag" or "Verslag https://…". */
export function splitLinkAndTitle(argument: string): { url: string; title: string } | undefined {
  const match = /\S*:\/\/\S+/.exec(argument);
  if (!match) return undefined;
  const title = (argument.slice(0, match.index) + argument.slice(match.index + match[0].length)).replace(/\s+/g, ' ').trim();
  return { url: match[0], title: title.replace(/^["“'‘]|["”'’]$/g, '') };
}

/** `document <link> <titel>`, or `document` with one or more files attached (S1.2). */
export async function documentCommand(
  turn: Turn,
  argument: string,
): Promise<Reply[]> {
  const { t } = turn;
  const activityId = turn.activityId ?? `${Date.now()}`;
  const files = sharedFiles(turn.attachments);
  const link = splitLinkAndTitle(argument);
  const items: Omit<DocumentSubmission, 'submissionId'>[] = [
    ...files.map((f) => ({ source: 'file' as const, ...f })),
    ...(link ? [{ source: 'link' as const, ...link }] : []),
  ];
  if (items.length === 0) {
    return [text(hasUndeliveredFile(turn.attachments) ? t.documents.fileNotDelivered : t.documents.usage)];
  }
  const outcome = await addDocuments(
    turn.env.deps,
    turn.request(),
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
export async function documentsCommand(turn: Turn): Promise<Reply[]> {
  const outcome = await listDocuments(turn.env.deps, turn.request());
  if (isRefusal(outcome)) return [text(refusalText(turn.t, outcome))];
  return toDocumentsViews(turn.t, outcome.documents).map((view) => card(turn.env.cards.render('documents', view)));
}
