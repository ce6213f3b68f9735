import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type RunningBot } from '../../src/compose';
import { loadConfig } from '../../src/config';
import type { Clock } from '../../src/kernel/clock';
import { createLogger } from '../../src/kernel/log';
import type { DocumentStore } from '../../src/platform/store/port';
import { startConnectorDouble, type ConnectorDouble } from './connector-double';
import { createTeamsDriver, type TeamsDriver, type TeamsDriverOptions } from './teams-driver';

export interface BotUnderTest {
  readonly bot: RunningBot;
  readonly url: string;
  readonly connector: ConnectorDouble;
  readonly teams: TeamsDriver;
  readonly sqlitePath: string;
  readonly dataDir: string;
  /** Every structured log line the bot wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export interface BotUnderTestOptions {
  readonly env?: Record<string, string>;
  readonly clock?: Clock;
  readonly store?: DocumentStore;
  readonly driver?: Partial<Omit<TeamsDriverOptions, 'botUrl' | 'serviceUrl'>>;
  /** Reuse a folder (and so its SQLite file) from an earlier run, to test a restart or a second instance. */
  readonly dataDir?: string;
  /** False: the scheduler and outbox do not run on their own; the test ticks and drains them. */
  readonly timers?: boolean;
}

/** The real server on a random port, a temporary SQLite file and a connector double to answer to. */
export async function startBotUnderTest(options: BotUnderTestOptions = {}): Promise<BotUnderTest> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'veiligheidsplanner-e2e-'));
  const sqlitePath = join(dataDir, 'store.db');
  const config = loadConfig({ PORT: '0', SQLITE_PATH: sqlitePath, LOG_LEVEL: 'debug', ...options.env });
  const logs: Record<string, unknown>[] = [];
  const log = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const connector = await startConnectorDouble();
  const bot = await startBot({
    config,
    log,
    host: '127.0.0.1',
    ...(options.timers === undefined ? {} : { timers: options.timers }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.store ? { store: options.store } : {}),
  });
  const url = `http://127.0.0.1:${bot.port}`;
  const teams = createTeamsDriver({ botUrl: url, serviceUrl: connector.url, ...options.driver });
  return {
    bot,
    url,
    connector,
    teams,
    sqlitePath,
    dataDir,
    logs,
    async stop() {
      await bot.stop();
      await connector.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
