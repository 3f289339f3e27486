/** 403: the service's own access policy keeps the app out: Exchange Online (RBAC for Applications, application access policy, EWS settings) or Teams online meetings (Teams application access policy). */
import { defineVerdict, type Cause, type Signal } from '../cause.js';
import { hasCode, isDenied, phrase, unless, when, worksForSomeOnly } from '../signals.js';
import { knowledgeSignals } from '../knowledge-signals.js';
import { knowledgeFindings } from '../knowledge/findings.js';
import { callsMe, teamsMeetingPolicy, teamsPolicyMissingSaid, teamsPolicySaidInPlace } from '../reasoning.js';
import { topicSignals } from '../topic-signals.js';
import { registerPhrases } from '../phrase-index.js';
import type { Evidence } from '../evidence/index.js';
import { isAskedAt, isStated, someOccurrence } from '../evidence/negation.js';

/** A signal about Exchange's own settings, silent for Teams online meetings (their policy has signals of its own). */
function unlessTeamsMeetings(signal: Signal): Signal {
  return unless(signal, (e) => teamsMeetingPolicy(e) !== undefined);
}

/**
 * The Exchange settings that scope an app to mailboxes, named by their cmdlets, parameters or messages.
 * An application access policy's two AccessRight values, RestrictAccess and DenyAccess, show in its
 * output (https://learn.microsoft.com/powershell/module/exchange/new-applicationaccesspolicy).
 */
const POLICY_NAMES = ['restrictaccess', 'denyaccess', 'ewsapplicationaccesspolicy', 'applicationaccesspolicy', 'application access policy', 'apponly accesspolicy', '[raop]', 'blocked by tenant configured', 'ews access policy', 'ewsallowlist', 'ewsblocklist', 'ewsallowedappids', 'rbac for applications', 'test-serviceprincipalauthorization', 'new-managementscope', 'management scope'];
registerPhrases(POLICY_NAMES);

/**
 * The cmdlet that only lists policies: "I checked with Get-ApplicationAccessPolicy" says where the
 * user looked, not that a policy is there; what it printed (RestrictAccess, DenyAccess) is read on
 * its own. Test-ApplicationAccessPolicy is still read as naming one: it tests a policy on a mailbox.
 */
const LOOKUP_CMDLET = /\bget-$/;

/**
 * Teams' own application access policy, named by its cmdlets' noun (New-CsApplicationAccessPolicy) or
 * as Teams': the online meetings' policy, not Exchange's
 * (https://learn.microsoft.com/powershell/module/microsoftteams/new-csapplicationaccesspolicy).
 */
const TEAMS_POLICY_BEFORE = /(?:\bcs|\bteams )$/;

/**
 * A policy named as being there. Not one only asked about as a remedy ("Do we need an application
 * access policy?"), nor the name of the cmdlet that looked for one: neither says one is in place.
 */
function policyNamed(e: Evidence): string | undefined {
  return POLICY_NAMES.find((p) => e.has(p) && isStated(e.lower, p) && someOccurrence(e.lower, p, (at) => {
    const before = e.lower.slice(Math.max(0, at - 6), at);
    return !isAskedAt(e.lower, at) && !LOOKUP_CMDLET.test(before) && !TEAMS_POLICY_BEFORE.test(before);
  }));
}

/** A mail-enabled security group, as Exchange names the scope of an application access policy. */
const MAIL_ENABLED_GROUP = /\bmail[- ]enabled (?:security )?groups?\b/;
/** A call on a mailbox's content: messages, folders, events, calendars, contacts. */
const MAIL_PATH = /\/(?:messages|mailfolders|events|calendars?|calendarview|contacts|sendmail)\b/i;
registerPhrases(['mail.']);

const APP_SCOPED = /\bscoped (?:the|our|this|my) (?:app|application)\b|\b(?:the |our |this )?(?:app|application) (?:is|was|has been|had been) scoped\b/;
const APP_SCOPED_TO_PERMISSION = /\bscoped\b[^.\n]{0,30}\bto [a-z]+\.[a-z]+/;

/** The verdict as printed ("AccessCheckResult : Denied") or told ("Test-ApplicationAccessPolicy says Granted"). */
const accessCheck = (verdict: 'denied' | 'granted'): RegExp =>
  new RegExp(String.raw`\baccesscheckresult\s{0,20}[:=]>?\s{0,10}["']?${verdict}\b|\btest-applicationaccesspolicy\b(?:[^.\n]|\.(?!\s)){0,100}?\b(?:says|shows|returns|returned|reports|gives|gave|=>)\s{0,3}["']?${verdict}\b`);
const ACCESS_CHECK_DENIED = accessCheck('denied');
const ACCESS_CHECK_GRANTED = accessCheck('granted');
registerPhrases(['accesscheckresult', 'test-applicationaccesspolicy']);
const policyTested = (e: Evidence): boolean => e.has('accesscheckresult') || e.has('test-applicationaccesspolicy');

/** The service named a failure of another kind (a known not-authorization code) and refused nothing. */
function otherFailureWithoutDenial(e: Evidence): boolean {
  return !isDenied(e) && !e.statuses.includes(401) && knowledgeFindings(e).known.some((f) => f.row.cause === 'not-authorization');
}

export default defineVerdict({
  id: 'odata-access-disabled',
  wording: {
    title: 'An Exchange or Teams access policy keeps this app out',
    what: 'The call reached the service and the service\'s own access policy refused the app. For mail, calendar or contacts that is Exchange Online, where today an app\'s mailbox access is scoped with RBAC for Applications (Exchange role assignments on the app\'s service principal, limited by a management scope); older tenants may still use application access policies, which answer "Access to OData is disabled", and organization- or mailbox-level EWS settings can block an app by name. For Teams online meetings (and their recordings, transcripts and attendance reports) called app-only, Teams authorizes an app only for the users granted a Teams application access policy that lists it.',
    why: 'An Entra ID application permission such as Mail.Read covers every mailbox. Exchange admins narrow that down in Exchange itself — RBAC for Applications replaces application access policies — and Graph permissions cannot override those settings. Changes can take an hour or more to reach Graph.',
    fix: 'Have the Exchange admin scope the app with RBAC for Applications (New-ServicePrincipal, New-ManagementScope, New-ManagementRoleAssignment -App), then remove the unscoped Mail.* grant in Entra ID.',
    fixFor: {
      // https://learn.microsoft.com/powershell/module/microsoftteams/new-csapplicationaccesspolicy and
      // https://learn.microsoft.com/powershell/module/microsoftteams/grant-csapplicationaccesspolicy
      'teams-meetings': 'Have a Teams admin list the app in a Teams application access policy (New-CsApplicationAccessPolicy) and grant it to the meeting users or tenant-wide (Grant-CsApplicationAccessPolicy).',
      // https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission
      'smtp-auth': "Have an Exchange admin turn SMTP AUTH on for the sending mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false), or send through Graph's sendMail, which does not use it.",
    },
    learnMore: { title: 'Role Based Access Control for Applications in Exchange Online', url: 'https://learn.microsoft.com/exchange/permissions-exo/application-rbac' },
    lastVerified: {
      on: '2026-12-01',
      against: [
        'https://learn.microsoft.com/exchange/permissions-exo/application-rbac',
        'https://learn.microsoft.com/powershell/module/exchange/new-applicationaccesspolicy',
        'https://learn.microsoft.com/graph/auth-limit-mailbox-access',
        'https://learn.microsoft.com/powershell/module/exchange/new-serviceprincipal',
        'https://learn.microsoft.com/powershell/module/exchange/get-organizationconfig',
        'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-ews-exchange-online',
        'https://learn.microsoft.com/powershell/module/microsoftteams/new-csapplicationaccesspolicy',
        'https://learn.microsoft.com/powershell/module/microsoftteams/grant-csapplicationaccesspolicy',
        'https://learn.microsoft.com/powershell/module/microsoftteams/get-csapplicationaccesspolicy',
        'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
      ],
    },
  },
  checks: [
    {
      title: 'SMTP AUTH is turned on for the sending mailbox',
      verify: { powershell: 'Connect-ExchangeOnline; Get-CASMailbox -Identity {mailbox} | Format-List SmtpClientAuthenticationDisabled; Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled' },
      fix: 'True on the mailbox, or empty there and True for the organization: SMTP AUTH is off for it. Turn it on for that mailbox only (Set-CASMailbox -Identity {mailbox} -SmtpClientAuthenticationDisabled $false), which overrides the organization setting, or move the sending to Graph.',
      source: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
      appliesTo: ['smtp-auth'],
    },
    {
      title: 'A Teams application access policy lists the app and is granted to the user',
      verify: { powershell: 'Connect-MicrosoftTeams; Get-CsApplicationAccessPolicy | Format-List Identity, AppIds' },
      fix: "No policy lists the app: New-CsApplicationAccessPolicy -Identity '{policy-name}' -AppIds '{app-id}'. Then grant it to the user whose meetings the app works with: Grant-CsApplicationAccessPolicy -PolicyName '{policy-name}' -Identity {upn} (or -Global for every user). A user holds one such policy at a time, so granting another replaces it.",
      source: 'https://learn.microsoft.com/powershell/module/microsoftteams/grant-csapplicationaccesspolicy',
      appliesTo: ['teams-meetings'],
    },
    {
      title: 'RBAC for Applications covers this mailbox',
      verify: { powershell: "Connect-ExchangeOnline; Test-ServicePrincipalAuthorization -Identity {app-id} -Resource {mailbox} | Format-Table RoleName, InScope" },
      fix: 'InScope False: the app\'s role assignment does not reach this mailbox; widen its management scope or add the mailbox to the group the scope filters on. No row at all: the app has no Exchange role assignment yet (next check).',
      source: 'https://learn.microsoft.com/exchange/permissions-exo/application-rbac',
      appliesTo: ['app-only'],
      notIn: ['teams-meetings', 'smtp-auth'],
    },
    {
      title: 'Scope the app with RBAC for Applications (the current way)',
      verify: {
        powershell: "New-ServicePrincipal -AppId {app-id} -ObjectId {sp-object-id} -DisplayName 'your app'; New-ManagementScope -Name '{scope-name}' -RecipientRestrictionFilter \"MemberOfGroup -eq '{group-dn}'\"; New-ManagementRoleAssignment -App {app-id} -Role 'Application Mail.Read' -CustomResourceScope '{scope-name}'",
        portal: 'Then Entra admin center > Entra ID > Enterprise apps > your app > Permissions: remove the tenant-wide Mail.* / Calendars.* application grant for Microsoft Graph.',
      },
      fix: 'Pick the Application role that matches what the app does (Application Mail.Read, Application Mail.Send, Application Calendars.ReadWrite …). The ObjectId is the service principal\'s (Enterprise apps), not the app registration\'s. Assigning needs Organization Management in Exchange (or Exchange Administrator in Entra ID). Allow time for the change to reach Graph before testing again.',
      source: 'https://learn.microsoft.com/exchange/permissions-exo/application-rbac',
      appliesTo: ['app-only'],
      notIn: ['teams-meetings', 'smtp-auth'],
      tradeOff: 'Entra ID grants and Exchange role assignments add up: while the unscoped Mail.* grant stays in Entra ID the app can still read every mailbox, so the scope only protects once that grant is removed.',
    },
    {
      title: 'A legacy application access policy restricts the app',
      verify: { powershell: 'Get-ApplicationAccessPolicy | Where-Object AppId -eq {app-id}; Test-ApplicationAccessPolicy -Identity {mailbox} -AppId {app-id}' },
      fix: 'RestrictAccess: add the mailbox to the policy\'s mail-enabled security group; DenyAccess: take it out. Microsoft is replacing these policies with RBAC for Applications and advises against creating new ones; move the app to a role assignment when you touch it.',
      source: 'https://learn.microsoft.com/powershell/module/exchange/new-applicationaccesspolicy',
      appliesTo: ['app-only'],
      notIn: ['teams-meetings', 'smtp-auth'],
    },
    {
      title: 'An organization- or mailbox-level EWS setting blocks the client',
      verify: { powershell: 'Get-OrganizationConfig | Format-List EwsEnabled, EwsApplicationAccessPolicy, Ews*List; Get-CASMailbox -Identity {mailbox} | Format-List EwsEnabled, EwsApplicationAccessPolicy, Ews*List' },
      fix: 'EnforceAllowList lets only the listed clients use EWS and REST; EnforceBlockList blocks the listed ones. Add or remove your app\'s entry, or clear the mailbox-level setting.',
      source: 'https://learn.microsoft.com/powershell/module/exchange/get-organizationconfig',
      notIn: ['teams-meetings', 'smtp-auth'],
    },
    {
      title: 'The app still calls EWS, which Exchange Online is retiring',
      verify: { claim: 'The failing request goes to outlook.office365.com/EWS/Exchange.asmx, or the app holds full_access_as_app: that is EWS, not Microsoft Graph.' },
      fix: 'Exchange Online began blocking EWS on 1 October 2026 (EwsEnabled off unless the tenant kept it with an allow list) and switches it off completely in 2027: move the calls to Microsoft Graph rather than re-enabling EWS.',
      source: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-ews-exchange-online',
      appliesTo: ['ews'],
    },
  ],
  signals: [
    ...topicSignals('odata-access-disabled'),
    ...knowledgeSignals('odata-access-disabled'),
    phrase('odata-disabled', 9, ['access to odata is disabled', 'odata is disabled'], () => 'Exchange says "Access to OData is disabled": an Exchange setting (a legacy application access policy, now superseded by RBAC for Applications) blocks the app'),
    // A policy the writer tried ("had the admin add an ApplicationAccessPolicy thinking that was it") is no
    // refusal where the service named another failure and no denial at all: "The requested user … is invalid".
    unlessTeamsMeetings(unless(when('policy-names', 5, (e) => { const p = policyNamed(e); return p !== undefined && `An Exchange access policy is involved ("${p}")`; }), otherFailureWithoutDenial)),
    // An Exchange admin who "scoped the app" limited which mailboxes it reaches (RBAC for Applications'
    // management scopes, or an application access policy: https://learn.microsoft.com/exchange/permissions-exo/application-rbac).
    // Not an app scoped to a permission ("scoped the app to Mail.Read"): that is OAuth's scope.
    when('app-scoped-in-exchange', 4, (e) => (e.has('exchange') || e.has('mailbox')) && APP_SCOPED.test(e.lower) && !APP_SCOPED_TO_PERMISSION.test(e.lower) &&
      'The app is said to be scoped in Exchange: a management scope or an application access policy limits the mailboxes it reaches'),
    when('mailbox-denied-some', 2, (e) =>
      hasCode(e, 'ErrorAccessDenied') && e.context === 'app-only' && /\b(?:some|certain|specific|one|shared) mailbox|only (?:in|for) (?:one|some) (?:customer )?tenant/.test(e.lower) && 'An app-only Exchange call is denied for only some mailboxes or tenants'),
    // An application access policy scopes the app by a mail-enabled security group
    // (New-ApplicationAccessPolicy -PolicyScopeGroupId: https://learn.microsoft.com/powershell/module/exchange/new-applicationaccesspolicy):
    // such a group named beside an app-only mailbox call that is denied is likely that scope.
    when('policy-scope-group', 3.5, (e) =>
      e.context === 'app-only' && isDenied(e) && (e.has('mailbox') || e.has('mail.') || MAIL_PATH.test(e.graphRequest?.path ?? '')) && MAIL_ENABLED_GROUP.test(e.lower) &&
      'A mail-enabled security group is named beside an app-only mailbox call that is denied: an application access policy limits the app to the mailboxes of such a group'),
    when('some-mailboxes-app-only', 3.5, (e) =>
      e.context === 'app-only' && e.has('mailbox') && worksForSomeOnly(e) &&
      'An app-only Exchange call works for some mailboxes and not others: that is what an application access policy (or RBAC for Applications scope) does'),
    // Teams' own application access policy guards online meetings called app-only
    // (https://learn.microsoft.com/powershell/module/microsoftteams/new-csapplicationaccesspolicy).
    // A denied meeting call alone only points there (meetings are refused for other reasons too).
    // Even the service's own words that no policy grants the app lead without deciding: threads
    // that show them were settled by the Teams policy and by a missing permission alike.
    // The policy grants an app access on users' behalf without a user; a delegated call, or one to /me
    // (only a signed-in user has one), is not what it governs.
    when('teams-meeting-policy', 2, (e) => !teamsPolicyMissingSaid(e) && !teamsPolicySaidInPlace(e) && (isDenied(e) || e.context === 'app-only') && e.context !== 'delegated' && !callsMe(e) && teamsMeetingPolicy(e)),
    // Test-ApplicationAccessPolicy prints its verdict for the app and mailbox as AccessCheckResult
    // (https://learn.microsoft.com/powershell/module/exchange/test-applicationaccesspolicy): Denied is the policy blocking
    // the app, Granted says the policy lets it through, so what is denied is something else.
    when('policy-test-denied', 5, (e) => policyTested(e) && ACCESS_CHECK_DENIED.test(e.lower) && 'Test-ApplicationAccessPolicy says the app\'s access to this mailbox is Denied: an application access policy blocks it'),
    when('policy-test-granted', -5, (e) => policyTested(e) && ACCESS_CHECK_GRANTED.test(e.lower) && !ACCESS_CHECK_DENIED.test(e.lower) && 'Test-ApplicationAccessPolicy says the app\'s access to this mailbox is Granted: the access policy lets the app through'),
    phrase('teams-policy-missing', 4, ['no application access policy found'], () => 'The Teams meetings service says no Teams application access policy grants this app access for that user (New-CsApplicationAccessPolicy, Grant-CsApplicationAccessPolicy)'),
  ],
}) satisfies Cause;
