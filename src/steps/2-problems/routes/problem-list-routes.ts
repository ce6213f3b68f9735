import { channelCardPosts } from '../../../platform/outbox';
import { criteriaFor } from '../app/step-work';
import { problemCatalog } from '../i18n/catalog';
import { isRefusal } from '../../../project';
import { problemList } from '../app/problem-list';
import { renderProblemList } from '../views/problem-list.cards';
import { refusalText } from '../../../project';
import { card, text, type Reply, type Turn } from '../../../platform/turn';

/** More cards than this in one answer would run into Teams' rate limits: the rest goes through the outbox. */
const MAX_CARDS_IN_ANSWER = 3;

/** `lijst`: all problems of all participants, typed and ordered, with counts and the risk matrix (S2.3). */
export async function problemListCommand(turn: Turn): Promise<Reply[]> {
  const t = problemCatalog(turn.t);
  const outcome = await problemList(turn.env.deps, turn.request());
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'notOpen') return [text(t.problemList.notYetOpen)];
  const { project, overview } = outcome;
  const cards = renderProblemList(turn.env.cards, t, project.profile?.name ?? t.project.unnamed, overview, await criteriaFor(turn.env.deps, project));
  if (cards.length <= MAX_CARDS_IN_ANSWER) return cards.map(card);
  const [summary, ...pages] = cards;
  await turn.env.post(channelCardPosts(`list-${turn.env.deps.newId()}`, project, pages));
  return [...(summary ? [card(summary)] : []), text(t.problemList.posting(pages.length))];
}
