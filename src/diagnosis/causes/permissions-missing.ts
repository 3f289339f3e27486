/** 403: the app lacks the permission (or the consent) the API needs. */
import { gated, testIn } from '../word-gate.js';
import { lesserAdminRefusedForSomeTargets, protectedTargetRefused } from '../role-reasoning.js';
import { defineVerdict, type Cause } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { firstPhrase, fromToken, isDenied, phrase, phrases, saysNotFound, unless, when, worksForSomeOnly, worksNowAndThen, brokeWithoutChange } from '../signals.js';
import { adminOnlySucceeds, conceptSignals, consentSaidMissing } from '../concept-signals.js';
import { delegatedPasswordScopeNotHeld } from './password-reset-app-only.js';
import { knowledgeSignals } from '../knowledge-signals.js';
import { knowledgeFindings, readsKnownCode } from '../knowledge/findings.js';
import { consentPromptForced, endpointRefusesFlow, grantedUnderAzureAdGraph, multitenantAppNotYetConsented, ewsTokenWithoutExchangePermission, rolesWantedFromUserToken, lacksPasswordPermission, neededPermissionOfOtherType, readOnlyForWrite, SERVICE_NAMES_MISSING_PERMISSION, serviceNamesMissingPermission, grantedUnderAnotherApi, sharedMailboxWithoutSharedPermission, sharedPermissionOnOthersData, tokenRequestOnlyFailed } from '../reasoning.js';
import { situationsOf } from '../situations.js';
import { isSignInScope } from '../../permissions/oidc-scopes.js';
import { signedInThroughMicrosoftTool } from './user-access-or-license.js';
import { adminModuleAppOnlyWithoutRole } from '../powershell-sessions.js';
import { topicSignals } from '../topic-signals.js';
import { registerPhrases } from '../phrase-index.js';
import { THROTTLED_PHRASES } from '../knowledge/throttling.js';
import { graphTokenElsewhere } from '../audience-reasoning.js';
import { isNegatedAt, someOccurrence } from '../evidence/negation.js';
import { managedMembership } from './not-authorization.js';
import { holdsNeededRole } from '../role-reasoning.js';
import { serviceSaidMissing } from '../service-missing.js';

registerPhrases(['changetype', 'notificationurl', 'change notification', 'validation request', 'check credentials and try again']);

/** An Azure role named on its Azure scope, quoted or not ("Contributor" on the resource group), or the page that assigns them. */
const AZURE_RBAC_ROLE = /\b(?:contributor|owner|reader|user access administrator)["'\u201d]?\s+(?:role\s+)?(?:on|of|for|to|at)\s+(?:the\s+|a\s+|our\s+|my\s+|this\s+)?(?:subscription|resource group|management group)|\bsubscription owner\b|\brbac role\b|\bazure role\b|\baccess control \(iam\)|\biam (?:blade|page|tab)\b/;

/** "I granted the app write access to the site", "POST /sites/{id}/permissions": the per-site grant was made. */
const SITE_GRANT_CLAIM = /\b(?:granted|gave|given|added|assigned)\b[^.\n]{0,60}\b(?:to|on) (?:the |that |this )?(?:site|list)s?\b(?![^.\n]{0,20}\bnot\b)|\/sites\/[^\s/]+\/permissions\b|grant-pnpazureadappsitepermission|set-pnpazureadappsitepermission/;

/** Graph's change-notification subscriptions, as a Graph URL or a request line ("POST /v1.0/subscriptions"). */
const GRAPH_SUBSCRIPTIONS = gated(/graph\.microsoft\.com\/(?:v1\.0|beta)\/subscriptions\b|\b(?:post|patch|get|delete)\s+(?:\/v1\.0|\/beta)?\/subscriptions\b/);

/**
 * Exchange Online PowerShell signed in as the app (Connect-ExchangeOnline -AppId … -CertificateThumbprint …)
 * needs the Exchange.ManageAsApp application permission of Office 365 Exchange Online, admin
 * consented, and a role (an Entra role such as Exchange Administrator, or Exchange RBAC) assigned to
 * the app's service principal (https://learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2).
 * Graph permissions such as Mail.Read do not reach it. Exchange's bare refusal ("UnAuthorized",
 * "Access is denied") is read here; its message naming the missing role is a row of
 * knowledge/service-messages.ts.
 */
const EXO_APP_ONLY = /\bconnect-exchangeonline\b[^\n]{0,300}?-appid\b/;
const EXO_REFUSED = /\bunauthori[sz]ed\b|\baccess (?:is )?denied\b|\b401\b/;
registerPhrases(['connect-exchangeonline']);

function exchangePowerShellAppOnlyRefused(e: Evidence): boolean {
  return e.has('connect-exchangeonline') && EXO_APP_ONLY.test(e.lower) && EXO_REFUSED.test(e.lower);
}

/**
 * An app signing in to IMAP, POP or SMTP without a user and refused at AUTHENTICATE: beside the
 * IMAP.AccessAsApp, POP.AccessAsApp or SMTP.SendAsApp permission of Office 365 Exchange Online,
 * Exchange must know the app's service principal (New-ServicePrincipal, with the enterprise
 * application's object id) and be given each mailbox (Add-MailboxPermission)
 * (https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth).
 * Said by the flow, by the app permissions' names, or by the Exchange steps themselves. Not when a
 * Graph token is shown going there: that is the wrong audience.
 */
// POP as a protocol, not a "pop-up".
const MAIL_PROTOCOL = gated(/\b(?:imap|smtp|xoauth2)\b|\bpop3?\b(?!-)/);
// Exchange's 5.7.139 answers name their own reason (SMTP AUTH switched off, security defaults): not these.
// POP3 refuses with "-ERR Authentication failure: unknown user name or bad password." (the POP exchange of the page above).
const MAIL_PROTOCOL_REFUSED = gated(/\bauthenticate failed\b|\b5\.7\.3\b|\blogondenied\b|\bauthenticated but not connected\b|-err authentication failure\b/);
const MAIL_APP_ONLY_NAMES = phrases(['imap.accessasapp', 'pop.accessasapp', 'smtp.sendasapp', 'new-serviceprincipal', 'add-mailboxpermission']);

function mailProtocolAppRefused(e: Evidence): string | undefined {
  if (!testIn(MAIL_PROTOCOL, e) || !testIn(MAIL_PROTOCOL_REFUSED, e) || graphTokenElsewhere(e) !== undefined) return undefined;
  const appOnly = e.context === 'app-only' || firstPhrase(e, MAIL_APP_ONLY_NAMES) !== undefined;
  return appOnly ? 'IMAP, POP or SMTP refused an app signing in without a user: besides its *.AccessAsApp permission, Exchange must know the app (New-ServicePrincipal with the enterprise app\'s object id) and be given the mailbox (Add-MailboxPermission)' : undefined;
}

const STILL_FAILS = /\b(?:still|nevertheless|even after|even though|yet it|but it)\b/;

const ADDED = phrases(['i have added', 'i added', 'we added', 'have added the']);

/**
 * A *.Selected permission's resource grant is the app's, the same for every user
 * (https://learn.microsoft.com/graph/permissions-selected-overview): the same call working for other users shows it
 * is in place, and what differs is the failing user's own access to the resource.
 */
function selectedGrantShownByOthers(e: Evidence): boolean {
  return e.accountHints.includes('some-users-only');
}

/** A grant on the site said to be in place, not denied ("we haven't granted the app anything on the site" is no such claim). */
const SITE_GRANT_CLAIMS = new RegExp(SITE_GRANT_CLAIM.source, 'g');

function siteGrantClaimed(lower: string): boolean {
  for (const m of lower.matchAll(SITE_GRANT_CLAIMS)) {
    if (isNegatedAt(lower, m.index)) continue;
    // Listing the site's permissions (GET …/permissions, often answered with an empty list) checks
    // for a grant; it does not make one.
    if (m[0].startsWith('/sites/') && /\bget\b[^\n]{0,80}$/.test(lower.slice(Math.max(0, m.index - 80), m.index))) continue;
    return true;
  }
  return false;
}

/**
 * What was added is a permission: a permission's name, "permission(s)", "scope(s)" or "API" follows
 * within a few words ("I added Mail.Read", "we added the API permissions"), not a calendar or a user.
 */
const ADDED_OBJECT = /^\s+(?:[\w'-]+\s+){0,4}?(?:[a-z]+\.[a-z]+(?:\.[a-z]+)?\b|(?:api\s+)?permissions?\b|scopes?\b|roles?\b|api\b)/;
function addedAPermission(lower: string, phrase: string): boolean {
  return someOccurrence(lower, phrase, (at) => ADDED_OBJECT.test(lower.slice(at + phrase.length, at + phrase.length + 80)));
}

/** The prose names one permission type, and it is the other one than the token's. */
function onlyOtherTypeNamed(e: Evidence): boolean {
  return (e.context === 'delegated' && e.permissionTypes.length === 1 && e.permissionTypes[0] === 'application') || (e.context === 'app-only' && e.permissionTypes.length === 1 && e.permissionTypes[0] === 'delegated');
}

/** The token lacks the password-writing permission of a password write, and consent is not said to be what is missing. */
function passwordGap(e: Evidence): boolean {
  return lacksPasswordPermission(e) && consentSaidMissing(e) === undefined;
}

/**
 * The portal's configured-permissions table names a column "Admin consent required" beside "Type" and
 * "Status" (https://learn.microsoft.com/entra/identity-platform/quickstart-configure-app-access-web-apis):
 * pasted with its rows, the header says nothing about this app's consent; its Status column does.
 */
const BLADE_HEADER = /\btype\b[^\n]{0,60}\badmin consent required\b[^\n]{0,40}\bstatus\b/;
/** A row of it copied with the column's name: "Admin consent required: Yes", "| Admin consent required | No |". */
const BLADE_VALUE = /\badmin consent required\b\s{0,3}[:=|-]?\s{0,3}\|?\s{0,3}(?:yes|no)\b/;
function consentRequiredOnlyAsColumn(e: Evidence): boolean {
  if (!e.has('admin consent required') || !(BLADE_HEADER.test(e.lower) || BLADE_VALUE.test(e.lower))) return false;
  return e.lower.split('\n').every((line) => !line.includes('consent required') || BLADE_HEADER.test(line) || BLADE_VALUE.test(line));
}
registerPhrases(['admin consent required']);

/** A code in the paste whose own words name a refusal of another cause than a missing permission. */
function specificCodeBeside(e: Evidence): boolean {
  return knowledgeFindings(e).words.some((w) => !w.rule.generic && w.rule.cause !== 'permissions-missing' && w.rule.cause !== 'none');
}

export default defineVerdict({
  id: 'permissions-missing',
  wording: {
    title: 'The app lacks the permission this call needs',
    what: 'The token is fine, but it does not carry a permission the endpoint accepts — either it was never added to the app registration, or it was added and consent was not granted, so it never reached the token. A Sites.Selected (or other *.Selected) permission in the token is not enough on its own: it grants nothing until the app is given access to the specific site.',
    why: 'Every Graph call lists the permissions it accepts. A permission appears in the token (scp for delegated, roles for application) only after it is added to the app and consented to. Users can consent only to what the tenant\'s user-consent setting allows — under Microsoft\'s managed setting, users can no longer consent for third-party apps to their files and sites, among others — so many permissions wait for an administrator. Azure RBAC roles such as Owner or Contributor give no Graph rights at all.',
    fix: 'Add the least privileged Graph permission the call accepts, of your flow\'s type; have it consented (by a Privileged Role Administrator for application permissions); get a new token.',
    fixFor: {
      'app-only': 'For a daemon: add the least privileged Graph application permission the call accepts; have a Privileged Role Administrator grant admin consent; get a new /.default token.',
      delegated: 'For a signed-in user: add the least privileged delegated permission the call accepts and consent to it (the admin consent workflow if users may not); then sign in again.',
      'selected-permission': 'A *.Selected permission such as Sites.Selected grants nothing alone: an admin must also grant the app a role on the site (or list), then the app gets a new token.',
    },
    learnMore: { title: 'Microsoft Graph permissions reference', url: 'https://learn.microsoft.com/graph/permissions-reference' },
    lastVerified: {
      on: '2026-12-01',
      against: [
        'https://learn.microsoft.com/graph/permissions-reference',
        'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
        'https://learn.microsoft.com/powershell/microsoftgraph/find-mg-graph-command',
        'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent',
        'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent',
        'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-admin-consent-workflow',
        'https://learn.microsoft.com/graph/permissions-selected-overview',
        'https://learn.microsoft.com/graph/api/site-post-permissions',
      ],
    },
  },
  checks: [
    {
      title: 'Find which permissions the call accepts',
      verify: {
        powershell: "Find-MgGraphCommand -Uri '{request-path}' -Method {method} -ApiVersion {api-version} | Select-Object -First 1 -ExpandProperty Permissions | Select-Object Name, PermissionType, IsLeastPrivilege",
        portal: 'The Graph API reference page of the call > Permissions table (least privileged first), or Graph Explorer > Modify permissions.',
      },
      fix: 'Pick the least privileged one of the type your app uses (delegated with a signed-in user, application without one).',
      source: 'https://learn.microsoft.com/powershell/microsoftgraph/find-mg-graph-command',
    },
    {
      title: 'The token carries it',
      verify: { claim: 'scp (delegated, space-separated) or roles (application) must contain one of the accepted permissions.' },
      fix: 'If it is missing, the app registration or the consent is incomplete: continue with the next checks, then request a new token (a token keeps the permissions it was issued with).',
      source: 'https://learn.microsoft.com/graph/permissions-reference',
    },
    {
      title: 'The permission is on the app registration, under Microsoft Graph',
      verify: { portal: 'Entra admin center > Entra ID > App registrations > your app > API permissions > Add a permission > Microsoft Graph.', cli: 'az ad app permission list --id {app-id}' },
      fix: 'Add it under Microsoft Graph (not under Azure Active Directory Graph or another API) with the type your flow uses.',
      source: 'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
    },
    {
      title: 'Admin consent was granted for the tenant',
      verify: {
        portal: 'API permissions: the Status column shows "Granted for" and your tenant name with a green check; or Entra ID > Enterprise apps > your app > Permissions.',
        powershell: "$sp = Get-MgServicePrincipal -Filter \"appId eq '{app-id}'\"; Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id; Get-MgOauth2PermissionGrant -Filter \"clientId eq '$($sp.Id)'\"",
        cli: 'az ad app permission admin-consent --id {app-id}',
      },
      fix: 'Select "Grant admin consent". Consent to Microsoft Graph application permissions needs a Privileged Role Administrator (or Global Administrator); Cloud Application and Application Administrators can consent to delegated permissions and to other APIs\' application permissions.',
      source: 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent',
      tradeOff: 'Admin consent applies to the whole tenant: grant the least privileged permission the call accepts, not a broad *.ReadWrite.All; for SharePoint, prefer Sites.Selected plus a grant on the one site the app needs.',
    },
    {
      title: 'Users are allowed to consent, or can ask an admin',
      verify: { portal: 'Entra admin center > Entra ID > Enterprise apps > Consent and permissions > User consent settings, and Admin consent settings (the admin consent workflow).' },
      fix: 'When users see "Need admin approval", the permission is outside what the user-consent setting allows (Microsoft\'s managed setting blocks user consent to third-party apps for files and sites, among others). Turn on the admin consent workflow so users can request it, rather than opening user consent wider.',
      source: 'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-admin-consent-workflow',
      appliesTo: ['delegated'],
    },
    {
      title: 'A Sites.Selected permission also has a grant on the site',
      verify: {
        claim: 'roles or scp contains Sites.Selected (or Lists/ListItems/Files.SelectedOperations.Selected): on its own that gives access to nothing.',
        powershell: "Invoke-MgGraphRequest GET /v1.0/sites/{site-id}/permissions  # run as an admin; listing and granting need Sites.FullControl.All",
      },
      fix: 'Grant the app a role on the site: POST /v1.0/sites/{site-id}/permissions with {"roles":["read"],"grantedTo":[{"application":{"id":"{app-id}"}}]} (read, write, owner or fullcontrol). All three are needed: the consented Selected permission, the site grant, and a new token.',
      source: 'https://learn.microsoft.com/graph/permissions-selected-overview',
      appliesTo: ['selected-permission'],
    },
  ],
  signals: [
    // As for Exchange PowerShell below, consent to the Entra permission does not answer it: the missing step is Exchange's.
    when('mail-protocol-app-refused', 4.5, mailProtocolAppRefused),
    when('exchange-powershell-app-only', 4.5, (e) => exchangePowerShellAppOnlyRefused(e) && 'Exchange Online PowerShell refused the app: signing in as the app needs the Exchange.ManageAsApp application permission (Office 365 Exchange Online, admin consented) and an Exchange role assigned to its service principal; Graph permissions do not reach it'),
    worksNowAndThen,
    brokeWithoutChange,
    ...topicSignals('permissions-missing'),
    ...knowledgeSignals('permissions-missing'),
    ...conceptSignals('permissions-missing'),
    when('read-only-for-write', 3, (e) => isDenied(e) && readOnlyForWrite(e)),
    // The token's only SharePoint permissions are *.Selected ones: they reach only the sites (or lists, items, files)
    // an admin granted the app one by one, so a denial on a site says this site has no grant for it
    // (https://learn.microsoft.com/graph/permissions-selected-overview).
    when('selected-permission-only', 3.5, (e) => {
      const held = e.held?.permissions ?? [];
      const selected = held.filter((p) => /^(?:Sites|Lists|ListItems|Files)\.SelectedOperations\.Selected$|^Sites\.Selected$/i.test(p));
      const broader = held.some((p) => /^(?:Sites|Files)\.(?:Read|ReadWrite|Manage|FullControl)\.All$/i.test(p));
      return (isDenied(e) || e.has('accessdenied')) && selected.length > 0 && !broader && e.graphRequest?.segments[0] === 'sites' &&
        `The token's SharePoint permission is ${selected[0]} only: it reaches just the sites an admin granted the app one by one, and this site has no grant for it`;
    }),
    // Exchange answers a mailbox the caller may not open with a denial or a not-found.
    when('shared-permission-missing', 3.5, (e) => (isDenied(e) || e.has('access denied') || saysNotFound(e)) && sharedMailboxWithoutSharedPermission(e)),
    when('consent-prompt-forced', -3, (e) => consentPromptForced(e) !== undefined && '…but the sign-in forces the consent screen (prompt=consent) while an admin\'s consent is in place: the request asks again, the grant is not missing'),
    // The OAuth error consent_required, also as a service prints it in words ("Consent Required"), and
    // the consent screen's own words when a permission needs an admin ("Need admin approval … only an admin can grant"),
    // also as people paste it in their language: https://learn.microsoft.com/entra/identity/enterprise-apps/configure-admin-consent-workflow
    // Not the API permissions blade's column header ("Type  Admin consent required  Status") pasted with its rows.
    unless(phrase('consent-required', 5, ['consent_required', 'consent required', 'has not consented', 'admin consent is required', 'need admin approval', 'needs admin approval', 'requires admin approval', 'approval required', 'only an admin can grant', 'ask an admin to grant', 'ask for admin approval', 'asks for admin approval', 'asking for admin approval',
      'approbation administrateur requise', "approbation de l'administrateur requise", 'administratorgenehmigung erforderlich', 'genehmigung des administrators erforderlich', 'se necesita la aprobación del administrador', 'aprovação do administrador', '需要管理员批准', '管理者の承認が必要'], (p) => `Consent is missing ("${p}")`), consentRequiredOnlyAsColumn),
    // Not the password-writing permission of a password write: that cause names it with the role the write also takes,
    // unless the paste says consent is what is missing.
    // Not when the permission the call needs is named as granted with the other type (here and for quoted
    // scopes below): that is why the token lacks it, and permission-type-mismatch names it.
    fromToken(when('token-lacks-permission', 6.5, (e) => e.insight?.verdict === 'missing' && !(e.insight.resourceGrant !== undefined && selectedGrantShownByOthers(e)) && !e.insight.ownDataOnly && e.insight.held?.from === 'token' && e.insight.held.permissions.some((x) => !isSignInScope(x)) && !passwordGap(e) && neededPermissionOfOtherType(e) === undefined && e.insight.message)),
    // Scopes quoted in the text are a token's only once one was issued: a sign-in that failed (AADSTS only) holds none.
    fromToken(when('quoted-scopes-lack-permission', 5, (e) => e.insight?.verdict === 'missing' && !(e.insight.resourceGrant !== undefined && selectedGrantShownByOthers(e)) && !e.insight.ownDataOnly && e.insight.held?.from === 'text' && !tokenRequestOnlyFailed(e) && !passwordGap(e) && neededPermissionOfOtherType(e) === undefined && e.insight.message)),
    // A signed-in user's token without the permission a write of someone else's password takes, where
    // the permissions check could not say it (no endpoint read): the scope is what is missing; the
    // user's own role is theirs to have (password-reset-app-only is the app signing in on its own).
    when('delegated-password-scope-not-held', 5, (e) => e.insight?.verdict !== 'missing' && delegatedPasswordScopeNotHeld(e)),
    // A membership change on a group whose members a rule or Exchange manages is refused whatever the caller holds.
    when('membership-managed-elsewhere', -3, (e) => managedMembership(e) !== undefined && '…but the group\'s members are managed by its rule or in Exchange: the refusal is what such a change gets, whatever the app holds'),
    when('ews-token-without-exchange-permission', 5, (e) => {
      const said = ewsTokenWithoutExchangePermission(e);
      return said !== undefined && `EWS says the app-only token holds no permissions ("${said}"): an EWS token carries only the app's permission on Office 365 Exchange Online (full_access_as_app, under APIs my organization uses), not its Microsoft Graph ones; add that one and grant admin consent`;
    }),
    // A permission for the user's own data, used on another user's: the .Shared permission is one half;
    // the other half, that user's sharing, is user-access-or-license's reason. Neither decides alone.
    fromToken(when('own-data-permission-only', 3.5, (e) => e.insight?.verdict === 'missing' && e.insight.ownDataOnly !== undefined && e.insight.message)),
    when('granted-under-another-api', 4, grantedUnderAnotherApi),
    // The user holds a role the call needs (../role-reasoning.ts): the app's delegated permission remains,
    // unless the paste speaks of a licence or a missing service, which the user's access still covers.
    when('holds-needed-role', 2, (e) => isDenied(e) && e.context !== 'app-only' && !e.has('license') && !e.has('licence') && serviceSaidMissing(e) === undefined && holdsNeededRole(e)),
    fromToken(when('permission-satisfied', -3.5, (e) => e.insight?.verdict === 'satisfied' && serviceNamesMissingPermission(e) === undefined && e.insight.message)),
    // Not where Graph wants roles (application permissions) from a user's token, which carries none
    // ("Roles on the request ''"): the kind of permission, not one of that kind, is what is missing.
    unless(phrase('missing-role', 4, SERVICE_NAMES_MISSING_PERMISSION, (p) => `Graph names the permission it wanted ("${p}")`), rolesWantedFromUserToken),
    // "Required roles claim values are not provided": the token carries none of the roles (application
    // permissions) or scopes the API checks for (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
    phrase('does-not-contain-valid-permissions', 3, ['does not contain valid permissions', 'token does not have the required permissions', 'does not have the required permission', 'insufficient scopes', 'required scopes are missing', 'required roles claim values are not provided', 'required scopes claim values are not provided'], (p) => `The token's permissions are not enough ("${p}")`),
    // The code itself is in the knowledge tables; its message alone counts the same once.
    when('denied', 2.5, (e) => !readsKnownCode(e, 'Authorization_RequestDenied') && e.has('insufficient privileges') && 'The service says "Insufficient privileges to complete the operation"'),
    // Exchange's ErrorAccessDenied message without its code (a log that kept only the message). Exchange
    // words other refusals the same way; a code beside it whose own words say which ("DelegatedCalendarAccessDenied")
    // is read instead.
    when('exchange-denied', 2.5, (e) => !readsKnownCode(e, 'ErrorAccessDenied') && e.has('check credentials and try again') && !specificCodeBeside(e) && 'Exchange says "Access is denied. Check credentials and try again" (ErrorAccessDenied): the caller lacks the rights for the action'),
    // Azure roles (Owner, Contributor, Reader, User Access Administrator on a subscription, resource group or
    // resource, assigned on its Access control (IAM) page) govern Azure resources; Microsoft Graph data is reached
    // through Graph permissions and Entra roles, a separate system
    // (https://learn.microsoft.com/azure/role-based-access-control/rbac-and-directory-admin-roles).
    // Signed in as oneself through a Microsoft tool (az, Graph PowerShell), the tool's permissions are
    // pre-consented: the Azure role is the user's, and what the user lacks is an Entra role (user-access-or-license's).
    when('rbac-is-not-graph', 3, (e) => isDenied(e) && AZURE_RBAC_ROLE.test(e.lower) && signedInThroughMicrosoftTool(e) === undefined && 'An Azure RBAC role (Owner/Contributor) is mentioned: those give no Microsoft Graph permissions'),
    when('admin-role-adds-no-scopes', 2, (e) => isDenied(e) && e.adminRoleClaim !== undefined && e.context !== 'app-only' && !worksForSomeOnly(e) && !adminOnlySucceeds(e) && !e.accountHints.includes('some-items-only') && protectedTargetRefused(e) === undefined && lesserAdminRefusedForSomeTargets(e) === undefined && `The signed-in user is said to be an admin ("${e.adminRoleClaim}"): a role adds no scopes to the token, so what the app was granted is what falls short`),
    when('admin-module-app-only-without-role', 5, (e) => { const s = adminModuleAppOnlyWithoutRole(e); return s !== undefined && `The admin PowerShell module is connected app-only and refused, and the app's service principal holds no Entra role ("${s}"): Teams and Exchange Online PowerShell authorize an app by a role such as Teams Administrator or Exchange Administrator on its service principal, which no Graph permission replaces`; }),
    when('selected-without-grant', 4, (e) => isDenied(e) && situationsOf(e).includes('selected-permission') && !siteGrantClaimed(e.lower) && !selectedGrantShownByOthers(e) && 'A *.Selected permission (Sites.Selected …) grants nothing until the app is given a role on the site or list itself'),
    // A change-notification subscription is refused when the app may not read what it watches: creating one needs
    // the permission reading the resource needs (https://learn.microsoft.com/graph/outlook-change-notifications-overview).
    // Graph wraps the resource's refusal in its own words ("Operation: Create; Exception: [Status Code: Unauthorized").
    when('subscription-refused', 3, (e) =>
      // Graph's /subscriptions, not Azure's /subscriptions/{id}/resourceGroups (an Azure subscription is no change notification).
      (e.has('changetype') || e.has('notificationurl') || e.has('change notification') || testIn(GRAPH_SUBSCRIPTIONS, e)) &&
      // Not a limit the service says was reached ("has reached its limit of subscriptions"): that one was allowed.
      (isDenied(e) || /status code: (?:unauthorized|forbidden)/.test(e.lower)) && !e.has('validation request') && !THROTTLED_PHRASES.some((p) => e.has(p)) &&
      'Creating a change-notification subscription needs the permission that reading the watched resource needs; the refusal is about that resource'),
    // Not where the endpoint takes no application permission for this call: there is none to add.
    when('app-only-denied', 1.5, (e) => e.context === 'app-only' && isDenied(e) && endpointRefusesFlow(e) === undefined && 'App-only call denied: the app needs an application permission with admin consent'),
    // Reading only: sending app-only is not a protected API but a delegated-only action (permission-type-mismatch reads it).
    when('protected-teams-api', 3, (e) => e.context === 'app-only' && /channel messages|chat messages|\/messages\b/.test(e.lower) && /teams|channel|chat/.test(e.lower) && isDenied(e) && e.graphRequest?.method !== 'POST' && !/\b(?:send|sending|sends|post|posting|posts)\s+(?:an?\s+|the\s+)?(?:chat\s+|channel\s+|teams\s+)?messages?\b/.test(e.lower) && 'Reading Teams messages app-only is a protected API that Microsoft must approve first'),
    unless(phrase('legacy-api-permission', 1.5, ['azure active directory graph', 'azure ad graph'], () => 'Azure AD Graph (retired) is mentioned: permissions granted for it do not count for Microsoft Graph'), grantedUnderAzureAdGraph),
    // Granting tenant-wide admin consent adds a multitenant app to the customer's tenant
    // (https://learn.microsoft.com/entra/identity/enterprise-apps/create-service-principal-cross-tenant).
    when('multitenant-app-not-in-tenant', 6, (e) => multitenantAppNotYetConsented(e) && "AADSTS700016 for a multitenant app in a customer's tenant: the app has no service principal there until an admin of that tenant grants consent (the admin consent URL adds it)"),
    // Azure AD Graph is retired, and its permissions never reach a Microsoft Graph token
    // (https://learn.microsoft.com/graph/migrate-azure-ad-graph-overview).
    when('granted-under-azure-ad-graph', 4.5, (e) => grantedUnderAzureAdGraph(e) && 'The permission is granted under Azure AD Graph, which is retired: a Microsoft Graph token never carries it, so grant the Microsoft Graph permission of the same name (tools that moved to Microsoft Graph fail where their older versions worked)'),
    // Added but said consented as well: what is left is a new token, and the consent claim speaks against this cause.
    when('added-not-consented', 1.5, (e) => {
      const p = e.grantedClaim === undefined ? firstPhrase(e, ADDED) : undefined;
      return p !== undefined && addedAPermission(e.lower, p) && `Permissions were added ("${p}"); they need consent and a new token too`;
    }),
    when('type-mismatch-explains-it', -3, (e) => onlyOtherTypeNamed(e) && `The permission was granted as ${e.permissionTypes[0]}, the other type than the token's: that, not a missing grant, keeps it out of the token`),
    when('needed-one-of-other-type', -2, (e) =>
      !onlyOtherTypeNamed(e) && isDenied(e) && neededPermissionOfOtherType(e) !== undefined &&
      'The permission the call needs is named as granted with the other type than the token\'s: that, not a missing grant, keeps it out of the token'),
    when('works-elsewhere', -2, (e) => worksForSomeOnly(e) && 'The same call works for other users or mailboxes, so the app has the permission'),
    when('shared-permission-in-place', -2, (e) => {
      const p = sharedPermissionOnOthersData(e);
      return p !== undefined && `The .Shared permission that reaches another person's folders (${p}) is named: what is left is whether that person shared them with the user`;
    }),
    when('says-granted', -2, (e) => e.grantedClaim !== undefined && !readOnlyForWrite(e) && `The permissions are said to be granted ("${e.grantedClaim}")`),
    // "I already granted admin consent but it still fails": what was tried is evidence against it, not for it.
    when('granted-still-fails', -1.5, (e) => e.grantedClaim !== undefined && STILL_FAILS.test(e.lower) && !readOnlyForWrite(e) && 'Consent was already given and it still fails'),
    when('first-party-tool', -2, (e) => {
      const tool = signedInThroughMicrosoftTool(e);
      return tool !== undefined && `The caller is a Microsoft tool ("${tool.trim()}") with pre-consented permissions`;
    }),
    when('status-403', 0.8, (e) => e.statuses.includes(403) && 'HTTP 403: authenticated but not allowed'),
  ],
}) satisfies Cause;
