import { findActiveProject } from '../app/project-access';
import { personKey } from '../../kernel/person';
import { currentStep } from '../../kernel/steps';
import { findParticipant, leaderOf } from '../domain/project';
import { toHelpView } from '../views/help.view';
import { toWelcomeView } from '../views/welcome.view';
import { card, text, type Reply, type Turn } from '../../platform/turn';

/** `help` (and anything not understood): the commands this caller may use. */
export async function helpCommand(turn: Turn): Promise<Reply[]> {
  const project = await findActiveProject(turn.env.deps, turn.channel.tenantId, turn.channel.channelId);
  if (!project) return [card(turn.env.cards.render('help', toHelpView(turn.t, 'none', turn.env.commands.commands)))];
  const me = findParticipant(project.doc, personKey(turn.caller));
  if (!me) return [text(turn.t.access.notParticipant(leaderOf(project.doc).name))];
  const phase = currentStep(project.doc.steps);
  return [card(turn.env.cards.render('help', toHelpView(turn.t, me.role, turn.env.commands.commands, { step: phase.number, status: phase.status })))];
}

export function welcomeReplies(turn: Pick<Turn, 't' | 'env'>, inPersonalChat: boolean): Reply[] {
  return [card(turn.env.cards.render('welcome', toWelcomeView(turn.t, inPersonalChat)))];
}
