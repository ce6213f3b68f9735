import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { SigningKeys, type FetchJson } from '../../src/platform/teams/signing-keys';

const METADATA = 'https://keys.example/metadata';
const jwk = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }), kid: 'k1' };

/** A key endpoint that fails while `down` is set, counting every fetch; and a clock moved by hand. */
function setUp(): { keys: SigningKeys; fetches: () => number; setDown: (down: boolean) => void; later: (ms: number) => void } {
  let now = 1_000_000;
  let down = true;
  let fetches = 0;
  const fetch: FetchJson = async (url) => {
    fetches += 1;
    if (down) throw new Error('getaddrinfo ENOTFOUND keys.example');
    return url === METADATA ? { jwks_uri: 'https://keys.example/jwks' } : { keys: [jwk] };
  };
  const keys = new SigningKeys(METADATA, fetch, () => now);
  return { keys, fetches: () => fetches, setDown: (d) => { down = d; }, later: (ms) => { now += ms; } };
}

describe('the Bot Framework signing keys: cached, and fetched again only after a back-off', () => {
  it('answers unavailable without fetching during the back-off, which doubles per failure', async () => {
    const { keys, fetches, later } = setUp();
    assert.equal((await keys.lookup('k1')).kind, 'unavailable');
    assert.equal(fetches(), 1);
    for (let i = 0; i < 100; i += 1) assert.equal((await keys.lookup('k1')).kind, 'unavailable');
    assert.equal(fetches(), 1, 'no fetch per request');
    later(10_000);
    await keys.lookup('k1');
    assert.equal(fetches(), 2, 'after 10 s one more try');
    later(10_000);
    await keys.lookup('k1');
    assert.equal(fetches(), 2, 'the second back-off is 20 s');
    later(10_000);
    await keys.lookup('k1');
    assert.equal(fetches(), 3);
  });

  it('keeps fetched keys for a day; an unknown key id fetches again at most every 5 minutes', async () => {
    const { keys, fetches, setDown, later } = setUp();
    setDown(false);
    assert.equal((await keys.lookup('k1')).kind, 'key');
    assert.equal(fetches(), 2, 'the metadata, then the keys');
    for (let i = 0; i < 50; i += 1) assert.equal((await keys.lookup('k1')).kind, 'key');
    assert.equal(fetches(), 2);
    for (let i = 0; i < 50; i += 1) assert.equal((await keys.lookup(`forged-${i}`)).kind, 'unknownKey');
    assert.equal(fetches(), 2, 'forged key ids cause no fetches within 5 minutes');
    later(5 * 60_000);
    await keys.lookup('another-forged');
    assert.equal(fetches(), 4, 'then one refresh');
    setDown(true);
    later(24 * 3600_000);
    assert.equal((await keys.lookup('k1')).kind, 'key', 'a failed refresh keeps the keys from before');
  });

  it('shares one fetch between requests that arrive together', async () => {
    const { keys, fetches, setDown } = setUp();
    setDown(false);
    const answers = await Promise.all(Array.from({ length: 20 }, () => keys.lookup('k1')));
    assert.deepEqual([...new Set(answers.map((a) => a.kind))], ['key']);
    assert.equal(fetches(), 2);
  });
});
