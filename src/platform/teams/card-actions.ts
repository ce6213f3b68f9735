import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { PersonInfo } from '../../kernel/person';
import type { BotEnv } from './bot-env';
import type { Reply } from './replies';
import { editProfileAction, saveProfileAction } from '../../project/routes/project-routes';
import { PRIORITISATION_ACTIONS } from '../../steps/2-problems/routes/prioritisation-actions';
import { closeMeetingAction, completeAgendaItemAction } from '../../engine/routes/meeting-routes';
import { saveOrganisationAction } from '../../project/routes/participant-routes';
import { deleteProblemAction, editProblemAction, myProblemsAction, problemFormAction, saveProblemAction } from '../../steps/2-problems/routes/problem-routes';
import type { TurnOrigin } from './turn-origin';

/** Text beyond this is not a typing slip but malformed data: refused as a whole. */
const MAX_CARD_TEXT = 20_000;
const cardText = z.string().max(MAX_CARD_TEXT).optional();
const projectId = z.string().min(1).max(100);
/** Teams sends card data as it was put in; a step number may arrive as number or text. */
const stepNumber = z.coerce.number().int().min(1).max(6);
const problemId = z.string().min(1).max(200);

export interface CardAction<S extends z.ZodType> {
  readonly verb: string;
  readonly schema: S;
  readonly handle: (env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, data: z.infer<S>) => Promise<Reply[]>;
}

const action = <S extends z.ZodType>(definition: CardAction<S>): CardAction<S> => definition;

/** Every verb a card can send; each is answered for Action.Execute and its Action.Submit fallback. */
export const CARD_ACTIONS = [
  action({ verb: 'profile.edit', schema: z.object({ projectId }), handle: editProfileAction }),
  action({
    verb: 'profile.save',
    schema: z.object({
      projectId,
      name: cardText,
      commissioner: cardText,
      startDate: cardText,
      plannedEndDate: cardText,
      description: cardText,
    }),
    handle: saveProfileAction,
  }),
  action({ verb: 'organisation.save', schema: z.object({ projectId, organisation: cardText }), handle: saveOrganisationAction }),
  action({
    verb: 'meeting.item',
    schema: z.object({ projectId, step: stepNumber, item: z.string().min(1).max(40), outcome: cardText }),
    handle: completeAgendaItemAction,
  }),
  action({ verb: 'problem.form', schema: z.object({ projectId }), handle: problemFormAction }),
  action({
    verb: 'problem.save',
    // Inputs of the leader's extra criteria arrive as `criterion-<id>`: kept, and read by the handler.
    schema: z
      .object({ projectId, problemId: z.string().max(200).optional(), description: cardText, likelihood: cardText, consequences: cardText, priority: cardText })
      .catchall(z.unknown()),
    handle: saveProblemAction,
  }),
  action({ verb: 'problem.mine', schema: z.object({ projectId, page: z.coerce.number().int().min(0).max(10_000).optional() }), handle: myProblemsAction }),
  action({ verb: 'problem.edit', schema: z.object({ projectId, problemId }), handle: editProblemAction }),
  action({ verb: 'problem.delete', schema: z.object({ projectId, problemId }), handle: deleteProblemAction }),
  action({ verb: 'meeting.close', schema: z.object({ projectId, step: stepNumber }), handle: closeMeetingAction }),
  ...PRIORITISATION_ACTIONS,
] as const;
