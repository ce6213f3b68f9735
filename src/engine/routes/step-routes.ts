import { moduleOf } from '../../steps/step-module';
import { changeStep, rememberStepCard, type LeaderStepCommand } from '../app/change-step';
import { isRefusal, openProject } from '../../project';
import { channelCardPosts } from '../../platform/outbox';
import type { AdaptiveCardJson } from '../../platform/cards/card-renderer';
import { projectStatus } from '../app/project-status';
import { parseDeadlineInput } from '../../kernel/deadline-input';
import { exampleMeetingTime, typedMoment } from '../domain/meetings';
import type { StepRefusal } from '../../kernel/step-machine';
import { hasMeeting, isStepNumber, stepOf, type StepNumber, type StepState } from '../../kernel/steps';
import type { Project } from '../../project';
import { formatMoment, type Catalog } from '../../i18n';
import { toStatusView } from '../views/status.view';
import { toStepOpenedView } from '../views/step-opened.view';
import { refusalText } from '../../project';
import { card, text, type Reply, type Turn } from '../../platform/turn';

/** A typed date for a step or meeting, or the Dutch line that says why it is not usable. */
function readMoment(t: Catalog, typed: string, now: Date): { ok: true; at: Date } | { ok: false; message: string } {
  const parsed = parseDeadlineInput(typed, now);
  if (parsed.ok) return { ok: true, at: parsed.value.instant };
  const r = t.steps.refusals;
  const example = exampleMoment(now);
  const messages = { unreadable: r.unreadable(example), inPast: r.deadlineInPast(example), nonexistentTime: r.nonexistentTime, tooFar: r.tooFar };
  return { ok: false, message: messages[parsed.error] };
}

/** An example that works today: examples with fixed dates would themselves go stale. */
const exampleMoment = (now: Date): string => typedMoment(exampleMeetingTime(undefined, now));

function stepRefusalText(t: Catalog, reason: StepRefusal, step: StepState, now: Date): string {
  const r = t.steps.refusals;
  switch (reason) {
    case 'outOfOrder': {
      const previous = step.number - 1;
      if (previous === 1) return r.outOfOrderProfile;
      return isStepNumber(previous) && hasMeeting(previous) ? r.outOfOrderMeeting(step.number) : r.outOfOrderInput(step.number);
    }
    case 'deadlineRequired':
      return r.deadlineRequired(step.number, exampleMoment(now));
    case 'deadlineInPast':
      return r.deadlineInPast(exampleMoment(now));
    case 'deadlineAfterMeeting':
      return r.deadlineAfterMeeting(step.meetingAt ? formatMoment(t, step.meetingAt) : '');
    case 'reasonRequired':
      return r.reasonRequired(step.number);
    case 'noMeetingInStep':
      return r.noMeetingInStep(step.number);
    default:
      return r.wrongStatus(step.number, t.steps.statuses[step.status]);
  }
}

/** The step's card as it is now: what the step is for, where it stands, and only the buttons that still work. */
export function renderStepCard(turn: Pick<Turn, 't' | 'env'>, projectId: string, step: StepState): AdaptiveCardJson {
  const buttons = moduleOf(turn.env.steps, step.number)?.stepCardButtons?.(turn.t, step);
  return turn.env.cards.render('step-opened', toStepOpenedView(turn.t, projectId, step, buttons));
}

/** Runs one leader step command and says what changed, or why nothing did; the step's card follows the change. */
async function runStepCommand(
  turn: Turn,
  command: LeaderStepCommand,
  confirm: (step: StepState, project: Project, replayed: boolean) => Reply[] | Promise<Reply[]>,
): Promise<Reply[]> {
  const outcome = await changeStep(turn.env.deps, turn.request(), command);
  if (isRefusal(outcome)) return [text(refusalText(turn.t, outcome))];
  if (outcome.kind === 'stepRefused') return [text(stepRefusalText(turn.t, outcome.reason, outcome.step, turn.env.deps.clock()))];
  turn.env.log.info('step changed', { projectId: outcome.project.id, step: command.step, action: command.action, to: outcome.step.status });
  await turn.updateCards([outcome.step.cardActivityId], renderStepCard(turn, outcome.project.id, outcome.step));
  return confirm(outcome.step, outcome.project, outcome.replayed === true);
}

function stepOrRefusal(t: Catalog, typed: number): StepNumber | Reply[] {
  return isStepNumber(typed) ? typed : [text(t.steps.refusals.unknownStep(Number.isNaN(typed) ? '?' : String(typed)))];
}

/**
 * What the step's module says stands in the way of opening it (step 3 needs step 2's fixed
 * priority list); only asked of the leader, for a step not yet open, so the step machine still
 * gives every other refusal.
 */
async function moduleOpenRefusal(turn: Turn, step: StepNumber): Promise<string | undefined> {
  const check = moduleOf(turn.env.steps, step)?.openRefusal;
  if (!check) return undefined;
  const access = await openProject(turn.env.deps, turn.request(), 'leader');
  if (access.kind !== 'granted' || stepOf(access.project.doc.steps, step).status !== 'notOpen') return undefined;
  // Steps open in order: an unopened previous step is the machine's refusal to give, and says more;
  // once it runs, the module says best what it still needs (step 3: the fixed list, the meeting closed).
  const previous = access.project.doc.steps.find((s) => s.number === step - 1);
  if (previous?.status === 'notOpen') return undefined;
  return check({ deps: turn.env.deps, cards: turn.env.cards, t: turn.t }, access.project.doc);
}

/** More cards than this in one answer would run into Teams' rate limits: the rest goes through the outbox. */
const MAX_CARDS_IN_ANSWER = 3;

/** When the leader closes a step's input, its module's aggregation follows the confirmation (as at the deadline). */
async function closedCards(turn: Turn, project: Project, step: StepNumber): Promise<Reply[]> {
  const cards = (await moduleOf(turn.env.steps, step)?.inputClosedCards?.({ deps: turn.env.deps, cards: turn.env.cards, t: turn.t }, project)) ?? [];
  if (cards.length <= MAX_CARDS_IN_ANSWER) return cards.map(card);
  await turn.env.post(channelCardPosts(`closed-${project.id}-${step}-${turn.env.deps.newId()}`, project, cards));
  return [];
}

export async function openStepCommand(turn: Turn, typed: number, typedWhen: string): Promise<Reply[]> {
  const { t } = turn;
  const step = stepOrRefusal(t, typed);
  if (Array.isArray(step)) return step;
  const moment = readMoment(t, typedWhen, turn.env.deps.clock());
  if (!moment.ok) return [text(moment.message)];
  const refusal = await moduleOpenRefusal(turn, step);
  if (refusal) return [text(refusal)];
  return runStepCommand(turn, { action: 'open', step, deadline: moment.at }, async (opened, project, replayed) => {
    // Delivered again: the step was opened before; the same answer, the card already remembered.
    if (replayed) return [text(t.steps.opened(step, formatMoment(t, opened.deadline ?? ''))), card(renderStepCard(turn, project.id, opened))];
    await moduleOf(turn.env.steps, step)?.opened?.({ deps: turn.env.deps, cards: turn.env.cards, t }, project);
    // Posted now, not as the answer, to learn the card's id: it changes when the input closes.
    await turn.post(text(t.steps.opened(step, formatMoment(t, opened.deadline ?? ''))));
    const posted = await turn.post(card(renderStepCard(turn, project.id, opened)));
    if (posted) await rememberStepCard(turn.env.deps, turn.request(), step, posted);
    return [];
  });
}

export async function extendStepCommand(
  turn: Turn, typed: number, typedWhen: string, reason: string,
): Promise<Reply[]> {
  const { t } = turn;
  const step = stepOrRefusal(t, typed);
  if (Array.isArray(step)) return step;
  const moment = readMoment(t, typedWhen, turn.env.deps.clock());
  if (!moment.ok) return [text(moment.message)];
  return runStepCommand(turn, { action: 'extend', step, deadline: moment.at, ...(reason ? { reason } : {}) }, (s) => [
    text([t.steps.extended(step, formatMoment(t, s.deadline ?? '')), reason ? t.steps.reasonLine(reason) : ''].filter(Boolean).join(' ')),
  ]);
}

export async function closeStepCommand(turn: Turn, typed: number): Promise<Reply[]> {
  const { t } = turn;
  const step = stepOrRefusal(t, typed);
  if (Array.isArray(step)) return step;
  return runStepCommand(turn, { action: 'close', step }, async (s, project, replayed) => [
    text(s.status === 'done' ? t.steps.done(step) : t.steps.closed(step)),
    // Delivered again: the step's aggregation was posted with the first answer.
    ...(s.status === 'inputClosed' && !replayed ? await closedCards(turn, project, step) : []),
  ]);
}

export async function reopenStepCommand(
  turn: Turn, typed: number, typedWhen: string, reason: string,
): Promise<Reply[]> {
  const { t } = turn;
  const step = stepOrRefusal(t, typed);
  if (Array.isArray(step)) return step;
  let deadline: Date | undefined;
  if (typedWhen) {
    const moment = readMoment(t, typedWhen, turn.env.deps.clock());
    if (!moment.ok) return [text(moment.message)];
    deadline = moment.at;
  }
  return runStepCommand(turn, { action: 'reopen', step, reason, ...(deadline ? { deadline } : {}) }, (s) => [
    text(
      [t.steps.reopened(step, reason), s.deadline ? t.steps.deadlineLine(formatMoment(t, s.deadline)) : t.steps.reopenedNoDeadline(step)].join(' '),
    ),
  ]);
}

/** `status`: every step with state, deadline and how many participants gave input (G3). */
export async function statusCommand(turn: Turn): Promise<Reply[]> {
  const outcome = await projectStatus(turn.env.deps, turn.request());
  if (isRefusal(outcome)) return [text(refusalText(turn.t, outcome))];
  const inputSteps = new Set(turn.env.deps.inputKinds.values());
  return [card(turn.env.cards.render('status', toStatusView(turn.t, outcome.project, outcome.input, inputSteps)))];
}
