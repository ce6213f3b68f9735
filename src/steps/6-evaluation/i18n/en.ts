import type { EvaluationStepTexts } from './nl';

/** Step 6's own texts in English. */
export const evaluationStepEn: EvaluationStepTexts = {
  unchanged: 'Nothing has changed.',
  progressRefused: {
    format: 'Write: @Veiligheidsplanner enter progress <goal> <value> [on <date>] [| <note>], for example: enter progress 1 30 | fewer reports after the summer.',
    unknownGoal: (text: string) => `Goal “${text}” does not exist. See @Veiligheidsplanner goals for the numbers.`,
    noAgreement: (goal: number) => `There is no monitoring agreement for goal ${goal}; see @Veiligheidsplanner monitoring.`,
    notYours: (goal: number, names: string) => `By agreement, the progress of goal ${goal} is entered by ${names} (or the project leader).`,
    notANumber: (text: string) => `“${text}” is not a number. Enter the measured value as a number, for example 30 or 7,5.`,
    badDate: (text: string) => `“${text}” is not a valid date. Write for example 31-03-2027.`,
    future: 'That date is in the future: enter measured values only.',
  },
  progressSaved: (goal: number, value: string, date: string, missing: string) =>
    `Progress of goal ${goal} saved: ${value} on ${date}.${missing ? ` Not entered yet: ${missing}.` : ''}`,
  progress: {
    title: 'Progress per goal (step 6)',
    intro: (today: string) => `The measured values against the starting value and the target, as of ${today}.`,
    empty: 'There are no goals yet.',
    heading: (number: number, what: string) => `Goal ${number}: ${what}`,
    target: (indicator: string, start: string, target: string, date: string) => `${indicator}: starting value ${start}, target ${target} by ${date}`,
    latest: (value: string, date: string, percent: string) => `Latest: ${value} on ${date}${percent}`,
    percent: (value: number) => ` (${value}% of the way to the target)`,
    none: 'No measured values yet.',
    entry: (date: string, value: string, by: string, note: string) => `${date}: ${value} (${by})${note ? ` — ${note}` : ''}`,
    missing: (name: string, dates: string) => `Missing from ${name}: ${dates}`,
    noAgreement: 'No monitoring agreement for this goal.',
    footer: 'Whoever has a monitoring agreement enters with @Veiligheidsplanner enter progress <goal> <value> [on <date>] [| <note>].',
  },
  reminders: {
    due: (name: string, goal: number, what: string, date: string, project: string) =>
      `Hello ${name}, today (${date}) is the day to enter the progress of goal ${goal} for ${project}: ${what}. Write in the channel: @Veiligheidsplanner enter progress ${goal} <value>.`,
    overdue: (name: string, goal: number, what: string, date: string, project: string) =>
      `Hello ${name}, the progress of goal ${goal} for ${date} is still missing in ${project}: ${what}. Enter it with @Veiligheidsplanner enter progress ${goal} <value> on <date>.`,
  },
  evaluationRefused: {
    format: 'Write: @Veiligheidsplanner evaluation <goal> | reached or not reached | <how measured> | satisfied or not satisfied | <why>.',
    unknownGoal: (text: string) => `Goal “${text}” does not exist; only goals of step 4 can be evaluated. See @Veiligheidsplanner goals.`,
    reached: (text: string) => `“${text}”: write reached or not reached.`,
    satisfied: (text: string) => `“${text}”: write satisfied or not satisfied.`,
    stepNotOpen: (status: string) => `Step 6 is now ${status}: the evaluation can be entered once step 6 is opened.`,
  },
  evaluationSaved: (goal: number, count: number, total: number) => `Evaluation of goal ${goal} saved (${count} of ${total} goals evaluated).`,
  yes: { reached: ['bereikt', 'ja', 'reached', 'yes'], notReached: ['niet bereikt', 'nee', 'not reached', 'no'], satisfied: ['tevreden', 'ja', 'satisfied', 'yes'], notSatisfied: ['niet tevreden', 'ontevreden', 'nee', 'not satisfied', 'no'] },
  table: {
    title: 'Evaluation per goal: the project’s result',
    intro: (project: string) => `${project}: per goal reached or not and how measured, satisfied or not and why.`,
    heading: (number: number, what: string) => `Goal ${number}: ${what}`,
    reached: (yes: boolean, how: string) => `${yes ? 'Reached' : 'Not reached'} — measured: ${how}`,
    satisfied: (yes: boolean, why: string) => `${yes ? 'Satisfied' : 'Not satisfied'} — ${why}`,
    open: 'Not evaluated yet.',
    summary: (reached: number, total: number) => `${reached} of ${total} goals reached.`,
    footer: 'The project leader fills in the table after the evaluation meeting with @Veiligheidsplanner evaluation <goal> | reached | <how measured> | satisfied | <why>.',
  },
  cycle: {
    notLeader: 'Only the project leader can start a new cycle.',
    notYet: (status: string) => `A new cycle can start once step 6 is opened (step 6 is now ${status}). Nothing has changed.`,
    running: (date: string) => `A new cycle is already running (started on ${date}): it has to reach step 6 itself first. Nothing has changed.`,
    started: (name: string, people: number, problems: number, goals: number) =>
      `New cycle started: ${name}, with ${people} participants, ${problems} problems of the priority list and ${goals} ${goals === 1 ? 'goal' : 'goals'} not reached. The previous cycle stays readable with @Veiligheidsplanner previous cycle.`,
    name: (name: string, cycle: number) => `${name} (cycle ${cycle})`,
    none: 'This project does not follow an earlier cycle.',
    title: (name: string) => `Previous cycle: ${name}`,
    carried: 'Carried over to this cycle',
    problem: (rank: number, name: string) => `Problem ${rank}: ${name}`,
    openGoal: (what: string, indicator: string, start: string, target: string) => `Goal not reached: ${what} (${indicator}: ${start} → ${target})`,
    footer: 'The evaluation per goal above is the result of the previous cycle.',
  },
  work: {
    goalsReached: (reached: number, total: number) => `${reached} of ${total} goals reached`,
    evaluation: (goal: number, reached: boolean, satisfied: boolean) => `Goal ${goal}: ${reached ? 'reached' : 'not reached'}, ${satisfied ? 'satisfied' : 'not satisfied'}`,
    missing: (count: number) => `${count} agreed progress measurements not entered (yet)`,
    newCycle: (by: string) => `New cycle started by ${by}`,
  },
};
