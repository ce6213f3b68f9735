import { isRefusal, openProject } from '../app/project-access';
import { startProject } from '../app/start-project';
import { updateProfile } from '../app/update-profile';
import type { ProfileInput } from '../domain/profile';
import { toProfileFormView } from '../views/profile-form.view';
import { toProfileView } from '../views/profile.view';
import { refusalText } from './refusals';
import { readOpenedValues } from '../../kernel/form-change';
import type { ProfileField } from '../domain/profile';
import { card, text, type Reply, type Turn } from '../../platform/turn';
import { catalogOf } from '../../i18n';
import { projectLanguage } from '../domain/language';
import { leaderOf } from '../domain/project';
import { organisationQuestion } from './participant-routes';

/** `nieuw project [naam]`: the caller becomes leader and gets the profile form (S1.1). */
export async function newProjectCommand(turn: Turn, name: string): Promise<Reply[]> {
  const outcome = await startProject(turn.env.deps, turn.channel, turn.caller, name || undefined);
  if (outcome.kind === 'alreadyActive') {
    if (!outcome.callerTakesPart) return [text(turn.t.project.alreadyActiveOutsider(outcome.leaderName))];
    return [text(turn.t.project.alreadyActive(outcome.project.profile?.name ?? turn.t.project.unnamed, outcome.leaderName))];
  }
  turn.env.log.info('project started', { projectId: outcome.project.id, channelId: turn.channel.channelId });
  // The leader is asked for their organisation like everyone: once, in a personal message.
  await turn.env.post(organisationQuestion(turn, outcome.project, leaderOf(outcome.project)));
  // From here on the project's language speaks; a Teams set to another language only gets a hint how to switch.
  const t = catalogOf(projectLanguage(outcome.project));
  return [
    text(t.project.created(turn.caller.name)),
    ...(t === turn.t ? [] : [text(turn.t.language.projectHint)]),
    card(turn.env.cards.render('profile-form', toProfileFormView(t, outcome.project))),
  ];
}

/** `profiel`: everyone in the project sees it; the leader's copy can be edited. */
export async function profileCommand(turn: Turn): Promise<Reply[]> {
  const access = await openProject(turn.env.deps, turn.request(), 'participant');
  if (access.kind !== 'granted') return [text(refusalText(turn.t, access))];
  const isLeader = access.me.role === 'leader';
  return [card(turn.env.cards.render('profile', toProfileView(turn.t, access.project.doc, isLeader)))];
}

/** Card action "Profiel bewerken": the form, for the leader only. */
export async function editProfileAction(
  turn: Turn,
  data: { projectId: string },
): Promise<Reply[]> {
  const access = await openProject(turn.env.deps, turn.request(data.projectId), 'leader');
  if (access.kind !== 'granted') return [text(refusalText(turn.t, access))];
  return [card(turn.env.cards.render('profile-form', toProfileFormView(turn.t, access.project.doc)))];
}

/** Card action "Opslaan" on the profile form: saved profile, or the form with errors by the fields. */
export async function saveProfileAction(
  turn: Turn,
  data: ProfileInput & { projectId: string; opened?: string | undefined },
): Promise<Reply[]> {
  const { t } = turn;
  const input: ProfileInput = {
    name: data.name,
    commissioner: data.commissioner,
    startDate: data.startDate,
    plannedEndDate: data.plannedEndDate,
    description: data.description,
  };
  const opened = readOpenedValues<ProfileField>(data.opened);
  const outcome = await updateProfile(turn.env.deps, turn.request(data.projectId), input, opened);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'stale') {
    // Someone else saved these fields since the form was opened: the profile as it is now, saying which.
    const fields = outcome.fields.map((f) => t.profile[f]).join(', ');
    return [card(turn.env.cards.render('profile-form', toProfileFormView(t, outcome.project, undefined, [], t.profile.changedMeanwhile(fields))))];
  }
  if (outcome.kind === 'invalid') {
    return [card(turn.env.cards.render('profile-form', toProfileFormView(t, outcome.project, input, outcome.errors)))];
  }
  const notice = outcome.stepDone ? t.profile.savedStepDone : t.profile.saved;
  return [card(turn.env.cards.render('profile', toProfileView(t, outcome.project, true, notice)))];
}
