import type { ProjectPhase } from '../../kernel/steps';
import { z } from 'zod';
import { cardAction, cardFields } from '../../platform/card-action';
import { command, noArguments } from '../../platform/command';
import { evaluationFormAction, progressFormAction, saveEvaluationAction, saveProgressAction } from './routes/form-routes';
import { enterProgressCommand, evaluationCommand, newCycleCommand, previousCycleCommand, progressReplies } from './routes/evaluation-routes';

const rest = (text: string): { text: string } => ({ text });

/** Step 6's work is shown first in the help once step 6 has opened; a new cycle once it is done. */
const atStep6 = ({ step, status }: ProjectPhase): boolean => step === 6 && status !== 'notOpen';

/** Step 6: monitoring, progress, the evaluation table and a new cycle (S6.1–S6.3). */
export const EVALUATION_COMMANDS = [
  command({
    name: 'enterProgress',
    phrases: { nl: ['voortgang invoeren'], en: ['enter progress'] },
    audience: 'participants',
    fits: atStep6,
    parse: rest,
    help: {
      nl: ['voortgang invoeren <doel> <waarde> [op <datum>] [| <notitie>]', 'Voer een gemeten waarde in volgens je monitoringafspraak.'],
      en: ['enter progress <goal> <value> [on <date>] [| <note>]', 'Enter a measured value as your monitoring agreement says.'],
    },
    handle: (turn, { text }) => enterProgressCommand(turn, text),
  }),
  command({
    name: 'progress',
    phrases: { nl: ['voortgang'], en: ['progress'] },
    audience: 'participants',
    fits: atStep6,
    parse: (text) => (text.trim() === '' ? {} : undefined),
    help: {
      nl: ['voortgang', 'Toon per doel de gemeten waarden tegenover begin- en streefwaarde, en wat nog ontbreekt.'],
      en: ['progress', 'Show per goal the measured values against the starting value and target, and what is missing.'],
    },
    handle: (turn) => progressReplies(turn),
  }),
  command({
    name: 'evaluation',
    phrases: { nl: ['evaluatie'], en: ['evaluation'] },
    audience: 'participants',
    fits: atStep6,
    parse: rest,
    help: {
      nl: ['evaluatie [<doel> | bereikt|niet bereikt | <hoe gemeten> | tevreden|niet tevreden | <waarom>]', 'Toon de evaluatie per doel; de projectleider vult per doel een rij in.'],
      en: ['evaluation [<goal> | reached|not reached | <how measured> | satisfied|not satisfied | <why>]', 'Show the evaluation per goal; the project leader fills in a row per goal.'],
    },
    handle: (turn, { text }) => evaluationCommand(turn, text),
  }),
  command({
    name: 'newCycle',
    phrases: { nl: ['nieuwe cyclus'], en: ['new cycle'] },
    audience: 'leader',
    fits: ({ step, status }) => step === 6 && status === 'done',
    parse: noArguments,
    help: {
      nl: ['nieuwe cyclus', 'Start een vervolgproject in dit kanaal met dezelfde deelnemers, de prioriteitenlijst en de niet bereikte doelen.'],
      en: ['new cycle', 'Start a follow-up project in this channel with the same participants, the priority list and the goals not reached.'],
    },
    handle: (turn) => newCycleCommand(turn),
  }),
  command({
    name: 'previousCycle',
    phrases: { nl: ['vorige cyclus'], en: ['previous cycle'] },
    audience: 'participants',
    fits: () => false,
    parse: noArguments,
    help: {
      nl: ['vorige cyclus', 'Toon het resultaat van de vorige cyclus en wat daaruit is meegenomen.'],
      en: ['previous cycle', 'Show the result of the previous cycle and what was carried over.'],
    },
    handle: (turn) => previousCycleCommand(turn),
  }),
];

const { projectId, text } = cardFields;
const goal = z.coerce.string().min(1).max(10);

export const EVALUATION_CARD_ACTIONS = [
  // The form also comes with a personal reminder, so it is answered in the personal chat too.
  cardAction({ verb: 'progress.form', inPersonalChat: true, schema: z.object({ projectId, goal }), handle: progressFormAction }),
  cardAction({ verb: 'progress.save', inPersonalChat: true, sendsInputs: true, schema: z.object({ projectId, goal, value: text, date: text, note: text }), handle: saveProgressAction }),
  cardAction({ verb: 'evaluation.form', schema: z.object({ projectId, goal }), handle: evaluationFormAction }),
  cardAction({
    verb: 'evaluation.save', sendsInputs: true, schema: z.object({ projectId, goal, reached: text, how: text, satisfied: text, why: text }), handle: saveEvaluationAction,
  }),
];
