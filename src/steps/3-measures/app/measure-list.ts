import { priorityItemsOf } from '../../2-problems';
import type { AppDeps } from '../../../kernel/deps';
import { stepOf } from '../../../kernel/steps';
import { openProject, type Project, type ProjectRequest, type Refusal } from '../../../project';
import type { Measure, MeasureCriterion, NoMeasure } from '../domain/measure';
import { measureOverview, type MeasureOverview } from '../domain/overview';
import { measureCriteriaFor } from './step-work';

/** A participant without an organisation is counted by name, so the overview can still say who has not answered. */
export type UnknownOrganisationLabel = (name: string) => string;

/** Every current measure of the project per priority problem, with counts, "niets" answers, silent organisations and gaps. */
export async function overviewFor(deps: Pick<AppDeps, 'store'>, project: Project, unknown: UnknownOrganisationLabel): Promise<MeasureOverview> {
  const [problems, measures, nothing] = await Promise.all([
    priorityItemsOf(deps, project),
    deps.store.listEntries<Measure>(project.id, { kind: 'measure' }),
    deps.store.listEntries<NoMeasure>(project.id, { kind: 'noMeasure' }),
  ]);
  const people = project.participants.map((p) => ({ key: p.key, organisation: p.organisation ?? unknown(p.name) }));
  return measureOverview(problems, measures.map((m) => m.doc), nothing.map((n) => n.doc), people);
}

export type MeasureListOutcome =
  | { readonly kind: 'list'; readonly project: Project; readonly overview: MeasureOverview; readonly criteria: readonly MeasureCriterion[] }
  | { readonly kind: 'notOpen' };

/** `maatregelen`: every participant may look once step 3 has been opened. */
export async function measureList(deps: AppDeps, request: ProjectRequest, unknown: UnknownOrganisationLabel): Promise<MeasureListOutcome | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  if (stepOf(project.steps, 3).status === 'notOpen') return { kind: 'notOpen' };
  const [overview, criteria] = await Promise.all([overviewFor(deps, project, unknown), measureCriteriaFor(deps, project)]);
  return { kind: 'list', project, overview, criteria };
}
