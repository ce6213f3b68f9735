import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBotUnderTest, type BotUnderTest } from '../harness/bot-under-test';
import { channelClaims, newSigningKey, signedToken, startOpenIdDouble, type OpenIdDouble } from '../harness/openid-double';
import { messageActivity } from '../harness/teams-activities';

const APP_ID = '5d7a1b2c-0000-4000-8000-00000000b0b0';
const published = newSigningKey('published-key');
const forger = newSigningKey('forgers-own-key');

describe('Bot Framework tokens with credentials set (forged tokens, keys that cannot be had)', () => {
  let openId: OpenIdDouble;
  let bot: BotUnderTest;
  const post = (authorization: string | undefined) => {
    const user = bot.teams.user('Marieke de Vries', { aadObjectId: 'e3a2b1c8-fb91-410b-9adb-40b497fa4a13' });
    return bot.teams.post(messageActivity(bot.teams.context, user, 'nieuw project Gekaapt', {}), authorization === undefined ? {} : { authorization });
  };
  /** Nothing reached a handler: no turn was logged, nothing was said and no project stored. */
  const nothingHandled = async (): Promise<void> => {
    assert.deepEqual(bot.logs.filter((l) => l.message === 'turn'), []);
    assert.equal(bot.connector.activities().length, 0);
    assert.deepEqual(await bot.bot.store.list('', 'project'), []);
  };

  before(async () => {
    openId = await startOpenIdDouble([published]);
    bot = await startBotUnderTest({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant', BOT_OPENID_METADATA_URL: openId.metadataUrl },
    });
  });
  after(async () => {
    await bot?.stop();
    await openId?.close();
  });

  it('answers 503 without internals while the keys cannot be fetched, and backs off instead of fetching per request', async () => {
    openId.failWith(500);
    const forged = signedToken(forger, channelClaims(APP_ID, bot.connector.url), published.kid);
    for (let i = 0; i < 5; i += 1) {
      const answer = await post(forged);
      assert.equal(answer.status, 503);
      assert.deepEqual(answer.body, { error: 'Service Unavailable' });
    }
    assert.equal(openId.metadataFetches(), 1, 'one fetch, then the back-off');
    assert.ok(bot.logs.some((l) => l.message === 'bot framework signing keys not fetched'), 'the failed fetch is logged');
    await nothingHandled();
    openId.failWith(undefined);
  });

  it('answers 401 to forged, foreign, malformed and missing tokens, fetching the keys once', async () => {
    // Past the first back-off (10 s) the keys are fetched again; a fresh gate is simpler than waiting.
    await bot.stop();
    bot = await startBotUnderTest({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant', BOT_OPENID_METADATA_URL: openId.metadataUrl },
    });
    const before = openId.metadataFetches();
    const claims = channelClaims(APP_ID, bot.connector.url);
    const tokens = {
      'signed by another key under the published key id': signedToken(forger, claims, published.kid),
      'signed by an unknown key': signedToken(forger, claims),
      'not signed (alg none)': `${Buffer.from('{"alg":"none","kid":"published-key"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`,
      'HS256 with the public key as secret': `${Buffer.from('{"alg":"HS256","kid":"published-key"}').toString('base64url')}.e30.c2ln`,
      'not a JWT': 'Bearer hello',
      'another scheme': 'Basic dXNlcjpwYXNz',
    };
    for (const [what, token] of Object.entries(tokens)) {
      const answer = await post(token);
      assert.equal(answer.status, 401, what);
      assert.deepEqual(answer.body, { error: 'Unauthorized' }, what);
    }
    const missing = await post(undefined);
    assert.equal(missing.status, 401);
    assert.equal(openId.metadataFetches() - before, 1, 'the keys are fetched once and kept');
    await nothingHandled();
  });

  it('lets a token signed with a published key through to botbuilder, which still checks its claims', async () => {
    const wrongAudience = signedToken(published, channelClaims('someone-elses-bot', bot.connector.url));
    const answer = await post(wrongAudience);
    assert.equal(answer.status, 401, 'botbuilder refuses a token for another bot');
    assert.deepEqual(answer.body, { error: 'Unauthorized' }, 'without its reasons');
    await nothingHandled();
  });
});
