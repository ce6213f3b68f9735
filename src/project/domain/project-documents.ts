import { TEXT_LIMITS } from '../../kernel/limits';
import type { PersonKey } from '../../kernel/person';
import { fail, ok, type Result } from '../../kernel/result';

/** A document of the project group (S1.2): a file shared in the channel or a link with a title. */
export interface ProjectDocument {
  readonly type: 'document';
  readonly id: string;
  readonly projectId: string;
  readonly source: 'file' | 'link';
  readonly title: string;
  readonly url: string;
  readonly addedBy: PersonKey;
  readonly addedByName: string;
  readonly addedAt: string;
}

export type DocumentError = 'titleRequired' | 'titleTooLong' | 'urlInvalid' | 'urlTooLong';

export interface NewDocumentInput {
  readonly id: string;
  readonly projectId: string;
  readonly source: 'file' | 'link';
  readonly title: string;
  readonly url: string;
  readonly addedBy: PersonKey;
  readonly addedByName: string;
  readonly now: Date;
}

export function newDocument(input: NewDocumentInput): Result<ProjectDocument, DocumentError> {
  const title = input.title.trim();
  const url = input.url.trim();
  if (title === '') return fail('titleRequired');
  if (title.length > TEXT_LIMITS.documentTitle) return fail('titleTooLong');
  if (url.length > TEXT_LIMITS.url) return fail('urlTooLong');
  if (!isWebAddress(url)) return fail('urlInvalid');
  return ok({
    type: 'document',
    id: input.id,
    projectId: input.projectId,
    source: input.source,
    title,
    url,
    addedBy: input.addedBy,
    addedByName: input.addedByName,
    addedAt: input.now.toISOString(),
  });
}

/** Only http(s): anything else (javascript:, file:) would be unsafe or unopenable for others. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
