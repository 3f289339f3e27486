import assert from 'node:assert/strict';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { describeCause } from '../../helpers/cause-table.js';
import { appOnly, delegated, mintToken, NOW, payloadOf } from '../../helpers/tokens.js';

describeCause('permission-type-mismatch', {
  matches: [
    { name: "a service saying of the token that app-only tokens are not supported for the call", paste: 'Daemon creating a sharing link: POST https://graph.microsoft.com/v1.0/drives/{drive-id}/items/{item-id}/createLink -> 400 {"error":{"code":"invalidRequest","message":"Unable to determine the user associated with the provided token. App-only tokens are not supported for this scenario."}}' },
    { name: 'an export API refusing a delegated token with 412, though the person suspects an ETag', paste: 'Device-code flow, delegated Chat.Read consented. GET https://graph.microsoft.com/v1.0/me/chats/getAllMessages gives 412 Precondition Failed; I send no If-Match header, do I need one?\n412 {"error":{"code":"PreconditionFailed","message":"Requested API is not supported in delegated context"}}' },
    { name: "Intune's refusal that says the call was app-only and the app holds no application permissions", paste: 'Nightly runbook, Connect-MgGraph -ClientId {client-id} -CertificateThumbprint {thumbprint}\nGET https://graph.microsoft.com/beta/deviceManagement/deviceEnrollmentConfigurations -> 403 Forbidden\n"Message": "Application is not authorized to perform this operation as called in app only context but does not have application permissions configured. - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000"' },
    { name: 'OneNote read app-only after the retirement, refused with 401', paste: 'Nightly export (client credentials, Notes.Read.All application): GET https://graph.microsoft.com/v1.0/users/{id}/onenote/notebooks now returns 401 Unauthorized. It worked until spring 2025.' },
    { name: 'OneNote read app-only after Microsoft retired app-only access to it, told in Spanish', paste: 'Servicio programado sin usuario:\nConnect-MgGraph -ClientId <client-id> -TenantId <tenant-id> -CertificateThumbprint 3F2A\nGet-MgUserOnenoteNotebook -UserId ana@contoso.com\nGet-MgUserOnenoteNotebook : Forbidden\nStatus: 403 (Forbidden)\nGet-MgContext: AuthType AppOnly, Scopes {Notes.Read.All}. Funcionó hasta marzo de 2025.' },
    { name: 'a channel message posted by a PnP cmdlet with a certificate, the service naming the migration permission', paste: "Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId <client-id> -Thumbprint 8A1B -Tenant contoso.onmicrosoft.com\nSubmit-PnPTeamsChannelMessage -Team Ops -Channel Alerts -Message 'Nightly backup finished'\nSubmit-PnPTeamsChannelMessage: Missing role permissions on the request. API requires one of 'Teamwork.Migrate.All'. Roles on the request 'Group.ReadWrite.All, ChannelMessage.Read.All'." },
    { name: 'a chat message posted by its Graph PowerShell cmdlet app-only, the migration permission named', paste: "Connect-MgGraph -ClientId $id -TenantId $t -CertificateThumbprint $th\nNew-MgChatMessage -ChatId $chat -Body @{ content = 'hi' }\nNew-MgChatMessage_CreateExpanded: Missing role permissions on the request. API requires one of 'Teamwork.Migrate.All'." },
    { name: "Teams' InvalidRequest saying the API takes no application permission", paste: 'GET https://graph.microsoft.com/beta/teams/{id} from our daemon:\n{"error":{"code":"InvalidRequest","message":"Calling this API using MSGraph Application Permissions is not supported."}}' },
    { name: 'the group photo read app-only refused, the same request said to pass with the delegated permission (Japanese)', paste: 'アプリケーション権限の Group.Read.All（admin consent 済み）で AcquireTokenForClientAsync した token だと GET /groups/{id}/photo が ErrorAccessDenied になります。代わりにユーザーをサインインさせて Delegated の Group.Read.All 権限を付けた場合は、同じリクエストが通ります。' },
    { name: 'an app-only call refused, said to work with delegated permissions (Spanish)', paste: 'Con ClientSecretCredential, GET /groups/{id}/photo devuelve 403 ErrorAccessDenied. Con permisos delegados funciona sin problema.' },
    { name: 'the migration permission held by an app that sends channel messages', paste: 'Our daemon has Teamwork.Migrate.All (Application, consented). POST https://graph.microsoft.com/v1.0/teams/{team-id}/channels/{channel-id}/messages returns 403 Forbidden.' },
    { name: 'a user-signed-in web app with the permission added as Application, said in Spanish', paste: "Herramienta interna con Microsoft.Identity.Web (AddMicrosoftIdentityWebApp): en la página de admin listamos usuarios con _graph.Users.GetAsync() y falla con Authorization_RequestDenied: Insufficient privileges to complete the operation. Status: 403. En el app registration añadí User.Read.All como permiso de tipo *Application* y di admin consent. El token muestra \"scp\": \"User.Read\"." },
    { name: "Graph's list for a user's token beside the app's tenant-wide twins granted as Application, in the Italian portal's words", paste: "Invoke-RestMethod: {\"error\":{\"code\":\"Forbidden\",\"message\":\"Missing scope permissions on the request. API requires one of 'Chat.ReadBasic, Chat.Read, Chat.ReadWrite'. Scopes on the request 'User.Read'\"}}\nLe autorizzazioni dell'app:\nChat.Read.All | Applicazione | Read all chat messages | Sì\nChat.ReadBasic.All | Applicazione | Read names and members of all chat threads | Sì\nUser.Read | Delegata | Accedi e leggi il profilo | No" },
    { name: 'nobody signed in, said in a sentence, with the permission granted as delegated', paste: 'The Teams bot reads channel messages without any user signed in. GET /teams/{team-id}/channels/{channel-id}/messages returns 403 Forbidden. Permission: ChannelMessage.Read.All (delegated), admin consented.' },
    { name: 'an app token said to be acquired, with a permission Graph has only as delegated', paste: 'Our background sync acquires an app token and calls GET /users/{id}/todo/lists: 403 Forbidden. Tasks.ReadWrite is granted in the portal.' },
    { name: "a managed identity given a delegated permission by the portal's path", paste: 'Runbook: Connect-MgGraph -Identity, then Get-MgUserMessage -UserId x@contoso.com fails: Access is denied. Check credentials and try again. The managed identity got Mail.Read under API permissions > delegated.' },
    { name: 'client credentials while the permission named after it is delegated', paste: 'With client credentials, GET /communications/presences returns 403 Forbidden. We have Presence.Read.All delegated.' },
    { name: 'an application permission granted for a SPA whose user signs in', paste: 'We granted the Application permission Sites.Selected but our SPA with the signed-in user gets 403 on /sites/{id}.' },
    { name: "the portal's path naming the delegated type, for a service with no user", paste: 'I registered the app and under API permissions I added Microsoft Graph > Delegated > User.Read.All and clicked Grant admin consent. My service runs without a signed-in user, it just uses the client id and secret, and GET /users fails with Authorization_RequestDenied.' },
    { name: 'a daemon denied although the permission was added and consented: the added permission is not evidence of a missing one', paste: 'I have added Mail.Read and granted admin consent. Our daemon uses a client secret. GET /users/{id}/messages returns 403 ErrorAccessDenied: Access is denied. Check credentials and try again.' },
    { name: 'scp copied from jwt.ms, but the permission was added as Application', paste: 'POST /v1.0/me/sendMail returns 403 ErrorAccessDenied. The decoded token shows scp: "User.Read openid profile". Mail.Send was added as an Application permission, admin consent granted.' },
    { name: "client credentials while the app's manifest lists only delegated permissions (type Scope)", paste: 'Token from grant_type=client_credentials, then GET /v1.0/users -> 403 Authorization_RequestDenied "Insufficient privileges to complete the operation." Our manifest:\n"requiredResourceAccess": [{ "resourceAppId": "00000003-0000-0000-c000-000000000000", "resourceAccess": [{ "id": "a154be20", "type": "Scope" }, { "id": "e1fe6dd8", "type": "Scope" }] }]' },
    { name: 'neither scp nor roles', paste: 'com.microsoft.graph.http.GraphServiceException: Error code: AccessDenied\nError message: Either scp or roles claim need to be present in the token.', confident: true },
    { name: 'no permissions in the token', paste: 'Graph responded NoPermissionsInAccessToken: The token contains no permissions, or permissions can not be understood.', confident: true },
    { name: '/me with an app-only token', paste: "msgraph.core: '/me request is only valid with delegated authentication flow.'", confident: true },
    { name: 'an app-only token without any role', paste: async () => `Connect-MgGraph -ClientSecretCredential $cred\nGet-MgUser fails. Token payload: ${payloadOf(await mintToken(appOnly(undefined)))}`, confident: true },
    { name: 'posting a channel message app-only', paste: 'POST /teams/{id}/channels/{id}/messages -> 401 {"error":{"code":"Unauthorized","message":"Message POST is allowed in application-only context only for import purposes."}}', confident: true },
    { name: 'delegated scope names in a client-credentials token request', paste: 'POST /oauth2/v2.0/token grant_type=client_credentials&scope=User.Read.All\nAADSTS70011: The provided value for the input parameter scope is not valid.' },
    { name: 'client credentials with delegated permissions granted', paste: "My daemon uses grant_type=client_credentials with scope https://graph.microsoft.com/.default. The app registration has Directory.Read.All as a delegated permission. GET /users returns 403 Authorization_RequestDenied." },
    { name: 'a user flow with an application permission granted', paste: async () => `We granted Calendars.ReadWrite as an application permission. The job signs in with username and password. 403 ErrorAccessDenied on POST /users/room1@fabrikam.example/events. Token: ${await mintToken(delegated('User.Read'))}` },
    { name: 'a chat message sent app-only: the one application permission serves migration only', paste: 'Sending a chat message from an Azure Function with client credentials: POST https://graph.microsoft.com/v1.0/chats/{id}/messages returns 403 Forbidden. There is no ChatMessage.Send application permission, so I added Chat.ReadWrite.All as an application permission.' },
    { name: 'Bookings saying an operation takes no app token', paste: 'PATCH https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/{id}/staffMembers/{id} from our scheduler service -> 403 {"error":{"code":"ErrorAccessDenied","message":"VASTT: Api Staff.Update does not support the token type: App"}}', confident: true },
    { name: "a service said to authenticate as an application, calling /me", paste: 'The sync service authenticates as an application (certificate in Key Vault) and then reads graphClient.me().calendar().events(): every call fails with ErrorAccessDenied "Access is denied. Check credentials and try again."' },
    { name: 'AADSTS70011 in a user sign-in for a name Graph has only as an application permission', paste: "Sign-in with MSAL.js loginPopup: AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope 'Calls.Initiate.All openid profile' does not exist.", confident: true },
    { name: "a group's external senders set by a daemon (a delegated-only group feature)", paste: 'Our sync job uses client credentials with Group.ReadWrite.All (application). PATCH https://graph.microsoft.com/v1.0/groups/{id} {"allowExternalSenders": true} returns 403 ErrorGroupsAccessDenied.', confident: false },
    { name: "Terraform's auto_subscribe_new_members refused, the flow not said", paste: 'Error: Failed to set `auto_subscribe_new_members` for group\nGroupsClient.BaseClient.Patch(): unexpected status 403 with OData error: ErrorGroupsAccessDenied: User does not have permissions to execute this action.\nThe app has Group.ReadWrite.All.', confident: false },
    { name: 'the delegated PowerShell sign-in said to work, the certificate one failing with delegated permissions only', paste: 'Get-MgUser works after Connect-MgGraph -Scopes User.Read.All, but Connect-MgGraph -ClientId $id -CertificateThumbprint $tp -TenantId $t then Get-MgUser gives "Insufficient privileges to complete the operation". Only delegated User.Read.All is on the app registration.' },
  ],
  ignores: [
    { name: "a signed-in user's update of a group's external senders refused", paste: 'Signed in as a member (delegated Group.ReadWrite.All), PATCH /groups/{id} {"allowExternalSenders": true} returns 403 ErrorGroupsAccessDenied: User does not have permissions to execute this action.' },
    { name: "a signed-in user's OneNote call refused for a notebook shared with no one", paste: 'Delegated, Notes.Read.All consented. GET https://graph.microsoft.com/v1.0/users/bob@contoso.com/onenote/notebooks returns 403 Forbidden for me; Bob never shared his notebooks with me.' },
    { name: "/me not found for a guest who signs in: a person's token, not an app-only one", paste: 'GET https://graph.microsoft.com/v1.0/me fails for an externally added user:\nNot Found (HTTP 404)\nResource \'{object-id}\' does not exist or one of its queried reference-property objects are not present.' },
    { name: "\"Either scp or roles\" while the app's Application permission shows \"Not granted\": the type fits, the consent is missing", paste: 'Client credentials job. GET https://graph.microsoft.com/v1.0/sites/root returns 401 {"error":{"code":"InvalidAuthenticationToken","message":"Either scp or roles claim need to be present in the token."}}\nAPI permissions: Sites.Read.All  Application  Yes  Not granted for Contoso' },
    { name: "the migration permission held by an app adding a migrated team's members (no message sent)", paste: 'During the import, adding the team members fails: POST /teams/{id}/members returns 403 Forbidden. The app has Teamwork.Migrate.All and Group.Read.All (Application).' },
    { name: "the migration permission among the roles of an app adding a migrated team's members (Graph names the missing one)", paste: "POST /teams/{id}/members during a message import: 403 Missing role permissions on the request. API requires one of 'TeamMember.ReadWrite.All, Group.ReadWrite.All'. Roles on the request 'Teamwork.Migrate.All, Group.Read.All, User.Read.All'." },
    { name: 'a delegated token missing a scope', paste: async () => `GET /v1.0/groups 403 Authorization_RequestDenied, token ${await mintToken(delegated('User.Read'))}` },
    { name: 'a password reset by a daemon', paste: 'Daemon (client credentials) PATCH /users/{id} with passwordProfile returns 403 Authorization_RequestDenied' },
  ],
});

describe('cause permission-type-mismatch: the app meant to act on its own', () => {
  // Only Application permissions granted: the app was meant to reach any mailbox on its own, so a
  // user's token on another user's mail is the flow that does not match, not that user's access.
  it("offers no 'another user's data' runner-up when only an Application permission was granted", () => {
    const d = diagnose('Our nightly report signs in as svc-reports with ROPC (username/password) and reads the finance mailbox. In the portal we added Mail.Read as an Application permission, admin consent granted. GET https://graph.microsoft.com/v1.0/users/finance@contoso.example/messages returns 403 ErrorAccessDenied "Access is denied. Check credentials and try again."', { now: NOW });
    assert.equal(d.causes[0]?.id, 'permission-type-mismatch');
    assert.ok(!d.causes.some((c) => c.evidence.some((x) => x.includes("another user's"))), d.causes.map((c) => c.evidence.join(' | ')).join(' || '));
  });
  it("still reads another user's data when the permission granted is delegated", () => {
    const d = diagnose('Our report signs in as svc-reports and reads the finance mailbox with the delegated Mail.Read permission, admin consent granted. GET https://graph.microsoft.com/v1.0/users/finance@contoso.example/messages returns 403 ErrorAccessDenied "Access is denied. Check credentials and try again."', { now: NOW });
    assert.ok(d.causes.some((c) => c.id === 'user-access-or-license' && c.evidence.some((x) => x.includes("another user's"))), d.causes.map((c) => `${c.id}: ${c.evidence.join(' | ')}`).join(' || '));
  });
});

describe('cause permission-type-mismatch: the other type said to work, in other languages', () => {
  const said = (text: string): boolean => diagnose(text, { now: new Date('2026-12-01T00:00:00Z') }).causes.some((c) => c.evidence.some((x) => x.startsWith('The call is said to work with the other permission type')));
  for (const text of ['Con permisos delegados no funciona tampoco.', "Avec la permission déléguée ça ne marche pas non plus.", 'Com permissão delegada não funciona também.', 'Mit delegierten Berechtigungen funktioniert es nicht.', '用委托权限也不可以。']) {
    it(`reads no success in: ${text}`, () => assert.equal(said(text), false));
  }
  for (const text of ['Con permisos delegados funciona sin problema.', 'Mit delegierten Berechtigungen funktioniert es.', 'Delegated の権限を付けた場合は、同じリクエストが通ります。']) {
    it(`reads the success in: ${text}`, () => assert.equal(said(text), true));
  }
});

describe('cause permission-type-mismatch: who asked for the scope AADSTS1002012 names', () => {
  // Written for this test. A module's cmdlet that raises the error asked for its own token.
  const rows = [
    { name: 'the scope written in the person\'s own code', paste: "cred = ClientSecretCredential(tenant, client_id, secret)\nclient = GraphServiceClient(cred, scopes=['Files.Read.All'])\nazure.core.exceptions.ClientAuthenticationError: AADSTS1002012: The provided value for scope Files.Read.All is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).", confident: true },
    { name: 'a PowerShell module\'s cmdlet raising it', paste: 'Connect-PnPOnline -Url https://fabrikam.sharepoint.com -ClientId $app -Thumbprint $thumb -Tenant fabrikam.onmicrosoft.com\nGet-PnPMicrosoft365GroupOwner: AADSTS1002012: The provided value for scope Group.Read.All is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).', confident: false },
  ];
  for (const row of rows) {
    it(`leads, ${row.confident ? 'sure' : 'asking'}, for ${row.name}`, () => {
      const d = diagnose(row.paste, { now: NOW });
      assert.equal(d.causes[0]?.id, 'permission-type-mismatch', d.causes.map((c) => `${c.id}:${c.points}`).join(', '));
      assert.equal(d.confident, row.confident);
    });
  }
});
