import { assessmentEn } from './assessment.en';
import { goalsEn } from './goals.en';
import { monitoringEn } from './monitoring.en';
import type { GoalStepTexts } from './nl';

/** Step 4's own texts in English. */
export const goalStepEn: GoalStepTexts = {
  goals: goalsEn,
  assessment: assessmentEn,
  monitoring: monitoringEn,
  stepNotOpen: (status: string) => `Step 4 is ${status} now: goals, assessment and monitoring are possible once step 4 has been opened. Nothing was changed.`,
  notOnList: 'This problem is not (or no longer) on the priority list of step 2. Nothing was changed.',
  work: {
    goal: (number: number, what: string, target: string, date: string) => `Goal ${number}: ${what} (${target} by ${date})`,
    assessed: (problem: string, judgement: string) => `${problem}: ${judgement}`,
    extraNeededYes: (problems: number, measures: number) => `Yes: ${measures} extra ${measures === 1 ? 'measure' : 'measures'} for ${problems} ${problems === 1 ? 'problem' : 'problems'}`,
    extraNeededNo: 'No: the current measures suffice',
    extra: (problem: string, description: string, owner: string) => `${problem}: ${description} (by ${owner})`,
    monitoring: (goal: number, line: string) => `Goal ${goal}: ${line}`,
  },
  outcome: {
    title: 'Goals (SMART)',
    none: 'No goals entered yet.',
    footer: 'Everyone sees the goals with @Veiligheidsplanner goals, the assessment with @Veiligheidsplanner assessment and the agreements on progress with @Veiligheidsplanner monitoring.',
  },
};
