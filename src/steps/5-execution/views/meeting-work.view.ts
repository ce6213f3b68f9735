import type { MeetingWork } from '../../../engine';
import { plainCardText } from '../../../kernel/card-text';
import type { ExecutionPlan } from '../app/execution';
import { formatEuro, formatHundredths } from '../domain/amounts';
import { allApprovalsIn, approves, capacityOverview, costOverview, decisionOf, goalGaps, neededApprovals } from '../domain/execution-work';
import type { ExecutionCatalog } from '../i18n/catalog';
import { whoText } from './overview.view';

/** The matrix in one line per measure, for the meeting and its outcome. */
export const executionOutcomeLines = (t: ExecutionCatalog, plan: ExecutionPlan): string[] =>
  plan.work.measures.map((m) => `${t.matrix.heading(m.number, plainCardText(m.what))} — ${whoText(m)}`);

/** The work of the step 5 meeting in words, under its agenda items (G4). */
export function executionMeetingWork(t: ExecutionCatalog, plan: ExecutionPlan): MeetingWork {
  const costs = costOverview(plan.work);
  const capacity = capacityOverview(plan.work);
  const hpf = plan.work.hoursPerFte;
  const gaps = goalGaps(plan.work, plan.goals);
  const needed = plan.work.decisions;
  const required = neededApprovals(plan.work);
  return {
    measures: plan.work.measures.length === 0 ? [] : [t.work.measures(plan.work.measures.length), ...(gaps.length > 0 ? [t.work.gaps(gaps.length)] : [])],
    executionMatrix: executionOutcomeLines(t, plan),
    costs: plan.work.measures.length === 0 ? [] : [t.costs.total(formatEuro(costs.totalCents)), t.costs.totalUnfunded(formatEuro(costs.unfundedCents))],
    capacity: capacity.perOrganisation.map((p) => t.capacity.perOrganisation(plainCardText(p.organisation), formatHundredths(p.hundredths), formatHundredths(Math.round(p.hundredths / hpf)))),
    approval: needed.length === 0 ? [] : [
      ...needed.map((d) => t.decisions.needed(plainCardText(d.organisation), t.outcomes[d.outcome])),
      allApprovalsIn(plan.work) ? t.decisions.allIn : t.decisions.notAllIn(required.filter((o) => approves(decisionOf(plan.work, o))).length, required.length),
    ],
  };
}
