import type { AppDeps } from '../../kernel/deps';
import type { Logger } from '../../kernel/log';
import type { OutboxItem } from '../outbox';
import type { CardRenderer } from '../cards/card-renderer';

/** What every route needs; created once in the wiring and passed in, never held in module state. */
export interface BotEnv {
  readonly deps: AppDeps;
  readonly cards: CardRenderer;
  readonly log: Logger;
  /** Posts the bot makes outside the answer to a turn (long lists) go through the outbox. */
  readonly post: (items: readonly OutboxItem[]) => Promise<void>;
}
