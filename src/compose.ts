import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppDeps } from './kernel/deps';
import { createTeamsAdapter } from './platform/teams/adapter';
import { createBotApplication } from './platform/teams/application';
import { ProactiveSender } from './platform/teams/proactive-sender';
import { turnErrorHandler } from './platform/teams/turn-error';
import { createTokenGate } from './platform/teams/token-gate';
import type { AppConfig } from './config';
import type { Clock } from './kernel/clock';
import { describeError, type Logger } from './kernel/log';
import { Outbox } from './platform/outbox';
import { cardsDirectory } from './platform/cards/paths';
import { Scheduler } from './platform/scheduler/scheduler';
import { stepJobHandlers } from './engine';
import { ALL_CARD_ACTIONS, ALL_COMMANDS } from './features';
import { commandTable } from './platform/command-table';
import { askOrganisationIfMissing, turnLanguages, welcomeReplies, type ProjectRequest } from './project';
import type { Language } from './kernel/language';
import { INPUT_KINDS, STEP_MODULES } from './steps';
import { startServer } from './server';
import { openStore } from './platform/store/open-store';
import type { DocumentStore } from './platform/store/port';
import { loadCardRenderer } from './platform/cards/card-renderer';

export interface RunningBot {
  readonly port: number;
  readonly store: DocumentStore;
  readonly scheduler: Scheduler;
  readonly outbox: Outbox;
  stop(): Promise<void>;
}

export interface ComposeOptions {
  readonly config: AppConfig;
  readonly log: Logger;
  /** Tests pass their own clock or store; production uses the real ones. */
  readonly clock?: Clock;
  readonly store?: DocumentStore;
  readonly host?: string;
  /** False in tests that drive the scheduler and outbox by hand (with a fake clock). */
  readonly timers?: boolean;
}

const OUTBOX_INTERVAL_MS = 2000;

/** Wiring only: store → use cases → cards → bot → HTTP server, plus the scheduler and the outbox. */
export async function startBot(options: ComposeOptions): Promise<RunningBot> {
  const { config, log } = options;
  const clock = options.clock ?? (() => new Date());
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const store = options.store ?? (await openStore(config.store));
  const cards = loadCardRenderer(cardsDirectory());
  const adapter = createTeamsAdapter(config.bot, turnErrorHandler(log));
  const outbox = new Outbox({ store, clock, log, owner, sender: new ProactiveSender(adapter, config.bot.appId, log, clock) });

  // The scheduler and the use cases need each other: use cases queue jobs, jobs run use cases.
  const jobHandlers: ConstructorParameters<typeof Scheduler>[0]['handlers'] = {};
  const scheduler = new Scheduler({ store, clock, log, owner, handlers: jobHandlers });
  const deps: AppDeps = { store, clock, newId: randomUUID, jobs: scheduler, inputKinds: INPUT_KINDS };
  Object.assign(jobHandlers, stepJobHandlers({ deps, cards, enqueue: (items) => outbox.enqueue(items), steps: STEP_MODULES }));
  for (const step of STEP_MODULES) Object.assign(jobHandlers, step.jobHandlers?.({ deps, cards, enqueue: (items) => outbox.enqueue(items) }));

  const env = { deps, cards, log, post: (items: Parameters<Outbox['enqueue']>[0]) => outbox.enqueue(items), commands: commandTable(ALL_COMMANDS), steps: STEP_MODULES };
  const features = {
    cardActions: ALL_CARD_ACTIONS,
    followUp: askOrganisationIfMissing,
    welcome: welcomeReplies,
    languages: (request: ProjectRequest, hint: Language, turnDeps: AppDeps) => turnLanguages(turnDeps, request, hint),
  };
  const app = createBotApplication(env, features, adapter, config.bot.appId);
  const tokenGate = config.bot.appId
    ? createTokenGate({
        ...(config.bot.openIdMetadataUrl ? { metadataUrl: config.bot.openIdMetadataUrl } : {}),
        onKeyFetchFailure: (error, retryInMs) => log.warn('bot framework signing keys not fetched', { ...describeError(error), retryInMs }),
      })
    : undefined;
  const server = await startServer({ adapter, app, store, log, ...(tokenGate ? { tokenGate } : {}) }, config.port, options.host);
  if (options.timers !== false) {
    await scheduler.start();
    outbox.start(OUTBOX_INTERVAL_MS);
  }
  return {
    port: server.port,
    store,
    scheduler,
    outbox,
    async stop() {
      await server.close();
      await scheduler.stop();
      await outbox.stop();
      await store.close();
    },
  };
}
