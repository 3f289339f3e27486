import assert from 'node:assert/strict';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { describeCause } from '../../helpers/cause-table.js';
import { delegated, mintToken } from '../../helpers/tokens.js';

describeCause('token-invalid', {
  matches: [
    { name: "AADSTS700027's words without the code: a renewed certificate never uploaded to the app registration", paste: "Since the PKI renewed our certificate Connect-MgGraph fails:\nClientCertificateCredential authentication failed: The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found.]\nThe app still has its application permissions with admin consent." },
    { name: "AADSTS50173's words without the code: the stored refresh token revoked by a password reset", paste: "{\"name\":\"InteractionRequiredAuthError\",\"errorCode\":\"invalid_grant\",\"errorMessage\":\"The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.\"}\nThe worker uses a stored refresh token of a service account whose password the helpdesk reset yesterday." },
    { name: "Graph's own expiry refusal raised by the Graph SDK, another API named only as tried with the same token", paste: 'Archive service (Graph SDK 5) runs fine for a few hours, then every call:\nMicrosoft.Graph.Models.ODataErrors.ODataError: Lifetime validation failed, the token is expired.\nWe fetch the token once at start (ClientSecretCredential, scope https://graph.microsoft.com/.default) and hand out the stored string. Is it the audience, since we also tried the same token for EWS?' },
    // An expiry comes and goes by nature: a token ages out, is renewed, and ages out again.
    { name: 'an expiry said to come now and then', paste: 'Intermittently we get 401 InvalidAuthenticationToken "Lifetime validation failed, the token is expired." from GET /users.' },
    { name: "SharePoint REST refusing an app-only token from a client secret ('Unsupported app only token'), its audience and roles right", paste: 'app = msal.ConfidentialClientApplication(CLIENT_ID, authority=AUTHORITY, client_credential=CLIENT_SECRET)\ntok = app.acquire_token_for_client(scopes=["https://contoso.sharepoint.com/.default"])\nr = requests.post("https://contoso.sharepoint.com/sites/legal/_api/web/lists/getbytitle(\'Contracts\')/RenderListDataAsStream", headers=h)\n401 {"error_description":"Unsupported app only token."}\nThe token has aud https://contoso.sharepoint.com and roles Sites.Read.All. Graph works with the same app reg and same token code.' },
    { name: "a personal @outlook.com account on a work-only API, an Application permission named only as the person's guess", paste: 'I test with my personal @outlook.com account, sign-in is ok and OnlineMeetings.ReadWrite is consented. POST https://graph.microsoft.com/v1.0/me/onlineMeetings returns {"error":{"code":"AuthenticationError","message":"Error authenticating with resource"}}. GET /me works. I also added OnlineMeetings.ReadWrite.All (Application), same thing.', confident: true },
    { name: 'a token edited in jwt.io (a roles claim added) that its API then refuses for its signature', paste: 'My API returns 401 WWW-Authenticate: Bearer error="invalid_token", error_description="The signature is invalid". I pasted the access token into jwt.io, added "roles": ["Reports.Admin"] to the payload and used the token it gave me. aud is still api://{client-id}.' },
    { name: 'a token edited by hand, said in Spanish', paste: 'La API responde 401: error_description="The signature is invalid". Pegué el access token en jwt.io, agregué "roles": ["Reportes.Admin"] al payload y usé ese token. ¿Tengo que registrar otra audiencia?' },
    { name: "the token said in words never to have been sent ('the access token is missing'), beside a misspelt header name", paste: 'Graph answers 401 Unauthorized and our log says the access token is missing. We build the headers as {"Authorisation": "Bearer " + token}.' },
    { name: 'a missing bearer token said the other way round', paste: 'Retry handler bug? The second attempt goes out with a missing bearer token and Graph returns 401.' },
    { name: "MSAL's cache lost the signed-in account (a web app restarted): no token to send", paste: 'Our ASP.NET MVC app calls Graph after sign-in. After each deployment users get: MsalUiRequiredException: No account or login hint was passed to the AcquireTokenSilent call. ErrorCode: user_null. Do we miss a Graph permission?' },
    { name: 'Graph PowerShell with no signed-in session: the cmdlet had nothing to send', paste: 'Start-Job { Get-MgUser -All } | Receive-Job -Wait\nGet-MgUser : Authentication needed. Please call Connect-MgGraph.\nI did connect with the certificate in the main window. Which permission is missing?' },
    { name: "the module's first versions, same words under the old cmdlet name", paste: 'Get-MgGroup : Authentication needed, call Connect-Graph.' },
    { name: 'Azure CLI with nobody signed in, its message alone, before any Graph call', paste: 'Local run of the sync job, the Graph call to /users never went out:\nERROR: Please run \'az login\' to set up account.\nDo I need User.Read.All?' },
    { name: "DefaultAzureCredential's chain getting no token, its message alone", paste: 'Function app, local debug, before calling Graph /users: DefaultAzureCredential failed to retrieve a token from the included credentials. See the troubleshooting guide for more information. Which Graph permission is missing?' },
    { name: "Entra's invalid-secret words passed on by a library without the code", paste: 'GetAuthenticationToken() throws: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app {client-id}. I generated the secret in AppRegNew.aspx and put it in appsettings.json.' },
    { name: 'the outgoing header logged as "Bearer " with nothing after it', paste: 'Deployed, every Graph call is 401. I logged the outgoing headers and Authorization is literally just "Bearer " followed by nothing: the app setting name differs in casing from my .env.' },
    { name: 'a JavaScript template that sent "Bearer undefined"', paste: 'fetch to https://graph.microsoft.com/v1.0/me returns 401; in the network tab the request header reads Authorization: Bearer undefined.', confident: true },
    { name: "golang-jwt's words for a token whose nbf lies ahead of a lagging clock", paste: 'level=warn msg="jwt rejected" err="token has invalid claims: token is not valid yet" nbf=1718000523 now=1718000141 — only on one node of our API.' },
    { name: "golang-jwt's words for a token issued in the future of the validating host", paste: 'Our Go API answers 401 for fresh tokens: jwt parse error: token has invalid claims: token used before issued.', confident: true },
    { name: "the sign-in page refusing a personal account, in Chinese (无法使用个人帐户在此登录)", paste: '点 Authorize 用微软账号登录时提示：“无法使用个人帐户在此登录，请改用工作或学校帐户。” 我用的是个人 OneDrive。' },
    { name: 'the access token said to expire while the app stays open (Japanese)', paste: 'アプリをしばらく開いたままにしていると Graph のアクセストークンが期限切れになって、呼び出しが動かなくなります。' },
    { name: 'calls failing about an hour after sign-in, the failure said first (Spanish)', paste: 'Nuestra SPA llama a GET https://graph.microsoft.com/v1.0/me/events con MSGraphClient. Desde el miércoles las llamadas fallan de forma intermitente pasada más o menos 1 hora.' },
    { name: 'calls failing about an hour after sign-in, the failure said first (French)', paste: "Notre SPA appelle GET https://graph.microsoft.com/v1.0/me/events : depuis mercredi, les appels échouent après environ une heure." },
    { name: 'a 401 once the token has expired, said in German (subordinate clause)', paste: 'GET https://graph.microsoft.com/v1.0/me/messages klappt mit einem gültigen Token. Sobald der Token abgelaufen ist, kommt 401 ohne JSON-Body zurück.' },
    { name: 'a 401 for an expired token, said in Spanish', paste: 'Con un token caducado, GET /me/events devuelve 401 Unauthorized sin cuerpo.' },
    { name: 'calls failing now and then once the token is about an hour old, a fresh token fixing it', paste: 'Our SPA calls GET https://graph.microsoft.com/v1.0/me/events through the SDK. Since last week the calls fail intermittently after about 1 hour with 401 Unauthorized; when we clear session storage the app gets a fresh token and things work again.' },
    { name: 'a token Connect-MgGraph refuses as invalid', paste: '$t = (az account get-access-token --resource https://graph.microsoft.com --query accessToken)\nConnect-MgGraph -AccessToken $t\nConnect-MgGraph: The provided access token is invalid. Set a valid access token to -AccessToken parameter and try again.' },
    { name: "a job that broke on its own while getting a token with its client secret (the secret's end date)", paste: 'Our nightly PowerShell job was fine for months. Since Monday it fails at the very beginning when it tries to get a token; the error mentions the client secret. Nobody touched the app registration.' },
    { name: 'a single-page app that works for the first hour, then gets 401 until the page is reloaded', paste: 'Our SPA works the first hour, after that every Graph call gives 401 until the user refreshes the page. We use MSAL but call getAccount and reuse the old token.' },
    { name: 'an expired token said in Spanish', paste: 'Al llamar a /me recibo: El token de acceso ha expirado o aún no es válido.' },
    { name: 'an expired token said in German, without a code', paste: 'Fehler beim Aufruf von Graph: Das Zugriffstoken ist abgelaufen.' },
    { name: 'a personal account that cannot hold the Teams permissions the app asks for', paste: 'The connector refuses to finish: it says Chat.ReadWrite and Presence.ReadWrite are still required. I am signing in with my outlook.com account.' },
    { name: 'an expired-token Graph error body', paste: '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2025-05-02T08:00:00"}}}', confident: true },
    { name: 'a Kiota exception about the token lifetime', paste: 'Microsoft.Graph.Models.ODataErrors.ODataError: Lifetime validation failed, the token is expired.\n   at Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter.ThrowIfFailedResponseAsync', confident: true },
    { name: 'an unparsable header value', paste: 'HTTP 401 {"error":{"code":"InvalidAuthenticationToken","message":"CompactToken parsing failed with error code: 8004920A"}}', confident: true },
    { name: "'Access token is empty' where the proxy is only said not to help, no setup said to work", paste: 'GraphServiceClient built from our HttpClient with the corporate proxy. ServiceException: InvalidAuthenticationToken, Access token is empty. Without the proxy it does not work either.' },
    { name: 'an empty bearer token', paste: 'curl https://graph.microsoft.com/v1.0/me -H "Authorization: Bearer "\n{"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}', confident: true },
    { name: 'a logged request whose Authorization header stops after "Bearer", some users failing after a redeploy', paste: 'Some users get this after an app pool recycle:\nMicrosoft.Graph.ServiceException: Code: InvalidAuthenticationToken\nMessage: ArgumentNull\nOur logging handler dumps the outgoing request:\nGET https://graph.microsoft.com/v1.0/me/calendars\nAuthorization: Bearer\nSdkVersion: graph-dotnet/4.54.0\nUsers who sign out and in again are fine.' },
    { name: 'a header built without the space after Bearer', paste: "headers: { Authorization: 'Bearer' + accessToken }\nGraph answers 401 InvalidAuthenticationToken", confident: true },
    { name: 'a pasted token that expired hours ago', paste: async () => `401 from GET https://graph.microsoft.com/v1.0/me, token: ${await mintToken({ ...delegated('User.Read'), issuedAt: -20000 })}`, confident: true },
    { name: 'a pasted token that is not valid yet (clock skew)', paste: async () => `JsonWebTokenError? no: NotBeforeError on our API, header Authorization: Bearer ${await mintToken({ ...delegated('access_as_user', { aud: 'api://orders' }), issuedAt: 900 })}` },
    { name: 'a personal account on a work-only API', paste: 'Signed in with my someone@outlook.com account in the sample app, and POST /beta/groups returns 401 Unauthorized' },
    { name: 'an expired client secret at the token endpoint', paste: 'AADSTS7000222: The provided client secret keys for app are expired. Visit the Azure portal to create new keys for your app.', confident: false },
    { name: "Microsoft.IdentityModel's IDX10000 for the token argument: no token reached the API", paste: "IDX10000: The parameter 'token' cannot be a 'null' or an empty object. Our API receives the SPA's calls after the refactor." },
    { name: 'requests told as sent without the Authorization header', paste: 'After the refactor the SPA calls GET https://graph.microsoft.com/v1.0/me without the Authorization header and gets 401.' },
    { name: "a credential chain where one credential reached Entra and its expired secret was refused", paste: "DefaultAzureCredential failed to retrieve a token from the included credentials.\n\tEnvironmentCredential: EnvironmentCredential authentication unavailable. Environment variables are not fully configured.\n\tClientSecretCredential authentication failed: AADSTS7000222: The provided client secret keys for app '{client-id}' are expired." },
    { name: "Graph's own expiry refusal to a function app that exports B2C users, its token cached forever (no own API receiving it)", paste: "Azure Function app exporting B2C users works after deploy, then every call fails until restart.\nlet cachedToken; if (cachedToken) return cachedToken; // acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })\nGraph call failed 401 {\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token has expired or is not yet valid.\"}}" },
  ],
  ignores: [
    { name: 'a 301 redirect to another origin shown before the 401, the token valid', paste: '1) GET https://old-api.azurewebsites.net/api/absences\n   authorization: Bearer eyJ0eXAi… (cut)\n   Status: 301 Moved Permanently\n   location: https://hr-api.contoso.com/api/absences\n2) GET https://hr-api.contoso.com/api/absences\n   (no authorization header)\n   Status: 401 Unauthorized\n   www-authenticate: Bearer\nThe token is valid: aud api://{client-id}, exp in 50 minutes.' },
    { name: 'a "missing credentials" refusal on one report, the same bearer token said to get 200 on another', paste: 'GET https://graph.microsoft.com/v1.0/reports/getSharePointSiteUsageDetail(period=\'D7\')\n-> 403 {"error":{"code":"MissingCredentials","message":"Valid Authorization header is needed."}}\nThe same bearer token gets 200 from reports/getTeamsUserActivityUserDetail a second before. Worked last week.' },
    { name: 'a token refused as missing on one report while the same token, shown on the next line, gets 200 on another', paste: 'GET https://graph.microsoft.com/v1.0/reports/getOneDriveActivityUserCounts(period=\'D180\')\nHTTP 403\n{"error":{"code":"MissingCredentials","message":"Valid Authorization header is needed."}}\nsame token, same run, a second earlier:\nGET https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period=\'D7\') -> 200' },
    // No user is signed in yet, so no token exists to be broken: the app signs the user in interactively.
    { name: 'a silent sign-in without a session (AADSTS50058)', paste: 'acquireTokenSilent: login_required AADSTS50058: A silent sign-in request was sent but no user is signed in.' },
    // The same call working now and then says the token was fine: a missing or malformed one fails every time.
    { name: "Graph's token refusal the same call gets only now and then, a retry with the same token succeeding", paste: 'Our OneDrive sync gets an occasional 401 {"error":{"code":"InvalidAuthenticationToken","message":"Unable to initialize RPS"}} on GET /me/drive/root/children; a retry of the same request with the same token succeeds.' },
    { name: 'a header line ending in "Bearer" beside a call that was refused, not unauthenticated', paste: 'GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer\n(token removed)\nHTTP/1.1 403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}' },
    { name: "Azure AD Graph's 'missing or malformed' for a token it does not accept: no token missing there", paste: 'The token works for https://graph.microsoft.com/v1.0/me, but GET https://graph.windows.net/{tenant-id}/users?api-version=1.6 with the same token gives 401 "Access Token missing or malformed".' },
    { name: 'a token said not to be missing', paste: 'The access token is not missing, I checked the header, yet every call gets 403 Authorization_RequestDenied.' },
    { name: "a tool's own 'no access token' for another feature, beside a 403 that names the permissions the token holds", paste: "Mail works. Teams: ERROR: No access token stored for resource 'api.spaces.skype.com'. SharePoint: [Forbidden] Access to Site in Graph API requires the following permissions: Sites.Read.All or Sites.ReadWrite.All. However, the application only has the following permissions: Files.Read.All, Mail.ReadWrite." },
    { name: 'a 401 on one call while the prose says other calls succeed with the very same token', paste: 'GET https://graph.microsoft.com/v1.0/drives/{id}/items/{id}/children answers 401 Unauthorized now and then. The requests just before and after, with the very same bearer, are 200.' },
    { name: "UnauthorizedAccessException's own message (a denied operation, not a 401)", paste: 'Update-MgUser -UserId $id -AboutMe "…" fails: Attempted to perform an unauthorized operation. Reading users with the same app works.' },
    { name: 'a job that fails after an hour of retries (throttling, not the token)', paste: 'The export job fails after about an hour of retries: every call answers 429 Too Many Requests with Retry-After: 30.' },
    // "Invalid access token" in the person's own words names no fault of the token's form.
    { name: 'a title calling the token invalid while the token request sends no resource and a request with it works', paste: 'OAuth authorization code - invalid access token\nI get the code and redeem it at https://login.microsoftonline.com/{tenant-id}/oauth2/token with grant_type=authorization_code, client_id and client_secret, but the access token is not usable for Graph. The v1 docs say the resource parameter is required and it is not sent. Adding it by hand in Postman gives a token that works.' },
    { name: "a break since Monday at the proxy's TLS certificate: the network's, not the app's credential", paste: 'Since Monday our daemon fails when it gets a token: the SSL certificate of the proxy is not trusted.' },
    { name: "Azure Resource Manager's generic 'access token is invalid' for a token asked for Graph", paste: 'GET https://management.azure.com/subscriptions?api-version=2020-01-01 returns 401 InvalidAuthenticationToken "The access token is invalid." — the token is from AcquireTokenForClient(new[] {"https://graph.microsoft.com/.default"}).' },
    { name: 'an invalid-audience error', paste: '{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}}' },
    { name: 'a claims challenge', paste: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZX19fQ=="' },
    { name: 'a plain permission denial', paste: '403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}' },
  ],
});

// The reasons name who refused the token only when the paste says so: a validator of the developer's
// own API, or another Microsoft API, is no "Graph".
describe('token-invalid reasons when another service refused the token', () => {
  const OTHER_REFUSERS: ReadonlyArray<{ name: string; paste: string }> = [
    { name: "Microsoft.IdentityModel in the developer's own API", paste: 'Our ASP.NET Core API logs: Bearer was not authenticated. Failure message: IDX14100: JWT is not well formed, there are no dots (.). The token needs to be in JWS or JWE Compact Serialization Format.' },
    { name: "Azure Resource Manager's InvalidAuthenticationToken", paste: 'GET https://management.azure.com/subscriptions?api-version=2020-01-01 returns 401 InvalidAuthenticationToken "The access token is invalid."' },
    { name: 'Dataverse with an unquoted challenge', paste: 'GET https://contoso.crm.dynamics.com/api/data/v9.2/accounts\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize, resource_id=https://contoso.crm.dynamics.com/' },
  ];
  for (const c of OTHER_REFUSERS) {
    it(`does not say Graph refused it: ${c.name}`, () => {
      const d = diagnose(c.paste);
      const said = d.causes.find((x) => x.id === 'token-invalid')?.evidence ?? [];
      assert.ok(said.length > 0, 'token-invalid gives a reason');
      assert.ok(!said.some((x) => /\bGraph\b/.test(x)), said.join(' | '));
    });
  }
});

// A personal account refused by the sign-in itself never held a token: which APIs serve personal
// accounts is not yet the question, so the reason must not be offered for it.
describe('token-invalid: a personal account whose sign-in failed before any token', () => {
  const SIGN_IN_ONLY: ReadonlyArray<{ name: string; paste: string }> = [
    { name: 'an app not found among Microsoft accounts (AADSTS700016)', paste: "Signing in with my personal Microsoft account (someone@outlook.com) fails: AADSTS700016: Application with identifier '<client-id>' was not found in the directory 'Microsoft Accounts'." },
    { name: 'a single-tenant app on /common (AADSTS50194)', paste: 'Login with my personal Microsoft account (hotmail) fails: AADSTS50194: Application is not configured as a multi-tenant application. Usage of the /common endpoint is not supported.' },
  ];
  for (const c of SIGN_IN_ONLY) {
    it(`does not blame the API's account support for ${c.name}`, () => {
      const d = diagnose(c.paste);
      const reasons = d.causes.flatMap((x) => x.evidence);
      assert.ok(!reasons.some((r) => r.includes('many Graph APIs serve only work or school accounts')), reasons.join(' | '));
    });
  }
  it('still names the personal account when Graph refused the call', () => {
    const d = diagnose('Signed in with my personal account (live.com) and GET https://graph.microsoft.com/v1.0/me/onlineMeetings returns 401 Unauthorized.');
    assert.equal(d.causes[0]?.id, 'token-invalid');
    assert.ok(d.causes[0]?.evidence.some((r) => r.includes('personal Microsoft account')));
  });
});

// A token the writer shortened for the paste ("eyJ0eXAi...") was whole when it was sent: nothing in the
// paste says it was damaged, and a card that said so would send the reader after the wrong fault.
describe('token-invalid: a token shortened by the writer is not a damaged token', () => {
  let jwt: string;
  before(async () => {
    jwt = await mintToken(delegated('User.Read'));
  });
  const damagedSaid = (paste: string): boolean => diagnose(paste).causes.some((c) => c.evidence.some((x) => /token is damaged/.test(x)));
  const shortened: [string, (t: string) => string][] = [
    ['three dots after its start, in a Postman environment table', (t) => `graphToken    ${t.slice(0, 34)}...\nGET https://graph.microsoft.com/v1.0/groups -> 401 InvalidAuthenticationToken`],
    ['the one-character ellipsis, in a curl header', (t) => `> Authorization: Bearer ${t.slice(0, 40)}…\n< HTTP/2 401`],
  ];
  for (const [name, paste] of shortened) {
    it(`does not call it damaged: ${name}`, () => assert.equal(damagedSaid(paste(jwt)), false));
  }
  it('still calls a token cut without an ellipsis damaged', () => {
    assert.equal(damagedSaid(`Authorization: Bearer ${jwt.split('.').slice(0, 2).join('.')}.${jwt.split('.')[2]?.slice(0, 5)}.x\n401 InvalidAuthenticationToken: CompactToken parsing failed`), true);
  });
});

// The exp of claims pasted beside the failing call's time (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
describe('token-invalid: decoded claims whose exp lies before the failing call', () => {
  const claims = '{ "aud": "00000003-0000-0000-c000-000000000000", "exp": 1739213979, "scp": "Calendars.Read User.Read" }';
  it('reads a 401 logged after the pasted exp as an expired token', () => {
    const d = diagnose(`2025-02-11T08:02:17.443Z WARN poll GET https://graph.microsoft.com/v1.0/me/calendarView  401 Unauthorized\ndecoded token from the store: ${claims}`);
    assert.equal(d.causes[0]?.id, 'token-invalid');
    assert.ok(d.causes[0]?.evidence.some((x) => x.startsWith("The pasted claims' exp")));
  });
  it('does not say so beside a 403: the token was read, and the claims may be of another', () => {
    const d = diagnose(`403 {"error":{"code":"Authorization_RequestDenied","innerError":{"date":"2025-02-11T09:41:07"}}}\npasted the token into jwt.ms: ${claims}`);
    assert.ok(!d.causes.some((c) => c.evidence.some((x) => x.startsWith("The pasted claims' exp"))));
  });
});
