/**
 * Decodes a pasted access token (decode only: jose, no signature check, no network) and judges
 * the claims that decide a Microsoft Graph call. Graph tokens cannot be signature-checked by
 * anyone but Graph (the header nonce is transformed before signing), so no verdict here is
 * about the signature. The clock is injected so that a token can be judged at its paste time.
 */
import { decodeJwt, decodeProtectedHeader, errors as joseErrors } from 'jose';
import type { TokenCandidate } from './find.js';
import { classifyAudience, isAdminRole, isGuestRole, PERSONAL_ACCOUNT_TENANT, roleName, type Audience } from './claims.js';

export type TokenKind = 'delegated' | 'app-only' | 'none' | 'unknown';
export type CheckVerdict = 'ok' | 'warn' | 'fail' | 'info';

export interface TokenCheck {
  readonly id: 'lifetime' | 'audience' | 'tenant' | 'version' | 'token-type' | 'admin-roles' | 'claims-challenge' | 'form';
  readonly verdict: CheckVerdict;
  /** The claim(s) the check looked at, e.g. "exp / nbf". */
  readonly claim: string;
  /** One line: what the value means for this call. */
  readonly reason: string;
}

/** The claims worth showing: diagnostic only, no names, e-mail addresses or signature. */
export interface DiagnosticClaims {
  readonly aud?: string;
  readonly iss?: string;
  readonly tid?: string;
  readonly appid?: string;
  readonly app_displayname?: string;
  readonly idtyp?: string;
  readonly scp?: string;
  readonly roles?: readonly string[];
  readonly wids?: readonly string[];
  readonly ver?: string;
  readonly exp?: number;
  readonly nbf?: number;
  readonly iat?: number;
  readonly xms_cc?: readonly string[];
  readonly amr?: readonly string[];
  readonly acct?: number;
}

export interface TokenReport {
  /** 'claims-request': not a token but the base64 claims of a Conditional Access / CAE challenge. */
  readonly form: 'jwt' | 'payload-only' | 'encrypted' | 'opaque' | 'malformed' | 'claims-request';
  /** Human description of the form, e.g. "a JWT access token (v1.0) split over several lines". */
  readonly description: string;
  readonly claims: DiagnosticClaims;
  readonly kind: TokenKind;
  readonly audience?: Audience;
  readonly permissions: readonly string[];
  readonly expired: boolean;
  readonly notYetValid: boolean;
  /** Expired longer ago than any access token lives, and the paste does not say when the call failed. */
  readonly expiredLongAgo?: boolean;
  readonly personalAccount: boolean;
  readonly guest: boolean;
  readonly idToken: boolean;
  readonly adminRoles: readonly string[];
  readonly joinedLines: boolean;
  readonly checks: readonly TokenCheck[];
}

export interface InspectOptions {
  readonly now: Date;
  /**
   * When the pasted error happened, if the paste says (innerError date, AADSTS Timestamp, Date
   * header). exp and nbf are judged at that moment: a paste read later has always "expired".
   */
  readonly errorTime?: Date;
  /** Tolerated clock difference, seconds (Graph and most validators allow 5 minutes). */
  readonly skewSeconds?: number;
}

const DEFAULT_SKEW = 300;

type Payload = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function strList(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'string' && v.length > 0) return [v];
  return undefined;
}

function pickClaims(p: Payload): DiagnosticClaims {
  const claims: Record<string, unknown> = {
    aud: Array.isArray(p.aud) ? str(p.aud[0]) : str(p.aud),
    iss: str(p.iss),
    tid: str(p.tid),
    appid: str(p.appid) ?? str(p.azp),
    app_displayname: str(p.app_displayname),
    idtyp: str(p.idtyp),
    scp: str(p.scp),
    roles: strList(p.roles),
    wids: strList(p.wids),
    ver: str(p.ver),
    exp: num(p.exp),
    nbf: num(p.nbf),
    iat: num(p.iat),
    xms_cc: strList(p.xms_cc),
    amr: strList(p.amr),
    acct: num(p.acct),
  };
  for (const k of Object.keys(claims)) if (claims[k] === undefined) delete claims[k];
  return claims as DiagnosticClaims;
}

/** ISO time without milliseconds, e.g. 2026-11-24T07:45:31Z. */
export function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "4 h 14 min", "12 min", "45 s". */
export function humanDuration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 120) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.round(h / 24)} days`;
}

function tokenKind(c: DiagnosticClaims, p: Payload): TokenKind {
  if (c.idtyp === 'app') return 'app-only';
  if (c.scp) return 'delegated';
  if (c.idtyp === 'user') return 'delegated';
  if (c.roles && c.roles.length > 0) return 'app-only';
  // An app-only token minted without any role still has no user: oid === sub and no user claims.
  if (str(p.oid) && str(p.oid) === str(p.sub) && !str(p.upn) && !str(p.preferred_username) && !str(p.unique_name)) return 'none';
  return 'unknown';
}

interface Lifetime {
  readonly check: TokenCheck;
  readonly expired: boolean;
  readonly notYetValid: boolean;
  /** Expired longer ago than any access token lives, with no time of the error to judge it at. */
  readonly expiredLongAgo?: boolean;
}

/**
 * No access token lives longer than 28 hours (60-90 minutes by default; CAE-aware sessions up to
 * 28 hours): https://learn.microsoft.com/entra/identity-platform/configurable-token-lifetimes.
 * A token that expired longer ago than that, in a paste that does not say when the call failed,
 * says more about the age of the paste than about the failure.
 */
const LONGEST_ACCESS_TOKEN_LIFETIME_SEC = 28 * 3600;

function lifetimeNow(c: DiagnosticClaims, nowSec: number, skew: number): Lifetime {
  if (c.exp !== undefined && nowSec > c.exp + LONGEST_ACCESS_TOKEN_LIFETIME_SEC) {
    return {
      expired: false,
      notYetValid: false,
      expiredLongAgo: true,
      check: { id: 'lifetime', verdict: 'warn', claim: 'exp', reason: `Expired ${humanDuration(nowSec - c.exp)} ago (exp ${isoSeconds(c.exp)}), longer ago than any access token lives. The paste does not say when the call failed: if the error is as old as the token, expiry was not its cause; if this token is still in use, get a new one before each call.` },
    };
  }
  if (c.exp !== undefined && nowSec > c.exp + skew) {
    return {
      expired: true,
      notYetValid: false,
      check: { id: 'lifetime', verdict: 'fail', claim: 'exp', reason: `Expired ${humanDuration(nowSec - c.exp)} ago (exp ${isoSeconds(c.exp)}). Get a new token; MSAL refreshes it for you when you call it before every request.` },
    };
  }
  if (c.nbf !== undefined && c.nbf > nowSec + skew) {
    return {
      expired: false,
      notYetValid: true,
      check: { id: 'lifetime', verdict: 'fail', claim: 'nbf', reason: `Not valid until ${isoSeconds(c.nbf)}, ${humanDuration(c.nbf - nowSec)} from now: the clock of the machine that checks it is behind. Sync its time (NTP).` },
    };
  }
  if (c.exp !== undefined && nowSec > c.exp) {
    return { expired: false, notYetValid: false, check: { id: 'lifetime', verdict: 'warn', claim: 'exp', reason: `Expired ${humanDuration(nowSec - c.exp)} ago, inside the 5-minute clock tolerance; it will be refused any moment.` } };
  }
  if (c.exp === undefined) {
    return { expired: false, notYetValid: false, check: { id: 'lifetime', verdict: 'warn', claim: 'exp', reason: 'No exp claim: this is not a normal Microsoft identity platform access token.' } };
  }
  return { expired: false, notYetValid: false, check: { id: 'lifetime', verdict: 'ok', claim: 'exp / nbf', reason: `Valid now; expires ${isoSeconds(c.exp)} (in ${humanDuration(c.exp - nowSec)}).` } };
}

/** The same judgement at the moment the error happened, saying how "now" differs. */
function lifetimeAtError(c: DiagnosticClaims, errSec: number, nowSec: number, skew: number): Lifetime {
  const at = isoSeconds(errSec);
  const expiredNow = c.exp !== undefined && nowSec > c.exp + skew;
  if (c.exp !== undefined && errSec > c.exp + skew) {
    return {
      expired: true,
      notYetValid: false,
      check: { id: 'lifetime', verdict: 'fail', claim: 'exp', reason: `Had already expired when the call failed (${at}): exp ${isoSeconds(c.exp)}, ${humanDuration(errSec - c.exp)} earlier. Get a new token from MSAL before each request instead of reusing a cached one.` },
    };
  }
  if (c.nbf !== undefined && c.nbf > errSec + skew) {
    const since = c.nbf <= nowSec ? ' (it is valid now)' : '';
    return {
      expired: false,
      notYetValid: true,
      check: { id: 'lifetime', verdict: 'fail', claim: 'nbf', reason: `Was not valid yet when the call failed (${at}): nbf ${isoSeconds(c.nbf)}, ${humanDuration(c.nbf - errSec)} later${since}. The clock of the machine that checked it was behind; sync its time (NTP).` },
    };
  }
  if (c.exp === undefined) return lifetimeNow(c, nowSec, skew);
  if (expiredNow) {
    return {
      expired: false,
      notYetValid: false,
      check: { id: 'lifetime', verdict: 'info', claim: 'exp / nbf', reason: `Valid when the call failed (${at}; exp ${isoSeconds(c.exp)}). It has expired since, ${humanDuration(nowSec - c.exp)} ago, so expiry did not cause this error.` },
    };
  }
  return { expired: false, notYetValid: false, check: { id: 'lifetime', verdict: 'ok', claim: 'exp / nbf', reason: `Valid when the call failed (${at}) and still valid now; expires ${isoSeconds(c.exp)}.` } };
}

function lifetimeCheck(c: DiagnosticClaims, nowSec: number, skew: number, errSec: number | undefined): Lifetime {
  if (errSec === undefined) return lifetimeNow(c, nowSec, skew);
  // An error older than the token cannot be this token's error: judge it now, and say why.
  const issued = c.iat ?? c.nbf;
  if (issued !== undefined && errSec < issued - skew) {
    const now = lifetimeNow(c, nowSec, skew);
    return { ...now, check: { ...now.check, reason: `Issued ${isoSeconds(issued)}, after the error's time (${isoSeconds(errSec)}): not the token of that call. Judged now: ${now.check.reason}` } };
  }
  return lifetimeAtError(c, errSec, nowSec, skew);
}

/** wids lists directory role template ids; absent, it says nothing about the user's roles. */
function adminRolesCheck(wids: readonly string[] | undefined, adminRoles: readonly string[]): TokenCheck {
  if (wids === undefined) {
    return { id: 'admin-roles', verdict: 'info', claim: 'wids', reason: 'No wids claim: the token does not say which directory roles the user holds. Check the user\'s role assignments instead.' };
  }
  if (adminRoles.length > 0) return { id: 'admin-roles', verdict: 'info', claim: 'wids', reason: `The user holds: ${adminRoles.join(', ')}.` };
  const unnamed = wids.filter((w) => roleName(w) === undefined);
  if (unnamed.length > 0) {
    return { id: 'admin-roles', verdict: 'info', claim: 'wids', reason: `wids lists ${unnamed.length} role id(s) this check cannot name (${unnamed.join(', ')}); look them up before concluding the user holds no administrator role.` };
  }
  return { id: 'admin-roles', verdict: 'info', claim: 'wids', reason: 'The user holds no administrator role: delegated calls can do only what this user may do.' };
}

function audienceCheck(audience: Audience | undefined, idToken: boolean): TokenCheck {
  if (idToken) return { id: 'audience', verdict: 'fail', claim: 'aud', reason: 'This is an ID token (it proves a sign-in to your app); Graph needs an access token requested for https://graph.microsoft.com.' };
  if (!audience) return { id: 'audience', verdict: 'warn', claim: 'aud', reason: 'No aud claim: Graph cannot accept it.' };
  if (audience.kind === 'microsoft-graph') return { id: 'audience', verdict: 'ok', claim: 'aud', reason: `Issued for Microsoft Graph (${audience.value}).` };
  return { id: 'audience', verdict: 'fail', claim: 'aud', reason: `Issued for ${audience.name} (${audience.value}), not for Microsoft Graph: request the token with the scope https://graph.microsoft.com/.default or a Graph permission.` };
}

function kindCheck(kind: TokenKind, c: DiagnosticClaims): TokenCheck {
  switch (kind) {
    case 'delegated':
      return { id: 'token-type', verdict: 'info', claim: 'scp', reason: `Delegated (a signed-in user): scp = ${c.scp ?? '(empty)'}. Only delegated permissions count for this token.` };
    case 'app-only':
      return c.roles && c.roles.length > 0
        ? { id: 'token-type', verdict: 'info', claim: 'roles', reason: `App-only (no user): roles = ${c.roles.join(', ')}. Only application permissions count for this token.` }
        : { id: 'token-type', verdict: 'fail', claim: 'roles', reason: 'App-only (no user) but without any roles: no application permission has been granted (admin consent) to this app for Microsoft Graph.' };
    case 'none':
      return { id: 'token-type', verdict: 'fail', claim: 'scp / roles', reason: 'Neither scp nor roles: the token carries no permission at all, so Graph answers "Either scp or roles claim need to be present".' };
    case 'unknown':
      return { id: 'token-type', verdict: 'warn', claim: 'scp / roles / idtyp', reason: 'Cannot tell whether it is delegated or app-only: no scp, roles or idtyp claim.' };
  }
}

function describeForm(form: TokenReport['form'], c: DiagnosticClaims, joined: boolean): string {
  const ver = c.ver ? ` (v${c.ver})` : '';
  const base =
    form === 'payload-only' ? `the payload segment of an access token${ver}` : form === 'jwt' ? `a JWT access token${ver}` : form;
  return joined ? `${base}, pasted across several lines` : base;
}

function decodedReport(form: 'jwt' | 'payload-only', payload: Payload, candidate: TokenCandidate, options: InspectOptions): TokenReport {
  const c = pickClaims(payload);
  const nowSec = Math.floor(options.now.getTime() / 1000);
  const skew = options.skewSeconds ?? DEFAULT_SKEW;
  const kind = tokenKind(c, payload);
  const audience = c.aud ? classifyAudience(c.aud) : undefined;
  // ID tokens: no scp/roles, audience is the client itself, and they carry sign-in only claims.
  const idToken =
    !c.scp && !c.roles && !c.idtyp && (str(payload.nonce) !== undefined || str(payload.at_hash) !== undefined || str(payload.c_hash) !== undefined) && audience?.kind === 'own-api';
  const permissions = kind === 'delegated' ? (c.scp ?? '').split(/\s+/).filter(Boolean) : [...(c.roles ?? [])];
  const personalAccount = c.tid?.toLowerCase() === PERSONAL_ACCOUNT_TENANT || /\/9188040d-6c67-4c5b-b112-36a304b66dad\b/i.test(c.iss ?? '');
  const wids = c.wids ?? [];
  const guest = c.acct === 1 || wids.some(isGuestRole);
  const adminRoles = wids.filter(isAdminRole).map((w) => roleName(w) ?? w);

  const errSec = options.errorTime ? Math.floor(options.errorTime.getTime() / 1000) : undefined;
  const life = lifetimeCheck(c, nowSec, skew, errSec !== undefined && Number.isFinite(errSec) ? errSec : undefined);
  const checks: TokenCheck[] = [life.check, audienceCheck(audience, idToken)];
  checks.push(
    personalAccount
      ? { id: 'tenant', verdict: 'fail', claim: 'tid', reason: 'Personal Microsoft account (consumer tenant 9188040d-…): most Graph APIs accept only work or school accounts.' }
      : guest
        ? { id: 'tenant', verdict: 'warn', claim: 'acct / wids', reason: 'A guest in this tenant: guests see far less of the directory than members unless the tenant allows it.' }
        : { id: 'tenant', verdict: 'info', claim: 'tid', reason: c.tid ? `Work or school tenant ${c.tid}.` : 'No tid claim.' },
  );
  checks.push(kindCheck(kind, c));
  checks.push({
    id: 'version',
    verdict: 'info',
    claim: 'ver',
    reason: c.ver === '2.0' ? 'v2.0 token (issued by login.microsoftonline.com/…/v2.0).' : c.ver === '1.0' ? 'v1.0 token (issued by sts.windows.net); Graph issues v1.0 tokens, which is normal.' : 'No ver claim.',
  });
  if (kind === 'delegated') {
    checks.push(adminRolesCheck(c.wids, adminRoles));
    const cp1 = (c.xms_cc ?? []).some((v) => v.toLowerCase() === 'cp1');
    checks.push({
      id: 'claims-challenge',
      verdict: 'info',
      claim: 'xms_cc',
      reason: cp1 ? 'The client declared it handles claims challenges (cp1): expect 401 insufficient_claims under Conditional Access and retry with the claims.' : 'The client did not declare claims-challenge support (no xms_cc cp1).',
    });
  }
  return {
    form,
    description: describeForm(form, c, candidate.joinedLines),
    claims: c,
    kind,
    audience,
    permissions,
    expired: life.expired,
    notYetValid: life.notYetValid,
    expiredLongAgo: life.expiredLongAgo === true,
    personalAccount,
    guest,
    idToken,
    adminRoles,
    joinedLines: candidate.joinedLines,
    checks,
  };
}

function problemReport(form: TokenReport['form'], candidate: TokenCandidate, reason: string, description: string): TokenReport {
  return {
    form,
    description,
    claims: {},
    kind: 'unknown',
    permissions: [],
    expired: false,
    notYetValid: false,
    personalAccount: false,
    guest: false,
    idToken: false,
    adminRoles: [],
    joinedLines: candidate.joinedLines,
    checks: [
      form === 'claims-request'
        ? { id: 'claims-challenge', verdict: 'info', claim: 'claims', reason }
        : { id: 'form', verdict: form === 'opaque' ? 'warn' : 'fail', claim: '(whole token)', reason },
    ],
  };
}

/** The JSON of a claims challenge ({"access_token":{"nbf":…}}): claims requests, not token claims. */
const CLAIMS_REQUEST_KEYS = new Set(['access_token', 'id_token', 'userinfo']);
function isClaimsRequest(p: Payload): boolean {
  const keys = Object.keys(p);
  return keys.length > 0 && keys.every((k) => CLAIMS_REQUEST_KEYS.has(k));
}

function looksLikePayload(p: Payload): boolean {
  return ['aud', 'iss', 'exp', 'tid', 'scp', 'roles', 'appid', 'azp'].some((k) => k in p);
}

/** Inspects one candidate found by findTokens. Never throws. */
export function inspectToken(candidate: TokenCandidate, options: InspectOptions): TokenReport {
  const { raw } = candidate;
  switch (candidate.shape) {
    case 'jwe':
      return problemReport('encrypted', candidate, 'Encrypted (5-part JWE): only its intended resource can read it. Microsoft Graph tokens are not encrypted, so this token was not issued for Graph.', 'an encrypted token (JWE)');
    case 'opaque':
      return raw.startsWith('Ew')
        ? problemReport('opaque', candidate, 'Not a JWT: an opaque token like this is what personal Microsoft accounts (outlook.com, hotmail.com) receive. Work-or-school-only APIs reject it.', 'an opaque token (likely a personal Microsoft account)')
        : problemReport('opaque', candidate, 'Not a JWT, so its claims cannot be read here. If it is a personal Microsoft account token, work-or-school-only APIs reject it.', 'an opaque (non-JWT) token');
    case 'malformed':
      return problemReport('malformed', candidate, `Not a well-formed JWT: it has ${raw.split('.').length} dot-separated parts instead of 3. Something cut or joined it; Graph answers "CompactToken parsing failed" or "JWT is not well formed".`, 'a malformed token');
    case 'payload-only':
    case 'jws':
      break;
  }
  try {
    if (candidate.shape === 'payload-only') {
      // jose decodes the claims set; an empty "{}" header stands in for the one not pasted.
      const payload = decodeJwt(`e30.${raw}.`) as Payload;
      if (isClaimsRequest(payload)) {
        return problemReport('claims-request', candidate, 'Not a token: the claims value of a claims challenge (Conditional Access or Continuous Access Evaluation). Pass it, decoded, to the next token request; nothing was damaged.', 'a claims challenge (not a token)');
      }
      if (!looksLikePayload(payload)) {
        return problemReport('malformed', candidate, 'Decodes to JSON but carries no token claims (aud, iss, exp…): perhaps the header segment was pasted instead of the payload.', 'a token segment without claims');
      }
      return decodedReport('payload-only', payload, candidate, options);
    }
    decodeProtectedHeader(raw);
    const payload = decodeJwt(raw) as Payload;
    return decodedReport('jwt', payload, candidate, options);
  } catch (error) {
    const why =
      error instanceof joseErrors.JWTInvalid || error instanceof joseErrors.JOSEError
        ? 'its segments are not valid base64url JSON'
        : 'it could not be decoded';
    return problemReport('malformed', candidate, `Looks like a JWT but ${why}: it was probably cut short, wrapped or edited. Graph answers "CompactToken parsing failed" for such a token.`, 'a damaged token');
  }
}
