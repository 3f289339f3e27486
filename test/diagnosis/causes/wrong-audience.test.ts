import assert from 'node:assert/strict';
import { adviceFor } from '../../../src/diagnosis/advice.js';
import { verdicts } from '../../../src/diagnosis/causes/index.js';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { describeCause } from '../../helpers/cause-table.js';
import { delegated, mintToken, NOW } from '../../helpers/tokens.js';

describeCause('wrong-audience', {
  matches: [
    { name: "the MSAL sign-in result's idToken stored and sent to Graph as the bearer token", paste: "const loginResp = await pca.loginPopup({ scopes: ['User.Read', 'Mail.Read'] });\nsessionStorage.setItem('graphToken', loginResp.idToken);\nawait axios.get('https://graph.microsoft.com/v1.0/me/messages', { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('graphToken') } });\nRequest failed with status code 401. jwt.ms shows my name and exp an hour out; consent listed Mail.Read. What else can be wrong?" },
    { name: "MSAL Angular's protectedResourceMap asking Graph scopes for the developer's own API, which cannot verify its signature", paste: "Since msal-angular v3 our API answers every call with 401. I think the signing keys rotated?\nprotectedResourceMap: new Map([\n  ['https://graph.microsoft.com/v1.0/me', ['user.read']],\n  ['https://orders.contoso.net/api', ['user.read', 'mail.read']]\n])\nAPI log: IDX10511: Signature validation failed. Keys tried: '[PII is hidden]'.\npayload of the token: \"aud\": \"00000003-0000-0000-c000-000000000000\", \"scp\": \"Mail.Read User.Read\"" },
    { name: "a Graph token sent to the API Management front of an API that calls Graph on-behalf-of, its validate-jwt expecting the API's own audience", paste: 'APIM in front of our orders API, which then calls Graph OBO. validate-jwt:\n<audiences><audience>api://{client-id}</audience></audiences>\nThe SPA gets 401 "Unauthorized. Access token is missing or invalid."\nToken the SPA sends: "aud": "https://graph.microsoft.com", "scp": "openid profile User.Read email"' },
    { name: 'an Azure Resource Manager token sent to the Log Analytics query API', paste: 'const tk = await credential.getToken("https://management.azure.com/.default");\nconst res = await fetch(`https://api.loganalytics.io/v1/workspaces/${workspaceId}/query`, { method: "POST", headers: { Authorization: `Bearer ${tk.token}` } });\n403 {"error":{"message":"The provided authentication is not valid for this resource","code":"InvalidTokenError"}}\nThe managed identity has Log Analytics Reader on the workspace.' },
    { name: 'a token said to be for a Graph permission (User.Read), sent to the developer\'s own Azure Function behind App Service authentication', paste: 'My Azure Function (App Service Authentication on) returns 401 "You do not have permission to view this directory or page." when the SPA calls it with the token it got for User.Read.' },
    { name: "a Graph token sent to Azure AD Graph, whose URL names the tenant's domain (not a scope of that API)", paste: 'Calling https://graph.windows.net/contoso.onmicrosoft.com/users?api-version=1.6 with the token I got for https://graph.microsoft.com/.default returns 401 {"odata.error":{"code":"Authentication_MissingOrMalformed","message":{"lang":"en","value":"Access Token missing or malformed."}}}' },
    { name: 'the claims of an ID token quoted from jwt.ms (nonce, no scp) for a token sent to Graph', paste: 'SPA with msal-react. Graph answers 401 InvalidAuthenticationToken "Access token validation failure." on GET https://graph.microsoft.com/v1.0/me/messages. Is the token expiring too fast?\nDecoded in jwt.ms:\n{\n  "aud": "{client-id}",\n  "iss": "https://login.microsoftonline.com/{tenant-id}/v2.0",\n  "exp": 1795522800,\n  "name": "Megan Bowen",\n  "nonce": "0193a5e2",\n  "preferred_username": "meganb@contoso.com",\n  "ver": "2.0"\n}' },
    { name: "a Graph token refused by the API's own bearer strategy, the Graph call with it shown as the one that works", paste: "The token I get with acquireTokenAsync(\"https://graph.microsoft.com\", clientId) works fine against Graph itself, e.g. https://graph.microsoft.com/v1.0/users/{id}/photo/$value.\nWhen my Node.js app (passport-azure-ad, OIDCBearerStrategy) receives the same token, it fails:\n{ identityMetadata: 'https://login.microsoftonline.com/{tenant-id}/v2.0/.well-known/openid-configuration', audience: 'https://graph.microsoft.com' }\nauthentication failed due to: invalid signature" },
    { name: "a token from an Azure AD B2C user flow sent to Graph's /me", paste: 'Users sign in through our B2C_1_signupsignin user flow (contoso.b2clogin.com). With that access token GET https://graph.microsoft.com/v1.0/me returns 401 InvalidAuthenticationToken.' },
    { name: "a token whose audience, told in prose, is Graph's app id, sent to the developer's own API", paste: 'Signing in works, but the token audience always comes back as the GUID for Microsoft Graph (00000003-0000-0000-c000-000000000000), and our API answers 401 Unauthorized when I pass it as the bearer token.' },
    { name: "a Graph token refused by the API's own App Service authentication", paste: 'The Azure Function behind App Service authentication answers 401 Unauthorized to the token our SPA sends. Decoded: "aud": "00000003-0000-0000-c000-000000000000", "scp": "User.Read".' },
    { name: 'EWS named by its abbreviation alone, called with a token whose aud is Graph', paste: 'EWS request with OAuth fails: The remote server returned an error: (401) Unauthorized. The token I use has aud https://graph.microsoft.com.' },
    { name: "SharePoint Framework's AadHttpClient made for the developer's API, used to call Graph", paste: "SPFx web part: const client = await this.context.aadHttpClientFactory.getClient('api://contoso-api'); then client.get('https://graph.microsoft.com/v1.0/me', AadHttpClient.configurations.v1) returns 401 InvalidAuthenticationToken." },
    { name: "a Graph token given to the EWS Managed API's OAuthCredentials", paste: 'EWS with OAuth: ExchangeService.Credentials = new OAuthCredentials(token) where token was acquired for https://graph.microsoft.com/.default. Every call gives (401) Unauthorized.' },
    { name: "a token requested with Graph's .default scope, refused by the developer's own EasyAuth-protected app", paste: 'Our Function App sits behind EasyAuth. The caller gets its token with MSAL: AcquireTokenForClient(new[] { "https://graph.microsoft.com/.default" }). The token comes back fine, but the Function App answers 401 Unauthorized.' },
    { name: "a Graph token, said in words, refused by the developer's own Spring Boot API", paste: 'I pass the Graph access token from the SPA to our Spring Boot backend and it answers 401 Unauthorized: invalid token.' },
    { name: "Spring Security's own words for a Graph audience refused by the developer's resource server", paste: 'Spring Boot backend: com.nimbusds.jwt.proc.BadJWTException: JWT audience rejected: [00000003-0000-0000-c000-000000000000]. The frontend gets the token via MSAL with scope user.read.' },
    { name: "API Management's validate-jwt refusing a Graph audience (the mismatch written before the claim)", paste: 'Our API Management policy validate-jwt rejects the token: "JWT Validation Failed: Claim value mismatch: aud=https://graph.microsoft.com". The client requests .default for Graph.' },
    { name: "a US Government token on the global Graph endpoint, refused as another cloud's (InvalidCloudInstance), beside a bare challenge", paste: 'POST https://graph.microsoft.com/v1.0/$batch\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"\n{"error":{"code":"InvalidAuthenticationToken","message":"InvalidCloudInstance"}}\nWe connect with Connect-MgGraph -Environment USGov.' },
    { name: "Microsoft.IdentityModel refusing a token signed by another cloud instance", paste: 'Microsoft.IdentityModel.Validators.SecurityTokenInvalidCloudInstanceException: IDX40012: The cloud instance of the signing key does not match the cloud instance from configuration.' },
    { name: 'a token asked of Get-AzAccessToken for Exchange, sent to Graph', paste: '$t = (Get-AzAccessToken -ResourceUrl "https://outlook.office365.com").Token; Invoke-RestMethod https://graph.microsoft.com/v1.0/me/messages -Headers @{Authorization="Bearer $t"} -> 401' },
    { name: "a Key Vault scope's token sent to Graph, written in code", paste: 'var token = await new DefaultAzureCredential().GetTokenAsync(new TokenRequestContext(new[] { "https://vault.azure.net/.default" }));\nclient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);\nawait client.GetAsync("https://graph.microsoft.com/v1.0/users"); // 401' },
    { name: 'a Teams tab SSO token sent straight to "Graph"', paste: 'Using the access token from getAuthToken() in my Teams tab to call Graph directly returns 401.' },
    { name: 'a Teams SSO token sent to Graph while the exchange on the server is only asked about (Spanish)', paste: 'Estoy usando el token que me da getAuthToken del Teams SDK directamente en https://graph.microsoft.com/v1.0/me/joinedTeams y me devuelve 401 Unauthorized. ¿Tengo que hacer el flujo OBO en el backend?' },
    { name: "a token said to be for Exchange, sent to Graph", paste: 'We got a token for https://outlook.office365.com and call https://graph.microsoft.com/v1.0/me/messages. 401.' },
    { name: 'Graph says invalid audience', paste: 'GraphError: Access token validation failure. Invalid audience.\n statusCode: 401, code: "InvalidAuthenticationToken"', confident: true },
    { name: 'a token for Azure AD Graph sent to Microsoft Graph', paste: async () => `GET https://graph.microsoft.com/v1.0/groups\nAuthorization: Bearer ${await mintToken({ claims: { ...delegated('User.Read').claims, aud: 'https://graph.windows.net' } })}\n401 Unauthorized`, confident: true },
    { name: 'a SharePoint REST token on a Graph call', paste: async () => `client.api('/sites/root').get() fails 401; my token: ${await mintToken({ claims: { ...delegated('AllSites.Read').claims, aud: 'https://fabrikam.sharepoint.com' } })}`, confident: true },
    { name: 'a quoted aud of an own API', paste: 'Calling https://graph.microsoft.com/v1.0/me/events with the token from my SPA. Decoded: "aud": "api://contoso-orders", "scp": "access_as_user". Result: 401 InvalidAuthenticationToken "Access token validation failure."' },
    { name: 'an encrypted token sent to Graph', paste: async () => `GET https://graph.microsoft.com/v1.0/me 401 InvalidAuthenticationToken with ${await mintToken(delegated('User.Read'))}.eyJ6aXAiOiJERUYifQ.Zm9v`, confident: false },
    { name: 'a resource that the tenant does not know', paste: 'MSAL: AADSTS500011: The resource principal named https://graph.microsoft.com/User.Read was not found in the tenant named Fabrikam.' },
    { name: 'a Graph token sent to Azure AD Graph', paste: 'The same token works with Microsoft Graph, but GET https://graph.windows.net/myorganization/users?api-version=1.6 returns 401 Authentication_MissingOrMalformed' },
    { name: 'an on-behalf-of token for Graph sent to a SharePoint host named without a scheme', paste: 'Reading from Graph works. For the file I call acquireTokenOnBehalfOf(jwt, ["Files.Read.All"]) and send it to contoso.sharepoint.com, which answers 401 Unauthorized: the token is for Graph, not for the site.' },
    { name: "a Graph token sent to the developer's own API, named in prose", paste: 'Our Spring Boot API answers 401 "invalid token" for every call from the Angular app. The token it gets: {"aud": "00000003-0000-0000-c000-000000000000", "scp": "User.Read"}' },
    { name: 'a 401 from a function app once its Application ID URI is the resource asked for', paste: 'The web part calls our Azure Function through AadHttpClient. With the client id as resource it works; with the Application ID URI https://contoso.onmicrosoft.com/orders it fails with 401 Unauthorized.' },
    { name: "a token asked for bare Graph scopes (a Graph token), refused by the developer's own Easy Auth function", paste: "Calling my Azure Function with the token from MSAL gives 401 Unauthorized. The function has Easy Auth turned on. I'm requesting the token with scopes: ['openid','profile','User.Read']." },
    { name: "a token asked for a Graph scope told in prose, refused by the developer's own API", paste: 'I request the token with scope User.Read in the SPA and pass it to our backend API, which answers 401 Unauthorized.' },
    { name: "a Python API's signature check failing on a token the SPA got for Graph", paste: 'The SPA gets its token with scopes ["User.Read"] and sends it to our Flask service, which answers 401 Unauthorized and logs authlib.jose.errors.BadSignatureError: bad_signature' },
    { name: "a token the SPA got for its own API, sent to Graph (said in prose)", paste: 'I take the access token MSAL gives my React app for my API and pass it to graph.microsoft.com/v1.0/me. 401 InvalidAuthenticationToken.' },
    { name: 'a token said to be for another Microsoft API, sent to Graph', paste: 'The token was issued for the Azure Service Management API and I send it to Microsoft Graph.' },
    { name: "a token asked for the app's own API scope in code, then sent to Graph /me: no Graph permission is read from that scope", paste: 'Calling https://graph.microsoft.com/v1.0/me with the token I got from `msal.acquireTokenSilent({scopes: ["api://abc/access_as_user"]})` - 401 InvalidAuthenticationToken.' },
    { name: 'a token from Get-AzAccessToken said to be taken without -ResourceUrl, sent to Graph', paste: '401 Unauthorized when calling https://graph.microsoft.com/v1.0/me with the token from `Get-AzAccessToken` (no -ResourceUrl).' },
    { name: 'a token from Get-AzAccessToken with its default resource (Azure Resource Manager) sent to Graph', paste: '$token = (Get-AzAccessToken).Token; Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/users -Headers @{Authorization="Bearer $token"} -> 401 Unauthorized' },
    { name: 'a token from az account get-access-token with its default resource sent to Graph', paste: 'TOKEN=$(az account get-access-token --query accessToken -o tsv); curl -H "Authorization: Bearer $TOKEN" https://graph.microsoft.com/v1.0/me -> 401 InvalidAuthenticationToken' },
    { name: "a token named after another API (the bot's Bot Framework token) sent to Graph", paste: 'We use the Bot Framework token (turnContext adapter) to call Graph and get 401.' },
    { name: 'a 401 beside an api:// scope', paste: 'Front end asks for api://orders-api/read and the API answers 401 Unauthorized to every request.' },
    { name: 'a 401 from another Microsoft API (Defender), with nothing else said', paste: 'Our Python script calls https://api.securitycenter.microsoft.com/api/alerts and gets 401 Unauthorized.' },
    { name: "a token asked for global Graph, sent to a national cloud's Graph", paste: 'Our tenant is in GCC High. We request the token with scope https://graph.microsoft.com/.default and call https://graph.microsoft.us/v1.0/users: 401 Unauthorized, InvalidAuthenticationToken.' },
    { name: "a token asked with the app's own API scope, sent to Graph (said in prose)", paste: "When I call Microsoft Graph with the token from my Angular app I get 401. The token was requested with my backend API's scope, because the same token is also used for our own API." },
    { name: "a token from the China cloud's sign-in sent to the global Graph", paste: 'Our 21Vianet tenant app gets its token from login.chinacloudapi.cn and calls https://graph.microsoft.com/v1.0/users, which answers 401 InvalidAuthenticationToken.' },
    { name: "a US Government sign-in's token refused by the global Graph, whose challenge names the global sign-in", paste: 'Token from https://login.microsoftonline.us/{tenant}/oauth2/v2.0/token (client credentials). GET https://graph.microsoft.com/v1.0/groups -> 401 Unauthorized.\nWWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"' },
    { name: "a token from the US Government sign-in sent to the global Graph", paste: 'Token from https://login.microsoftonline.us/{tenant}/oauth2/v2.0/token (client credentials). GET https://graph.microsoft.com/v1.0/groups -> 401 Unauthorized.' },
    { name: "an IMAP login (SASL XOAUTH2) refused for a token the app asked for Graph", paste: 'Our mail poller gets its token with scope https://graph.microsoft.com/.default and logs in to outlook.office365.com:993: A1 AUTHENTICATE XOAUTH2 <token>\nA1 NO AUTHENTICATE failed.' },
    { name: "API Management's validate-jwt expecting the API's own client id, the validation said to fail on a Graph aud", paste: 'Our API Management validate-jwt policy has our client id as the audience, so validation fails: decoded, the token shows "aud": "00000003-0000-0000-c000-000000000000".' },
    { name: "the same in Japanese: validate-jwt's check fails (検証に失敗) on a Graph aud", paste: 'API Management の validate-jwt で自分のクライアント ID を audience に指定していますが、検証に失敗します。デコードすると "aud": "00000003-0000-0000-c000-000000000000" です。' },
    { name: 'IDX10214 whose refused audience and expected audience are the same value: leads, but asks', paste: "SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: '6e7f1c2a-0000-4000-8000-000000000001'. Did not match: validationParameters.ValidAudience: '6e7f1c2a-0000-4000-8000-000000000001' or validationParameters.ValidAudiences: 'null'.", confident: false },
    { name: 'an audience refused while the person says the aud matches the app id: leads, but asks', paste: 'After sign-in the callback throws RuntimeException: The audience is invalid! I decoded the token and the aud matches my app id.', confident: false },
    { name: 'a Graph token refused by the developer\'s own API, named in Japanese (自前のAPI)', paste: '自前のAPI (Express + jsonwebtoken) でトークンを検証すると JsonWebTokenError: invalid signature になります。payload: {"aud":"00000003-0000-0000-c000-000000000000","scp":"User.Read"}' },
    { name: 'a Graph token refused by the developer\'s own API, named in German (unsere API)', paste: 'Unsere API antwortet mit 401 Unauthorized: invalid token. Im Token steht "aud": "00000003-0000-0000-c000-000000000000".' },
    { name: "SharePoint Framework's AadHttpClient made for Graph, used on the developer's own API", paste: "const client = await this.context.aadHttpClientFactory.getClient('https://graph.microsoft.com');\nconst res = await client.get('https://contoso-api.azurewebsites.net/api/orders', AadHttpClient.configurations.v1);\n// 401 Unauthorized from our Azure Function (App Service Authentication)" },
    { name: "a token requested for the tenant's SharePoint host, sent to its OneDrive (-my) host", paste: 'Token from msal with scopes ["https://contoso.sharepoint.com/.default"], then GET https://contoso-my.sharepoint.com/personal/jdoe_contoso_com/_api/web -> 401 Unauthorized.' },
    { name: "a MailKit IMAP login (SaslMechanismOAuth2) refused for a token the app asked for Graph", paste: 'MailKit: AuthenticationException: AUTHENTICATE failed. The token comes from app.AcquireTokenForClient(new[] { "https://graph.microsoft.com/.default" }) and the login is imap.AuthenticateAsync(new SaslMechanismOAuth2(user, result.AccessToken)).' },
    { name: "an SMTP AUTH submission (host and port only) refused for a token asked for Graph", paste: 'Sending through smtp.office365.com:587 with a token from scope https://graph.microsoft.com/.default: 535 5.7.3 Authentication unsuccessful.' },
    { name: "IMAP named by its protocol only, the token's password-like use beside it", paste: 'I put the OAuth access token where the IMAP password goes (XOAUTH2) and the server answers NO AUTHENTICATE failed, while basic auth with the password works.' },
    { name: "the token used for Graph, told by the Graph URL it is used to call, refused by Dataverse", paste: 'Dataverse Web API returns HTTP 401 with WWW-Authenticate: Bearer error=invalid_token, error_description="The access token is invalid." It is the same access token I use to call https://graph.microsoft.com/v1.0/me, requested with scopes ["User.Read"].' },
    { name: "a Graph token sent to Teams' Bot Connector service URL", paste: 'POST https://smba.trafficmanager.net/emea/v3/conversations/{id}/activities returns 401 Authorization has been denied for this request. The bot sends the token it got with scope https://graph.microsoft.com/.default.' },
    { name: 'an IMAP login with a token asked for Graph-prefixed scopes, the scopes one a line, by an Outlook.com account', paste: "const tokenParams = { scope: [\n  'offline_access',\n  'https://graph.microsoft.com/Mail.Read',\n  'https://graph.microsoft.com/IMAP.AccessAsUser.All'\n] };\nconst imap = new Imap({ user: 'someone@outlook.com', xoauth2: token, host: 'outlook.office365.com', port: 993, tls: true });\n// Error: AUTHENTICATE failed" },
    { name: 'a Graph token checked on jwt.io, its signature refused (no API of the developer named)', paste: 'Decoded the access token on jwt.io: "aud": "https://graph.microsoft.com". jwt.io shows "Invalid Signature" even after I paste the public key from the discovery keys endpoint.' },
    { name: "IDX10511 from a middleware beside a Graph aud told in prose", paste: "Our middleware rejects the token: IDX10511: Signature validation failed. Keys tried: '[PII is hidden]'. The token's aud is 00000003-0000-0000-c000-000000000000." },
    { name: 'a pasted Graph token that a JWT library refuses for its signature', paste: async () => `jwt.verify(token, key) throws JsonWebTokenError: invalid signature for ${await mintToken(delegated('User.Read'))}` },
  ],
  ignores: [
    // PnP PowerShell asks for the tenant's SharePoint token itself: its SharePoint calls carry a token issued for SharePoint.
    { name: "PnP PowerShell signed in interactively to the SharePoint admin site, a tenant cmdlet refused", paste: 'PS> Connect-PnPOnline -Url https://contoso-admin.sharepoint.com -Interactive -ClientId $pnpAppId\nPS> Set-PnPTenantSite -Url https://contoso.sharepoint.com/sites/Legal -Owners jan@contoso.com\nSet-PnPTenantSite: Access denied. You do not have permission to perform this action or access this resource.\nI am the owner of the Legal site, not a SharePoint admin.' },
    // IMAP's own word that it took the token: the mailbox, not the audience, is what failed after it.
    { name: "an app-only IMAP session the server authenticated, then could not connect to the mailbox", paste: 'imapsync, app-only token for our app (IMAP.AccessAsApp, consented).\nHost1: success login on [outlook.office365.com] with user [finance@contoso.com] auth [XOAUTH2]\nSending: 4 LIST "" "*"\nRead: 4 BAD User is authenticated but not connected.\nFullAccess was given to the app on archive-finance@ for the dry run. Same token, same app.' },
    // The token was asked for Exchange by its own IMAP scope and goes to Exchange: the audience fits.
    { name: "an IMAP login with a token asked for by Exchange's own IMAP scope, refused for one user only", paste: 'Node + imapflow, delegated token of the signed-in agent (scope https://outlook.office.com/IMAP.AccessAsUser.All), opening the shared sales@ box.\nWorks for Tom and Priya. For Marco:\nC: 2 AUTHENTICATE XOAUTH2 ****\nS: 2 OK AUTHENTICATE completed.\nS: 3 BAD User is authenticated but not connected.\nMarco started last week.' },
    { name: "SharePoint REST answering 404 'does not exist' to a Power Automate request under the owner's connection: the service read the request", paste: "Power Automate \"Send an HTTP request to SharePoint\", connection with my account (site owner):\nGET _api/web/GetFileByServerRelativeUrl('/sites/Legal/Documentos compartidos/NDA.docx')\n{\"status\": 404, \"message\": \"The file /sites/Legal/Documentos compartidos/NDA.docx does not exist.\", \"source\": \"https://contoso.sharepoint.com/sites/Legal/_api/web/GetFileByServerRelativeUrl(...)\"}" },
    { name: "SharePoint REST's not-found for a list named by its URL, the token's aud that very SharePoint host", paste: "GET https://contoso.sharepoint.com/sites/finance/_api/web/lists/getbytitle('Invoices')/items\n-> 404 {\"odata.error\":{\"code\":\"-1, System.ArgumentException\",\"message\":{\"value\":\"List 'Invoices' does not exist at site with URL 'https://contoso.sharepoint.com/sites/finance'.\"}}}\ntoken: \"aud\": \"https://contoso.sharepoint.com\", \"scp\": \"AllSites.Read\"\nIs the token the problem?" },
    { name: "a token whose quoted aud is the developer's own API, sent to that API", paste: 'Token for api://orders-api/.default, aud in jwt.ms is api://orders-api.\nPOST https://contoso.azure-api.net/orders/v1/search\nHTTP/1.1 401 Access Denied\n{ "statusCode": 401, "message": "Access denied due to missing subscription key." }\nThe backend calls Graph /users.' },
    { name: 'a signature refused after the token was edited by hand, its audience unchanged', paste: 'Our API answers 401 "The signature is invalid". I edited the token in jwt.io to add a role claim; aud is still our api://{client-id}.' },
    { name: 'a token for a Graph permission sent to Graph itself, refused for lack of another permission', paste: 'GET https://graph.microsoft.com/v1.0/users returns 403 Authorization_RequestDenied "Insufficient privileges to complete the operation." The token I got for User.Read works for /me.' },
    // Azure Functions names the exception's source library ("Microsoft.Graph.Core:"): the Graph SDK threw Graph's refusal.
    { name: "a Graph token's expiry thrown by the Graph SDK inside a function app", paste: "[2024-06-14T09:15:03Z] System.Private.CoreLib: Exception while executing function: Functions.SyncBookings. Microsoft.Graph.Core: Lifetime validation failed, the token is expired.\n_token = cred.GetToken(new TokenRequestContext(new[]{\"https://graph.microsoft.com/.default\"})).Token; // once, in the static ctor\nEvery run after ~70 min fails until we restart the function app." },
    { name: 'a Graph call that fails, the token told as the one used for it', paste: 'GET https://graph.microsoft.com/v1.0/me/drive returns 401 InvalidAuthenticationToken: Lifetime validation failed, the token is expired. It is the same access token I use to call https://graph.microsoft.com/v1.0/me, cached for two hours.' },
    { name: 'a token requested for the very SharePoint host it is sent to', paste: 'Token from msal with scopes ["https://contoso.sharepoint.com/.default"], then GET https://contoso.sharepoint.com/sites/hr/_api/web -> 401 Unauthorized.' },
    { name: 'an app of several clouds naming both sign-ins: which one the token came from is not said', paste: 'Our app is multi-cloud: commercial tenants sign in at login.microsoftonline.com, GCC High ones at login.microsoftonline.us. For a commercial tenant GET https://graph.microsoft.com/v1.0/users returns 403 Authorization_RequestDenied.' },
    { name: 'a mail poller moved from POP3 to Graph: the old protocol is history, the Graph token is for Graph', paste: 'Since basic auth for POP3 was turned off we switched to Microsoft Graph: client credentials, scope https://graph.microsoft.com/.default, Mail.Read application permission. Listing messages gives ErrorAccessDenied.' },
    { name: 'a mail poller moved from IMAP to Graph', paste: 'We moved our mail poller from IMAP to the Graph API. The token is requested with scope https://graph.microsoft.com/.default (client credentials) and reading the shared mailbox fails with 403 ErrorAccessDenied: Access is denied. Check credentials and try again.' },
    { name: "a national cloud's sign-in with its own Graph", paste: 'China tenant: token endpoint https://login.partner.microsoftonline.cn/{tenant}/oauth2/v2.0/token. GET https://microsoftgraph.chinacloudapi.cn/v1.0/users returns 403 Authorization_RequestDenied.' },
    { name: "a B2C tenant's Graph token taken from Microsoft Entra ID's own endpoint (the supported way), refused for another reason", paste: 'Managing users of our Azure AD B2C tenant: POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token with scope https://graph.microsoft.com/.default and client credentials, then GET https://graph.microsoft.com/v1.0/users returns 401 InvalidAuthenticationToken "Access token has expired or is not yet valid."' },
    { name: "a Graph SDK call whose SharePoint site id names the SharePoint host (an argument, not the API called)", paste: 'Token for https://graph.microsoft.com/.default (client credentials).\nsite_drive = await graph_client.sites.by_site_id("contoso.sharepoint.com,1111,2222").drive.get()\nODataError: 403 accessDenied "Access denied"' },
    { name: 'a Key Vault token for Key Vault beside a Graph scope for Graph (two tokens)', paste: 'credential.GetToken(new TokenRequestContext(new[] { "https://vault.azure.net/.default" })) for the secret, then scopes = ["https://graph.microsoft.com/.default"] for GET https://graph.microsoft.com/v1.0/users, which returns 403 Authorization_RequestDenied.' },
    { name: "a national cloud's Graph asked for and called alike", paste: 'GCC High: scope https://graph.microsoft.us/.default, then GET https://graph.microsoft.us/v1.0/users returns 401 InvalidAuthenticationToken: Lifetime validation failed, the token is expired.' },
    { name: 'a 403 from SharePoint REST: the token was accepted there', paste: "GET https://contoso.sharepoint.com/_api/web/lists/getbytitle('Docs')/items returns 403: Access denied. You do not have permission to perform this action or access this resource." },
    { name: "the developer's own API that calls Graph on-behalf-of", paste: 'My API exchanges the incoming token with AcquireTokenOnBehalfOf and calls Graph; the new token has "aud": "00000003-0000-0000-c000-000000000000" and Graph answers 403 Authorization_RequestDenied.' },
    { name: "the developer's own EasyAuth app calling Graph with a Graph token (the Graph call is the failing one)", paste: 'Our Function App behind EasyAuth gets a token for https://graph.microsoft.com/.default and calls GET https://graph.microsoft.com/v1.0/users, which returns 403 Authorization_RequestDenied: Insufficient privileges to complete the operation.' },
    { name: 'a SharePoint host inside a Graph site path', paste: 'GET https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/hr returns 403 accessDenied with my Graph token' },
    { name: 'a token whose audience is Graph and which has expired', paste: async () => `401 InvalidAuthenticationToken ${await mintToken({ ...delegated('User.Read'), issuedAt: -30000 })}` },
    { name: 'an own-API token checked by that API in an on-behalf-of flow', paste: async () => `our API validates the incoming token before the OBO call to graph and throws TokenExpiredError: jwt expired ${await mintToken({ claims: { ...delegated('access_as_user').claims, aud: 'api://orders' }, issuedAt: -20000 })}` },
    { name: 'a token for our API, exchanged on-behalf-of before Graph is called', paste: 'Our API receives the token for our API, exchanges it with AcquireTokenOnBehalfOf and calls graph.microsoft.com/v1.0/me: 403 Authorization_RequestDenied.' },
    { name: 'an Application ID URI beside a 403: the token was accepted', paste: 'Set the Application ID URI to api://orders and granted Orders.Read; GET /orders now returns 403 Forbidden.' },
    { name: 'a SharePoint token sent to SharePoint itself', paste: 'The token was issued for SharePoint and I call https://contoso.sharepoint.com/_api/web/lists: 403 Forbidden.' },
    { name: 'the Azure CLI asked for a Graph token', paste: 'TOKEN=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv); curl -H "Authorization: Bearer $TOKEN" https://graph.microsoft.com/v1.0/me -> 403 Forbidden' },
    { name: 'a SharePoint token sent to SharePoint', paste: 'We use the SharePoint token to call https://contoso.sharepoint.com/_api/web and get 403.' },
    { name: "a token asked for with SharePoint's own .default scope and sent to SharePoint: the audience fits", paste: "App-only with a certificate: scopes = ['https://contoso.sharepoint.com/.default'], then GET https://contoso.sharepoint.com/sites/hr/_api/web returns 401 Unauthorized." },
    { name: "SharePoint's own access denied (System.UnauthorizedAccessException) without a 401: the token was accepted there", paste: 'sp.site.createCommunicationSite("Test", 1033, true, "https://contoso.sharepoint.com/sites/test") fails with "code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied. You do not have permission to perform this action or access this resource."}' },
    { name: 'a Graph token whose signature Graph itself refused (the failing call goes to Graph)', paste: "GET https://graph.microsoft.com/v1.0/me returns 401 InvalidAuthenticationToken: signature validation failed. The token's aud is https://graph.microsoft.com; I edited the payload by hand to add a scope." },
    { name: 'a Graph aud with the signature said to be fine, beside a 403', paste: "The token's aud is 00000003-0000-0000-c000-000000000000 and there is no invalid signature on jwt.io. Listing groups gives 403 Authorization_RequestDenied: Insufficient privileges to complete the operation." },
    { name: 'a missing permission', paste: '{"error":{"code":"ErrorInsufficientPermissionsInAccessToken","message":"Exception of type ProfileAccessDeniedException was thrown."}}' },
  ],
});

describe('cause wrong-audience: the resource a token command names', () => {
  it('says which resource the Get-AzAccessToken token was asked for, not only that Exchange takes part', () => {
    const d = diagnose('$t = (Get-AzAccessToken -ResourceUrl "https://outlook.office365.com").Token; Invoke-RestMethod https://graph.microsoft.com/v1.0/me/messages -Headers @{Authorization="Bearer $t"} -> 401');
    assert.equal(d.causes[0]?.id, 'wrong-audience');
    assert.match(d.causes[0]?.evidence[0] ?? '', /requested for Exchange Online \/ Outlook REST/);
  });
});

describe('cause wrong-audience: a sign-in that failed issued no token', () => {
  // Written for this test: the SharePoint site is only where the module connects; the scope in the
  // AADSTS message was asked for and refused, so no Graph token went anywhere.
  const rows = [
    { name: 'a PnP module whose client-credentials request was refused (AADSTS1002012)', paste: 'Connect-PnPOnline -Url https://fabrikam.sharepoint.com/sites/ops -ClientId $app -Thumbprint $thumb -Tenant fabrikam.onmicrosoft.com\nGet-PnPMicrosoft365GroupOwner -Identity Finance\nGet-PnPMicrosoft365GroupOwner: AADSTS1002012: The provided value for scope Group.Read.All is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).' },
    { name: 'a consent error while signing in to a SharePoint site with Graph scopes', paste: 'Sign-in to https://fabrikam.sharepoint.com/sites/ops from our script stops at AADSTS65001: The user or administrator has not consented to use the application with ID {app-id}. Scopes asked: ["Sites.Read.All"]' },
  ];
  for (const row of rows) {
    it(`does not say a Graph token went to SharePoint for ${row.name}`, () => {
      const wa = diagnose(row.paste).causes.find((c) => c.id === 'wrong-audience');
      assert.ok(!wa?.evidence.some((x) => /token was issued for Microsoft Graph/.test(x)), wa?.evidence.join(' | '));
    });
  }
  it('still reads a Graph token sent to SharePoint once SharePoint answered 401', () => {
    const d = diagnose('The token is requested with scope https://graph.microsoft.com/.default and sent to https://fabrikam.sharepoint.com/_api/web, which answers 401 Unauthorized. Earlier the sign-in had failed with AADSTS65001 until an admin consented.');
    const wa = d.causes.find((c) => c.id === 'wrong-audience');
    assert.ok(wa?.evidence.some((x) => /token was issued for Microsoft Graph/.test(x)), wa?.evidence.join(' | '));
  });
});

describe('cause wrong-audience: another Microsoft API beside a 403', () => {
  // Written for this test. A 403 says the token was accepted, so the audience never leads on it
  // alone; but another API's roles live on its own resource, so it stays among the runners-up.
  it('lists the audience among the first three for a 403 from the Defender API', () => {
    const d = diagnose('Our daemon calls https://api.securitycenter.microsoft.com/api/alerts with a token from client credentials and gets 403 Forbidden: {"error":{"code":"Forbidden","message":"The application does not have any of the required application permissions"}}');
    assert.notEqual(d.causes[0]?.id, 'wrong-audience');
    assert.ok(d.causes.slice(0, 3).some((c) => c.id === 'wrong-audience'), d.causes.map((c) => `${c.id}:${c.points}`).join(', '));
  });
  it('does not list it for that API\'s own token said to be used there', () => {
    const d = diagnose('We use the SharePoint token to call https://contoso.sharepoint.com/_api/web and get 403 Forbidden.');
    const wa = d.causes.find((c) => c.id === 'wrong-audience');
    assert.ok(!wa?.evidence.some((x) => x.includes('takes part')), wa?.evidence.join(' | '));
  });
});

describe('cause wrong-audience: a request that crosses national clouds', () => {
  // Written for these tests: Entra's cross-cloud codes with nothing else beside them.
  const rows = [
    { name: 'a confidential client asking across clouds (AADSTS900432)', paste: 'Token request failed: AADSTS900432: Confidential Client is not supported in Cross Cloud request.\nOur tenant is GCC High.' },
    { name: 'the same told by its older number (AADSTS900382)', paste: 'Connect-PnPOnline -ClientId $id -ClientSecret $secret fails: AADSTS900382: Confidential Client is not supported in Cross Cloud request.' },
    { name: "a tenant of another cloud than the sign-in endpoint's (AADSTS90038)", paste: "AADSTS90038: NationalCloudTenantRedirection - The specified tenant 'contoso.onmicrosoft.us' belongs to the National Cloud 'USGov'. Current cloud instance 'Prod' does not federate with USGov." },
  ];
  for (const row of rows) {
    it(`answers wrong-audience first for ${row.name}, with the cloud check first among the checks`, () => {
      const d = diagnose(row.paste);
      assert.equal(d.causes[0]?.id, 'wrong-audience', d.causes.map((c) => `${c.id}: ${c.evidence[0]}`).join(' | '));
      const v = verdicts.find((x) => x.id === 'wrong-audience');
      assert.ok(v);
      const advice = adviceFor(v, d.facts.situations);
      assert.match(advice.fix, /tenant's own cloud/);
      assert.equal(advice.checks[0]?.title, "Sign-in, app and Graph are all in the tenant's cloud");
    });
  }
  it('keeps the cloud check off a global-cloud audience mix-up', () => {
    const v = verdicts.find((x) => x.id === 'wrong-audience');
    assert.ok(v);
    const paste = 'GET https://graph.microsoft.com/v1.0/users -> 401 InvalidAuthenticationToken: Access token validation failure. Invalid audience. Token aud: https://graph.windows.net';
    assert.ok(!adviceFor(v, diagnose(paste).facts.situations).checks.some((c) => c.title.includes("tenant's cloud")));
  });
});

describe('cause wrong-audience: a Graph token sent to another API, only when the paste says which token went', () => {
  // Written for this test: both scopes were tried, so the Graph one is not shown to be what the server refused.
  it("does not say a Graph token reached Exchange when Exchange's own scope was tried too", () => {
    const paste = 'SMTP through smtp.office365.com:587 fails: 535 5.7.3 Authentication unsuccessful. I tried oauth2_scope = https://outlook.office365.com/SMTP.Send offline_access and also oauth2_scope = https://graph.microsoft.com/SMTP.Send offline_access.';
    const wa = diagnose(paste).causes.find((c) => c.id === 'wrong-audience');
    assert.ok(!wa?.evidence.some((x) => x.includes('issued for Microsoft Graph')), wa?.evidence.join(' | '));
    assert.equal(diagnose(paste).confident, false);
  });
});

describe('cause wrong-audience: a token whose audience is the one the API accepts', () => {
  const aud = 'api://orders-api';
  const paste = (configured: string): string =>
    `Our Web API validates tokens itself before calling Graph on-behalf-of the user:\nSecurityTokenSignatureKeyNotFoundException: IDX10501: Signature validation failed. Unable to match key: kid: '{kid}'.\ntoken: '{"alg":"RS256","kid":"{kid}"}.{"aud":"${aud}","scp":"Orders.ReadWrite","ver":"2.0"}'\nvar tvp = new TokenValidationParameters { ValidAudience = "${configured}", IssuerSigningKey = new X509SecurityKey(cert) };`;
  it('does not answer confidently that the audience is wrong when the API is set to accept exactly it', () => {
    const d = diagnose(paste(aud), { now: NOW });
    assert.ok(!(d.confident && d.causes[0]?.id === 'wrong-audience'), d.causes.map((c) => `${c.id}:${c.points}`).join(' '));
    assert.ok(d.causes.find((c) => c.id === 'wrong-audience')?.against.some((x) => /configured to accept/.test(x)));
  });
  it("does not take IDX10214's list of the token's own audiences for the audience the API accepts", async () => {
    const token = await mintToken({ claims: { aud: 'https://graph.microsoft.com', scp: 'User.Read', idtyp: 'user' } });
    const d = diagnose(`My API (api://orders) rejects the call: IDX10214: Audience validation failed. Audiences: 'https://graph.microsoft.com'. Did not match: validationParameters.ValidAudience: 'api://orders' or validationParameters.ValidAudiences: 'null'.\nAuthorization: Bearer ${token}`, { now: NOW });
    assert.equal(d.causes[0]?.id, 'wrong-audience');
    assert.equal(d.confident, true);
    assert.ok(!d.causes[0]?.against.some((x) => /configured to accept/.test(x)), d.causes[0]?.against.join(' | '));
  });
  // A Logic App's managed-identity authentication names the resource the token is asked for
  // (https://learn.microsoft.com/azure/logic-apps/authenticate-with-managed-identity): nobody sets Microsoft's APIs to accept it.
  it("reads a Microsoft API's resource written as `audience` as the token asked for, not as what Graph accepts", () => {
    const d = diagnose('Logic App HTTP action:\n"uri": "https://graph.microsoft.com/v1.0/users/{upn}/manager",\n"authentication": { "type": "ManagedServiceIdentity", "audience": "https://graph.windows.net/" }\noutput: 401 {"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure."}}', { now: NOW });
    assert.equal(d.causes[0]?.id, 'wrong-audience');
    assert.ok(!d.causes.some((c) => c.against.some((x) => /configured to accept/.test(x))));
  });
  it('still reads the audience as another API when the API expects a different one', () => {
    const d = diagnose(paste('api://billing-api'), { now: NOW });
    assert.ok(!d.causes.find((c) => c.id === 'wrong-audience')?.against.some((x) => /configured to accept/.test(x)));
  });
});

// A scope named without its resource is Microsoft Graph's (https://learn.microsoft.com/entra/identity-platform/scopes-oidc),
// so "the token it got for User.Read" is a Graph token, whichever way it is said.
describe('wrong-audience: a token said in words to be for a Graph permission', () => {
  const table = [
    { name: 'sent to the developer\'s own Azure Function', paste: 'My Azure Function (App Service Authentication on) returns 401 "You do not have permission to view this directory or page." when the SPA calls it with the token it got for User.Read.' },
    { name: 'sent to our backend API, the sentence ending on the permission', paste: 'Our backend API (AddMicrosoftIdentityWebApi) answers 401 to every call from the SPA, which sends the access token for Mail.Read.' },
  ];
  for (const row of table) {
    it(`says the API received a Graph token: ${row.name}`, () => {
      const top = diagnose(row.paste, { now: NOW }).causes[0];
      assert.equal(top?.id, 'wrong-audience');
      assert.match(top?.evidence[0] ?? '', /audience is Microsoft Graph/);
    });
  }
});

// On-behalf-of takes the token the API received for itself (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow).
describe('cause wrong-audience: a Graph token passed to on-behalf-of', () => {
  it('names the Graph audience of the assertion among the causes', () => {
    const d = diagnose('Node API, acquireTokenOnBehalfOf for Mail.Read with the token the SPA got for User.Read:\nServerError: invalid_grant: AADSTS50013: Assertion failed signature validation.\ndecoded incoming token: { "aud": "00000003-0000-0000-c000-000000000000", "scp": "openid profile User.Read email" }', { now: NOW });
    const wa = d.causes.find((c) => c.id === 'wrong-audience');
    assert.ok(wa?.evidence.some((x) => x.startsWith('The token passed to on-behalf-of is one issued for Microsoft Graph')), wa?.evidence.join(' | '));
    assert.ok(d.causes.slice(0, 3).some((c) => c.id === 'wrong-audience'));
  });
  it('says nothing of it outside on-behalf-of', () => {
    const d = diagnose('Client credentials: invalid_grant AADSTS50013: Assertion failed signature validation. token: { "aud": "00000003-0000-0000-c000-000000000000" }', { now: NOW });
    assert.ok(!d.causes.some((c) => c.evidence.some((x) => x.startsWith('The token passed to on-behalf-of'))));
  });
});
