import { refreshMeetingCard } from '../../../engine';
import { formatDate } from '../../../i18n';
import type { AppDeps } from '../../../kernel/deps';
import type { StepState } from '../../../kernel/steps';
import type { AdaptiveCardJson, CardRenderer } from '../../../platform/cards/card-renderer';
import { channelCardPosts } from '../../../platform/outbox';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText, type Project, type ProjectRequest } from '../../../project';
import {
  addMeasure, changeMeasure, planOf, recordDecision, setCapacity, setCosts, setHoursPerFte, showPlan, type ChangeDone, type ChangeOutcome,
} from '../app/execution';
import type { StepNotOpen } from '../app/execution-store';
import { formatEuro, formatHundredths } from '../domain/amounts';
import { allApprovalsIn, decisionOf } from '../domain/execution-work';
import type { InputError } from '../domain/input';
import { executionCatalog, type ExecutionCatalog } from '../i18n/catalog';
import { capacityLine, EXECUTION_OVERVIEW_CARD, planViews, whoText } from '../views/overview.view';

/** The four overviews of the plan answer together; longer plans continue in the channel through the outbox. */
const MAX_CARDS_IN_ANSWER = 4;

/** Step 5 is not open (yet): what the leader is told, nothing changed. */
export const stepNotOpenLine = (t: ExecutionCatalog, step: StepState): string => t.stepNotOpen(t.steps.statuses[step.status]);

export function errorText(t: ExecutionCatalog, error: InputError): string {
  const e = t.invalid;
  switch (error.kind) {
    case 'format': return e.format;
    case 'amountNotANumber': return e.amountNotANumber(error.text);
    case 'amountNegative': return e.amountNegative;
    case 'shareNotANumber': return e.shareNotANumber(error.text);
    case 'shareTooLarge': return e.shareTooLarge;
    case 'sharesOver100': return e.sharesOver100;
    case 'badDate': return e.badDate(error.text);
    case 'endBeforeStart': return e.endBeforeStart;
    case 'unknownGoal': return e.unknownGoal(error.text);
    case 'noGoal': return e.noGoal;
    case 'unknownMeasure': return e.unknownMeasure(error.text);
    case 'unknownField': return e.unknownField(error.text);
    case 'unknownOutcome': return e.unknownOutcome(error.text);
    case 'conditionsMissing': return e.conditionsMissing;
    case 'notAParticipant': return e.notAParticipant(error.text);
    case 'organisationUnknown': return e.organisationUnknown(error.text);
    case 'missing': return e.missing(t.missingFields[error.field]);
    case 'fundersWithoutAmount': return e.fundersWithoutAmount;
  }
}

/** The plan's cards for the channel: matrix, costs, capacity and decisions. */
export async function planCards(deps: Pick<AppDeps, 'store'>, cards: CardRenderer, t: ExecutionCatalog, project: Project): Promise<AdaptiveCardJson[]> {
  return planViews(t, await planOf(deps, project, t)).map((view) => cards.render(EXECUTION_OVERVIEW_CARD, view));
}

/** `uitvoering`: the plan as it is now, for every participant. */
export async function planReplies(turn: Turn, cardProjectId?: string): Promise<Reply[]> {
  const t = executionCatalog(turn.t);
  const outcome = await showPlan(turn.env.deps, turn.request(cardProjectId), turn.t);
  if (outcome.kind !== 'plan') return [text(refusalText(t, outcome))];
  const cards = planViews(t, outcome).map((view) => turn.env.cards.render(EXECUTION_OVERVIEW_CARD, view));
  if (cards.length <= MAX_CARDS_IN_ANSWER) return cards.map(card);
  const first = cards.slice(0, MAX_CARDS_IN_ANSWER);
  await turn.env.post(channelCardPosts(`execution-${turn.env.deps.newId()}`, outcome.project, cards.slice(MAX_CARDS_IN_ANSWER)));
  return first.map(card);
}

export function logText(t: ExecutionCatalog, done: ChangeDone): string {
  const l = t.log;
  switch (done.kind) {
    case 'measureAdded': return l.measureAdded(done.measure.number, done.measure.what);
    case 'measureChanged': {
      const m = done.measure;
      const value = { what: m.what, who: whoText(m), how: m.how, when: `${formatDate(t, m.start)} – ${formatDate(t, m.end)}`, goals: m.goalIds.length.toString() }[done.field];
      return l.measureChanged(m.number, t.fields[done.field], done.field === 'goals' ? '' : value).replace(/: $/, '');
    }
    case 'costsSet':
      return l.costsSet(done.measure.number, formatEuro(done.measure.costCents ?? 0), done.measure.funders.map((f) => `${f.name} ${formatHundredths(f.share)}%`).join(', '));
    case 'capacitySet': {
      const line = done.measure.capacity.find((c) => c.name === done.name);
      return l.capacitySet(done.measure.number, line ? capacityLine(t, line, 36) : `${done.name}: 0`);
    }
    case 'fteSet': return l.fteSet(done.hours);
    case 'decisionRecorded': {
      const d = decisionOf(done.work, done.organisation);
      return l.decision(done.organisation, d ? t.outcomes[d.outcome] : '');
    }
  }
}

export function doneText(t: ExecutionCatalog, done: ChangeDone): string {
  const x = t.done;
  switch (done.kind) {
    case 'measureAdded': return x.measureAdded(done.measure.number, done.measure.what);
    case 'measureChanged': return x.measureChanged(done.measure.number, t.fields[done.field]);
    case 'costsSet': return x.costsSet(done.measure.number, formatEuro(done.measure.costCents ?? 0));
    case 'capacitySet': return x.capacitySet(done.measure.number, done.name);
    case 'fteSet': return x.fteSet(done.hours);
    case 'decisionRecorded': {
      const d = decisionOf(done.work, done.organisation);
      return x.decisionRecorded(done.organisation, d ? t.outcomes[d.outcome] : '', allApprovalsIn(done.work));
    }
  }
}

type Change = (deps: AppDeps, request: ProjectRequest, rest: string, describe: (done: ChangeDone) => string) => Promise<ChangeOutcome>;

async function changeReplies(turn: Turn, change: Change, rest: string): Promise<Reply[]> {
  const t = executionCatalog(turn.t);
  const outcome = await change(turn.env.deps, turn.request(), rest, (done) => logText(t, done));
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'stepNotOpen') return [text(stepNotOpenLine(t, (outcome as StepNotOpen).step))];
  if (outcome.kind === 'invalid') return [text(`${errorText(t, outcome.error)} ${t.unchanged}`)];
  turn.env.log.info('execution plan changed', { kind: outcome.kind });
  await refreshMeetingCard(turn, outcome.project, 5);
  return [text(doneText(t, outcome))];
}

export const addMeasureCommand = (turn: Turn, rest: string): Promise<Reply[]> => changeReplies(turn, addMeasure, rest);
export const changeMeasureCommand = (turn: Turn, rest: string): Promise<Reply[]> => changeReplies(turn, changeMeasure, rest);
export const costsCommand = (turn: Turn, rest: string): Promise<Reply[]> => changeReplies(turn, setCosts, rest);
export const capacityCommand = (turn: Turn, rest: string): Promise<Reply[]> => changeReplies(turn, setCapacity, rest);
export const fteCommand = (turn: Turn, rest: string): Promise<Reply[]> => changeReplies(turn, setHoursPerFte, rest);
export const decisionCommand = (turn: Turn, rest: string): Promise<Reply[]> => changeReplies(turn, recordDecision, rest);
