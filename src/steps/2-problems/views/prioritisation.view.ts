import type { ProblemCatalog } from '../i18n/catalog';
import { DOEI_FIELDS, MAX_CLUSTER_NAME, MAX_DOEI_CHARS, unclustered, type Cluster, type Prioritisation, type PriorityRefusal } from '../domain/priority-work';
import type { Problem } from '../domain/problem';
import { inPrioritisationMeeting } from '../domain/priority-outcome';
import type { Project } from '../../../project';

/** Template names, for the routes. */
export const CLUSTER_OVERVIEW_CARD = 'cluster-overview';
export const CLUSTER_DOEI_CARD = 'cluster-doei';

/** Descriptions are shortened on the overview so a long list still fits one card. */
const SHORT = 100;
const short = (text: string): string => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

export interface ClusterView {
  readonly heading: string;
  readonly problems: string;
  readonly relations: string;
  readonly doei: readonly { readonly title: string; readonly value: string }[];
  readonly hasDoei: boolean;
}

export interface ClusterOverviewView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly clusters: readonly ClusterView[];
  /** During the meeting, while problems are in no cluster: the leader's button to the cluster card. */
  readonly canCluster: boolean;
  readonly formLabel: string;
}

const names = (work: Prioritisation, ids: readonly string[]): string =>
  ids.flatMap((id) => work.clusters.filter((c) => c.id === id).map((c) => c.name)).join(', ');

/** Clusters with their problems (by their numbers), causes and effects, and DOEI notes. */
export function toClusterOverviewView(t: ProblemCatalog, work: Prioritisation, problems: readonly Problem[], project: Project): ClusterOverviewView {
  const p = t.prioritisation;
  const number = new Map(problems.map((problem) => [problem.id, problem.number]));
  const clustered = new Set(work.clusters.flatMap((c) => c.problemIds));
  const clusters = work.clusters.map((cluster): ClusterView => {
    const causes = names(work, work.causes.filter((l) => l.cause === cluster.id).map((l) => l.effect));
    const causedBy = names(work, work.causes.filter((l) => l.effect === cluster.id).map((l) => l.cause));
    const doei = DOEI_FIELDS.flatMap((field) => (cluster.doei?.[field] ? [{ title: p.doeiLabels[field], value: cluster.doei[field] }] : []));
    return {
      heading: p.clusterHeading(cluster.number, cluster.name, cluster.problemIds.length),
      problems: cluster.problemIds
        .map((id) => problems.find((x) => x.id === id))
        .filter((x): x is Problem => x !== undefined)
        .map((x) => `- ${number.get(x.id) ?? '?'}. ${short(x.description)}`)
        .join('\n'),
      relations: [causes ? p.causesLine(causes) : '', causedBy ? p.causedByLine(causedBy) : ''].filter(Boolean).join(' · '),
      doei,
      hasDoei: doei.length > 0,
    };
  });
  const open = problems.filter((x) => !clustered.has(x.id)).length;
  return {
    projectId: project.id,
    title: p.overviewTitle,
    intro: clusters.length === 0 ? p.noClusters : p.overviewIntro(clusters.length, open),
    clusters,
    canCluster: open > 0 && inPrioritisationMeeting(project),
    formLabel: p.clusterFormButton,
  };
}

export interface DoeiFormView {
  readonly projectId: string;
  readonly clusterId: string;
  readonly title: string;
  readonly intro: string;
  readonly fields: readonly { readonly id: string; readonly label: string; readonly placeholder: string; readonly value: string }[];
  readonly maxLength: number;
  readonly saveLabel: string;
}

/** Four text fields, filled with what was saved before. */
export function toDoeiFormView(t: ProblemCatalog, projectId: string, cluster: Cluster): DoeiFormView {
  const p = t.prioritisation;
  return {
    projectId,
    clusterId: cluster.id,
    title: p.doeiTitle(cluster.name),
    intro: p.doeiIntro,
    fields: DOEI_FIELDS.map((id) => ({ id, label: p.doeiLabels[id], placeholder: p.doeiPlaceholders[id], value: cluster.doei?.[id] ?? '' })),
    maxLength: MAX_DOEI_CHARS,
    saveLabel: p.doeiSave,
  };
}

/** The Dutch (or English) line for a refused prioritisation request. */
export function priorityRefusalText(t: ProblemCatalog, refusal: PriorityRefusal): string {
  const r = t.prioritisation.refusals;
  const detail = refusal.detail ?? '';
  switch (refusal.code) {
    case 'unknownProblem':
    case 'alreadyClustered':
    case 'unknownCluster':
    case 'selfCause':
    case 'doeiTooLong':
    case 'badAllowance':
    case 'allowanceUsed':
    case 'duplicateInList':
    case 'unknownCandidate':
    case 'problemInCluster':
      return r[refusal.code](detail);
    default:
      return r[refusal.code];
  }
}

export const CLUSTER_FORM_CARD = 'cluster-form';

export interface ClusterFormView {
  readonly projectId: string;
  readonly title: string;
  readonly notice: string;
  readonly intro: string;
  readonly existing: string;
  readonly none: string;
  readonly hasChoices: boolean;
  readonly nameLabel: string;
  readonly namePlaceholder: string;
  readonly nameRequired: string;
  readonly maxName: number;
  readonly problemsLabel: string;
  readonly problemsRequired: string;
  readonly choices: readonly { readonly title: string; readonly value: string }[];
  readonly saveLabel: string;
}

/** Problems shown on the card, at most: a card stays well within 40 KB. */
const MAX_CHOICES = 150;

/**
 * The leader bundles problems from a card instead of copying numbers: a name (a new cluster, or
 * an existing one to add to) and the problems that are in no cluster yet, ticked.
 */
export function toClusterFormView(t: ProblemCatalog, projectId: string, work: Prioritisation, problems: readonly Problem[], notice = ''): ClusterFormView {
  const p = t.prioritisation;
  const open = unclustered(work, problems).slice(0, MAX_CHOICES);
  return {
    projectId,
    title: p.clusterFormTitle,
    notice,
    intro: p.clusterFormIntro,
    existing: work.clusters.length > 0 ? p.clusterFormExisting(work.clusters.map((c) => c.name).join(', ')) : '',
    none: open.length === 0 ? p.clusterFormNone : '',
    hasChoices: open.length > 0,
    nameLabel: p.clusterName,
    namePlaceholder: p.clusterNamePlaceholder,
    nameRequired: p.clusterNameRequired,
    maxName: MAX_CLUSTER_NAME,
    problemsLabel: p.clusterProblems,
    problemsRequired: p.clusterProblemsRequired,
    choices: open.map((problem) => ({ title: `${problem.number}. ${short(problem.description)}`, value: String(problem.number) })),
    saveLabel: p.clusterSave,
  };
}
