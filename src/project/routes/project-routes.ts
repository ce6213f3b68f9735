import type { TurnContext } from 'botbuilder';
import { isRefusal, openProject } from '../app/project-access';
import { startProject } from '../app/start-project';
import { updateProfile } from '../app/update-profile';
import type { PersonInfo } from '../../kernel/person';
import type { ProfileInput } from '../domain/profile';
import { toProfileFormView } from '../views/profile-form.view';
import { toProfileView } from '../views/profile.view';
import type { BotEnv } from '../../platform/teams/bot-env';
import { refusalText } from './refusals';
import { card, text, type Reply } from '../../platform/teams/replies';
import { projectRequest, type TurnOrigin } from '../../platform/teams/turn-origin';

/** `nieuw project [naam]`: the caller becomes leader and gets the profile form (S1.1). */
export async function newProjectCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo, name: string): Promise<Reply[]> {
  const { t } = origin;
  const outcome = await startProject(env.deps, origin.channel, caller, name || undefined);
  if (outcome.kind === 'alreadyActive') {
    return [text(t.project.alreadyActive(outcome.project.profile?.name ?? t.project.unnamed, outcome.leaderName))];
  }
  env.log.info('project started', { projectId: outcome.project.id, channelId: origin.channel.channelId });
  return [
    text(t.project.created(caller.name)),
    card(env.cards.render('profile-form', toProfileFormView(t, outcome.project))),
  ];
}

/** `profiel`: everyone in the project sees it; the leader's copy can be edited. */
export async function profileCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const access = await openProject(env.deps, projectRequest(origin, caller), 'participant');
  if (access.kind !== 'granted') return [text(refusalText(origin.t, access))];
  const isLeader = access.me.role === 'leader';
  return [card(env.cards.render('profile', toProfileView(origin.t, access.project.doc, isLeader)))];
}

/** Card action "Profiel bewerken": the form, for the leader only. */
export async function editProfileAction(
  env: BotEnv,
  _context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
  data: { projectId: string },
): Promise<Reply[]> {
  const access = await openProject(env.deps, projectRequest(origin, caller, data.projectId), 'leader');
  if (access.kind !== 'granted') return [text(refusalText(origin.t, access))];
  return [card(env.cards.render('profile-form', toProfileFormView(origin.t, access.project.doc)))];
}

/** Card action "Opslaan" on the profile form: saved profile, or the form with errors by the fields. */
export async function saveProfileAction(
  env: BotEnv,
  _context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
  data: ProfileInput & { projectId: string },
): Promise<Reply[]> {
  const { t } = origin;
  const input: ProfileInput = {
    name: data.name,
    commissioner: data.commissioner,
    startDate: data.startDate,
    plannedEndDate: data.plannedEndDate,
    description: data.description,
  };
  const outcome = await updateProfile(env.deps, projectRequest(origin, caller, data.projectId), input);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'invalid') {
    return [card(env.cards.render('profile-form', toProfileFormView(t, outcome.project, input, outcome.errors)))];
  }
  return [card(env.cards.render('profile', toProfileView(t, outcome.project, true, t.profile.saved)))];
}
