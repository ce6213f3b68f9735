import { verify } from 'node:crypto';
import { SigningKeys, type FetchJson } from './signing-keys';

/** Where the Bot Framework publishes its keys: for tokens from the Teams channel, and from Entra ID (emulator style). */
export const CHANNEL_OPENID_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
export const ENTRA_OPENID_METADATA_URL = 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration';
const CHANNEL_ISSUER = 'https://api.botframework.com';

export type GateVerdict = 'pass' | 'unauthorized' | 'unavailable';

export interface TokenGate {
  check(authorization: string | undefined): Promise<GateVerdict>;
}

export interface TokenGateOptions {
  /** One address for both kinds of token (tests, sovereign clouds); absent: the public cloud's two. */
  readonly metadataUrl?: string;
  readonly fetch?: FetchJson;
  readonly onKeyFetchFailure?: (error: unknown, retryInMs: number) => void;
}

const base64url = (part: string): Buffer => Buffer.from(part, 'base64url');

function parseJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(base64url(part).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a request's bearer token before botbuilder sees it: an RS256 JWT signed by a key the Bot
 * Framework publishes. Forged tokens stop here with a 401 and cost no fetch beyond the cached keys;
 * when the keys cannot be had at all the answer is "unavailable" (503). Botbuilder then checks the
 * claims (audience, issuer, expiry, endorsements) of what passed.
 */
export function createTokenGate(options: TokenGateOptions = {}): TokenGate {
  const keySets = new Map<string, SigningKeys>();
  const keysAt = (url: string): SigningKeys => {
    let keys = keySets.get(url);
    if (!keys) {
      keys = new SigningKeys(url, options.fetch, Date.now, options.onKeyFetchFailure);
      keySets.set(url, keys);
    }
    return keys;
  };
  return {
    async check(authorization) {
      const token = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization?.trim() ?? '');
      if (!token) return 'unauthorized';
      const [, headerPart = '', payloadPart = '', signaturePart = ''] = token;
      const header = parseJson(headerPart);
      const payload = parseJson(payloadPart);
      if (!header || !payload || header.alg !== 'RS256' || typeof header.kid !== 'string') return 'unauthorized';
      const url = options.metadataUrl ?? (payload.iss === CHANNEL_ISSUER ? CHANNEL_OPENID_METADATA_URL : ENTRA_OPENID_METADATA_URL);
      const found = await keysAt(url).lookup(header.kid);
      if (found.kind === 'unavailable') return 'unavailable';
      if (found.kind === 'unknownKey') return 'unauthorized';
      const signed = Buffer.from(`${headerPart}.${payloadPart}`, 'utf8');
      return verify('RSA-SHA256', signed, found.key, base64url(signaturePart)) ? 'pass' : 'unauthorized';
    },
  };
}
