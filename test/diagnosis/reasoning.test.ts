/** Facts combined: the endpoint, how the token is obtained, whose data, and what the prose claims. */
import assert from 'node:assert/strict';
import type { VerdictId } from '../../src/diagnosis/cause.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { htmlPageForGraphCall, neededPermissionOfOtherType, readOnlyForWrite, serviceNamesMissingPermission } from '../../src/diagnosis/reasoning.js';

const cases: { name: string; paste: string; cause: VerdictId }[] = [
  {
    name: "an expired refresh token inside MSAL's interaction-required class, with MFA only blamed in a question",
    paste: 'Since security enabled MFA for everyone our bot\'s calendar feature dies for some users. Do we need to handle claims challenges?\nInteractionRequiredAuthError: invalid_grant: AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2024-01-22 and was inactive for 90.00:00:00.\n    at RefreshTokenClient.executeTokenRequest (msal-node)',
    cause: 'token-invalid',
  },
  {
    name: "MSAL's interaction-required wrapper around AADSTS65001: the consent the code names, not a policy",
    paste: 'Teams tab SSO, our API does OBO for Calendars.Read. Works for me, fails for every other user in the customer tenant:\nInteractionRequiredAuthError: invalid_grant: AADSTS65001: The user or administrator has not consented to use the application with ID \'{client-id}\' named \'Contoso Expenses Tab\'. Send an interactive authorization request for this user and resource.\n  errorCode: \'invalid_grant\', subError: \'consent_required\'\nThe SSO token is fine (aud = api://contoso.azurewebsites.net/{client-id}, scp = access_as_user). Users cannot consent to apps in their tenant.',
    cause: 'permissions-missing',
  },
  {
    name: 'an expired secret told as history beside a denial Graph answered now: the type mismatch reading stands',
    paste: 'Last month we renewed the expired secret (it was AADSTS7000222: The provided client secret keys for app are expired). Now the daemon gets a token with client credentials but GET /users/{id}/messages returns 403 ErrorAccessDenied. Mail.Read is granted as Delegated only.',
    cause: 'permission-type-mismatch',
  },
  {
    name: "another person's calendar read with the .Shared permission in place: the calendar was not shared, and a calendar added to a tool is no permission added",
    paste: 'Home Assistant calendar integration. Added a second calendar (my manager\'s). My own calendar shows up; the other calendar I added logs:\n403 Client Error: Forbidden for url: https://graph.microsoft.com/v1.0/users/k.mueller@contoso.example/calendar/calendarView | Error Message: Access is denied. Check credentials and try again.\nPermissions requested during setup: Calendars.ReadWrite.Shared offline_access User.Read (delegated, I signed in with my own account and accepted). I can see her free/busy in Outlook but not the details.',
    cause: 'user-access-or-license',
  },
  {
    name: 'an expired client secret refuses the sign-in before the delegated-only IMAP permission could matter',
    paste: 'mail fetcher with client credentials (tenant, client id, secret), scope https://outlook.office365.com/.default. Since Monday:\nAADSTS7000222: The provided client secret keys for app \'{client-id}\' are expired. Visit the Azure portal to create new keys for your app.\nThe app has IMAP.AccessAsUser.All and admin consent was granted.',
    cause: 'token-invalid',
  },
  {
    name: "a portal table in Chinese: the mail permission the call needs is of the application type, while users sign in to the web app",
    paste: '员工用公司账号登录后查看自己的邮件。\nservices.AddMicrosoftIdentityWebAppAuthentication(Configuration)\nvar msgs = await _graph.Me.Messages.GetAsync();\nMicrosoft.Graph.Models.ODataErrors.ODataError: Access is denied. Check credentials and try again.\n   code: ErrorAccessDenied\n应用注册里的 API 权限：\n  Mail.Read        应用程序    是    已为 Contoso 授予\n  User.Read        委托        否    已为 Contoso 授予',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'usage reports read for a user who works only for the IT lead; her password-reset duties are no password change',
    paste: 'Flask dashboard, MSAL auth code flow, pulls GET /v1.0/reports/getOffice365ActiveUserDetail(period=\'D30\'). Reports.Read.All (delegated), admin consent granted. When I log in it works. When Sandra logs in:\n403 {"error":{"code":"S2SUnauthorized","message":"Invalid permissions."}}\nShe can reset passwords through our helpdesk tool but is in none of the Entra admin roles.',
    cause: 'user-access-or-license',
  },
  {
    name: 'a daemon reading usage reports without Reports.Read.All',
    paste: 'C# worker service, app-only (certificate). GET https://graph.microsoft.com/v1.0/reports/getTeamsUserActivityUserDetail(period=\'D7\')\nODataError: Invalid permissions. Error.Code = S2SUnauthorized\nApp permissions (application, granted): AuditLog.Read.All, User.Read.All, Directory.Read.All.',
    cause: 'permissions-missing',
  },
  {
    name: 'AADSTS50020 for customers of a multitenant SPA whose authority still names its own tenant',
    paste: 'Multi-tenant React SPA (msal-browser), supported account types: Accounts in any organizational directory. Customers get: AADSTS50020: User account \'j@fabrikam.example\' from identity provider \'https://sts.windows.net/{customer-tenant-id}/\' does not exist in tenant \'Contoso\' and cannot access the application \'{client-id}\'. The account needs to be added as an external user in the tenant first.\nauthority: "https://login.microsoftonline.com/{our-tenant-id}"\nDo we really have to invite every customer user as a guest?',
    cause: 'not-authorization',
  },
  {
    name: 'a user signs in (device code) while the permission the call needs is named as an Application one',
    paste: 'CLI with MSAL PublicClientApplication, device code flow. GET https://graph.microsoft.com/v1.0/sites?search=projects -> HTTP 403 {"error":{"code":"accessDenied","message":"Access denied"}}. App registration: Sites.Read.All, type Application, admin consent granted; User.Read (delegated) is there by default. Token: "scp": "User.Read".',
    cause: 'permission-type-mismatch',
  },
  {
    name: "the Graph PowerShell session says AppOnly, so delegated grants and an interactive comparison don't make it a user's call",
    paste: 'Connect-MgGraph -ClientId $id -TenantId $t -CertificateThumbprint $thumb\nGet-MgUser -All -Property DisplayName,AccountEnabled\nGet-MgUser_List: Insufficient privileges to complete the operation.\nStatus: 403 (Forbidden)\nErrorCode: Authorization_RequestDenied\nPS> Get-MgContext\nAuthType            : AppOnly\nTokenCredentialType : ClientCertificate\nScopes              : {}\nUser.Read.All is granted (the one under "Delegated permissions"). Works when I do Connect-MgGraph -Scopes User.Read.All interactively.',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'a German post: the permissions are of type "Delegiert" and the token has no roles',
    paste: 'Hintergrunddienst mit msal acquire_token_for_client und https://graph.microsoft.com/.default.\nGET https://graph.microsoft.com/v1.0/users/{id}/chats/getAllMessages\n403 {"error":{"code":"Forbidden","message":"Missing role permissions on the request. API requires one of \'Chat.Read.All, Chat.ReadWrite.All\'. Roles on the request \'\'."}}\nChat.Read ist in der App-Registrierung eingetragen (Typ "Delegiert"), Administratorzustimmung erteilt.',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'roles of the right type in the token, and the mailbox policy test says Granted: the permission is too weak',
    paste: 'Connector (C#, app-only, cert) reads the support mailbox. Listing messages works, attachments fail:\nGET /v1.0/users/support@contoso.com/messages/{id}/attachments -> 403 ErrorAccessDenied "Access is denied. Check credentials and try again."\nroles in the token: ["Mail.ReadBasic.All","User.Read.All"]. The app access policy limits us to that mailbox (Test-ApplicationAccessPolicy => AccessCheckResult: Granted).',
    cause: 'permissions-missing',
  },
  {
    name: 'Sites.Selected whose site permissions list comes back empty',
    paste: 'Python ClientSecretCredential, the admin gave us Sites.Selected (application) instead of Sites.Read.All.\nGET https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/Legal -> 403 {"error":{"code":"accessDenied","message":"Access denied"}}\nroles in token: ["Sites.Selected"]\nGET /sites/{id}/permissions with the admin\'s token returns {"value": []}. Consent is granted.',
    cause: 'permissions-missing',
  },
  {
    name: 'a delegated job whose failures were first taken for throttling, and which works only in the teams its user is in',
    paste: 'Teams archiving job, delegated auth as our compliance officer.\nGET /teams/{id}/channels/{channel-id}/messages -> 403 for most teams\n{"error":{"code":"Forbidden","message":"Forbidden"}}\nscp in token: ChannelMessage.Read.All Group.Read.All User.Read. The teams that do work are exactly the ones she is in herself. Looked like a throttling thing at first but there is no Retry-After.',
    cause: 'user-access-or-license',
  },
  {
    name: 'a private site the signed-in user is not among the members of, which its owner lists fine',
    paste: 'Go SDK, delegated token via InteractiveBrowserCredential, scopes Sites.Read.All and Files.Read.All.\nGET /sites/{site-id}/drives -> accessDenied: Access denied (403)\nOther sites are fine. When the site owner runs my tool it lists the drives. I\'m not in that site\'s members.',
    cause: 'user-access-or-license',
  },
  {
    name: 'an update that goes through for the Global Admin and not for an HR user, with delegated User.ReadWrite.All',
    paste: 'Spring Boot portal, auth code flow, PATCH /users/{id} for jobTitle.\nODataError: Insufficient privileges to complete the operation. error.code=Authorization_RequestDenied status=403\nRegistered delegated User.ReadWrite.All, admin consent granted. When I test with my own account (I\'m Global Admin) it updates fine. When Petra from HR logs in, 403 on every PATCH. We don\'t want to give the app an application permission.',
    cause: 'user-access-or-license',
  },
  {
    name: 'a read of a shared mailbox that broke after its permissions were cleaned up; re-creating the connection is no write',
    paste: 'Power Automate "HTTP with Microsoft Entra ID" connection signed in as svc-flows started failing:\n{"status": 403, "error": {"code": "ErrorAccessDenied", "message": "Access is denied. Check credentials and try again."}}\nRequest: GET https://graph.microsoft.com/v1.0/users/finance@contoso.com/mailFolders/inbox/messages\nNothing changed in the flow; the Exchange team did a permissions cleanup on shared mailboxes on Tuesday. The connector was consented with Mail.Read.Shared and still shows it. Do I need to re-create the connection?',
    cause: 'user-access-or-license',
  },
  {
    name: 'an endpoint that only has application permissions, called with no app-only flow in sight',
    paste: 'GET https://graph.microsoft.com/v1.0/sites/getAllSites returns {"error":{"code":"accessDenied","message":"Access denied"}} although Sites.Read.All is granted.',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'a directory denial for someone who says they are an administrator',
    paste: 'Logged in as a Global Administrator with Connect-MgGraph, Get-MgDirectoryRoleMember fails: Insufficient privileges to complete the operation. FullyQualifiedErrorId : Authorization_RequestDenied',
    cause: 'permissions-missing',
  },
  {
    name: 'a PIM activation that failed its MFA rule',
    paste: 'New-MgRoleManagementDirectoryRoleAssignmentScheduleRequest : [RoleAssignmentRequestPolicyValidationFailed] : The following policy rules failed: ["MfaRule"]',
    cause: 'conditional-access',
  },
  {
    name: 'a PIM activation without the justification its policy asks for',
    paste: 'POST /roleManagement/directory/roleAssignmentScheduleRequests -> 400 {"error":{"code":"RoleAssignmentRequestPolicyValidationFailed","message":"The following policy rules failed: [\\"JustificationRule\\"]"}}',
    cause: 'not-authorization',
  },
  {
    name: 'server errors that many tenants report at once',
    paste: 'Since yesterday our calls to /me/events fail with 503 errors. It is affecting all tenants we host and others are reporting the same on the forum.',
    cause: 'not-authorization',
  },
  {
    name: 'a limit message beside a code that only hints at an Exchange policy',
    paste: 'POST /subscriptions -> 403 {"code":"ExtensionError","message":"Operation: Create; Reason: the application has reached its limit of subscriptions for this mailbox"}',
    cause: 'not-authorization',
  },
  {
    name: '/me called with a client-credentials token, though Graph answered 400',
    paste: 'var app = ConfidentialClientApplicationBuilder.Create(id).WithClientSecret(secret).Build();\nvar r = await app.AcquireTokenForClient(new[] { "https://graph.microsoft.com/.default" }).ExecuteAsync();\nGET https://graph.microsoft.com/v1.0/me/messages -> 400 BadRequest',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'a fluent /me chain broken over indented lines, with a managed identity',
    paste: 'var graph = new GraphServiceClient(new ManagedIdentityCredential());\nawait graph.Me.Events\n            .GetAsync();\nServiceException: Code: ErrorAccessDenied',
    cause: 'permission-type-mismatch',
  },
  {
    name: '/me when the prose says application permissions are used',
    paste: 'I am using application permissions only (Files.Read.All). GET https://graph.microsoft.com/v1.0/me/drive/root/children fails with accessDenied.',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'a Teams tab SSO token sent to Graph without an exchange',
    paste: 'const token = await microsoftTeams.authentication.getAuthToken();\nfetch("https://graph.microsoft.com/v1.0/me", { headers: { Authorization: `Bearer ${token}` } }) -> 401 Unauthorized',
    cause: 'wrong-audience',
  },
  {
    name: "a delegated token reading another user's mail folders",
    paste: 'Signed in with Graph Explorer, GET /users/<other-user-id>/mailFolders gives 403 {"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}',
    cause: 'user-access-or-license',
  },
  {
    name: "the Teams meetings service's own words that no policy grants the app, with no status, beside calendar words",
    paste: "Our Power Automate flow (tenant ID, client ID and secret) reads the meeting from the calendar event. Action 'HTTP_get_Online_Meeting' failed: No application access policy found for this app.",
    cause: 'odata-access-disabled',
  },
  {
    name: 'AADSTS650053 for a name Graph has only as an application permission, requested at sign-in',
    paste: "invalid_client error_description=AADSTS650053: The application 'Portal' asked for scope 'CallRecord-PstnCalls.Read.All' that doesn't exist on the resource '00000003-0000-0000-c000-000000000000'. Contact the app vendor.",
    cause: 'permission-type-mismatch',
  },
  {
    name: 'AADSTS650053 quoted without its resource, in a paste that calls Graph: an application-only name asked at a user sign-in',
    paste: "Device code sign-in, then client.Users().ByUserId(id).Chats().GetAllMessages() returns 403. Adding the scope to the list fails at sign-in with AADSTS650053 \"asked for scope 'Chat.Read.All' that doesn't exist on the resource\". GET https://graph.microsoft.com/v1.0/me/chats works.",
    cause: 'permission-type-mismatch',
  },
  {
    name: 'AADSTS650053 for a name Graph has under no type (a claim name asked for as a scope)',
    paste: "OAuthError: invalid_client: AADSTS650053: The application 'Wiki SSO' asked for scope 'groups' that doesn't exist on the resource '00000003-0000-0000-c000-000000000000'. Contact the app vendor.",
    cause: 'not-authorization',
  },
  {
    name: 'AADSTS650053 for scope names joined by commas, the quotes lost on the way: one name no resource has',
    paste: 'Login fails: AADSTS650053 The application HelpdeskApp asked for scope email Mail.Read,offline_access,openid,profile,User.Read that doesn\'t exist on the resource 00000003-0000-0000-c000-000000000000.',
    cause: 'not-authorization',
  },
  {
    name: 'AADSTS70011 for scope names joined by a comma and a space (the provider\'s separator): one name no resource has',
    paste: '{"error":"invalid_scope","error_description":"AADSTS70011: The provided value for the input parameter \'scope\' is not valid. The scope Mail.Read, Calendars.Read is not valid."}\n$provider->scopeSeparator = \',\';\nConsent is granted by the admin.',
    cause: 'not-authorization',
  },
  {
    name: 'AADSTS650053 with the quotes lost, for a name Graph has under no type',
    paste: 'OAuthError: invalid_client: AADSTS650053: The application Wiki SSO asked for scope groups that doesn\'t exist on the resource 00000003-0000-0000-c000-000000000000. Contact the app vendor.',
    cause: 'not-authorization',
  },
  {
    name: "a change-notification subscription refused in Graph's own wrapper words",
    paste: 'I set changeType to "updated" and resource to "users", then subscribed:\n{"error":{"code":"ExtensionError","message":"Operation: Create; Exception: [Status Code: Unauthorized; Reason: ]"}}',
    cause: 'permissions-missing',
  },
  {
    name: "an Azure subscription in a CLI command is no change-notification subscription",
    paste: 'az ad sp create-for-rbac --name ci --role contributor --scopes /subscriptions/<subscription-id>\nInsufficient privileges to complete the operation.',
    cause: 'user-access-or-license',
  },
  {
    name: '/me answered with 404: the token has no user',
    paste: 'Client error: `GET https://graph.microsoft.com/v1.0/me` resulted in a `404 Not Found` response: {"error":{"code":"Request_ResourceNotFound","message":"Resource \'x\' does not exist or one of its queried reference-property objects are not present."}}',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'a personal account on a work-only API, though Graph answered 403',
    paste: 'Signed in with my personal account (someone@outlook.com) in the console app; GET https://graph.microsoft.com/v1.0/teams/{id}/channels returns 403 Forbidden.',
    cause: 'token-invalid',
  },
  {
    name: 'a write while only read permissions are named, consent or not',
    paste: 'PATCH https://graph.microsoft.com/v1.0/users/{id}/events/{event-id} returns 403 Forbidden. The app has Calendars.Read and admin consent has been granted.',
    cause: 'permissions-missing',
  },
  {
    name: 'a call that works for some sites and not others',
    paste: 'Signed in as our SharePoint admin I can only see some of the sites; many of the sites return 403 {"error":{"code":"accessDenied","message":"Access denied"}}',
    cause: 'user-access-or-license',
  },
  {
    name: 'a Graph token sent to Azure Resource Manager',
    paste: 'GET https://management.azure.com/subscriptions?api-version=2022-12-01 returns 401. I get the token with AcquireTokenForClient(new[] { "https://graph.microsoft.com/.default" }).',
    cause: 'wrong-audience',
  },
  {
    name: 'a Graph token sent to an API named only in prose',
    paste: 'The Power BI REST API answers 403 Forbidden. The token comes from acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"]).',
    cause: 'wrong-audience',
  },
  {
    name: 'a sign-in URL is no call to another API',
    paste: 'I sign in at https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize?scope=https://graph.microsoft.com/.default and GET https://graph.microsoft.com/v1.0/users gives 403 Authorization_RequestDenied with only User.Read consented.',
    cause: 'permissions-missing',
  },
  {
    name: 'bare Graph scopes requested, then the token sent to EWS',
    paste: 'string[] scopes = new[] { "user.read" }; var result = await app.AcquireTokenSilent(scopes, account).ExecuteAsync(); then POST https://outlook.office365.com/EWS/Exchange.asmx with that token returns 401 Unauthorized.',
    cause: 'wrong-audience',
  },
  {
    name: 'a daemon relying on permissions that exist only as delegated ones',
    paste: 'Our background service uses ClientSecretCredential and GET /users/{id}/calendar/events returns 403 Forbidden. The app registration has Calendars.Read.Shared and Mail.Read.Shared granted.',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'a web app that signs users in keeps its client secret without being app-only',
    paste: "The web app signs users in (ClientId and ClientSecret in web.config). Sending mail returns Forbidden; the decoded token has only User.Read although 'Send mail as a user' was added later.",
    cause: 'permissions-missing',
  },
  {
    name: 'an app-only update of a sensitive user property',
    paste: 'Our sync service (client credentials, User.ReadWrite.All application permission) updates businessPhones with PATCH /users/{id} and gets 403 Authorization_RequestDenied: Insufficient privileges to complete the operation.',
    cause: 'password-reset-app-only',
  },
  {
    name: 'a personal account on an API that serves personal accounts, holding a work-only permission',
    paste: 'I sign in with my personal Microsoft account (outlook.com).\nGET https://graph.microsoft.com/v1.0/me/onenote/notebooks returns 401\nDecoded token: "scp": "Notes.ReadWrite.All"',
    cause: 'permissions-missing',
  },
  {
    name: "Graph's router naming the 'me' segment, from a service-principal login",
    paste: "Connect-AzAccount -ServicePrincipal -Credential $c -Tenant $t\nInvoke-MgGraphRequest GET v1.0/me\nBadRequest: Resource not found for the segment 'me'.",
    cause: 'permission-type-mismatch',
  },
  {
    name: "disabling an administrator's account, said in words, with no flow named",
    paste: "Disabling an admin user's account fails with 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. User.ReadWrite.All is granted.",
    cause: 'password-reset-app-only',
  },
  {
    name: 'filtering on accountEnabled is no write of it',
    paste: 'GET /users?$filter=accountEnabled eq true with client credentials returns 403 Authorization_RequestDenied; the app only has User.Read (delegated) and no application permission.',
    cause: 'permission-type-mismatch',
  },
  {
    name: 'a validation failure with expiry ruled out in the prose',
    paste: '401 {"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure."}} The token is not expired, I requested it a minute ago.',
    cause: 'wrong-audience',
  },
  {
    name: 'a national-cloud Graph token sent to the global Graph',
    paste: '"aud": "https://graph.microsoft.us"\nGET https://graph.microsoft.com/v1.0/users returns 401 InvalidAuthenticationToken',
    cause: 'wrong-audience',
  },
  {
    name: "a token for the OneDrive host sent to the tenant's root SharePoint host",
    paste: '"aud": "https://contoso-my.sharepoint.com"\nGET https://contoso.sharepoint.com/sites/team/_api/web/lists returns 401 Unauthorized',
    cause: 'wrong-audience',
  },
  {
    name: 'an Outlook add-in callback token sent to Graph',
    paste: 'Office.context.mailbox.getCallbackTokenAsync({ isRest: true }, (r) => fetch("https://graph.microsoft.com/v1.0/me/messages", { headers: { Authorization: "Bearer " + r.value } })) returns 401.',
    cause: 'wrong-audience',
  },
  {
    name: 'a Graph token sent to the Bot Connector, its resource written URL-encoded',
    paste: 'Token request with scope=https://graph.microsoft.com/.default works, but sending a message to the user with it returns {"message":"Authorization has been denied for this request."}. With scope=https%3A%2F%2Fapi.botframework.com%2F.default it works.',
    cause: 'wrong-audience',
  },
  {
    name: 'a v1 token request for Outlook, unquoted, then a call to Graph',
    paste: 'POST https://login.microsoftonline.com/{tenant}/oauth2/token with grant_type=client_credentials&resource=https://outlook.office365.com then GET https://graph.microsoft.com/v1.0/users/{id}/messages returns 401 InvalidAuthenticationToken.',
    cause: 'wrong-audience',
  },
  {
    name: "a daemon resetting a user's password, said in plain words",
    paste: "Our helpdesk automation runs with a client secret and tries to reset a user's password through Graph. It gets 403 Insufficient privileges to complete the operation although User.ReadWrite.All is granted as an application permission.",
    cause: 'password-reset-app-only',
  },
  {
    name: 'a refresh token revoked after the user changed their password is no password call',
    paste: 'AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
    cause: 'token-invalid',
  },
  {
    name: 'a not-found that only guests get is about access',
    paste: 'GET /me/drive returns 404 itemNotFound for guest users in our tenant; members get their drive.',
    cause: 'user-access-or-license',
  },
  {
    name: 'Sites.Selected consented but never granted on the site',
    paste: '403 Forbidden from GET /sites/{site-id}/lists: {"error":{"code":"accessDenied","message":"Access denied"}}. The app uses the Sites.Selected application permission with admin consent.',
    cause: 'permissions-missing',
  },
  {
    name: 'Graph saying no token reached it, beside an app-only flow calling /me: the empty token, not the token kind',
    paste: 'Postman, client id and client secret in the environment. GET https://graph.microsoft.com/v1.0/me\n401 {"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}\nDo I need to consent User.Read for Postman?',
    cause: 'token-invalid',
  },
  {
    name: 'Graph refusing the audience of an app-only token sent to /me, beside delegated permissions: the audience first',
    paste: 'Daemon with ClientSecretCredential; the app has Mail.Read (delegated) consented.\nGET https://graph.microsoft.com/v1.0/me/messages\n401 {"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}}',
    cause: 'wrong-audience',
  },
  {
    name: 'a "/me" in the prose beside the call the paste shows: the shown call is the failing one',
    paste: 'I copied the user id from the /me response in Graph Explorer (the sample tenant) into my script. The script (client credentials, User.Read.All granted) calls GET https://graph.microsoft.com/v1.0/users/{object-id}/manager and gets 404 {"error":{"code":"Request_ResourceNotFound","message":"Resource \'{object-id}\' does not exist or one of its queried reference-property objects are not present."}}',
    cause: 'not-authorization',
  },
  {
    name: 'an administrator succeeds where users without the role fail',
    paste: 'GET https://graph.microsoft.com/v1.0/deviceManagement/managedDevices works when I sign in as a global admin. Users without admin rights get 403 {"error":{"code":"UnknownError","message":"Forbidden"}}.',
    cause: 'user-access-or-license',
  },
];

describe('diagnosis/reasoning over facts', () => {
  for (const c of cases) {
    it(`${c.cause} for ${c.name}`, () => {
      const d = diagnose(c.paste);
      assert.equal(d.causes[0]?.id, c.cause, d.causes.map((x) => `${x.id}:${x.points}`).join(', '));
    });
  }

  it('"works for the global admin but not for others" is no admin-role claim against the user\'s rights', () => {
    const d = diagnose('Reading /users/{id}/photo/$value works for the global admin but fails for other users with 403 Authorization_RequestDenied.');
    assert.equal(d.causes[0]?.id, 'user-access-or-license');
  });
  it('an admin who sees some team sites and not others is about the admin\'s own site access, not scopes', () => {
    const d = diagnose('I am a global admin, yet I can only see some of the team sites: many of them return 403 {"error":{"code":"accessDenied","message":"Access denied"}}');
    assert.equal(d.causes[0]?.id, 'user-access-or-license');
  });
  it('a personal account on an endpoint Microsoft\'s data marks work-only counts for token-invalid; on one personal accounts may call, it does not', () => {
    const work = diagnose('Signed in with my outlook.com account, GET https://graph.microsoft.com/v1.0/me/planner/tasks returns 401 Unauthorized');
    assert.ok(work.causes.find((c) => c.id === 'token-invalid')?.evidence.some((x) => x.includes('work or school accounts only')));
    const personalOk = diagnose('Signed in with my outlook.com account, GET https://graph.microsoft.com/v1.0/me/messages returns 401 Unauthorized');
    assert.ok(!personalOk.causes.find((c) => c.id === 'token-invalid')?.evidence.some((x) => x.includes('work or school accounts only')));
  });
  it('the same /me call with a delegated flow is no type mismatch', () => {
    const d = diagnose('const result = await pca.acquireTokenPopup({ scopes: ["Mail.Read"] });\nGET https://graph.microsoft.com/v1.0/me/messages -> 403 ErrorAccessDenied');
    assert.notEqual(d.causes[0]?.id, 'permission-type-mismatch');
  });

  const claims: { name: string; paste: string; cause: VerdictId; lower: string }[] = [
    {
      name: '"I already granted admin consent but it still fails" counts against missing consent',
      paste: '403 Authorization_RequestDenied Insufficient privileges to complete the operation.',
      lower: '403 Authorization_RequestDenied Insufficient privileges to complete the operation. I have already granted admin consent for Directory.Read.All but it still fails.',
      cause: 'permissions-missing',
    },
    {
      name: '"even with a fresh token" counts against an expired token',
      paste: '401 {"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure."}}',
      lower: '401 {"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure."}} It fails even with a fresh token from the token endpoint.',
      cause: 'token-invalid',
    },
  ];
  for (const c of claims) {
    it(c.name, () => {
      const plain = diagnose(c.paste).causes.find((x) => x.id === c.cause)?.points ?? 0;
      const claimed = diagnose(c.lower).causes.find((x) => x.id === c.cause)?.points ?? 0;
      assert.ok(claimed < plain, `${claimed} < ${plain}`);
    });
  }

  // https://learn.microsoft.com/graph/outlook-share-messages-folders: Exchange access plus a delegated .Shared permission.
  const sharedMailbox: { name: string; paste: string; said: boolean }[] = [
    { name: 'full access to a shared mailbox, read through GET /users/{id}/mailFolders', said: true, paste: 'Our support shared mailbox: I have Full Access to it in Exchange and it opens in Outlook, but GET https://graph.microsoft.com/v1.0/users/support@contoso.com/mailFolders/inbox/messages returns 403 ErrorAccessDenied. Scopes: User.Read Mail.Read' },
    { name: 'a delegate reading another user\'s calendar with the SDK', said: true, paste: "I'm a delegate on my manager's calendar. graphClient.Users[managerId].Calendar.Events.GetAsync() fails: Access is denied. Check credentials and try again. The app asks for Calendars.Read." },
    { name: 'the .Shared permission is already there', said: false, paste: 'I have Full Access to the shared mailbox and the app has Mail.Read.Shared, yet GET /users/support@contoso.com/messages returns 403 ErrorAccessDenied.' },
    { name: 'the user does not have access yet', said: false, paste: "I don't have access to the shared mailbox yet; GET /users/support@contoso.com/messages returns 403 ErrorAccessDenied." },
    { name: 'an app-only daemon, where .Shared permissions do not exist', said: false, paste: 'Client credentials flow (AcquireTokenForClient). The shared mailbox has full access granted to my account, but GET /users/support@contoso.com/messages returns 403 ErrorAccessDenied.' },
  ];
  for (const c of sharedMailbox) {
    it(`${c.said ? 'names' : 'does not name'} the missing .Shared permission for ${c.name}`, () => {
      const d = diagnose(c.paste);
      const said = d.causes.find((x) => x.id === 'permissions-missing')?.evidence.some((x) => x.includes('.Shared permission')) ?? false;
      assert.equal(said, c.said, d.causes.map((x) => `${x.id}:${x.points} ${x.evidence.join(' | ')}`).join('\n'));
      if (c.said) assert.equal(d.causes[0]?.id, 'permissions-missing');
    });
  }

  // A role the signed-in user lacks speaks for the user's access; an API's app roles or a role of the app's own service principal do not.
  const roles: { name: string; paste: string; userRole: boolean }[] = [
    { name: 'a user told the call needs an admin role', userRole: true, paste: 'PATCH /users/{id} returns 403 Authorization_RequestDenied. I am not an admin; the docs say it requires the User Administrator role.' },
    { name: "an API's missing app roles", userRole: false, paste: 'GET https://api.securitycenter.microsoft.com/api/indicators returns 403 {"error":{"code":"Forbidden","message":"Missing application roles. API required roles: Ti.ReadWrite.All, application roles: ."}}' },
    { name: "a directory role given to the daemon's service principal", userRole: false, paste: "Our daemon's service principal was given the User Administrator role, yet PATCH /users/{id} with passwordProfile returns 403 Authorization_RequestDenied." },
  ];
  for (const c of roles) {
    it(`${c.userRole ? 'reads' : 'does not read'} a role the user needs in ${c.name}`, () => {
      const evidence = diagnose(c.paste).causes.find((x) => x.id === 'user-access-or-license')?.evidence ?? [];
      assert.equal(evidence.some((x) => x.startsWith('A directory role is involved')), c.userRole, evidence.join(' | '));
    });
  }

  it('"has not consented" is no claim of consent', () => {
    const d = diagnose('AADSTS65001: The user or administrator has not consented to use the application with ID x.');
    assert.equal(d.causes[0]?.id, 'permissions-missing');
    assert.equal(d.causes[0]?.against.length, 0);
  });
});

describe('diagnosis/reasoning: a write in words', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const table: [string, string, boolean][] = [
    ['a write said in prose beside read permissions', 'Updating the event fails with 403. The app has Calendars.Read with admin consent.', true],
    ['adding a permission is the setup, not the failing call', 'We forgot to click "Grant admin consent" after adding Sites.Read.All (Application); the daemon gets 403 accessDenied on /sites/root.', false],
    ['a POST that reads, for which Microsoft lists read permissions, is no write', 'POST https://graph.microsoft.com/v1.0/copilot/retrieval -> 403 Forbidden. Delegated, Files.Read.All + Sites.Read.All consented.', false],
    ['a POST that writes, beside read permissions, still is one', 'POST https://graph.microsoft.com/v1.0/groups -> 403 Forbidden. The app has Group.Read.All consented.', true],
    ['adding a permission named with its API in quotes is the setup too', 'Get-AzureADTenantDetail : Code: Authentication_Unauthorized\nDo I need to add the "Azure Active Directory Graph" Directory.Read.All permission as well?', false],
    // PrintJob.ReadWriteBasic writes (https://learn.microsoft.com/graph/permissions-reference): no shortfall of read permissions.
    ['a ReadWriteBasic permission named beside read ones is a write permission', 'POST https://graph.microsoft.com/v1.0/print/shares/{id}/jobs -> 403. Scopes in the token: PrintJob.ReadWriteBasic, Printer.Read.All, User.Read.', false],
    ["a function named send in a Python traceback frame is no write", 'File "/usr/lib/python3/site-packages/requests/adapters.py", line 513, in send\n    raise ProxyError(e, request=request)\nThe app has User.Read.All (application).', false],
  ];
  for (const [name, paste, writes] of table) {
    it(name, () => assert.equal(readOnlyForWrite(extractEvidence(paste, { now })) !== undefined, writes));
  }
});

describe('diagnosis/reasoning: the service naming the permissions it wanted', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  const rows: [string, string, boolean][] = [
    ["Graph's own 403 for an app-only token", "Missing role permissions on the request. API requires one of 'Sites.Read.All'. Roles on the request 'User.Read.All'.", true],
    ["the sites API's message with 'granted'", 'Access to Site in Graph API requires the following permissions: Sites.Read.All. However, the application only has the following permissions granted: Files.Read.All', true],
    ["the sites API's message without 'granted'", 'Forbidden: Access to Site in Graph API requires the following permissions: Sites.Read.All or Sites.ReadWrite.All. However, the application only has the following permissions: Calendars.ReadWrite, Files.Read.All.', true],
    ['a person listing what they granted', 'I granted Sites.Read.All and Files.Read.All and still get 403 Forbidden.', false],
  ];
  for (const [name, paste, names] of rows) {
    it(name, () => assert.equal(serviceNamesMissingPermission(extractEvidence(paste, { now })) !== undefined, names));
  }
});

describe('diagnosis/reasoning: the needed permission named with the other type than the token\'s', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  // A user's token on POST /me/sendMail (it needs Mail.Send, delegated); the type follows the name after each separator people use.
  const call = 'Users sign in with the auth code flow. POST https://graph.microsoft.com/v1.0/me/sendMail -> 403 ErrorAccessDenied. Token: "scp": "User.Read". Registration: ';
  const rows: [string, string, boolean][] = [
    ['after a comma', 'Mail.Send, type Application', true],
    ['in brackets', 'Mail.Send (Application)', true],
    ['after a hyphen', 'Mail.Send - Application', true],
    ['after an en dash', 'Mail.Send – type Application', true],
    ['after an em dash', 'Mail.Send — type Application', true],
    ['after a type label in another language', 'Mail.Send (tipo: Application)', true],
    ['after a German type label', 'Mail.Send (Typ: Application)', true],
    ['of the token\'s own type', 'Mail.Send — type Delegated', false],
    // The portal's Type column read out.
    ['read out from the Type column', 'the Type column for Mail.Send says "Application"', true],
  ];
  // The tenant-wide twin of a permission Graph lists for a user's token, defined only as Application in Microsoft's data.
  const chats = 'Connect-MgGraph -ClientId {client-id} (browser sign-in as admin@contoso.com)\nGet-MgUserChat -UserId user@contoso.com\nMissing scope permissions on the request. API requires one of \'Chat.ReadBasic, Chat.Read, Chat.ReadWrite\'. Scopes on the request \'User.Read\'\n';
  const twins: [string, string, boolean][] = [
    ['a twin defined only as Application, said consented on its line', 'The app has Chat.ReadBasic.All with admin consent.', true],
    ['a twin defined as Delegated too', 'The app has Chat.ReadWrite.All with admin consent.', false],
    ['a twin only asked about, not granted', 'Should I add Chat.ReadBasic.All?', false],
    ['a twin said on its line not to be consented', 'Chat.ReadBasic.All - admin consent required - not granted for Contoso', false],
  ];
  const cases: [string, string, boolean][] = [...rows.map(([n, g, o]): [string, string, boolean] => [n, call + g, o]), ...twins.map(([n, g, o]): [string, string, boolean] => [n, chats + g, o])];
  for (const [name, paste, other] of cases) {
    it(name, () => assert.equal(neededPermissionOfOtherType(extractEvidence(paste, { now })) !== undefined, other));
  }
});

describe("diagnosis/reasoning: a Graph call's refusal answered with a web page", () => {
  const now = new Date('2026-12-08T00:00:00Z');
  const table: [string, boolean][] = [
    ['GET https://graph.microsoft.com/v1.0/users\nHTTP/1.1 403 Forbidden\nContent-Type: text/html; charset=utf-8\n\nAccess Denied by policy', true],
    ['GET https://graph.microsoft.com/v1.0/users\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n{"error":{"code":"Authorization_RequestDenied"}}', false],
    // The request sends HTML (a OneNote page): its content type is not the answer's.
    ['POST https://graph.microsoft.com/v1.0/me/onenote/pages\nContent-Type: text/html\n\n<html><body>x</body></html>\nHTTP/1.1 403 Forbidden\n{"error":{"code":"40004","message":"denied"}}', false],
    ['GET https://myapi.contoso.com/orders\nHTTP/1.1 401 Unauthorized\nContent-Type: text/html', false],
    // A client's logged response object (axios): its status, then its headers.
    ["AxiosError: Request failed with status code 403\n  config: { url: 'https://graph.microsoft.com/v1.0/groups', method: 'get' },\n  response: {\n    status: 403,\n    headers: { server: 'webgw', 'content-type': 'text/html', via: '1.1 webgw' },\n    data: '<html><h1>Access Denied</h1></html>'", true],
  ];
  for (const [paste, page] of table) {
    it(`${page ? 'reads' : 'does not read'} a web page answering the Graph call in ${JSON.stringify(paste.slice(0, 70))}`, () => assert.equal(htmlPageForGraphCall(extractEvidence(paste, { now })), page));
  }
});
