import { fail, ok, type Result } from '../../../kernel/result';

/** The group's judgement of the current measures for one priority problem (S4.2). */
export const JUDGEMENTS = ['voldoende', 'doorgaan', 'meerNodig'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export const MAX_EXTRA_DESCRIPTION = 500;
export const MAX_NOTE = 1000;
export const MAX_ORGANISATION = 120;

/** An extra measure agreed when more is needed: what, and by whom. A candidate for step 5's execution matrix. */
export interface ExtraMeasure {
  readonly id: string;
  readonly description: string;
  /** The participant who carries it out, when it is one of the group. */
  readonly ownerKey: string | null;
  readonly ownerName: string | null;
  /** The organisation that carries it out; may be one not yet in the group. */
  readonly organisation: string;
}

export interface Assessment {
  readonly problemId: string;
  readonly judgement: Judgement;
  readonly note: string;
  readonly extraMeasures: readonly ExtraMeasure[];
  readonly decidedAt: string;
  readonly decidedByName: string;
}

export type AssessmentRefusal =
  | 'judgementRequired'
  | 'noteTooLong'
  | 'extraNeedsMore' // an extra measure while the judgement is not "meer nodig"
  | 'moreNeedsExtra' // "meer nodig" without any extra measure
  | 'extraDescriptionRequired' // who, but not what
  | 'extraDescriptionTooLong'
  | 'ownerRequired'
  | 'organisationTooLong'
  | 'notParticipant';

/** A new extra measure as typed: what, and by whom (a participant, an organisation, or both). */
export interface ExtraInput {
  readonly description: string;
  readonly owner: { readonly key: string; readonly name: string; readonly organisation: string | null } | null;
  readonly organisation: string;
}

export interface AssessmentInput {
  readonly judgement: string;
  readonly note: string;
  readonly extra: ExtraInput | null;
}

const same = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Records the judgement for one problem, with an extra measure when one is typed. "Meer nodig"
 * needs at least one extra measure; extra measures belong to "meer nodig" only, so the
 * judgement cannot leave it while extra measures are recorded. The same extra measure twice
 * is one.
 */
export function assess(
  previous: Assessment | undefined, problemId: string, input: AssessmentInput, extraId: string, by: string, now: Date,
): Result<{ readonly assessment: Assessment; readonly added: ExtraMeasure | null }, AssessmentRefusal> {
  const judgement = JUDGEMENTS.find((j) => j === input.judgement.trim());
  if (!judgement) return fail('judgementRequired');
  const note = input.note.trim();
  if (note.length > MAX_NOTE) return fail('noteTooLong');
  const existing = previous?.extraMeasures ?? [];
  let added: ExtraMeasure | null = null;
  if (input.extra) {
    const checked = extraMeasure(input.extra, extraId);
    if (!checked.ok) return checked;
    if (judgement !== 'meerNodig') return fail('extraNeedsMore');
    const twin = existing.find((x) => same(x.description, checked.value.description));
    added = twin ?? checked.value;
  }
  const extraMeasures = added && !existing.includes(added) ? [...existing, added] : existing;
  if (judgement === 'meerNodig' && extraMeasures.length === 0) return fail('moreNeedsExtra');
  if (judgement !== 'meerNodig' && extraMeasures.length > 0) return fail('extraNeedsMore');
  return ok({ assessment: { problemId, judgement, note, extraMeasures, decidedAt: now.toISOString(), decidedByName: by }, added });
}

function extraMeasure(input: ExtraInput, id: string): Result<ExtraMeasure, AssessmentRefusal> {
  const description = input.description.trim().replace(/[ \t]+/g, ' ');
  if (description === '') return fail('extraDescriptionRequired');
  if (description.length > MAX_EXTRA_DESCRIPTION) return fail('extraDescriptionTooLong');
  const organisation = input.organisation.trim() || input.owner?.organisation?.trim() || '';
  if (!input.owner && organisation === '') return fail('ownerRequired');
  if (organisation.length > MAX_ORGANISATION) return fail('organisationTooLong');
  return ok({ id, description, ownerKey: input.owner?.key ?? null, ownerName: input.owner?.name ?? null, organisation });
}

/** Removes one extra measure; "meer nodig" without any left is refused (choose another judgement first). */
export function withoutExtra(previous: Assessment, extraId: string): Result<{ readonly assessment: Assessment; readonly removed: ExtraMeasure }, 'unknownExtra' | 'moreNeedsExtra'> {
  const removed = previous.extraMeasures.find((x) => x.id === extraId);
  if (!removed) return fail('unknownExtra');
  const extraMeasures = previous.extraMeasures.filter((x) => x !== removed);
  if (extraMeasures.length === 0) return fail('moreNeedsExtra');
  return ok({ assessment: { ...previous, extraMeasures }, removed });
}

/** Whether the group needs new participants for the new measures (S4.2), and whom it registered. */
export interface NewParticipants {
  readonly needed: boolean;
  readonly note: string;
  readonly registered: readonly string[];
  readonly decidedAt: string;
}

/** The fields of the assessment form that change what is stored (extra measures are only ever added). */
export const ASSESSMENT_FORM_FIELDS = ['judgement', 'note'] as const;
export type AssessmentFormField = (typeof ASSESSMENT_FORM_FIELDS)[number];

/** The stored judgement and note as the form's texts: what a form is opened with. */
export const assessmentFormValues = (assessment: Assessment | undefined): Record<AssessmentFormField, string> => ({
  judgement: assessment?.judgement ?? '',
  note: assessment?.note ?? '',
});
