/**
 * Guided questions: what the bot asks when the text cannot decide. Each answer moves the
 * candidates' scores by fixed amounts, so a follow-up needs only the previous scores and the
 * answers — no conversation store.
 */
import type { CallContext, Evidence } from './evidence/index.js';
import type { VerdictId } from './cause.js';
import { firstPhrase, phrases } from './signals.js';
import { servesWorkAccountsOnly } from './reasoning.js';

export type Effects = Partial<Record<VerdictId, number>>;

export interface Choice {
  readonly value: string;
  readonly label: string;
  /**
   * The answer's effect on the candidates; it may depend on the call context and on what the
   * paste is about (an app-only answer says nothing about password resets unless the paste
   * changes a password).
   */
  readonly effects: Effects | ((context: CallContext, q?: QuestionContext) => Effects);
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

/** What a paste can be about that changes which questions make sense and what answers mean. */
export type QuestionTopic =
  | 'mailbox'
  | 'password'
  /** The paste names the permission type (Delegated / Application) or shows the token's claims. */
  | 'permission-type-known'
  /** The paste says consent was granted. */
  | 'consent-known'
  /** The failing endpoint was read from the paste. */
  | 'endpoint-known'
  /** The endpoint serves work or school accounts only. */
  | 'work-only-api'
  /** The call is made in Graph Explorer (so "does it work in Graph Explorer" is moot). */
  | 'graph-explorer'
  /** not-authorization leads, but on weak evidence only. */
  | 'weak-not-authorization';

/**
 * The little the questions need to know about the paste; fits in card action data. `topics` is
 * optional so that follow-ups carrying only the first three fields keep working (answers then
 * have their topic-independent effect).
 */
export interface QuestionContext {
  readonly context: CallContext;
  readonly knowsAccount: boolean;
  readonly hasToken: boolean;
  readonly topics?: readonly QuestionTopic[];
}

const MAILBOX_TOPIC = phrases(['mailbox', 'mail', 'calendar', 'exchange', 'outlook', 'inbox', 'sendmail', 'messages', 'events', 'contacts']);
const PASSWORD_TOPIC = phrases(['password']);

function topicsOf(e: Evidence, weakNotAuthorization: boolean): QuestionTopic[] {
  const out: QuestionTopic[] = [];
  if (firstPhrase(e, MAILBOX_TOPIC)) out.push('mailbox');
  if (firstPhrase(e, PASSWORD_TOPIC)) out.push('password');
  if (e.permissionTypes.length > 0 || e.held !== undefined) out.push('permission-type-known');
  if (e.grantedClaim !== undefined) out.push('consent-known');
  if (e.graphRequest) out.push('endpoint-known');
  if (servesWorkAccountsOnly(e)) out.push('work-only-api');
  if (e.flows.includes('graph-explorer')) out.push('graph-explorer');
  if (weakNotAuthorization) out.push('weak-not-authorization');
  return out;
}

/** `weakNotAuthorization`: not-authorization leads without a reason that decides on its own. */
export function questionContext(e: Evidence, weakNotAuthorization = false): QuestionContext {
  return { context: e.context, knowsAccount: e.accountHints.length > 0 || e.token !== undefined, hasToken: e.token !== undefined, topics: topicsOf(e, weakNotAuthorization) };
}

/** Whether the paste is about the topic; unknown (no topics carried) counts as yes. */
function about(q: QuestionContext | undefined, topic: QuestionTopic): boolean {
  return q?.topics === undefined || q.topics.includes(topic);
}

/** Whether the paste is known to be about the topic (unknown counts as no). */
function knows(q: QuestionContext, topic: QuestionTopic): boolean {
  return q.topics?.includes(topic) === true;
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'sign-in-flow',
    effort: 1,
    prompt: 'How does your app get its token?',
    relevant: (q) => q.context === 'unknown' || q.context === 'mixed',
    choices: [
      {
        value: 'app-only',
        label: 'Without a user: client secret, certificate or managed identity',
        effects: (_c, q) => ({ 'permission-type-mismatch': 2.5, 'password-reset-app-only': about(q, 'password') ? 2 : 0, 'permissions-missing': 1, 'odata-access-disabled': about(q, 'mailbox') ? 1 : 0, 'user-access-or-license': -4, 'conditional-access': -3 }),
      },
      {
        value: 'delegated',
        label: 'A user signs in (browser, device code, Graph PowerShell, on-behalf-of)',
        effects: (_c, q) => ({ 'user-access-or-license': 2, 'conditional-access': 1.5, 'permission-type-mismatch': 1, 'password-reset-app-only': about(q, 'password') ? -2 : 0, 'odata-access-disabled': about(q, 'mailbox') ? -2 : 0 }),
      },
      { value: 'unsure', label: "I'm not sure", effects: {} },
    ],
  },
  {
    id: 'permission-type',
    effort: 1.3,
    prompt: 'In the app registration (API permissions), which type is the Microsoft Graph permission you rely on?',
    relevant: (q) => !knows(q, 'permission-type-known'),
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
    relevant: (q) => !knows(q, 'consent-known'),
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
      {
        value: 'some-users',
        label: 'Only for some users or mailboxes',
        effects: (c, q) => ({ 'user-access-or-license': c === 'app-only' ? 0 : 3.5, 'odata-access-disabled': about(q, 'mailbox') ? (c === 'app-only' ? 3.5 : 2) : 0, 'conditional-access': 1, 'permission-type-mismatch': -1 }),
      },
    ],
  },
  {
    id: 'graph-explorer',
    effort: 1.6,
    prompt: 'Does the same request work in Graph Explorer, signed in as the same user?',
    relevant: (q) => q.context !== 'app-only' && !knows(q, 'graph-explorer'),
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
    id: 'token-audience',
    effort: 1.3,
    prompt: 'Which API was the token requested for (the scope or resource in the token request)?',
    relevant: (q) => !q.hasToken,
    choices: [
      { value: 'graph', label: 'Microsoft Graph: https://graph.microsoft.com/.default or Graph permissions such as User.Read', effects: { 'wrong-audience': -3 } },
      { value: 'own-api', label: 'My own API (api://…, access_as_user), or an SSO token from Teams or an Office add-in', effects: { 'wrong-audience': 5, 'token-invalid': -1 } },
      { value: 'other-api', label: 'Another Microsoft API: SharePoint, Outlook, Azure management or Azure AD Graph', effects: { 'wrong-audience': 5, 'token-invalid': -1 } },
      { value: 'unsure', label: "I'm not sure", effects: {} },
    ],
  },
  {
    id: 'whose-data',
    effort: 1,
    prompt: 'Whose data does the failing call read or change?',
    relevant: (q) => !knows(q, 'endpoint-known'),
    choices: [
      { value: 'own', label: "The signed-in user's own (/me)", effects: (c) => (c === 'app-only' ? { 'permission-type-mismatch': 4 } : { 'user-access-or-license': -1, 'odata-access-disabled': -1 }) },
      {
        value: 'other-user',
        label: "Another user's mailbox, calendar or files, or a shared mailbox",
        effects: (c) => (c === 'app-only' ? { 'odata-access-disabled': 2.5, 'permissions-missing': 1 } : c === 'delegated' ? { 'user-access-or-license': 3, 'permissions-missing': 1 } : { 'user-access-or-license': 1.5, 'odata-access-disabled': 1.5 }),
      },
      { value: 'organization', label: 'Directory-wide data: users, groups, sites, reports, policies', effects: { 'permissions-missing': 1.5, 'user-access-or-license': 1, 'odata-access-disabled': -2 } },
    ],
  },
  {
    id: 'only-this-request',
    effort: 1,
    prompt: 'Do other Graph calls with the same sign-in work, so that only this request (this object, query or body) fails?',
    relevant: (q) => knows(q, 'weak-not-authorization'),
    choices: [
      { value: 'only-this', label: 'Yes: other calls work; only this request fails', effects: { 'not-authorization': 3, 'token-invalid': -2, 'wrong-audience': -2 } },
      { value: 'all-fail', label: 'No: every call fails the same way', effects: { 'not-authorization': -3, 'token-invalid': 1.5, 'permissions-missing': 1, 'wrong-audience': 1 } },
      { value: 'unsure', label: "I haven't tried", effects: {} },
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

export function effectsOf(choice: Choice, context: CallContext, q?: QuestionContext): Effects {
  return typeof choice.effects === 'function' ? choice.effects(context, q) : choice.effects;
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
  // A work-only API and a token problem among the candidates: the account kind comes first.
  const accountFirst = knows(q, 'work-only-api') && candidates.includes('token-invalid');
  for (const question of QUESTIONS) {
    if (question.id in answers || !question.relevant(ctx)) continue;
    let separation = 0;
    for (const choice of question.choices) {
      // How far apart this answer pushes the candidates: the spread of its effects on them.
      const eff = effectsOf(choice, context, ctx);
      let max = -Infinity;
      let min = Infinity;
      for (const c of candidates) {
        const v = eff[c] ?? 0;
        if (v > max) max = v;
        if (v < min) min = v;
      }
      if (candidates.length > 0) separation += max - min;
    }
    const effort = accountFirst && question.id === 'account-type' ? question.effort / 3 : question.effort;
    scored.push({ question, separation: separation / effort });
  }
  return scored
    .filter((s) => s.separation > 0)
    .sort((a, b) => b.separation - a.separation)
    .map((s) => s.question);
}
