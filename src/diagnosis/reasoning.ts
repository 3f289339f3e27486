/**
 * Facts combined: what the endpoint allows (from the permissions catalog) against how the token
 * was obtained (token, quoted claims or sign-in flow written in code or prose), and whose data
 * the call touches. Each function answers one question the cause modules turn into a signal.
 */
import { execIn, gated, testIn } from './word-gate.js';
import { AADSTS_BY_CODE } from './knowledge/aadsts.js';
import { MANAGEMENT_ACTIVITY_API_PERMISSION } from './knowledge/service-codes.js';
import type { CallContext, Evidence } from './evidence/index.js';
import { LOCALIZED_TYPE_WORD, LOCALIZED_TYPE_WORDS } from './evidence/context-hints.js';
import { isWorkOnlyPath } from './knowledge/work-only-apis.js';
import { hasAffirmedMatch, isAffirmed, isNegatedAt, PROPOSING } from './evidence/negation.js';
import { registerPhrases } from './phrase-index.js';
import { oncePerPaste } from './once-per-paste.js';
import { isGuid } from './fill-commands.js';
import { APP_ONLY_FLOWS } from './evidence/sign-in-flow.js';
import { defaultPermissionsIndex, permissionByName } from '../permissions/default-index.js';
import { subscriptionResource } from './knowledge/subscription-resources.js';
import { toGraphRequest } from '../permissions/request-path.js';
import type { EndpointSupport } from '../permissions/permissions-index.js';
import { isSignInScope } from '../permissions/oidc-scopes.js';
import { MIGRATION_ONLY_PERMISSIONS } from '../permissions/endpoint-notes.js';
import { CHUNK_WORDS, PREAUTHENTICATED_URL_WORDS, UPLOAD_SESSION_WORDS } from './knowledge/preauthenticated-urls.js';
import { propertyPermission } from '../permissions/property-permissions.js';
import { otherApiInUrl } from './knowledge/other-apis.js';

/** What Microsoft's permissions data says the called Graph endpoint accepts, when it knows it. */
export function supportOfCall(e: Evidence): EndpointSupport | undefined {
  const g = e.graphRequest;
  return g ? defaultPermissionsIndex().endpointSupport(g.method, g.segments) : undefined;
}

/**
 * The called API serves work or school accounts only. Microsoft's permissions data says so per
 * endpoint (no delegated permission for personal accounts); for a path the data does not list,
 * the API family of its first segment decides (./knowledge/work-only-apis.ts).
 */
export function servesWorkAccountsOnly(e: Evidence): boolean {
  const seg = e.graphRequest?.segments;
  if (!seg) return false;
  const support = supportOfCall(e);
  return support ? !support.personalAccounts : isWorkOnlyPath(seg);
}

/** Graph's router names the path segment it could not resolve: "Resource not found for the segment 'me'". */
const ME_SEGMENT_NOT_FOUND = /resource not found for the segment '?me'?/;

/** A request's URL to /me or under it, full or relative. */
const ME_URL = /(?:^|\/(?:v1\.0|beta))\/me(?:[/?#]|$)/i;

/** A Graph URL under /me: /me/drive, /me/onenote/notebooks. */
const ME_SUBPATH = /graph\.microsoft\.com\/(?:v1\.0|beta)\/me\/[a-z]/;

/** The call goes to /me (or /me/…): only a signed-in user has a "me". */
export function callsMe(e: Evidence): boolean {
  if (e.graphRequest?.segments[0] === 'me') return true;
  if (e.has('for the segment') && ME_SEGMENT_NOT_FOUND.test(e.lower)) return true;
  // The paste shows the Graph call it made, and no call it shows is /me: a "/me" in the prose is
  // another call (the one tried in Graph Explorer, the one that works), not the failing one.
  if (e.graphRequest && e.request?.target === 'microsoft-graph' && !e.requests.some((r) => ME_URL.test(r.url))) return false;
  return e.has('/me') && /(?:graph\.microsoft\.com\/(?:v1\.0|beta)|["'`\s(])\/me(?:[/?"'`\s)]|$)/m.test(e.lower);
}

/** The segments of the calls that grant permissions or roles: app role assignments, delegated grants, directory role assignments. */
const GRANTING_SEGMENTS = new Set(['approleassignments', 'approleassignedto', 'oauth2permissiongrants', 'roleassignments']);

/**
 * The failing call itself grants a permission or role (New-MgServicePrincipalAppRoleAssignment, POST
 * /oauth2PermissionGrants): the permission types the paste names are what it grants, not what the
 * caller's token holds.
 */
export function callGrantsPermissions(e: Evidence): boolean {
  return e.graphRequest?.segments.some((s) => GRANTING_SEGMENTS.has(s.toLowerCase())) === true;
}

/**
 * Who makes the call: the flow or token says so, and without either, the one permission type the
 * text names does ("using application permissions": Graph honours those only when no user signs in,
 * https://learn.microsoft.com/graph/permissions-overview).
 */
export function callsAs(e: Evidence, type: 'application' | 'delegated'): boolean {
  return e.context === (type === 'application' ? 'app-only' : 'delegated') || (e.context === 'unknown' && e.permissionTypes.length === 1 && e.permissionTypes[0] === type);
}

/** The token or the flow is app-only while the call needs a user: /me, whatever status Graph answered. */
export function meWithAppOnly(e: Evidence): string | undefined {
  if (!callsAs(e, 'application') || !callsMe(e) || graphRefusedTheTokenItself(e)) return undefined;
  // Read from the permission type alone, the flow yields to a person said to sign in: a personal
  // account or a guest has a "me" (an Application permission named beside it is the person's guess).
  if (e.context === 'unknown' && (e.accountHints.includes('personal-account') || e.accountHints.includes('guest'))) return undefined;
  return 'The call goes to /me with an app-only token (client credentials or managed identity): /me needs a signed-in user, so Graph refuses it whatever status it answers with; call /users/{id} instead or use a delegated flow';
}

/**
 * /me stands for the token's user. When Graph says /me itself does not exist (404,
 * Request_ResourceNotFound), the token has no user: it was obtained app-only.
 */
export function meNotFound(e: Evidence): string | undefined {
  const seg = e.graphRequest?.segments;
  if (!callsMe(e) || (seg !== undefined && seg.length > 1 && seg[0] === 'me')) return undefined;
  // A call under /me (/me/onenote/notebooks) that was not picked as the failing one still says /me itself exists.
  if (seg === undefined && e.requests.some((r) => ME_SUBPATH.test(r.url.toLowerCase()))) return undefined;
  const notFound = e.statuses.includes(404) || e.codesLower.has('request_resourcenotfound') || e.codesLower.has('resourcenotfound') || (e.has('for the segment') && ME_SEGMENT_NOT_FOUND.test(e.lower));
  // A guest or a personal account said to be the one failing is a person signed in: the token has a user.
  if (!notFound || e.context === 'delegated' || e.accountHints.includes('guest') || e.accountHints.includes('personal-account')) return undefined;
  return 'Graph says /me itself does not exist: /me is the signed-in user, so the token carries no user (an app-only token)';
}

function isPasswordPath(e: Evidence): boolean {
  return /password/.test(e.graphRequest?.path ?? '');
}

/**
 * The endpoint has no permission of the kind the flow produces: a delegated-only API called
 * app-only, or an application-only API called with a user's token. Only from the flow or quoted
 * claims here; a decoded token is compared by the permissions insight itself.
 */
export function endpointRefusesFlow(e: Evidence): string | undefined {
  const req = e.insight?.requirement;
  if (!req || req.variesByResource || e.insight?.held?.from === 'token' || isPasswordPath(e) || graphRefusedTheTokenItself(e)) return undefined;
  const what = `${req.method} ${req.template}`;
  if (e.context === 'app-only' && req.application.length === 0 && req.delegated.length > 0) {
    return `${what} has no application permission (delegated only: ${req.delegated[0] ?? ''}), and this call is made app-only`;
  }
  if (e.context === 'app-only' && req.application.length > 0 && req.application.every((p) => MIGRATION_ONLY_PERMISSIONS.has(p)) && req.delegated.length > 0 && !importSaid(e)) {
    return `${what} takes an application permission only to import messages in migration mode (${req.application.join(', ')}); sending normal messages needs a signed-in user (delegated: ${req.delegated[0] ?? ''}), and this call is made app-only`;
  }
  if (e.context === 'delegated' && req.delegated.length === 0 && req.application.length > 0) {
    return `${what} has no delegated permission (application only: ${req.application[0] ?? ''}), and this call is made with a user's token`;
  }
  return undefined;
}

/**
 * A change-notification subscription takes the permission of the resource it watches
 * (https://learn.microsoft.com/graph/api/subscription-post-subscriptions lists it per resource: a user's
 * chats/getAllMessages, for one, takes application permissions only). The "resource" of the POST's body,
 * read as the GET it watches in Microsoft's permissions data, may take no permission of the token's kind.
 */
// The body's "resource", or New-MgSubscription's -Resource parameter.
const SUBSCRIPTION_RESOURCE = /"resource"\s*:\s*"([^"\n]{1,500})"|-resource\s+["']([^"'\n]{1,500})["']/;
export const watchedResourceRefusesFlow = oncePerPaste((e: Evidence): string | undefined => {
  const g = e.graphRequest;
  if (!g || g.method !== 'POST' || g.segments.length !== 1 || g.segments[0] !== 'subscriptions') return undefined;
  const found = SUBSCRIPTION_RESOURCE.exec(e.lower);
  const resource = found?.[1] ?? found?.[2];
  if (resource === undefined) return undefined;
  // A tenant-wide feed the permissions data has no GET for: the Create subscription page's own row.
  const feed = subscriptionResource(resource);
  if (feed) return typeRefused(e.context, `/${feed.resource}`, feed.delegated, feed.application, true);
  const watched = toGraphRequest('GET', resource);
  const support = watched === undefined ? undefined : defaultPermissionsIndex().endpointSupport('GET', watched.segments);
  if (!watched || !support) return undefined;
  return typeRefused(e.context, support.template, support.delegatedWork[0], support.application[0], watched.segments[0] !== 'me');
});

/** The watched resource takes no permission of the token's kind: said with the first one of the other kind. */
function typeRefused(context: CallContext, template: string, delegated: string | undefined, application: string | undefined, appOnlyMayWatch: boolean): string | undefined {
  if (context === 'delegated' && delegated === undefined && application !== undefined) {
    return `the watched resource ${template} takes no delegated permission (application only: ${application}), and the subscription is created with a user's token`;
  }
  if (context === 'app-only' && appOnlyMayWatch && application === undefined && delegated !== undefined) {
    return `the watched resource ${template} takes no application permission (delegated only: ${delegated}), and the subscription is created app-only`;
  }
  return undefined;
}

/**
 * The paste is importing messages into Teams, the one thing the migration permission posts for: a channel in
 * migration mode, an import session, ImportMetadata (https://learn.microsoft.com/microsoftteams/platform/graph-api/import-messages/import-external-messages-to-teams).
 * There, posting app-only with Teamwork.Migrate.All is the documented way, and a refusal is about the import itself.
 */
const IMPORT_SAID = gated(/\bmigration mode\b|\bimport (?:session|step|operation|mode|job)\b|\bimporting (?:the |old |slack |our )?messages\b|\bimportmetadata\b|\b(?:start|complete)migration\b/);
export function importSaid(e: Evidence): boolean {
  return testIn(IMPORT_SAID, e);
}

// Not a user's photo or presence: the organization's directory shows them to its members with User.ReadBasic.All or
// Presence.Read.All (https://learn.microsoft.com/graph/api/profilephoto-get, https://learn.microsoft.com/graph/api/presence-get),
// nobody shares them one by one.
const PERSONAL_DATA = new Set(['messages', 'mailfolders', 'events', 'calendar', 'calendars', 'calendarview', 'contacts', 'contactfolders', 'drive', 'drives', 'onenote', 'todo', 'outlook', 'mailboxsettings', 'sendmail', 'chats']);

/** /users/{id}/<a person's mail, calendar, files…>: the path alone does not say whether {id} is the caller. */
export function namesAUsersPersonalData(segments: readonly string[]): boolean {
  return segments[0] === 'users' && segments.length >= 3 && PERSONAL_DATA.has(segments[2] ?? '');
}

/**
 * A signed-in user reaching into another user's mailbox, calendar or files: delegated
 * permissions cover the user's own data, and other people's only where they shared it (or the
 * user holds the role), so the denial is about that user's access.
 */
export function delegatedOnOthersData(e: Evidence): string | undefined {
  const seg = e.graphRequest?.segments;
  if (!callsAs(e, 'delegated') || !seg || seg[0] !== 'users' || seg.length < 3) return undefined;
  // Only Application permissions granted: the app was meant to act on its own, where another
  // user's data is in reach; a user's token is then the flow that does not match (the type mismatch).
  if (e.permissionTypes.includes('application') && !e.permissionTypes.includes('delegated')) return undefined;
  const resource = seg[2] ?? '';
  if (!PERSONAL_DATA.has(resource)) return undefined;
  return `A signed-in user's token reads another user's ${resource} (/users/{id}/${resource}): delegated access reaches other people's data only where they shared it or the user holds the right role`;
}

/** A mailbox, calendar or folder of someone else: a shared mailbox, a delegate's, another user's. */
const OTHERS_MAILBOX = /\bshared (?:mailbox|calendar|inbox|(?:mail )?folder)e?s?\b|\bshared (?:her|his|their|its|a|the|my|our) (?:mailbox|calendar|inbox|(?:mail )?folder)s?\b|\bdelegated (?:mailbox|calendar|inbox)\b|\b(?:another|other) (?:user|person|employee)(?:'s|s'|s)? (?:mailbox|calendar|inbox|mail)\b|\b(?:someone else|manager|boss|colleague|co-?worker)'s (?:mailbox|calendar|inbox|mail)\b/;
/** The signed-in user is said to hold access to it in Exchange: full access, a delegate, it opens in Outlook. */
const MAILBOX_ACCESS_HELD = /\bfull[ -]?access\b|\b(?:i|we|user|he|she|they|account)\b[^.\n]{0,30}\b(?:have|has|had|was given|were given|been given|been granted)\b[^.\n]{0,25}\b(?:access|permissions?|rights?|delegate access)\b[^.\n]{0,15}\b(?:to|on|for)\b[^.\n]{0,20}\b(?:mailbox|calendar|inbox)\b|\b(?:i am|i'm|user is|we are|we're)\s+(?:a\s+)?delegates?\b|\bas an? delegate\b|\b(?:opens?|works?|sees? it|can access it|can read it)\b[^.\n]{0,25}\bin (?:outlook|owa)\b/;
/** A .Shared permission named: Mail.Read.Shared, Calendars.ReadWrite.Shared, Mail.Send.Shared. */
const SHARED_PERMISSION = /\b(?:mail|calendars|contacts)\.(?:read|readwrite|readbasic|send)\.shared\b/;

/**
 * A signed-in user's app reaching a shared or another person's mailbox, when the user is said to
 * hold access to it already: Exchange's access is one half, the app's delegated .Shared
 * permission (Mail.Read.Shared, Calendars.Read.Shared…) the other, and only the second is left.
 * https://learn.microsoft.com/graph/outlook-share-messages-folders
 * Asked by two causes of one diagnosis (for and against): the text is read once.
 */
export const sharedMailboxWithoutSharedPermission = oncePerPaste(readSharedMailbox);

function readSharedMailbox(e: Evidence): string | undefined {
  if (e.context === 'app-only' || (!e.has('mail') && !e.has('calendar') && !e.has('inbox'))) return undefined;
  if (SHARED_PERMISSION.test(e.lower) || !OTHERS_MAILBOX.test(e.lower)) return undefined;
  const held = MAILBOX_ACCESS_HELD.exec(e.lower);
  // "I don't have access to the shared mailbox" says the other half is missing.
  if (!held || isNegatedAt(e.lower, held.index) || /\b(?:not|never|no)\b|n't/.test(held[0])) return undefined;
  return `The user is said to have access to the other mailbox ("${held[0].trim()}"): a delegated app reaches a shared or another person's mailbox only with a .Shared permission (Mail.Read.Shared, Calendars.Read.Shared), which nothing here shows`;
}

const MAIL_TOPIC = gated(/\b(?:mail|mailbox|mailboxes|calendar|exchange|outlook|inbox|contacts)\b/);
// The Teams policy covers online meetings and what hangs off them: attendance reports, recordings, transcripts
// (https://learn.microsoft.com/graph/cloud-communication-online-meeting-application-access-policy).
const MEETING_TOPIC = gated(/onlinemeeting|online[ _]meeting|csapplicationaccesspolicy|teams meeting|meeting recording|meeting transcript|attendancereport|attendance report/);
/** What the Teams meetings service answers an app that no policy grants: its own words, whatever else the paste names. */
const TEAMS_POLICY_MISSING = 'no application access policy found';

/** The Teams meetings service said no policy grants the app: a refusal in its own words, with or without a status. */
export function teamsPolicyMissingSaid(e: Evidence): boolean {
  return e.lower.includes(TEAMS_POLICY_MISSING);
}

/**
 * "With the application access policy", "the policy has been granted": the person already set the
 * policy up, so a denied meeting call no longer points at the policy by itself (the service's own
 * "no application access policy found" still does: a policy just granted may not apply yet).
 */
const TEAMS_POLICY_IN_PLACE = /\bwith (?:an? |the |our |my )?(?:teams )?application access polic(?:y|ies)\b|\bapplication access polic(?:y|ies) (?:(?:is |are |was |were |has been |have been )(?:already )?(?:granted|assigned|applied|configured|created|set up|in place)|in place)\b|\b(?:granted|assigned|created|configured|set up) (?:an? |the |our )?(?:teams )?application access polic(?:y|ies)\b/;

export function teamsPolicySaidInPlace(e: Evidence): boolean {
  return e.has('application access polic') && hasAffirmedMatch(e.lower, TEAMS_POLICY_IN_PLACE);
}

/**
 * Teams has an application access policy of its own: app-only online meeting calls need one
 * granted to the app (Grant-CsApplicationAccessPolicy). It is not Exchange's mailbox policy.
 * https://learn.microsoft.com/graph/cloud-communication-online-meeting-application-access-policy
 */
export function teamsMeetingPolicy(e: Evidence): string | undefined {
  if (!teamsPolicyMissingSaid(e) && (!testIn(MEETING_TOPIC, e) || testIn(MAIL_TOPIC, e))) return undefined;
  return 'Online meetings called app-only need a Teams application access policy granted to the app (New-CsApplicationAccessPolicy, Grant-CsApplicationAccessPolicy), not an Exchange one';
}

/** A permission that only reads: Files.Read.All, Calendars.ReadBasic, Mail.Read.Shared (not ReadWrite). */
const READS_ONLY = /^[A-Za-z-]+\.Read(?:Basic)?(?:\.[A-Za-z]+)?$/;
const READ_ONLY_PERMISSION = /\b[A-Z][A-Za-z]{2,40}\.Read(?:[Bb]asic)?(?:\.(?:All|Shared))?\b(?![.(])/g;
// ReadWriteBasic too (PrintJob.ReadWriteBasic: https://learn.microsoft.com/graph/permissions-reference).
const WRITING_PERMISSION = /\b[A-Z][A-Za-z]{2,40}\.(?:ReadWrite(?:Basic)?|Send|Manage|Write|FullControl|Create|Migrate)\b/;
/**
 * A write the person means to make, in words. Not one done again ("re-adding", "re-create the
 * connection"), nor one done to the app's own setup ("removing and re-adding the permission",
 * "add a secret", "after adding Sites.Read.All", 'add the "Azure Active Directory Graph" Directory.Read.All
 * permission'): that is what was tried, not what the failing call does.
 */
// Nor a function's name in a Python traceback frame ('File "…/adapters.py", line 513, in send').
const WRITE_INTENT = gated(/(?<!\bre-?)(?<!, line \d+, in )\b(?:update|updating|create|creating|delete|deleting|send|sending|write|writing|add|adding|remove|removing|modify|modifying|post|posting)\b(?!\s+(?:\+\s+|and\s+|&\s+)?(?:re-?\w+\s+)?(?:it|them|(?:the |a |an |our |my )?(?:"[^"\n]{1,60}" |'[^'\n]{1,60}' )?(?:(?:api |graph |application |delegated )?(?:permissions?|consent|connection|app|application|secret|certificate|scopes?|roles?|redirect uri)|[a-z]{2,40}\.(?:read|readwrite|readbasic|send|manage|selected|fullcontrol|create)\b))\b)/);

/**
 * The permissions the person names are all read permissions (User.Read.All, Calendars.ReadBasic)
 * while the call writes: a granted read permission is no grant for an update, whatever the
 * consent status says.
 */
export function readOnlyForWrite(e: Evidence): string | undefined {
  if (!e.text.includes('.Read') || WRITING_PERMISSION.test(e.text)) return undefined;
  const method = e.graphRequest?.method ?? e.request?.method;
  const stated = e.request?.methodStated === true;
  // A call stated as a GET reads, whatever else the prose says was added or removed.
  if (stated && method === 'GET') return undefined;
  // The method of a call to the developer's own API says nothing of what its Graph calls need.
  if (stated && e.graphRequest === undefined && e.request?.target === 'own-api') return undefined;
  // Creating a change-notification subscription takes the permission that reads what it watches.
  if (e.graphRequest?.method === 'POST' && e.graphRequest.segments.length === 1 && e.graphRequest.segments[0] === 'subscriptions') return undefined;
  const writes = (method !== undefined && method !== 'GET' && stated) || testIn(WRITE_INTENT, e);
  if (!writes) return undefined;
  // A POST that reads (a search, a retrieval, a schedule lookup): Microsoft's permissions data lists a
  // read permission as enough for it, so a read permission named beside it is no shortfall.
  const support = supportOfCall(e);
  if (support && [...support.delegatedWork, ...support.application].some((p) => READS_ONLY.test(p))) return undefined;
  const named = e.text.match(READ_ONLY_PERMISSION);
  return named ? `Only read permissions are named (${[...new Set(named)].slice(0, 3).join(', ')}) for a call that writes` : undefined;
}

/** The paste says, or its token shows, that a personal Microsoft account signs in. */
function signsInWithPersonalAccount(e: Evidence): boolean {
  return e.accountHints.includes('personal-account') || e.tokens.some((t) => t.personalAccount);
}

/** A personal Microsoft account calling an API that serves work or school accounts only. */
export function personalOnWorkOnlyApi(e: Evidence): string | undefined {
  const personal = signsInWithPersonalAccount(e);
  if (!personal || !servesWorkAccountsOnly(e)) return undefined;
  const what = supportOfCall(e)?.template ?? `/${e.graphRequest?.segments[0] ?? ''}`;
  return `${what} serves work or school accounts only, and a personal Microsoft account signs in`;
}

/**
 * A personal Microsoft account signs in and the permissions the paste names are ones such an
 * account can never hold: Microsoft's data lists them for work or school accounts only (Chat.*,
 * Presence.*, Team.*). Read when no call is shown to judge by.
 */
export function personalAccountWorkOnlyPermissions(e: Evidence): string | undefined {
  const personal = signsInWithPersonalAccount(e);
  if (!personal || e.graphRequest || !PERMISSION_NAME_START.test(e.text)) return undefined;
  const named = namedPermissionSchemes(e.text).filter((p) => p.delegated);
  if (named.length === 0) return undefined;
  const index = defaultPermissionsIndex();
  const workOnly = named.filter((p) => index.servesPersonalAccounts(p.name) === false);
  if (workOnly.length < named.length) return undefined;
  return `A personal Microsoft account signs in, and ${workOnly.map((p) => p.name).slice(0, 3).join(', ')} ${workOnly.length === 1 ? 'is a permission' : 'are permissions'} Microsoft grants to work or school accounts only: such an account cannot consent to ${workOnly.length === 1 ? 'it' : 'them'}`;
}

/**
 * A personal Microsoft account signs in and Microsoft's data lists personal-account permissions
 * for the call: the account kind is served, so it is not what the API refuses.
 */
export function personalAccountServed(e: Evidence): string | undefined {
  const personal = signsInWithPersonalAccount(e);
  const support = personal ? supportOfCall(e) : undefined;
  if (!support?.personalAccounts) return undefined;
  return `${support.template} serves personal Microsoft accounts too (with ${support.delegatedPersonal.slice(0, 2).join(', ')}), so the account kind is not what is refused`;
}

/**
 * The endpoint has only application permissions (Microsoft's data), and nothing in the paste says
 * the token came from an app-only flow: people most often call such APIs with their own signed-in
 * token, which the API refuses whatever delegated permission was consented.
 */
export function appOnlyEndpointWithoutAppFlow(e: Evidence): string | undefined {
  if (e.context !== 'unknown' || e.insight?.held?.from === 'token' || isPasswordPath(e) || graphRefusedTheTokenItself(e)) return undefined;
  // Claims quoted from the token ("roles": [ … ]) say it came from an app-only flow.
  if (e.insight?.held?.kind === 'app-only') return undefined;
  const support = supportOfCall(e);
  if (support?.tokenTypes !== 'app-only') return undefined;
  return `${support.method} ${support.template} accepts application permissions only (${support.application[0] ?? ''}); unless the token comes from an app-only flow (client credentials), a signed-in user's token is refused`;
}

const USER_LOGIN = /\b(?:log(?:s|ged|ging)? ?in|sign(?:s|ed|ing)? ?(?:(?:the |a )?users? )?in|upon login|after login)\b/;
/** A cheap gate before the permission names are read: a capitalised word, a dot, a capital. */
const PERMISSION_NAME_START = /[A-Z][a-z]+\.[A-Z]/;
const PERMISSION_NAME = /\b[A-Z][A-Za-z]{1,40}(?:-[A-Z][A-Za-z]{1,40})?(?:\.[A-Z][A-Za-z]{1,40}){1,3}\b/g;

/**
 * Where the portal lists the APIs other than Microsoft Graph when a permission is added ("Request API
 * permissions" > "APIs my organization uses": https://learn.microsoft.com/entra/identity-platform/quickstart-configure-app-access-web-apis),
 * and the Defender APIs people pick there by mistake for Graph's security permissions.
 */
const OTHER_API_PERMISSIONS_PLACE = /\bapis my organi[sz]ation uses\b|\bmicrosoft threat protection\b|\bwindowsdefenderatp\b/;
/** Words one of those places holds, looked up before the pattern runs. */
const OTHER_API_PLACE_WORDS = ['organization uses', 'organisation uses', 'threat protection', 'windowsdefenderatp'];
registerPhrases(OTHER_API_PLACE_WORDS);

/**
 * Permissions said to be granted under another API than Microsoft Graph: the place is named, and the
 * permissions the paste names are none of Graph's (Microsoft's permissions data). A Graph token never
 * carries another API's permissions, whatever their names look like.
 */
export const grantedUnderAnotherApi = oncePerPaste((e: Evidence): string | undefined => {
  if (!OTHER_API_PLACE_WORDS.some((p) => e.has(p))) return undefined;
  // Only for calls to Graph: where the paste also calls the other API, that call takes its permissions.
  if (e.request?.target !== 'microsoft-graph' && e.request?.target !== 'relative') return undefined;
  if (e.requests.some((r) => r.target !== 'microsoft-graph' && r.target !== 'relative') || otherApiInUrl(e.lower) !== undefined) return undefined;
  const place = OTHER_API_PERMISSIONS_PLACE.exec(e.lower)?.[0];
  if (!place || !PERMISSION_NAME_START.test(e.text)) return undefined;
  const notGraph = [...new Set([...e.text.matchAll(PERMISSION_NAME)].map((m) => m[0]))].filter((n) => permissionByName(n) === undefined);
  if (notGraph.length === 0) return undefined;
  return `The permissions named (${notGraph.slice(0, 3).join(', ')}) are not Microsoft Graph permissions and were added under another API ("${place}"): a Graph token never carries them, so the Microsoft Graph permission the call needs is still missing`;
});

/**
 * AADSTS700016 ("Application with identifier … was not found in the directory …") for a multitenant app
 * signing in to a customer's tenant: the app has no service principal there until an admin of that tenant
 * consents, and granting the admin consent adds it
 * (https://learn.microsoft.com/entra/identity/enterprise-apps/create-service-principal-cross-tenant).
 * Told by a customer's tenant, or the admin consent link sent to it.
 */
// Not "multitenant" alone: a multitenant app signing in through /common to a tenant it was never meant for,
// or one its publisher deleted, gets the same code, and no consent adds it there.
const MULTITENANT_APP = /\bcustomers?'? tenants?\b|\/adminconsent\b|\badmin[- ]consent (?:link|url)\b/;

export function multitenantAppNotYetConsented(e: Evidence): boolean {
  return e.aadsts.some((a) => a.code === '700016') && MULTITENANT_APP.test(e.lower);
}

/**
 * A permission said to be granted under Azure AD Graph ('Directory.Read.All … under "Azure Active
 * Directory Graph"', "Azure AD Graph: Directory.Read.All granted"), while the failing call is not made to
 * Azure AD Graph itself. Azure AD Graph is retired, and its permissions never reach a Microsoft Graph
 * token (https://learn.microsoft.com/graph/migrate-azure-ad-graph-overview): a tool's new version that
 * moved to Microsoft Graph fails where the old one, still on Azure AD Graph, worked.
 */
const AZURE_AD_GRAPH_NAME = String.raw`[Aa]zure (?:[Aa]ctive [Dd]irectory|AD|[Aa]d) [Gg]raph`;
const UNDER_AZURE_AD_GRAPH = new RegExp(String.raw`\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]+)?\b[^.\n]{0,80}?\b(?:under|in|for|on|from)\s+(?:the\s+)?["'\x60]?${AZURE_AD_GRAPH_NAME}\b|\b${AZURE_AD_GRAPH_NAME}["'\x60]?\s*(?:[:>(]|->|→)\s*[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+`);
registerPhrases(['azure active directory graph', 'azure ad graph']);

// Asked by three signals of two causes: read once per paste.
export const grantedUnderAzureAdGraph = oncePerPaste((e: Evidence): boolean => {
  if (!e.has('azure active directory graph') && !e.has('azure ad graph')) return false;
  if (e.request?.target === 'azure-ad-graph') return false;
  const m = UNDER_AZURE_AD_GRAPH.exec(e.text);
  return m !== null && !isNegatedAt(e.lower, m.index);
});

interface PermissionSchemes {
  readonly name: string;
  readonly delegated: boolean;
  readonly application: boolean;
}

/** Which schemes Microsoft's data lists for a Graph permission name; undefined when Graph has no such permission. */
function schemesOf(name: string): PermissionSchemes | undefined {
  const facts = permissionByName(name);
  if (!facts) return undefined;
  const schemes = new Set(facts.ids.map((i) => i.scheme));
  return { name: facts.name, delegated: schemes.has('delegated'), application: schemes.has('application') };
}

/**
 * A permission said to be taken away just before its name ("I removed the default User.Read", "quité el User.Read",
 * "User.Read entfernt" is not read here): the app no longer holds it, so it says nothing of the type granted.
 */
const REMOVED_BEFORE = /\b(?:removed|deleted|dropped|revoked|quité|quitado|eliminé|eliminado|borré|removi|removido|supprimé|retiré|entfernt|gelöscht)\s+(?:(?:the|el|la|o|a|le|die|den|das|that|default|por defecto|padrão)\s+){0,3}$/i;

/** The schemes Microsoft's data lists for each Graph permission the text names, when it knows the name. */
function namedPermissionSchemes(text: string): PermissionSchemes[] {
  const out = new Map<string, PermissionSchemes>();
  for (const m of text.matchAll(PERMISSION_NAME)) {
    if (out.has(m[0]) || out.size >= 20) continue;
    if (REMOVED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const schemes = schemesOf(m[0]);
    if (schemes) out.set(m[0], schemes);
  }
  return [...out.values()];
}

/**
 * Every Graph permission the person names exists only in the other scheme than the flow uses:
 * an app-only flow relying on delegated-only permissions (Presence.Read, Mail.Read.Shared,
 * Directory.AccessAsUser.All), or a signed-in user relying on application-only ones. Microsoft's
 * permissions data says which scheme each permission has.
 */
export function namedPermissionsOfOtherScheme(e: Evidence): string | undefined {
  if ((e.context !== 'app-only' && e.context !== 'delegated') || e.insight?.held?.from === 'token' || graphRefusedTheTokenItself(e)) return undefined;
  const named = namedPermissionSchemes(e.text);
  if (named.length === 0) return undefined;
  // A web app signing users in holds a client secret too: prose about a user's login overrules it.
  if (e.context === 'app-only' && named.every((p) => p.delegated && !p.application) && !USER_LOGIN.test(e.lower)) {
    return `The flow is app-only, but ${named.map((p) => p.name).slice(0, 3).join(', ')} exist${named.length === 1 ? 's' : ''} only as delegated permission${named.length === 1 ? '' : 's'} (Microsoft's permissions data): an app-only token never carries ${named.length === 1 ? 'it' : 'them'}`;
  }
  if (e.context === 'delegated' && named.every((p) => p.application && !p.delegated)) {
    return `A user signs in, but ${named.map((p) => p.name).slice(0, 3).join(', ')} exist${named.length === 1 ? 's' : ''} only as application permission${named.length === 1 ? '' : 's'} (Microsoft's permissions data): a user's token never carries ${named.length === 1 ? 'it' : 'them'}`;
  }
  return undefined;
}

/** The type named right after a permission: "Sites.Read.All, type Application", "Mail.Read (Delegated)", "Mail.Send - application", "Mail.Send — type Application", "User.ReadWrite.All (tipo: Application)", the portal's Type column read out ("for Mail.Send says \"Delegated\""). */
// The type words of the portal's permissions table in the languages it is shown in come from evidence/context-hints.ts.
// "como permiso de tipo Application", "comme permission de type Délégué", "als Berechtigung vom Typ Anwendung": the same link in the other languages the product reads.
const LOCALIZED_AS_TYPE = String.raw`(?:como|comme|als|come)\s(?:(?:un|una|um|uma|une|eine)\s)?(?:(?:permiso|permissão|permission|berechtigung|permesso|autorisation)\s)?(?:(?:de|do|da|vom|di)\s(?:tipo|type|typ)\s)?`;
const TYPE_AFTER_NAME = new RegExp(String.raw`^\s{0,8}(?:[,:(\-–—|\t]\s{0,3})?(?:(?:type|tipo|typ)\s{0,2}[:=]?\s{0,2}|of type\s{1,2}|as (?:an? )?|(?:says|shows|showed|reads|is|was)\s{1,2}|${LOCALIZED_AS_TYPE})?["'\`(*_]{0,2}(application|delegated|${LOCALIZED_TYPE_WORD})`);
/** The type named right before it: "the Application permission Sites.Read.All", "Delegated > Mail.Read". */
const TYPE_BEFORE_NAME = /\b(application|delegated)[*_]{0,2}(?:\s+(?:permissions?|scopes?|roles?))?\s{0,3}[:>]?\s{0,3}["'`*_]{0,2}$/;

const PROPOSAL_BEFORE = new RegExp(String.raw`\b(?:${PROPOSING})\b(?:[^.?!\n]|\.(?=\w)){0,80}$`);

/**
 * A manifest's resourceAccess entry binds a permission to its type itself: { "id": …, "type": "Scope" } is
 * delegated, "Role" application (https://learn.microsoft.com/graph/api/resources/resourceaccess). The id is
 * the permission's GUID in the app manifest, or its name in a Teams Toolkit manifest, which resolves names
 * on deploy (https://learn.microsoft.com/microsoftteams/platform/toolkit/aad-manifest-customization).
 */
const MANIFEST_ENTRY = /"id"\s{0,3}:\s{0,3}"([\w.-]{3,80})"\s{0,3},\s{0,3}"type"\s{0,3}:\s{0,3}"(scope|role)"|"type"\s{0,3}:\s{0,3}"(scope|role)"\s{0,3},\s{0,3}"id"\s{0,3}:\s{0,3}"([\w.-]{3,80})"/gi;

/**
 * The same entry in Terraform's azuread_application, a resource_access block of HCL assignments
 * (id = "{guid}" # name, then type = "Scope" | "Role"): https://registry.terraform.io/providers/hashicorp/azuread/latest/docs/resources/application.
 */
const TERRAFORM_ENTRY = /\bid\s{0,3}=\s{0,3}"([\w.-]{3,80})"[^\n]{0,80}\n\s{0,20}type\s{0,3}=\s{0,3}"(scope|role)"|\btype\s{0,3}=\s{0,3}"(scope|role)"[^\n]{0,80}\n\s{0,20}id\s{0,3}=\s{0,3}"([\w.-]{3,80})"/gi;

function manifestBindings(text: string, out: Map<string, Set<'application' | 'delegated'>>): void {
  for (const m of [...text.matchAll(MANIFEST_ENTRY), ...(/resource_access/i.test(text) ? text.matchAll(TERRAFORM_ENTRY) : [])]) {
    if (out.size >= 20) break;
    const id = m[1] ?? m[4] ?? '';
    const type = (m[2] ?? m[3] ?? '').toLowerCase() === 'role' ? 'application' : 'delegated';
    const name = isGuid(id) ? defaultPermissionsIndex().permissionById(id, type)?.name : id;
    if (name === undefined || !/^[A-Za-z][\w-]*(?:\.[\w-]+){1,4}$/.test(name)) continue;
    bindType(out, name, type);
  }
}

function bindType(out: Map<string, Set<'application' | 'delegated'>>, name: string, type: 'application' | 'delegated'): void {
  const key = name.toLowerCase();
  const types = out.get(key) ?? new Set();
  types.add(type);
  out.set(key, types);
}

/** Each permission name the text binds to a type, with the types it is bound to. */
function permissionTypeBindings(text: string, lower: string): Map<string, Set<'application' | 'delegated'>> {
  const out = new Map<string, Set<'application' | 'delegated'>>();
  if ((lower.includes('"type"') && lower.includes('"id"')) || lower.includes('resource_access')) manifestBindings(text, out);
  for (const m of text.matchAll(PERMISSION_NAME)) {
    if (out.size >= 20) break;
    const end = m.index + m[0].length;
    // A grant proposed ("should I use Sites.Read.All application permission instead?") is not one made.
    if (PROPOSAL_BEFORE.test(lower.slice(Math.max(0, m.index - 80), m.index))) continue;
    const word = TYPE_AFTER_NAME.exec(lower.slice(end, end + 48))?.[1] ?? TYPE_BEFORE_NAME.exec(lower.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const type = word === undefined ? undefined : (LOCALIZED_TYPE_WORDS[word] ?? word);
    if (type !== 'application' && type !== 'delegated') continue;
    bindType(out, m[0], type);
  }
  return out;
}

/**
 * The permissions Graph's own 403 says the call accepts: "Missing scope permissions on the request.
 * API requires one of 'Chat.ReadBasic, Chat.Read, Chat.ReadWrite'". Graph lists those of the token's type.
 */
const GRAPH_ASKED_FOR = /\bapi requires one of\s{0,3}['"]([^'"\n]{1,600})['"]/i;

function permissionsGraphAskedFor(text: string): string[] {
  if (!/requires one of/i.test(text)) return [];
  return (GRAPH_ASKED_FOR.exec(text)?.[1] ?? '').split(/[\s,]+/).filter((p) => /^[A-Za-z][\w-]*(?:\.[\w-]+){1,4}$/.test(p));
}

/**
 * The permission the Office 365 Management Activity API's AF10001 says it expected, from its error
 * table (knowledge/service-codes.ts), even where a paste cuts the message short before naming it.
 */
function permissionsManagementApiAskedFor(e: Evidence): string[] {
  return e.codesLower.has('af10001') || e.has('the expected permission activityfeed.read') ? [MANAGEMENT_ACTIVITY_API_PERMISSION] : [];
}

/** The permissions a service's refusal says it expected: it read the token and found them missing. */
export function serviceExpectedPermissions(e: Evidence): string[] {
  return [...permissionsGraphAskedFor(e.text), ...permissionsManagementApiAskedFor(e)];
}

/** A lower-cased permission name as the paste writes it ("chat.read.all" -> "Chat.Read.All"). */
function caseAsWritten(text: string, lower: string): string {
  const at = text.toLowerCase().indexOf(lower);
  return at < 0 ? lower : text.slice(at, at + lower.length);
}

/**
 * The permission the call needs is named, but bound to the type the flow does not use: a user's
 * token while "Sites.Read.All, type Application" was granted, or a daemon while "Mail.Send
 * (Delegated)" was. Granted as the other type it never reaches this token
 * (https://learn.microsoft.com/graph/permissions-overview#permission-types).
 */
export const neededPermissionOfOtherType = oncePerPaste(readNeededPermissionOfOtherType);

// Asked by two causes (for and against): the names and their types are read once.
function readNeededPermissionOfOtherType(e: Evidence): string | undefined {
  if (e.context !== 'app-only' && e.context !== 'delegated') return undefined;
  const req = e.insight?.requirement;
  const named = [...(req?.delegated ?? []), ...(req?.application ?? []), ...serviceExpectedPermissions(e)];
  if (named.length === 0) return undefined;
  const other = e.context === 'delegated' ? 'application' : 'delegated';
  const own = e.context === 'delegated' ? 'delegated' : 'application';
  const accepted = new Set(named.map((p) => p.toLowerCase()));
  for (const [name, types] of permissionTypeBindings(e.text, e.lower)) {
    // Graph's list names the token's own type ("Chat.Read"); the app's tenant-wide twin ("Chat.Read.All") granted as the other type counts too.
    if ((!accepted.has(name) && !accepted.has(name.replace(/\.all$/, ''))) || !types.has(other) || types.has(own)) continue;
    const kind = other === 'application' ? 'an Application' : 'a Delegated';
    const token = e.context === 'delegated' ? "token is a signed-in user's" : 'token is app-only';
    if (accepted.has(name)) {
      const shown = named.find((p) => p.toLowerCase() === name) ?? name;
      return `${shown}, a permission this call accepts, is named as ${kind} permission, but the ${token}: granted as the other type, it never reaches this token`;
    }
    const twin = named.find((p) => p.toLowerCase() === name.replace(/\.all$/, '')) ?? name;
    return `${caseAsWritten(e.text, name)} is named as ${kind} permission, the tenant-wide twin of ${twin} that this call accepts, but the ${token}: granted as the other type, it never reaches this token`;
  }
  return grantedYetAbsentFromDefault(e, named) ?? grantedOnlyAsDelegated(e, req?.delegated ?? []) ?? grantedTwinOnlyAsApplication(e, named);
}

// Said granted beside the name on its line ("… con el check verde de consentimiento"), and not said not to be
// ("not granted for Contoso", "consent pending", "Nicht gewährt", "⚠").
const GRANTED_BESIDE = /\b(?:granted|consent\w*|zugestimmt|otorgad[oa]s?|concedid[oa]s?)\b|✅|✔/i;
const NOT_GRANTED_BESIDE = /\bnot (?:yet )?(?:granted|consented)\b|\bno consent\b|\bpending\b|\bnicht\b|\bsin consentimiento\b|\bpas accord|⚠/i;

/**
 * A user's token, and the permission said to be granted is the tenant-wide twin of one this call accepts
 * ("Chat.ReadBasic.All" beside Graph's "API requires one of 'Chat.ReadBasic, …'") that Microsoft's data
 * defines as an Application permission only: a user's token can never carry it, whatever is consented.
 */
function grantedTwinOnlyAsApplication(e: Evidence, accepted: readonly string[]): string | undefined {
  if (e.context !== 'delegated') return undefined;
  const twins = new Set(accepted.filter((p) => !/\.all$/i.test(p)).map((p) => `${p.toLowerCase()}.all`));
  for (const m of e.text.matchAll(PERMISSION_NAME)) {
    if (!twins.has(m[0].toLowerCase())) continue;
    // Said granted: in a sentence of the paste, or beside the name on its line.
    const beside = e.text.slice(m.index, m.index + 120).split('\n')[0] ?? '';
    if (e.grantedClaim === undefined && (!GRANTED_BESIDE.test(beside) || NOT_GRANTED_BESIDE.test(beside))) continue;
    const facts = permissionByName(m[0]);
    if (facts === undefined || facts.ids.some((i) => i.scheme === 'delegated')) continue;
    return `${m[0]}, the tenant-wide twin of a permission this call accepts, exists only as an Application permission (Microsoft's permissions data), but the token is a signed-in user's: it never reaches this token`;
  }
  return undefined;
}

/**
 * An app signing in on its own, said to hold a permission this call accepts that Microsoft defines as a
 * delegated permission only (its permissions data has no application form of that name, as for
 * OnlineMeetings.ReadWrite): an app-only token can never carry it, whatever is granted.
 */
function grantedOnlyAsDelegated(e: Evidence, acceptedDelegated: readonly string[]): string | undefined {
  if (e.context !== 'app-only') return undefined;
  // Said granted in a sentence, or on the permission's own line ("OnlineMeetings.ReadWrite - … - granted").
  const named = acceptedDelegated.find((p) => !isSignInScope(p) && p.toLowerCase() !== 'user.read' &&
    namesPermission(e.text, p, e.grantedClaim === undefined ? String.raw`[^\n]{0,160}\bgranted\b` : ''));
  if (named === undefined) return undefined;
  const facts = permissionByName(named);
  if (facts === undefined || facts.ids.some((i) => i.scheme === 'application')) return undefined;
  return `${named}, the permission this call accepts that the app is said to hold, exists only as a Delegated permission (Microsoft's permissions data has no application form of it), but the token is app-only: it never reaches this token`;
}

/**
 * The text names this permission as a whole name ("User.Read", not the "User.Read" inside "User.Read.All"),
 * followed by `then` (a pattern) where given.
 */
function namesPermission(text: string, name: string, then = ''): boolean {
  return new RegExp(String.raw`\b${name.replace(/\./g, '\\.')}\b(?!\.)${then}`, 'i').test(text);
}

/**
 * A user's sign-in that asks for /.default receives every delegated permission consented for the app
 * (https://learn.microsoft.com/entra/identity-platform/scopes-oidc#the-default-scope). A permission this
 * call accepts, said to be granted (the blade's "Granted for …"), yet absent from the token's scp, was
 * then granted as an Application permission: no user's token ever carries it.
 */
function grantedYetAbsentFromDefault(e: Evidence, accepted: readonly string[]): string | undefined {
  if (e.context !== 'delegated' || e.grantedClaim === undefined || !e.has('/.default')) return undefined;
  const scp = e.held?.kind === 'delegated' ? e.held.permissions : e.quoted.scp;
  if (scp === undefined || scp.length === 0) return undefined;
  const held = new Set(scp.map((p) => p.toLowerCase()));
  const named = accepted.find((p) => !held.has(p.toLowerCase()) && namesPermission(e.text, p));
  return named && `${named}, a permission this call accepts, is said to be granted, yet the user's token asked for /.default and carries no ${named}: a user's token gets every delegated permission consented for the app, so it was granted as an Application permission`;
}

/**
 * AADSTS650053: "The application 'X' asked for scope 'Y' that doesn't exist on the resource
 * '00000003-0000-0000-c000-000000000000'" (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 * For Microsoft Graph, Microsoft's permissions data says which it is: a name Graph has only as an
 * application permission, requested in a user's sign-in (the type is wrong), or a name Graph has
 * under no type at all (the request is wrong: 'groups', 'wl.basic'). Other resources are left alone.
 */
// The quotes around the scope are often lost on the way ("asked for scope email User.Read that doesn't exist").
// The resource is often cut from a quoted message ("… that doesn't exist on the resource"): then the paste must be about Graph.
const SCOPE_NOT_ON_RESOURCE = /asked for scope ['"]?([^'"\n]{1,300}?)['"]? that does(?:n't| not) exist on the resource(?: ['"]?(00000003-0000-0000-c000-000000000000|https:\/\/graph\.microsoft\.com)|(?![\s'"]*[\w{]))/i;
/**
 * Scope names run together with commas ("Group.Read.All,offline_access,openid"): the scope
 * parameter is a space-separated list (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow),
 * so Entra reads the run as one name, which no resource has.
 */
// Entra quotes the run as it came, a space after each comma or not ("Mail.Read, Calendars.Read").
const COMMA_JOINED = /[\w.]+,\s?[\w.]+(?:,\s?[\w.]+)*/;

/**
 * AADSTS70011 says the same of scopes named bare ("The scope 'X offline_access profile openid' does
 * not exist", "The scope X is not valid"), and a bare scope name is a Microsoft Graph permission
 * (https://learn.microsoft.com/entra/identity-platform/scopes-oidc). Names with a resource prefix
 * (api://…, https://…) belong to other resources and are left alone.
 */
const SCOPE_INVALID = /\bthe scope ['"]?([^'"\n]{1,300}?)['"]? (?:does(?:n't| not) exist|is not valid)/i;

/**
 * A /.default scope is the resource's identifier followed by /.default: its Application ID URI
 * (https://graph.microsoft.com, api://…) or its application id
 * (https://learn.microsoft.com/entra/identity-platform/scenario-daemon-acquire-token, "Scopes to
 * request"). A bare word in front ("GraphEndpointResourceId/.default", "undefined/.default") is no
 * identifier at all: a setting's name or an empty variable reached the token request unfilled.
 * Placeholders in braces or angle brackets are left alone: in a paste they more often stand for a
 * value the writer took out than for one the code never filled.
 */
const NO_RESOURCE_DEFAULT = /^([A-Za-z_$][\w$-]{0,80})\/\.default$/;

export interface ScopeOnResource {
  /**
   * 'joined': names run together with commas, read as one name. 'no-resource': a /.default scope
   * whose resource part is no identifier (a setting's name or an empty variable).
   */
  readonly kind: 'application-only' | 'unknown' | 'joined' | 'no-resource';
  readonly names: readonly string[];
  /** The sign-in code that named them: AADSTS650053 or AADSTS70011. */
  readonly code: string;
}

export const scopeNotOnGraph = oncePerPaste(readScopeNotOnGraph);

/** The paste calls Microsoft Graph: a Graph URL, request builder or cmdlet. */
function aboutGraph(e: Evidence): boolean {
  return e.requests.some((r) => r.target === 'microsoft-graph' || r.source === 'sdk' || r.source === 'cmdlet') || e.has('graph.microsoft.com');
}

/** The scope names AADSTS650053 (for Graph) or AADSTS70011 (bare names) says the sign-in asked for in vain. */
function refusedScopeNames(e: Evidence): { names: string; code: string } | undefined {
  if (e.aadsts.some((a) => a.code === '650053') || e.lower.includes('exist on the resource')) {
    const m = SCOPE_NOT_ON_RESOURCE.exec(e.text);
    if (m && (m[2] !== undefined || aboutGraph(e))) return { names: m[1] ?? '', code: '650053' };
  }
  if (e.aadsts.some((a) => a.code === '70011')) {
    const m = SCOPE_INVALID.exec(e.text);
    if (m && !/:\/\/|\/\.default/i.test(m[1] ?? '')) return { names: m[1] ?? '', code: '70011' };
  }
  return undefined;
}

/** The /.default scope AADSTS70011 refused, when what comes before /.default is no resource identifier. */
function defaultScopeWithoutResource(e: Evidence): string | undefined {
  if (!e.aadsts.some((a) => a.code === '70011')) return undefined;
  const scopes = SCOPE_INVALID.exec(e.text)?.[1]?.split(/\s+/) ?? [];
  return scopes.find((scope) => {
    const resource = NO_RESOURCE_DEFAULT.exec(scope)?.[1];
    return resource !== undefined && !isGuid(resource);
  });
}

function readScopeNotOnGraph(e: Evidence): ScopeOnResource | undefined {
  const unfilled = defaultScopeWithoutResource(e);
  if (unfilled !== undefined) return { kind: 'no-resource', names: [unfilled], code: '70011' };
  const refused = refusedScopeNames(e);
  if (!refused) return undefined;
  const code = refused.code;
  const joined = COMMA_JOINED.exec(refused.names)?.[0];
  if (joined !== undefined) return { kind: 'joined', names: [joined], code };
  const names = refused.names.split(/[\s,]+/).filter((n) => n && !isSignInScope(n)).slice(0, 10);
  if (names.length === 0) return undefined;
  const schemes = names.map((n) => schemesOf(n.replace(/^https:\/\/graph\.microsoft\.com\//i, '')));
  // In a client-credentials request, an application permission by name is refused for its missing
  // /.default, which another signal says (permission-type-mismatch, AADSTS70011 in a client-credentials request).
  const appOnlyRequest = code === '70011' && e.flows.some((f) => APP_ONLY_FLOWS.has(f));
  if (schemes.every((s) => s !== undefined && s.application && !s.delegated)) return appOnlyRequest ? undefined : { kind: 'application-only', names, code };
  if (schemes.some((s) => s === undefined)) return { kind: 'unknown', names: names.filter((_, i) => schemes[i] === undefined), code };
  return undefined;
}

/** A user's, group's or contact's photo: …/photo, …/photo/$value, …/photos/{size}/$value. */
const PHOTO_PATH = /\/photos?(?:\/[^/]+)?(?:\/\$value)?$/;

/**
 * The photo itself is not found: "If no photo exists, the operation returns 404 Not Found"
 * (https://learn.microsoft.com/graph/api/profilephoto-get). It fails for some users because only
 * some have a photo, not because of anyone's access.
 */
export function photoNotFound(e: Evidence): boolean {
  const path = e.graphRequest?.segments.join('/').toLowerCase();
  // Exchange words it too: ErrorItemNotFound, "The photo wasn't found."
  return path !== undefined && PHOTO_PATH.test(`/${path}`) && (e.statuses.includes(404) || e.codesLower.has('imagenotfound') || e.codesLower.has('erroritemnotfound'));
}

/**
 * AADSTS50020 from an app registered for accounts in any organization whose sign-in still names one
 * tenant in its authority: the other organizations' users are looked up in the app's own tenant. A
 * multitenant app signs users in through /organizations or /common
 * (https://learn.microsoft.com/entra/identity-platform/howto-convert-app-to-be-multi-tenant): a
 * setup error, not the users' access.
 */
const MULTITENANT_SAID = /\bmulti-?tenant\b|\bany organi[sz]ational directory\b|\bany (?:microsoft entra id|azure ad|entra id) (?:tenant|directory)\b|\baccounts in any organi[sz]ation/;
const TENANT_AUTHORITY = /login\.microsoftonline\.(?:com|us)\/(?!common\b|organizations\b|consumers\b)[^/\s"'`]{3,}/;

export function multitenantAppOnOneTenantAuthority(e: Evidence): boolean {
  return e.aadsts.some((a) => a.code === '50020') && !e.accountHints.includes('personal-account') && MULTITENANT_SAID.test(e.lower) && TENANT_AUTHORITY.test(e.lower);
}

/**
 * A signed-in user reading another user's mail, calendar or contacts with the .Shared permission
 * that reaches them (Mail.Read.Shared, Calendars.ReadWrite.Shared …) named: the app's half is in
 * place, and what is left is whether that person shared the folder with the user
 * (https://learn.microsoft.com/graph/outlook-share-messages-folders).
 */
/** The parts of a person's data that Outlook shares folder by folder, and a .Shared permission reaches. */
const SHARED_FOLDER_DATA: ReadonlySet<string> = new Set(['messages', 'mailfolders', 'events', 'calendar', 'calendars', 'calendarview', 'contacts', 'contactfolders']);

export function sharedPermissionOnOthersData(e: Evidence): string | undefined {
  const seg = e.graphRequest?.segments;
  if (!callsAs(e, 'delegated') || !seg || seg[0] !== 'users' || seg.length < 3) return undefined;
  if (!SHARED_FOLDER_DATA.has(seg[2] ?? '')) return undefined;
  return SHARED_PERMISSION.exec(e.lower)?.[0];
}

const GRAPH_DENIAL_CODES = ['authorization_requestdenied', 'erroraccessdenied', 'accessdenied', 'forbidden'];

/**
 * Every error pasted is the sign-in's (AADSTS) and no API answered 401/403: the token request itself
 * failed, so no token was issued, to send anywhere or to hold any permission (the scopes a command
 * asked for were only asked for).
 */
export function tokenRequestOnlyFailed(e: Evidence): boolean {
  return e.aadsts.length > 0 && !e.statuses.includes(401) && !e.statuses.includes(403) && ![...GRAPH_DENIAL_CODES, 'invalidauthenticationtoken'].some((c) => e.codesLower.has(c));
}

/**
 * The sign-in refused the app before any token was issued: every AADSTS code in the paste is one of
 * the app's own credential (an expired or wrong secret) or of its sign-in setup (a single-tenant app
 * on /common, a redirect URI) in Microsoft's table
 * (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). Graph never saw the token, so what it would have
 * held (its permission types) is not yet the failure.
 */
export function signInRefusedBeforeToken(e: Evidence): boolean {
  // A denial from Graph beside it says a token did reach Graph after all (the sign-in error is history).
  if (e.aadsts.length === 0 || e.statuses.includes(403) || GRAPH_DENIAL_CODES.some((c) => e.codesLower.has(c))) return false;
  return e.aadsts.every((a) => {
    const row = AADSTS_BY_CODE.get(a.code);
    return a.wraps === true || (row !== undefined && (row.cause === 'none' || row.cause === 'token-invalid'));
  });
}

/**
 * Graph's own words (with its 401 InvalidAuthenticationToken) for refusing the token itself: none was
 * sent, it is cut or mangled, it is for another audience, or it has expired. Graph checks these before
 * any permission, https://learn.microsoft.com/graph/resolve-auth-errors ("the access token might be
 * missing in the HTTP authenticate request header or that the token is invalid or is expired").
 */
const TOKEN_ITSELF_REFUSED = ['access token is empty', 'compacttoken parsing failed', 'compacttoken validation failed', 'invalid audience', 'expired or is not yet valid', 'lifetime validation failed'];

/**
 * Graph refused the token for what it is, not for what it may do: what kind of token it was (app-only
 * or a user's) and which permissions it would hold are not what Graph refused, so readings built on
 * them (/me with an app-only token, permissions of the other type) wait until this is fixed.
 */
export function graphRefusedTheTokenItself(e: Evidence): boolean {
  if (!e.codesLower.has('invalidauthenticationtoken') || !TOKEN_ITSELF_REFUSED.some((p) => e.has(p))) return false;
  // Only when it is the one error: beside another status or code (an expired token told as the start,
  // then "/me request is only valid with delegated authentication flow") it may be the earlier one.
  return e.statuses.every((s) => s === 401) && [...e.codesLower].every((c) => c === 'invalidauthenticationtoken' || c === 'unauthorized');
}

/**
 * The user's groups left out of the token: a JWT carries at most 200 groups, and beyond that Entra
 * puts an overage claim (_claim_names) pointing to Graph instead
 * (https://learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/get-signed-in-users-groups-in-access-token).
 * An app that reads groups only from the token then finds the user in none: "not a member of the
 * required groups" is the app's reading, not the user's membership.
 */
const GROUPS_OVERAGE = ['groups overage', 'group overage', 'overage claim', '_claim_names', 'more than 200 groups', 'over 200 groups', 'more than 200 security groups', 'more than 200 aad groups'];
registerPhrases(GROUPS_OVERAGE);
/** The 200 said in the other languages the product reads: "mehr als 200 AAD-Sicherheitsgruppen", "más de 200 grupos", "超过 200 个组", "200 を超えるグループ". */
const LOCALIZED_GROUPS_OVERAGE = /(?:mehr als|über|más de|plus de|mais de)\s200\s\S*(?:gruppen|grupos|groupes)\b|(?:超过|超過)\s?200\s?(?:个|個)?[^。\n]{0,20}?(?:组|群组|グループ|groups?\b)|(?:组|群组|groups?)\s?(?:数|的数量)?\s?(?:超过|超過)\s?200|200\s?(?:個|个)?\s?(?:以上|を超える)の?\s?(?:\S{0,6})?(?:グループ|组)/;
registerPhrases(['200']);

/** Read once per paste: both causes ask, and not-authorization twice more for its auth-evidence exceptions. */
export const groupsOverage = oncePerPaste(readGroupsOverage);

function readGroupsOverage(e: Evidence): string | undefined {
  const said = GROUPS_OVERAGE.find((p) => e.has(p) && isAffirmed(e.lower, p));
  if (said !== undefined || !e.has('200')) return said;
  const m = LOCALIZED_GROUPS_OVERAGE.exec(e.lower);
  return m && !isNegatedAt(e.lower, m.index) ? m[0] : undefined;
}

/**
 * The service naming the permissions the app lacks: Graph's "Missing role permissions on the
 * request. API requires one of …", the sites API's "Access to Site in Graph API requires the following
 * permissions: … However, the application only has the following permissions (granted): …", B2C's "The application does not have any of the required delegated
 * permissions (…)", the role-management (PIM) API's "PermissionScopeNotGranted … Authorization failed due
 * to missing permission scope …". What the app was granted falls short, whichever tool made the call.
 */
// The reporting API names it too ("… does not have required MSGraph permissions" and the permission).
export const SERVICE_NAMES_MISSING_PERMISSION: readonly string[] = ['does not have required msgraph permissions', 'missing role permissions on the request', 'missing permission scope', 'permissionscopenotgranted', 'api requires one of', 'missing scope permissions on the request', 'in graph api requires the following permissions', 'only has the following permissions', 'does not have any of the required delegated permissions', 'does not have any of the required application permissions', 'does not have any of the required scopes'];
registerPhrases(SERVICE_NAMES_MISSING_PERMISSION);

/**
 * Graph's own "You cannot perform the requested operation, required scopes are missing in the token"
 * says the same of the token it read without naming the scope
 * (https://learn.microsoft.com/graph/resolve-auth-errors).
 */
const SERVICE_SAYS_SCOPES_MISSING = 'required scopes are missing in the token';
registerPhrases([SERVICE_SAYS_SCOPES_MISSING]);

/** The service itself says the token lacks a permission, naming it or not. */
export function serviceNamesMissingPermission(e: Evidence): string | undefined {
  return SERVICE_NAMES_MISSING_PERMISSION.find((p) => e.has(p)) ?? (e.has(SERVICE_SAYS_SCOPES_MISSING) ? SERVICE_SAYS_SCOPES_MISSING : undefined);
}

/**
 * The sign-in request forces the consent screen on every sign-in (prompt=consent: "triggers the OAuth
 * consent dialog after the user signs in", https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow)
 * while an admin's consent is said to be in place: where users may not consent themselves, they meet
 * "Approval required" again however often an admin approves. The request, not a missing grant, is at fault.
 */
const FORCED_CONSENT_PROMPT = /\bprompt\s{0,3}[=:]\s{0,3}["'`]?consent\b|\bprompt\.consent\b/;
const ADMIN_CONSENT_IN_PLACE = /\badmin(?:istrator)?[- ]consent\b[^.\n]{0,60}?\b(?:already|(?:is|was|has been|been) granted|covers?|in place)\b/;

/** Read once per paste: not-authorization's signal and permissions-missing's counter-signal both ask. */
export const consentPromptForced = oncePerPaste((e: Evidence): string | undefined => {
  if (!e.lower.includes('consent')) return undefined;
  const m = FORCED_CONSENT_PROMPT.exec(e.lower);
  if (!m || (e.grantedClaim === undefined && !ADMIN_CONSENT_IN_PLACE.test(e.lower))) return undefined;
  return m[0];
});

/**
 * "getOffice365ActiveUserDetail and /users succeed with the same token", "with the very same bearer, are 200",
 * or the other call shown on the next line: "same token, same run, a second earlier:\nGET …/getOffice365ActiveUserDetail -> 200".
 */
const SAME_TOKEN_WORKS = /\b(?:same|identical|very same) (?:access |bearer |graph )?(?:token|bearer)\b[^.\n]{0,60}?\b(?:works?|worked|succeed(?:s|ed)?|(?:are|is|was|were|returns?|returned|gives?|gave|gets?|got|receives?|received) (?:an? )?(?:http )?200|200 ok)\b|\b(?:works?|worked|succeed(?:s|ed)?|(?:are|is|was|were|returns?|returned) (?:http )?200)\b[^.\n]{0,40}?\bwith the (?:very )?same (?:access |bearer )?(?:token|bearer)\b|\b(?:same|identical|very same) (?:access |bearer )?token\b[^\n]{0,80}\n[^\n]{0,300}?(?:->|→|=>)\s*(?:http\s*)?200\b/;
registerPhrases(['same']);
export function sameTokenWorks(e: Evidence): string | undefined {
  if (!e.has('same')) return undefined;
  const m = SAME_TOKEN_WORKS.exec(e.lower);
  return m && hasAffirmedMatch(e.lower, SAME_TOKEN_WORKS) ? m[0] : comparedOutcomesThenSameToken(e.lower);
}

/** "Same token" said right after both outcomes, a 200 and a 401, in either order: "direct: 200. Through the proxy: 401. Same token". */
const SAME_TOKEN_SAID = /\b(?:same|identical|very same) (?:access |bearer )?token\b/g;
function comparedOutcomesThenSameToken(lower: string): string | undefined {
  for (const m of lower.matchAll(SAME_TOKEN_SAID)) {
    const before = lower.slice(Math.max(0, m.index - 160), m.index);
    if (/\b200\b/.test(before) && /\b401\b/.test(before)) return before.slice(before.search(/\b(?:200|401)\b/)) + m[0];
  }
  return undefined;
}

/**
 * Graph says no token arrived ("Access token is empty"), and the very same token works elsewhere (direct,
 * from another machine, in Postman): the client holds a good token, so it was lost on the way, to a proxy,
 * gateway or tool in between that did not pass the Authorization header on. Not the token's fault.
 */
export const tokenLostOnTheWay = oncePerPaste((e: Evidence): string | undefined => (e.has('access token is empty') ? sameTokenWorks(e) ?? worksWithoutTheMiddlebox(e) : undefined));
registerPhrases(['access token is empty']);

/**
 * The same code said to work without the proxy or gateway in between ("Without a proxy this works",
 * "bypassing APIM it's fine"): the credential and app are the same, so a token that goes missing only
 * through the middlebox, or only once the client is rebuilt for it, was lost on the way.
 */
const WORKS_WITHOUT_MIDDLEBOX = gated(/\b(?:without|bypassing|skipping)\s+(?:the\s+|a\s+|an\s+|our\s+|any\s+)?(?:corporate\s+|company\s+|http\s+|egress\s+|internal\s+)?(?:proxy|gateway|apim|reverse proxy)\b[^.\n]{0,30}?\b(?:(?:it|this|that|everything)\s+)?(?:works?|worked|succeeds?|succeeded|(?:is|was|it's) fine)\b|\b(?:works?|worked|succeeds?|succeeded)\b[^.\n]{0,30}?\b(?:without|bypassing)\s+(?:the\s+|a\s+|our\s+)?(?:corporate\s+|company\s+)?(?:proxy|gateway|apim)\b/);
function worksWithoutTheMiddlebox(e: Evidence): string | undefined {
  const m = execIn(WORKS_WITHOUT_MIDDLEBOX, e);
  return m && !isNegatedAt(e.lower, m.index) && !/\b(?:not|never)\b|n't\b/.test(m[0]) ? m[0] : undefined;
}

// Also the status printed beside its Location header ("302  Location: https://graph…"), and the redirect
// said as a verb ("the gateway just 302s to Graph").
const REDIRECT_SHOWN = /\b30[1278]\b[ \t]{0,3}(?:moved permanently|temporary redirect|permanent redirect|found)\b|\b(?:status|http\/[\d.]+)\s{0,3}:?\s{0,3}30[1278]\b|\b30[1278]\s+redirect\b|\b30[1278]\b[ \t,]{1,6}location\s{0,2}:|\b30[1278]s\s+(?:to|it|them|the|every|all)\b/;
/**
 * A redirect shown with its status in the paste, and a 401 after it: HTTP clients drop the Authorization header
 * when they follow a redirect (PowerShell's web cmdlets unless -PreserveAuthorizationOnRedirect,
 * https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-restmethod; browsers on a
 * redirect to another origin), so the hop after it arrives without the token the client holds.
 * Asked by five signals of two causes (for and against): read once.
 */
export const authorizationDroppedOnRedirect = oncePerPaste(readAuthorizationDroppedOnRedirect);

function readAuthorizationDroppedOnRedirect(e: Evidence): string | undefined {
  if (!e.statuses.includes(401) && !e.has('missing bearer token') && !e.has('no authorization') && !e.has('access token is empty')) return undefined;
  const m = REDIRECT_SHOWN.exec(e.lower);
  if (m === null) return undefined;
  // The 401 comes after the redirect in the paste: the hop that followed it.
  return /\b401\b|unauthorized|missing bearer token|access token is empty/.test(e.lower.slice(m.index + m[0].length)) ? m[0] : undefined;
}

/**
 * An Azure Functions HTTP trigger at authLevel "function" (or "admin") wants its key with every call, as the code=
 * query parameter or the x-functions-key header, before the function runs
 * (https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger#http-auth): a 401 from it
 * without a key sent is the host's, and no Entra token, valid or not, answers it.
 */
const FUNCTION_KEY_LEVEL = /["']?authlevel["']?\s{0,3}[:=]\s{0,3}(?:["'](?:function|admin)["']|(?:func\.)?authlevel\.(?:function|admin)\b)|\bauthorizationlevel\.(?:function|admin)\b/;
const FUNCTION_KEY_SENT = /x-functions-key|[?&]code=/;
// Asked by three signals of two causes: read once.
export const functionKeyRequired = oncePerPaste((e: Evidence): string | undefined => {
  if (!e.statuses.includes(401) || (!e.has('authlevel') && !e.has('authorizationlevel'))) return undefined;
  const m = FUNCTION_KEY_LEVEL.exec(e.lower);
  return m && !FUNCTION_KEY_SENT.test(e.lower) ? m[0] : undefined;
});
registerPhrases(['authlevel', 'authorizationlevel']);

/**
 * The scheme a 401's WWW-Authenticate challenge names says which kind of credentials the server accepts
 * (https://www.rfc-editor.org/rfc/rfc7235#section-4.1). "Key" or "ApiKey" is an API gateway asking for its own
 * key (Kong's key-auth answers `Key realm="kong"`): no Microsoft token, valid or not, answers that.
 */
const API_KEY_SCHEMES: ReadonlySet<string> = new Set(['key', 'apikey', 'api-key']);
export function challengeAsksForApiKey(e: Evidence): string | undefined {
  const scheme = e.challenge?.scheme;
  return scheme !== undefined && API_KEY_SCHEMES.has(scheme) ? scheme : undefined;
}

/**
 * A delegated call refused by SharePoint itself ("Access denied. You do not have permission to perform this action
 * or access this resource.") while the app holds SharePoint's broadest delegated permission (AllSites.FullControl,
 * Sites.FullControl.All …): a delegated call may do only what both the app's permission and the signed-in user allow
 * (https://learn.microsoft.com/graph/permissions-overview, delegated access), so with the app's side at its widest,
 * what the user holds on that site is what refused it.
 */
const SHAREPOINT_ACTION_DENIED = 'you do not have permission to perform this action';
const BROADEST_SHAREPOINT_DELEGATED = /\b(?:allsites\.fullcontrol|allsites\.manage|sites\.fullcontrol\.all|sites\.manage\.all)\b/;
export function sharePointDeniedUserWithWidestScope(e: Evidence): string | undefined {
  if (!e.has(SHAREPOINT_ACTION_DENIED) || !callsAs(e, 'delegated')) return undefined;
  return BROADEST_SHAREPOINT_DELEGATED.exec(e.lower)?.[0];
}
registerPhrases([SHAREPOINT_ACTION_DENIED]);

/**
 * A refusal of a Microsoft Graph call answered with a web page: the response's own headers, under its status
 * line, say Content-Type: text/html. Graph answers every error with its JSON error object
 * (https://learn.microsoft.com/graph/errors), so that page came from something between the caller and Graph
 * (a proxy, firewall or gateway) under its own rules. Only the response's header: a request may send HTML
 * (a OneNote page is created from it).
 */
// Also a client's logged response object ("status: 403, … headers: { 'content-type': 'text/html' }", axios's).
const HTML_RESPONSE = /\bhttp\/[\d.]+\s+40[13]\b[^\n]*\n(?:[^\n]*\n){0,8}?[^\n]*\bcontent-type\s*:\s*text\/html\b|\bstatus["']?\s*:\s*40[13]\b[^\n]*\n(?:[^\n]*\n){0,6}?[^\n]*["']content-type["']\s*:\s*["']text\/html\b/;
export const htmlPageForGraphCall = oncePerPaste((e: Evidence): boolean =>
  (e.statuses.includes(401) || e.statuses.includes(403)) && e.has('text/html') && e.request?.target === 'microsoft-graph' && HTML_RESPONSE.test(e.lower));
registerPhrases(['text/html']);

// The PUT of the bytes shown beside the session's creation ("session.put(upload_url, …)", "the very first chunk PUT"):
// the creation worked and the chunk is what failed.
const PUTS_CHUNKS = /\bput\b[^\n]{0,60}?\bupload_?url\b|\bupload_?url\b[^\n]{0,60}?\bput\b|\bchunks?\b[^\n]{0,30}?\bput\b|\bput\b[^\n]{0,30}?\bchunks?\b/i;

/**
 * The failing call is the PUT of an upload to its pre-authenticated URL (an uploadUrl, or a
 * session's chunks): that URL carries its own authorization, so no permission or Graph token is
 * at stake there (knowledge/preauthenticated-urls.ts). Not when the failing request shown is the
 * session's creation, where the app's permissions do count, unless the chunk's PUT is shown beside it.
 */
export function preauthenticatedUrlFailed(e: Evidence): string | undefined {
  const creating = e.request?.method === 'POST' && e.request.url.toLowerCase().includes('createuploadsession');
  if (creating && !PUTS_CHUNKS.test(e.text)) return undefined;
  const url = PREAUTHENTICATED_URL_WORDS.find((w) => e.has(w));
  if (url) return url;
  return UPLOAD_SESSION_WORDS.some((w) => e.has(w)) ? CHUNK_WORDS.find((w) => e.has(w)) : undefined;
}

/**
 * An app's token lacks the permission that writes passwords (the request's body sets
 * passwordProfile, and Microsoft's narrowest permission for it is what the check names): that gap
 * is password-reset-app-only's to explain, with the Entra role the app's write also takes. A
 * signed-in user's token lacking it is a plain missing permission: the user's role is theirs, and
 * the catalog keeps that cause for apps signing in on their own.
 */
export function lacksPasswordPermission(e: Evidence): boolean {
  const i = e.insight;
  return i?.verdict === 'missing' && i.held?.kind !== 'delegated' && i.fix !== undefined && i.requirement !== undefined && propertyPermission(i.fix, i.requirement.template)?.properties.includes('passwordprofile') === true;
}

const EWS_CALL = gated(/\bews\b|exchange web services|\/ews\/exchange\.asmx|exchangeservice\b/);
const NO_PERMISSIONS_IN_TOKEN = ['token contains no permissions', 'permissions can not be understood'];
registerPhrases(NO_PERMISSIONS_IN_TOKEN);

/**
 * EWS called app-only says its token holds no permissions: an app-only EWS token carries only what
 * the app holds on Office 365 Exchange Online (full_access_as_app), granted under that API, not
 * under Microsoft Graph (https://learn.microsoft.com/exchange/client-developer/exchange-web-services/how-to-authenticate-an-ews-application-by-using-oauth).
 * The permission on that API is what is missing, not the type of a Graph one.
 */
export function ewsTokenWithoutExchangePermission(e: Evidence): string | undefined {
  if (e.context !== 'app-only' || !testIn(EWS_CALL, e) || e.lower.includes('full_access_as_app')) return undefined;
  return NO_PERMISSIONS_IN_TOKEN.find((p) => e.has(p));
}

/**
 * Graph's 403 asks for roles ("Missing role permissions on the request … Roles on the request ''")
 * while a user signs in: roles are application permissions, which a user's token never carries
 * (https://learn.microsoft.com/graph/permissions-overview), so the API wants the other type.
 */
export function rolesWantedFromUserToken(e: Evidence): boolean {
  return callsAs(e, 'delegated') && e.quoted.rolesEmpty === true && e.has('missing role permissions on the request');
}
