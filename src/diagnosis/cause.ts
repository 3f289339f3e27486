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
  /** Only orders candidates: never makes a paste diagnosable or an answer confident on its own. */
  readonly tieBreak?: boolean;
}

/** How to verify one check: where to click, what to run, which claim to read. */
export interface Verification {
  readonly portal?: string;
  readonly powershell?: string;
  readonly cli?: string;
  readonly claim?: string;
}

/**
 * What the paste says about the call, as far as advice depends on it: a daemon and a signed-in
 * user need different fixes for the same error, and so do a call to the retired Azure AD Graph,
 * a token checked by the developer's own API, EWS, a Conditional Access claims challenge, a
 * *.Selected permission (Sites.Selected …) that grants nothing until a resource is granted, and
 * Teams online meetings, which Teams' own application access policy guards, and a national cloud,
 * whose sign-in, app registration and Graph all differ from the global ones.
 */
export const SITUATIONS = ['app-only', 'delegated', 'azure-ad-graph', 'own-api', 'ews', 'claims-challenge', 'selected-permission', 'teams-meetings', 'national-cloud', 'smtp-auth', 'upload-url'] as const;
export type Situation = (typeof SITUATIONS)[number];

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}

export interface Check {
  readonly title: string;
  readonly verify: Verification;
  readonly fix: string;
  /** The Microsoft Learn page the check's facts and commands rest on (a card shows it as "Learn more"). */
  readonly source: string;
  /**
   * Shown only when the paste shows one of these situations; a check without it is always shown.
   * When the paste does not say (no token, no flow named), every check is shown.
   */
  readonly appliesTo?: readonly Situation[];
  /** Never shown when the paste shows one of these situations (a setup the check does not concern). */
  readonly notIn?: readonly Situation[];
  /** Said beside a fix that gives up some security, so nobody takes it without knowing. */
  readonly tradeOff?: string;
}

/** When a cause's advice was last compared with Microsoft Learn, and which pages. */
export interface LastVerified {
  readonly on: string;
  readonly against: readonly string[];
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
  /** A fix worded for one situation, used instead of `fix` when the paste shows it. */
  readonly fixFor?: Partial<Record<Situation, string>>;
  readonly learnMore: { readonly title: string; readonly url: string };
  readonly lastVerified: LastVerified;
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
