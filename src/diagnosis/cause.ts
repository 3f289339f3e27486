/**
 * The shape of a cause module: its id, wording, the checks a card walks through, and the
 * signals that point to it. One cause = one module in ./causes, registered in ./causes/index.ts.
 */
import type { Evidence } from './evidence/index.js';

export const CAUSE_IDS = [
  'token-invalid',
  'permissions-missing',
  'permission-type-mismatch',
  'password-reset-app-only',
  'user-access-or-license',
  'wrong-audience',
  'conditional-access',
  'odata-access-disabled',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];
export type VerdictId = CauseId | 'not-authorization';

export function isVerdictId(value: unknown): value is VerdictId {
  return typeof value === 'string' && (value === 'not-authorization' || (CAUSE_IDS as readonly string[]).includes(value));
}

/**
 * One reason to suspect (positive weight) or doubt (negative weight) a cause. `test` returns a
 * one-line, human explanation of what it saw ("AADSTS50076: MFA required"), or undefined.
 * Weights are log-odds-like points: about 6 decides on its own, 3-4 is strong, 1-2 is a hint.
 */
export interface Signal {
  readonly id: string;
  readonly weight: number;
  readonly test: (e: Evidence) => string | undefined;
  /** Its explanation quotes a pasted token's claims: not for group chats. */
  readonly fromToken?: boolean;
}

/** How to verify one check: where to click, what to run, which claim to read. */
export interface Verification {
  readonly portal?: string;
  readonly powershell?: string;
  readonly cli?: string;
  readonly claim?: string;
}

export interface Check {
  readonly title: string;
  readonly verify: Verification;
  readonly fix: string;
}

export interface CauseWording {
  /** Card title: the cause in a few words. */
  readonly title: string;
  /** What it means, in one or two sentences. */
  readonly what: string;
  /** Why it happens. */
  readonly why: string;
  /** The fix, in one sentence. */
  readonly fix: string;
  readonly learnMore: { readonly title: string; readonly url: string };
}

export interface Verdict {
  readonly id: VerdictId;
  readonly wording: CauseWording;
  readonly signals: readonly Signal[];
  /** The checks a card walks through, in order (empty for not-authorization). */
  readonly checks: readonly Check[];
}

export interface Cause extends Verdict {
  readonly id: CauseId;
}

/** Identity helper that keeps the literal types of a cause module. */
export function defineVerdict<T extends Verdict>(verdict: T): T {
  return verdict;
}
