import type { PersonInfo } from '../../domain/person';
import type { BotEnv } from '../bot-env';
import type { Reply } from '../replies';
import type { TurnOrigin } from '../turn-origin';

// Signatures the command router calls; bodies to be written.
/** `criterium toevoegen <naam>: <waarde>, <waarde>, …` (leader, step 2, at most two). */
export async function addCriterionCommand(_env: BotEnv, _origin: TurnOrigin, _caller: PersonInfo, _definition: string): Promise<Reply[]> {
  throw new Error('not written yet');
}
/** `criterium verwijderen <naam>` (leader). */
export async function removeCriterionCommand(_env: BotEnv, _origin: TurnOrigin, _caller: PersonInfo, _criterion: string): Promise<Reply[]> {
  throw new Error('not written yet');
}
