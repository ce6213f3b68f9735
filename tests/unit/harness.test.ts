// Checks of the real-HTTP test harness itself: the Connector double, the Teams driver and
// a botbuilder round trip proving the double speaks the wire format botbuilder uses.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TeamsInfo } from 'botbuilder';
import { startConnectorDouble, cardsOf, textOf, type ConnectorDouble } from '../harness/connector-double.js';
import { createTeamsDriver, type TeamsDriver } from '../harness/teams-driver.js';
import type { ActivityJson } from '../harness/teams-activities.js';
import { startBotServer, type BotServer } from '../harness/bot-server.js';

const CHANNEL = '19:kanaal@thread.tacv2';

async function postJson(url: string, body: unknown, method = 'POST'): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown), headers: res.headers };
}

const activitiesUrl = (double: ConnectorDouble, conversationId: string): string =>
  `${double.url}/v3/conversations/${encodeURIComponent(conversationId)}/activities`;

describe('connector double', () => {
  let double: ConnectorDouble;
  before(async () => {
    double = await startConnectorDouble();
  });
  after(async () => {
    await double.close();
  });
  const say = (text: string, conversationId = CHANNEL) => postJson(activitiesUrl(double, conversationId), { type: 'message', text });

  test('records a posted activity and answers with an id', async () => {
    double.clear();
    const card = { type: 'AdaptiveCard', version: '1.5', body: [] };
    const res = await postJson(activitiesUrl(double, CHANNEL), {
      type: 'message',
      text: 'hallo',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
    assert.equal(res.status, 201);
    const { id } = res.body as { id: string };
    const [delivered] = double.activities();
    assert.ok(delivered);
    assert.deepEqual([delivered.id, delivered.conversationId, textOf(delivered)], [id, CHANNEL, 'hallo']);
    assert.deepEqual(cardsOf(delivered), [card]);
    assert.equal(double.calls()[0]?.path, `/v3/conversations/${CHANNEL}/activities`);

    const update = await postJson(`${activitiesUrl(double, CHANNEL)}/${id}`, { type: 'message', text: 'bijgewerkt' }, 'PUT');
    assert.deepEqual([update.status, update.body], [200, { id }]);
    assert.equal(double.updates()[0]?.text, 'bijgewerkt');
    const created = await postJson(`${double.url}/v3/conversations`, { isGroup: true, channelData: {} });
    assert.deepEqual(created.body, { id: 'new-conv-2', activityId: '2' });
    assert.equal(double.createdConversations().length, 1);
  });

  test('respondWith answers 429 with Retry-After the given number of times, then normally', async () => {
    double.clear();
    double.respondWith({ method: 'POST', path: /\/activities$/, times: 2, status: 429, headers: { 'Retry-After': '3' } });
    const answers = [await say('a'), await say('b'), await say('c')];
    assert.deepEqual(answers.map((a) => a.status), [429, 429, 201]);
    assert.equal(answers[0]?.headers.get('retry-after'), '3');
    assert.deepEqual(double.activities().map((a) => a.text), ['c']);
    assert.equal(double.rejected().length, 2);
  });

  test('a delay rule holds the answer back', async () => {
    double.clear();
    double.respondWith({ method: 'POST', delayMs: 150 });
    const started = Date.now();
    assert.equal((await say('traag')).status, 201);
    assert.ok(Date.now() - started >= 140, 'answer came too early');
  });

  test('Teams limits reject the 8th post within a second on one conversation only', async () => {
    double.clear();
    double.enforceTeamsLimits(true);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await say(`${i}`)).status);
      statuses.push((await say('elders', '19:ander@thread.tacv2')).status);
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 201, 201, 429, 201]);
      assert.equal(double.activities().length, 8);
      assert.deepEqual(double.rejected().map((c) => [c.conversationId, c.rejectedBy]), [[CHANNEL, 'rate-limit']]);
    } finally {
      double.enforceTeamsLimits(false);
    }
  });

  test('member look-ups answer from the roster and 404 unknown users', async () => {
    double.addMember({ id: '29:anna', name: 'Anna de Vries', aadObjectId: 'aad-anna', email: 'anna@gemeente.nl' });
    double.addMember({ id: '29:bram', name: 'Bram Jansen', aadObjectId: 'aad-bram' });
    const base = `${double.url}/v3/conversations/${encodeURIComponent('19:team@thread.tacv2')}`;
    const byId = (await (await fetch(`${base}/members/${encodeURIComponent('29:anna')}`)).json()) as { email: string };
    assert.equal(byId.email, 'anna@gemeente.nl');
    const byAad = (await (await fetch(`${base}/members/aad-bram`)).json()) as { name: string };
    assert.equal(byAad.name, 'Bram Jansen');
    const missing = await fetch(`${base}/members/${encodeURIComponent('29:niemand')}`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'MemberNotFoundInConversation');
    const page = (await (await fetch(`${base}/pagedmembers?pageSize=1`)).json()) as { members: unknown[]; continuationToken?: string };
    assert.equal(page.members.length, 1);
    assert.equal(page.continuationToken, '1');
  });

  test('waitFor resolves with matches and rejects listing what arrived', async () => {
    double.clear();
    const waiting = double.waitFor((a) => a.text === 'later');
    await say('eerder');
    await say('later');
    assert.equal((await waiting).length, 1);
    await assert.rejects(double.waitFor((a) => a.text === 'nooit', 50), /Received 2 activities:[\s\S]*"eerder"/);
  });
});

describe('teams driver', () => {
  let capture: BotServer;
  const received: ActivityJson[] = [];
  let seenAuth: unknown;
  before(async () => {
    capture = await startBotServer(async (req, res) => {
      seenAuth = req.headers['authorization'];
      received.push(req.body as unknown as ActivityJson);
      res.status(200);
      res.send({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'ok' });
      res.end();
    });
  });
  after(async () => {
    await capture.close();
  });

  test('say posts a Teams channel message mentioning the bot and others', async () => {
    const driver = createTeamsDriver({ botUrl: capture.url, serviceUrl: 'http://connector.test', tenantId: 'tenant-x', bot: { id: '28:bot', name: 'Planner' } });
    const anna = driver.user('Anna', { aadObjectId: 'aad-anna' });
    const bram = driver.user('Bram', { aadObjectId: 'aad-bram' });
    const res = await driver.say(anna, 'nieuw project', { mentions: [bram] });
    assert.equal(res.status, 200);
    const activity = received.at(-1);
    assert.ok(activity);
    assert.deepEqual([activity.type, activity['text']], ['message', '<at>Planner</at> nieuw project <at>Bram</at>']);
    const entities = activity['entities'] as Array<{ type: string; mentioned?: { id: string } }>;
    assert.deepEqual(entities.filter((e) => e.type === 'mention').map((e) => e.mentioned?.id), ['28:bot', '29:aad-bram']);
    assert.deepEqual(activity.from, { id: '29:aad-anna', name: 'Anna', aadObjectId: 'aad-anna' });
    assert.deepEqual(activity.channelData['tenant'], { id: 'tenant-x' });
    assert.equal(activity.conversation.conversationType, 'channel');
    assert.deepEqual([activity.serviceUrl, activity.locale], ['http://connector.test', 'nl-NL']);
  });

  test('execute, submit, membersAdded and bearer tokens', async () => {
    const driver = createTeamsDriver({ botUrl: capture.url, serviceUrl: 'http://connector.test' });
    const anna = driver.user('Anna', { aadObjectId: 'aad-anna' });
    const invoke = await driver.execute(anna, 'saveStep', { step: 1 }, { replyToId: '42', authorization: 'abc' });
    assert.deepEqual(invoke.body, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'ok' });
    assert.equal(seenAuth, 'Bearer abc');
    assert.deepEqual(received.at(-1)?.['value'], { action: { type: 'Action.Execute', verb: 'saveStep', data: { step: 1 } }, trigger: 'manual' });
    assert.equal(received.at(-1)?.replyToId, '42');
    await driver.submit(anna, { choice: 'ja' });
    assert.deepEqual([received.at(-1)?.['value'], received.at(-1)?.['text']], [{ choice: 'ja' }, undefined]);
    await driver.say(anna, 'hoi', { personal: true });
    assert.deepEqual([received.at(-1)?.conversation.conversationType, received.at(-1)?.['text']], ['personal', 'hoi']);
    await driver.membersAdded(['bot', anna]);
    const update = received.at(-1);
    assert.deepEqual([update?.type, update?.channelData['eventType']], ['conversationUpdate', 'teamMemberAdded']);
    assert.deepEqual(update?.['membersAdded'], [{ id: driver.context.bot.id }, { id: anna.id, aadObjectId: 'aad-anna' }]);
  });
});

describe('botbuilder round trip through the double', () => {
  let double: ConnectorDouble;
  let bot: BotServer;
  let driver: TeamsDriver;
  const turnErrors: string[] = [];
  let incomingId: string | undefined;
  before(async () => {
    double = await startConnectorDouble();
    double.addMember({ id: '29:aad-anna', name: 'Anna de Vries', aadObjectId: 'aad-anna', email: 'anna@gemeente.nl' });
    // No MicrosoftAppId: inbound auth is off and outbound calls carry no token.
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    adapter.onTurnError = async (_context, error) => {
      turnErrors.push(String(error));
    };
    bot = await startBotServer((req, res) =>
      adapter.process(req, res, async (context) => {
        incomingId = context.activity.id;
        const member = await TeamsInfo.getMember(context, context.activity.from.id);
        const sent = await context.sendActivity(`Je bent ${member.name} (${member.email})`);
        await context.updateActivity({ type: 'message', id: sent?.id, text: 'bijgewerkt' });
        // Without replyToId botbuilder posts to the conversation instead of replying to the incoming activity.
        await context.adapter.sendActivities(context, [{ type: 'message', text: 'los bericht', conversation: context.activity.conversation }]);
      }),
    );
    driver = createTeamsDriver({ botUrl: bot.url, serviceUrl: double.url });
  });
  after(async () => {
    await bot.close();
    await double.close();
  });

  test('getMember, sendActivity, updateActivity and sendToConversation hit the expected paths', async () => {
    double.clear();
    const anna = driver.user('Anna', { aadObjectId: 'aad-anna' });
    assert.equal((await driver.say(anna, 'wie ben ik')).status, 200);
    const [answer] = await double.waitFor((a) => a.text?.startsWith('Je bent') === true);
    assert.equal(answer?.text, 'Je bent Anna de Vries (anna@gemeente.nl)');
    assert.equal(answer?.replyToId, incomingId);
    assert.equal(double.updates()[0]?.text, 'bijgewerkt');
    const { team, channel } = driver.context;
    assert.deepEqual(double.calls().map((c) => `${c.method} ${c.path} ${c.status}`), [
      `GET /v3/conversations/${team.id}/members/29:aad-anna 200`,
      `POST /v3/conversations/${channel.id}/activities/${incomingId} 201`,
      `PUT /v3/conversations/${channel.id}/activities/${answer?.id} 200`,
      `POST /v3/conversations/${channel.id}/activities 201`,
    ]);
    assert.deepEqual(turnErrors, []);
  });

  test('botbuilder retries a 429 with Retry-After itself, and surfaces one without', async () => {
    double.clear();
    const anna = driver.user('Anna', { aadObjectId: 'aad-anna' });
    double.respondWith({ method: 'POST', status: 429, headers: { 'Retry-After': '0' } });
    await driver.say(anna, 'eerste');
    assert.deepEqual(double.calls().filter((c) => c.method === 'POST').map((c) => c.status), [429, 201, 201]);
    assert.deepEqual(turnErrors, []);
    double.respondWith({ method: 'POST', status: 429 });
    await driver.say(anna, 'tweede');
    assert.equal(turnErrors.length, 1);
    assert.match(turnErrors[0] ?? '', /429/);
  });
});
