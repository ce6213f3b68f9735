import { problemCatalog } from '../i18n/catalog';
import type { StepContext } from '../../step-module';
import { renderProblemCounts, renderProblemList } from '../views/problem-list.cards';
import { listToPost, type ListOccasion } from '../app/list-posts';
import type { Project } from '../../../project';
import type { AdaptiveCardJson } from '../../../platform/cards/card-renderer';

/** The typed list for the channel (S2.3, T3): in full once input has closed, only the counts before. */
export async function listCards({ deps, cards, t: shared }: StepContext, project: Project, occasion: ListOccasion): Promise<AdaptiveCardJson[]> {
  const t = problemCatalog(shared);
  const list = await listToPost(deps, project, occasion);
  if (!list) return [];
  const name = project.profile?.name ?? t.project.unnamed;
  if (list.countsOnly) return [renderProblemCounts(cards, t, name, list.overview, { projectId: project.id, note: t.problemList.countsOnlyNoDeadline })];
  return renderProblemList(cards, t, name, list.overview, list.criteria);
}

