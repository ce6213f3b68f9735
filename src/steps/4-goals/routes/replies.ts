import { refreshMeetingCard } from '../../../engine';
import type { AdaptiveCardJson } from '../../../platform/cards/card-renderer';
import { channelCardPosts } from '../../../platform/outbox';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText, type Project, type Refusal } from '../../../project';
import type { StepNotOpen } from '../app/goals-work-store';
import { goalCatalog } from '../i18n/catalog';

/** More cards than this in one answer would run into Teams' rate limits: the rest goes through the outbox. */
const MAX_CARDS_IN_ANSWER = 3;

/** A list over several cards: the first ones as the answer, the rest in the channel through the outbox. */
export async function listReplies(turn: Turn, project: Project, prefix: string, cards: readonly AdaptiveCardJson[]): Promise<Reply[]> {
  if (cards.length <= MAX_CARDS_IN_ANSWER) return cards.map(card);
  const [first, ...rest] = cards;
  await turn.env.post(channelCardPosts(`${prefix}-${turn.env.deps.newId()}`, project, rest));
  return first ? [card(first)] : [];
}

const isStepNotOpen = (outcome: { readonly kind: string }): outcome is StepNotOpen => outcome.kind === 'stepNotOpen';

/** The line for an access refusal, a step 4 not opened yet or a problem not on the list; undefined for anything else. */
export function refusedLine(turn: Turn, outcome: { readonly kind: string } | Refusal): string | undefined {
  const t = goalCatalog(turn.t);
  if (isRefusal(outcome)) return refusalText(t, outcome);
  if (isStepNotOpen(outcome)) return t.stepNotOpen(t.steps.statuses[outcome.step.status]);
  if (outcome.kind === 'notOnList') return t.notOnList;
  return undefined;
}

/** Work done during the running step 4 meeting shows on its live agenda card at once. */
export const refreshMeeting = (turn: Turn, project: Project): Promise<void> => refreshMeetingCard(turn, project, 4);

export const line = (value: string): Reply[] => [text(value)];
