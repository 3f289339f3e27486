/**
 * A cheap look at the inbound Authorization header before botbuilder sees it. botbuilder decodes
 * an unverified token and acts on its claims before checking the signature (it remembers issuer
 * strings for every new `tid`, see issuer-list.ts), so what reaches it is bounded here: the
 * Bearer scheme, three base64url parts of sane length, a JSON header naming an algorithm the Bot
 * Framework signs with, a JSON payload whose `tid` and `iss`, when present, look like a tenant id
 * and a URL. A header that passes is still fully validated by botbuilder; one that fails is a 401.
 */
import { AuthenticationConstants } from 'botframework-connector';

/** Channel tokens are about 1.5 KB; a header past this is not one. */
export const MAX_BEARER_CHARS = 8192;
const MAX_JOSE_HEADER_CHARS = 1024;
/** An RSA signature of a 8192-bit key is 1,366 base64url characters. */
const MAX_SIGNATURE_CHARS = 1400;
const MAX_ISSUER_CHARS = 256;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function jsonObject(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why the header cannot be a Bot Framework bearer token, or undefined when it might be one. */
export function bearerProblem(header: string): string | undefined {
  if (header.length > MAX_BEARER_CHARS) return 'too long';
  if (!header.startsWith('Bearer ')) return 'not a Bearer token';
  const parts = header.slice('Bearer '.length).split('.');
  if (parts.length !== 3) return 'not three parts';
  const [head = '', payload = '', signature = ''] = parts;
  if (!parts.every((p) => BASE64URL.test(p))) return 'not base64url';
  if (head.length > MAX_JOSE_HEADER_CHARS || signature.length > MAX_SIGNATURE_CHARS) return 'a part is too long';
  const jose = jsonObject(head);
  if (!jose || typeof jose.alg !== 'string' || !AuthenticationConstants.AllowedSigningAlgorithms.includes(jose.alg)) return 'not a signing algorithm the Bot Framework uses';
  const claims = jsonObject(payload);
  if (!claims) return 'no JSON claims';
  if (claims.tid !== undefined && (typeof claims.tid !== 'string' || !GUID.test(claims.tid))) return 'tid is not a tenant id';
  if (claims.iss !== undefined && (typeof claims.iss !== 'string' || claims.iss.length > MAX_ISSUER_CHARS)) return 'iss is not an issuer';
  return undefined;
}
