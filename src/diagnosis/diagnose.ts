/**
 * The diagnosis engine's public entry: paste in, ranked causes with evidence, a confidence
 * decision, the facts it read, and the questions to ask when it cannot decide.
 */
import type { Verdict, VerdictId } from './cause.js';
import { verdicts as allVerdicts } from './causes/index.js';
import { extractEvidence, type CallContext, type Evidence } from './evidence/index.js';
import { aboutMicrosoft365, describesFailure } from './described-failure.js';
import { normalizePaste, MAX_READ } from './normalize.js';
import { contextAfter, effectsOf, pickQuestions, questionById, questionContext, type Question, type QuestionContext } from './questions.js';
import { DECISIVE_WEIGHT, impliedStatus, isConfident, rankPoints, type Ranked } from './rank.js';
import type { PermissionSource } from '../permissions/requirement.js';
import type { PermissionInsight } from '../permissions/insight.js';
import type { TokenReport } from '../token/inspect.js';
import { redact } from '../token/redact.js';
import { extractFacts, type Facts } from './facts.js';
import { speaksOfAccess } from './evidence/topics.js';
import { hasStatus } from './signals.js';
import { testedFix } from './causes/not-authorization.js';

export interface RankedCause extends Ranked {
  /** Human-readable reasons, strongest first. */
  readonly evidence: readonly string[];
  /** Aligned with evidence: true where the reason quotes a pasted token (not for group chats). */
  readonly evidenceFromToken: readonly boolean[];
  /** What spoke against it. */
  readonly against: readonly string[];
}

export interface Diagnosis {
  readonly causes: readonly RankedCause[];
  readonly confident: boolean;
  readonly facts: Facts;
  readonly tokens: readonly TokenReport[];
  readonly insight?: PermissionInsight;
  /** Guided questions, best first; asked when not confident. */
  readonly questions: readonly Question[];
  readonly questionContext: QuestionContext;
  /** Remarks for the user, e.g. that a long paste was read only in part. */
  readonly notes: readonly string[];
  /** True when the paste held nothing an error diagnosis can use. */
  readonly empty: boolean;
}

export interface DiagnoseOptions {
  /** The clock for token expiry checks. */
  readonly now?: Date;
  readonly permissionSources?: readonly PermissionSource[];
  /** Answers to guided questions (question id -> choice value). */
  readonly answers?: Readonly<Record<string, string>>;
  readonly verdicts?: readonly Verdict[];
}

interface Scored {
  readonly points: Map<VerdictId, number>;
  readonly strongest: Map<VerdictId, number>;
  readonly evidence: Map<VerdictId, { weight: number; text: string; fromToken: boolean; tieBreak: boolean }[]>;
  readonly against: Map<VerdictId, string[]>;
}

function score(e: Evidence, verdicts: readonly Verdict[]): Scored {
  const points = new Map<VerdictId, number>();
  const strongest = new Map<VerdictId, number>();
  const evidence = new Map<VerdictId, { weight: number; text: string; fromToken: boolean; tieBreak: boolean }[]>();
  const against = new Map<VerdictId, string[]>();
  for (const v of verdicts) {
    let total = 0;
    const pro: { weight: number; text: string; fromToken: boolean; tieBreak: boolean }[] = [];
    const con: string[] = [];
    for (const s of v.signals) {
      const said = s.test(e);
      if (said === undefined) continue;
      total += s.weight;
      if (s.weight > 0) pro.push({ weight: s.weight, text: said, fromToken: s.fromToken === true, tieBreak: s.tieBreak === true });
      else con.push(said);
    }
    points.set(v.id, total);
    strongest.set(v.id, pro.reduce((m, x) => Math.max(m, x.weight), 0));
    evidence.set(v.id, pro.sort((a, b) => b.weight - a.weight));
    against.set(v.id, con);
  }
  return { points, strongest, evidence, against };
}

/** Adds the effects of answered questions to the points (also used by stateless follow-ups). */
export function applyAnswers(points: Map<VerdictId, number>, strongest: Map<VerdictId, number>, context: CallContext, answers: Readonly<Record<string, string>>, qc?: QuestionContext): void {
  const ctx = contextAfter(context, answers);
  const withContext = qc ? { ...qc, context: ctx } : undefined;
  for (const [questionId, value] of Object.entries(answers)) {
    const choice = questionById(questionId)?.choices.find((c) => c.value === value);
    if (!choice) continue;
    for (const [id, delta] of Object.entries(effectsOf(choice, ctx, withContext))) {
      const v = id as VerdictId;
      points.set(v, (points.get(v) ?? 0) + (delta ?? 0));
      // A clear answer is as good as a strong signal for deciding.
      if ((delta ?? 0) > (strongest.get(v) ?? 0)) strongest.set(v, delta ?? 0);
    }
  }
}

/**
 * The paste without the first sentence of Entra's own description of its AADSTS codes: "…configured
 * for the application" is Microsoft's wording of a sign-in error, not the person speaking of apps or users.
 */
function withoutSignInDescriptions(e: Evidence): string {
  let text = e.lower;
  // Only the description's first sentence: what follows on the line may be the person's own words.
  for (const a of e.aadsts) {
    const first = a.description.split(/(?<=\.)\s/)[0]?.toLowerCase();
    if (first) text = text.split(first).join(' ');
  }
  return text;
}

/** Verdicts the text speaks against: a contradicting signal fired, or (for not-authorization) the prose is about access. */
function doubtedVerdicts(e: Evidence, against: ReadonlyMap<VerdictId, readonly string[]>, leader: VerdictId | undefined): Set<VerdictId> {
  const doubted = new Set<VerdictId>();
  for (const [id, reasons] of against) if (reasons.length > 0) doubted.add(id);
  // A 401 or 403 beside a not-found or a bad request: which of the two is the real failure is for the user to say.
  if (leader === 'not-authorization' && (speaksOfAccess(withoutSignInDescriptions(e)) || hasStatus(e, 401, 403))) doubted.add('not-authorization');
  // An older client (or a changed request) said to work with the same app and permissions speaks
  // against every authorization cause, however specific the error's own words are.
  if (leader !== undefined && leader !== 'not-authorization' && testedFix(e)) doubted.add(leader);
  // A token refused (401) and a call denied (403), each with its own error body, both told as current
  // (errors told as fixed are dropped before reading): two failures with their own causes, and which
  // one the question is about is for the user to say.
  if (leader !== undefined && twoCurrentFailures(e)) doubted.add(leader);
  return doubted;
}

const TOKEN_REFUSED_CODES = ['invalidauthenticationtoken', 'unauthorized', 'unauthenticated'];
const CALL_DENIED_CODES = ['authorization_requestdenied', 'forbidden', 'accessdenied', 'erroraccessdenied'];

function twoCurrentFailures(e: Evidence): boolean {
  return hasStatus(e, 401) && hasStatus(e, 403) && TOKEN_REFUSED_CODES.some((c) => e.codesLower.has(c)) && CALL_DENIED_CODES.some((c) => e.codesLower.has(c));
}

export function diagnose(paste: string, options: DiagnoseOptions = {}): Diagnosis {
  const now = options.now ?? new Date();
  const verdicts = options.verdicts ?? allVerdicts;
  const answers = options.answers ?? {};
  const normalized = normalizePaste(paste);
  const e = extractEvidence(normalized.text, { now, permissionSources: options.permissionSources });
  const { points, strongest, evidence, against } = score(e, verdicts);
  const before = rankPoints(points, strongest, impliedStatus(e.status, e.codesLower, e.oauthErrors), verdicts.map((v) => v.id));
  const weakNotAuthorization = before[0]?.id === 'not-authorization' && before[0].strongest < DECISIVE_WEIGHT;
  const qc = questionContext(e, weakNotAuthorization);
  applyAnswers(points, strongest, e.context, answers, qc);
  const ranked = rankPoints(points, strongest, impliedStatus(e.status, e.codesLower, e.oauthErrors), verdicts.map((v) => v.id));
  // Tie-breakers (the words a paste is about) order candidates but make nothing diagnosable.
  const anyEvidence = ranked.some((r) => (evidence.get(r.id) ?? []).some((x) => !x.tieBreak));
  // A failure told in words, about what the causes concern, is a problem to ask about, not a message without an error.
  const describedProblem = (): boolean => (ranked.some((r) => (evidence.get(r.id) ?? []).some((x) => x.tieBreak)) || aboutMicrosoft365(e)) && describesFailure(e);
  const status = impliedStatus(e.status, e.codesLower, e.oauthErrors);
  const causes: RankedCause[] = ranked.map((r) => {
    // A tie-breaker is shown only where it is all there is (then its one line, not its two).
    const all = evidence.get(r.id) ?? [];
    const reasons = all.filter((x) => !x.tieBreak);
    const own = reasons.length > 0 ? reasons : all.slice(0, 1);
    // A runner-up shown only because it is common for this status still says why it is listed.
    const texts = own.length > 0 ? own.map((x) => redact(x.text)) : [`Nothing in the text points here; it is listed as a common cause of ${status ? `HTTP ${status}` : 'such errors'}`];
    return {
      id: r.id,
      points: r.points,
      score: r.score,
      strongest: r.strongest,
      evidence: texts,
      evidenceFromToken: own.length > 0 ? own.map((x) => x.fromToken) : [false],
      against: (against.get(r.id) ?? []).map((x) => redact(x)),
    };
  });
  const confident = anyEvidence && isConfident(ranked, doubtedVerdicts(e, against, ranked[0]?.id));
  // not-authorization leading on weak evidence is a candidate the questions must test too.
  const leaders = causes.filter((c) => c.id !== 'not-authorization' || weakNotAuthorization).slice(0, 3).map((c) => c.id);
  const notes: string[] = [];
  if (normalized.truncated) {
    notes.push(`Only the first ${Math.round(MAX_READ / 1024)} KB of the ${Math.round(normalized.originalLength / 1024)} KB paste were read; paste the error body and the request if they came later.`);
  }
  return {
    causes,
    confident,
    facts: extractFacts(e, normalized.truncated),
    tokens: e.tokens,
    insight: e.insight,
    questions: confident ? [] : pickQuestions(leaders, qc, answers),
    questionContext: qc,
    notes,
    empty: !anyEvidence && e.statuses.length === 0 && e.codes.length === 0 && e.tokens.length === 0 && !describedProblem(),
  };
}
