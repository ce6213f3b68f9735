import { randomUUID } from 'node:crypto';
import type { AppDeps } from './app/deps';
import { createTeamsAdapter } from './bot/adapter';
import { createBotApplication } from './bot/application';
import { turnErrorHandler } from './bot/turn-error';
import type { AppConfig } from './config';
import type { Clock } from './domain/clock';
import type { Logger } from './log';
import { cardsDirectory } from './paths';
import { startServer } from './server';
import { openStore } from './store/open-store';
import type { DocumentStore } from './store/port';
import { loadCardRenderer } from './views/card-renderer';

export interface RunningBot {
  readonly port: number;
  readonly store: DocumentStore;
  stop(): Promise<void>;
}

export interface ComposeOptions {
  readonly config: AppConfig;
  readonly log: Logger;
  /** Tests pass their own clock or store; production uses the real ones. */
  readonly clock?: Clock;
  readonly store?: DocumentStore;
  readonly host?: string;
}

/** Wiring only: store → use-case deps → cards → bot → HTTP server. */
export async function startBot(options: ComposeOptions): Promise<RunningBot> {
  const { config, log } = options;
  const store = options.store ?? (await openStore(config.store));
  const deps: AppDeps = { store, clock: options.clock ?? (() => new Date()), newId: randomUUID };
  const cards = loadCardRenderer(cardsDirectory());
  const adapter = createTeamsAdapter(config.bot, turnErrorHandler(log));
  const app = createBotApplication({ deps, cards, log }, adapter, config.bot.appId);
  const server = await startServer({ adapter, app, store, log }, config.port, options.host);
  return {
    port: server.port,
    store,
    async stop() {
      await server.close();
      await store.close();
    },
  };
}
