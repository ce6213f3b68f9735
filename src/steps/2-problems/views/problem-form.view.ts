import type { ProblemCatalog } from '../i18n/catalog';
import { criterionInputId, type ProblemCriterion } from '../domain/criteria';
import { CONSEQUENCES, LIKELIHOODS, MAX_PROBLEM_DESCRIPTION, PRIORITIES, type ProblemFieldError, type ProblemInput } from '../domain/problem';

interface Choice {
  readonly title: string;
  readonly value: string;
}

interface ChoiceField {
  readonly label: string;
  readonly value: string;
  readonly error: string;
  readonly choices: readonly Choice[];
}

/** An extra criterion of the leader (S2.2), as one more required choice on the form. */
interface CriterionField extends ChoiceField {
  readonly id: string;
}

export interface ProblemFormView {
  readonly projectId: string;
  /** Empty for a new entry; the entry's id when the author changes it. */
  readonly problemId: string;
  /** For a change: the entry's values when the form was opened (JSON), so a save applies only what was changed on it. */
  readonly opened: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly saveLabel: string;
  readonly mineLabel: string;
  readonly requiredMessage: string;
  readonly description: { readonly label: string; readonly value: string; readonly error: string; readonly maxLength: number; readonly requiredMessage: string };
  readonly likelihood: ChoiceField;
  readonly consequences: ChoiceField;
  readonly priority: ChoiceField;
  readonly criteria: readonly CriterionField[];
}

export interface ProblemFormOptions {
  readonly criteria?: readonly ProblemCriterion[];
  /** Set when the form changes an existing entry. */
  readonly problemId?: string;
  /** With problemId: the values the change started from (JSON), carried on when the form comes back. */
  readonly opened?: string;
}

/** The step 2 entry form: empty, prefilled for a change, or with what was typed and the errors beside the fields. */
export function toProblemFormView(
  t: ProblemCatalog,
  projectId: string,
  typed: ProblemInput = {},
  errors: readonly ProblemFieldError[] = [],
  notice = '',
  options: ProblemFormOptions = {},
): ProblemFormView {
  const p = t.problems;
  const errorFor = (field: ProblemFieldError['field'], criterionId?: string): string => {
    const error = errors.find((e) => e.field === field && e.criterionId === criterionId);
    return error ? p.errors[error.code] : '';
  };
  const levels = (values: readonly string[], names: Record<string, string>): Choice[] => values.map((value) => ({ title: names[value] ?? value, value }));
  const editing = options.problemId !== undefined && options.problemId !== '';
  return {
    projectId,
    problemId: options.problemId ?? '',
    opened: editing ? options.opened ?? '' : '',
    title: editing ? p.editTitle : p.formTitle,
    intro: editing ? p.editIntro : p.formIntro,
    notice,
    saveLabel: p.save,
    mineLabel: p.mineButton,
    requiredMessage: p.errors.required,
    description: {
      label: p.description,
      value: (typed.description ?? '').slice(0, MAX_PROBLEM_DESCRIPTION),
      error: errorFor('description'),
      maxLength: MAX_PROBLEM_DESCRIPTION,
      requiredMessage: p.errors.required,
    },
    likelihood: { label: p.likelihood, value: typed.likelihood ?? '', error: errorFor('likelihood'), choices: levels(LIKELIHOODS, p.levels) },
    consequences: { label: p.consequences, value: typed.consequences ?? '', error: errorFor('consequences'), choices: levels(CONSEQUENCES, p.consequenceKinds) },
    priority: { label: p.priority, value: typed.priority ?? '', error: errorFor('priority'), choices: levels(PRIORITIES, p.levels) },
    criteria: (options.criteria ?? []).map((c) => ({
      id: criterionInputId(c),
      label: c.name,
      // A value no longer allowed would preselect nothing anyway; keep the card clean.
      value: c.values.find((v) => v.toLowerCase() === typed.extra?.[c.id]?.trim().toLowerCase()) ?? '',
      error: errorFor('extra', c.id),
      choices: c.values.map((v) => ({ title: v, value: v })),
    })),
  };
}
