import { DEFAULT_LANGUAGE, type Language } from '../../kernel/language';
import type { PersonKey } from '../../kernel/person';
import { fail, ok, type Result } from '../../kernel/result';
import { findParticipant, touch, type Project } from './project';

/**
 * One language per project (Dutch unless the leader switches it) for everything the channel sees;
 * what only one person sees may follow that person's own choice, which defaults to the project's.
 */
export const projectLanguage = (project: Pick<Project, 'language'>): Language => project.language ?? DEFAULT_LANGUAGE;

export function personalLanguage(project: Project, key: PersonKey): Language {
  return findParticipant(project, key)?.language ?? projectLanguage(project);
}

/** The leader's choice; undefined when the project already speaks it. */
export function withProjectLanguage(project: Project, language: Language, now: Date): Project | undefined {
  return projectLanguage(project) === language && project.language !== undefined ? undefined : touch({ ...project, language }, now);
}

/** A person's own choice, or back to the project's language (null). */
export function withPersonalLanguage(project: Project, key: PersonKey, language: Language | null, now: Date): Result<Project, 'notParticipant'> {
  if (!findParticipant(project, key)) return fail('notParticipant');
  const participants = project.participants.map((p) => {
    if (p.key !== key) return p;
    const { language: _previous, ...rest } = p;
    return language === null ? rest : { ...rest, language };
  });
  return ok(touch({ ...project, participants }, now));
}
