/**
 * Turns signal points into a ranking with scores and a confidence decision. Kept separate
 * from signal evaluation so that a follow-up (an answered question) can re-rank from the
 * carried points alone.
 */
import type { VerdictId } from './cause.js';
import { BEARER_ERROR_STATUS } from './knowledge/service-codes.js';

export interface Ranked {
  readonly id: VerdictId;
  /** Sum of signal points (plus answer effects). */
  readonly points: number;
  /** 0..1, comparable across causes of one diagnosis. */
  readonly score: number;
  /** The weight of its single strongest reason: generic hints never add up to a decision. */
  readonly strongest: number;
}

/** Points a leader needs, and its lead over the runner-up, before the bot answers without asking. */
export const CONFIDENT_POINTS = 4;
/** At least one reason must be this strong on its own (a specific code, phrase, claim or answer). */
export const DECISIVE_WEIGHT = 4.5;
/**
 * A reason this strong decides alone (the 'decisive' rows of Microsoft's code tables, and the
 * readings as specific as them). A reason between DECISIVE_WEIGHT and this (a 'strong' row, a
 * phrase) decides only with something beside it that brings the leader to CORROBORATED_POINTS:
 * on pastes the rules were never written from, such a lone reason led right about two times in
 * three, far from the certainty an answer without questions claims.
 */
export const SELF_EVIDENT_WEIGHT = 5.5;
export const CORROBORATED_POINTS = 6.5;
export const CONFIDENT_MARGIN = 2;
/** Weight of "something this text does not show" in the score normalization. */
const UNSEEN = 2;
/** What a tie-breaker (a subject word, ./topic-signals.ts) weighs: it orders, never decides. */
export const TIE_BREAK_WEIGHT = 0.5;
const TEMPERATURE = 1.5;

/** Statuses only ever order the runners-up when the text has nothing better. */
const STATUS_PRIORS: Readonly<Record<number, readonly VerdictId[]>> = {
  401: ['token-invalid', 'wrong-audience', 'conditional-access'],
  403: ['permissions-missing', 'permission-type-mismatch', 'user-access-or-license'],
  400: ['conditional-access', 'not-authorization', 'permissions-missing'],
};
// Without a status, the slots go to the causes that seldom bring their own evidence: a broken or
// expired token nearly always shows itself (AADSTS codes, "expired", 401), a user's missing
// access or license seldom does.
const DEFAULT_PRIOR: readonly VerdictId[] = ['permissions-missing', 'permission-type-mismatch', 'user-access-or-license'];

/** The status family the codes imply when no status was pasted (priors only, never evidence). */
export function impliedStatus(status: number | undefined, codesLower: ReadonlySet<string>, oauthErrors: readonly string[]): number | undefined {
  if (status !== undefined) return status;
  if (['authorization_requestdenied', 'erroraccessdenied', 'accessdenied', 'forbidden'].some((c) => codesLower.has(c))) return 403;
  if (['invalidauthenticationtoken', 'unauthorized'].some((c) => codesLower.has(c))) return 401;
  // An API's own bearer errors go with its status (invalid_token 401, insufficient_scope 403); the
  // token endpoint answers its errors with 400.
  for (const error of oauthErrors) {
    const bearer = BEARER_ERROR_STATUS.get(error);
    if (bearer !== undefined) return bearer;
  }
  if (oauthErrors.length > 0) return 400;
  return undefined;
}

export function rankPoints(
  points: ReadonlyMap<VerdictId, number>,
  strongest: ReadonlyMap<VerdictId, number>,
  status: number | undefined,
  order: readonly VerdictId[],
): Ranked[] {
  const positive = order.filter((id) => (points.get(id) ?? 0) > 0);
  const prior = (status !== undefined ? STATUS_PRIORS[status] : undefined) ?? DEFAULT_PRIOR;
  const ids = [...positive];
  for (const id of prior) if (ids.length < 3 && !ids.includes(id)) ids.push(id);
  const denom = ids.reduce((sum, id) => sum + Math.exp(Math.max(0, points.get(id) ?? 0) / TEMPERATURE), Math.exp(UNSEEN / TEMPERATURE));
  const ranked = ids.map((id) => {
    const p = points.get(id) ?? 0;
    return {
      id,
      points: Math.round(p * 100) / 100,
      score: Math.round((Math.exp(Math.max(0, p) / TEMPERATURE) / denom) * 100) / 100,
      strongest: strongest.get(id) ?? 0,
    };
  });
  // Stable: equal points keep registry order (most specific cause first).
  const [leader, ...rest] = ranked.sort((a, b) => b.points - a.points);
  if (!leader) return [];
  // Behind the leader, a runner-up with a real reason comes first, then the status's usual causes,
  // then causes that have only a tie-breaker's subject word: a word like "license" in passing says
  // less about a 401 than the status itself does. A usual cause the text speaks against (below
  // zero) keeps its place by points. The leader stays whatever the points say.
  const tier = (r: Ranked): number => (r.strongest > TIE_BREAK_WEIGHT ? 0 : prior.includes(r.id) && r.points >= 0 ? 1 : 2);
  return [leader, ...rest.sort((a, b) => tier(a) - tier(b) || b.points - a.points)];
}

/**
 * Whether the leader is clear enough to answer without asking: enough points, one decisive reason,
 * a margin over the runner-up, and nothing in the text speaking against it (`doubted`: the
 * verdicts that something contradicted). One mid-weight reason with contradicting text beside it
 * is exactly what a confident wrong answer looks like.
 */
export function isConfident(ranked: readonly Ranked[], doubted: ReadonlySet<VerdictId> = new Set()): boolean {
  const [top, second] = ranked;
  if (!top || top.points < CONFIDENT_POINTS || top.strongest < DECISIVE_WEIGHT) return false;
  if (top.strongest < SELF_EVIDENT_WEIGHT && top.points < CORROBORATED_POINTS) return false;
  if (doubted.has(top.id)) return false;
  return top.points - Math.max(0, second?.points ?? 0) >= CONFIDENT_MARGIN;
}
