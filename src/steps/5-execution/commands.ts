import type { ProjectPhase } from '../../kernel/steps';
import { z } from 'zod';
import { cardAction, cardFields } from '../../platform/card-action';
import { command, noArguments } from '../../platform/command';
import { decisionFormAction, measureFormAction, saveDecisionAction, saveMeasureAction } from './routes/form-routes';
import { addMeasureCommand, capacityCommand, changeMeasureCommand, costsCommand, decisionCommand, fteCommand, planReplies } from './routes/execution-routes';

const rest = (text: string): { text: string } => ({ text });

/** Step 5's work is shown first in the help once step 5 has opened. */
const atStep5 = ({ step, status }: ProjectPhase): boolean => step === 5 && status !== 'notOpen';

/** Step 5: the execution matrix, costs, capacity and the decision (S5.1–S5.5). */
export const EXECUTION_COMMANDS = [
  command({
    name: 'executionPlan',
    phrases: { nl: ['uitvoering', 'uitvoeringsplan', 'uitvoeringsmatrix'], en: ['execution', 'execution plan'] },
    audience: 'participants',
    fits: atStep5,
    parse: noArguments,
    help: {
      nl: ['uitvoering', 'Toon de uitvoeringsmatrix, het kosten- en capaciteitsoverzicht en de besluiten van stap 5.'],
      en: ['execution', 'Show the execution matrix, the cost and capacity overviews and the decisions of step 5.'],
    },
    handle: (turn) => planReplies(turn),
  }),
  command({
    name: 'executeMeasure',
    phrases: { nl: ['maatregel uitvoeren'], en: ['execute measure'] },
    audience: 'leader',
    fits: atStep5,
    parse: rest,
    help: {
      nl: ['maatregel uitvoeren <wat> | <wie> | <werkwijze> | <start> t/m <eind> | <doelen>', 'Zet een maatregel in de uitvoeringsmatrix; wie is een deelnemer, "Naam (Organisatie)" of een organisatie.'],
      en: ['execute measure <what> | <who> | <approach> | <start> to <end> | <goals>', 'Put a measure in the execution matrix; who is a participant, "Name (Organisation)" or an organisation.'],
    },
    handle: (turn, { text }) => addMeasureCommand(turn, text),
  }),
  command({
    name: 'changeMeasure',
    phrases: { nl: ['maatregel wijzigen'], en: ['change measure'] },
    audience: 'leader',
    fits: atStep5,
    parse: rest,
    help: {
      nl: ['maatregel wijzigen <nr> <wat|wie|werkwijze|wanneer|doelen>: <nieuw>', 'Wijzig een maatregel in de uitvoeringsmatrix, ook na het overleg.'],
      en: ['change measure <no> <what|who|how|when|goals>: <new>', 'Change a measure in the execution matrix, also after the meeting.'],
    },
    handle: (turn, { text }) => changeMeasureCommand(turn, text),
  }),
  command({
    name: 'costs',
    phrases: { nl: ['kosten'], en: ['costs'] },
    audience: 'leader',
    fits: atStep5,
    parse: rest,
    help: {
      nl: ['kosten <nr> <bedrag> | <financier> <aandeel>%, …', 'Leg de kosten van een maatregel vast met wie ze financiert; nog eens om ze te wijzigen.'],
      en: ['costs <no> <amount> | <funder> <share>%, …', 'Record the costs of a measure and who funds them; again to change them.'],
    },
    handle: (turn, { text }) => costsCommand(turn, text),
  }),
  command({
    name: 'capacity',
    phrases: { nl: ['capaciteit'], en: ['capacity'] },
    audience: 'leader',
    fits: atStep5,
    parse: rest,
    help: {
      nl: ['capaciteit <nr> <naam> <aantal> uur|fte', 'Leg de inzet van een deelnemer bij een maatregel vast (uren per week of fte); 0 haalt die weg.'],
      en: ['capacity <no> <name> <amount> hours|fte', 'Record a participant’s effort on a measure (hours a week or FTE); 0 removes it.'],
    },
    handle: (turn, { text }) => capacityCommand(turn, text),
  }),
  command({
    name: 'fteRule',
    phrases: { nl: ['fte-norm'], en: ['fte rule'] },
    audience: 'leader',
    fits: atStep5,
    parse: rest,
    help: {
      nl: ['fte-norm <uren>', 'Stel in hoeveel uur per week 1 fte is in dit project (standaard 36).'],
      en: ['fte rule <hours>', 'Set how many hours a week 1 FTE is in this project (36 unless set).'],
    },
    handle: (turn, { text }) => fteCommand(turn, text),
  }),
  command({
    name: 'decision',
    phrases: { nl: ['besluit'], en: ['decision'] },
    audience: 'leader',
    fits: atStep5,
    parse: rest,
    help: {
      nl: ['besluit <organisatie> | akkoord|niet akkoord|akkoord onder voorwaarden: <voorwaarden> | <datum> | <opmerkingen>', 'Leg het besluit van een opdrachtgever of organisatie vast.'],
      en: ['decision <organisation> | approved|not approved|approved with conditions: <conditions> | <date> | <remarks>', 'Record the decision of a commissioner or organisation.'],
    },
    handle: (turn, { text }) => decisionCommand(turn, text),
  }),
];

const { projectId, text } = cardFields;
/** A measure's number or a candidate's key as the card sends it: text, or "" on a button without one. */
const index = z.coerce.string().max(20).optional();

export const EXECUTION_CARD_ACTIONS = [
  cardAction({ verb: 'execution.plan', schema: z.object({ projectId }), handle: (turn, data) => planReplies(turn, data.projectId) }),
  cardAction({ verb: 'execution.measure.form', schema: z.object({ projectId, measure: index, candidate: index }), handle: measureFormAction }),
  cardAction({
    verb: 'execution.measure.save',
    sendsInputs: true,
    schema: z.object({ projectId, measure: index, opened: z.string().max(20_000).optional(), what: text, who: text, how: text, start: text, end: text, goals: text, costs: text, funders: text, capacity: text }),
    handle: saveMeasureAction,
  }),
  cardAction({ verb: 'execution.decision.form', schema: z.object({ projectId }), handle: decisionFormAction }),
  cardAction({
    verb: 'execution.decision.save',
    sendsInputs: true,
    schema: z.object({ projectId, organisation: text, outcome: text, conditions: text, date: text, remarks: text }),
    handle: saveDecisionAction,
  }),
];
