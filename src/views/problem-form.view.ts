import { CONSEQUENCES, LIKELIHOODS, MAX_PROBLEM_DESCRIPTION, PRIORITIES, type ProblemFieldError, type ProblemInput } from '../domain/problem';
import type { Catalog } from '../i18n';

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

export interface ProblemFormView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly saveLabel: string;
  readonly description: { readonly label: string; readonly value: string; readonly error: string; readonly maxLength: number; readonly requiredMessage: string };
  readonly likelihood: ChoiceField;
  readonly consequences: ChoiceField;
  readonly priority: ChoiceField;
}

/** The step 2 entry form: empty, or with what was typed and the errors beside the fields. */
export function toProblemFormView(t: Catalog, projectId: string, typed: ProblemInput = {}, errors: readonly ProblemFieldError[] = [], notice = ''): ProblemFormView {
  const p = t.problems;
  const errorFor = (field: keyof ProblemInput): string => {
    const error = errors.find((e) => e.field === field);
    return error ? p.errors[error.code] : '';
  };
  const levels = (values: readonly string[], names: Record<string, string>): Choice[] => values.map((value) => ({ title: names[value] ?? value, value }));
  return {
    projectId,
    title: p.formTitle,
    intro: p.formIntro,
    notice,
    saveLabel: p.save,
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
  };
}
