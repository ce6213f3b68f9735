import { channelCardPosts } from '../../../platform/outbox';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText } from '../../../project';
import { measureList } from '../app/measure-list';
import { measureCatalog } from '../i18n/catalog';
import { renderMeasureList } from '../views/measure-list.cards';

/** More cards than this in one answer would run into Teams' rate limits: the rest goes through the outbox. */
const MAX_CARDS_IN_ANSWER = 3;

/** `maatregelen`: per priority problem every current measure, counts, who has not answered and the gaps (S3.1, S3.2). */
export async function measureListCommand(turn: Turn): Promise<Reply[]> {
  const t = measureCatalog(turn.t);
  const outcome = await measureList(turn.env.deps, turn.request(), t.measureList.unknownOrganisation);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'notOpen') return [text(t.measureList.notYetOpen)];
  const { project, overview, criteria } = outcome;
  const cards = renderMeasureList(turn.env.cards, t, project.profile?.name ?? t.project.unnamed, overview, criteria);
  if (cards.length <= MAX_CARDS_IN_ANSWER) return cards.map(card);
  const [summary, ...pages] = cards;
  await turn.env.post(channelCardPosts(`measures-${turn.env.deps.newId()}`, project, pages));
  return [...(summary ? [card(summary)] : []), text(t.measureList.posting(pages.length))];
}
