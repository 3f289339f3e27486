/** 403: Exchange Online blocks the app (EWS application access policy, application access policy). */
import { defineVerdict, type Cause } from '../cause.js';
import { hasCode, phrase, when, worksForSomeOnly } from '../signals.js';
import { knowledgeSignals } from '../knowledge-signals.js';
import { teamsMeetingPolicy } from '../reasoning.js';

export default defineVerdict({
  id: 'odata-access-disabled',
  wording: {
    title: 'Exchange Online blocks this app',
    what: 'The mail, calendar or contacts call reached Exchange Online, and an Exchange policy refused the app: "Access to OData is disabled" comes from the organization\'s or the mailbox\'s EWS application access policy, and an application access policy (or RBAC for Applications) can fence an app-only app to some mailboxes.',
    why: 'Exchange admins can allow or block client apps (EwsApplicationAccessPolicy with EwsAllowList/EwsBlockList) and limit app-only apps to a group of mailboxes; Graph permissions cannot override that.',
    fix: 'Ask the Exchange admin to check the policies below for this app and mailbox, add the app to the allow list or the permitted group, and wait: policy changes can take an hour or more.',
    learnMore: { title: 'Limit app access to specific mailboxes', url: 'https://learn.microsoft.com/graph/auth-limit-mailbox-access' },
  },
  checks: [
    {
      title: 'An organization-wide EWS application policy applies',
      verify: { powershell: 'Get-OrganizationConfig | Format-List EwsApplicationAccessPolicy,Ews*List' },
      fix: 'EnforceAllowList: add your app\'s User-Agent to EwsAllowList; EnforceBlockList: remove it from EwsBlockList.',
    },
    {
      title: 'A mailbox-level EWS policy applies',
      verify: { powershell: 'Get-CASMailbox -Identity {upn} | Format-List EwsApplicationAccessPolicy,Ews*List' },
      fix: 'Clear or adjust the mailbox\'s policy the same way.',
    },
    {
      title: 'An application access policy limits the app to some mailboxes',
      verify: { powershell: 'Get-ApplicationAccessPolicy; Test-ApplicationAccessPolicy -Identity {mailbox} -AppId {app-id}' },
      fix: 'Add the mailbox to the policy\'s mail-enabled security group (RestrictAccess) or remove it from a DenyAccess group.',
    },
    {
      title: 'RBAC for Applications scopes the app',
      verify: { powershell: 'Test-ServicePrincipalAuthorization -Identity {service-principal} -Resource {mailbox}' },
      fix: 'Extend the management scope of the role assignment to include the mailbox; then allow time for the change to apply.',
    },
  ],
  signals: [
    ...knowledgeSignals('odata-access-disabled'),
    phrase('odata-disabled', 9, ['access to odata is disabled'], () => 'Exchange says "Access to OData is disabled": an Exchange application access policy blocks the app'),
    phrase('policy-names', 5, ['ewsapplicationaccesspolicy', 'applicationaccesspolicy', 'application access policy', 'appOnly accesspolicy', '[raop]', 'blocked by tenant configured', 'ews access policy', 'ewsallowlist', 'ewsblocklist', 'ewsallowedappids', 'rbac for applications', 'test-serviceprincipalauthorization'], (p) => `An Exchange access policy is involved ("${p}")`),
    when('mailbox-denied-some', 2, (e) =>
      hasCode(e, 'ErrorAccessDenied') && e.context === 'app-only' && /\b(?:some|certain|specific|one|shared) mailbox|only (?:in|for) (?:one|some) (?:customer )?tenant/.test(e.lower) && 'An app-only Exchange call is denied for only some mailboxes or tenants'),
    when('some-mailboxes-app-only', 3.5, (e) =>
      e.context === 'app-only' && e.has('mailbox') && worksForSomeOnly(e) &&
      'An app-only Exchange call works for some mailboxes and not others: that is what an application access policy (or RBAC for Applications scope) does'),
    when('teams-meeting-policy', -5, teamsMeetingPolicy),
  ],
}) satisfies Cause;
