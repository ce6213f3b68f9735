import type { Catalog } from '../../src/i18n';
import type { Project } from '../../src/project/domain/project';
import type { Goal } from '../../src/steps/4-goals/domain/goal';
import type { ExecutionPlan } from '../../src/steps/5-execution/app/execution';
import { initialExecutionWork, type ExecutionWork } from '../../src/steps/5-execution/domain/execution-work';
import { executionCatalog } from '../../src/steps/5-execution/i18n/catalog';
import { planViews } from '../../src/steps/5-execution/views/overview.view';
import { toDecisionFormView } from '../../src/steps/5-execution/views/decision-form.view';
import { MEASURE_FORM_CARD, measureAsInput, toMeasureFormView } from '../../src/steps/5-execution/views/measure-form.view';
import type { CardSample } from './card-samples';
import type { EvaluationTable } from '../../src/steps/6-evaluation/app/evaluation';
import type { ProgressOverview } from '../../src/steps/6-evaluation/app/monitoring';
import { evaluationCatalog } from '../../src/steps/6-evaluation/i18n/catalog';
import { progressView, tableView } from '../../src/steps/6-evaluation/views/evaluation.view';
import { toEvaluationFormView } from '../../src/steps/6-evaluation/views/evaluation-form.view';
import { toProgressFormView } from '../../src/steps/6-evaluation/views/progress-form.view';

const goal = (id: string, number: number, what: string, startValue: string, targetValue: string, targetDate: string): Goal & { number: number } => ({
  type: 'entry', kind: 'goal', id, projectId: 'p', step: 4, author: 'k', organisation: 'Gemeente', createdAt: '2027-01-11T09:00:00Z', updatedAt: '2027-01-11T09:00:00Z',
  what, indicator: 'Meldingen per kwartaal', startValue, targetValue, measuredBy: 'Politie', carriedBy: 'Gemeente en politie', whyRealistic: 'Elders gelukt', targetDate, problemIds: ['cluster-1'], number,
});

export const SAMPLE_GOALS = [
  goal('g1', 1, 'Minder intimidatie van reizigers op het stationsplein', '38', '20', '2027-12-31'),
  goal('g2', 2, 'Minder winkeldiefstal in de winkelstraat', '25', '15', '2028-03-31'),
  goal('g3', 3, 'Jongeren hebben een eigen plek', '15', '40', '2027-09-30'),
];

/** A plan of five measures with costs from two funders, capacity in hours and FTE, and two decisions. */
export function samplePlan(project: Project): ExecutionPlan {
  const measure = (number: number, what: string, who: ExecutionWork['measures'][number]['who'], goalIds: string[]): ExecutionWork['measures'][number] => ({
    id: `m${number}`, number, what, who, how: 'Twee keer per week, in overleg met de wijkagent', start: '2027-02-01', end: '2027-12-31', goalIds, costCents: null, funders: [], capacity: [],
  });
  const work: ExecutionWork = {
    ...initialExecutionWork(project),
    measures: [
      { ...measure(1, 'Extra surveillance bij de fietsenstalling', { key: 'k1', name: 'Rachid El Amrani', organisation: 'Politie' }, ['g1']),
        costCents: 1_250_000, funders: [{ name: 'Gemeente', share: 6000 }, { name: 'Politie', share: 4000 }],
        capacity: [{ name: 'Rachid El Amrani', organisation: 'Politie', amount: 800, unit: 'hours' }] },
      { ...measure(2, 'Slachtofferhulp na elke melding', { key: 'k1', name: 'Rachid El Amrani', organisation: 'Politie' }, ['g1']),
        costCents: 400_000, funders: [{ name: 'Gemeente', share: 10_000 }], capacity: [{ name: 'Rachid El Amrani', organisation: 'Politie', amount: 10, unit: 'fte' }] },
      measure(3, 'Collectief winkelverbod', { key: null, name: null, organisation: 'Winkeliersvereniging' }, ['g2']),
      { ...measure(4, 'Ambulant jongerenwerk', { key: 'k2', name: 'Kevin Bakker', organisation: 'Jongerenwerk' }, ['g3', 'g1']),
        costCents: 1_825_050, funders: [{ name: 'Gemeente', share: 5000 }, { name: 'Politie', share: 2500 }], capacity: [{ name: 'Kevin Bakker', organisation: 'Jongerenwerk', amount: 50, unit: 'fte' }] },
      measure(5, 'Straatcoaches', { key: null, name: 'Sanne de Boer', organisation: 'Stichting Straatcoaches' }, ['g3']),
    ],
    decisions: [
      { organisation: 'Gemeente', outcome: 'voorwaarden', conditions: 'evaluatie na een half jaar', date: '2027-02-01', remarks: 'College van B en W', recordedBy: 'Marieke de Vries', recordedAt: '2027-02-01T10:00:00Z' },
      { organisation: 'Politie', outcome: 'akkoord', conditions: '', date: '2027-02-01', remarks: '', recordedBy: 'Marieke de Vries', recordedAt: '2027-02-01T10:05:00Z' },
    ],
    changes: [{ by: 'Marieke de Vries', at: '2027-01-14T10:00:00Z', what: 'Maatregel 4, wanneer gewijzigd' }],
  };
  return { kind: 'plan', project, work, goals: SAMPLE_GOALS, open: true, candidates: [{ source: 'current', what: 'Cameratoezicht op het stationsplein', who: 'Politie' }] };
}

export function stepFiveSixSamples(shared: Catalog, project: Project): CardSample[] {
  const t = executionCatalog(shared);
  const [matrix] = planViews(t, samplePlan(project));
  const e = evaluationCatalog(shared);
  const plan = samplePlan(project);
  const [, , , fourth] = plan.work.measures;
  const progress = sampleProgress(project);
  const [agreement] = progress.agreements;
  const [firstGoal, secondGoal] = SAMPLE_GOALS;
  return [
    { template: 'evaluation-overview', caption: 'de evaluatie per doel na het evaluatieoverleg: het resultaat van het project, met de knop van de projectleider per doel (stap 6)', view: tableView(e, sampleTable(project), true, true) },
    { template: 'evaluation-overview', caption: 'de voortgang per doel, met de knop voor wie de afspraak noemt (stap 6)', view: progressView(e, progress) },
    ...(agreement && firstGoal ? [{
      template: 'progress-form', caption: 'een meetwaarde invoeren, ook meegestuurd met de persoonlijke herinnering (stap 6)',
      view: toProgressFormView(e, { projectId: project.id, goal: firstGoal, agreement, date: '2027-06-30' }),
    }] : []),
    ...(secondGoal ? [{
      template: 'evaluation-form', caption: 'de rij van één doel in de evaluatietabel, voor de projectleider (stap 6)',
      view: toEvaluationFormView(e, project.id, secondGoal, sampleTable(project).evaluations[1]),
    }] : []),
    { template: 'execution-overview', caption: 'de uitvoeringsmatrix van stap 5 (ook kosten, capaciteit en besluiten), met de knoppen van de projectleider', view: matrix ?? {} },
    ...(fourth ? [{
      template: MEASURE_FORM_CARD, caption: 'een maatregel van de uitvoeringsmatrix wijzigen: wat, wie, hoe, wanneer, doelen, kosten en inzet (stap 5)',
      view: toMeasureFormView(t, project.id, SAMPLE_GOALS, plan.work.hoursPerFte, fourth.number, measureAsInput(t, fourth)),
    }] : []),
    { template: 'decision-form', caption: 'een besluit van een opdrachtgever of organisatie vastleggen (stap 5)', view: toDecisionFormView(t, project.id, plan.work, '2027-02-01') },
  ];
}

/** Three goals, two evaluated. */
export const sampleTable = (project: Project): EvaluationTable => ({
  kind: 'table', project, goals: SAMPLE_GOALS,
  evaluations: [
    { goalId: 'g1', reached: true, measuredHow: 'Meldingen per kwartaal: 19', satisfied: true, why: 'Surveillance en slachtofferhulp werkten', savedBy: 'Marieke de Vries', savedAt: '2027-10-05T09:00:00Z' },
    { goalId: 'g2', reached: false, measuredHow: 'Aangiften per maand: 21', satisfied: false, why: 'Zakkenrollerij bleef', savedBy: 'Marieke de Vries', savedAt: '2027-10-05T09:00:00Z' },
  ],
});

/** Progress on goal 1 with one missing entry. */
export const sampleProgress = (project: Project): ProgressOverview => ({
  kind: 'progress', project, goals: SAMPLE_GOALS, today: '2027-07-10',
  agreements: [{ id: 'a1', goalId: 'g1', participantKey: 'k1', participantName: 'Rachid El Amrani', what: 'meldingen', schedule: { kind: 'dates', dates: ['2027-03-31', '2027-06-30'] }, createdAt: '2027-01-11T10:00:00Z', dueDates: ['2027-03-31', '2027-06-30'] }],
  entries: [{
    type: 'entry', kind: 'progress', id: 'p1', projectId: project.id, step: 6, author: 'k1', organisation: 'Politie', createdAt: '2027-03-31T10:00:00Z', updatedAt: '2027-03-31T10:00:00Z',
    goalId: 'g1', agreementId: 'a1', value: '30', date: '2027-03-31', note: 'na de extra surveillance', authorName: 'Rachid El Amrani',
  }],
});

