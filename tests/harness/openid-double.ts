// Plays the Bot Framework's OpenID metadata and key endpoints locally, and signs tokens like it.
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface OpenIdDouble {
  readonly metadataUrl: string;
  /** Requests for the metadata document so far. */
  readonly metadataFetches: () => number;
  /** Answer every request with this status (e.g. 500) instead of the documents; undefined: answer normally. */
  failWith(status: number | undefined): void;
  close(): Promise<void>;
}

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An RS256 JWT with the given claims, signed with `key` and naming `kid` (which may be another key's). */
export function signedToken(key: SigningKey, claims: Record<string, unknown>, kid = key.kid): string {
  const head = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${head}.${sign('RSA-SHA256', Buffer.from(head), key.privateKey).toString('base64url')}`;
}

/** Claims as the Bot Connector puts them in a token for the bot `appId`. */
export function channelClaims(appId: string, serviceUrl: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 };
}

export async function startOpenIdDouble(published: readonly SigningKey[]): Promise<OpenIdDouble> {
  let metadataFetches = 0;
  let failure: number | undefined;
  let base = '';
  const server: Server = createServer((req, res) => {
    if (req.url === '/metadata') metadataFetches += 1;
    if (failure !== undefined) {
      // Separate calls: an instrumented http module need not return the response from writeHead.
      res.writeHead(failure);
      res.end('keys are having a bad day');
      return;
    }
    const body =
      req.url === '/metadata'
        ? { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : req.url === '/keys'
          ? { keys: published.map((k) => ({ ...k.publicKey.export({ format: 'jwk' }), kid: k.kid, use: 'sig', endorsements: ['msteams'] })) }
          : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(body ? JSON.stringify(body) : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/metadata`,
    metadataFetches: () => metadataFetches,
    failWith: (status) => {
      failure = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
