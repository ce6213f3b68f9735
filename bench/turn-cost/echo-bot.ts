// The floor: a bare botbuilder echo bot behind the same restify server (body parser, route) and the
// same adapter settings as the bot (local unauthenticated mode), so what it costs is what HTTP and
// the framework cost alone. It answers a card's Action.Execute with a one-line card echoing the
// description, and a message with its text. Run by bench/turn-cost/main.ts from its compiled copy.
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(_context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const data = (invokeValue.action.data ?? {}) as { description?: unknown };
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `echo: ${String(data.description ?? '')}`, wrap: true }] };
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}

function main(): void {
  const settings = { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings)));
  const bot = new EchoBot();
  const server = restify.createServer({ name: 'echo' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024 }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`echo luistert op http://localhost:${port}/api/messages\n`);
  });
  const stop = (): void => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main();
