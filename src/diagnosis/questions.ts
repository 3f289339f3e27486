/**
 * Guided questions: what the bot asks when the text cannot decide. Each answer moves the
 * candidates' scores by fixed amounts, so a follow-up needs only the previous scores and the
 * answers — no conversation store.
 */
import type { CallContext, Evidence } from './evidence/index.js';
import type { VerdictId } from './cause.js';

export type Effects = Partial<Record<VerdictId, number>>;

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly effects: Effects | ((context: CallContext) => Effects);
}

export interface Question {
  readonly id: string;
  readonly prompt: string;
  readonly choices: readonly Choice[];
  /** Whether asking makes sense for this paste (e.g. don't ask the flow when the token shows it). */
  readonly relevant: (e: QuestionContext) => boolean;
  /** How much work answering takes: 1 = the user knows it, more = they must go and look or try. */
  readonly effort: number;
}

/** The little the questions need to know about the paste; fits in card action data. */
export interface QuestionContext {
  readonly context: CallContext;
  readonly knowsAccount: boolean;
  readonly hasToken: boolean;
}

export function questionContext(e: Evidence): QuestionContext {
  return { context: e.context, knowsAccount: e.accountHints.length > 0 || e.token !== undefined, hasToken: e.token !== undefined };
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'sign-in-flow',
    effort: 1,
    prompt: 'How does your app get its token?',
    relevant: (q) => q.context === 'unknown' || q.context === 'mixed',
    choices: [
      { value: 'app-only', label: 'Without a user: client secret, certificate or managed identity', effects: { 'permission-type-mismatch': 2.5, 'password-reset-app-only': 2, 'permissions-missing': 1, 'odata-access-disabled': 1, 'user-access-or-license': -4, 'conditional-access': -3 } },
      { value: 'delegated', label: 'A user signs in (browser, device code, Graph PowerShell, on-behalf-of)', effects: { 'user-access-or-license': 2, 'conditional-access': 1.5, 'permission-type-mismatch': 1, 'password-reset-app-only': -2, 'odata-access-disabled': -2 } },
      { value: 'unsure', label: "I'm not sure", effects: {} },
    ],
  },
  {
    id: 'permission-type',
    effort: 1.3,
    prompt: 'In the app registration (API permissions), which type is the Microsoft Graph permission you rely on?',
    relevant: () => true,
    choices: [
      { value: 'delegated', label: 'Delegated', effects: (c) => (c === 'app-only' ? { 'permission-type-mismatch': 5, 'permissions-missing': -1 } : c === 'delegated' ? { 'permission-type-mismatch': -3, 'user-access-or-license': 1 } : { 'permission-type-mismatch': 1 }) },
      { value: 'application', label: 'Application', effects: (c) => (c === 'delegated' ? { 'permission-type-mismatch': 5, 'permissions-missing': -1 } : c === 'app-only' ? { 'permission-type-mismatch': -3, 'permissions-missing': 1 } : { 'permission-type-mismatch': 1, 'password-reset-app-only': 1 }) },
      { value: 'none', label: 'There is no Graph permission listed', effects: { 'permissions-missing': 5, 'permission-type-mismatch': -1 } },
    ],
  },
  {
    id: 'consent',
    effort: 1.3,
    prompt: 'Next to that permission, does the Status column say "Granted for {your tenant}" with a green check?',
    relevant: () => true,
    choices: [
      { value: 'granted', label: 'Yes, granted', effects: { 'permissions-missing': -2.5, 'permission-type-mismatch': 1, 'user-access-or-license': 1 } },
      { value: 'not-granted', label: 'No, or "Not granted"', effects: { 'permissions-missing': 4.5 } },
      { value: 'unsure', label: "I can't see it", effects: {} },
    ],
  },
  {
    id: 'who-fails',
    effort: 1,
    prompt: 'When does it fail?',
    relevant: () => true,
    choices: [
      { value: 'after-a-while', label: 'It worked, then started failing after an hour or so', effects: { 'token-invalid': 4, 'conditional-access': 1 } },
      { value: 'always', label: 'Every time, for everyone, from the first call', effects: { 'token-invalid': -1.5, 'permissions-missing': 1, 'permission-type-mismatch': 1, 'wrong-audience': 1, 'user-access-or-license': -2 } },
      { value: 'some-users', label: 'Only for some users or mailboxes', effects: { 'user-access-or-license': 3.5, 'odata-access-disabled': 2, 'conditional-access': 1, 'permission-type-mismatch': -1 } },
    ],
  },
  {
    id: 'graph-explorer',
    effort: 1.6,
    prompt: 'Does the same request work in Graph Explorer, signed in as the same user?',
    relevant: (q) => q.context !== 'app-only',
    choices: [
      { value: 'works', label: 'Yes, it works there', effects: { 'permissions-missing': 2, 'permission-type-mismatch': 1.5, 'wrong-audience': 1.5, 'token-invalid': 1, 'user-access-or-license': -3, 'conditional-access': -1 } },
      { value: 'fails', label: 'No, it fails there too', effects: { 'user-access-or-license': 3, 'conditional-access': 1, 'permissions-missing': -1, 'wrong-audience': -2 } },
      { value: 'not-tried', label: "I haven't tried", effects: {} },
    ],
  },
  {
    id: 'account-type',
    effort: 1,
    prompt: 'Which kind of account signs in?',
    relevant: (q) => q.context !== 'app-only' && !q.knowsAccount,
    choices: [
      { value: 'member', label: 'A work or school account of the tenant', effects: { 'token-invalid': -1.5 } },
      { value: 'guest', label: 'A guest from another organization', effects: { 'user-access-or-license': 4 } },
      { value: 'personal', label: 'A personal account (outlook.com, hotmail.com, live.com)', effects: { 'token-invalid': 5 } },
    ],
  },
  {
    id: 'policy-change',
    effort: 1,
    prompt: 'Did your organization recently require MFA, a compliant device or other sign-in policies?',
    relevant: (q) => q.context !== 'app-only',
    choices: [
      { value: 'yes', label: 'Yes, or I am asked for MFA when I sign in', effects: { 'conditional-access': 4 } },
      { value: 'no', label: 'No', effects: { 'conditional-access': -2 } },
    ],
  },
];

export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

export function effectsOf(choice: Choice, context: CallContext): Effects {
  return typeof choice.effects === 'function' ? choice.effects(context) : choice.effects;
}

/** The context after the answers: answering the flow question settles an unknown context. */
export function contextAfter(context: CallContext, answers: Readonly<Record<string, string>>): CallContext {
  const flow = answers['sign-in-flow'];
  if ((context === 'unknown' || context === 'mixed') && (flow === 'app-only' || flow === 'delegated')) return flow;
  return context;
}

/**
 * Picks the unanswered, relevant question whose answers best separate the leading candidates
 * for the least work: for each choice, how far apart it pushes them, summed over the choices,
 * divided by the effort of answering.
 */
export function pickQuestions(candidates: readonly VerdictId[], q: QuestionContext, answers: Readonly<Record<string, string>>): Question[] {
  const context = contextAfter(q.context, answers);
  const ctx = { ...q, context };
  const scored: { question: Question; separation: number }[] = [];
  for (const question of QUESTIONS) {
    if (question.id in answers || !question.relevant(ctx)) continue;
    let separation = 0;
    for (const choice of question.choices) {
      // How far apart this answer pushes the candidates: the spread of its effects on them.
      const eff = effectsOf(choice, context);
      let max = -Infinity;
      let min = Infinity;
      for (const c of candidates) {
        const v = eff[c] ?? 0;
        if (v > max) max = v;
        if (v < min) min = v;
      }
      if (candidates.length > 0) separation += max - min;
    }
    scored.push({ question, separation: separation / question.effort });
  }
  return scored
    .filter((s) => s.separation > 0)
    .sort((a, b) => b.separation - a.separation)
    .map((s) => s.question);
}
