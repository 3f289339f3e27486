/**
 * Guided questions: what the bot asks when the text cannot decide. Each answer moves the
 * candidates' scores by fixed amounts, so a follow-up needs only the previous scores and the
 * answers — no conversation store.
 */
import type { CallContext, Evidence } from './evidence/index.js';
import type { VerdictId } from './cause.js';
import { firstPhrase, phrases, startedFailingUnchanged } from './signals.js';
import { callsMe, namesAUsersPersonalData, servesWorkAccountsOnly, supportOfCall } from './reasoning.js';
import { changesProtectedUserData } from './causes/password-reset-app-only.js';
import { serviceSaidMissing } from './service-missing.js';

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
  /**
   * Whether asking makes sense for this paste and the answers so far (e.g. don't ask the flow
   * when the token shows it).
   */
  readonly relevant: (q: QuestionContext, answers: Readonly<Record<string, string>>) => boolean;
  /** How much work answering takes: 1 = the user knows it, more = they must go and look or try. */
  readonly effort: number;
  /**
   * A question whose answers mean something only once this one is answered: while both are open,
   * this one is asked first (which permission type is wrong depends on how the token is obtained).
   */
  readonly after?: string;
}

/** What a paste can be about that changes which questions make sense and what answers mean. */
export type QuestionTopic =
  | 'mailbox'
  | 'password'
  /**
   * The paste speaks of licences (a user's, or the tenant's: "Tenant does not have a SPO license",
   * Entra ID P1/P2). A tenant's licence is missing for everyone and for apps too: features need the
   * tenant licensed (https://learn.microsoft.com/entra/fundamentals/licensing), and Graph answers an
   * unlicensed tenant 403 whoever calls (https://learn.microsoft.com/graph/api/azureadpremiumlicenseinsight-get:
   * "missingLicense"). So "always, for everyone" and "without a user" no longer speak against
   * user-access-or-license then.
   */
  | 'licence'
  /** The paste names the permission type (Delegated / Application) or shows the token's claims. */
  | 'permission-type-known'
  /** The paste names the permission as Delegated (in the portal's words, a table or prose). */
  | 'delegated-named'
  /** The paste names the permission as Application. */
  | 'application-named'
  /** The paste says consent was granted. */
  | 'consent-known'
  /** The failing endpoint was read from the paste and says whose data it is (/me, directory-wide). */
  | 'endpoint-known'
  /** The endpoint serves work or school accounts only. */
  | 'work-only-api'
  /**
   * The call needs a signed-in user: /me (a token without a user has no "me":
   * https://learn.microsoft.com/troubleshoot/entra/entra-id/users-groups-entra-apis/error-call-me-endpoint-microsoft-graph),
   * or an endpoint Microsoft's permissions data lists with delegated permissions only.
   */
  | 'needs-signed-in-user'
  /** The endpoint takes application permissions only (Microsoft's permissions data). */
  | 'app-only-endpoint'
  /** The call is made in Graph Explorer (so "does it work in Graph Explorer" is moot). */
  | 'graph-explorer'
  /** not-authorization leads, but on weak evidence only. */
  | 'weak-not-authorization'
  /** The paste says when it fails: only now and then (so "when, and for whom" is answered). */
  | 'when-known'
  /**
   * The response is a service fault: a 5xx or a 429. Every call failing then is an outage or
   * throttling, not a token (https://learn.microsoft.com/graph/errors: 5xx are the service's errors;
   * https://learn.microsoft.com/graph/throttling).
   */
  | 'service-fault';

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
const LICENCE_TOPIC = phrases(['license', 'licence', 'licensed', 'licenced', 'licenses', 'licences', 'licensing', 'licencing', 'entra id p1', 'entra id p2', 'azure ad premium', 'premium p1', 'premium p2']);

function topicsOf(e: Evidence, weakNotAuthorization: boolean): QuestionTopic[] {
  const out: QuestionTopic[] = [];
  if (firstPhrase(e, MAILBOX_TOPIC)) out.push('mailbox');
  // A password, or another property only privileged callers may change for an admin (phones, other
  // mails, accountEnabled): the subject of the app-only rule, read as that cause reads it.
  if (firstPhrase(e, PASSWORD_TOPIC) || changesProtectedUserData(e)) out.push('password');
  // A user's service said to be missing (no mailbox, no OneDrive, no Teams) is the licence's subject
  // too: Graph serves those only for users licensed and provisioned for them, whoever calls.
  if (firstPhrase(e, LICENCE_TOPIC) || serviceSaidMissing(e) !== undefined) out.push('licence');
  if (e.permissionTypes.length > 0 || e.held !== undefined) out.push('permission-type-known');
  if (e.permissionTypes.includes('delegated')) out.push('delegated-named');
  if (e.permissionTypes.includes('application')) out.push('application-named');
  if (e.grantedClaim !== undefined) out.push('consent-known');
  // /users/{id}/messages names a user who may be the signed-in one or someone else: still worth asking.
  if (e.graphRequest && !namesAUsersPersonalData(e.graphRequest.segments)) out.push('endpoint-known');
  if (servesWorkAccountsOnly(e)) out.push('work-only-api');
  const tokenTypes = supportOfCall(e)?.tokenTypes;
  if (callsMe(e) || tokenTypes === 'delegated-only') out.push('needs-signed-in-user');
  if (tokenTypes === 'app-only') out.push('app-only-endpoint');
  if (e.flows.includes('graph-explorer')) out.push('graph-explorer');
  if (weakNotAuthorization) out.push('weak-not-authorization');
  if (e.statuses.some((s) => s >= 500 || s === 429)) out.push('service-fault');
  // Said already: it comes and goes, it broke on a day with nothing changed, or it fails for some users only.
  if (e.intermittentClaim !== undefined || startedFailingUnchanged(e) !== undefined || e.accountHints.includes('some-users-only') || e.accountHints.includes('admin-works')) out.push('when-known');
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

/**
 * The endpoint cannot take the kind of token this flow gives: a call that needs a signed-in user
 * made app-only, or an application-only endpoint called with a user's token
 * (https://learn.microsoft.com/graph/permissions-overview). A password change is left to its own
 * cause: an app cannot change passwords whatever its permission type.
 */
function endpointRefuses(flow: 'app-only' | 'delegated', q: QuestionContext | undefined): boolean {
  if (!q || knows(q, 'password')) return false;
  return flow === 'app-only' ? knows(q, 'needs-signed-in-user') : knows(q, 'app-only-endpoint');
}

/**
 * The paste names only the other type than the flow answered (an Application permission, and a
 * user signs in): that is the type mismatch (https://learn.microsoft.com/graph/permissions-overview).
 * The flow's own type named does not clear it: the endpoint may not take that type (an
 * Application permission used on /me), so the flow's usual effect stands then.
 */
function namesOnlyTheOtherType(flow: 'app-only' | 'delegated', q: QuestionContext | undefined): boolean {
  if (!q) return false;
  const own = knows(q, flow === 'app-only' ? 'application-named' : 'delegated-named');
  const other = knows(q, flow === 'app-only' ? 'delegated-named' : 'application-named');
  return other && !own;
}

/** The flow answer's effect on the type mismatch, read against the endpoint and the named type. */
function typeMismatchForFlow(flow: 'app-only' | 'delegated', q: QuestionContext | undefined, otherwise: number): number {
  if (endpointRefuses(flow, q)) return flow === 'app-only' ? 6 : 5;
  if (flow === 'app-only' && q && knows(q, 'app-only-endpoint')) return -3;
  return namesOnlyTheOtherType(flow, q) ? 5 : otherwise;
}

/** Which row of an effects table applies: unknown and mixed flows share the cautious `other` row. */
type FlowRow = 'app-only' | 'delegated' | 'other';
type FlowTable = Readonly<Record<FlowRow, Effects>>;

function flowRow(context: CallContext): FlowRow {
  return context === 'app-only' || context === 'delegated' ? context : 'other';
}

/**
 * The "not sure" answer every question offers: it moves nothing, so a user who cannot tell is
 * never stuck and the bot simply asks its next question.
 */
function notSure(label: string, value = 'unsure'): Choice {
  return { value, label, effects: {} };
}

/**
 * "Only some objects fail for the same user" (some sites, teams, channels, files). The token
 * works elsewhere, so its type, audience and validity are fine; what differs per object is
 * access to that object.
 */
const SOME_OBJECTS: FlowTable = {
  // *.Selected and resource-specific grants cover only the sites, lists or teams they name
  // (https://learn.microsoft.com/graph/permissions-selected-overview).
  'app-only': { 'permissions-missing': 2, 'not-authorization': 1.5, 'permission-type-mismatch': -2, 'token-invalid': -2, 'wrong-audience': -2 },
  // Delegated access never exceeds the user's own access to that site, team or file
  // (https://learn.microsoft.com/graph/resolve-auth-errors).
  delegated: { 'user-access-or-license': 3, 'not-authorization': 1.5, 'permission-type-mismatch': -2, 'token-invalid': -2, 'wrong-audience': -2 },
  other: { 'user-access-or-license': 2, 'permissions-missing': 1, 'not-authorization': 1.5, 'permission-type-mismatch': -2, 'token-invalid': -2, 'wrong-audience': -2 },
};

/**
 * "It worked, then broke on a date or after a change". A call that once worked had the right
 * permission type and audience; what breaks a working setup without new code is a new policy,
 * an expired secret or certificate (AADSTS7000222 is token-invalid, see knowledge/aadsts.ts),
 * a removed permission or consent, or (for a user) a removed license or role. Or a change on
 * the service's side, or in a new release of the tool or SDK: a regression or an incident, which
 * Microsoft posts on the service health dashboard
 * (https://learn.microsoft.com/microsoft-365/enterprise/view-service-health).
 */
const SINCE_A_CHANGE: FlowTable = {
  'app-only': { 'conditional-access': 2, 'token-invalid': 1.5, 'permissions-missing': 1, 'not-authorization': 1.5, 'permission-type-mismatch': -1.5, 'wrong-audience': -1 },
  delegated: { 'conditional-access': 2, 'token-invalid': 1.5, 'permissions-missing': 1, 'user-access-or-license': 1, 'not-authorization': 1.5, 'permission-type-mismatch': -1.5, 'wrong-audience': -1 },
  other: { 'conditional-access': 2, 'token-invalid': 1.5, 'permissions-missing': 1, 'user-access-or-license': 0.5, 'not-authorization': 1.5, 'permission-type-mismatch': -1.5, 'wrong-audience': -1 },
};

/**
 * "The same call sometimes works, sometimes fails". A wrong permission type, a missing
 * permission or a wrong audience fails every time. Throttling and service errors come and go
 * (https://learn.microsoft.com/graph/errors), and Continuous Access Evaluation enforces a
 * location policy as soon as the client's IP address changes
 * (https://learn.microsoft.com/entra/identity/conditional-access/concept-continuous-access-evaluation).
 */
/** "Every call fails the same way": not this request, so the token, its audience or its permissions. */
const ALL_FAIL: Effects = { 'not-authorization': -3, 'token-invalid': 1.5, 'permissions-missing': 1, 'wrong-audience': 1 };

const INTERMITTENT: Effects = { 'not-authorization': 2.5, 'conditional-access': 1, 'permissions-missing': -2, 'permission-type-mismatch': -3, 'wrong-audience': -3 };

/**
 * A new sign-in policy. For users: MFA, device or location rules. For an app signing in on its
 * own: Conditional Access for workload identities can only block, by location or risk, and only
 * single-tenant service principals (https://learn.microsoft.com/entra/identity/conditional-access/workload-identity);
 * CAE for workload identities enforces those location rules at Graph too
 * (https://learn.microsoft.com/entra/identity/conditional-access/concept-continuous-access-evaluation-workload).
 * Fewer apps are covered than users, so the app-only answer weighs a little less.
 */
const NEW_POLICY: FlowTable = {
  'app-only': { 'conditional-access': 3 },
  delegated: { 'conditional-access': 4 },
  other: { 'conditional-access': 4 },
};

/**
 * A token sent to an API it was not requested for: every API checks that the token's aud is
 * its own, and a Graph token is meant for Graph alone
 * (https://learn.microsoft.com/entra/identity-platform/access-tokens). The token itself may be
 * perfectly valid, hence the small push away from token-invalid.
 */
const AUDIENCE_MISMATCH: Effects = { 'wrong-audience': 5, 'token-invalid': -1 };

/**
 * "It worked, then stopped after a while": after about an hour, or after days without use. Both
 * are a token that expired. An access token lives 60-90 minutes by default
 * (https://learn.microsoft.com/entra/identity-platform/configurable-token-lifetimes); the refresh
 * token that renews it expires after 24 hours for a single-page app and after 90 days for other
 * apps (https://learn.microsoft.com/entra/identity-platform/refresh-tokens), so an app left
 * unused that long must sign the user in again. A sign-in frequency policy also asks for a new
 * sign-in after a set time (same page), hence the small push towards conditional-access.
 */
const AFTER_A_WHILE: Effects = { 'token-invalid': 4, 'conditional-access': 1 };

/** Answers to the permission-type question that point at a permission in the app registration. */
const LISTED_PERMISSION: ReadonlySet<string> = new Set(['delegated', 'application', 'both']);

export const QUESTIONS: readonly Question[] = [
  {
    id: 'sign-in-flow',
    effort: 1,
    prompt: 'How does your app get its token?',
    relevant: (q) => q.context === 'unknown' || q.context === 'mixed',
    choices: [
      // Without a user the token carries application roles only, so a delegated-only permission
      // fails (https://learn.microsoft.com/graph/permissions-overview); an app cannot reset
      // passwords (https://learn.microsoft.com/graph/api/resources/users#who-can-reset-passwords);
      // Exchange can limit an app to some mailboxes (https://learn.microsoft.com/exchange/permissions-exo/application-rbac).
      // No user means no user's rights, licenses or user sign-in policies (workload-identity
      // policies are asked about in policy-change). Where the endpoint needs a signed-in user
      // (/me, delegated-only), the answer settles the type mismatch; where it takes application
      // permissions only, it clears it (the paste's "unless the token is app-only" is answered).
      {
        value: 'app-only',
        label: 'Without a user: client secret, certificate or managed identity',
        effects: (_c, q) => ({ 'permission-type-mismatch': typeMismatchForFlow('app-only', q, 2.5), 'password-reset-app-only': about(q, 'password') ? 2 : 0, 'permissions-missing': 1, 'odata-access-disabled': about(q, 'mailbox') ? 1 : 0, 'user-access-or-license': q && knows(q, 'licence') ? 0 : -4, 'conditional-access': -3 }),
      },
      // With a user, the user's own rights and sign-in policies limit the call too
      // (https://learn.microsoft.com/graph/resolve-auth-errors), but most calls are made that way:
      // the answer makes those causes possible, not likelier than a missing permission, so it
      // raises none of them (raising them talked the bot out of a right answer five times as often
      // as into one, on the training corpus). Mailbox access policies and the app-only password rule do not apply, and a
      // type mismatch is rarer: it mostly comes with app-only flows, and a user's flow with an
      // application permission is asked next (permission-type).
      {
        value: 'delegated',
        label: 'A user signs in (browser, device code, Graph PowerShell, on-behalf-of)',
        effects: (_c, q) => ({ 'permission-type-mismatch': typeMismatchForFlow('delegated', q, -1), 'password-reset-app-only': about(q, 'password') ? -2 : 0, 'odata-access-disabled': about(q, 'mailbox') ? -2 : 0 }),
      },
      notSure("I'm not sure"),
    ],
  },
  {
    id: 'permission-type',
    effort: 1.3,
    after: 'sign-in-flow',
    prompt: 'In the app registration (API permissions), which type is the Microsoft Graph permission you rely on?',
    relevant: (q) => !knows(q, 'permission-type-known'),
    choices: [
      // A permission of the type the flow cannot use is the type mismatch; of the type it uses,
      // the type is fine (https://learn.microsoft.com/graph/permissions-overview), which says
      // nothing about which of the other causes it is.
      // A permission of the flow's type clears the type only where the endpoint takes that type.
      { value: 'delegated', label: 'Delegated', effects: (c, q) => (c === 'app-only' ? { 'permission-type-mismatch': 5, 'permissions-missing': -1 } : c === 'delegated' ? { 'permission-type-mismatch': endpointRefuses('delegated', q) ? 1 : -3 } : { 'permission-type-mismatch': 1 }) },
      { value: 'application', label: 'Application', effects: (c, q) => (c === 'delegated' ? { 'permission-type-mismatch': 5, 'permissions-missing': -1 } : c === 'app-only' ? { 'permission-type-mismatch': endpointRefuses('app-only', q) ? 1 : -3 } : { 'permission-type-mismatch': 1, 'password-reset-app-only': 1 }) },
      // Whichever way the app signs in, a permission of that type is listed: the type is not the
      // problem, though consent may still be (https://learn.microsoft.com/graph/permissions-overview).
      { value: 'both', label: 'Both: it is listed as Delegated and as Application', effects: { 'permission-type-mismatch': -3 } },
      // Nothing listed: the token can carry no Graph permission at all.
      { value: 'none', label: 'There is no Graph permission listed', effects: { 'permissions-missing': 5, 'permission-type-mismatch': -1 } },
      // Signed in as oneself with no app registration of one's own, the token holds only the
      // delegated scopes asked for and consented at sign-in (Connect-MgGraph -Scopes:
      // https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/connect-mggraph),
      // and the user's own rights still limit it (https://learn.microsoft.com/graph/resolve-auth-errors).
      // A delegated sign-in is not an app-only password reset. contextAfter reads it as delegated.
      {
        value: 'microsoft-tool',
        label: 'None of my own: I sign in as myself in Graph PowerShell, Azure CLI or Graph Explorer',
        effects: (_c, q) => ({ 'permissions-missing': 2.5, 'user-access-or-license': 1.5, 'password-reset-app-only': about(q, 'password') ? -2 : 0 }),
      },
      notSure("I'm not sure, or I can't see the app registration"),
    ],
  },
  {
    id: 'consent',
    effort: 1.3,
    prompt: 'Next to that permission, does the Status column say "Granted for {your tenant}" with a green check?',
    // "That permission" must have been found first: in the paste, or by answering the type
    // question with a permission listed in the app registration.
    relevant: (q, answers) => !knows(q, 'consent-known') && (knows(q, 'permission-type-known') || LISTED_PERMISSION.has(answers['permission-type'] ?? '')),
    choices: [
      // Listed but not consented is still missing from the token
      // (https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent).
      { value: 'granted', label: 'Yes, granted', effects: { 'permissions-missing': -2.5, 'permission-type-mismatch': 1, 'user-access-or-license': 1 } },
      { value: 'not-granted', label: 'No, or "Not granted"', effects: { 'permissions-missing': 4.5 } },
      notSure("I can't see it"),
    ],
  },
  {
    id: 'who-fails',
    effort: 1,
    prompt: 'When, and for whom, does it fail?',
    // Not when the paste already says it fails only now and then: that answer is counted already.
    relevant: (q) => !knows(q, 'when-known'),
    choices: [
      { value: 'after-a-while', label: 'It worked, then stopped after a while: after about an hour, or after a day or more without use', effects: AFTER_A_WHILE },
      // Failing for everyone from the start points at the app's setup (permission, type,
      // audience), not at a user or an expiry.
      { value: 'always', label: 'Every time, for everyone, from the first call', effects: (_c, q) => ({ 'token-invalid': -1.5, 'permissions-missing': 1, 'permission-type-mismatch': 1, 'wrong-audience': 1, 'user-access-or-license': q && knows(q, 'licence') ? 0 : -2 }) },
      // Some users only: per-user rights, licenses or sign-in policies; for mail, an Exchange
      // policy that scopes the app to some mailboxes (https://learn.microsoft.com/exchange/permissions-exo/application-rbac).
      {
        value: 'some-users',
        label: 'Only for some users or mailboxes',
        effects: (c, q) => ({ 'user-access-or-license': c === 'app-only' ? 0 : 3.5, 'odata-access-disabled': about(q, 'mailbox') ? (c === 'app-only' ? 3.5 : 2) : 0, 'conditional-access': 1, 'permission-type-mismatch': -1 }),
      },
      {
        value: 'some-objects',
        label: 'Only for some sites, teams, channels, files or folders, for the same user or app',
        effects: (c) => SOME_OBJECTS[flowRow(c)],
      },
      { value: 'since-a-change', label: 'It worked before, and broke on a certain date or after a change (new policy, expired secret, changed settings, an update, or none we know of)', effects: (c) => SINCE_A_CHANGE[flowRow(c)] },
      { value: 'intermittent', label: 'Now and then: the same call sometimes works and sometimes fails', effects: INTERMITTENT },
      notSure("I'm not sure"),
    ],
  },
  {
    id: 'graph-explorer',
    effort: 1.6,
    prompt: 'Does the same request work in Graph Explorer, signed in as the same user?',
    relevant: (q) => q.context !== 'app-only' && !knows(q, 'graph-explorer'),
    choices: [
      // Graph Explorer signs the same user in with its own app and scopes: working there clears
      // the user's access and points at the app's setup or token; failing there too points at the
      // user (https://learn.microsoft.com/graph/resolve-auth-errors).
      { value: 'works', label: 'Yes, it works there', effects: { 'permissions-missing': 2, 'permission-type-mismatch': 1.5, 'wrong-audience': 1.5, 'token-invalid': 1, 'user-access-or-license': -3, 'conditional-access': -1 } },
      { value: 'fails', label: 'No, it fails there too', effects: { 'user-access-or-license': 3, 'conditional-access': 1, 'permissions-missing': -1, 'wrong-audience': -2 } },
      notSure("I haven't tried", 'not-tried'),
    ],
  },
  {
    id: 'account-type',
    effort: 1,
    prompt: 'Which kind of account signs in?',
    relevant: (q) => q.context !== 'app-only' && !q.knowsAccount,
    choices: [
      // A guest's access to the directory is limited by the host tenant
      // (https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure);
      // a personal account's token is refused by work-only APIs, read as token-invalid here.
      { value: 'member', label: 'A work or school account of the tenant', effects: { 'token-invalid': -1.5 } },
      { value: 'guest', label: 'A guest from another organization', effects: { 'user-access-or-license': 4 } },
      { value: 'personal', label: 'A personal account (outlook.com, hotmail.com, live.com)', effects: { 'token-invalid': 5 } },
      notSure("I'm not sure"),
    ],
  },
  {
    id: 'token-audience',
    effort: 1.3,
    prompt: 'Which token does the failing call send, and which API refuses it?',
    relevant: (q) => !q.hasToken,
    choices: [
      // Requested for Graph and sent to Graph: the audience matches, so the cause is elsewhere.
      { value: 'graph', label: 'A Microsoft Graph token (graph.microsoft.com/.default, User.Read …), sent to Microsoft Graph', effects: { 'wrong-audience': -3 } },
      // The other matching case: a SharePoint token to SharePoint REST, an Azure token to Azure
      // management, my API's token to my API. The audience fits, so the cause is elsewhere.
      { value: 'same-api', label: 'A token for another API (SharePoint, Azure, Outlook, my own API), sent to that same API', effects: { 'wrong-audience': -3 } },
      { value: 'own-api', label: 'A token for my own API (api://…, access_as_user) or a Teams / Office add-in SSO token, sent to Microsoft Graph', effects: AUDIENCE_MISMATCH },
      { value: 'other-api', label: 'A token for another Microsoft API (SharePoint, Outlook, Azure management, Azure AD Graph), sent to Microsoft Graph', effects: AUDIENCE_MISMATCH },
      // The reverse direction: SharePoint REST, Outlook / EWS, Azure management or your own API
      // refuse a token whose aud is Graph.
      { value: 'graph-elsewhere', label: 'A Microsoft Graph token, sent to another API: SharePoint REST, Outlook / EWS, Azure management, Defender, or my own API', effects: AUDIENCE_MISMATCH },
      // Neither end is global Graph, yet the aud still names another API, host or cloud than the
      // one called: my API's token sent to Azure management or SharePoint; a SharePoint token whose
      // aud is one host (contoso-my.sharepoint.com) sent to another (contoso.sharepoint.com); a
      // national cloud's Graph token (graph.microsoft.us) sent to global Graph, whose tokens and
      // endpoints are separate per cloud (https://learn.microsoft.com/graph/deployments).
      { value: 'other-mismatch', label: "A token for one API, host or cloud, sent to a different one: my API's token to Azure or SharePoint, one SharePoint host's token to another, a US Government token to global Graph", effects: AUDIENCE_MISMATCH },
      // An ID token proves the sign-in to the app itself (aud is the app's client id); it is
      // never meant to call an API (https://learn.microsoft.com/entra/identity-platform/id-tokens).
      { value: 'id-token', label: 'The ID token from the sign-in (id_token, idToken), not an access token', effects: AUDIENCE_MISMATCH },
      notSure("I'm not sure"),
    ],
  },
  {
    id: 'whose-data',
    effort: 1,
    prompt: 'Whose data does the failing call read or change?',
    relevant: (q) => !knows(q, 'endpoint-known'),
    choices: [
      // /me needs a signed-in user, so app-only it is the type mismatch; another user's mailbox
      // needs that user's sharing (delegated) or an Exchange scope (app-only:
      // https://learn.microsoft.com/exchange/permissions-exo/application-rbac); directory-wide
      // data needs a wider permission (https://learn.microsoft.com/graph/permissions-reference).
      { value: 'own', label: "The signed-in user's own (/me)", effects: (c) => (c === 'app-only' ? { 'permission-type-mismatch': 4 } : { 'user-access-or-license': -1, 'odata-access-disabled': -1 }) },
      {
        value: 'other-user',
        label: "Another user's mailbox, calendar or files, or a shared mailbox",
        effects: (c) => (c === 'app-only' ? { 'odata-access-disabled': 2.5, 'permissions-missing': 1 } : c === 'delegated' ? { 'user-access-or-license': 3, 'permissions-missing': 1 } : { 'user-access-or-license': 1.5, 'odata-access-disabled': 1.5 }),
      },
      { value: 'organization', label: 'Directory-wide data: users, groups, sites, reports, policies', effects: { 'permissions-missing': 1.5, 'user-access-or-license': 1, 'odata-access-disabled': -2 } },
      notSure("I'm not sure"),
    ],
  },
  {
    id: 'only-this-request',
    effort: 1,
    prompt: 'Do other Graph calls with the same sign-in work, so that only this request (this object, query or body) fails?',
    relevant: (q) => knows(q, 'weak-not-authorization'),
    choices: [
      // Other calls working with the same token clears the token and its audience: what is left
      // is this request itself (object, query or body).
      { value: 'only-this', label: 'Yes: other calls work; only this request fails', effects: { 'not-authorization': 3, 'token-invalid': -2, 'wrong-audience': -2 } },
      // Every call failing with a service fault (5xx, 429) is the service having an outage or
      // throttling the caller; with 401 or 403 it is the token or its permissions.
      { value: 'all-fail', label: 'No: every call fails the same way', effects: (_c, q) => (q !== undefined && knows(q, 'service-fault') ? { 'not-authorization': 1 } : ALL_FAIL) },
      notSure("I haven't tried"),
    ],
  },
  {
    id: 'policy-change',
    effort: 1,
    prompt: 'Did your organization recently add sign-in rules: MFA, compliant devices, allowed locations or networks, or Conditional Access for apps (workload identities)?',
    // Asked for app-only flows too: workload-identity policies and CAE block app tokens.
    relevant: () => true,
    choices: [
      { value: 'yes', label: 'Yes, or I am asked for MFA when I sign in', effects: (c) => NEW_POLICY[flowRow(c)] },
      // No new rule: a policy is less likely, though an older one may still apply.
      { value: 'no', label: 'No', effects: { 'conditional-access': -2 } },
      notSure("I don't know"),
    ],
  },
];

/** The question's "not sure" answer: the choice that moves nothing in any flow. */
export function notSureChoice(question: Question): Choice | undefined {
  return question.choices.find((c) => typeof c.effects !== 'function' && Object.keys(c.effects).length === 0);
}

export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

export function effectsOf(choice: Choice, context: CallContext, q?: QuestionContext): Effects {
  return typeof choice.effects === 'function' ? choice.effects(context, q) : choice.effects;
}

/**
 * The context after the answers: answering the flow question settles an unknown context, and so
 * does signing in as oneself in a Microsoft tool (Graph PowerShell, Azure CLI, Graph Explorer).
 */
export function contextAfter(context: CallContext, answers: Readonly<Record<string, string>>): CallContext {
  if (context !== 'unknown' && context !== 'mixed') return context;
  const flow = answers['sign-in-flow'];
  if (flow === 'app-only' || flow === 'delegated') return flow;
  if (answers['permission-type'] === 'microsoft-tool') return 'delegated';
  return context;
}

/**
 * Picks the unanswered, relevant question whose answers best separate the leading candidates
 * for the least work: for each choice, how far apart it pushes them, averaged over the real
 * answers (the "not sure" choice left out), divided by the effort of answering. Averaging, not
 * summing, keeps a question from rising only because it offers more answers: the user gives one.
 */
export function pickQuestions(candidates: readonly VerdictId[], q: QuestionContext, answers: Readonly<Record<string, string>>): Question[] {
  const context = contextAfter(q.context, answers);
  const ctx = { ...q, context };
  const scored: { question: Question; separation: number }[] = [];
  // A work-only API and a token problem among the candidates: the account kind comes first.
  const accountFirst = knows(q, 'work-only-api') && candidates.includes('token-invalid');
  for (const question of QUESTIONS) {
    if (question.id in answers || !question.relevant(ctx, answers)) continue;
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
    const realAnswers = question.choices.filter((c) => c !== notSureChoice(question)).length;
    scored.push({ question, separation: separation / Math.max(1, realAnswers) / effort });
  }
  const ordered = scored
    .filter((s) => s.separation > 0)
    .sort((a, b) => b.separation - a.separation)
    .map((s) => s.question);
  // A question read against another one's answer waits for it: the prerequisite moves just ahead.
  for (const question of [...ordered]) {
    if (question.after === undefined) continue;
    const at = ordered.indexOf(question);
    const before = ordered.findIndex((x) => x.id === question.after);
    if (before > at) ordered.splice(at, 0, ...ordered.splice(before, 1));
  }
  return ordered;
}
