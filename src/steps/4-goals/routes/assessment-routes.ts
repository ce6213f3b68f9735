import { addParticipantsCommand, mentionProblems, oneMessage } from '../../../project';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { assessmentFormFor, assessmentOverview, mayRecordNewParticipants, recordNewParticipants, removeExtraMeasure, saveAssessment, type AssessmentForm } from '../app/assessment';
import { MAX_NOTE, type AssessmentFormField } from '../domain/assessment';
import { readOpenedValues } from '../../../kernel/form-change';
import { goalCatalog } from '../i18n/catalog';
import { ASSESSMENT_FORM_CARD, toAssessmentFormView, type AssessmentFormView } from '../views/assessment-form.view';
import { ASSESSMENT_CARD, toAssessmentViews } from '../views/assessment.view';
import { line, listReplies, refreshMeeting, refusedLine } from './replies';

/** `beoordeling` or the button: per priority problem the measures in short, the judgement and the extra measures (S4.2). */
export async function assessmentReplies(turn: Turn, cardProjectId?: string): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const outcome = await assessmentOverview(turn.env.deps, turn.request(cardProjectId), turn.t);
  if (outcome.kind !== 'assessment') return line(refusedLine(turn, outcome) ?? '');
  return listReplies(turn, outcome.project, 'assessment', toAssessmentViews(t, outcome).map((view) => turn.env.cards.render(ASSESSMENT_CARD, view)));
}

/** "Beoordelen" at a problem: the form with what was recorded before (leader). */
export async function assessFormAction(turn: Turn, data: { projectId: string; problemId: string }): Promise<Reply[]> {
  const outcome = await assessmentFormFor(turn.env.deps, turn.request(data.projectId), data.problemId);
  if (outcome.kind !== 'form') return line(refusedLine(turn, outcome) ?? '');
  return [card(turn.env.cards.render(ASSESSMENT_FORM_CARD, toAssessmentFormView(goalCatalog(turn.t), outcome.project, outcome.problem, outcome.assessment)))];
}

/** "Opslaan" on the assessment form: the judgement and possibly one more extra measure; the form again, for the next. */
export async function saveAssessmentAction(
  turn: Turn, data: { projectId: string; problemId: string; opened?: string | undefined } & Partial<Omit<AssessmentForm, 'opened'>>,
): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const form: AssessmentForm = {
    judgement: data.judgement ?? '', note: data.note ?? '', description: data.description ?? '', owner: data.owner ?? '', organisation: data.organisation ?? '',
    opened: readOpenedValues<AssessmentFormField>(data.opened),
  };
  const outcome = await saveAssessment(turn.env.deps, turn.request(data.projectId), data.problemId, form);
  const render = (view: AssessmentFormView): Reply[] => [card(turn.env.cards.render(ASSESSMENT_FORM_CARD, view))];
  if (outcome.kind === 'assessmentRefused') {
    // The form again with what was typed, so nothing has to be typed twice.
    return render(toAssessmentFormView(t, outcome.project, outcome.problem, outcome.assessment, { typed: form, refusal: t.assessment.refusals[outcome.reason] }));
  }
  if (outcome.kind === 'assessmentChangedMeanwhile') {
    // Changed meanwhile in what this form changed too: the assessment as it is now, saying which fields.
    const fields = outcome.fields.map((f) => t.assessment.fieldNames[f]).join(', ');
    return render(toAssessmentFormView(t, outcome.project, outcome.problem, outcome.assessment, { refusal: t.assessment.changedMeanwhile(fields) }));
  }
  if (outcome.kind !== 'assessed') return line(refusedLine(turn, outcome) ?? '');
  const judgement = t.assessment.judgements[outcome.assessment.judgement];
  const notice = outcome.added ? t.assessment.savedExtra(outcome.problem.name, judgement, outcome.added.description) : t.assessment.saved(outcome.problem.name, judgement);
  await refreshMeeting(turn, outcome.project);
  return render(toAssessmentFormView(t, outcome.project, outcome.problem, outcome.assessment, { notice }));
}

/** "Verwijderen" at an extra measure. */
export async function removeExtraAction(turn: Turn, data: { projectId: string; problemId: string; extraId: string }): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const outcome = await removeExtraMeasure(turn.env.deps, turn.request(data.projectId), data.problemId, data.extraId);
  // Already gone (a second press, or the same press delivered again): the form as it is now.
  if (outcome.kind === 'extraRefused' && outcome.reason === 'unknownExtra') return assessFormAction(turn, data);
  if (outcome.kind === 'extraRefused') return line(outcome.reason === 'unknownExtra' ? t.assessment.refusals.unknownExtra : t.assessment.refusals.lastExtra);
  if (outcome.kind !== 'extraRemoved') return line(refusedLine(turn, outcome) ?? '');
  await refreshMeeting(turn, outcome.project);
  const notice = t.assessment.removed(outcome.removed.description);
  return [card(turn.env.cards.render(ASSESSMENT_FORM_CARD, toAssessmentFormView(t, outcome.project, outcome.problem, outcome.assessment, { notice })))];
}

const YES = /^(ja|yes)\b[\s:,.-]*/i;
const NO = /^(nee|neen|no)\b[\s.]*$/i;

/**
 * `nieuwe deelnemers @naam …` registers the people as in step 1 and records that new
 * participants were needed; `nieuwe deelnemers ja <toelichting>` or `… nee` records the answer.
 */
export async function newParticipantsCommand(turn: Turn, rest: string): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const typed = rest.trim();
  const gate = await mayRecordNewParticipants(turn.env.deps, turn.request());
  if (gate.kind !== 'allowed') return line(refusedLine(turn, gate) ?? '');
  const mentioned = await turn.mentionedPeople();
  const people = mentioned.people;
  // Only names Teams does not know: say so, as step 1 does, and record nothing.
  if (people.length === 0 && mentioned.notFound.length > 0) return oneMessage(mentionProblems(t, mentioned));
  const needed = people.length > 0 || YES.test(typed) ? true : NO.test(typed) ? false : undefined;
  if (needed === undefined) return line(t.assessment.newParticipants.usage);
  const note = typed.replace(YES, '').trim();
  if (note.length > MAX_NOTE) return line(t.assessment.newParticipants.tooLong);
  const outcome = await recordNewParticipants(turn.env.deps, turn.request(), { needed, note: needed && note !== '' ? note : null, registered: people.map((p) => p.name) });
  if (outcome.kind !== 'newParticipantsRecorded') return line(refusedLine(turn, outcome) ?? '');
  // The same registration as `deelnemer toevoegen @naam` in step 1, with its own messages.
  const registered = people.length > 0 ? await addParticipantsCommand(turn) : [];
  await refreshMeeting(turn, outcome.project);
  const record = outcome.record;
  return [text(record.needed ? t.assessment.newParticipants.recordedYes(record.note) : t.assessment.newParticipants.recordedNo), ...registered];
}
