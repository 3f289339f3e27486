/**
 * Closing the loop in the conversation: a check's output pasted on its own gets a summary of
 * what it shows with a "what were you calling?" prompt; pasted into a check's field on the
 * answer card, it gets a verdict on that check (with Back to the card it came from), the
 * ranking moves by what it proved (as a guided answer moves it), and the walkthrough goes on:
 * the same cause when confirmed, the next one when ruled out.
 */
import { readCheckOutput, type OutputFacts, type ParsedOutput } from '../check-outputs/index.js';
import { isGuid } from '../check-outputs/graph-names.js';
import { judgeOutput, type CheckContext, type CheckVerdict, type TokenKind } from '../check-outputs/verdicts.js';
import type { CheckOutputCardData } from '../cards/card-data.js';
import type { VerdictId } from '../diagnosis/cause.js';
import { verdictById } from '../diagnosis/causes/index.js';
import { contextAfter, questionById } from '../diagnosis/questions.js';
import { isConfident, rankPoints } from '../diagnosis/rank.js';
import { permissionById } from '../permissions/default-index.js';
import { redact } from '../token/redact.js';
import { encodeOutputFacts, parseOutputFacts } from './check-output-state.js';
import type { ConversationDeps, Reply } from './reply.js';
import { stepForward, type CardAction, type FollowUpState, type RankEntry } from './follow-up-state.js';
import { action, causeData, display, openCandidates, type Showing } from './present.js';

/** A finding's meaning in a word beside its mark (never by colour alone). */
const MARKS = { confirmed: '✔ confirmed', 'ruled-out': '✖ ruled out', open: '? open' } as const;
const STYLE = { confirmed: 'attention', 'ruled-out': 'good', open: 'emphasis' } as const;
const MAX_LINES = 12;

export const GROUP_TRIM_NOTE = 'This is a shared chat: user names, e-mail addresses and object ids from the output are hidden here. Paste it in a 1:1 chat with me to see them.';

/**
 * A line of the output as a card shows it: secrets always removed; in a group chat also the
 * values that identify people and tenants (UPNs, e-mail addresses, object and tenant ids) —
 * permission ids stay, they are Microsoft's and public.
 */
function shown(line: string, parsed: ParsedOutput, group: boolean): string {
  let out = redact(line);
  if (group) {
    for (const value of parsed.personal) if (value.length >= 3) out = out.split(value).join('[hidden]');
    out = redact(out, { emails: true }).replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, (id) => (isGuid(id) && permissionById(id) ? id : '[id hidden]'));
  }
  const safe = display(out);
  return safe.length > 400 ? `${safe.slice(0, 399)}…` : safe;
}

function outputLines(parsed: ParsedOutput, group: boolean): { text: string }[] {
  const lines = parsed.lines.slice(0, MAX_LINES).map((l) => ({ text: shown(l, parsed, group) }));
  if (parsed.lines.length > MAX_LINES) lines.push({ text: `… and ${parsed.lines.length - MAX_LINES} more` });
  return lines;
}

function findingsData(v: CheckVerdict): CheckOutputCardData['findings'] {
  return v.findings.map((f) => ({ mark: MARKS[f.outcome], text: display(`${verdictById(f.cause)?.wording.title ?? f.cause}: ${f.text}`) }));
}

/** What the output means for the common causes when nothing else is known. */
export function outputSummary(parsed: ParsedOutput, deps: ConversationDeps, showing: Showing): Reply {
  const v = judgeOutput(parsed.facts, {});
  const data: CheckOutputCardData = {
    title: parsed.title,
    subtitle: `Read as ${parsed.format === 'text' ? 'command output' : parsed.format === 'json' ? 'JSON' : `a PowerShell ${parsed.format}`}. Tell me the call for a verdict on it.`,
    verdict: v.outcome === 'open' ? undefined : { headline: display(v.headline), style: STYLE[v.outcome] },
    findings: findingsData(v),
    lines: outputLines(parsed, showing.group),
    needs: v.needs ? display(v.needs) : undefined,
    note: showing.group && parsed.personal.length > 0 ? GROUP_TRIM_NOTE : undefined,
    prompt: { submit: { verb: 'calling', outputFacts: encodeOutputFacts(parsed.facts) } },
  };
  return { cards: [deps.renderer.attachment('check-output', data)], text: `${parsed.title}. ${v.headline}`, outcome: 'output-summary' };
}

/** "METHOD URL", a bare URL or path (GET assumed), or nothing usable. */
function readRequest(text: string | undefined): { method: string; path: string } | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  const m = /^(GET|POST|PATCH|PUT|DELETE)\s+(\S{1,400})/i.exec(t);
  if (m) return { method: (m[1] as string).toUpperCase(), path: m[2] as string };
  return /^(?:https?:\/\/|\/)\S{1,400}$/i.test(t) ? { method: 'GET', path: t } : undefined;
}

function tokenKindOf(flow: string | undefined): TokenKind | undefined {
  return flow === 'app-only' || flow === 'delegated' ? flow : undefined;
}

/** The answer to "what were you calling?": the same output judged for that call and flow. */
export function outputForCall(inputs: Pick<CardAction, 'request' | 'flow' | 'outputFacts'>, deps: ConversationDeps): Reply {
  const facts = parseOutputFacts(inputs.outputFacts);
  const request = readRequest(inputs.request);
  const v = judgeOutput(facts, { method: request?.method, path: request?.path, tokenKind: tokenKindOf(inputs.flow) });
  const data: CheckOutputCardData = {
    title: 'The verdict for your call',
    subtitle: request ? display(`${request.method} ${redact(request.path, { emails: true })}`) : 'No request given: judged without it.',
    verdict: { headline: display(v.headline), style: STYLE[v.outcome] },
    findings: findingsData(v),
    lines: [],
    needs: display(v.needs ?? 'Paste the error you got next, and I will walk you through the remaining checks.'),
  };
  return { cards: [deps.renderer.attachment('check-output', data)], text: v.headline, outcome: `output-verdict-${v.outcome}` };
}

/** The ranking after what the output proved, the way withAnswer re-ranks after an answer. */
function reranked(state: FollowUpState, v: CheckVerdict): { state: FollowUpState; confident: boolean } {
  const points = new Map(state.ranking.map((r) => [r.id, r.points] as const));
  const strongest = new Map(state.ranking.map((r) => [r.id, r.strongest] as const));
  for (const [id, delta] of Object.entries(v.effects) as [VerdictId, number][]) {
    points.set(id, (points.get(id) ?? 0) + delta);
    // What a command printed is as good as a strong signal for deciding.
    if (delta > (strongest.get(id) ?? 0)) strongest.set(id, delta);
  }
  const answers = { ...state.answers };
  for (const [q, a] of Object.entries(v.answers)) if (!(q in answers) && questionById(q)?.choices.some((c) => c.value === a)) answers[q] = a;
  const order = [...new Set<VerdictId>([...state.ranking.map((r) => r.id), ...points.keys()])];
  const ranked = rankPoints(points, strongest, state.facts.status, order).filter((r) => r.points > -50);
  const ranking: RankEntry[] = ranked.slice(0, 6).map((r) => ({ id: r.id, points: Math.max(-100, Math.min(100, r.points)), strongest: Math.min(100, r.strongest) }));
  const open = ranked.filter((r) => !state.tried.includes(r.id) && r.id !== 'not-authorization');
  return { state: stepForward(state, { ranking, answers, asking: undefined, qc: { ...state.qc, context: contextAfter(state.qc.context, answers) } }), confident: isConfident(open) };
}

/** The request carried in the state ("GET /groups/{id}/members"), for the verdict. */
function carriedRequest(state: FollowUpState): { method?: string; path?: string } {
  const m = /^(GET|POST|PATCH|PUT|DELETE)\s+(\S+)/.exec(state.facts.request ?? '');
  return m ? { method: m[1], path: m[2] } : {};
}

function carriedTokenKind(state: FollowUpState): TokenKind | undefined {
  const c = contextAfter(state.qc.context, state.answers);
  return c === 'app-only' || c === 'delegated' ? c : undefined;
}

/** An output pasted into a cause card's field: the verdict on the check, then where to go next. */
export function outputInWalkthrough(state: FollowUpState, pasted: string, deps: ConversationDeps, showing: Showing): Reply | undefined {
  const parsed = readCheckOutput(pasted);
  if (!parsed) return undefined;
  const current = state.current ?? openCandidates(state)[0];
  const ctx: CheckContext = { cause: current, ...carriedRequest(state), tokenKind: carriedTokenKind(state) };
  const v = judgeOutput(parsed.facts, ctx);
  const next = reranked(state, v);
  const onCurrent = v.findings.find((f) => f.cause === current);
  let moved = next.state;
  let lead: string;
  let to: VerdictId | undefined;
  if (onCurrent?.outcome === 'ruled-out' && current) {
    moved = { ...moved, tried: moved.tried.includes(current) ? moved.tried : [...moved.tried, current] };
    to = openCandidates(moved)[0];
    lead = 'The output ruled that out. Next candidate';
  } else {
    const top = openCandidates(moved)[0];
    to = onCurrent?.outcome === 'confirmed' ? current : next.confident && top ? top : current ?? top;
    lead = onCurrent?.outcome === 'confirmed' ? 'Confirmed by what the check printed' : 'With what the check printed';
  }
  const data: CheckOutputCardData = {
    title: parsed.title,
    subtitle: current ? `Checked against: ${verdictById(current)?.wording.title ?? current}` : 'Checked against the walkthrough',
    verdict: { headline: display(v.headline), style: STYLE[v.outcome] },
    findings: findingsData(v),
    lines: outputLines(parsed, showing.group),
    needs: v.needs ? display(v.needs) : undefined,
    note: showing.group && parsed.personal.length > 0 ? GROUP_TRIM_NOTE : undefined,
    // Back shows the card the output was pasted into again (the step before this one).
    back: action('back', stepForward(state, {})),
  };
  const cards = [deps.renderer.attachment('check-output', data)];
  if (to) cards.push(deps.renderer.attachment('cause', causeData(to, moved, showing, { lead })));
  return { cards, text: v.headline, outcome: `output-${v.outcome}`, causeId: to };
}

export type { OutputFacts };
