/**
 * Access tokens minted at test time with jose (never committed). Shaped like Microsoft Graph
 * tokens: a header nonce, v1.0 claims, scp for delegated and roles for app-only tokens.
 */
import { generateKeyPair, SignJWT, type JWTPayload } from 'jose';

export const NOW = new Date('2026-11-24T12:00:00Z');
export const NOW_S = Math.floor(NOW.getTime() / 1000);
export const TENANT = '11111111-2222-4333-8444-555555555555';
export const APP = '99999999-8888-4777-8666-555555555555';

let keyPromise: ReturnType<typeof generateKeyPair> | undefined;

function key() {
  keyPromise ??= generateKeyPair('RS256', { extractable: true });
  return keyPromise;
}

export interface TokenOptions {
  readonly claims?: JWTPayload & Record<string, unknown>;
  /** Seconds relative to NOW. */
  readonly issuedAt?: number;
  readonly lifetime?: number;
}

export async function mintToken(options: TokenOptions = {}): Promise<string> {
  const iat = NOW_S + (options.issuedAt ?? -600);
  const exp = iat + (options.lifetime ?? 4800);
  const payload = {
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${TENANT}/`,
    iat,
    nbf: iat,
    exp,
    tid: TENANT,
    appid: APP,
    app_displayname: 'Test App',
    ver: '1.0',
    ...options.claims,
  };
  const { privateKey } = await key();
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', nonce: 'test-nonce', kid: 'test-kid' }).sign(privateKey);
}

export function delegated(scp: string, extra: Record<string, unknown> = {}): TokenOptions {
  return { claims: { scp, idtyp: 'user', upn: 'ada@contoso.example', name: 'Ada Lovelace', oid: 'a1', sub: 's1', wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'], ...extra } };
}

export function appOnly(roles: string[] | undefined, extra: Record<string, unknown> = {}): TokenOptions {
  return { claims: { ...(roles ? { roles } : {}), idtyp: 'app', oid: 'o1', sub: 'o1', ...extra } };
}

/** The middle segment alone: what a careful user pastes. */
export function payloadOf(token: string): string {
  return token.split('.')[1] ?? '';
}
