// Realistic Dutch sample data for the card templates of steps 3 and 4, on the gallery's sample
// project: card-samples.ts adds these to the others.
import type { Catalog } from '../../src/i18n';
import { personKey } from '../../src/kernel/person';
import type { Project } from '../../src/project/domain/project';
import type { Measure, NoMeasure } from '../../src/steps/3-measures/domain/measure';
import { measureOverview, type PriorityProblem } from '../../src/steps/3-measures/domain/overview';
import { measureCatalog } from '../../src/steps/3-measures/i18n/catalog';
import { toMeasureFormView } from '../../src/steps/3-measures/views/measure-form.view';
import { toMeasurePageViews, toMeasureSummaryView } from '../../src/steps/3-measures/views/measure-list.view';
import { toMyMeasuresView } from '../../src/steps/3-measures/views/my-measures.view';
import type { Assessment } from '../../src/steps/4-goals/domain/assessment';
import type { Goal } from '../../src/steps/4-goals/domain/goal';
import { initialGoalsWork } from '../../src/steps/4-goals/domain/goals-work';
import { goalCatalog } from '../../src/steps/4-goals/i18n/catalog';
import { toAssessmentFormView } from '../../src/steps/4-goals/views/assessment-form.view';
import { toAssessmentViews } from '../../src/steps/4-goals/views/assessment.view';
import { toGoalFormView } from '../../src/steps/4-goals/views/goal-form.view';
import { toGoalListViews } from '../../src/steps/4-goals/views/goal-list.view';
import { toMonitoringFormView } from '../../src/steps/4-goals/views/monitoring-form.view';
import { toMonitoringViews } from '../../src/steps/4-goals/views/monitoring.view';
import type { CardSample } from './card-samples';

const AT = '2026-12-08T09:00:00.000Z';
const LIST: readonly PriorityProblem[] = [
  { id: 'cluster-1', name: 'Hangjongeren en intimidatie', rank: 1 },
  { id: 'cluster-2', name: 'Fietsendiefstal', rank: 2 },
  { id: 'cluster-3', name: 'Onveilige onderdoorgang', rank: 3 },
];
const LOOPTIJD = { id: 'looptijd', name: 'Looptijd', values: ['tijdelijk', 'structureel'] };

/** By participant index in the sample project: problem, description, soort, type, looptijd. */
const MEASURES: readonly (readonly [number, string, string, Measure['targets'], Measure['measureKind'], string])[] = [
  [1, 'cluster-1', 'Extra surveillance bij de fietsenstalling op vrijdag- en zaterdagavond', ['daders', 'gebied'], 'repressief', 'tijdelijk'],
  [3, 'cluster-1', 'Ambulant jongerenwerk in het stationsgebied, drie avonden per week', ['groepen'], 'preventief', 'structureel'],
  [1, 'cluster-2', 'Lokfietsen in de stalling aan de oostzijde', ['daders'], 'repressief', 'tijdelijk'],
  [5, 'cluster-2', 'Bewaakte stalling met cameratoezicht', ['gebied'], 'preventief', 'structureel'],
  [2, 'cluster-3', 'Betere verlichting in de onderdoorgang', ['gebied'], 'proactief', 'structureel'],
];

function measures(project: Project): Measure[] {
  return MEASURES.map(([who, problemId, description, targets, measureKind, looptijd], i) => {
    const person = project.participants[who];
    return {
      type: 'entry', kind: 'measure', id: `maatregel-${i + 1}`, projectId: project.id, step: 3, author: person?.key ?? '', organisation: person?.organisation ?? null,
      createdAt: AT, updatedAt: AT, problemId, description, targets, measureKind, extra: { [LOOPTIJD.id]: looptijd },
    };
  });
}

const GOALS: readonly (readonly [string, string, string, string, string, readonly string[]])[] = [
  ['Minder intimidatie van reizigers rond de fietsenstalling', 'Meldingen van intimidatie per kwartaal', '46', '20', '2027-06-30', ['cluster-1']],
  ['Minder fietsendiefstal in de stalling', 'Aangiften van fietsendiefstal per maand', '18', '8', '2027-12-31', ['cluster-2', 'cluster-3']],
];

function goals(project: Project): Goal[] {
  return GOALS.map(([what, indicator, startValue, targetValue, targetDate, problemIds], i) => ({
    type: 'entry', kind: 'goal', id: `doel-${i + 1}`, projectId: project.id, step: 4, author: personKey(project.participants[0] ?? { tenantId: '', aadObjectId: '' }),
    organisation: null, createdAt: AT, updatedAt: AT, what, indicator, startValue, targetValue, targetDate, problemIds,
    measuredBy: 'Politie, uit de meldingen en aangiften, elk kwartaal', carriedBy: 'Gemeente, politie, NS en de winkeliers', whyRealistic: 'Met extra toezicht halveerde dit elders binnen een jaar',
  }));
}

/** Samples for every template in cards/steps/3-measures and cards/steps/4-goals. */
export function stepThreeFourSamples(shared: Catalog, project: Project): CardSample[] {
  const m = measureCatalog(shared);
  const g = goalCatalog(shared);
  const all = measures(project);
  const police = project.participants[1];
  const nothing: NoMeasure = {
    type: 'entry', kind: 'noMeasure', id: 'niets-1', projectId: project.id, step: 3, author: project.participants[4]?.key ?? '', organisation: null, createdAt: AT, updatedAt: AT, problemId: 'cluster-3',
  };
  const people = project.participants.map((p) => ({ key: p.key, organisation: p.organisation ?? p.name }));
  const overview = measureOverview(LIST, all, [nothing], people);
  const step = { number: 3, status: 'open', deadline: '2026-12-18T16:00:00.000Z', meetingAt: null, history: [] } as const;
  const mine = { kind: 'myMeasures', project, problems: LIST, measures: all.filter((x) => x.author === police?.key), nothing: [], criteria: [LOOPTIJD], editable: true, step } as const;
  const goalList = goals(project);
  const assessment: Assessment = {
    problemId: 'cluster-1', judgement: 'meerNodig', note: 'Slachtoffers krijgen nog geen aandacht', decidedAt: AT, decidedByName: 'Marieke de Vries',
    extraMeasures: [{ id: 'extra-1', description: 'Slachtofferhulp na elke melding van intimidatie', ownerKey: police?.key ?? null, ownerName: police?.name ?? null, organisation: police?.organisation ?? '' }],
  };
  const work = {
    ...initialGoalsWork(project),
    assessments: [assessment, { ...assessment, problemId: 'cluster-2', judgement: 'doorgaan' as const, note: 'De bewaakte stalling werkt', extraMeasures: [] }],
    newParticipants: { needed: true, note: 'Stichting Straatcoaches', registered: [], decidedAt: AT },
    monitoring: [{
      id: 'monitoring-1', goalId: 'doel-1', participantKey: police?.key ?? '', participantName: police?.name ?? '', what: 'het aantal meldingen van intimidatie',
      schedule: { kind: 'every' as const, interval: 'month' as const, from: '2027-01-31' }, createdAt: AT,
    }],
  };
  const assessView = { kind: 'assessment' as const, project, problems: LIST, measures: overview, work, isLeader: true, open: true };
  return [
    { template: 'measure-form', caption: 'een huidige maatregel invoeren (stap 3): soort, type met uitleg, organisatie en de extra typering', view: toMeasureFormView(m, { projectId: project.id, problem: LIST[0] as PriorityProblem, criteria: [LOOPTIJD], typed: { organisation: police?.organisation ?? '' } }) },
    { template: 'my-measures', caption: 'je eigen maatregelen per prioritair probleem, met "wij doen hier (nog) niets aan"', view: toMyMeasuresView(m, mine, m.measures.deadlineLine('vrijdag 18 december 2026 om 17:00')) },
    { template: 'measure-summary', caption: 'het overzicht van stap 3: aantallen per soort en type, wie nog niet antwoordde en de hiaten', view: toMeasureSummaryView(m, 'Overlast Stationsplein', overview) },
    { template: 'measure-page', caption: 'de maatregelen per probleem met organisatie en typering', view: toMeasurePageViews(m, overview, [LOOPTIJD])[0] ?? {} },
    { template: 'goal-form', caption: 'een SMART-doel invoeren (stap 4)', view: toGoalFormView(g, project.id, LIST) },
    { template: 'goal-list', caption: 'de doelen met hun SMART-elementen', view: toGoalListViews(g, project, LIST, goalList, true)[0] ?? {} },
    {
      template: 'goal-list', caption: 'de doelen in een nieuwe cyclus: de niet bereikte doelen van de vorige om over te nemen',
      view: toGoalListViews(g, project, LIST, goalList.slice(0, 1), true, [{ index: 1, what: 'Minder winkeldiefstal in de winkelstraat', indicator: 'Aangiften per maand', startValue: '25', targetValue: '15' }])[0] ?? {},
    },
    { template: 'assessment', caption: 'de beoordeling van de huidige maatregelen per probleem', view: toAssessmentViews(g, assessView)[0] ?? {} },
    { template: 'assessment-form', caption: 'een probleem beoordelen, met extra maatregelen en door wie', view: toAssessmentFormView(g, project, LIST[0] as PriorityProblem, assessment) },
    { template: 'monitoring', caption: 'de afspraken over de voortgangsgegevens per doel', view: toMonitoringViews(g, { kind: 'monitoring', project, goals: goalList, agreements: work.monitoring, isLeader: true, open: true })[0] ?? {} },
    { template: 'monitoring-form', caption: 'een monitoringafspraak vastleggen', view: toMonitoringFormView(g, project, goalList) },
  ];
}
