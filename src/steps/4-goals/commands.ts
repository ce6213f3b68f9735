import type { ProjectPhase } from '../../kernel/steps';
import { z } from 'zod';
import { cardAction, cardFields } from '../../platform/card-action';
import { command, noArguments } from '../../platform/command';
import { assessFormAction, assessmentReplies, newParticipantsCommand, removeExtraAction, saveAssessmentAction } from './routes/assessment-routes';
import { goalFormReplies, goalsReplies, saveGoalAction } from './routes/goal-routes';
import { monitoringFormAction, monitoringReplies, removeMonitoringAction, saveMonitoringAction } from './routes/monitoring-routes';

/** Step 4's work is shown first in the help once step 4 has opened. */
const atStep4 = ({ step, status }: ProjectPhase): boolean => step === 4 && status !== 'notOpen';

/** Step 4: SMART goals, the assessment of the current measures, new participants and monitoring agreements (S4.1–S4.3). */
export const GOAL_COMMANDS = [
  command({
    name: 'goals',
    phrases: { nl: ['doelen', 'doelstellingen'], en: ['goals'] },
    audience: 'participants',
    fits: atStep4,
    parse: noArguments,
    help: { nl: ['doelen', 'Toon de SMART-doelstellingen van stap 4.'], en: ['goals', 'Show the SMART goals of step 4.'] },
    handle: (turn) => goalsReplies(turn),
  }),
  command({
    name: 'addGoal',
    phrases: { nl: ['doel toevoegen', 'doelstelling toevoegen'], en: ['add goal'] },
    audience: 'leader',
    fits: atStep4,
    parse: noArguments,
    help: { nl: ['doel toevoegen', 'Voer een SMART-doelstelling in; daarna de volgende.'], en: ['add goal', 'Enter a SMART goal; then the next one.'] },
    handle: (turn) => goalFormReplies(turn),
  }),
  command({
    name: 'assessment',
    phrases: { nl: ['beoordeling'], en: ['assessment'] },
    audience: 'participants',
    fits: atStep4,
    parse: noArguments,
    help: {
      nl: ['beoordeling', 'Toon per prioritair probleem het oordeel over de huidige maatregelen en de extra maatregelen met wie ze inzet.'],
      en: ['assessment', 'Show per priority problem the judgement of the current measures and the extra measures with who carries them out.'],
    },
    handle: (turn) => assessmentReplies(turn),
  }),
  command({
    name: 'newParticipants',
    phrases: { nl: ['nieuwe deelnemers'], en: ['new participants'] },
    audience: 'leader',
    fits: atStep4,
    parse: (rest) => ({ answer: rest }),
    help: {
      nl: ['nieuwe deelnemers @naam | ja <toelichting> | nee', 'Overleg stap 4: leg vast of er nieuwe deelnemers nodig zijn; genoemde collega’s worden meteen aangemeld.'],
      en: ['new participants @name | yes <note> | no', 'Step 4 meeting: record whether new participants are needed; colleagues mentioned are registered right away.'],
    },
    handle: (turn, { answer }) => newParticipantsCommand(turn, answer),
  }),
  command({
    name: 'monitoring',
    phrases: { nl: ['monitoring'], en: [] },
    audience: 'participants',
    fits: atStep4,
    parse: noArguments,
    help: {
      nl: ['monitoring', 'Toon per doel wie welke voortgangsgegevens invoert en wanneer.'],
      en: ['monitoring', 'Show per goal who enters which progress data and when.'],
    },
    handle: (turn) => monitoringReplies(turn),
  }),
];

const { projectId, text } = cardFields;
const id = z.string().min(1).max(200);

export const GOAL_CARD_ACTIONS = [
  cardAction({ verb: 'goals.list', schema: z.object({ projectId }), handle: (turn, data) => goalsReplies(turn, data.projectId) }),
  cardAction({ verb: 'goals.form', schema: z.object({ projectId }), handle: (turn, data) => goalFormReplies(turn, data.projectId) }),
  cardAction({
    verb: 'goals.carry',
    schema: z.object({ projectId, carried: z.coerce.number().int().min(0).max(1000) }),
    handle: (turn, data) => goalFormReplies(turn, data.projectId, data.carried),
  }),
  cardAction({
    verb: 'goals.save',
    sendsInputs: true,
    schema: z.object({
      projectId, what: text, indicator: text, startValue: text, targetValue: text, measuredBy: text, carriedBy: text, whyRealistic: text, targetDate: text, problemIds: text,
    }),
    handle: saveGoalAction,
  }),
  cardAction({ verb: 'goals.assessment', schema: z.object({ projectId }), handle: (turn, data) => assessmentReplies(turn, data.projectId) }),
  cardAction({ verb: 'goals.assess', schema: z.object({ projectId, problemId: id }), handle: assessFormAction }),
  cardAction({
    verb: 'goals.assess.save',
    sendsInputs: true,
    // `opened`: the judgement and note the form was opened with (JSON), so a save applies only what was changed on it.
    schema: z.object({ projectId, problemId: id, judgement: text, note: text, description: text, owner: text, organisation: text, opened: text }),
    handle: saveAssessmentAction,
  }),
  cardAction({ verb: 'goals.extra.delete', schema: z.object({ projectId, problemId: id, extraId: id }), handle: removeExtraAction }),
  cardAction({ verb: 'goals.monitoring', schema: z.object({ projectId }), handle: (turn, data) => monitoringReplies(turn, data.projectId) }),
  cardAction({ verb: 'goals.monitoring.form', schema: z.object({ projectId }), handle: monitoringFormAction }),
  cardAction({
    verb: 'goals.monitoring.save',
    sendsInputs: true,
    schema: z.object({ projectId, goalId: text, participant: text, what: text, frequency: text, from: text, dates: text }),
    handle: saveMonitoringAction,
  }),
  cardAction({ verb: 'goals.monitoring.delete', schema: z.object({ projectId, agreementId: id }), handle: removeMonitoringAction }),
];
