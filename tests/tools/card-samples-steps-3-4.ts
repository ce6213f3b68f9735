// Realistic Dutch sample data for the card templates of step 3, on the gallery's sample
// project: card-samples.ts adds these to the others.
import type { Catalog } from '../../src/i18n';
import type { Project } from '../../src/project/domain/project';
import type { Measure, NoMeasure } from '../../src/steps/3-measures/domain/measure';
import { measureOverview, type PriorityProblem } from '../../src/steps/3-measures/domain/overview';
import { measureCatalog } from '../../src/steps/3-measures/i18n/catalog';
import { toMeasureFormView } from '../../src/steps/3-measures/views/measure-form.view';
import { toMeasurePageViews, toMeasureSummaryView } from '../../src/steps/3-measures/views/measure-list.view';
import { toMyMeasuresView } from '../../src/steps/3-measures/views/my-measures.view';
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

/** Samples for every template in cards/steps/3-measures. */
export function stepThreeFourSamples(shared: Catalog, project: Project): CardSample[] {
  const m = measureCatalog(shared);
  const all = measures(project);
  const police = project.participants[1];
  const nothing: NoMeasure = {
    type: 'entry', kind: 'noMeasure', id: 'niets-1', projectId: project.id, step: 3, author: project.participants[4]?.key ?? '', organisation: null, createdAt: AT, updatedAt: AT, problemId: 'cluster-3',
  };
  const people = project.participants.map((p) => ({ key: p.key, organisation: p.organisation ?? p.name }));
  const overview = measureOverview(LIST, all, [nothing], people);
  const step = { number: 3, status: 'open', deadline: '2026-12-18T16:00:00.000Z', meetingAt: null, history: [] } as const;
  const mine = { kind: 'myMeasures', project, problems: LIST, measures: all.filter((x) => x.author === police?.key), nothing: [], criteria: [LOOPTIJD], editable: true, step } as const;
  return [
    { template: 'measure-form', caption: 'een huidige maatregel invoeren (stap 3): soort, type met uitleg, organisatie en de extra typering', view: toMeasureFormView(m, { projectId: project.id, problem: LIST[0] as PriorityProblem, criteria: [LOOPTIJD], typed: { organisation: police?.organisation ?? '' } }) },
    { template: 'my-measures', caption: 'je eigen maatregelen per prioritair probleem, met "wij doen hier (nog) niets aan"', view: toMyMeasuresView(m, mine, m.measures.deadlineLine('vrijdag 18 december 2026 om 17:00')) },
    { template: 'measure-summary', caption: 'het overzicht van stap 3: aantallen per soort en type, wie nog niet antwoordde en de hiaten', view: toMeasureSummaryView(m, 'Overlast Stationsplein', overview) },
    { template: 'measure-page', caption: 'de maatregelen per probleem met organisatie en typering', view: toMeasurePageViews(m, overview, [LOOPTIJD])[0] ?? {} },
  ];
}
