/** Codes, names and messages from the knowledge tables lead the diagnosis; unlisted ones count by their words, less. */
import assert from 'node:assert/strict';
import type { VerdictId } from '../../../src/diagnosis/cause.js';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { AADSTS_CODES } from '../../../src/diagnosis/knowledge/aadsts.js';
import { signInSetupReason } from '../../../src/diagnosis/causes/not-authorization.js';

const leads: { name: string; paste: string; cause: VerdictId }[] = [
  { name: 'an AADSTS code the cause modules never named (device must be workplace joined)', paste: 'Token request failed: AADSTS50129: Device is not workplace joined.', cause: 'conditional-access' },
  { name: 'an AADSTS consent code', paste: 'invalid_grant AADSTS650056: Misconfigured application.', cause: 'permissions-missing' },
  { name: 'an AADSTS assignment code', paste: 'AADSTS50105: Your administrator has configured the application to block users unless they are specifically granted access.', cause: 'user-access-or-license' },
  { name: 'an AADSTS code for a transient service failure', paste: 'HTTP 503 from the token endpoint: AADSTS90033: A transient error has occurred. Please try again.', cause: 'not-authorization' },
  { name: 'a malformed token request', paste: '400 invalid_request AADSTS900144: The request body must contain the following parameter: \'grant_type\'.', cause: 'not-authorization' },
  { name: 'an IDX audience failure', paste: 'Bearer was not authenticated. Failure message: IDX10214: Audience validation failed. Audiences: \'api://orders\'.', cause: 'wrong-audience' },
  { name: 'an IDX expiry', paste: 'SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired.', cause: 'token-invalid' },
  { name: 'an Exchange code with no other words', paste: '{"error":{"code":"ErrorNonExistentMailbox","message":"The SMTP address has no mailbox associated with it."}}', cause: 'user-access-or-license' },
  { name: 'an MSAL exception name', paste: 'Unhandled exception. Microsoft.Identity.Client.MsalUiRequiredException: AcquireTokenSilent failed; interaction is required.', cause: 'conditional-access' },
  // The wrapper says no more than the message it carries: this one is about MSAL's token cache (Learn's troubleshooting page), not a policy.
  { name: "an MSAL exception name whose message Microsoft documents as the token cache's", paste: 'Unhandled exception. Microsoft.Identity.Client.MsalUiRequiredException: No account or login hint was passed to the AcquireTokenSilent call.', cause: 'token-invalid' },
  { name: 'an Intune message behind a bare Forbidden', paste: '{"error":{"code":"Forbidden","message":"Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementApps.Read.All"}}', cause: 'permissions-missing' },
  { name: 'the app-only-context message', paste: '{"code":"PreconditionFailed","message":"Requested API is not supported in application-only context"}', cause: 'permission-type-mismatch' },
  { name: 'an unlisted code read by its words', paste: '{"error":{"code":"TenantLicenseNotAvailable","message":"The operation could not be completed."}}', cause: 'user-access-or-license' },
  { name: 'an unlisted AADSTS code read by its description', paste: 'AADSTS9999999: Admin consent is needed for this resource.', cause: 'permissions-missing' },
  { name: "SharePoint's access-denied exception with an app-only token (the app's permission comes first)", paste: 'Adding a list item with our daemon (client credentials) fails: {"error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied. You do not have permission to perform this action or access this resource."}}}', cause: 'permissions-missing' },
  { name: 'an error-code-like name written in prose', paste: 'Calling the API with a client credentials token I keep receiving an InvalidAuthenticationTokenAudience error.', cause: 'wrong-audience' },
];

/** Codes the tables gained from the full references, in pastes written for these tests. */
const newlyKnown: { name: string; paste: string; cause: VerdictId }[] = [
  { name: "workload identity federation finding no credential for the pipeline's subject (AADSTS700213), the writer suspecting the app's permissions", paste: "Run azure/login@v2 (OIDC)\nError: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:contoso/platform:environment:prod'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.\nThe app has Application.ReadWrite.OwnedBy. Does it need more?", cause: 'not-authorization' },
  { name: "SMTP's 'Unrecognized authentication type' after an EHLO that listed no AUTH (no STARTTLS first), the server named under outlook.com", paste: "send: 'ehlo scanbox.local'\nreply: b'250-DM6PR11CA0027.outlook.office365.com Hello [203.0.113.24]'\nreply: b'250-STARTTLS'\nsend: 'AUTH XOAUTH2 dXNlcj1zY2Fu...'\nreply: b'504 5.7.4 Unrecognized authentication type [DM6PR11CA0027.namprd11.prod.outlook.com]'\nToken from client credentials with SMTP.SendAsApp. Does 365 not take XOAUTH2 from apps?", cause: 'not-authorization' },
  { name: ".NET's HttpClient giving up after its timeout on a long calendar export, the writer asking about a calendar role", paste: 'PS> Connect-MgGraph -Scopes Calendars.Read.Shared\nPS> Get-MgUserCalendarView -UserId room-auditorium@contoso.com -StartDateTime 2022-01-01 -EndDateTime 2024-12-31 -All\nGet-MgUserCalendarView_List: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\nOne month works, three years dies. Is it because I only have Reviewer on that calendar?', cause: 'not-authorization' },
  { name: "SharePoint refusing to delete versions under a retention policy, the site admin asking for a Purview role", paste: 'Remove-PnPFileVersion : Versions of this item cannot be deleted because it is on hold or retention policy\nI am site collection admin there. Do I need an eDiscovery role?', cause: 'not-authorization' },
  { name: "OneDrive through Graph refusing a folder delete that may be on hold", paste: 'DELETE /me/drive/items/{item-id} -> 403 {"error":{"code":"accessDenied","message":"Request was cancelled by event received. If attempting to delete a non-empty folder, it\'s possible that it\'s on hold"}}', cause: 'not-authorization' },
  { name: "the photo service's own code for a missing photo", paste: '{"error":{"code":"ImageNotFound","message":"Exception of type \'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException\' was thrown."}}', cause: 'not-authorization' },
  // The caller's runtime, before Graph: DNS, connection and TLS failures
  { name: '.NET cannot resolve the Graph host', paste: 'System.Net.WebException: The remote name could not be resolved: \'graph.microsoft.com\' at GetUsersAsync(). Our server is behind a proxy.', cause: 'not-authorization' },
  { name: '.NET HttpClient fails the TLS handshake behind an inspecting proxy', paste: 'System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot\n   at GraphServiceClient.Users.GetAsync()', cause: 'not-authorization' },
  { name: 'Winsock refuses the connection to the proxy', paste: "var users = await graphClient.Users.GetAsync(); throws System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it. (127.0.0.1:8888)", cause: 'not-authorization' },
  { name: '.NET cannot find a method after a Graph SDK update (mismatched packages)', paste: 'After upgrading Microsoft.Graph from 5.56 to 5.60, all calls throw "System.MissingMethodException: Method not found: \'Microsoft.Kiota.Abstractions.RequestInformation …\'". Permissions are fine.', cause: 'not-authorization' },
  { name: 'a message posted to an archived team (read-only until unarchived)', paste: 'POST /teams/{id}/channels/{id}/messages returns 403 {"error":{"code":"Forbidden","message":"Team is archived. Operation not allowed."}} The app has ChannelMessage.Send and the user is an owner.', cause: 'not-authorization' },
  { name: "the token endpoint's OAuth error for refused client credentials, without an AADSTS code", paste: '{"error":"invalid_client","error_description":"The client credentials are not valid."} when our nightly job asks for a Graph token', cause: 'token-invalid' },
  { name: "the OAuth server's words for refused client credentials, relayed by an integration tool", paste: 'NodeApiError: Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method). Node: Get many messages (Outlook)', cause: 'token-invalid' },
  { name: "the Office 365 Management Activity API without a subscription for the content type (its own AF code)", paste: 'curl -H "Authorization: Bearer $TOKEN" "https://manage.office.com/api/v1.0/{tenant-id}/activity/feed/subscriptions/content?contentType=Audit.Exchange"\n{"error":{"code":"AF20022","message":"No subscription found for the specified content type"}}\nAudit.SharePoint works with the same token. Is an Exchange role needed?', cause: 'not-authorization' },
  { name: 'the Office 365 Management Activity API refusing a token without ActivityFeed.Read', paste: '{"error":{"code":"AF10001","message":"The permission set (User.Read) sent in the request did not include the expected permission ActivityFeed.Read."}}', cause: 'permissions-missing' },
  { name: "a multi-tenant app's client credentials in a customer tenant where it has no service principal", paste: 'ClientSecretCredential authentication failed: AADSTS7000229: The client application {client-id} is missing service principal in the tenant {tenant-id}.\nSame code works for our own tenant. Their IT says they allowed our app under cross-tenant access settings.', cause: 'permissions-missing' },
  { name: 'the reporting API naming the Graph permission the Azure CLI lacks', paste: 'az rest --method get --url https://graph.microsoft.com/v1.0/auditLogs/signIns\nForbidden({"error":{"code":"Authentication_MSGraphPermissionMissing","message":"Calling principal does not have required MSGraph permissions AuditLog.Read.All"}})', cause: 'permissions-missing' },
  { name: 'C# code written for the Graph SDK v4 built against v5 (CS1061), asked as a permission problem', paste: "after update the Microsoft.Graph nuget from 4.x to 5.x my code dont compile anymore, it says GraphServiceClient does not contain a definition for 'Request'. is it permission problem?", cause: 'not-authorization' },
  { name: ".NET cannot load a type of the identity library after a module update", paste: "Connect-MgGraph -Identity fails in Azure Automation: ManagedIdentityCredential authentication failed: Could not load type 'Azure.Core.TokenRequestContext' from assembly 'Azure.Core'.", cause: 'not-authorization' },
  { name: 'Node cannot find the Graph client package after deployment', paste: "Error: Cannot find module '@microsoft/microsoft-graph-client' when running the Azure Function after deployment.", cause: 'not-authorization' },
  { name: 'Node cannot resolve the Graph host', paste: 'FetchError: request to https://graph.microsoft.com/v1.0/users failed, reason: getaddrinfo ENOTFOUND graph.microsoft.com', cause: 'not-authorization' },
  // Graph PowerShell prints .NET's status name: "Status: RequestEntityTooLarge" is a 413.
  { name: 'a mail with a 6 MB attachment sent inline, refused as too large', paste: 'Send-MgUserMail : The server responded with a Request Error, Status: RequestEntityTooLarge\n+ FullyQualifiedErrorId : RequestEntityTooLarge,Microsoft.Graph.PowerShell.Cmdlets.SendMgUserMail_SendExpanded\nsmaller months went through. runbook identity = managed identity with Mail.Send.', cause: 'not-authorization' },
  // A booking business's id is its mailbox's SMTP address: ErrorNonExistentMailbox there is a wrong id, not a user's mailbox.
  { name: 'a booking business read by a shortened name instead of its SMTP address', paste: 'GET https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/ContosoDental\n404 {"error":{"code":"ErrorNonExistentMailbox","message":"The SMTP address has no mailbox associated with it."}}\nDo I personally need a Bookings license to open a business?', cause: 'not-authorization' },
  { name: 'a new hire added to a private channel of a team they are no member of', paste: 'app-only (ChannelMember.ReadWrite.All, Application, consented)\nawait client.teams.by_team_id(FIN_PROJECTS).channels.by_channel_id(CLOSE_CH).members.post(body)\n-> \'User is not found in the team\'   (for all 6 new hires)\nDo I need Group.ReadWrite.All on top for private channels?', cause: 'not-authorization' },
  // Exchange words a missing photo as ErrorItemNotFound, "The photo wasn't found": reading others' photos takes no sharing.
  { name: "a user's photo that was never uploaded, read with User.ReadBasic.All", paste: 'GET /v1.0/users/{id}/photo/$value (delegated, User.ReadBasic.All). For some people:\n{"error":{"code":"ErrorItemNotFound","message":"The photo wasn\'t found."}}\nThe ones with a photo load fine with the same token.', cause: 'not-authorization' },
  { name: "the education API's 20351, a service it depends on failing for some students now and then", paste: 'GET https://graph.microsoft.com/beta/education/me/assignments\n{"error":{"code":"20351","message":"Permanent exception when accessing dependent service. Detailed error information: HttpRequest failed: UrlPattern=https://graph.microsoft.com/edu/users/%_userid_%/memberOf"}}\nRoughly 1 in 5 students this morning; a refresh a few minutes later usually loads. Is this a permission thing?', cause: 'not-authorization' },
  { name: "a Go service behind a TLS-inspecting firewall, its token fetched fine", paste: 'AKS pod, workload identity; token acquired, expires_on=2024-08-20T14:01:59Z\nERR graph sync failed error="Get \\"https://graph.microsoft.com/v1.0/groups/delta\\": tls: failed to verify certificate: x509: certificate signed by unknown authority"', cause: 'not-authorization' },
  { name: "Python does not trust a TLS-inspecting proxy's certificate", paste: "requests.exceptions.SSLError: HTTPSConnectionPool(host='graph.microsoft.com', port=443): Max retries exceeded (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate')))", cause: 'not-authorization' },
  // EWS with OAuth
  { name: 'an app-only EWS request without the impersonation header', paste: 'exchangelib with an OAuth client-credentials token: ExchangeImpersonation SOAP header must be present for this type of OAuth token.', cause: 'not-authorization' },
  // Exchange Online PowerShell app-only authentication
  { name: "an app's service principal without a role Exchange Online PowerShell supports", paste: 'Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization contoso.onmicrosoft.com\nGet-Mailbox: The role assigned to application 00000000-0000-0000-0000-000000000000 isn\'t supported in this scenario.', cause: 'permissions-missing' },
  // Entra reporting API prerequisites
  { name: 'sign-in logs in a tenant without Entra ID P1/P2', paste: 'GET /auditLogs/signIns\nHTTP/1.1 403 Forbidden\n{"error":{"code":"Authentication_RequestFromNonPremiumTenantOrB2CTenant"}}', cause: 'user-access-or-license' },
  { name: 'audit logs read by a user without a reports role', paste: '{"error":{"code":"Authorization_RequestDenied","message":"User isn\'t in the allowed roles"}}', cause: 'user-access-or-license' },
  // Entra AADSTS reference
  { name: 'a password change a Conditional Access policy demands', paste: 'Sign-in failed: AADSTS50142: you have to set a new password before continuing, your admin requires it.', cause: 'conditional-access' },
  { name: 'AADSTS50020 for a work account of another tenant (not invited yet)', paste: "AADSTS50020: User account 'ann@fabrikam.example' from identity provider 'https://sts.windows.net/{tenant}/' does not exist in tenant 'Contoso' and cannot access the application '{app}'(Portal) in that tenant. The account needs to be added as an external user in the tenant first.", cause: 'user-access-or-license' },
  { name: 'AADSTS50020 for a personal account on an app for work accounts', paste: "AADSTS50020: User account 'ann@outlook.com' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application '{app}'(Portal) in that tenant. The account needs to be added as an external user in the tenant first.", cause: 'token-invalid' },
  { name: "AADSTS50020's other message: the v1 endpoint issues no token for a personal account (a sign-in setup error)", paste: 'Message: AADSTS50020: We are unable to issue tokens from this api version for a Microsoft account. Please contact the application vendor as they need to use version 2.0 of the protocol to support this.', cause: 'not-authorization' },
  { name: 'an account type the resource refuses', paste: 'MsalServiceException: AADSTS500207: this kind of account cannot be used here.', cause: 'token-invalid' },
  { name: 'a code redeemed against another tenant', paste: 'AADSTS700005: the code you are redeeming was issued for a different directory.', cause: 'token-invalid' },
  { name: 'a single-tenant app used from elsewhere', paste: 'AADSTS650059: the app registration is limited to its own organization (signInAudience).', cause: 'token-invalid' },
  { name: 'a cross-cloud guest', paste: 'AADSTS1000104: the resource lives in a cloud that does not accept identities from your home tenant.', cause: 'user-access-or-license' },
  { name: 'consent never given (LinkedIn)', paste: 'invalid_grant: AADSTS52004: the user never agreed to share LinkedIn data.', cause: 'permissions-missing' },
  { name: 'a token used for another purpose', paste: 'AADSTS50164: wrong token for this purpose.', cause: 'wrong-audience' },
  { name: 'the sign-in service failing to reach Graph', paste: 'error: temporarily_unavailable, AADSTS90091: the token service could not reach its dependency.', cause: 'not-authorization' },
  // Exchange (EWS response codes Graph passes through)
  { name: 'an Exchange license code', paste: '{"error":{"code":"ErrorInvalidLicense","message":"The mailbox owner cannot use this feature."}}', cause: 'user-access-or-license' },
  { name: 'a caller without a mailbox', paste: '{"error":{"code":"ErrorMissingEmailAddress","message":"No mailbox found for the caller."}}', cause: 'user-access-or-license' },
  { name: "sending from a mailbox the signed-in account holds no Send As on", paste: 'POST /me/sendMail with from set to the shared reception mailbox: 403 {"error":{"code":"ErrorSendAsDenied","message":"Cannot submit message."}}', cause: 'user-access-or-license' },
  { name: 'a malformed serialized token', paste: '{"error":{"code":"ErrorInvalidSerializedAccessToken","message":"Bad token header."}}', cause: 'token-invalid' },
  { name: 'an Exchange connection limit', paste: '{"error":{"code":"ErrorExceededConnectionCount","message":"Too many at once."}}', cause: 'not-authorization' },
  // Graph's detailed codes, Planner's limits, the Teams bot API
  { name: 'a detailed upload code under a generic one', paste: '{"error":{"code":"invalidRequest","message":"Upload failed","innerError":{"code":"fragmentOverlap"}}}', cause: 'not-authorization' },
  { name: 'a OneDrive that may not be provisioned', paste: 'GET /users/{id}/drive 403 {"error":{"code":"accessDenied","message":"denied","innerError":{"code":"provisioningNotAllowed"}}}', cause: 'user-access-or-license' },
  { name: 'a Planner limit behind a 403', paste: 'HTTP 403 Forbidden {"error":{"code":"MaximumTasksInProject","message":"Cannot add more items."}}', cause: 'not-authorization' },
  { name: 'a Teams bot lacking a permission', paste: 'Operation returned an invalid status code Forbidden {"error":{"code":"NotEnoughPermissions","message":"The bot cannot do that here."}}', cause: 'permissions-missing' },
  { name: "PowerShell's strict mode stopping on a property a module's library lacks, inside a token refresh", paste: "Connect-ContosoGraph -TenantId $tenant\nWARNING: Could not refresh the access token. Error message: The property 'ClientApplication' cannot be found on this object. Verify that the property exists.", cause: 'not-authorization' },
  { name: 'a Graph cmdlet missing from the session', paste: "Get-MgUser : The term 'Get-MgUser' is not recognized as the name of a cmdlet, function, script file, or operable program. Is it a missing permission on the runbook's managed identity?", cause: 'not-authorization' },
  { name: "Exchange Online's SMTP AUTH switch, off for the tenant, refusing an OAuth token", paste: 'Sending through smtp.office365.com:587 with XOAUTH2 and a token for https://outlook.office.com/SMTP.Send fails: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.', cause: 'odata-access-disabled' },
  // Teams single sign-on refusing on the Teams app's own settings, before any token
  { name: "a tab's getAuthToken refused: the page's domain is not the manifest's resource", paste: "microsoftTeams.authentication.getAuthToken() rejects with: App resource defined in manifest and iframe origin do not match. Our tab runs on https://tabs.contoso.net and the app registration exposes api://contoso.net/{client-id}. Do I need more Graph permissions?", cause: 'not-authorization' },
  { name: 'a tab SSO refused with resourceDisabled', paste: 'SSO in our Teams tab fails: getAuthToken error {"errorCode":"resourceDisabled"}. We want to call Graph /me with the token afterwards (User.Read delegated, consented).', cause: 'not-authorization' },
  { name: "a bot's SSO failing on the OAuthCard's resource", paste: 'Bot log: Sign-in failed for user "Adele" in conversation "a:1xyz": resourcematchfailed -- Resource match failed. The bot then cannot call Graph for the user.', cause: 'not-authorization' },
  // Codes the reference does not list, with their product pages: an app-protection policy, a managed device.
  { name: 'an app-protection policy the client does not enforce (AADSTS53005)', paste: 'Our Flutter app signs in with MSAL and then: AUTH_FAILED_INTUNE_POLICY_REQUIRED AADSTS53005: Application needs to enforce Intune protection policies. Do I need DeviceManagementApps.Read.All?', cause: 'conditional-access' },
  // An on-behalf-of exchange given a Graph token as its assertion: a token for another resource.
  { name: 'an API exchanging a Graph token on behalf of the user (AADSTS500131)', paste: "OBO in our API fails: MsalUiRequiredException: AADSTS500131: Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '00000003-0000-0000-c000-000000000000' and the expected audience is '{client-id}'.", cause: 'wrong-audience' },
  // Silent sign-in without a session: the app signs the user in interactively; no token existed to be invalid.
  { name: 'a silent sign-in with no user signed in (AADSTS50058)', paste: 'acquireTokenSilent failed: InteractionRequiredAuthError: AADSTS50058: A silent sign-in request was sent but no user is signed in. Trace ID: {guid}', cause: 'not-authorization' },
  { name: "a bot's SSO failing on an OAuthCard Teams could not parse", paste: 'Sign-in failed for user "Adele" in conversation "19:abc@thread.v2": oauthcardnotvalid. Do I need to grant User.Read again for the bot?', cause: 'not-authorization' },
  { name: "a bot's group chat SSO failing to install the app for the user", paste: 'Our bot logs: Sign-in failed for user "Lee" in conversation "19:def@thread.v2": installappfailed -- then nothing. Is a Graph permission missing on the bot registration?', cause: 'not-authorization' },
];

describe('diagnosis/knowledge: known codes and code words', () => {
  for (const t of newlyKnown) {
    it(`ranks ${t.cause} first for ${t.name}`, () => {
      const d = diagnose(t.paste);
      assert.equal(d.causes[0]?.id, t.cause, d.causes.map((c) => `${c.id}:${c.points}`).join(', '));
    });
  }

  it('is not confident about a service code that names none of our causes (a blocked bot)', () => {
    const paste = '403 {"error":{"code":"ConversationBlockedByUser","message":"Blocked."}}';
    const d = diagnose(paste);
    assert.equal(d.confident, false, paste);
    // Nothing but the status (a tie-breaker worth at most 1) may speak: the code itself counts for no cause.
    assert.ok(d.causes.every((c) => c.points <= 1 && c.evidence.every((x) => !/blocked/i.test(x))), d.causes.map((c) => `${c.id}:${c.points}`).join(', '));
  });

  it("says every sign-in code that names none of our causes in one line that fits the card's reason (200 characters)", () => {
    const long = AADSTS_CODES.filter((r) => r.cause === 'none' && r.strength === 'strong').map((r) => signInSetupReason(r.code, r.meaning)).filter((t) => t.length > 200);
    assert.deepEqual(long, []);
  });

  it('reads a sign-in code that names none of our causes as not-authorization, with its meaning (Kerberos)', () => {
    // AADSTS81010 is a seamless-SSO ticket fault: no permission, consent or role changes it, and the
    // card says what the code means instead of walking through permission checks.
    const d = diagnose('AADSTS81010: Kerberos ticket is not usable.');
    assert.equal(d.causes[0]?.id, 'not-authorization');
    assert.match(d.causes[0]?.evidence[0] ?? '', /Kerberos ticket/);
    assert.ok(d.causes.slice(1).every((c) => c.points <= 1), d.causes.map((c) => `${c.id}:${c.points}`).join(', '));
  });

  it('still reads a bare ErrorItemNotFound as not-authorization (now a hint: it can also mean no access)', () => {
    const bare = diagnose('{"error":{"code":"ErrorItemNotFound","message":"Object missing from the store."}}');
    assert.equal(bare.causes[0]?.id, 'not-authorization');
  });

  for (const t of leads) {
    it(`ranks ${t.cause} first for ${t.name}`, () => {
      const d = diagnose(t.paste);
      assert.equal(d.causes[0]?.id, t.cause, d.causes.map((c) => `${c.id}:${c.points}`).join(', '));
    });
  }

  it("names the permission the activity logs' licence check wants when the app has no directory read access", () => {
    const d = diagnose('GET https://graph.microsoft.com/v1.0/auditLogs/signIns -> 403 {"error":{"code":"Authentication_ApplicationHasNoDirectoryReadAccess","message":"Failed to do premium license check from ADGraph"}}\nThe app has AuditLog.Read.All (Application), consented. We have Entra ID P2.');
    assert.equal(d.causes[0]?.id, 'permissions-missing');
    assert.ok(d.causes[0]?.evidence.some((r) => r.includes('Directory.Read.All')), JSON.stringify(d.causes[0]?.evidence));
  });

  it('counts an unlisted code by its words less than a listed one', () => {
    const known = diagnose('{"error":{"code":"Authentication_ExpiredToken"}}').causes.find((c) => c.id === 'token-invalid')?.points ?? 0;
    const unseen = diagnose('{"error":{"code":"Authentication_TokenExpiredAgain"}}').causes.find((c) => c.id === 'token-invalid')?.points ?? 0;
    assert.ok(unseen > 0 && unseen < known, `${unseen} < ${known}`);
  });

  it('does not read a listed code inside a longer one ("NotSupported" inside MailboxNotSupportedForRESTAPI)', () => {
    const d = diagnose('{"error":{"code":"MailboxNotSupportedForRESTAPI","message":"REST API is not yet supported for this mailbox."}}');
    assert.equal(d.causes[0]?.id, 'user-access-or-license');
    assert.ok(!d.causes.some((c) => c.id === 'not-authorization' && c.points > 0));
  });

  /** Entra's sign-in errors as libraries print them: the code, then its own words. */
  const codeWithItsWords: { name: string; code: string; words: string; cause: VerdictId }[] = [
    { name: 'a redirect URI mismatch', code: 'AADSTS50011:', words: "The redirect URI 'https://localhost:3000/auth' specified in the request does not match the redirect URIs configured for the application '{client-id}'.", cause: 'not-authorization' },
    { name: 'a confidential client without its credential', code: 'AADSTS7000218:', words: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", cause: 'not-authorization' },
    { name: 'an app not served from /common', code: 'AADSTS90130:', words: "Application '{client-id}' (Expense Sync) is not supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.", cause: 'not-authorization' },
    { name: 'a secret that is not valid', code: 'AADSTS7000215:', words: 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.', cause: 'token-invalid' },
  ];
  for (const t of codeWithItsWords) {
    it(`counts ${t.name} once when the code comes with its own words`, () => {
      const both = diagnose(`${t.code} ${t.words}`).causes.find((c) => c.id === t.cause);
      const codeAlone = diagnose(t.code).causes.find((c) => c.id === t.cause);
      assert.equal(both?.points, codeAlone?.points);
      assert.equal(both?.evidence.filter((e) => e.includes(t.code.replace(':', ''))).length, 1, both?.evidence.join(' | '));
    });
    it(`still reads ${t.name} from its words without the code`, () => {
      assert.equal(diagnose(t.words).causes[0]?.id, t.cause);
    });
  }

  it('a known sign-in code keeps not-authorization from leading on a 400', () => {
    const d = diagnose('HTTP 400 Bad Request\nAADSTS50131: Device state, suspicious activity or access policy decision.');
    assert.notEqual(d.causes[0]?.id, 'not-authorization');
  });
});
