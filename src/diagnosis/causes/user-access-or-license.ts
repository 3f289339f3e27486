/** 403: the signed-in user lacks the role, membership or license for the data. */
import { gated, testIn } from '../word-gate.js';
import { defineVerdict, type Cause } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { errorCode, fromToken, hasCode, hasStatus, isDenied, phrase, phrases, saysNotFound, serverFailedOnly, unless, when, worksForSomeOnly, worksNowAndThen } from '../signals.js';
import { adminOnlySucceeds, conceptSignals } from '../concept-signals.js';
import { driveItselfNotFound, groupWithoutMailbox, noMailbox, personalSiteNotFound, serviceSaidMissing } from '../service-missing.js';
import { knowledgeSignals, messageSaysNotAuthorization, specificRowNamesAnother } from '../knowledge-signals.js';
import { callsAs, delegatedOnOthersData, personalOnWorkOnlyApi, sharePointDeniedUserWithWidestScope, endpointRefusesFlow, groupsOverage, serviceNamesMissingPermission, multitenantAppOnOneTenantAuthority, photoNotFound, sharedMailboxWithoutSharedPermission, tokenRequestOnlyFailed } from '../reasoning.js';
import { commandNotFound } from '../powershell-sessions.js';
import { bookingBusinessClosedToUser, bookingBusinessIdNamesNoMailbox } from '../bookings.js';
import { topicSignals } from '../topic-signals.js';
import { changesProtectedUserData, passwordTopic, signedInPasswordRole } from './password-reset-app-only.js';
import { registerPhrases } from '../phrase-index.js';
import { ENTRA_ROLE_NAMES } from '../knowledge/entra-roles.js';
import { oncePerPaste } from '../once-per-paste.js';
import { isStated } from '../evidence/negation.js';
import { heldRoles, lesserAdminRefusedForSomeTargets, needsRoleReason, protectedTargetRefused } from '../role-reasoning.js';


const NO_LICENSE = ['does not have a spo license', 'spo license', 'missinglicense', 'aadpremiumlicenserequired', 'needs an aad premium', 'does not have a license', 'has no license', 'not licensed', 'unlicensed', 'license is required', 'requires a license', 'without a license', 'no valid license', 'missing license', 'request not applicable to target tenant', 'not have the required license',
  // Teams' own 403 for a user without a license that includes Teams: "Failed to get license information
  // for the user. Ensure user has a valid Office365 license assigned to them." (a user's Teams license:
  // https://learn.microsoft.com/graph/api/resources/teamslicensingdetails).
  'failed to get license information', 'has a valid office365 license', 'has a valid office 365 license', 'has a valid microsoft 365 license',
  // Teams creating a team for a user whose licenses it cannot read as including Teams ("Failed to retrieve appliable Sku categories for the user",
  // GetApplicableSkuCategoriesForUserFailed): the user's license (SKU) is what it looks up.
  'failed to retrieve appliable sku categories', 'failed to retrieve applicable sku categories', 'getapplicableskucategoriesforuserfailed',
  // A service plan is the part of a license that turns one service on for a user
  // (https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference): "You don't have a
  // service plan adequate for this request" is the service saying that part is missing.
  'service plan adequate', "don't have a service plan", 'do not have a service plan', "doesn't have a service plan", 'does not have a service plan', 'no service plan',
  // The same said in other languages: a license absent or required, not the bare word ("is it a license problem?" asks).
  'keine lizenz', 'ohne lizenz', 'nicht lizenziert', 'lizenz fehlt', 'lizenz erforderlich', 'licence requise', 'sans licence', 'sin licencia', 'no tiene licencia', 'licencia requerida', 'sem licença', 'não tem licença', 'ライセンスがありません', 'ライセンスが割り当てられていません', 'ライセンスなし', '没有许可证', '未分配许可证'];
const ROLE_NEEDED = ['user does not have valid roles', 'does not have valid roles', 'administrator role', 'admin role', 'directory role', 'application administrator', 'user administrator', 'security reader', 'requires the role', 'required role', 'not an admin', 'is not an administrator',
  // The same roles as the localized admin centers name them (Spanish, French, German, Portuguese,
  // Japanese, Chinese: https://learn.microsoft.com/es-es/entra/identity/role-based-access-control/permissions-reference
  // and its fr-fr, de-de, pt-br, ja-jp, zh-cn editions).
  'rol de administrador', "rôle d'administrateur", 'administratorrolle', 'função de administrador', '管理者ロール', '管理员角色',
  'rol de directorio', "rôle d'annuaire", 'verzeichnisrolle', 'função de diretório', 'ディレクトリ ロール', '目录角色',
  'administrador de aplicaciones', "administrateur d'applications", 'anwendungsadministrator', 'administrador de aplicativos', 'アプリケーション管理者', '应用程序管理员',
  'administrador de usuarios', "administrateur d'utilisateurs", 'benutzeradministrator', 'administrador de usuários', 'ユーザー管理者', '用户管理员',
  'lector de seguridad', 'lecteur de sécurité', 'sicherheitsleseberechtigter', 'leitor de segurança', 'セキュリティ閲覧者', '安全读取者'];
/** Read once per paste: the role-needed signal and the lacking-role reading both ask. */
const roleNeeded = oncePerPaste(phrase('role-needed', 3, ROLE_NEEDED, (p) => `A directory role is involved ("${p}")`).test);
/**
 * Roles that are the app's, not the signed-in user's: an API's app roles ("Missing application
 * roles. API required roles: …", the token's "roles claim"), or a directory role given to the app's service principal (the "SP" or "SPN" for short).
 */
const ROLE_OF_THE_APP = gated(/\b(?:application|app|api required) roles?\b|\broles? claims?\b|\b(?:service principal|sp|spn|daemon|managed identity)\b[^.\n]{0,80}\brole\b|\brole\b[^.\n]{0,40}\b(?:to|on|for) (?:the |my |our )?(?:service principal|sp|spn|daemon|managed identity)\b|\b(?:the|our|my|this) (?:app|application)(?:'s)?\s+(?:\w+\s+){0,2}?(?:needs?|requires?|must have|lacks?|is missing)\b[^.\n]{0,40}\brole\b/);
/** What stands right before the role's name when it is lacking or needed. */
const LACKING_BEFORE = /\b(?:is not|isn't|are not|aren't|not|without|lacks?|lacking|missing|needs?|requires?|required|must (?:be|have))\s+(?:an? |the |any )?(?:role (?:of |like )?)?$/;
const CONSENT_AFTER = /^[^.\n]{0,40}\b(?:consent|approv|grant)/;
registerPhrases(ENTRA_ROLE_NAMES);

/** The role's holder named just before it is the app: "the app's service principal needs the Exchange Administrator role". */
const APP_AS_HOLDER = /\b(?:app|apps|application|service principal|managed identity|daemon|automation account|function app|enterprise app)(?:'s)?\b[^.\n]{0,40}$/;

/** Whose role it is, right before its name ("my", "our", "the"), and the refusal right after it. */
const HOLDER_BEFORE = /\b(?:my|our|the|a|an)\s+$/;
const REFUSED_AFTER = /^(?:\s+(?:account|user|role))?\s+(?:can't|cannot|can not|isn't able to|is not able to|is refused|is denied|gets? (?:a )?403|fails)\b/;

/**
 * A built-in role said to be lacking or needed ("the user is not a Reports Reader", "needs the
 * Groups Administrator role", "without the Global Reader role"): the user's own role is what is
 * missing. The names are Microsoft's (../knowledge/entra-roles.ts); having one is the opposite, and
 * "requires a Global Administrator to grant consent" is about the app's consent, not the user's role.
 * Found from each role name the phrase index saw, backwards: one pass over the paste, not a pattern
 * tried at every word.
 */
function lacksNamedRole(e: Evidence): string | undefined {
  for (const name of ENTRA_ROLE_NAMES) {
    if (!e.has(name)) continue;
    for (let at = e.lower.indexOf(name); at >= 0; at = e.lower.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[a-z]/.test(e.lower.charAt(end)) || /[a-z]/.test(e.lower.charAt(at - 1))) continue;
      const before = e.lower.slice(Math.max(0, at - 40), at);
      // The role held and refused: "my Groups Administrator account can't change it" (the role is not the one the call needs).
      const refused = HOLDER_BEFORE.test(before) ? REFUSED_AFTER.exec(e.lower.slice(end, end + 40)) : null;
      if (refused) return e.lower.slice(at, end + refused[0].length);
      const lacking = LACKING_BEFORE.exec(before);
      if (!lacking || CONSENT_AFTER.test(e.lower.slice(end, end + 60))) continue;
      const start = at - before.length + lacking.index;
      if (APP_AS_HOLDER.test(e.lower.slice(Math.max(0, start - 60), start))) continue;
      return e.lower.slice(start, end);
    }
  }
  return undefined;
}

/**
 * The SharePoint Online Management Shell's cmdlets (Connect-SPOService, Get-SPOTenant, Set-SPOSite …) act
 * as the SharePoint admin center: Connect-SPOService connects a SharePoint Administrator (or a SharePoint
 * Embedded Administrator) to it (https://learn.microsoft.com/powershell/module/sharepoint-online/connect-sposervice).
 * Connected as an app instead (-ClientId with a certificate, or a managed identity), the app's own
 * permission decides.
 */
const SPO_CMDLET = /\b[a-z]+-spo[a-z]{3,}\b/i;
const SPO_APP_CONNECTION = /-clientid\b|-certificate(?:path|thumbprint)?\b|-managedidentity\b/;
const REFUSED_WORDS = /unauthori[sz]ed|access (?:is )?denied|\b40[13]\b|forbidden|not authori[sz]ed|insufficient/;

function spoAdminCmdletRefused(e: Evidence): string | undefined {
  if (!e.lower.includes('-spo') || SPO_APP_CONNECTION.test(e.lower) || e.context === 'app-only' || !(isDenied(e) || REFUSED_WORDS.test(e.lower))) return undefined;
  // Named as written (Get-SPOTenant), not lower-cased.
  return SPO_CMDLET.exec(e.text)?.[0];
}

/**
 * Microsoft 365 usage reports read on a user's behalf need the user in one of the roles the
 * reports page names (Reports Reader, Global Reader, a service administrator …) besides the app's
 * Reports.Read.All (https://learn.microsoft.com/graph/reportroot-authorization). App-only, the
 * permission alone decides.
 */
function usageReportAsUser(e: Evidence): boolean {
  return e.graphRequest?.segments[0] === 'reports' && /^get[a-z0-9]*(?:detail|counts|usage|activity|distribution)/.test(e.graphRequest.segments[1] ?? '');
}

/** Why the failing call needs a role of the signed-in user, when its page lists roles and no rule of its own reads it. */
function endpointRoleReason(e: Evidence): string | undefined {
  // Nor where the service's own code says what is missing ("Authentication_MSGraphPermissionMissing").
  return usageReportAsUser(e) || customSecurityAttributes(e) || specificRowNamesAnother(e, 'user-access-or-license') ? undefined : needsRoleReason(e);
}

/** Calls on the role APIs themselves (/directoryRoles, /roleManagement…): there "directory role" names the data, not a role someone lacks. */
const ROLE_API_PATH = /\/(?:directoryroles|directoryroletemplates|rolemanagement)\b/;
const ROLE_API_CMDLET = /\b(?:get|new|remove|update)-mg(?:beta)?(?:directoryrole|rolemanagement)/;
/** "add users to a directory role", "list the members of directory roles": the role is what the call works on. */
const ROLE_AS_OBJECT = /\b(?:add|adding|assign|assigning|remove|removing|list|listing|get|getting|read|reading)\b[^.\n]{0,40}\b(?:to|from|of|in)\s+(?:an?\s+|the\s+|this\s+)?directory\s*roles?\b|\bdirectory\s*roles?\s+members?\b/;

function callsRoleApi(e: Evidence): boolean {
  return e.requests.some((r) => ROLE_API_PATH.test(r.url.toLowerCase())) || ROLE_API_CMDLET.test(e.lower) || ROLE_AS_OBJECT.test(e.lower);
}

/**
 * Custom security attributes: a delegated call needs one of the Attribute Assignment / Definition
 * roles, and "by default, Global Administrator and other administrator roles don't have
 * permissions to read, define, or assign custom security attributes"
 * (https://learn.microsoft.com/graph/api/directory-post-attributesets,
 * https://learn.microsoft.com/graph/api/attributeset-get). App-only, the permission suffices.
 */
const CUSTOM_SECURITY_ATTRIBUTES = /\battribute ?sets?\b|customsecurityattribute|custom security attributes?\b|customsecattribute|-mg(?:beta)?directoryattributeset/;

registerPhrases(['attribute', 'customsecattribute']);

function customSecurityAttributes(e: Evidence): boolean {
  return (e.has('attribute') || e.has('customsecattribute')) && CUSTOM_SECURITY_ATTRIBUTES.test(e.lower);
}

/** The target user lacks the service itself (no mailbox, OneDrive or license): true for app-only calls as for delegated ones. */
function targetServiceMissing(e: Evidence): boolean {
  return noMailbox(e) !== undefined || licenceSaidMissing(e) !== undefined || serviceSaidMissing(e) !== undefined;
}

/**
 * Microsoft's own tools whose Graph permissions are pre-consented: a 403 there is the user's own rights.
 * The Azure CLI is named by its commands or by its own traceback (azure.cli.command_modules…), as
 * when a command such as az aro create registers an app through the CLI's Graph client.
 */
const FIRST_PARTY_USER_TOOLS = phrases(['az ad ', 'az rest', 'azure.cli.command_modules', 'azure/cli/command_modules', 'microsoft.portal.framework', 'azure portal', 'entra admin center', 'azure ad portal', 'connect-azuread']);
/**
 * A user's own "az login" (not as an app: --service-principal, --identity, --federated-token) also signs
 * in the tools that borrow the Azure CLI's token (Terraform's use_cli). Read only where the call is a
 * user's: beside an app-only flow, "az login as me" is the comparison that works.
 */
const AZ_LOGIN_AS_USER = /(?:^|[\s`$>"'(])az login\b(?![^\n]*--(?:service-principal|identity|federated-token))/m;
/** The portals, where an app is registered and its permissions granted as well as used. */
const PORTALS: ReadonlySet<string> = new Set(['azure portal', 'entra admin center', 'azure ad portal']);
/**
 * "I registered the app in the Azure portal", "granted the permissions in the Entra admin center":
 * the portal as the place the app was set up, not the client that made the failing call.
 */
const SET_UP_IN_PORTAL = /\b(?:regist\w*|configur\w*|set up|setup|add(?:ed|ing)?|grant(?:ed|ing)?|creat(?:e|ed|ing)|consent(?:ed)?|assign(?:ed)?|gave|give|enabl(?:e|ed))\b[^.\n]{0,80}?\b(?:in|on|via|through|from|using|at) (?:the )?(?:microsoft )?(?:azure(?: ad)?|entra)(?: admin)? (?:portal|admin center)/;

/**
 * The Microsoft tool the paste says the failing call went through, if any: a portal counts only
 * when it is not just where the app was set up.
 */
function firstPartyUserTool(e: Evidence): string | undefined {
  // The service naming the permissions the app lacks speaks of the app, whichever tool called.
  if (serviceNamesMissingPermission(e) !== undefined) return undefined;
  const tool = FIRST_PARTY_USER_TOOLS.find((t) => e.has(t)) ?? (e.context === 'delegated' && e.has('az login') && AZ_LOGIN_AS_USER.test(e.lower) ? 'az login' : undefined);
  if (tool === undefined || !PORTALS.has(tool)) return tool;
  if (!SET_UP_IN_PORTAL.test(e.lower)) return tool;
  // Set up there; still the caller if another tool word is present.
  return FIRST_PARTY_USER_TOOLS.find((t) => !PORTALS.has(t) && e.has(t));
}

/** The Microsoft tool a user signed in to for the failing call (not an app-only caller): its permissions are pre-consented. */
export function signedInThroughMicrosoftTool(e: Evidence): string | undefined {
  return e.context !== 'app-only' ? firstPartyUserTool(e) : undefined;
}

registerPhrases(NO_LICENSE);
/**
 * A shared mailbox said to have no licence ("the shared mailbox has no license, which I read is
 * fine"): a shared mailbox needs none (https://learn.microsoft.com/microsoft-365/admin/email/about-shared-mailboxes),
 * so that names no missing licence. Those clauses are blanked before the licence phrases are read.
 */
const SHARED_MAILBOX_WITHOUT_LICENCE = /\bshared mailbox(?:es)?\b[^.\n]{0,40}?(?:\bno\b|\bwithout\b|n't\b|\bnot\b)[^.\n]{0,20}?licen[cs]\w*|\bunlicen[cs]ed shared mailbox(?:es)?\b/g;

/**
 * A licence the service says is required, however it names the plan: "Tenant does not meet license
 * requirement", "Upgrade to a premium P2 license and try again", "requires an Entra ID P2 license", "the user
 * needs a valid license to access this API"
 * (features licensed per tenant or user: https://learn.microsoft.com/entra/fundamentals/licensing).
 */
const LICENCE_REQUIRED = /\b(?:does not|doesn't|do not|don't|not)\s+meet\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?licen[cs](?:e|ing)\s+requirements?\b|\bupgrade to (?:an?\s+)?(?:[\w-]+\s+){0,3}?licen[cs]e\b|\brequires? (?:an?\s+)?(?:[\w-]+\s+){1,3}?licen[cs]e\b|\bneeds? (?:an?\s+)?(?:valid|supported|required|proper|appropriate)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\b/;
registerPhrases(['license', 'licence']);

function licenceSaidMissing(e: Evidence): string | undefined {
  const present = NO_LICENSE.filter((p) => e.has(p));
  const required = present.length === 0 && (e.has('license') || e.has('licence')) ? LICENCE_REQUIRED.exec(e.lower)?.[0] : undefined;
  if (required !== undefined) return isStated(e.lower, required) ? required : undefined;
  if (present.length === 0) return undefined;
  const lower = e.has('shared mailbox') ? e.lower.replace(SHARED_MAILBOX_WITHOUT_LICENCE, (m) => ' '.repeat(m.length)) : e.lower;
  return present.find((p) => lower.includes(p) && isStated(lower, p));
}

/**
 * A licence said missing for the app itself ("the service principal obviously has no licence"): licences are assigned
 * to users (https://learn.microsoft.com/entra/fundamentals/license-users-groups), and an app signing in on its own needs
 * none, so the words say nothing of this cause.
 */
const APP_WITHOUT_LICENCE = /\b(?:service principal|the app(?:lication)?|app registration|managed identity|the daemon)\b[^.\n]{0,40}?(?:\bno\b|\bwithout\b|n't have|\bnot have\b|\bnot licensed\b|\bunlicensed\b)[^.\n]{0,20}?\blicen[cs]/;

const EVERYONE_FAILS = /\b(?:fails?|failing|failed|denied|forbidden|403|errors?)\b[^.\n]{0,30}?\bfor (?:every|each|all)(?: (?:single|the|of (?:the|our)|our))? (?:users?|accounts?|mailbox(?:es)?|people)\b|\b(?:every|each) (?:single )?(?:user|account) (?:gets?|fails?|is denied|gets denied)\b|\ball (?:the |our )?(?:users|accounts) (?:get|fail|are denied)\b/;

/** GET of a user or group object itself (no service below it) that Graph says does not exist. */
const DIRECTORY_OBJECT = /^\/(?:users|groups)\/[^/]+$/;
function missingDirectoryObject(e: Evidence): boolean {
  const r = e.graphRequest;
  return r !== undefined && r.method === 'GET' && DIRECTORY_OBJECT.test(r.path) && (hasStatus(e, 404) || hasCode(e, 'Request_ResourceNotFound'));
}

/** An administrative unit's restricted management, as the property and the portal's setting name it. */
const RESTRICTED_UNIT = ['ismembermanagementrestricted', 'restricted management administrative unit', 'restricted management au', 'restricted-management au', 'restricted management unit', 'gestión restringida', 'gestion restreinte', 'eingeschränkte verwaltung'];

/** The directory answered that the object does not exist (Request_ResourceNotFound, 404), and nothing was refused. */
function directoryObjectNotFoundOnly(e: Evidence): boolean {
  return hasCode(e, 'Request_ResourceNotFound') && e.statuses.every((s) => s === 404) && !isDenied(e);
}

export default defineVerdict({
  id: 'user-access-or-license',
  wording: {
    title: 'The signed-in user may not access this data',
    what: 'With a delegated token Graph allows only what both the app and the signed-in user may do: the app has the permission, but this user lacks the role, the membership, the mailbox or the license the data needs (guests see even less).',
    why: 'Delegated access is the intersection of the app\'s permissions and the user\'s own rights. A user without an Exchange Online mailbox, without a SharePoint license, outside a team, without an admin role, or a restricted guest is refused even though the app is configured correctly.',
    fix: 'Give that user the missing role, membership, license or mailbox, or call as a user who has them; invite guests into the team or group they need before loosening tenant-wide guest settings.',
    learnMore: { title: 'Resolve Microsoft Graph authorization errors', url: 'https://learn.microsoft.com/graph/resolve-auth-errors' },
    lastVerified: {
      on: '2026-12-01',
      against: [
        'https://learn.microsoft.com/graph/resolve-auth-errors',
        'https://learn.microsoft.com/entra/fundamentals/license-users-groups',
        'https://learn.microsoft.com/entra/identity/role-based-access-control/manage-roles-portal',
        'https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure',
        'https://learn.microsoft.com/graph/api/resources/users',
      ],
    },
  },
  checks: [
    {
      title: 'It fails only for some users',
      verify: { portal: 'Graph Explorer: sign in as the failing user and as a working one, and run the same request.' },
      fix: 'If it works for an admin or another user, compare their roles, group memberships and licenses with the failing user\'s.',
      source: 'https://learn.microsoft.com/graph/resolve-auth-errors',
    },
    {
      title: 'The user has the license (and mailbox) the data needs',
      verify: { portal: 'Entra admin center > Entra ID > Users > the user > Licenses.', powershell: 'Get-MgUserLicenseDetail -UserId {upn} | Select-Object SkuPartNumber; Get-EXOMailbox -Identity {upn} | Select-Object RecipientTypeDetails' },
      fix: 'Assign a license that includes Exchange Online / SharePoint Online / Teams as needed; an on-premises, inactive or soft-deleted mailbox cannot be reached through Graph.',
      source: 'https://learn.microsoft.com/entra/fundamentals/license-users-groups',
    },
    {
      title: 'The user holds the role or membership the operation needs',
      verify: {
        portal: 'Entra admin center > Entra ID > Users > the user > Assigned roles, and Groups.',
        powershell: "Get-MgRoleManagementDirectoryRoleAssignment -Filter \"principalId eq '{user-object-id}'\" -ExpandProperty RoleDefinition | Select-Object -ExpandProperty RoleDefinition | Select-Object DisplayName; Get-MgUserMemberOf -UserId {upn}",
        claim: 'wids, when the token carries it, lists the user\'s directory roles (template ids); a missing wids says nothing either way.',
      },
      fix: 'Assign the least privileged role that allows the operation (for example User Administrator for user changes, Application Administrator for app registrations), or add the user to the team or group.',
      source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/manage-roles-portal',
    },
    {
      title: 'Guests are allowed to do this',
      verify: { powershell: 'Get-MgUser -UserId {upn} -Property UserType | Select-Object UserType', portal: 'Entra admin center > Entra ID > External Identities > External collaboration settings > Guest user access.' },
      fix: 'Under the default restrictions a guest can read single users and groups it is given, not list the directory. Add the guest to the team or group that holds the data, or run the call as a member.',
      source: 'https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure',
      tradeOff: 'Raising the guest access level applies to every guest in the tenant and exposes the directory to them: prefer membership in the one team or group, or a member account.',
    },
  ],
  signals: [
    ...topicSignals('user-access-or-license'),
    // A group's missing mailbox is the group's kind, not a user's licence (not-authorization reads it).
    when('group-without-mailbox', -7, (e) => groupWithoutMailbox(e) && 'The mailbox missing is a group\'s, not a user\'s: no user\'s licence gives a security group or distribution list one'),
    when('no-mailbox', 7, (e) => {
      if (groupWithoutMailbox(e) || bookingBusinessIdNamesNoMailbox(e)) return undefined;
      const p = noMailbox(e);
      return p !== undefined && `The mailbox cannot be used through Graph ("${p}"): no Exchange Online license, on-premises, inactive or soft-deleted`;
    }),
    when('no-license', 6, (e) => {
      const p = licenceSaidMissing(e);
      return p !== undefined && `A license or subscription is missing ("${p}")`;
    }),
    // An app acting alone has no signed-in account that could be a guest: the guest it names is the call's target.
    // Nor a directory object answered not found, with no denial: the guest settings refuse reads with 403
    // Authorization_RequestDenied (https://learn.microsoft.com/entra/identity/users/users-restrict-guest-permissions);
    // a 404 says the object is not in the directory the token was issued by (a guest's home tenant, for a
    // token from /common or /organizations: https://learn.microsoft.com/entra/identity-platform/msal-client-application-configuration).
    when('guest', 5, (e) => e.accountHints.includes('guest') && !callsAs(e, 'application') && !directoryObjectNotFoundOnly(e) && 'The account is a guest in the tenant: guests are refused most directory reads by default'),
    fromToken(when('guest-token', 5, (e) => e.token?.guest === true && 'The pasted token belongs to a guest user')),
    // An administrative unit with restricted management (isMemberManagementRestricted): only administrators whose role
    // is scoped to that unit may change its members, tenant-wide roles (even Global Administrator) may not
    // (https://learn.microsoft.com/entra/identity/role-based-access-control/admin-units-restricted-management,
    // https://learn.microsoft.com/graph/api/resources/administrativeunit).
    unless(phrase('restricted-management-unit', 5, RESTRICTED_UNIT, (p) => `The target is in an administrative unit with restricted management ("${p}"): only a role scoped to that unit may change its members, not a tenant-wide role, Global Administrator included`), (e) => !isDenied(e) || e.context === 'app-only'),
    when('booking-business-not-staff', 6, (e) => bookingBusinessClosedToUser(e) && 'Bookings answers ErrorFolderNotFound ("the specified folder could not be found") for a booking business the signed-in user is not a staff member of: the business exists, its calendar is closed to this user'),
    when('not-a-member', 3.5, (e) => e.accountHints.includes('not-a-member') && e.context !== 'app-only' && groupsOverage(e) === undefined && 'It fails for teams or groups the user does not belong to: delegated calls see only the user\'s own'),
    when('some-items-only', 2.5, (e) => e.accountHints.includes('some-items-only') && e.context !== 'app-only' && 'The same call works for some sites, teams or files and not others: the signed-in user\'s own access to those items differs'),
    // Not a server error (5xx) alone: the service failed for those users' data, it did not refuse them.
    // Microsoft's data gives the endpoint no permission of the token's kind (an application-only API
    // called with a user's token): no user's role, membership or licence makes that call work.
    when('endpoint-refuses-token-kind', -3, (e) => endpointRefusesFlow(e) !== undefined && 'The endpoint takes no permission of this token\'s kind, so the user\'s own access is not what decides'),
    when('signed-in-password-role', 4.5, (e) => {
      const why = signedInPasswordRole(e);
      return why !== undefined && `A signed-in user's password reset was denied and ${why}: the signed-in user's Entra role decides whom they may reset`;
    }),
    when('some-users-only', 3, (e) => (e.accountHints.includes('some-users-only') || e.accountHints.includes('admin-works')) && !changesProtectedUserData(e) && !serverFailedOnly(e) && 'It works for some users (or an admin) but not others: the failing user\'s own rights or license differ'),
    ...knowledgeSignals('user-access-or-license'),
    ...conceptSignals('user-access-or-license'),
    // A directory object asked for by itself and not found: licences turn services on for a user, and the
    // directory lists users with none ("Get-MgUser -Filter 'assignedLicenses/$count eq 0'" finds the
    // unlicensed accounts: https://learn.microsoft.com/microsoft-365/enterprise/assign-licenses-to-user-accounts-with-microsoft-365-powershell),
    // so a licence said missing does not explain a user or group that Graph says does not exist.
    when('licence-not-for-directory-object', -6, (e) => missingDirectoryObject(e) && (e.has('license') || e.has('licence')) &&
      'The call reads a user or group object itself, which the directory holds with or without licences: a licence does not explain that it was not found'),
    when('mailbox-access-held', -2, (e) => sharedMailboxWithoutSharedPermission(e) && 'The user is said to have access to that mailbox already'),
    when('others-data', 3, (e) => (isDenied(e) || saysNotFound(e)) && delegatedOnOthersData(e)),
    // The same call finds the object for some people and not for others: it exists, so the "not found"
    // is what this user may see (a photo excepted: only some users have one).
    when('app-without-licence', -8, (e) => e.context === 'app-only' && APP_WITHOUT_LICENCE.test(e.lower) && 'The licence said missing is the app\'s own: an app signing in on its own needs no licence, so licence words say nothing here'),
    // The failure said to hit every user ("it fails for every user", "all accounts get 403") is no one user's own
    // access: what the users do not share is what this cause is about.
    when('fails-for-everyone', -2, (e) => EVERYONE_FAILS.test(e.lower) && !e.accountHints.includes('some-users-only') && !e.accountHints.includes('admin-works') && 'The failure is said to hit every user alike, so it is not one user\'s own access'),
    when('not-found-for-some-users', 2, (e) => saysNotFound(e) && (e.accountHints.includes('some-users-only') || e.accountHints.includes('admin-works')) && !photoNotFound(e) && !serverFailedOnly(e) &&
      'The same call finds it for some users and not for others: it exists, so "not found" is this user\'s access to it'),
    when('sharepoint-admin-cmdlet', 3.5, (e) => {
      const cmdlet = spoAdminCmdletRefused(e);
      return cmdlet !== undefined && `${cmdlet} is a SharePoint Online Management Shell cmdlet: signed in as a user, it needs the SharePoint Administrator role`;
    }),
    when('personal-site-not-found', 4, (e) => {
      const said = personalSiteNotFound(e);
      return said !== undefined && `The service cannot find the user's OneDrive ("${said}"): it is not provisioned yet, or the user has no license for it`;
    }),
    when('drive-not-found', 3.5, (e) => {
      const said = personalSiteNotFound(e) === undefined ? driveItselfNotFound(e) : undefined;
      return said !== undefined && `The user's drive itself is not found (${said}): the OneDrive was never provisioned (only a delegated call by a licensed user provisions it) or the user has no OneDrive license`;
    }),
    when('role-needed', 3, (e) => {
      const said = roleNeeded(e);
      if (said === undefined || testIn(ROLE_OF_THE_APP, e) || callsRoleApi(e)) return undefined;
      // "I have a Power BI administrator role assigned" says the role is held, not that one is needed.
      const claim = e.adminRoleClaim;
      if (claim !== undefined && ROLE_NEEDED.every((p) => !e.has(p) || claim.includes(p))) return undefined;
      // Nor "I'm Security Reader in Entra": every role named is one the user is said to hold.
      const held = heldRoles(e);
      return held.length > 0 && ROLE_NEEDED.every((p) => !e.has(p) || held.includes(p)) ? undefined : said;
    }),
    when('lacks-named-role', 3, (e) => {
      // The cheap reading first: most pastes name no built-in role at all.
      const said = e.context === 'app-only' ? undefined : lacksNamedRole(e);
      if (said === undefined || roleNeeded(e) !== undefined || testIn(ROLE_OF_THE_APP, e) || callsRoleApi(e)) return undefined;
      return `The signed-in user lacks a directory role ("${said}"): delegated calls act with the user's own roles`;
    }),
    when('usage-report-as-user', 2.5, (e) => isDenied(e) && callsAs(e, 'delegated') && usageReportAsUser(e) &&
      'Usage reports read on a user\'s behalf need the user in a role such as Reports Reader or Global Reader, besides the app\'s Reports.Read.All'),
    // AADSTS50020 for a work account: it does not exist in the app's tenant and must be invited (B2B) first
    // (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). A personal account is token-invalid's;
    // the code's other message, the v1 endpoint refusing personal accounts ("use version 2.0 of the protocol"), is a sign-in setup error.
    when('protected-target', 5, (e) => {
      const said = isDenied(e) ? protectedTargetRefused(e) : undefined;
      return said !== undefined && `Only this target is refused, and it is protected ("${said}"): a Global or privileged administrator's sensitive attributes and password, and a role-assignable group's members, are beyond a lesser admin role (Helpdesk, User, Groups Administrator); the signed-in user's role decides, not the app's permissions`;
    }),
    when('lesser-admin-some-targets', 5, (e) => {
      const said = isDenied(e) ? lesserAdminRefusedForSomeTargets(e) : undefined;
      return said !== undefined && protectedTargetRefused(e) === undefined && `The change goes through for most users and is refused for a few, and the signed-in user holds a lesser admin role ("${said}"): those few are likely administrators themselves (or in role-assignable groups), whom that role may not change; the signed-in user's role decides, not the app's permissions`;
    }),
    when('sharepoint-denied-widest-delegated', 5, (e) => { const s = sharePointDeniedUserWithWidestScope(e); return s !== undefined && `SharePoint refused a delegated call while the app holds its broadest delegated permission (${s}): a delegated call does only what both the app and the signed-in user may, so the user's own role on that site (owner, site collection admin) is what is missing`; }),
    when('exchange-cmdlet-not-granted', 5, (e) => commandNotFound(e) === 'exchange-user' && 'In Exchange Online PowerShell a session holds only the cmdlets its user\'s Exchange roles allow, so a cmdlet PowerShell "does not recognize" there is one the signed-in user holds no role for; give the user a role group that includes it'),
    when('not-in-tenant', 5, (e) => e.aadsts.some((a) => a.code === '50020') && !e.accountHints.includes('personal-account') && !multitenantAppOnOneTenantAuthority(e) && !messageSaysNotAuthorization(e) && 'AADSTS50020: the account does not exist in the app\'s tenant; it must be invited as an external (guest) user first, or the app registered for accounts of any organization'),
    // The operation's API reference says a delegated call also needs the signed-in user in one of its
    // Microsoft Entra roles (../../permissions/delegated-roles.ts): a lead, since the app's delegated
    // permission may be what is missing instead. The two rules above say it for their APIs already.
    when('endpoint-needs-role', 2.5, (e) => isDenied(e) && callsAs(e, 'delegated') && endpointRoleReason(e)),
    when('endpoint-needs-role-flow-unsaid', 1, (e) => isDenied(e) && e.context === 'unknown' && !callsAs(e, 'delegated') && !callsAs(e, 'application') && endpointRoleReason(e)),
    // A licence, a role or a membership is there or not for the same user: the same call working now
    // and then for the same caller is something else (a check that itself fails now and then).
    unless(worksNowAndThen, worksForSomeOnly),
    when('custom-security-attributes', 3.5, (e) => isDenied(e) && e.context !== 'app-only' && customSecurityAttributes(e) && 'Custom security attributes need an Attribute Definition or Attribute Assignment role for the signed-in user: by default not even a Global Administrator may read or assign them'),
    when('first-party-tool', 3.5, (e) => {
      const tool = signedInThroughMicrosoftTool(e);
      return isDenied(e) && tool !== undefined && `The call runs as the signed-in user through a Microsoft tool ("${tool.trim()}") whose permissions are pre-consented, so the user's own role decides`;
    }),
    // Graph Explorer, the failing call, with the scope the docs list said to be consented there: with the
    // app's side in place, a delegated call is refused for what the signed-in user may not do
    // (https://learn.microsoft.com/graph/graph-explorer/graph-explorer-overview, https://learn.microsoft.com/graph/resolve-auth-errors).
    when('graph-explorer-granted', 3, (e) => isDenied(e) && e.context === 'delegated' && e.flows.length === 1 && e.flows[0] === 'graph-explorer' && e.grantedClaim !== undefined && `Called in Graph Explorer with the permission said to be consented ("${e.grantedClaim.slice(0, 60)}") and still refused: the signed-in user's own role or access decides`),
    // Not where the service itself names a permission the token lacks: its word outweighs what the data lists.
    // Not a personal account on an API that serves work or school accounts only: there the account's kind, not its access, decides.
    fromToken(when('permission-satisfied', 3, (e) => e.insight?.verdict === 'satisfied' && e.context !== 'app-only' && passwordTopic(e) === undefined && !tokenRequestOnlyFailed(e) && serviceNamesMissingPermission(e) === undefined && personalOnWorkOnlyApi(e) === undefined && `${e.insight.message} What remains is the user's own access`)),
    // A role is no license: an admin without the service (or in a tenant without the edition) still fails;
    // nor a membership: an admin said not to be in the site, team or group is refused its content.
    when('says-admin-role', -2.5, (e) => isDenied(e) && e.adminRoleClaim !== undefined && e.context !== 'app-only' && !worksForSomeOnly(e) && !customSecurityAttributes(e) && !e.accountHints.includes('some-items-only') && !e.accountHints.includes('not-a-member') && !adminOnlySucceeds(e) && serviceSaidMissing(e) === undefined && `The signed-in user is said to hold an admin role ("${e.adminRoleClaim}"), so the user's own rights are unlikely to be what is missing`),
    // An app acting alone needs no user's rights, but the user whose data it reads still needs the
    // service: a mailbox, a OneDrive, a license (MailboxNotEnabledForRESTAPI answers app-only calls too).
    when('app-only', -3, (e) => e.context === 'app-only' && !targetServiceMissing(e) && 'App-only calls do not depend on a user\'s rights'),
    errorCode('backend-request', 1, ['failed to execute backend request', 'failed to execute skype backend request'], () => 'A Teams or Exchange back end refused the call for this user'),
    when('status-403', 0.5, (e) => hasStatus(e, 403) && 'HTTP 403: authenticated, then refused'),
  ],
}) satisfies Cause;
