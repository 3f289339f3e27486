import { describeCause } from '../../helpers/cause-table.js';
import { appOnly, delegated, mintToken } from '../../helpers/tokens.js';

describeCause('permissions-missing', {
  matches: [
    { name: "a sync job told by the API that the token's roles claim lacks what it requires", paste: 'After moving the plugin to a new server the course sync cron prints: Could not create educationClass group for course #12. Reason: Error in API call: Required roles claim values are not provided.' },
    { name: "Graph's roles on the request (an app-only token) missing the one the endpoint lists", paste: "GET /users/{id}/chats/getAllMessages from Postman: {\"error\":{\"code\":\"Forbidden\",\"message\":\"Missing role permissions on the request. API required one of 'Chat.Read.All'. Roles on the request 'Chat.ReadWrite.All'\"}} The app has Chat.ReadWrite.All, admin consented." },
    { name: 'consent said to be forgotten explains a token without roles', paste: 'We added Mail.Send (Application) but forgot to click Grant admin consent; the token has no roles claim. POST /users/{id}/sendMail returns 403.' },
    { name: 'the portal named only as where the app was registered, not as the client that failed', paste: 'I registered the app in the Azure portal. Calling GET https://graph.microsoft.com/v1.0/users from my web app returns 403 Authorization_RequestDenied: Insufficient privileges to complete the operation.' },
    { name: 'the directory code glued to the next word by a logger, with its message', paste: 'ListUsers failed: Authorization_RequestDeniedmsg: Insufficient privileges to complete the operation. The app has Files.Read and User.Read.All, admin consent granted.' },
    { name: "Exchange's denial kept as its message only, without the code", paste: 'mail sync failed: Access is denied. Check credentials and try again.' },
    { name: 'the consent screen saying only an admin can grant the permission', paste: 'Sign-in stops on a page: "Contoso Reports needs permission to access resources in your organization that only an admin can grant."', confident: false },
    { name: 'the consent screen title, pasted in French', paste: 'Après la connexion: "Approbation administrateur requise" pour mon application.' },
    { name: "a sign-in that asks only for User.Read, then a calendar call ('my app only requests' is no app-only flow)", paste: 'My app only requests User.Read at sign-in and now I call /me/calendars and get 403 ErrorAccessDenied.' },
    { name: 'a delegated token without the scope the endpoint needs', paste: async () => `GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer ${await mintToken(delegated('User.Read openid profile'))}\nHTTP/1.1 403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}`, confident: true },
    { name: 'an app-only token with the wrong role', paste: async () => `POST https://graph.microsoft.com/v1.0/users/ops@fabrikam.example/sendMail\nAuthorization: Bearer ${await mintToken(appOnly(['Mail.Read']))}\n403 {"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}`, confident: true },
    { name: 'a service the tenant has no service principal for (AADSTS650052): consent may create it, but the tenant may lack the service, so not confident', paste: "AADSTS650052: The app needs access to a service ('https://contoso-svc.example') that your organization has not subscribed to or enabled. Contact your IT Admin to review the configuration of your service subscriptions.", confident: false },
    { name: 'consent never granted', paste: 'MSAL: invalid_grant AADSTS65001: The user or administrator has not consented to use the application with ID 12. Send an interactive authorization request for this user and resource.', confident: true },
    { name: 'admin approval required', paste: 'Sign-in page: "Need admin approval" — AADSTS90094: The grant requires admin permission.', confident: true },
    { name: 'an app with no service principal in the tenant', paste: 'Code: Authorization_IdentityNotFound\nMessage: The identity of the calling application could not be established.', confident: false },
    { name: 'Graph names the permission it wanted', paste: 'ODataError: Missing role permissions on the request. API requires one of \'Group.Read.All, Directory.Read.All\'. Roles on the request \'User.Read.All\'.' },
    { name: 'scopes in code that lack the one needed', paste: "const scopes = ['User.Read', 'Calendars.Read'];\nawait client.api('/groups').get();\nGraphError: statusCode 403, code: 'Authorization_RequestDenied', Insufficient privileges to complete the operation." },
    { name: 'Graph PowerShell connected with too narrow scopes', paste: 'Connect-MgGraph -Scopes "User.Read"\nGet-MgUser -All\nGet-MgUser_List: Insufficient privileges to complete the operation.\nStatus: 403 (Forbidden)\nErrorCode: Authorization_RequestDenied', confident: true },
    { name: 'C# scopes without the one needed', paste: 'var scopes = new[] { "User.Read", "Mail.Read" };\nvar groups = await graphClient.Groups.GetAsync();\nODataError: Insufficient privileges to complete the operation. Status 403' },
    { name: 'a subscription-level Azure role taken for a Graph permission', paste: 'Our managed identity is Contributor on the subscription, yet GET /v1.0/users returns 403 Authorization_RequestDenied "Insufficient privileges to complete the operation."' },
    { name: 'reading channel messages app-only: a protected Teams API that Microsoft must approve', paste: 'Our daemon (client credentials) reads channel messages: GET https://graph.microsoft.com/v1.0/teams/{id}/channels/{id}/messages returns 403 Forbidden.' },
    { name: 'Sites.Selected with the grant on the site said not to be made', paste: 'Our app has Sites.Selected (application) with admin consent. GET https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/hr returns 403 accessDenied. We haven\'t granted the app anything on the site itself.' },
  ],
  ignores: [
    { name: 'a token that already carries the permission', paste: async () => `GET https://graph.microsoft.com/v1.0/me/messages\nAuthorization: Bearer ${await mintToken(delegated('Mail.Read User.Read'))}\n404 {"error":{"code":"MailboxNotEnabledForRESTAPI","message":"The mailbox is either inactive, soft-deleted, or is hosted on-premise."}}` },
    { name: 'scp or roles missing altogether', paste: 'Get-MgUser : Either scp or roles claim need to be present in the token. Status: 401 (Unauthorized)' },
    { name: 'throttling', paste: '{"error":{"code":"TooManyRequests","message":"Too many requests from Identifier under category throttle. Please try again later."}} Retry-After: 10' },
  ],
});
