import type { PriorityItem } from '../../2-problems';
import { plainCardText } from '../../../kernel/card-text';
import type { Project } from '../../../project';
import { assessmentFormValues, JUDGEMENTS, MAX_EXTRA_DESCRIPTION, MAX_NOTE, MAX_ORGANISATION, type Assessment } from '../domain/assessment';
import type { GoalCatalog } from '../i18n/catalog';
import { extraText } from './assessment.view';

export const ASSESSMENT_FORM_CARD = 'assessment-form';

type Choice = { readonly title: string; readonly value: string };

export interface AssessmentFormView {
  readonly projectId: string;
  readonly problemId: string;
  /** The judgement and note as stored when the form was made (JSON), so a save applies only what was changed on it. */
  readonly opened: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly refusal: string;
  readonly requiredMessage: string;
  readonly judgement: { readonly label: string; readonly value: string; readonly choices: readonly Choice[] };
  readonly note: { readonly label: string; readonly value: string; readonly maxLength: number };
  readonly extrasTitle: string;
  readonly extras: readonly { readonly id: string; readonly text: string }[];
  readonly removeLabel: string;
  readonly newExtraTitle: string;
  readonly description: { readonly label: string; readonly value: string; readonly maxLength: number };
  readonly owner: { readonly label: string; readonly placeholder: string; readonly value: string; readonly choices: readonly Choice[] };
  readonly organisation: { readonly label: string; readonly value: string; readonly maxLength: number };
  readonly saveLabel: string;
  readonly backLabel: string;
}

/** What was typed, kept on the form after a refusal so nothing has to be typed again. */
export interface TypedAssessment {
  readonly judgement?: string;
  readonly note?: string;
  readonly description?: string;
  readonly owner?: string;
  readonly organisation?: string;
}

/**
 * The assessment of one priority problem (S4.2): the judgement, a note, the extra measures so far
 * (each with "Verwijderen") and the fields for one more: what, and by whom (a participant, or an
 * organisation that may not take part yet).
 */
export function toAssessmentFormView(
  t: GoalCatalog, project: Project, problem: PriorityItem, assessment: Assessment | undefined,
  options: { readonly typed?: TypedAssessment; readonly notice?: string; readonly refusal?: string } = {},
): AssessmentFormView {
  const a = t.assessment;
  const typed = options.typed ?? {};
  return {
    projectId: project.id,
    problemId: problem.id,
    opened: JSON.stringify(assessmentFormValues(assessment)),
    title: a.formTitle(plainCardText(problem.name)),
    intro: a.formIntro,
    notice: options.notice ?? '',
    refusal: options.refusal ?? '',
    requiredMessage: t.goals.errors.required,
    judgement: { label: a.judgementLabel, value: typed.judgement ?? assessment?.judgement ?? '', choices: JUDGEMENTS.map((value) => ({ title: a.judgements[value], value })) },
    note: { label: a.noteLabel, value: (typed.note ?? assessment?.note ?? '').slice(0, MAX_NOTE), maxLength: MAX_NOTE },
    extrasTitle: (assessment?.extraMeasures.length ?? 0) > 0 ? a.extrasTitle : '',
    extras: (assessment?.extraMeasures ?? []).map((x) => ({ id: x.id, text: extraText(t, x) })),
    removeLabel: a.remove,
    newExtraTitle: a.newExtraTitle,
    description: { label: a.descriptionLabel, value: (typed.description ?? '').slice(0, MAX_EXTRA_DESCRIPTION), maxLength: MAX_EXTRA_DESCRIPTION },
    owner: {
      label: a.ownerLabel,
      placeholder: a.ownerPlaceholder,
      value: project.participants.some((p) => p.key === typed.owner) ? typed.owner ?? '' : '',
      choices: project.participants.map((p) => ({ title: t.monitoring.participantChoice(p.name, p.organisation ?? ''), value: p.key })),
    },
    organisation: { label: a.organisationLabel, value: (typed.organisation ?? '').slice(0, MAX_ORGANISATION), maxLength: MAX_ORGANISATION },
    saveLabel: a.save,
    backLabel: a.back,
  };
}
