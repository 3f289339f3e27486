/** 403: the token flow does not match the permission type granted (delegated vs application). */
import { gated, execIn } from '../word-gate.js';
import { defineVerdict, type Cause } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { APP_ONLY_FLOWS } from '../evidence/context-hints.js';
import { fromToken, isDenied, phrase, unless, when, worksNowAndThen, brokeWithoutChange } from '../signals.js';
import { conceptSignals, consentSaidMissing, nothingSaidAdded } from '../concept-signals.js';
import { knowledgeSignals } from '../knowledge-signals.js';
import { importSaid, watchedResourceRefusesFlow, appOnlyEndpointWithoutAppFlow, callGrantsPermissions, grantedUnderAnotherApi, endpointRefusesFlow, graphRefusedTheTokenItself, ewsTokenWithoutExchangePermission, rolesWantedFromUserToken, meNotFound, meWithAppOnly, namedPermissionsOfOtherScheme, neededPermissionOfOtherType, scopeNotOnGraph, serviceExpectedPermissions, signInRefusedBeforeToken } from '../reasoning.js';
import { topicSignals } from '../topic-signals.js';
import { registerPhrases } from '../phrase-index.js';
import { MIGRATION_ONLY_PERMISSIONS } from '../../permissions/endpoint-notes.js';
import { delegatedOnlyPropertyNamed } from '../knowledge/delegated-only-properties.js';

const MIGRATION_PERMISSION_NAMES = [...MIGRATION_ONLY_PERMISSIONS].map((p) => p.toLowerCase());
const MIGRATION_ONLY_REASON = 'Posting Teams messages app-only is allowed only for migration (Teamwork.Migrate.All): sending needs a delegated token';

/**
 * A Teams message being sent: POST to a team's or chat's messages (or replies), or said in words.
 * Not a read of them written as one ("GET …/channels/{id}/messages"): reading messages is no posting.
 */
function postsMessages(e: Evidence): boolean {
  const seg = e.graphRequest?.segments ?? [];
  const readStated = e.request?.methodStated === true && e.request.method === 'GET';
  if ((seg[0] === 'teams' || seg[0] === 'chats') && (seg.includes('messages') || seg.includes('replies'))) return !readStated;
  return /\b(?:send|sending|sends|sent|post|posting|posts|posted)\s+(?:a\s+|the\s+|new\s+)*(?:chat\s+|channel\s+|teams\s+)?messages?\b/.test(e.lower) || MESSAGE_POSTING_CMDLETS.test(e.lower);
}

/**
 * The cmdlets that post a chat or channel message (POST …/messages, …/replies): PnP PowerShell's
 * Submit-PnPTeamsChannelMessage and Microsoft Graph PowerShell's New-MgTeamChannelMessage,
 * New-MgChatMessage and their reply forms (https://learn.microsoft.com/powershell/module/microsoft.graph.teams/new-mgteamchannelmessage).
 */
const MESSAGE_POSTING_CMDLETS = /\bsubmit-pnpteamschannelmessage\b|\bnew-mg(?:beta)?(?:group)?(?:teamchannel|teamprimarychannel|chat|userchat)message(?:reply)?\b/;

/**
 * The OneNote API stopped serving app-only tokens on March 31, 2025, whatever application permission
 * (Notes.Read.All, Notes.ReadWrite.All) is granted: https://learn.microsoft.com/graph/integrate-with-onenote.
 */
const ONENOTE_APP_ONLY_RETIRED = 'The OneNote API no longer accepts app-only tokens (since March 31, 2025), whatever Notes permission the app holds: it needs a delegated token of a signed-in user';
const ONENOTE_APP_ONLY_END = Date.UTC(2025, 2, 31);
registerPhrases(['onenote']);

/** An app-only OneNote call refused after the retirement: one the paste's own clock dates before it was served app-only then. */
function oneNoteAppOnlyRetired(e: Evidence): string | undefined {
  if (!(isDenied(e) || e.statuses.includes(401)) || e.context !== 'app-only' || !e.has('onenote')) return undefined;
  return e.errorTime !== undefined && e.errorTime.getTime() < ONENOTE_APP_ONLY_END ? undefined : ONENOTE_APP_ONLY_RETIRED;
}

/**
 * AADSTS1002012 (https://learn.microsoft.com/entra/identity-platform/reference-error-codes) raised by
 * a PowerShell cmdlet ("Get-PnPMicrosoft365Group: AADSTS1002012: …"): the module asked for its own
 * token, so the scope it sent is the module's choice, not one the person wrote; a module release that
 * asks differently is as likely as a grant of the wrong type. The reading leads without being sure.
 */
const CMDLET_RAISED_1002012 = gated(/\b[a-z]+-[a-z0-9]+\s*:\s*(?:error:\s*)?aadsts1002012\b/);
function cmdletAskedTheScope(e: Evidence): string | undefined {
  const cmdlet = execIn(CMDLET_RAISED_1002012, e)?.[0].split(':')[0]?.trim();
  return cmdlet && `${cmdlet} asked for the token itself: the scope in AADSTS1002012 is the module's request, not one written here`;
}

/** Delegated permissions named and no application ones: a user signs in, though the flow is not said. */
function onlyDelegatedNamed(e: Evidence): boolean {
  return e.permissionTypes.includes('delegated') && !e.permissionTypes.includes('application');
}

function delegatedOnlyPropertyReason(e: Evidence): string | undefined {
  const p = delegatedOnlyPropertyNamed(e.text);
  return p && `${p.property} of a ${p.resource} may be read or set only on behalf of a signed-in user: an app-only call is refused whatever it holds`;
}

const DELEGATED_SCOPE_NAMES = /\b(?:user_impersonation|access_as_user)\b/;

/** Consent said to be missing for a permission of the type the flow uses ("Not granted for Contoso" beside an Application row, client credentials). */
function consentMissingForFlowType(e: Evidence): string | undefined {
  const sameType = (e.context === 'app-only' && e.permissionTypes.includes('application')) || (e.context === 'delegated' && e.permissionTypes.includes('delegated'));
  return sameType ? consentSaidMissing(e) : undefined;
}

/** Graph's empty-token words are explained by a missing grant: none of any type said added, or the flow's own type not consented. */
function emptyTokenExplainedByGrant(e: Evidence): boolean {
  return nothingSaidAdded(e) !== undefined || consentMissingForFlowType(e) !== undefined;
}

export default defineVerdict({
  id: 'permission-type-mismatch',
  wording: {
    title: 'The token type does not match the permissions granted',
    what: 'The app has permissions, but of the other kind: application permissions work only in tokens obtained without a user (client credentials, certificate, managed identity), and delegated permissions only in tokens obtained for a signed-in user.',
    why: 'An app-only token carries the roles claim (application permissions) and never delegated scopes; a user token carries scp (delegated) and never application roles. Granting one type and signing in with the other flow gives a token without the needed permission — or without any.',
    fix: 'Either grant the permission as the type your flow uses (Application for a daemon, Delegated for a signed-in user), or switch to the flow that matches what was granted; then get a new token.',
    fixFor: {
      'app-only': 'For a daemon: add it under Microsoft Graph > Application permissions, have a Privileged Role Administrator consent, get a new /.default token; /me needs a signed-in user.',
      delegated: 'For a signed-in user: add it under Microsoft Graph > Delegated permissions, consent to it and sign in again; application permissions never reach a user\'s token.',
    },
    learnMore: { title: 'Overview of Microsoft Graph permissions', url: 'https://learn.microsoft.com/graph/permissions-overview' },
    lastVerified: {
      on: '2026-12-01',
      against: [
        'https://learn.microsoft.com/graph/permissions-overview',
        'https://learn.microsoft.com/graph/permissions-reference',
        'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent',
        'https://learn.microsoft.com/powershell/microsoftgraph/find-mg-graph-command',
        'https://learn.microsoft.com/entra/identity-platform/scopes-oidc',
      ],
    },
  },
  checks: [
    {
      title: 'Know which flow issued the token',
      verify: { claim: 'idtyp = app, or a roles claim without scp, means app-only (client credentials); scp means delegated (a signed-in user).', powershell: 'Get-MgContext | Select-Object AuthType, Scopes' },
      fix: 'If you expected the other kind, change how the token is acquired (AcquireTokenForClient vs. an interactive, device-code or auth-code flow).',
      source: 'https://learn.microsoft.com/graph/permissions-overview',
    },
    {
      title: 'The granted permissions are of that type',
      verify: { portal: 'Entra admin center > Entra ID > App registrations > your app > API permissions: the Type column says Delegated or Application.', cli: 'az ad app permission list --id {app-id}' },
      fix: 'For a daemon, add the Microsoft Graph permission as "Application permissions" and grant admin consent (Graph application permissions need a Privileged Role Administrator); for a user flow, add it as "Delegated permissions".',
      source: 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent',
    },
    {
      title: 'The endpoint supports that type at all',
      verify: { powershell: "Find-MgGraphCommand -Uri '{request-path}' -Method {method} -ApiVersion {api-version} | Select-Object -First 1 -ExpandProperty Permissions | Select-Object Name, PermissionType, IsLeastPrivilege", portal: 'The Graph API reference page of the call > Permissions table: "Application: Not supported" means only a signed-in user can call it (for example /me, sending chat or channel messages).' },
      fix: 'From a daemon call /users/{id} instead of /me; use a delegated flow for APIs that have no application permission.',
      source: 'https://learn.microsoft.com/powershell/microsoftgraph/find-mg-graph-command',
    },
    {
      title: 'The token carries scp or roles',
      verify: { claim: 'A token with neither scp nor roles makes Graph answer "Either scp or roles claim need to be present in the token".' },
      fix: 'Grant at least one Microsoft Graph permission of the right type and consent to it, then request a new token (app-only requests use the /.default scope).',
      source: 'https://learn.microsoft.com/entra/identity-platform/scopes-oidc',
    },
  ],
  signals: [
    when('watched-resource-refuses-flow', 5, (e) => { const s = watchedResourceRefusesFlow(e); return s !== undefined && `A change-notification subscription takes the permission of what it watches: ${s}`; }),
    worksNowAndThen,
    brokeWithoutChange,
    ...topicSignals('permission-type-mismatch'),
    // Not where no permission of any type is said to be added, or the flow's own type is said not consented: the
    // token is empty for want of a grant, not for its type.
    unless(phrase('scp-or-roles', 7, ['either scp or roles claim need to be present', 'scp or roles claim', 'neither scp nor roles'], () => 'Graph says the token has neither scp nor roles: no permission of the type the flow uses was granted'), emptyTokenExplainedByGrant),
    ...knowledgeSignals('permission-type-mismatch'),
    ...conceptSignals('permission-type-mismatch'),
    when('me-app-only', 6, meWithAppOnly),
    when('me-not-found', 5, (e) => !meWithAppOnly(e) && meNotFound(e)),
    // /me with an app-only token is one fact: the signal above already counts it.
    when('endpoint-refuses-flow', 5, (e) => !meWithAppOnly(e) && endpointRefusesFlow(e)),
    // A property only delegated calls may touch (knowledge/delegated-only-properties.ts), refused for a
    // call without a user: decisive when the flow is known to be app-only, a lead when it is not said.
    when('delegated-only-property', 4.5, (e) => isDenied(e) && e.context === 'app-only' && delegatedOnlyPropertyReason(e)),
    when('delegated-only-property-flow-unsaid', 2, (e) => isDenied(e) && e.context === 'unknown' && !onlyDelegatedNamed(e) && delegatedOnlyPropertyReason(e)),
    // Not when the call works for some users and fails for others: one app calls for all of them with
    // one kind of token, and a token of the wrong kind would be refused for everyone.
    when('app-only-endpoint', 3.5, (e) => isDenied(e) && !e.accountHints.includes('some-users-only') && appOnlyEndpointWithoutAppFlow(e)),
    // Refused however the service words it (401 or 403): the retirement does not depend on the permission held.
    when('onenote-app-only-retired', 5, oneNoteAppOnlyRetired),
    // Not EWS's own words for an app-only token without Exchange's full_access_as_app: the permission on that API is missing.
    unless(phrase('no-permissions-text', 6, ['token contains no permissions', 'permissions can not be understood'], (p) => `Graph says "${p}"`), (e) => ewsTokenWithoutExchangePermission(e) !== undefined),
    phrase('me-delegated-only', 7, ['/me request is only valid with delegated', 'only valid with delegated authentication flow'], () => '/me was called with an app-only token: /me needs a signed-in user'),
    phrase('migration-only', 7, ['only for import purposes', 'allowed in application-only context only for import'], () => MIGRATION_ONLY_REASON),
    // The migration permission named beside a message being sent: the app holds the one application
    // permission that posts messages, and it does so only in migration mode (MIGRATION_ONLY_PERMISSIONS,
    // with its Learn page). Named beside other calls (adding the members of a migrated team), it is one
    // more permission on the request.
    when('migration-permission-for-messages', 7, (e) => MIGRATION_PERMISSION_NAMES.some((p) => e.has(p)) && postsMessages(e) && !importSaid(e) && MIGRATION_ONLY_REASON),
    // Not when the refused scope already is a /.default one whose resource part is no identifier: the flow asked the right way, for nothing.
    when('client-credentials-invalid-scope', 4, (e) =>
      e.aadsts.some((a) => a.code === '70011') && e.flows.some((f) => f === 'client-credentials' || f === 'certificate') && scopeNotOnGraph(e)?.kind !== 'no-resource' && 'AADSTS70011 in a client-credentials request: an app-only token takes the /.default scope, not delegated permission names'),
    fromToken(when('token-without-permissions', 6.5, (e) => e.token?.kind === 'none' || (e.token?.kind === 'app-only' && e.token.permissions.length === 0) ? 'The pasted token is app-only but has no roles: no application permission was granted' : undefined)),
    // Graph's own report of the same: the app-only token it read holds no roles at all.
    // Not where the permissions were granted under another API: none of them reaches a Graph token, of either type.
    // An app-only session's Scopes are its token's roles (https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/get-mgcontext).
    when('app-only-session-empty', 4.5, (e) => e.quoted.appOnlySessionEmpty === true && e.grantedClaim !== undefined && 'Get-MgContext shows the app-only session holding no permission at all (Scopes {}), though permissions are said to be granted: what was granted reaches only a signed-in user (Delegated), not an app signing in on its own'),
    when('graph-saw-no-roles', 5, (e) => e.quoted.rolesEmpty === true && e.token === undefined && grantedUnderAnotherApi(e) === undefined && (rolesWantedFromUserToken(e) ? 'Graph wants roles (application permissions) and the user\'s token carries none ("Roles on the request \'\'"): this API takes an application permission, which only an app signing in on its own gets' : 'Graph reports the app-only token carries no roles at all ("Roles on the request \'\'"): no application permission reaches it, whatever is granted as Delegated')),
    fromToken(when('no-scheme-for-token', 5.5, (e) => e.insight?.verdict === 'no-scheme-for-token' && !/password/.test(e.insight.request.path) && e.insight.message)),
    when('delegated-token-app-permission', 5, (e) => e.context === 'delegated' && !graphRefusedTheTokenItself(e) && e.permissionTypes.includes('application') && !e.permissionTypes.includes('delegated') && 'A user signs in (delegated token), but the permission was granted as an Application permission'),
    when('app-flow-delegated-permission', 5, (e) => e.context === 'app-only' && !graphRefusedTheTokenItself(e) && e.permissionTypes.includes('delegated') && !e.permissionTypes.includes('application') && !signInRefusedBeforeToken(e) && 'The app signs in without a user (app-only), but the permissions mentioned are Delegated'),
    // Not when the failing call grants the permission named: the type is what it grants.
    when('token-scopes-but-app-permissions', 4, (e) =>
      e.permissionTypes.includes('application') && !callGrantsPermissions(e) && !e.permissionTypes.includes('delegated') && (e.quoted.scp !== undefined || (e.quoted.scopes !== undefined && !e.quoted.scopes.some((s) => s.includes('.default')))) && !e.quoted.roles && 'The token lists delegated scopes only, while the app relies on application permissions'),
    // user_impersonation / access_as_user are delegated scopes an API exposes; an app-only token never carries them.
    when('app-flow-delegated-scope', 4, (e) => e.context === 'app-only' && DELEGATED_SCOPE_NAMES.test(e.lower) && 'The app signs in without a user, but the permission it relies on (user_impersonation / access_as_user) is a delegated scope, which app-only tokens never carry'),
    when('named-permissions-other-scheme', 4.5, (e) => !signInRefusedBeforeToken(e) && namedPermissionsOfOtherScheme(e)),
    when('needed-permission-other-type', 5, (e) => (isDenied(e) || serviceExpectedPermissions(e).length > 0) && neededPermissionOfOtherType(e)),
    when('application-only-scope-requested', 5, (e) => {
      const s = scopeNotOnGraph(e);
      return s?.kind === 'application-only' && `AADSTS${s.code} for ${s.names.slice(0, 3).join(', ')}: Graph has ${s.names.length === 1 ? 'it' : 'them'} only as an application permission (Microsoft's permissions data), which a user's sign-in can never request; an app-only flow asks for https://graph.microsoft.com/.default instead`;
    }),
    when('app-only-denied', 1.5, (e) => e.context === 'app-only' && isDenied(e) && !/password/.test(e.lower) && 'An app-only call was denied: is the permission granted as Application?'),
    when('daemon-with-consent', 1.5, (e) => e.flows.some((f) => APP_ONLY_FLOWS.has(f)) && e.grantedClaim !== undefined && !signInRefusedBeforeToken(e) && !graphRefusedTheTokenItself(e) && 'A daemon with consent granted still fails: consent was likely given to the other permission type'),
    // Consistent types say nothing where the endpoint itself refuses the flow, nor where a
    // permission the call accepts is bound to the other type (the type mentioned is another permission's).
    when('types-consistent', -2, (e) =>
      endpointRefusesFlow(e) === undefined &&
      neededPermissionOfOtherType(e) === undefined &&
      ((e.context === 'app-only' && e.permissionTypes.length === 1 && e.permissionTypes[0] === 'application') || (e.context === 'delegated' && e.permissionTypes.length === 1 && e.permissionTypes[0] === 'delegated')) &&
      `The permission type mentioned (${e.permissionTypes[0]}) matches how the token is obtained`),
    // Roles in an app-only token are application permissions granted and consented
    // (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference): the app has the
    // right type, unless the text names delegated ones too (the one the call needs may be among them).
    when('roles-of-its-type', -2, (e) =>
      e.context === 'app-only' && e.held?.kind === 'app-only' && e.held.permissions.length > 0 && !e.permissionTypes.includes('delegated') && endpointRefusesFlow(e) === undefined &&
      `The app-only token carries application permissions (${e.held.permissions.slice(0, 3).join(', ')}): the app was granted the type its flow uses`),
    // A permission of the type the flow uses is listed, but its consent is said to be missing ("Not granted
    // for Contoso"): the token lacks it for want of consent, not for its type
    // (https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent).
    when('consent-missing-same-type', -3, (e) => {
      const said = consentMissingForFlowType(e);
      return said !== undefined && `Consent is said to be missing ("${said.trim()}") for a permission of the type the flow uses: the type fits, the consent does not`;
    }),
    when('cmdlet-asked-the-scope', -1, cmdletAskedTheScope),
    // A user's token sends from another mailbox only with Mail.Send.Shared and that mailbox's Send As
    // (or Send on Behalf) right (https://learn.microsoft.com/graph/outlook-send-mail-from-other-user);
    // named, the delegated route is the one taken, and the user's right is what remains.
    when('send-as-with-user-token', 2, (e) => e.lower.includes('errorsendasdenied') && e.context === 'delegated' && !e.lower.includes('mail.send.shared') && 'A delegated token sends from another mailbox only with Mail.Send.Shared and that mailbox\'s Send As right; an app sending as any mailbox uses the Application permission (ErrorSendAsDenied)'),
  ],
}) satisfies Cause;
