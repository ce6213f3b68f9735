import { z } from 'zod';
import type { CardAction } from '../../../platform/teams/card-actions';
import { castVoteAction, endorseAction, saveDoeiAction } from './prioritisation-routes';

const projectId = z.string().min(1).max(100);
const cluster = z.string().min(1).max(100);
/** Longer than any DOEI field may be: such text is malformed data, refused as a whole. */
const note = z.string().max(20_000).optional();

/** Checks each schema against its handler, then widens for the shared list. */
const action = <S extends z.ZodType>(definition: CardAction<S>): CardAction<z.ZodType> => definition as unknown as CardAction<z.ZodType>;

/** Card verbs of the prioritisation meeting (step 2): clusters, evidence, voting, the priority list. */
export const PRIORITISATION_ACTIONS: readonly CardAction<z.ZodType>[] = [
  action({ verb: 'cluster.doei', schema: z.object({ projectId, cluster, data: note, onderzoek: note, ervaringen: note, inzichten: note }), handle: saveDoeiAction }),
  action({ verb: 'vote.cast', schema: z.object({ projectId, cluster }), handle: castVoteAction }),
  action({ verb: 'priority.endorse', schema: z.object({ projectId }), handle: endorseAction }),
];
