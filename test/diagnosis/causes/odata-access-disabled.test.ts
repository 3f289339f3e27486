import assert from 'node:assert/strict';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { adviceFor } from '../../../src/diagnosis/advice.js';
import { verdicts } from '../../../src/diagnosis/causes/index.js';
import { describeCause } from '../../helpers/cause-table.js';

describeCause('odata-access-disabled', {
  matches: [
    { name: "the Teams meetings service's refusal of an app no access policy grants, its status only 'Unauthorized'", paste: 'Our booking system gets this back:\n{"error":{"code":"Unauthorized","message":"App {app-id} is not authorized to Create meeting on behalf of user {user-id}"}}' },
    { name: 'a mail-enabled security group named beside an app-only mailbox read that is denied', paste: 'Daemon with client credentials, Mail.Read (Application) consented. GET https://graph.microsoft.com/v1.0/users/billing@fabrikam.com/messages returns 403 ErrorAccessDenied. The mailboxes our Exchange admin put in the mail-enabled security group "App-Mail-Access" work fine.' },
    { name: "an application access policy shown by its output (AccessRight DenyAccess) beside the mailboxes it blocks", paste: 'App-only, Mail.ReadBasic.All. 3,800 mailboxes succeed, 23 fail with 403 ErrorAccessDenied: Access is denied. Check credentials and try again. All 23 are in the Executives group. The Exchange team sent:\nScopeName   : Executives\nAccessRight : DenyAccess\nAppId       : {app-id}' },

    { name: "the mailbox policy test's own verdict, Denied, beside an app-only Exchange denial", paste: 'Daemon (client credentials) GET /users/ceo@contoso.com/messages -> 403 ErrorAccessDenied. Test-ApplicationAccessPolicy -Identity ceo@contoso.com -AppId {client-id} prints AccessCheckResult : Denied.', confident: true },
    { name: 'the Exchange message itself', paste: '{"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}}', confident: true },
    { name: 'an app-only access policy block', paste: 'GET /users/shared@fabrikam.example/messages -> 403 ErrorAccessDenied: Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.', confident: true },
    { name: 'a subscription wrapped in ExtensionError', paste: 'Error code: ExtensionError\nOperation: Create; Exception: [Status Code: Forbidden; Reason: Access to OData is disabled.]', confident: true },
    { name: 'an application access policy scoping the app', paste: 'We set New-ApplicationAccessPolicy -AccessRight RestrictAccess for our app; now sending from the reception mailbox fails with 403 ErrorAccessDenied.' },
    { name: 'an app-only mailbox call that works for other mailboxes', paste: 'Daemon (client credentials, Mail.Read application permission). GET /users/shared@fabrikam.example/messages returns 403 ErrorAccessDenied "Access is denied. Check credentials and try again." It works for other mailboxes.' },
    { name: 'an app-only send refused for one mailbox while other mailboxes work (said noun first)', paste: 'Mail.Send application permission is granted and consented, but sending as shared@contoso.com from the daemon gives 403 ErrorAccessDenied; sending as other mailboxes works.' },
    { name: 'an app an Exchange admin "scoped", reading most mailboxes but not some', paste: "The app can read the mailboxes of most staff, but for the finance team's mailboxes it gets access denied. Our Exchange admin mentioned he \"scoped the app\" last year." },
    { name: 'an Exchange management scope named', paste: 'We created a New-ManagementScope for the sales mailboxes last month; now the app gets 403 on the CEO mailbox.' },
    { name: "the Teams meetings service's own words: no Teams application access policy grants the app", paste: 'Daemon (client credentials) reads a transcript: GET /users/{id}/onlineMeetings/{id}/transcripts -> 403 Forbidden: No application access policy found for this app.' },
    { name: "Exchange's OData block now, a licence error told as fixed last month", paste: "Our CRM sync broke tenant-wide, every user gets:\nHTTP 403 {\"error\":{\"code\":\"ErrorAccessDenied\",\"message\":\"Access to OData is disabled.\"}}\nLast month the only error we saw was for a new user (MailboxNotEnabledForRESTAPI / 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.') and that went away once we licensed him. Is the vendor's consent broken?" },
  ],
  ignores: [
    { name: 'an access policy the writer had added, beside an Exchange error that names an invalid sender and refuses nothing', paste: 'Laravel mail driver, app-only send, Mail.Send (application) consented. The Exchange admin even added an ApplicationAccessPolicy for us.\ncode: ErrorInvalidUser\nmessage: The requested user \'Helpdesk Contoso\' is invalid.\nMAIL_FROM_ADDRESS="Helpdesk Contoso"' },
    { name: "Teams' own application access policy told as in place (New-CsApplicationAccessPolicy), beside a meeting call the API refuses for its kind", paste: 'App-only, OnlineMeetingArtifact.Read.All consented, and Grant-CsApplicationAccessPolicy ran for the organizer last week. GET /users/{id}/onlineMeetings/{id}/recordings now answers: This API is supported only for calendar backed OnlineMeeting.' },
    { name: 'a sendMail denied where the user looked for a policy with Get-ApplicationAccessPolicy and found none', paste: 'Daemon, ClientSecretCredential. Reading the shared mailbox works, sending from it does not: POST /users/support@contoso.com/sendMail -> 403 {"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}\nToken roles: ["Mail.ReadWrite"]. There is no application access policy in Exchange, I checked with Get-ApplicationAccessPolicy.' },
    { name: 'an app-only change to the members of a mail-enabled security group', paste: 'Client credentials, GroupMember.ReadWrite.All. POST https://graph.microsoft.com/v1.0/groups/{id}/members/$ref returns 403 Authorization_RequestDenied: the group is a mail-enabled security group.' },
    { name: "a RestrictAccess policy in place whose test, run with the mailbox's address and the app id, says Granted", paste: 'We scoped the app with an ApplicationAccessPolicy (RestrictAccess) last month. Now POST /users/noreply@contoso.com/sendMail returns 403 {"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}. But Test-ApplicationAccessPolicy -Identity noreply@contoso.com -AppId {client-id} says Granted, and the app reads that inbox fine.' },
    { name: "an access policy first suspected, whose test says Granted, and a token without the read permission", paste: 'App-only (msal, cert): POST /users/noreply@contoso.com/sendMail works, GET /users/noreply@contoso.com/mailFolders/inbox/messages returns 403 ErrorAccessDenied "Access is denied. Check credentials and try again." I suspected an application access policy, but Test-ApplicationAccessPolicy says Granted. Decoded token: "idtyp": "app", "roles": ["Mail.Send"].' },
    { name: 'Exchange throttling of a fan-out export, an access policy only asked about as a remedy', paste: 'msgraph-sdk-go, app-only token, Mail.Read application permission consented. We fan out 20 goroutines per mailbox to fetch attachments and many calls fail: code: ApplicationThrottled, msg: Application is over its MailboxConcurrency limit. status: 429. Some mailboxes work fine when processed alone. Do we need an application access policy so the app is allowed into those mailboxes?' },
    { name: 'a Power BI OData connector message', paste: 'Power BI OData feed: Access to the resource is forbidden.' },
    { name: 'an app scoped to a permission (OAuth scope), not in Exchange', paste: 'I scoped the app to Mail.Read only, and GET /me/mailFolders works but sending from the mailbox returns 403 ErrorAccessDenied.' },
    { name: 'a mailbox that is on premises', paste: '{"error":{"code":"MailboxNotEnabledForRESTAPI","message":"The mailbox is either inactive, soft-deleted, or is hosted on-premise."}}' },
  ],
});

describe('odata-access-disabled: Teams online meetings', () => {
  it("answers the service's own words without asking, but not outright: the grant it lacks is Teams' policy or the permission", () => {
    const d = diagnose('Daemon (client credentials) reads a transcript: 403 Forbidden: No application access policy found for this app.');
    assert.equal(d.causes[0]?.id, 'odata-access-disabled');
    assert.equal(d.confident, false);
  });
  it('keeps a bare denied meeting call among the first three, without answering it outright', () => {
    const d = diagnose('Creating an onlineMeeting app-only with OnlineMeetings.ReadWrite.All returns 403 Forbidden. Do I need an application access policy?');
    assert.ok(d.causes.slice(0, 3).some((c) => c.id === 'odata-access-disabled'), d.causes.map((c) => c.id).join(', '));
    assert.equal(d.confident, false);
  });
  it("does not point a signed-in user's own /me meeting call at the app-only policy", () => {
    const d = diagnose('GET https://graph.microsoft.com/v1.0/me/onlineMeetings/{id}/transcripts -> 403 Forbidden {"error":{"code":"Forbidden","message":"Forbidden"}}');
    const policy = d.causes.find((c) => c.id === 'odata-access-disabled');
    assert.ok(!policy?.evidence.some((x) => x.includes('application access policy')), policy?.evidence.join(' | '));
  });
  it('does not offer the policy the person says is already in place as a reason (nor read it as an Exchange policy)', () => {
    const pastes = [
      'The attendanceReports call returns 403 Forbidden with application permissions (with application access policy).',
      'Daemon reads meeting transcripts app-only: 403 Forbidden. The application access policy has been granted to the organizer.',
    ];
    for (const paste of pastes) {
      const policy = diagnose(paste).causes.find((c) => c.id === 'odata-access-disabled');
      assert.ok(!policy?.evidence.some((x) => /access policy/i.test(x)), `${paste}: ${policy?.evidence.join(' | ')}`);
    }
  });
  it("advises Teams' own policy, not Exchange's, for a meeting call", () => {
    const v = verdicts.find((x) => x.id === 'odata-access-disabled');
    assert.ok(v);
    const advice = adviceFor(v, ['teams-meetings', 'app-only']);
    assert.match(advice.fix, /New-CsApplicationAccessPolicy/);
    assert.deepEqual(advice.checks.map((c) => c.title), ['A Teams application access policy lists the app and is granted to the user']);
    // A mailbox call still gets Exchange's checks and never the Teams one.
    const mail = adviceFor(v, ['app-only']).checks.map((c) => c.title);
    assert.ok(mail.includes('RBAC for Applications covers this mailbox') && !mail.some((t) => t.includes('Teams')));
  });
});

describe("cause odata-access-disabled: Exchange's SMTP AUTH switch", () => {
  // Written for these tests: the refusal Exchange Online sends when client submission is off.
  const rows = [
    { name: 'off for the tenant, with an app-only OAuth token', paste: 'Our daemon sends with SMTP.SendAsApp over smtp.office365.com:587 (XOAUTH2): 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.' },
    { name: 'off for the mailbox, a user signing in', paste: 'Thunderbird with OAuth2 for anna@contoso.com: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.' },
  ];
  const v = verdicts.find((x) => x.id === 'odata-access-disabled');
  for (const row of rows) {
    it(`leads with the mailbox's SMTP AUTH fix and check, not the RBAC ones: ${row.name}`, () => {
      assert.ok(v);
      const d = diagnose(row.paste);
      assert.equal(d.causes[0]?.id, 'odata-access-disabled', d.causes.map((c) => `${c.id}: ${c.evidence[0]}`).join(' | '));
      const advice = adviceFor(v, d.facts.situations);
      assert.match(advice.fix, /Set-CASMailbox -SmtpClientAuthenticationDisabled \$false/);
      assert.equal(advice.checks[0]?.title, 'SMTP AUTH is turned on for the sending mailbox');
      assert.ok(!advice.checks.some((c) => /RBAC for Applications/.test(c.title)), advice.checks.map((c) => c.title).join(' | '));
    });
  }
  it('keeps the SMTP AUTH check off an OData refusal', () => {
    assert.ok(v);
    const d = diagnose('GET /users/{id}/messages with our app-only token: 403 ErrorAccessDenied "Access to OData is disabled: Blocked by tenant configured AppOnly AccessPolicy settings."');
    assert.ok(!adviceFor(v, d.facts.situations).checks.some((c) => c.title.includes('SMTP AUTH')));
  });
});
