import './compile-cache';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { createLogger } from './kernel/log';
import { startTelemetry } from './platform/telemetry';

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
  const telemetry = await startTelemetry(config.appInsightsConnectionString, log);
  // Loaded after telemetry has started, so restify, botbuilder and the Azure SDKs are instrumented.
  const { startBot } = await import('./compose.js');
  const bot = await startBot({ config, log });
  const where = config.store.kind === 'sqlite' ? `SQLite ${config.store.path}` : `Cosmos DB ${config.store.endpoint}`;
  const lines = [
    `Veiligheidsplanner luistert op http://localhost:${bot.port}/api/messages (gereed ${Math.round(process.uptime() * 1000)} ms na de start, opslag: ${where}).`,
    ...authLines(config),
    `Praat met de bot: open een tweede terminal en start "npm run playground" (Microsoft 365 Agents Playground).`,
    `Talk to the bot: in a second terminal run "npm run playground". Stoppen / stop: Ctrl+C.`,
  ];
  if (!config.bot.appId) log.warn('local unauthenticated mode: Bot Framework tokens are not checked');
  process.stdout.write(`${lines.join('\n')}\n`);

  const shutdown = (signal: string): void => {
    log.info('stopping', { signal });
    bot
      .stop()
      .then(() => telemetry?.flush())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

/** Without an app id anyone who reaches the port can speak as any Teams user: say so where it cannot be missed. */
function authLines(config: AppConfig): string[] {
  if (config.bot.appId) return [`Bot Framework-authenticatie staat aan (app-id ${config.bot.appId}).`];
  const rule = '!'.repeat(100);
  return [
    rule,
    '!! Lokale modus zonder authenticatie / local unauthenticated mode: alleen voor ontwikkelen en testen.',
    '!! Iedereen die deze poort bereikt, kan berichten sturen als elke Teams-gebruiker. Zet MicrosoftAppId voor echt gebruik.',
    '!! Anyone who can reach this port can post as any Teams user. Set MicrosoftAppId (and NODE_ENV=production) for real use.',
    rule,
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`Veiligheidsplanner kon niet starten / could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
