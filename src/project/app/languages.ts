import type { Language } from '../../kernel/language';
import { personKey } from '../../kernel/person';
import type { AppDeps } from '../../kernel/deps';
import { personalLanguage, projectLanguage, withPersonalLanguage, withProjectLanguage } from '../domain/language';
import { findParticipant } from '../domain/project';
import { changeProject } from './change-project';
import { requestedProject, type ProjectRequest, type Refusal } from './project-access';

/** The languages of one turn: what the channel sees, and what only the caller sees. */
export interface TurnLanguages {
  readonly shared: Language;
  readonly personal: Language;
}

/**
 * In a project the project's language decides, and the caller's own choice for what only they
 * see; outside a project the Teams locale is the only hint there is.
 */
export async function turnLanguages(deps: Pick<AppDeps, 'store'>, request: ProjectRequest, hint: Language): Promise<TurnLanguages> {
  const project = await requestedProject(deps, request);
  if (!project) return { shared: hint, personal: hint };
  const shared = projectLanguage(project.doc);
  const me = findParticipant(project.doc, personKey(request.caller));
  return { shared, personal: me ? personalLanguage(project.doc, me.key) : shared };
}

export type LanguageOutcome = { readonly kind: 'languageSet'; readonly language: Language; readonly changed: boolean };

/** `taal engels`: the leader chooses the project's language. */
export function setProjectLanguage(deps: AppDeps, request: ProjectRequest, language: Language): Promise<LanguageOutcome | Refusal> {
  return changeProject<LanguageOutcome>(deps, request, 'leader', (project, _me, now) => {
    const save = withProjectLanguage(project, language, now);
    return { ...(save ? { save } : {}), outcome: { kind: 'languageSet', language, changed: save !== undefined } };
  });
}

export type PersonalLanguageOutcome = { readonly kind: 'personalLanguageSet'; readonly language: Language; readonly followsProject: boolean };

/** `mijn taal engels` (or `mijn taal project`): what only the caller sees. */
export function setPersonalLanguage(deps: AppDeps, request: ProjectRequest, language: Language | null): Promise<PersonalLanguageOutcome | Refusal> {
  return changeProject<PersonalLanguageOutcome>(deps, request, 'participant', (project, me, now) => {
    const result = withPersonalLanguage(project, me.key, language, now);
    // The gate already checked membership.
    if (!result.ok) return { outcome: { kind: 'personalLanguageSet', language: projectLanguage(project), followsProject: true } };
    return { save: result.value, outcome: { kind: 'personalLanguageSet', language: language ?? projectLanguage(project), followsProject: language === null } };
  });
}
