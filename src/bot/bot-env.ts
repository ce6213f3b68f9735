import type { AppDeps } from '../app/deps';
import type { Logger } from '../log';
import type { CardRenderer } from '../views/card-renderer';

/** What every route needs; created once in the wiring and passed in, never held in module state. */
export interface BotEnv {
  readonly deps: AppDeps;
  readonly cards: CardRenderer;
  readonly log: Logger;
}
