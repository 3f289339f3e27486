/**
 * What a card button carries so the next step needs no conversation store: the ranking (ids,
 * points), the causes already walked through, the answers so far, and a few redacted facts for
 * the Q&A draft. It comes back from the client, so it is parsed as untrusted input: anything
 * malformed, oversized or unknown is rejected as a whole.
 */
import { isVerdictId, type VerdictId } from '../diagnosis/cause.js';
import type { CallContext } from '../diagnosis/evidence/index.js';
import { questionById } from '../diagnosis/questions.js';
import type { QuestionContext } from '../diagnosis/questions.js';

export const STATE_VERSION = 1;

export interface RankEntry {
  readonly id: VerdictId;
  readonly points: number;
  readonly strongest: number;
}

/** Facts for the escalation draft; all already redacted when the state was made. */
export interface CarriedFacts {
  readonly status?: number;
  readonly code?: string;
  readonly aadsts?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly date?: string;
  readonly request?: string;
  readonly permission?: string;
}

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
}

export const VERBS = ['example', 'help', 'fixed', 'next', 'unsure', 'answer', 'token', 'back', 'escalate', 'restart', 'helpful', 'unhelpful'] as const;
export type Verb = (typeof VERBS)[number];

export function isVerb(v: unknown): v is Verb {
  return typeof v === 'string' && (VERBS as readonly string[]).includes(v);
}

const CONTEXTS: readonly CallContext[] = ['app-only', 'delegated', 'mixed', 'unknown'];
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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

function verdictList(v: unknown, what: string): VerdictId[] {
  if (!Array.isArray(v) || v.length > 9) fail(`${what} is not a list of causes`);
  return v.map((x) => (isVerdictId(x) ? x : fail(`${what} has an unknown cause`)));
}

export function parseState(raw: unknown): FollowUpState {
  if (!isRecord(raw)) fail('state missing');
  if (raw.v !== STATE_VERSION) fail('state version');
  if (!Array.isArray(raw.ranking) || raw.ranking.length === 0 || raw.ranking.length > 9) fail('ranking');
  const ranking = raw.ranking.map((r): RankEntry => {
    if (!isRecord(r) || !isVerdictId(r.id)) fail('ranking entry');
    return { id: r.id, points: finite(r.points, -100, 100, 'points'), strongest: finite(r.strongest, 0, 100, 'strongest') };
  });
  const current = raw.current === undefined ? undefined : isVerdictId(raw.current) ? raw.current : fail('current');
  const tried = verdictList(raw.tried ?? [], 'tried');
  if (!isRecord(raw.answers ?? {})) fail('answers');
  const answers: Record<string, string> = {};
  for (const [k, v] of Object.entries((raw.answers ?? {}) as Record<string, unknown>)) {
    const q = questionById(k);
    if (!q || typeof v !== 'string' || !q.choices.some((c) => c.value === v)) fail('answer');
    answers[k] = v;
  }
  const asking = raw.asking === undefined ? undefined : typeof raw.asking === 'string' && questionById(raw.asking) ? raw.asking : fail('asking');
  if (!isRecord(raw.qc)) fail('context');
  const ctx = raw.qc.context;
  if (!CONTEXTS.includes(ctx as CallContext)) fail('context');
  const qc: QuestionContext = { context: ctx as CallContext, knowsAccount: raw.qc.knowsAccount === true, hasToken: raw.qc.hasToken === true };
  const f = isRecord(raw.facts) ? raw.facts : fail('facts');
  const facts: CarriedFacts = {
    status: f.status === undefined ? undefined : finite(f.status, 100, 599, 'status'),
    code: optString(f.code, 'code'),
    aadsts: optString(f.aadsts, 'aadsts'),
    message: optString(f.message, 'message'),
    requestId: optString(f.requestId, 'requestId'),
    date: optString(f.date, 'date'),
    request: optString(f.request, 'request'),
    permission: optString(f.permission, 'permission'),
  };
  return { v: STATE_VERSION, ranking, current, tried, answers, asking, qc, facts };
}

/** Reads the verb and state of an incoming card action (Action.Execute or Action.Submit). */
export function parseAction(data: unknown): { verb: Verb; state?: FollowUpState; answer?: string } {
  if (!isRecord(data)) fail('no action data');
  if (!isVerb(data.verb)) fail('unknown verb');
  const state = data.state === undefined ? undefined : parseState(data.state);
  const answer = data.answer === undefined ? undefined : typeof data.answer === 'string' && data.answer.length <= 60 ? data.answer : fail('answer');
  return { verb: data.verb, state, answer };
}
