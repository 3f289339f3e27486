/**
 * Makes a check's commands ready to copy: every {placeholder} the paste (or its token) can fill
 * is filled, and each one it cannot is named plainly so the reader knows what to look up.
 * Pure. Only values of a strict shape (GUIDs, an HTTP method, an ISO time, a path without
 * quotes or spaces) are ever put into a command, so pasted text cannot smuggle PowerShell in.
 */
import type { Check, Situation } from './cause.js';
import type { Facts } from './facts.js';
import { CALLERS, inAdviceOrder } from './situations.js';

export interface PasteValues {
  readonly method?: string;
  /** Graph path without host, version or query, e.g. /users/{id}/sendMail. */
  readonly path?: string;
  readonly apiVersion?: 'v1.0' | 'beta';
  readonly appId?: string;
  readonly tenantId?: string;
  readonly correlationId?: string;
  readonly requestId?: string;
  /** When the call failed, ISO 8601 UTC. */
  readonly timestamp?: string;
  /** The object id of the user or mailbox the call was about. */
  readonly userObjectId?: string;
  readonly situations?: readonly Situation[];
  /** False when only the caller is known, not the paste's setups (see advice.ts). */
  readonly setupKnown?: boolean;
}

export interface FilledCheck extends Check {
  /** What the paste did not carry and the reader has to put in, e.g. "{sp-object-id}: the object id of …". */
  readonly toFill: readonly string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const METHOD = /^(?:GET|POST|PUT|PATCH|DELETE)$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** Path characters a Graph URL template uses; no quotes, spaces, semicolons or backticks. */
const SAFE_PATH = /^\/[A-Za-z0-9/{}._@:$=,()-]{1,300}$/;

export function isGuid(v: unknown): v is string {
  return typeof v === 'string' && GUID.test(v);
}

/** A path that may go into a command: a Graph path template or path, no quotes or spaces. */
export function isSafePath(v: unknown): v is string {
  return typeof v === 'string' && SAFE_PATH.test(v);
}

function guid(v: string | undefined): string | undefined {
  return isGuid(v) ? v.toLowerCase() : undefined;
}

interface Placeholder {
  /** Said when the paste does not carry it. */
  readonly explain: string;
  readonly value?: (v: PasteValues) => string | undefined;
}

/** Every placeholder a check may use. Anything else in braces (Graph's {id}) is left alone. */
const PLACEHOLDERS: Readonly<Record<string, Placeholder>> = {
  'app-id': { explain: "your app's application (client) id (Entra ID > App registrations > your app > Overview)", value: (v) => guid(v.appId) },
  'tenant-id': { explain: 'your directory (tenant) id', value: (v) => guid(v.tenantId) },
  'correlation-id': { explain: 'the Correlation ID of the failed sign-in (not the Trace ID)', value: (v) => guid(v.correlationId) },
  'request-id': { explain: 'the request-id header of the failed Graph response', value: (v) => guid(v.requestId) },
  timestamp: { explain: 'when the call failed, in UTC (for example 2026-11-24T07:45:31Z)', value: (v) => (v.timestamp && ISO_TIME.test(v.timestamp) ? v.timestamp : undefined) },
  method: { explain: 'the HTTP method of the failing call', value: (v) => (v.method && METHOD.test(v.method) ? v.method : undefined) },
  'request-path': { explain: 'the path of the failing call without host and version, for example /users/{id}', value: (v) => (isSafePath(v.path) ? v.path : undefined) },
  'api-version': { explain: 'v1.0 or beta, as in the failing URL', value: (v) => v.apiVersion },
  upn: { explain: "the user's sign-in name or object id", value: (v) => guid(v.userObjectId) },
  mailbox: { explain: 'the address of the mailbox the call was for', value: (v) => guid(v.userObjectId) },
  'user-object-id': { explain: "the user's object id (Entra ID > Users > the user > Overview)", value: (v) => guid(v.userObjectId) },
  'admin-object-id': { explain: 'the object id of the administrator who signed in' },
  'sp-object-id': { explain: "the object id of your app's service principal (Entra ID > Enterprise apps > your app > Overview; not the one under App registrations)" },
  'site-id': { explain: 'the SharePoint site id (GET /sites/{hostname}:/{site-path} returns it)' },
  'api-app-id': { explain: "your own API's application id or Application ID URI (its App registration > Expose an API)" },
  'scope-name': { explain: 'a name for the management scope, for example "App mailboxes"' },
  'policy-name': { explain: 'a name for the Teams application access policy, for example "Meeting app"' },
  'group-dn': { explain: 'the distinguished name of a mail-enabled group holding the mailboxes the app may use ((Get-Group "the group").DistinguishedName)' },
};

const BRACED = /\{([a-z][a-z-]{0,30})\}/g;

/** Fills what it can in one text; adds the names it could not fill to `missing`. */
export function fillText(text: string, values: PasteValues, missing: Set<string>): string {
  return text.replace(BRACED, (whole, name: string) => {
    const p = PLACEHOLDERS[name];
    if (!p) return whole;
    const value = p.value?.(values);
    if (value !== undefined) return value;
    missing.add(name);
    return whole;
  });
}

export function fillCheck(check: Check, values: PasteValues): FilledCheck {
  const missing = new Set<string>();
  const verify: Record<string, string> = {};
  for (const [k, text] of Object.entries(check.verify)) if (typeof text === 'string') verify[k] = fillText(text, values, missing);
  const fix = fillText(check.fix, values, missing);
  const toFill = [...missing].map((name) => `{${name}}: ${PLACEHOLDERS[name]?.explain ?? name}`);
  return { ...check, verify, fix, toFill };
}

export function fillChecks(checks: readonly Check[], values: PasteValues): FilledCheck[] {
  return checks.map((c) => fillCheck(c, values));
}

/** "/v1.0/users/abc/messages?$top=1" → { version: 'v1.0', path: '/users/abc/messages' }. */
export function splitGraphPath(url: string): { path?: string; apiVersion?: 'v1.0' | 'beta' } {
  const noHost = url.replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const m = /^\/(v1\.0|beta)(\/.*)?$/i.exec(noHost);
  if (m) return { apiVersion: (m[1] ?? '').toLowerCase() === 'beta' ? 'beta' : 'v1.0', path: m[2] || undefined };
  return { path: noHost.startsWith('/') ? noHost : undefined };
}

/** An ISO time with Z and no fraction, from the paste's own date when it has one. */
function isoTimestamp(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})/.exec(date);
  return m ? `${m[1]}T${m[2]}Z` : undefined;
}

export interface Audience {
  /** In a group chat the token's claims stay private, so ids read from the token are not used. */
  readonly group: boolean;
}

/** The values a paste's facts offer; the paste's own text first, its token second. */
export function valuesFromFacts(f: Facts, audience: Audience): PasteValues {
  const claims = audience.group ? undefined : f.token?.claims;
  // The permission template ("/users/{id}") finds the command even when the path holds an id.
  const split = f.url ? splitGraphPath(f.url) : {};
  return {
    method: f.method,
    path: f.permission?.template ?? split.path,
    apiVersion: split.apiVersion,
    appId: f.ids?.appId ?? claims?.appid,
    tenantId: f.ids?.tenantId ?? claims?.tid,
    correlationId: f.ids?.correlationId,
    requestId: f.requestId,
    timestamp: isoTimestamp(f.date),
    userObjectId: f.ids?.userObjectId,
    situations: f.situations,
  };
}

/** The few facts a card button carries (see the bot's follow-up state), read structurally. */
export interface CarriedValues {
  readonly request?: string;
  readonly requestId?: string;
  readonly date?: string;
  readonly correlationId?: string;
  readonly appId?: string;
  readonly tenantId?: string;
  readonly userObjectId?: string;
  /** The endpoint's path template from Microsoft's data (/users/{id}), when the paste had one. */
  readonly template?: string;
  /** The paste's situations, when the card carries them. */
  readonly situations?: readonly Situation[];
}

function callerOf(context: string): Situation[] {
  return context === 'app-only' ? ['app-only'] : context === 'delegated' ? ['delegated'] : [];
}

/**
 * Values from what a follow-up card still has, so later steps fill the same commands as the
 * first answer: the request ("GET /v1.0/users/…"), its template, the ids, the date and the
 * situations. Who calls follows the walkthrough's context (an answer may have settled it).
 */
export function valuesFromCarried(carried: CarriedValues, context: string): PasteValues {
  const m = /^(GET|POST|PUT|PATCH|DELETE) (\S{1,400})/.exec(carried.request ?? '');
  const split = m?.[2] ? splitGraphPath(m[2]) : {};
  const caller = callerOf(context);
  const situations = carried.situations
    ? inAdviceOrder([...carried.situations.filter((s) => !CALLERS.has(s)), ...(caller.length > 0 ? caller : carried.situations.filter((s) => CALLERS.has(s)))])
    : caller;
  return {
    method: m?.[1],
    path: carried.template ?? split.path,
    apiVersion: split.apiVersion,
    appId: carried.appId,
    tenantId: carried.tenantId,
    correlationId: carried.correlationId,
    requestId: carried.requestId,
    timestamp: isoTimestamp(carried.date),
    userObjectId: carried.userObjectId,
    situations,
    setupKnown: carried.situations !== undefined,
  };
}

/**
 * A fresh reading (a token checked later, with only the carried facts as its paste) completed by
 * what the walkthrough carried: each value the fresh one lacks comes from the carried one, and
 * the setups of both count (the carried paste said more than its few facts do).
 */
export function withCarried(fresh: PasteValues, carried: PasteValues): PasteValues {
  const out: Record<string, unknown> = { ...carried };
  for (const [k, v] of Object.entries(fresh)) if (v !== undefined) out[k] = v;
  const freshCaller = (fresh.situations ?? []).filter((s) => CALLERS.has(s));
  const callers = freshCaller.length > 0 ? freshCaller : (carried.situations ?? []).filter((s) => CALLERS.has(s));
  const setups = [...(fresh.situations ?? []), ...(carried.situations ?? [])].filter((s) => !CALLERS.has(s));
  return { ...(out as PasteValues), situations: inAdviceOrder([...setups, ...callers]), setupKnown: fresh.setupKnown !== false || carried.setupKnown !== false };
}
