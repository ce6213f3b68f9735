// Fan-out through the outbox: N messages over C conversations to the connector double with the
// Teams limits on, via a real TeamsAdapter, ProactiveSender and SQLite store.
// Run: npx tsx bench/outbox-fanout.ts [messages=600] [conversations=10]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTeamsAdapter } from '../src/platform/teams/adapter';
import { ProactiveSender } from '../src/platform/teams/proactive-sender';
import { createLogger } from '../src/kernel/log';
import { Outbox, type OutboxItem } from '../src/platform/outbox';
import { openSqliteStore } from '../src/platform/store/sqlite/sqlite-store';
import { startConnectorDouble } from '../tests/harness/connector-double';

async function main(): Promise<void> {
  const messages = Number(process.argv[2] ?? 600);
  const conversations = Number(process.argv[3] ?? 10);
  const dir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-bench-'));
  const connector = await startConnectorDouble();
  connector.enforceTeamsLimits(true);
  const store = openSqliteStore(join(dir, 'outbox.db'));
  const log = createLogger('warn', (line) => process.stderr.write(`${line}\n`));
  const adapter = createTeamsAdapter({ appType: 'MultiTenant' }, async (_context, error) => {
    throw error;
  });
  const outbox = new Outbox({ store, clock: () => new Date(), sender: new ProactiveSender(adapter, undefined, log), log });
  const conversationId = (c: number): string => `19:bench-${c}@thread.tacv2`;
  const items: OutboxItem[] = Array.from({ length: messages }, (_, i) => ({
    id: `bench-${i}`,
    target: { serviceUrl: connector.url, conversationId: conversationId(i % conversations), tenantId: 'bench' },
    activity: { text: `Bench-bericht ${i}` },
  }));

  const started = Date.now();
  outbox.start(200);
  await outbox.enqueue(items);
  await connector.waitFor(() => true, 30 * 60_000, messages);
  const seconds = (Date.now() - started) / 1000;
  await outbox.stop();

  const delivered = connector.activities();
  const throttled = connector.rejected().filter((c) => c.rejectedBy === 'rate-limit').length;
  const inOrder = Array.from({ length: conversations }, (_, c) => {
    const numbers = delivered.filter((a) => a.conversationId === conversationId(c)).map((a) => Number(a.text?.split(' ')[1]));
    return numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? -1));
  }).every(Boolean);
  console.log(`machine: ${cpus().length} cores, Node ${process.version}`);
  console.log(`${delivered.length}/${messages} messages over ${conversations} conversations in ${seconds.toFixed(1)} s`);
  console.log(`overall: ${(delivered.length / seconds).toFixed(1)} msg/s`);
  for (let c = 0; c < conversations; c += 1) {
    const times = delivered.filter((a) => a.conversationId === conversationId(c)).map((a) => a.at);
    const span = ((Math.max(...times) - started) / 1000).toFixed(1);
    console.log(`  ${conversationId(c)}: ${times.length} in ${span} s = ${(times.length / Number(span)).toFixed(2)} msg/s`);
  }
  console.log(`429 (rate limit) answers: ${throttled}; HTTP requests: ${connector.calls().length}; order kept: ${inOrder}`);

  await store.close();
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
