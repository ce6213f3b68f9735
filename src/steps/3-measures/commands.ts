import type { ProjectPhase } from '../../kernel/steps';
import { z } from 'zod';
import { cardAction, cardFields } from '../../platform/card-action';
import { command, noArguments } from '../../platform/command';
import { addMeasureCriterionCommand, removeMeasureCriterionCommand } from './routes/criteria-routes';
import { measureListCommand } from './routes/measure-list-routes';
import {
  deleteMeasureAction, editMeasureAction, measureFormAction, myMeasuresAction, myMeasuresCommand, nothingAction, saveMeasureAction,
} from './routes/measure-routes';

/** Whether the project is at step 3 with one of these statuses: the help shows those commands first. */
const atStep3 = (...statuses: ProjectPhase['status'][]) => ({ step, status }: ProjectPhase): boolean => step === 3 && statuses.includes(status);

/** Step 3: current measures per priority problem, the overview and the leader's extra criteria (S3.1–S3.4). */
export const MEASURE_COMMANDS = [
  command({
    name: 'measureList',
    phrases: { nl: ['maatregelen'], en: ['measures'] },
    audience: 'participants',
    fits: atStep3('open', 'inputClosed', 'done'),
    parse: noArguments,
    help: {
      nl: ['maatregelen', 'Toon per prioritair probleem de huidige maatregelen van stap 3, met aantallen, wie nog niet antwoordde en de hiaten.'],
      en: ['measures', 'Show the current measures of step 3 per priority problem, with counts, who has not answered and the gaps.'],
    },
    handle: measureListCommand,
  }),
  command({
    name: 'myMeasures',
    phrases: { nl: ['mijn maatregelen'], en: ['my measures'] },
    audience: 'participants',
    fits: atStep3('open', 'inputClosed'),
    parse: noArguments,
    help: {
      nl: ['mijn maatregelen', 'Voer in, wijzig of verwijder wat jouw organisatie al doet per prioritair probleem (stap 3).'],
      en: ['my measures', 'Enter, change or delete what your organisation already does per priority problem (step 3).'],
    },
    handle: myMeasuresCommand,
  }),
  command({
    name: 'addMeasureCriterion',
    phrases: { nl: ['maatregelcriterium toevoegen'], en: ['add measure criterion'] },
    audience: 'leader',
    fits: atStep3('notOpen', 'open'),
    parse: (rest) => ({ definition: rest }),
    help: {
      nl: ['maatregelcriterium toevoegen <naam>: <waarde>, <waarde>', 'Voeg voor de maatregelen van stap 3 een eigen typeringscriterium toe (hoogstens twee).'],
      en: ['add measure criterion <name>: <value>, <value>', 'Add a typing criterion of your own for the measures of step 3 (at most two).'],
    },
    handle: (turn, { definition }) => addMeasureCriterionCommand(turn, definition),
  }),
  command({
    name: 'removeMeasureCriterion',
    phrases: { nl: ['maatregelcriterium verwijderen'], en: ['remove measure criterion'] },
    audience: 'leader',
    fits: atStep3('notOpen', 'open'),
    parse: (rest) => ({ criterion: rest }),
    help: {
      nl: ['maatregelcriterium verwijderen <naam>', 'Haal een eigen typeringscriterium voor maatregelen weg.'],
      en: ['remove measure criterion <name>', 'Remove a typing criterion of your own for measures.'],
    },
    handle: (turn, { criterion }) => removeMeasureCriterionCommand(turn, criterion),
  }),
];

const { projectId } = cardFields;
const problemId = z.string().min(1).max(200);
const measureId = z.string().min(1).max(200);

export const MEASURE_CARD_ACTIONS = [
  cardAction({ verb: 'measure.mine', schema: z.object({ projectId, page: z.coerce.number().int().min(0).max(10_000).optional() }), handle: myMeasuresAction }),
  cardAction({ verb: 'measure.form', schema: z.object({ projectId, problemId }), handle: measureFormAction }),
  cardAction({
    verb: 'measure.save',
    sendsInputs: true,
    // Inputs of the leader's extra criteria arrive as `criterion-<id>`: kept, and read by the handler.
    schema: z
      .object({
        projectId, problemId: z.string().max(200).optional(), measureId: z.string().max(200).optional(),
        description: cardFields.text, organisation: cardFields.text, targets: cardFields.text, measureKind: cardFields.text,
        // The values a change form was opened with (JSON), so a save applies only what was changed on it.
        opened: cardFields.text,
      })
      .catchall(z.unknown()),
    handle: saveMeasureAction,
  }),
  cardAction({ verb: 'measure.edit', schema: z.object({ projectId, measureId }), handle: editMeasureAction }),
  cardAction({ verb: 'measure.delete', schema: z.object({ projectId, measureId }), handle: deleteMeasureAction }),
  cardAction({ verb: 'measure.nothing', schema: z.object({ projectId, problemId }), handle: nothingAction }),
];
