import type { TurnContext } from 'botbuilder';
import { isRefusal, openProject } from '../../app/project-access';
import { submitProblem } from '../../app/submit-problem';
import { formatAmsterdam } from '../../domain/amsterdam-time';
import type { PersonInfo } from '../../domain/person';
import type { ProblemInput } from '../../domain/problem';
import { toProblemFormView } from '../../views/problem-form.view';
import type { BotEnv } from '../bot-env';
import { refusalText } from '../refusals';
import { card, text, type Reply } from '../replies';
import { projectRequest, type TurnOrigin } from '../turn-origin';

/** "Probleem invoeren" on the step card: the form, for the one who pressed it. */
export async function problemFormAction(
  env: BotEnv,
  _context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
  data: { projectId: string },
): Promise<Reply[]> {
  const access = await openProject(env.deps, projectRequest(origin, caller, data.projectId), 'participant');
  if (access.kind !== 'granted') return [text(refusalText(origin.t, access))];
  return [card(env.cards.render('problem-form', toProblemFormView(origin.t, access.project.doc.id)))];
}

/** "Opslaan" on the problem form: saved (and an empty form for the next one), or the errors. */
export async function saveProblemAction(
  env: BotEnv,
  _context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
  data: ProblemInput & { projectId: string },
): Promise<Reply[]> {
  const { t } = origin;
  const input: ProblemInput = {
    description: data.description,
    likelihood: data.likelihood,
    consequences: data.consequences,
    priority: data.priority,
  };
  const outcome = await submitProblem(env.deps, projectRequest(origin, caller, data.projectId), input);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  switch (outcome.kind) {
    case 'inputClosed':
      return [
        text(
          outcome.step.deadline && outcome.step.status !== 'notOpen'
            ? t.problems.inputClosed(formatAmsterdam(new Date(outcome.step.deadline), t.locale === 'en' ? 'en' : 'nl'))
            : t.problems.inputNotOpen(t.steps.statuses[outcome.step.status]),
        ),
      ];
    case 'problemInvalid':
      return [card(env.cards.render('problem-form', toProblemFormView(t, outcome.projectId, input, outcome.errors)))];
    case 'problemSaved':
      return [card(env.cards.render('problem-form', toProblemFormView(t, outcome.projectId, {}, [], t.problems.saved(outcome.problem.description))))];
  }
}
