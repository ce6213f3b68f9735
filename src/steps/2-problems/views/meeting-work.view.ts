import type { ProblemCatalog } from '../i18n/catalog';
import { itemOf, priorityItems, tallyOf, type PriorityItem } from '../domain/priority-votes';
import { DOEI_FIELDS, unclustered, type Prioritisation, type ProblemRef } from '../domain/priority-work';
import { listLabel } from './prioritisation-vote.view';

/** Descriptions are shortened in the meeting's record; the full texts stay in the lists. */
const SHORT = 70;
const short = (text: string): string => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

/** How an item is named in the record: a cluster by name, a problem by its number and description. */
const named = (t: ProblemCatalog, item: PriorityItem): string => (item.kind === 'cluster' ? item.name : listLabel(t, { ...item, name: short(item.name) }));

/**
 * The work of the step 2 meeting in words, under the agenda items it belongs to (G4, S2.4, S2.5):
 * clusters with their problems, causes and effects, DOEI per cluster, the vote tallies and the
 * priority list, and who endorsed it (the group's agreement).
 */
export function problemMeetingWork(
  t: ProblemCatalog, work: Prioritisation, problems: readonly ProblemRef[], participants: number,
): Record<string, string[]> {
  const p = t.prioritisation;
  const byId = new Map(problems.map((problem) => [problem.id, problem]));
  const clusterName = (id: string): string => work.clusters.find((c) => c.id === id)?.name ?? id;
  const rest = work.clusters.length > 0 ? unclustered(work, problems) : [];
  const cluster = [
    ...work.clusters.map((c) =>
      p.workCluster(c.number, c.name, c.problemIds.flatMap((id) => {
        const problem = byId.get(id);
        return problem ? [`${problem.number}. ${short(problem.description)}`] : [];
      }).join('; ')),
    ),
    ...(rest.length > 0 ? [p.workUnclustered(rest.map((problem) => problem.number).join(', '))] : []),
  ];
  const causesEffects = work.causes.map((link) => p.workCause(clusterName(link.cause), clusterName(link.effect)));
  const evidence = work.clusters.flatMap((c) => {
    const parts = DOEI_FIELDS.flatMap((field) => (c.doei?.[field] ? [`${p.doeiLabels[field]}: ${c.doei[field]}`] : []));
    return parts.length > 0 ? [p.workDoei(c.name, parts.join('; '))] : [];
  });
  const prioritise: string[] = [];
  if (work.round) {
    const { tallies, voters } = tallyOf(work);
    prioritise.push(p.workVotes(work.round.allowance, voters, participants, work.round.status === 'open'));
    const ranked = [...tallies].filter((x) => x.votes > 0).sort((a, b) => b.votes - a.votes);
    const results = ranked.flatMap((x) => {
      const item = itemOf(work, problems, x.id);
      return item ? [p.workTally(named(t, item), x.votes)] : [];
    });
    if (results.length > 0) prioritise.push(results.join(', '));
  }
  const list = priorityItems(work);
  if (work.list && list.length > 0) prioritise.push(p.workList(work.list.fixedByName, list.map((item, i) => p.listItem(i + 1, named(t, item))).join('; ')));
  const endorsements = work.list?.endorsements ?? [];
  const summary = endorsements.length > 0 ? [p.workEndorsed(endorsements.length, participants, endorsements.map((e) => e.name).join(', '))] : [];
  return Object.fromEntries(
    Object.entries({ cluster, causesEffects, evidence, prioritise, summary }).filter(([, lines]) => lines.length > 0),
  );
}
