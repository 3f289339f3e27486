/**
 * Picks the advice that fits the paste: the fix sentence for its situation and the checks that
 * apply to it. A daemon is never told to show an MFA prompt, a signed-in user is never sent to
 * assign a role to a service principal. Pure.
 */
import type { Check, Situation, Verdict } from './cause.js';
import { fillChecks, fillText, type FilledCheck, type PasteValues } from './fill-commands.js';
import { CALLERS } from './situations.js';

/**
 * When the paste does not say who calls, checks for either caller are shown. `setupKnown` false
 * means only the caller is known (a card from before the setups were carried): checks for a
 * setup (Azure AD Graph, own API, EWS …) are then shown too.
 */
export function checkApplies(check: Check, situations: readonly Situation[], setupKnown = true): boolean {
  if (check.notIn?.some((s) => situations.includes(s))) return false;
  if (!check.appliesTo) return true;
  if (check.appliesTo.some((s) => situations.includes(s))) return true;
  const forCaller = check.appliesTo.every((s) => CALLERS.has(s));
  if (!forCaller) return !setupKnown;
  return !situations.some((s) => CALLERS.has(s));
}

export interface Advice {
  readonly fix: string;
  readonly checks: readonly Check[];
}

export function adviceFor(verdict: Pick<Verdict, 'wording' | 'checks'>, situations: readonly Situation[], setupKnown = true): Advice {
  // Situations come in a fixed order (setups before callers), so the most specific fix wins.
  const special = situations.map((s) => verdict.wording.fixFor?.[s]).find((f) => f !== undefined);
  return { fix: special ?? verdict.wording.fix, checks: verdict.checks.filter((c) => checkApplies(c, situations, setupKnown)) };
}

/** The advice for a card: the situation's fix and checks, with the paste's values filled in. */
export function filledAdvice(verdict: Pick<Verdict, 'wording' | 'checks'>, values: PasteValues): { fix: string; checks: FilledCheck[] } {
  const advice = adviceFor(verdict, values.situations ?? [], values.setupKnown !== false);
  const missing = new Set<string>();
  return { fix: fillText(advice.fix, values, missing), checks: fillChecks(advice.checks, values) };
}
