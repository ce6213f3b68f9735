import { findActiveProject } from '../app/project-access';
import { personKey, type PersonInfo } from '../../kernel/person';
import { findParticipant, leaderOf } from '../domain/project';
import { toHelpView } from '../views/help.view';
import { toWelcomeView } from '../views/welcome.view';
import type { BotEnv } from '../../platform/teams/bot-env';
import { card, text, type Reply } from '../../platform/teams/replies';
import type { TurnOrigin } from '../../platform/teams/turn-origin';

/** `help` (and anything not understood): the commands this caller may use. */
export async function helpCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const project = await findActiveProject(env.deps, origin.channel.tenantId, origin.channel.channelId);
  if (!project) return [card(env.cards.render('help', toHelpView(origin.t, 'none')))];
  const me = findParticipant(project.doc, personKey(caller));
  if (!me) return [text(origin.t.access.notParticipant(leaderOf(project.doc).name))];
  return [card(env.cards.render('help', toHelpView(origin.t, me.role)))];
}

export function welcomeReplies(env: BotEnv, origin: TurnOrigin): Reply[] {
  return [card(env.cards.render('welcome', toWelcomeView(origin.t)))];
}
