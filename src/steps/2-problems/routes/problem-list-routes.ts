import { channelCardPosts } from '../../../platform/outbox';
import { criteriaFor } from '../app/step-work';
import { problemCatalog } from '../i18n/catalog';
import { isRefusal } from '../../../project';
import { problemList } from '../app/problem-list';
import { renderProblemCounts, renderProblemList } from '../views/problem-list.cards';
import { toProblemPageViews } from '../views/problem-list.view';
import type { ProblemCatalog } from '../i18n/catalog';
import type { Project } from '../../../project';
import { stepOf } from '../../../kernel/steps';
import { formatMoment } from '../../../i18n';
import { refusalText } from '../../../project';
import { card, text, type Reply, type Turn } from '../../../platform/turn';

/** More cards than this in one answer would run into Teams' rate limits: the rest goes through the outbox. */
const MAX_CARDS_IN_ANSWER = 3;

/** Until when input is open, for the note on the counts card. */
const countsNote = (t: ProblemCatalog, project: Project): string => {
  const deadline = stepOf(project.steps, 2).deadline;
  return deadline ? t.problemList.countsOnly(formatMoment(t, deadline)) : t.problemList.countsOnlyNoDeadline;
};

/**
 * `lijst`: all problems of all participants, typed and ordered, with counts and the risk matrix
 * (S2.3). While input is open the channel sees only the counts; the leader gets a button to look.
 */
export async function problemListCommand(turn: Turn): Promise<Reply[]> {
  const t = problemCatalog(turn.t);
  const outcome = await problemList(turn.env.deps, turn.request());
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'notOpen') return [text(t.problemList.notYetOpen)];
  const { project, overview } = outcome;
  if (outcome.inputOpen) {
    const extras = { projectId: project.id, note: countsNote(t, project), canPeek: outcome.isLeader };
    return [card(renderProblemCounts(turn.env.cards, t, project.profile?.name ?? t.project.unnamed, overview, extras))];
  }
  const cards = renderProblemList(turn.env.cards, t, project.profile?.name ?? t.project.unnamed, overview, await criteriaFor(turn.env.deps, project));
  if (cards.length <= MAX_CARDS_IN_ANSWER) return cards.map(card);
  const [summary, ...pages] = cards;
  await turn.env.post(channelCardPosts(`list-${turn.env.deps.newId()}`, project, pages));
  return [...(summary ? [card(summary)] : []), text(t.problemList.posting(pages.length))];
}

/** Card action `problem.list`: data { projectId, page }; one page of the full list, for the one who asked. */
export async function problemListPageAction(turn: Turn, data: { projectId: string; page?: number | undefined }): Promise<Reply[]> {
  const t = problemCatalog(turn.t);
  const outcome = await problemList(turn.env.deps, turn.request(data.projectId));
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'notOpen') return [text(t.problemList.notYetOpen)];
  if (outcome.inputOpen && !outcome.isLeader) return [text(t.problemList.onlyLeaderPeeks)];
  const criteria = await criteriaFor(turn.env.deps, outcome.project);
  const pages = toProblemPageViews(t, outcome.overview.ordered, criteria, outcome.project.id);
  const page = pages[Math.min(Math.max(0, data.page ?? 0), pages.length - 1)];
  return page ? [card(turn.env.cards.render('problem-page', page))] : [text(t.problemList.none)];
}
