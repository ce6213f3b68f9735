import { createTeamsAdapter } from '../src/bot/adapter';
import { startConnectorDouble } from '../tests/harness/connector-double';
import type { ConversationReference } from 'botbuilder';

async function main(): Promise<void> {
  const double = await startConnectorDouble();
  const adapter = createTeamsAdapter({ appType: 'MultiTenant' } as never, async () => { console.log('ONTURNERROR'); });
  const ref: Partial<ConversationReference> = { channelId: 'msteams', serviceUrl: double.url, conversation: { id: '19:abc@thread.tacv2', isGroup: true, conversationType: 'channel', tenantId: 't1', name: '' }, bot: { id: 'veiligheidsplanner', name: 'Veiligheidsplanner' } };
  const attempt = async (label: string, noRetry: boolean) => {
    const t0 = Date.now();
    let caught: unknown;
    await adapter.continueConversationAsync('', ref, async (ctx) => {
      if (noRetry) {
        const cc = ctx.turnState.get(ctx.adapter.ConnectorClientKey) as { client?: { pipeline?: { removePolicy(o: { name: string }): unknown[]; getOrderedPolicies(): { name: string }[] } } };
        if (label === 'plain') console.log(cc.client?.pipeline?.getOrderedPolicies().map((p) => p.name));
        const removed = cc.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
        if (label === 'plain') console.log('removed', removed?.length);
      }
      try { await ctx.sendActivity({ type: 'message', text: label }); } catch (e) { caught = e; }
    });
    if (caught === undefined) console.log(label, 'ok', Date.now() - t0);
    else {
      const err = caught as Record<string, unknown> & { response?: { headers?: { get?: (n: string) => unknown }; status?: number } };
      console.log(label, 'ERR', Date.now() - t0, 'ms', (caught as Error).name, (caught as Error).constructor.name, 'statusCode', err.statusCode, 'code', err.code, 'keys', Object.keys(err), 'resp.status', err.response?.status, 'retry-after', err.response?.headers?.get?.('retry-after'), 'msg', (caught as Error).message.slice(0, 100));
    }
    console.log('  calls', double.calls().map((c) => c.status).join(','));
    double.clear();
  };
  for (const noRetry of [false, true]) {
    console.log('---- noRetry', noRetry);
    await attempt('plain', noRetry);
    double.respondWith({ status: 403 }); await attempt('403', noRetry);
    double.respondWith({ status: 429, times: 5, headers: { 'retry-after': '1' } }); await attempt('429x5-ra1', noRetry);
    double.respondWith({ status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' } }); await attempt('429-date', noRetry);
    double.respondWith({ status: 504, times: 5 }); await attempt('504x5', noRetry);
    double.respondWith({ status: 412 }); await attempt('412', noRetry);
  }
  const url = double.url;
  await double.close();
  ref.serviceUrl = url;
  await attempt('conn-refused', true);
}
main().catch((e) => { console.error(e); process.exit(1); });
