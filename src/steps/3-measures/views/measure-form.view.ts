import { TEXT_LIMITS } from '../../../kernel/limits';
import {
  MAX_MEASURE_DESCRIPTION, MEASURE_KINDS, measureFormValues, TARGETS, typedFrom, type Measure, type MeasureCriterion, type MeasureFieldError, type MeasureInput,
} from '../domain/measure';
import type { PriorityProblem } from '../domain/overview';
import type { MeasureCatalog } from '../i18n/catalog';

export const MEASURE_FORM_CARD = 'measure-form';

interface Choice {
  readonly title: string;
  readonly value: string;
}

interface Field {
  readonly label: string;
  readonly value: string;
  readonly error: string;
}

export interface MeasureFormView {
  readonly projectId: string;
  readonly problemId: string;
  /** Empty for a new measure; the entry's id when the author changes it. */
  readonly measureId: string;
  /** For a change: the values the form was opened with (JSON); empty for a new entry. */
  readonly opened: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly errorSummary: string;
  readonly saveLabel: string;
  readonly mineLabel: string;
  readonly requiredMessage: string;
  readonly description: Field & { readonly maxLength: number };
  readonly organisation: Field & { readonly maxLength: number };
  readonly targets: Field & { readonly choices: readonly Choice[] };
  readonly measureKind: Field & { readonly choices: readonly Choice[] };
  readonly criteria: readonly (Field & { readonly id: string; readonly choices: readonly Choice[] })[];
}

export interface MeasureFormInput {
  readonly projectId: string;
  readonly problem: PriorityProblem;
  readonly criteria: readonly MeasureCriterion[];
  /** What is in the fields: typed before (with errors), an entry being changed, or the author's organisation on a new form. */
  readonly typed: MeasureInput;
  readonly errors?: readonly MeasureFieldError[];
  readonly measureId?: string;
  readonly notice?: string;
  /** With measureId: the values the change started from (JSON), carried on when the form comes back. */
  readonly opened?: string;
}

/** For a change: the entry's values as the form shows them (JSON), so a save applies only what was changed on it. */
export const openedValues = (measure: Measure): string => JSON.stringify(measureFormValues(typedFrom(measure)));

/** The criterion input on the form carries the criterion's id. */
export const measureCriterionInputId = (criterion: Pick<MeasureCriterion, 'id'>): string => `criterion-${criterion.id}`;


/**
 * The step 3 entry form for one priority problem (S3.1, S3.2): description, the organisation
 * (the participant's own by default), soort (several) and type with the manual's explanation of
 * each, and the leader's extra criteria (S3.3).
 */
export function toMeasureFormView(t: MeasureCatalog, input: MeasureFormInput): MeasureFormView {
  const m = t.measures;
  const errors = input.errors ?? [];
  const errorFor = (field: MeasureFieldError['field'], max: number, criterionId?: string): string => {
    const error = errors.find((e) => e.field === field && e.criterionId === criterionId);
    if (!error) return '';
    return error.code === 'tooLong' ? m.errors.tooLong(max) : m.errors[error.code];
  };
  const typed = input.typed;
  const editing = (input.measureId ?? '') !== '';
  const chosenTargets = (typed.targets ?? '').split(',').map((v) => v.trim().toLowerCase());
  return {
    projectId: input.projectId,
    problemId: input.problem.id,
    measureId: input.measureId ?? '',
    opened: editing ? input.opened ?? '' : '',
    title: editing ? m.editTitle(input.problem.name) : m.formTitle(input.problem.name),
    intro: m.formIntro,
    notice: input.notice ?? '',
    errorSummary: errors.length > 0 ? m.errors.summary : '',
    saveLabel: m.save,
    mineLabel: m.mineButton,
    requiredMessage: m.errors.required,
    description: {
      label: m.description, value: (typed.description ?? '').slice(0, MAX_MEASURE_DESCRIPTION), error: errorFor('description', MAX_MEASURE_DESCRIPTION), maxLength: MAX_MEASURE_DESCRIPTION,
    },
    organisation: {
      label: m.organisation, value: (typed.organisation ?? '').slice(0, TEXT_LIMITS.organisation), error: errorFor('organisation', TEXT_LIMITS.organisation), maxLength: TEXT_LIMITS.organisation,
    },
    targets: {
      label: m.targetsLabel,
      value: TARGETS.filter((target) => chosenTargets.includes(target)).join(','),
      error: errorFor('targets', 0),
      choices: TARGETS.map((value) => ({ title: m.targets[value], value })),
    },
    measureKind: {
      label: m.kindLabel,
      value: MEASURE_KINDS.find((k) => k === typed.measureKind?.trim().toLowerCase()) ?? '',
      error: errorFor('measureKind', 0),
      choices: MEASURE_KINDS.map((value) => ({ title: m.kindChoice(m.kinds[value], m.kindExplanations[value]), value })),
    },
    criteria: input.criteria.map((c) => ({
      id: measureCriterionInputId(c),
      label: c.name,
      value: c.values.find((v) => v.toLowerCase() === typed.extra?.[c.id]?.trim().toLowerCase()) ?? '',
      error: errorFor('extra', 0, c.id),
      choices: c.values.map((v) => ({ title: v, value: v })),
    })),
  };
}
