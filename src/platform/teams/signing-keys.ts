import { createPublicKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/** How long fetched keys are trusted (the Bot Framework rotates them far less often). */
const KEYS_FRESH_MS = 24 * 60 * 60 * 1000;
/** A token with a key id we do not know asks for the keys again at most this often. */
const UNKNOWN_KEY_REFRESH_MS = 5 * 60 * 1000;
/** After a failed fetch nobody fetches again for this long, doubling per failure up to the maximum. */
const FIRST_BACK_OFF_MS = 10 * 1000;
const MAX_BACK_OFF_MS = 10 * 60 * 1000;
const FETCH_TIMEOUT_MS = 5000;

const metadataShape = z.object({ jwks_uri: z.string().regex(/^https?:\/\//) });
const keysShape = z.object({ keys: z.array(z.looseObject({ kid: z.string().optional(), kty: z.string().optional() })) });

export type KeyLookup = { readonly kind: 'key'; readonly key: KeyObject } | { readonly kind: 'unknownKey' } | { readonly kind: 'unavailable' };

export type FetchJson = (url: string) => Promise<unknown>;

/** Plain `fetch` with a time limit; a non-2xx answer is a failure like any other. */
export const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
  return response.json() as Promise<unknown>;
};

/**
 * The signing keys published behind one OpenID metadata address, fetched once and kept: every
 * request needs them, and a forged token must not make the bot fetch again. A failed fetch is not
 * repeated until its back-off has passed; meanwhile requests are answered as "unavailable" (or
 * with the keys from before, when there are any). Concurrent requests share one fetch.
 */
export class SigningKeys {
  private keys = new Map<string, KeyObject>();
  private fetchedAt: number | undefined;
  private lastAttempt = Number.NEGATIVE_INFINITY;
  private failures = 0;
  private retryAt = 0;
  private inFlight: Promise<void> | undefined;
  /** Fetch attempts so far: for the log and for tests that count them. */
  attempts = 0;

  constructor(
    private readonly metadataUrl: string,
    private readonly fetch: FetchJson = fetchJson,
    private readonly now: () => number = Date.now,
    private readonly onFailure: (error: unknown, retryInMs: number) => void = () => undefined,
  ) {}

  async lookup(keyId: string): Promise<KeyLookup> {
    const fresh = this.fetchedAt !== undefined && this.now() - this.fetchedAt < KEYS_FRESH_MS;
    const mayRefresh = this.now() >= this.retryAt && (!fresh || (!this.keys.has(keyId) && this.now() - this.lastAttempt >= UNKNOWN_KEY_REFRESH_MS));
    if (mayRefresh) await this.refresh();
    const key = this.keys.get(keyId);
    if (key) return { kind: 'key', key };
    return this.fetchedAt === undefined ? { kind: 'unavailable' } : { kind: 'unknownKey' };
  }

  private refresh(): Promise<void> {
    this.inFlight ??= this.load().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async load(): Promise<void> {
    this.attempts += 1;
    this.lastAttempt = this.now();
    try {
      const metadata = metadataShape.parse(await this.fetch(this.metadataUrl));
      const published = keysShape.parse(await this.fetch(metadata.jwks_uri));
      const keys = new Map<string, KeyObject>();
      for (const jwk of published.keys) {
        if (jwk.kty !== 'RSA' || !jwk.kid) continue;
        try {
          keys.set(jwk.kid, createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' }));
        } catch {
          // A key we cannot read signs nothing we accept.
        }
      }
      this.keys = keys;
      this.fetchedAt = this.now();
      this.failures = 0;
      this.retryAt = 0;
    } catch (error) {
      this.failures += 1;
      const backOff = Math.min(FIRST_BACK_OFF_MS * 2 ** (this.failures - 1), MAX_BACK_OFF_MS);
      this.retryAt = this.now() + backOff;
      this.onFailure(error, backOff);
    }
  }
}
