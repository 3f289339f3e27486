/**
 * From diagnosis results to card data: the only bridge between what the engine found and what
 * the cards show. Pure functions; card templates stay free of logic beyond $when/$data.
 *
 * Reading order of an answer: the verdict, what to do (with the first command), why (two or
 * three reasons), the runners-up in one line, then the checks collapsed. Colours never carry
 * meaning alone: every verdict mark has its word ("✖ fails").
 */
import type { ActionData, CauseCardData, CheckData, NameValue, NotAuthorizationCardData, QuestionCardData, TextLines, TokenInputData, TokenSectionData, TokenVerdictLine } from '../cards/card-data.js';
import type { VerdictId } from '../diagnosis/cause.js';
import { verdictById } from '../diagnosis/causes/index.js';
import { filledAdvice } from '../diagnosis/advice.js';
import { isSafePath, valuesFromCarried, valuesFromFacts, withCarried, type FilledCheck } from '../diagnosis/fill-commands.js';
import type { Diagnosis, RankedCause } from '../diagnosis/diagnose.js';
import type { Question } from '../diagnosis/questions.js';
import { isoSeconds, type CheckVerdict, type TokenReport } from '../token/inspect.js';
import { redact } from '../token/redact.js';
import { encodeState, STATE_VERSION, type FollowUpState, type Verb } from './follow-up-state.js';

export interface Audience {
  /** Group chat or channel: token claims stay private. */
  readonly group: boolean;
}

/** Where the card is shown and what it may link to. */
export interface Showing extends Audience {
  /** A deep link that opens a 1:1 chat with the bot, when the app id is known. */
  readonly privateChatUrl?: string;
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

/** The endpoint's template, when it is safe to carry into later commands. */
function carriedTemplate(template: string | undefined): string | undefined {
  return isSafePath(template) && template.length <= 200 ? template : undefined;
}

export function stateFromDiagnosis(d: Diagnosis, audience: Audience): FollowUpState {
  const f = d.facts;
  // The permission comparison quotes the token's scopes: in a group, the card data stays free of them.
  const permissionFromToken = d.insight?.held?.from === 'token';
  // Ids for later commands; in a group, never the ones read from a pasted token.
  const values = valuesFromFacts(f, audience);
  return {
    v: STATE_VERSION,
    ranking: d.causes.slice(0, 6).map((c) => ({ id: c.id, points: c.points, strongest: c.strongest })),
    current: d.causes.find((c) => c.id !== 'not-authorization')?.id,
    tried: [],
    answers: {},
    qc: d.questionContext,
    facts: {
      status: f.status ?? f.ids?.responseStatus,
      code: f.codes[0] ? clip(f.codes[0], 80) : undefined,
      aadsts: f.aadsts[0] ? clip(`${f.aadsts[0].code}: ${f.aadsts[0].description}`, 200) : undefined,
      message: f.message ? clip(redact(f.message, { emails: true }), 300) : undefined,
      requestId: f.requestId,
      date: f.date,
      request: requestLabel(f.method, f.url),
      permission: (f.permission?.verdict === 'missing' || f.permission?.verdict === 'no-scheme-for-token') && !(audience.group && permissionFromToken) ? clip(f.permission.message, 300) : undefined,
      correlationId: f.correlationId,
      traceId: f.traceId,
      appId: values.appId,
      tenantId: values.tenantId,
      userObjectId: values.userObjectId,
      template: carriedTemplate(f.permission?.template),
      situations: f.situations,
    },
    history: [],
  };
}

/** The phrase a reason quotes, e.g. 'blocked by conditional access' in `… ("blocked by conditional access")`. */
function quoted(text: string): string | undefined {
  return /\("([^"]{2,200})"\)/.exec(text)?.[1];
}

export const PRIVATE_TOKEN_NOTE = 'The token you pasted supports this; its claims are shown only in a private chat with me.';

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

/** Candidate causes still open (not tried), best first. */
export function openCandidates(state: FollowUpState): VerdictId[] {
  return state.ranking.filter((r) => r.id !== 'not-authorization' && !state.tried.includes(r.id)).map((r) => r.id);
}

/** Whether anything (a signal of the paste, a token claim or an answer) points at the cause. */
export function hasEvidence(state: FollowUpState, id: VerdictId): boolean {
  return (state.ranking.find((r) => r.id === id)?.strongest ?? 0) > 0;
}

/**
 * The one place a cause's checks become card data: commands already filled with the paste's
 * values; once opened, a check also names what is left to fill in, its trade-off and its source.
 */
export function checksData(checks: readonly FilledCheck[]): CheckData[] {
  const ids = checks.map((_, i) => `gad-check-${i + 1}`);
  return checks.map((c, i) => ({
    id: ids[i] as string,
    n: i + 1,
    title: c.title,
    fix: c.fix,
    ...c.verify,
    source: c.source,
    tradeOff: c.tradeOff,
    toFill: c.toFill.map((text) => ({ text: display(text) })),
    // Opening one check closes the others: one open at a time keeps the card short.
    targets: ids.map((elementId, j) => (j === i ? { elementId } : { elementId, isVisible: false })),
  }));
}

/** The element that holds the field for what a check printed (cards/cause.json). */
const OUTPUT_FIELD = 'gad-output';

/**
 * Closing the loop: opening a check that prints something (a command, or a portal page such as
 * the sign-in log) also shows the field for that output under the checks. One field, not one a
 * check: its button carries the walkthrough state, and a state on every check's button would
 * more than double the card's size (measured: 19.4 KB -> 26.9 KB UTF-8 for a five-check card).
 */
function withOutputField(checks: readonly CheckData[]): { checks: CheckData[]; any: boolean } {
  let any = false;
  const out = checks.map((c) => {
    if (!c.powershell && !c.cli && !c.portal) return c;
    any = true;
    return { ...c, targets: [...c.targets, { elementId: OUTPUT_FIELD, isVisible: true }] };
  });
  return { checks: out, any };
}

/** The command to run first: the first one among the checks, as the checks show it. */
function firstCommand(checks: readonly CheckData[]): string | undefined {
  for (const c of checks) {
    const command = c.powershell ?? c.cli;
    if (command) return command;
  }
  return undefined;
}

const MARKS: Readonly<Record<CheckVerdict, string>> = { ok: '✔ ok', warn: '⚠ check', fail: '✖ fails', info: 'ℹ note' };

/** A token's verdicts for an answer card: problems shown, fine claims in one line, values collapsed. */
export function tokenSection(t: TokenReport): TokenSectionData {
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
  const line = (x: TokenReport['checks'][number]): TokenVerdictLine => ({ mark: MARKS[x.verdict], claim: x.claim, reason: clip(x.reason, 200) });
  // Shown: what fails or needs a look. Claims that are fine or only remarked on: named once, in a line.
  const problems = t.checks.filter((x) => x.verdict === 'fail' || x.verdict === 'warn').map(line);
  const fine = t.checks.filter((x) => x.verdict === 'ok').map((x) => x.claim);
  const noted = t.checks.filter((x) => x.verdict === 'info');
  return {
    description: clip(t.description, 160),
    problems,
    fine: fine.length > 0 ? `${MARKS.ok}: ${fine.join(', ')}` : undefined,
    noted: noted.length > 0 ? `${MARKS.info}: ${noted.map((x) => x.claim).join(', ')}` : undefined,
    // Said once the reader opens the token's details: the first screen keeps to the diagnosis.
    details: [...noted.map(line), { mark: MARKS.info, claim: 'privacy', reason: 'Your token was decoded here, not sent anywhere and not stored.' }],
    claims,
  };
}

export const GROUP_TOKEN_PRIVACY = 'This chat is shared: do not paste a token here. Open a private chat with me and paste it there.';

/** "Check my token": the field (personal chat) or the way to a private chat (group). */
export function tokenInput(state: FollowUpState | undefined, showing: Showing): TokenInputData {
  if (showing.group) return { privateChatUrl: showing.privateChatUrl, privacy: GROUP_TOKEN_PRIVACY };
  return { submit: action('token', state) };
}

function pasteNotes(d: Diagnosis, audience: Audience): TextLines {
  const notes = [...d.notes];
  if (d.tokens.length > 0) {
    // In a personal chat the token section says it in its details.
    if (audience.group) notes.push('You pasted an access token where others can read it. I did not show its claims here; if it has not expired, treat it as exposed. Chat with me privately to inspect it.');
  }
  return notes.map((text) => ({ text: display(text) }));
}

/** What a paste adds to an answer card: its reasons, runners-up, token verdicts and notes. */
export interface FirstAnswer {
  readonly diagnosis: Diagnosis;
  /** The token report to show (personal chats only; never in state). */
  readonly token?: TokenReport;
}

function runnersUpLine(d: Diagnosis, shownId: VerdictId): string | undefined {
  const rest = d.causes
    .filter((c) => c.id !== shownId && c.id !== 'not-authorization' && (c.score >= 0.02 || c.strongest > 0))
    .slice(0, 3)
    .map((c) => `${title(c.id)} (${c.score < 0.01 ? '<1' : Math.round(c.score * 100)}%)`);
  return rest.length > 0 ? `Also possible: ${rest.join(' · ')}` : undefined;
}

function reasonsFor(d: Diagnosis, id: VerdictId, audience: Audience, most = 3): TextLines {
  const cause = d.causes.find((c) => c.id === id);
  if (!cause) return [];
  const reasons = publicEvidence(cause, audience).filter((r) => !/^Nothing in the text points here/.test(r));
  // The permission comparison is the most concrete reason there is: keep it when it is not one yet.
  const insight = d.insight?.message;
  if (insight && d.insight?.verdict !== 'unknown-endpoint' && !reasons.includes(insight) && !(audience.group && d.insight?.held?.from === 'token') && id === 'permissions-missing') reasons.unshift(insight);
  return reasons.slice(0, most).map((text) => ({ text: clip(text, 170) }));
}

/** The token section without the verdicts a reason above already states: each claim once. */
function tokenShown(report: TokenReport | undefined, showing: Showing, reasons: TextLines): TokenSectionData | undefined {
  if (!report || showing.group) return undefined;
  const section = tokenSection(report);
  const said = (line: TokenVerdictLine): boolean => reasons.some((r) => r.text.includes(line.reason.slice(0, 60)));
  return { ...section, problems: section.problems.filter((p) => !said(p)) };
}

export interface CauseOptions {
  /** The first answer to a paste: its diagnosis and token. */
  readonly first?: FirstAnswer;
  /** Why this card follows the last one, e.g. "Next candidate". */
  readonly lead?: string;
}

export function causeData(id: VerdictId, state: FollowUpState, showing: Showing, options: CauseOptions = {}): CauseCardData {
  const verdict = verdictById(id);
  if (!verdict) throw new Error(`unknown cause ${id}`);
  const w = verdict.wording;
  const shown: FollowUpState = { ...state, current: id };
  const remaining = openCandidates(state).filter((c) => c !== id);
  const d = options.first?.diagnosis;
  // Advice for the paste's situation, its commands filled with the paste's own values.
  // What the walkthrough carried fills what a later reading (a token checked afterwards) lacks.
  const carried = valuesFromCarried(state.facts, state.qc.context);
  const advice = filledAdvice(verdict, d ? withCarried(valuesFromFacts(d.facts, { group: showing.group }), carried) : carried);
  const { checks, any: printsOutput } = withOutputField(checksData(advice.checks));
  const evidenced = hasEvidence(state, id);
  const top = d?.causes.find((c) => c.id === id);
  let headline: string;
  let subline: string;
  if (!evidenced) {
    headline = 'Nothing points here yet';
    subline = `${w.title} is only a common cause of this kind of error: nothing in your paste or answers supports it.`;
  } else if (d) {
    headline = `${d.confident ? 'Most likely' : 'Possibly'}: ${w.title}`;
    subline = `Confidence ${Math.round((top?.score ?? 0) * 100)}%${remaining.length > 0 ? ` · ${remaining.length} other candidate${remaining.length > 1 ? 's' : ''}` : ''}`;
  } else {
    headline = `${options.lead ?? 'Candidate'}: ${w.title}`;
    subline = [state.tried.length > 0 ? `${state.tried.length} checked so far` : undefined, remaining.length > 0 ? `${remaining.length} more after this` : 'the last candidate'].filter(Boolean).join(' · ');
  }
  const actions = actionsSharing(shown, ['fixed', 'next', 'unsure', 'escalate', 'output']);
  // A token section says what the token holds: two reasons beside it keep the card at a glance.
  const reasons = d ? reasonsFor(d, id, showing, options.first?.token ? 2 : 3) : [];
  return {
    causeId: id,
    headline: clip(headline, 160),
    subline,
    style: evidenced ? 'emphasis' : 'warning',
    fix: evidenced ? advice.fix : `Paste more of what you got (the request line, the whole error body, the token's payload) or ask on Microsoft Q&A. To test this cause anyway: ${advice.fix}`,
    command: firstCommand(checks),
    reasons,
    runnersUp: d ? runnersUpLine(d, id) : undefined,
    token: tokenShown(options.first?.token, showing, reasons),
    notes: d ? pasteNotes(d, showing) : [],
    privateChatUrl: d && d.tokens.length > 0 && showing.group ? showing.privateChatUrl : undefined,
    checks,
    facts: d ? factRows(d) : [],
    learnMoreTitle: w.learnMore.title,
    learnMoreUrl: w.learnMore.url,
    nextTitle: remaining.length > 0 ? 'Still failing: next cause' : 'Still failing',
    tokenInput: tokenInput(shown, showing),
    actions: {
      ...actions,
      escalateNow: evidenced ? undefined : actions.escalate,
      back: state.history.length > 0 ? action('back', shown) : undefined,
      output: printsOutput ? actions.output : undefined,
    },
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

export function questionData(q: Question, state: FollowUpState, number: number, showing: Showing, first?: FirstAnswer): QuestionCardData {
  const asking: FollowUpState = { ...state, asking: q.id };
  const candidates = openCandidates(state).slice(0, 3);
  const d = first?.diagnosis;
  const lead = candidates[0];
  const reasons = d && lead ? reasonsFor(d, lead, showing) : [];
  return {
    heading: d ? 'Not sure yet: a question will narrow it down' : `Question ${number}`,
    subheading: `Leading candidates: ${candidates.map(title).join(' · ') || 'none left'}`,
    reasons,
    token: tokenShown(first?.token, showing, reasons),
    notes: d ? pasteNotes(d, showing) : [],
    privateChatUrl: d && d.tokens.length > 0 && showing.group ? showing.privateChatUrl : undefined,
    prompt: q.prompt,
    choices: q.choices.map((c) => ({ label: c.label, value: c.value })),
    tokenInput: tokenInput(asking, showing),
    actions: {
      answer: action('answer', asking),
      escalate: action('escalate', asking),
      back: state.history.length > 0 ? action('back', asking) : undefined,
    },
  };
}
