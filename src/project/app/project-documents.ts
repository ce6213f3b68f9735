import { newDocument, type DocumentError, type ProjectDocument } from '../domain/project-documents';
import { DocumentExistsError } from '../../platform/store/port';
import type { AppDeps } from '../../kernel/deps';
import { openProject, type ProjectRequest, type Refusal } from './project-access';

export interface DocumentSubmission {
  /** Stable per submission (the Teams activity id), so a retried message stores one document. */
  readonly submissionId: string;
  readonly source: 'file' | 'link';
  readonly title: string;
  readonly url: string;
}

export type AddDocumentOutcome =
  | { readonly kind: 'added'; readonly documents: readonly ProjectDocument[] }
  | { readonly kind: 'invalid'; readonly error: DocumentError };

/** Leader and participants add documents that every participant can open (S1.2). */
export async function addDocuments(
  deps: AppDeps,
  request: ProjectRequest,
  submissions: readonly DocumentSubmission[],
): Promise<AddDocumentOutcome | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const now = deps.clock();
  const documents: ProjectDocument[] = [];
  for (const submission of submissions) {
    const document = newDocument({
      id: `document-${submission.submissionId}`,
      projectId: access.project.doc.id,
      source: submission.source,
      title: submission.title,
      url: submission.url,
      addedBy: access.me.key,
      addedByName: access.me.name,
      now,
    });
    if (!document.ok) return { kind: 'invalid', error: document.error };
    documents.push(document.value);
  }
  for (const document of documents) {
    try {
      await deps.store.create(document);
    } catch (error) {
      if (!(error instanceof DocumentExistsError)) throw error;
    }
  }
  return { kind: 'added', documents };
}

export async function listDocuments(
  deps: AppDeps,
  request: ProjectRequest,
): Promise<{ readonly kind: 'documents'; readonly documents: readonly ProjectDocument[] } | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const stored = await deps.store.list<ProjectDocument>(access.project.doc.id, 'document');
  const documents = stored.map((s) => s.doc).sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  return { kind: 'documents', documents };
}
