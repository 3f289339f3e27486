/**
 * From diagnosis results to card data: the only bridge between what the engine found and what
 * the cards show. Pure functions; card templates stay free of logic beyond $when/$data.
 */
import type { ActionData, CauseCardData, NameValue, NotAuthorizationCardData, QuestionCardData, SummaryCardData, TokenCardData } from '../cards/card-data.js';
import type { VerdictId } from '../diagnosis/cause.js';
import { verdictById } from '../diagnosis/causes/index.js';
import { filledAdvice } from '../diagnosis/advice.js';
import { valuesFromCarried } from '../diagnosis/fill-commands.js';
import type { Diagnosis, RankedCause } from '../diagnosis/diagnose.js';
import type { Question } from '../diagnosis/questions.js';
import { isoSeconds, type TokenReport } from '../token/inspect.js';
import { redact } from '../token/redact.js';
import { encodeState, STATE_VERSION, type FollowUpState, type Verb } from './follow-up-state.js';

export interface Audience {
  /** Group chat or channel: token claims stay private. */
  readonly group: boolean;
}

/**
 * Text from the paste, made safe to show in a TextBlock: Teams reads "<…>" as HTML and drops it
 * (a "<request-id>" placeholder would vanish), so angle brackets become look-alike quotes.
 */
export function display(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}

function clip(text: string, max: number): string {
  const shown = display(text);
  return shown.length <= max ? shown : `${shown.slice(0, max - 1)}…`;
}

function title(id: VerdictId): string {
  return verdictById(id)?.wording.title ?? id;
}

export function action(verb: Verb, state?: FollowUpState, extra: Record<string, unknown> = {}): ActionData {
  return state ? { verb, state: encodeState(state), ...extra } : { verb, ...extra };
}

/** The data of several buttons that carry the same state: it is encoded once for all of them. */
export function actionsSharing<V extends Verb>(state: FollowUpState | undefined, verbs: readonly V[]): Record<V, ActionData> {
  const wire = state ? encodeState(state) : undefined;
  const out = {} as Record<V, ActionData>;
  for (const verb of verbs) out[verb] = wire ? { verb, state: wire } : { verb };
  return out;
}

/** Path without host, query or ids that look personal (e-mail addresses). */
function requestLabel(method: string | undefined, url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return clip(`${method ?? 'GET'} ${redact(path, { emails: true })}`, 200);
}

export function stateFromDiagnosis(d: Diagnosis, audience: Audience, answers: Readonly<Record<string, string>> = {}): FollowUpState {
  const f = d.facts;
  // The permission comparison quotes the token's scopes: in a group, the card data stays free of them.
  const permissionFromToken = d.insight?.held?.from === 'token';
  return {
    v: STATE_VERSION,
    ranking: d.causes.slice(0, 6).map((c) => ({ id: c.id, points: c.points, strongest: c.strongest })),
    current: d.causes.find((c) => c.id !== 'not-authorization')?.id,
    tried: [],
    answers,
    qc: d.questionContext,
    facts: {
      status: f.status,
      code: f.codes[0] ? clip(f.codes[0], 80) : undefined,
      aadsts: f.aadsts[0] ? clip(`${f.aadsts[0].code}: ${f.aadsts[0].description}`, 200) : undefined,
      message: f.message ? clip(redact(f.message, { emails: true }), 300) : undefined,
      requestId: f.requestId,
      date: f.date,
      request: requestLabel(f.method, f.url),
      permission: (f.permission?.verdict === 'missing' || f.permission?.verdict === 'no-scheme-for-token') && !(audience.group && permissionFromToken) ? clip(f.permission.message, 300) : undefined,
    },
  };
}

/** The phrase a reason quotes, e.g. 'blocked by conditional access' in `… ("blocked by conditional access")`. */
function quoted(text: string): string | undefined {
  return /\("([^"]{2,200})"\)/.exec(text)?.[1];
}

function publicEvidence(c: RankedCause, audience: Audience): string[] {
  const out: string[] = [];
  const quotes: string[] = [];
  c.evidence.forEach((text, i) => {
    // A weaker reason that quotes part of what a stronger one already quoted adds nothing.
    const q = quoted(text);
    if (q && quotes.some((earlier) => earlier.includes(q))) return;
    if (q) quotes.push(q);
    if (audience.group && c.evidenceFromToken[i]) {
      if (!out.includes(PRIVATE_TOKEN_NOTE)) out.push(PRIVATE_TOKEN_NOTE);
    } else out.push(text);
  });
  return out;
}

export const PRIVATE_TOKEN_NOTE = 'The token you pasted supports this; its claims are shown only in a private chat with me.';

function factRows(d: Diagnosis): NameValue[] {
  const f = d.facts;
  const rows: NameValue[] = [];
  if (f.status !== undefined) rows.push({ name: 'HTTP status', value: String(f.status) });
  if (f.codes.length > 0) rows.push({ name: 'Error code', value: clip(f.codes.slice(0, 3).join(', '), 120) });
  if (f.aadsts.length > 0) rows.push({ name: 'Sign-in error', value: clip(f.aadsts.map((a) => a.code).join(', '), 120) });
  const req = requestLabel(f.method, f.url);
  if (req) rows.push({ name: 'Request', value: req });
  if (f.requestId) rows.push({ name: 'request-id', value: f.requestId });
  if (f.date) rows.push({ name: 'Date', value: f.date });
  return rows;
}

export function summaryData(d: Diagnosis, audience: Audience): SummaryCardData {
  const [top, ...rest] = d.causes;
  const topTitle = top ? title(top.id) : 'No cause found';
  const headline = d.confident ? `Most likely: ${topTitle}` : `Not sure yet: ${topTitle}?`;
  const subline = d.confident
    ? `Confidence ${Math.round((top?.score ?? 0) * 100)}% · I'll walk you through the checks below.`
    : 'The error alone does not decide it. A question or two will narrow it down.';
  const reasons = top ? publicEvidence(top, audience).slice(0, 4) : [];
  // The permission comparison is shown once: as a reason when it is one, else on its own line.
  const showInsight = d.insight && d.insight.verdict !== 'unknown-endpoint' && !reasons.includes(d.insight.message) && !(audience.group && d.insight.held?.from === 'token');
  const notes = [...d.notes];
  if (d.tokens.length > 0) {
    notes.push(audience.group
      ? 'You pasted an access token where others can read it. I did not show its claims here; if it has not expired, treat it as exposed. Chat with me 1:1 to inspect it.'
      : 'I decoded the token you pasted locally and did not store it; see the token card for its claims.');
  }
  return {
    headline: clip(headline, 160),
    subline,
    style: d.confident ? 'attention' : 'warning',
    reasons: reasons.map((text) => ({ text: display(text) })),
    insight: showInsight && d.insight ? display(d.insight.message) : undefined,
    runnersUp: rest
      .filter((c) => c.score >= 0.02 || c.evidence.length > 0)
      .slice(0, 3)
      .map((c) => {
        const reason = publicEvidence(c, audience).find((r) => !/^HTTP \d{3}\b|^Nothing in the text points here/.test(r));
        return { percent: c.score < 0.01 ? '<1%' : `${Math.round(c.score * 100)}%`, title: title(c.id), reason: reason ? `— ${clip(reason, 160)}` : '' };
      }),
    facts: factRows(d),
    notes: notes.map((text) => ({ text: display(text) })),
  };
}

/** Candidate causes still open (not tried), best first. */
export function openCandidates(state: FollowUpState): VerdictId[] {
  return state.ranking.filter((r) => r.id !== 'not-authorization' && !state.tried.includes(r.id)).map((r) => r.id);
}

export function causeData(id: VerdictId, state: FollowUpState, lead?: string): CauseCardData {
  const verdict = verdictById(id);
  if (!verdict) throw new Error(`unknown cause ${id}`);
  const w = verdict.wording;
  const shown: FollowUpState = { ...state, current: id };
  const candidates = openCandidates(state);
  const rank = state.ranking.findIndex((r) => r.id === id) + 1;
  const remaining = candidates.filter((c) => c !== id);
  const others = state.ranking.filter((r) => r.id !== id && r.id !== 'not-authorization' && r.points > 0).length;
  const position = lead ?? (state.tried.length === 0 && rank === 1 ? `Most likely cause${others > 0 ? ` · ${others} other candidate${others > 1 ? 's' : ''}` : ''}` : `Candidate ${rank} of ${state.ranking.length}`);
  return {
    causeId: id,
    title: w.title,
    position,
    style: 'emphasis',
    what: w.what,
    why: w.why,
    fix: w.fix,
    learnMoreTitle: w.learnMore.title,
    learnMoreUrl: w.learnMore.url,
    checks: filledAdvice(verdict, valuesFromCarried(state.facts, state.qc.context)).checks.map((c, i) => ({ n: i + 1, title: c.title, fix: c.fix, ...c.verify })),
    nextTitle: remaining.length > 0 ? 'Still failing: next cause' : 'Still failing',
    // The token button needs no state: what comes next is a new paste.
    actions: { ...actionsSharing(shown, ['fixed', 'next', 'unsure', 'escalate', 'output']), token: action('token') },
  };
}

export function notAuthorizationData(d: Diagnosis, state: FollowUpState): NotAuthorizationCardData {
  const w = verdictById('not-authorization')?.wording;
  const top = d.causes[0];
  return {
    reason: clip(top?.evidence[0] ?? 'The error is about the request, not about permissions.', 200),
    what: w?.what ?? '',
    fix: w?.fix ?? '',
    reasons: (top?.evidence ?? []).slice(1, 3).map((text) => ({ text: display(text) })),
    facts: factRows(d),
    learnMoreTitle: w?.learnMore.title ?? 'Microsoft Graph error responses',
    learnMoreUrl: w?.learnMore.url ?? 'https://learn.microsoft.com/graph/errors',
    actions: { unsure: action('unsure', { ...state, tried: ['not-authorization'] }), escalate: action('escalate', state) },
  };
}

export function questionData(q: Question, state: FollowUpState, number: number): QuestionCardData {
  const asking: FollowUpState = { ...state, asking: q.id };
  const candidates = openCandidates(state).slice(0, 3).map(title);
  return {
    heading: 'Let me narrow it down',
    subheading: `Question ${number}`,
    prompt: q.prompt,
    choices: q.choices.map((c) => ({ label: c.label, value: c.value })),
    candidates: candidates.join(' · ') || 'none left',
    actions: { answer: action('answer', asking), escalate: action('escalate', state), token: action('token') },
  };
}

const MARKS = { ok: ['✔', 'Good'], warn: ['!', 'Warning'], fail: ['✖', 'Attention'], info: ['i', 'Default'] } as const;

export function tokenData(t: TokenReport, state: FollowUpState | undefined): TokenCardData {
  const c = t.claims;
  const claims: NameValue[] = [];
  const add = (name: string, value: string | undefined): void => {
    if (value) claims.push({ name, value: clip(value, 300) });
  };
  // (clip also turns "<" and ">" into look-alikes that Teams shows.)
  add('aud', c.aud);
  add('tid', c.tid);
  add('appid / azp', c.appid);
  add('app', c.app_displayname);
  add('idtyp', c.idtyp);
  add('scp', c.scp);
  add('roles', c.roles?.join(' '));
  add('wids', c.wids?.join(' '));
  add('ver', c.ver);
  add('iat', c.iat !== undefined ? isoSeconds(c.iat) : undefined);
  add('nbf', c.nbf !== undefined ? isoSeconds(c.nbf) : undefined);
  add('exp', c.exp !== undefined ? isoSeconds(c.exp) : undefined);
  add('xms_cc', c.xms_cc?.join(' '));
  const worst = t.checks.some((x) => x.verdict === 'fail') ? 'attention' : t.checks.some((x) => x.verdict === 'warn') ? 'warning' : 'good';
  return {
    description: t.description,
    style: worst,
    checks: t.checks.map((x) => ({ mark: MARKS[x.verdict][0], color: MARKS[x.verdict][1], claim: x.claim, reason: display(x.reason) })),
    claims,
    actions: actionsSharing(state, ['back', 'escalate']),
  };
}
