import { isRefusal } from '../../../project/app/project-access';
import { problemList } from '../app/problem-list';
import { criteriaOf } from '../domain/criteria';
import type { PersonInfo } from '../../../kernel/person';
import { renderProblemList } from '../views/problem-list.cards';
import type { BotEnv } from '../../../platform/teams/bot-env';
import { refusalText } from '../../../project/routes/refusals';
import { card, text, type Reply } from '../../../platform/teams/replies';
import { projectRequest, type TurnOrigin } from '../../../platform/teams/turn-origin';

/** More cards than this in one answer would run into Teams' rate limits: the rest goes through the outbox. */
const MAX_CARDS_IN_ANSWER = 3;

/** `lijst`: all problems of all participants, typed and ordered, with counts and the risk matrix (S2.3). */
export async function problemListCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const { t } = origin;
  const outcome = await problemList(env.deps, projectRequest(origin, caller));
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'notOpen') return [text(t.problemList.notYetOpen)];
  const { project, overview } = outcome;
  const cards = renderProblemList(env.cards, t, project.profile?.name ?? t.project.unnamed, overview, criteriaOf(project));
  if (cards.length <= MAX_CARDS_IN_ANSWER) return cards.map(card);
  const [summary, ...pages] = cards;
  const batch = `list-${env.deps.newId()}`;
  await env.post(
    pages.map((content, index) => ({
      id: `${batch}~${String(index + 1).padStart(4, '0')}`,
      target: { serviceUrl: project.channel.serviceUrl, conversationId: project.channel.conversationId, tenantId: project.channel.tenantId },
      activity: { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }] },
      sourceProjectId: project.id,
    })),
  );
  return [...(summary ? [card(summary)] : []), text(t.problemList.posting(pages.length))];
}
