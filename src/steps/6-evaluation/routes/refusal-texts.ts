import type { EvaluationRefusal } from '../app/evaluation';
import type { ProgressRefusal } from '../app/monitoring';
import type { EvaluationCatalog } from '../i18n/catalog';

/** Why a measured value was not saved, typed or from the form. */
export function progressRefusalText(t: EvaluationCatalog, r: ProgressRefusal): string {
  const x = t.progressRefused;
  switch (r.kind) {
    case 'format': return x.format;
    case 'unknownGoal': return x.unknownGoal(r.text);
    case 'noAgreement': return x.noAgreement(r.goal);
    case 'notYours': return x.notYours(r.goal, r.names);
    case 'notANumber': return x.notANumber(r.text);
    case 'badDate': return x.badDate(r.text);
    case 'future': return x.future;
  }
}

/** Why a row of the evaluation table was not saved, typed or from the form. */
export function evaluationRefusalText(t: EvaluationCatalog, r: EvaluationRefusal): string {
  const x = t.evaluationRefused;
  switch (r.kind) {
    case 'format': return x.format;
    case 'unknownGoal': return x.unknownGoal(r.text);
    case 'reached': return x.reached(r.text);
    case 'satisfied': return x.satisfied(r.text);
    case 'stepNotOpen': return x.stepNotOpen(t.steps.statuses[r.step.status]);
  }
}
