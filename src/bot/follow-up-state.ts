/**
 * What a card button carries so the next step needs no conversation store: the ranking (ids,
 * points), the causes already walked through, the answers so far, and a few redacted facts for
 * the Q&A draft. It comes back from the client, so it is parsed as untrusted input: anything
 * malformed, oversized or unknown is rejected as a whole.
 */
import type { Situation, VerdictId } from '../diagnosis/cause.js';
import { isGuid, isSafePath } from '../diagnosis/fill-commands.js';
import type { CallContext } from '../diagnosis/evidence/index.js';
import { questionById } from '../diagnosis/questions.js';
import type { QuestionContext, QuestionTopic } from '../diagnosis/questions.js';
import { isRecord } from '../shared/is-record.js';

export const STATE_VERSION = 1;

export interface RankEntry {
  readonly id: VerdictId;
  readonly points: number;
  readonly strongest: number;
}

/**
 * Facts for the escalation draft and for filling the commands of later steps; all already
 * redacted when the state was made. In a group chat the ids never come from a pasted token.
 */
export interface CarriedFacts {
  readonly status?: number;
  readonly code?: string;
  readonly aadsts?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly date?: string;
  readonly request?: string;
  readonly permission?: string;
  /** Sign-in errors carry these instead of a request-id; support asks for them. */
  readonly correlationId?: string;
  readonly traceId?: string;
  /** Ids the commands need (GUIDs only). */
  readonly appId?: string;
  readonly tenantId?: string;
  /** The user or mailbox the call was about, from the request path. */
  readonly userObjectId?: string;
  /** The endpoint's path template (/users/{id}) that Microsoft's data matched. */
  readonly template?: string;
  /** What the paste showed about the call (app-only, Azure AD Graph, …): later steps advise the same. */
  readonly situations?: readonly Situation[];
}

/** One earlier step of the walkthrough: enough to show it again (Back). */
export type Step = Omit<FollowUpState, 'facts' | 'history'>;

export interface FollowUpState {
  readonly v: typeof STATE_VERSION;
  readonly ranking: readonly RankEntry[];
  /** The cause whose card is (or was last) shown. */
  readonly current?: VerdictId;
  readonly tried: readonly VerdictId[];
  readonly answers: Readonly<Record<string, string>>;
  /** The question the card asks, when it is a question card. */
  readonly asking?: string;
  readonly qc: QuestionContext;
  readonly facts: CarriedFacts;
  /** The steps before this one, oldest first, at most MAX_HISTORY (Back pops the last). */
  readonly history: readonly Step[];
}

/** How many steps Back can go: bounded so the state on every button stays small. */
export const MAX_HISTORY = 4;

/** The state one step further on: the current step is remembered for Back. */
export function stepForward(state: FollowUpState, next: Partial<Omit<FollowUpState, 'facts' | 'history' | 'v'>>): FollowUpState {
  const { facts, history, ...step } = state;
  return { ...state, ...next, facts, history: [...history, step].slice(-MAX_HISTORY) };
}

/** The previous step, with the facts and the shorter history; undefined at the first step. */
export function stepBack(state: FollowUpState): FollowUpState | undefined {
  const previous = state.history[state.history.length - 1];
  return previous ? { ...previous, facts: state.facts, history: state.history.slice(0, -1) } : undefined;
}

export const VERBS = ['example', 'help', 'fixed', 'next', 'unsure', 'answer', 'token', 'back', 'escalate', 'restart', 'helpful', 'unhelpful', 'output', 'calling'] as const;
export type Verb = (typeof VERBS)[number];

export function isVerb(v: unknown): v is Verb {
  return typeof v === 'string' && (VERBS as readonly string[]).includes(v);
}

const MAX_STRING = 400;

export class InvalidActionData extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidActionData';
  }
}

function fail(why: string): never {
  throw new InvalidActionData(why);
}

function finite(v: unknown, min: number, max: number, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(`${what} out of range`);
  return v;
}

function optString(v: unknown, what: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.length > MAX_STRING) fail(`${what} is not a short string`);
  return v;
}

/**
 * The wire form in card data: short keys and two-letter cause codes. Every button of a card
 * carries it (twice with the Action.Submit fallback), so its size is most of a card's weight.
 */
const CODES: Readonly<Record<VerdictId, string>> = {
  'token-invalid': 'ti',
  'permissions-missing': 'pm',
  'permission-type-mismatch': 'tm',
  'password-reset-app-only': 'pr',
  'user-access-or-license': 'ua',
  'wrong-audience': 'wa',
  'conditional-access': 'ca',
  'odata-access-disabled': 'od',
  'not-authorization': 'na',
};
const FROM_CODE: ReadonlyMap<string, VerdictId> = new Map(Object.entries(CODES).map(([id, code]) => [code, id as VerdictId]));
const CONTEXT_CODES: Readonly<Record<CallContext, string>> = { 'app-only': 'a', delegated: 'd', mixed: 'm', unknown: 'u' };
const CONTEXT_FROM: ReadonlyMap<string, CallContext> = new Map(Object.entries(CONTEXT_CODES).map(([c, code]) => [code, c as CallContext]));
const FACT_KEYS = { status: 's', code: 'c', aadsts: 'x', message: 'm', requestId: 'i', date: 'd', request: 'r', permission: 'p', correlationId: 'o', traceId: 'e', appId: 'a', tenantId: 'n', userObjectId: 'u', template: 'y' } as const;
const FACT_ENTRIES = Object.entries(FACT_KEYS) as [Exclude<keyof CarriedFacts, 'situations'>, string][];
/** Situations as one letter each ("ag" = app-only, Azure AD Graph); "" = the paste showed none. */
const SITUATION_CODES: Readonly<Record<Situation, string>> = {
  'app-only': 'a',
  delegated: 'd',
  'azure-ad-graph': 'g',
  'own-api': 'o',
  ews: 'e',
  'claims-challenge': 'c',
  'selected-permission': 's',
  'teams-meetings': 't',
  'national-cloud': 'n',
  'smtp-auth': 'm',
  'upload-url': 'u',
};
const SITUATION_FROM: ReadonlyMap<string, Situation> = new Map(Object.entries(SITUATION_CODES).map(([s, code]) => [code, s as Situation]));
/**
 * What the paste was about, one letter each: later questions must not ask what the paste said,
 * and an answer's effect depends on its topic (./../diagnosis/questions.ts). "" = none.
 */
const TOPIC_CODES: Readonly<Record<QuestionTopic, string>> = {
  mailbox: 'm',
  password: 'p',
  licence: 'i',
  'permission-type-known': 't',
  'consent-known': 'c',
  'endpoint-known': 'e',
  'work-only-api': 'w',
  'graph-explorer': 'g',
  'weak-not-authorization': 'n',
  'when-known': 'k',
  'needs-signed-in-user': 'u',
  'app-only-endpoint': 'a',
  'delegated-named': 'd',
  'application-named': 'l',
  'service-fault': 'f',
};
const TOPIC_FROM: ReadonlyMap<string, QuestionTopic> = new Map(Object.entries(TOPIC_CODES).map(([t, code]) => [code, t as QuestionTopic]));

/** Whether an object has any own key, without listing them all. */
function hasKeys(o: object): boolean {
  for (const key in o) if (Object.hasOwn(o, key)) return true;
  return false;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function encodeStep(state: Step): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    v: STATE_VERSION,
    r: state.ranking.map((e) => [CODES[e.id], round1(e.points), round1(e.strongest)]),
    x: `${CONTEXT_CODES[state.qc.context]}${state.qc.knowsAccount ? 1 : 0}${state.qc.hasToken ? 1 : 0}`,
  };
  if (state.qc.topics) wire.k = state.qc.topics.map((t) => TOPIC_CODES[t]).join('');
  if (state.current) wire.c = CODES[state.current];
  if (state.tried.length > 0) wire.t = state.tried.map((id) => CODES[id]);
  if (hasKeys(state.answers)) wire.a = state.answers;
  if (state.asking) wire.q = state.asking;
  return wire;
}

export function encodeState(state: FollowUpState): Record<string, unknown> {
  const wire = encodeStep(state);
  if (state.history.length > 0) wire.h = state.history.map(encodeStep);
  const f: Record<string, unknown> = {};
  let facts = 0;
  for (const [key, short] of FACT_ENTRIES) {
    const v = state.facts[key];
    if (v !== undefined) {
      f[short] = v;
      facts++;
    }
  }
  if (state.facts.situations) {
    f.w = state.facts.situations.map((x) => SITUATION_CODES[x]).join('');
    facts++;
  }
  if (facts > 0) wire.f = f;
  return wire;
}

function optGuid(v: unknown, what: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  return isGuid(v) ? v.toLowerCase() : fail(`${what} is not a GUID`);
}

/** Each known situation at most once; anything else rejects the state. */
function optSituations(v: unknown): Situation[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.length > SITUATION_FROM.size) fail('situations');
  const out = [...v].map((code) => SITUATION_FROM.get(code) ?? fail('unknown situation'));
  if (new Set(out).size !== out.length) fail('situations repeated');
  return out;
}

/** Each known topic at most once; anything else rejects the state. Absent on cards from before. */
function optTopics(v: unknown): QuestionTopic[] | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.length > TOPIC_FROM.size) fail('topics');
  const out = [...v].map((code) => TOPIC_FROM.get(code) ?? fail('unknown topic'));
  if (new Set(out).size !== out.length) fail('topics repeated');
  return out;
}

function cause(v: unknown, what: string): VerdictId {
  const id = typeof v === 'string' ? FROM_CODE.get(v) : undefined;
  return id ?? fail(`${what} has an unknown cause`);
}

function parseStep(raw: unknown): Step {
  if (!isRecord(raw)) fail('state missing');
  if (raw.v !== STATE_VERSION) fail('state version');
  if (!Array.isArray(raw.r) || raw.r.length === 0 || raw.r.length > 9) fail('ranking');
  const ranking = raw.r.map((e): RankEntry => {
    if (!Array.isArray(e) || e.length !== 3) fail('ranking entry');
    return { id: cause(e[0], 'ranking'), points: finite(e[1], -100, 100, 'points'), strongest: finite(e[2], 0, 100, 'strongest') };
  });
  const current = raw.c === undefined ? undefined : cause(raw.c, 'current');
  if (raw.t !== undefined && (!Array.isArray(raw.t) || raw.t.length > 9)) fail('tried');
  const tried = ((raw.t ?? []) as unknown[]).map((x) => cause(x, 'tried'));
  if (raw.a !== undefined && !isRecord(raw.a)) fail('answers');
  const answers: Record<string, string> = {};
  for (const [k, v] of Object.entries((raw.a ?? {}) as Record<string, unknown>)) {
    const q = questionById(k);
    if (!q || typeof v !== 'string' || !q.choices.some((c) => c.value === v)) fail('answer');
    answers[k] = v;
  }
  const asking = raw.q === undefined ? undefined : typeof raw.q === 'string' && questionById(raw.q) ? raw.q : fail('asking');
  const x = typeof raw.x === 'string' && /^[admu][01][01]$/.test(raw.x) ? raw.x : fail('context');
  const topics = optTopics(raw.k);
  const known = { context: CONTEXT_FROM.get(x[0] as string) as CallContext, knowsAccount: x[1] === '1', hasToken: x[2] === '1' };
  const qc: QuestionContext = topics ? { ...known, topics } : known;
  return { v: STATE_VERSION, ranking, current, tried, answers, asking, qc };
}

export function parseState(raw: unknown): FollowUpState {
  const step = parseStep(raw);
  const r = raw as Record<string, unknown>;
  if (r.h !== undefined && (!Array.isArray(r.h) || r.h.length > MAX_HISTORY)) fail('history');
  const history = ((r.h ?? []) as unknown[]).map(parseStep);
  if (r.f !== undefined && !isRecord(r.f)) fail('facts');
  const f = (r.f ?? {}) as Record<string, unknown>;
  const facts: CarriedFacts = {
    status: f.s === undefined ? undefined : finite(f.s, 100, 599, 'status'),
    code: optString(f.c, 'code'),
    aadsts: optString(f.x, 'aadsts'),
    message: optString(f.m, 'message'),
    requestId: optString(f.i, 'requestId'),
    date: optString(f.d, 'date'),
    request: optString(f.r, 'request'),
    permission: optString(f.p, 'permission'),
    correlationId: optString(f.o, 'correlationId'),
    traceId: optString(f.e, 'traceId'),
    appId: optGuid(f.a, 'appId'),
    tenantId: optGuid(f.n, 'tenantId'),
    userObjectId: optGuid(f.u, 'userObjectId'),
    template: f.y === undefined ? undefined : isSafePath(f.y) ? f.y : fail('template'),
    situations: optSituations(f.w),
  };
  return { ...step, facts, history };
}

/** A token (header.payload.signature) or its payload is a few kilobytes; more is not a token. */
export const MAX_TOKEN_INPUT = 16 * 1024;

/** A check's output pasted into a card: the bound the parsers read (64 KB). */
export const MAX_CHECK_OUTPUT = 64 * 1024;

export interface CardAction {
  readonly verb: Verb;
  readonly state?: FollowUpState;
  /** The chosen answer of a question card. */
  readonly answer?: string;
  /** What was typed into the token field of a card (a secret: never stored, logged or echoed). */
  readonly token?: string;
  /** What a check printed, from the card's output field. */
  readonly checkOutput?: string;
  /** "What were you calling?": the request and the flow, sent back with the parsed output's facts. */
  readonly request?: string;
  readonly flow?: string;
  /** Parsed output facts, still untrusted: check-output-state.ts validates them. */
  readonly outputFacts?: unknown;
}

function optInput(v: unknown, max: number, what: string): string | undefined {
  if (v === undefined || v === '') return undefined;
  return typeof v === 'string' && v.length <= max ? v : fail(what);
}

/** Reads the verb, state and inputs of an incoming card action (Action.Execute or Action.Submit). */
export function parseAction(data: unknown): CardAction {
  if (!isRecord(data)) fail('no action data');
  if (!isVerb(data.verb)) fail('unknown verb');
  const state = data.state === undefined ? undefined : parseState(data.state);
  const answer = data.answer === undefined ? undefined : typeof data.answer === 'string' && data.answer.length <= 60 ? data.answer : fail('answer');
  const token = data.token === undefined || data.token === '' ? undefined : typeof data.token === 'string' && data.token.length <= MAX_TOKEN_INPUT ? data.token : fail('token');
  return {
    verb: data.verb,
    state,
    answer,
    token,
    checkOutput: optInput(data.checkOutput, MAX_CHECK_OUTPUT, 'checkOutput'),
    request: optInput(data.request, MAX_STRING, 'request'),
    flow: optInput(data.flow, 20, 'flow'),
    outputFacts: data.outputFacts,
  };
}
