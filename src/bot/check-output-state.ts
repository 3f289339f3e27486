/**
 * The parsed facts of a check output in card data (the "what were you calling?" prompt sends
 * them back with the request). They come back from the client, so they are parsed as
 * untrusted input: bounded sizes, names of a permission's shape, known kinds only.
 */
import { OUTPUT_KINDS, type ConsentScope, type OutputFacts, type OutputKind } from '../check-outputs/model.js';
import { isRecord } from '../shared/is-record.js';
import { InvalidActionData } from './follow-up-state.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,79}$/;
const MAX_LIST = 60;

function fail(why: string): never {
  throw new InvalidActionData(`output facts: ${why}`);
}

function names(v: unknown, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > MAX_LIST || !v.every((x) => typeof x === 'string' && NAME.test(x))) fail(what);
  return v as string[];
}

function shortText(v: unknown, max: number, what: string): string | undefined {
  if (v === undefined) return undefined;
  return typeof v === 'string' && v.length <= max ? v : fail(what);
}

export function encodeOutputFacts(f: OutputFacts): Record<string, unknown> {
  const wire: Record<string, unknown> = { k: f.kind };
  if (f.permissions.length > 0) wire.p = f.permissions.slice(0, MAX_LIST).map((p) => [p.name, p.kind === 'application' ? 'a' : 'd', p.consent === 'all-users' ? 'A' : p.consent === 'one-user' ? 'U' : '']);
  if (f.unnamed) wire.u = f.unnamed;
  if (f.otherApis) wire.o = f.otherApis;
  if (f.cut) wire.c = 1;
  if (f.signIn) wire.s = { e: f.signIn.errorCode, r: f.signIn.failureReason, ca: f.signIn.caStatus, f: f.signIn.failedPolicies.slice(0, 5).map((p) => [p.name, p.controls]), a: f.signIn.appOnly };
  if (f.licenses) wire.l = { s: f.licenses.skus, p: f.licenses.plans };
  if (f.mailbox) wire.m = { f: f.mailbox.found, t: f.mailbox.type };
  if (f.exchange) wire.x = { r: f.exchange.roles, i: f.exchange.inScope, s: f.exchange.scoped };
  return wire;
}

function count(v: unknown): number {
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10000 ? v : fail('count');
}

export function parseOutputFacts(raw: unknown): OutputFacts {
  if (!isRecord(raw)) fail('missing');
  const kind = OUTPUT_KINDS.includes(raw.k as OutputKind) ? (raw.k as OutputKind) : fail('kind');
  if (raw.p !== undefined && (!Array.isArray(raw.p) || raw.p.length > MAX_LIST)) fail('permissions');
  const permissions = ((raw.p ?? []) as unknown[]).map((e) => {
    if (!Array.isArray(e) || e.length !== 3 || typeof e[0] !== 'string' || !NAME.test(e[0]) || (e[1] !== 'a' && e[1] !== 'd') || !['A', 'U', ''].includes(e[2] as string)) fail('permission');
    const consent: ConsentScope | undefined = e[2] === 'A' ? 'all-users' : e[2] === 'U' ? 'one-user' : undefined;
    return { name: e[0] as string, kind: e[1] === 'a' ? ('application' as const) : ('delegated' as const), consent };
  });
  const facts: { -readonly [K in keyof OutputFacts]: OutputFacts[K] } = { kind, permissions, unnamed: count(raw.u), otherApis: count(raw.o), cut: raw.c === 1 };
  if (raw.s !== undefined) {
    if (!isRecord(raw.s)) fail('sign-in');
    const s = raw.s;
    if (s.e !== undefined && (typeof s.e !== 'number' || !Number.isInteger(s.e) || s.e < 0 || s.e > 9_999_999)) fail('error code');
    if (s.f !== undefined && (!Array.isArray(s.f) || s.f.length > 5)) fail('policies');
    const failedPolicies = ((s.f ?? []) as unknown[]).map((p) => {
      if (!Array.isArray(p) || p.length !== 2) fail('policy');
      if (!Array.isArray(p[1]) || p[1].length > 6) fail('controls');
      return { name: shortText(p[0], 120, 'policy name') ?? '', controls: (p[1] as unknown[]).map((c) => shortText(c, 60, 'control') ?? '') };
    });
    if (s.a !== undefined && typeof s.a !== 'boolean') fail('app-only');
    facts.signIn = { errorCode: s.e as number | undefined, failureReason: shortText(s.r, 200, 'reason'), caStatus: shortText(s.ca, 40, 'ca status'), failedPolicies, appOnly: s.a as boolean | undefined };
  }
  if (raw.l !== undefined) {
    if (!isRecord(raw.l)) fail('licenses');
    facts.licenses = { skus: names(raw.l.s, 'skus'), plans: raw.l.p === undefined ? undefined : names(raw.l.p, 'plans') };
  }
  if (raw.m !== undefined) {
    if (!isRecord(raw.m) || typeof raw.m.f !== 'boolean') fail('mailbox');
    facts.mailbox = { found: raw.m.f, type: shortText(raw.m.t, 60, 'mailbox type') };
  }
  if (raw.x !== undefined) {
    if (!isRecord(raw.x) || typeof raw.x.s !== 'boolean') fail('exchange');
    let inScope: Record<string, boolean> | undefined;
    if (raw.x.i !== undefined) {
      if (!isRecord(raw.x.i)) fail('in scope');
      const entries = Object.entries(raw.x.i);
      if (entries.length > MAX_LIST || !entries.every(([k, v]) => NAME.test(k) && typeof v === 'boolean')) fail('in scope');
      inScope = Object.fromEntries(entries) as Record<string, boolean>;
    }
    facts.exchange = { roles: names(raw.x.r, 'roles'), inScope, scoped: raw.x.s };
  }
  return facts;
}
