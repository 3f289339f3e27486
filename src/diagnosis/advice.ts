/**
 * Picks the advice that fits the paste: the fix sentence for its situation and the checks that
 * apply to it. A daemon is never told to show an MFA prompt, a signed-in user is never sent to
 * assign a role to a service principal. Pure.
 */
import type { Check, Situation, Verdict } from './cause.js';

/** Who calls. When the paste does not say, checks for either caller are shown. */
const CALLERS: ReadonlySet<Situation> = new Set(['app-only', 'delegated']);

export function checkApplies(check: Check, situations: readonly Situation[]): boolean {
  if (!check.appliesTo) return true;
  if (check.appliesTo.some((s) => situations.includes(s))) return true;
  const callerKnown = situations.some((s) => CALLERS.has(s));
  return !callerKnown && check.appliesTo.every((s) => CALLERS.has(s));
}

export interface Advice {
  readonly fix: string;
  readonly checks: readonly Check[];
}

export function adviceFor(verdict: Pick<Verdict, 'wording' | 'checks'>, situations: readonly Situation[]): Advice {
  // Situations come in a fixed order (setups before callers), so the most specific fix wins.
  const special = situations.map((s) => verdict.wording.fixFor?.[s]).find((f) => f !== undefined);
  return { fix: special ?? verdict.wording.fix, checks: verdict.checks.filter((c) => checkApplies(c, situations)) };
}
