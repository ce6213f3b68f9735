import { startBot } from './compose';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './kernel/log';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const bot = await startBot({ config, log });
  const where = config.store.kind === 'sqlite' ? `SQLite ${config.store.path}` : `Cosmos DB ${config.store.endpoint}`;
  const lines = [
    `Veiligheidsplanner luistert op http://localhost:${bot.port}/api/messages (gereed ${Math.round(process.uptime() * 1000)} ms na de start, opslag: ${where}).`,
    config.bot.appId
      ? `Bot Framework-authenticatie staat aan (app-id ${config.bot.appId}).`
      : 'Lokale modus zonder authenticatie / local unauthenticated mode: alleen voor ontwikkelen en testen.',
    `Praat met de bot: open een tweede terminal en start "npm run playground" (Microsoft 365 Agents Playground).`,
    `Talk to the bot: in a second terminal run "npm run playground". Stoppen / stop: Ctrl+C.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const shutdown = (signal: string): void => {
    log.info('stopping', { signal });
    bot.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Veiligheidsplanner kon niet starten / could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
