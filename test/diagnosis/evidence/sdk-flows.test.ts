/** The sign-in flow, and so the token kind, as code writes it in the common languages. */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../../src/diagnosis/evidence/index.js';

const NOW = new Date('2026-11-24T12:00:00Z');

const table: { name: string; code: string; context: 'app-only' | 'delegated' }[] = [
  { name: "claims copied from a decoder that say idtyp app (and an empty roles list)", code: 'Decoded: { "aud": "https://graph.microsoft.com", "idtyp": "app", "roles": [] }', context: 'app-only' },
  { name: "claims copied from a decoder that say idtyp user", code: 'Decoded: { "aud": "https://graph.microsoft.com", "idtyp": "user" }', context: 'delegated' },
  { name: '.NET Azure.Identity client secret', code: 'var cred = new ClientSecretCredential(tenantId, clientId, secret);', context: 'app-only' },
  { name: '.NET MSAL client credentials', code: 'await app.AcquireTokenForClient(scopes).ExecuteAsync();', context: 'app-only' },
  { name: 'Python MSAL client credentials', code: 'result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])', context: 'app-only' },
  { name: 'JavaScript msal-node client credentials', code: 'const r = await cca.acquireTokenByClientCredential({ scopes });', context: 'app-only' },
  { name: 'Java client credential parameters', code: 'ClientCredentialParameters params = ClientCredentialParameters.builder(scopes).build();', context: 'app-only' },
  { name: 'Go azidentity managed identity', code: 'cred, err := azidentity.NewManagedIdentityCredential(nil)', context: 'app-only' },
  { name: 'DefaultAzureCredential on a host', code: 'const credential = new DefaultAzureCredential();', context: 'app-only' },
  { name: 'a raw client-credentials token request', code: 'curl -d "grant_type=client_credentials&client_id=x&scope=https://graph.microsoft.com/.default" https://login.microsoftonline.com/t/oauth2/v2.0/token', context: 'app-only' },
  { name: 'Graph PowerShell with a certificate', code: 'Connect-MgGraph -ClientId $id -TenantId $t -CertificateThumbprint $thumb', context: 'app-only' },
  { name: 'Graph PowerShell with a managed identity', code: 'Connect-MgGraph -Identity', context: 'app-only' },
  { name: 'the O365 Python library, its flow named in code', code: "account = Account(credentials, auth_flow_type='credentials', tenant_id=tid)", context: 'app-only' },
  { name: 'the O365 Python library, its flow named in prose', code: 'I\'m using the "credentials" auth_flow_type and get 403 on the inbox.', context: 'app-only' },
  { name: 'the O365 Python library, a user flow named in prose', code: 'With auth_flow_type "authorization" it works for me.', context: 'delegated' },
  { name: '.NET interactive browser credential', code: 'var cred = new InteractiveBrowserCredential(options);', context: 'delegated' },
  { name: 'device code credential', code: 'credential = DeviceCodeCredential(client_id=cid)', context: 'delegated' },
  { name: 'MSAL.js popup', code: 'const r = await msalInstance.acquireTokenPopup({ scopes: ["User.Read"] });', context: 'delegated' },
  // A refresh token redeemed is a user's: the client credentials flow never grants one, whatever secret the code also holds.
  { name: 'ADAL for Node redeeming a refresh token with a client secret', code: "ctx.acquireTokenWithRefreshToken(user.refreshToken, CLIENT_ID, CLIENT_SECRET, 'https://graph.microsoft.com', cb);", context: 'delegated' },
  { name: 'MSAL Python redeeming a refresh token', code: 'result = app.acquire_token_by_refresh_token(rt, scopes=["Mail.Read"])  # ConfidentialClientApplication with client_credential=secret', context: 'delegated' },
  { name: 'a raw refresh-token request with a client secret', code: 'curl -d "grant_type=refresh_token&client_id=x&client_secret=y&refresh_token=z" https://login.microsoftonline.com/t/oauth2/v2.0/token', context: 'delegated' },
  // Workload identity federation: a pipeline's own token exchanged for the app's, no user.
  { name: 'GitHub Actions signing in with the Azure Login action', code: 'permissions:\n  id-token: write\nsteps:\n  - uses: azure/login@v2\n    with:\n      client-id: ${{ vars.AZURE_CLIENT_ID }}', context: 'app-only' },
  { name: 'Terraform told to use OIDC', code: 'provider "azuread" {\n  use_oidc = true\n}', context: 'app-only' },
  { name: 'a pipeline identity named by its federation, in prose', code: 'The workload stack runs as the pipeline identity via GitHub OIDC.', context: 'app-only' },
  { name: 'Python MSAL public client, device flow', code: 'flow = app.initiate_device_flow(scopes=["User.Read"])', context: 'delegated' },
  { name: 'on-behalf-of credential', code: 'var cred = new OnBehalfOfCredential(tenantId, clientId, secret, userAssertion);', context: 'delegated' },
  { name: 'Teams tab SSO', code: 'const token = await microsoftTeams.authentication.getAuthToken();', context: 'delegated' },
  { name: 'Office add-in SSO', code: 'const token = await Office.auth.getAccessToken({ allowSignInPrompt: true });', context: 'delegated' },
  { name: 'Graph PowerShell with scopes', code: 'Connect-MgGraph -Scopes "User.Read.All"', context: 'delegated' },
  { name: "Microsoft.Identity.Web, the app's own token", code: 'var token = await _tokenAcquisition.GetAccessTokenForAppAsync("https://graph.microsoft.com/.default");', context: 'app-only' },
  { name: "Microsoft.Identity.Web, the signed-in user's token", code: 'var token = await _tokenAcquisition.GetAccessTokenForUserAsync(new[] { "User.Read" });', context: 'delegated' },
  { name: 'Python O365 library, client credentials', code: "account = Account(credentials, auth_flow_type='credentials', tenant_id=tid)", context: 'app-only' },
  { name: 'Python O365 library, the default authorization flow named', code: 'account = Account(credentials, auth_flow_type="authorization")', context: 'delegated' },
  { name: 'TeamsFx user credential', code: 'const credential = new TeamsUserCredential(authConfig);', context: 'delegated' },
  { name: 'Azure CLI signed in as a managed identity', code: 'az login --identity && az rest --method get --url https://graph.microsoft.com/v1.0/users', context: 'app-only' },
  { name: 'Power Automate HTTP action with Active Directory OAuth', code: 'HTTP action, Authentication: Active Directory OAuth, Audience https://graph.microsoft.com, Client ID and Secret', context: 'app-only' },
  { name: 'Graph PHP SDK without a user', code: '$tokenRequestContext = new ClientCredentialContext($tenantId, $clientId, $clientSecret);', context: 'app-only' },
  { name: 'Graph PHP SDK for a signed-in user', code: '$ctx = new AuthorizationCodeContext($tenantId, $clientId, $clientSecret, $authCode, $redirectUri);', context: 'delegated' },
  { name: 'Microsoft.Graph.Auth client credential provider', code: 'var graphClient = new GraphServiceClient(new ClientCredentialProvider(confidentialApp));', context: 'app-only' },
  { name: 'Microsoft.Graph.Auth interactive provider', code: 'InteractiveAuthenticationProvider authProvider = new InteractiveAuthenticationProvider(publicClientApp, scopes);', context: 'delegated' },
  // Sign-in commands of PowerShell modules and CLIs: the switches on the command's line decide.
  { name: 'PnP PowerShell with a certificate thumbprint', code: 'Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId $id -Tenant contoso.onmicrosoft.com -Thumbprint $t', context: 'app-only' },
  { name: 'PnP PowerShell, interactive', code: 'Connect-PnPOnline -Url https://contoso.sharepoint.com -Interactive -ClientId $id', context: 'delegated' },
  { name: 'Teams PowerShell with a certificate thumbprint', code: 'Connect-MicrosoftTeams -CertificateThumbprint $thumb -ApplicationId $appId -TenantId $tenantId', context: 'app-only' },
  { name: 'Teams PowerShell with a device code', code: 'Connect-MicrosoftTeams -UseDeviceAuthentication', context: 'delegated' },
  { name: 'a web app calling Graph on behalf of its signed-in user, said in prose', code: 'Users sign in to our portal and the backend calls Graph on behalf of the signed-in user.', context: 'delegated' },
  { name: 'the flow named by its permission type', code: 'My app (Node, MSAL, delegated flow) reads the director\'s calendar and gets ErrorItemNotFound.', context: 'delegated' },
  { name: 'the flow named by its permission type, in Spanish', code: 'Mi app (Node, MSAL, flujo delegado) consulta el calendario de la directora.', context: 'delegated' },
  { name: 'a delegated token said to be the caller\'s own', code: 'Calling /users/{id}/mailboxSettings for another user with my delegated token: ErrorAccessDenied.', context: 'delegated' },
  { name: 'a SPA named as such, with its signed-in user', code: 'We granted the Application permission Sites.Selected but our SPA with the signed-in user gets 403 on /sites/{id}.', context: 'delegated' },
  // A confidential web app sends its secret in the user's flow too: the token's delegated-only permission says whose token it is.
  { name: 'a web app with a client secret whose token holds only a delegated permission', code: 'web.config has ClientId and ClientSecret. Sending mail gives 403; I decoded the token and it only has User.Read.', context: 'delegated' },
  { name: 'PnP PowerShell with a managed identity', code: 'Connect-PnPOnline -Url $site -ManagedIdentity', context: 'app-only' },
  { name: 'Azure PowerShell as a service principal', code: 'Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenantId\n$t = Get-AzAccessToken -ResourceUrl https://graph.microsoft.com', context: 'app-only' },
  { name: 'Azure PowerShell with a device code', code: 'Connect-AzAccount -UseDeviceAuthentication', context: 'delegated' },
  { name: 'the Azure CLI as a service principal', code: 'az login --service-principal -u $appId -p $secret --tenant $tenantId\naz ad sp create-for-rbac --name deployer', context: 'app-only' },
  { name: 'the Azure CLI as a managed identity', code: 'az login --identity\naz rest --method get --url https://graph.microsoft.com/v1.0/users', context: 'app-only' },
  { name: 'Exchange Online PowerShell, app-only', code: 'Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization contoso.onmicrosoft.com', context: 'app-only' },
  { name: 'Exchange Online PowerShell as a user', code: 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.com', context: 'delegated' },
  { name: 'CLI for Microsoft 365 with a secret', code: 'm365 login --authType secret --appId $id --tenant $t --secret $s', context: 'app-only' },
  { name: 'CLI for Microsoft 365 in the browser', code: 'm365 login --authType browser', context: 'delegated' },
  // Prose that says nobody is signed in: a daemon.
  { name: 'a Windows service', code: 'Our Windows service polls the mailbox every minute and gets 403 from Graph.', context: 'app-only' },
  { name: 'an Azure Function on a timer trigger', code: 'The Azure Function runs on a timer trigger at night and lists users.', context: 'app-only' },
  { name: 'a function that gets its token with its client id and secret', code: 'The function uses its client id and secret to get a token and then reads /sites/root/lists.', context: 'app-only' },
  { name: 'a web app that signs users in with its client id and secret (auth code flow)', code: 'Our web app signs users in with the authorization code flow, using its client id and secret, and calls /me.', context: 'delegated' },
  { name: "GitHub Actions' azure/login with a federated credential, then az rest", code: 'The workflow signs in with azure/login (OIDC federated credential) and runs az rest --url https://graph.microsoft.com/v1.0/groups.', context: 'app-only' },
  { name: 'the Azure CLI signed in with its managed identity', code: 'az login --identity\naz rest --method get --url https://graph.microsoft.com/v1.0/users', context: 'app-only' },
  // Graph Explorer named for comparison is not the flow of the failing call.
  { name: 'a daemon that fails where Graph Explorer works', code: 'GET /users/{id}/messages works in Graph Explorer, but our app gets 403 with AcquireTokenForClient.', context: 'app-only' },
];

/** Graph Explorer said to work is where the call was compared, not how the failing call signs in. */
const comparedInGraphExplorer: { name: string; code: string }[] = [
  { name: 'works perfectly in Graph Explorer', code: 'Our service gets 403 with app permissions. The same URL works perfectly in Graph Explorer.' },
  { name: 'we can successfully change it through Graph Explorer', code: 'Our app gets 403 on PATCH /users/{id}; we are able to successfully modify businessPhones through the Graph Explorer.' },
  { name: 'Graph Explorer returns the data', code: 'Graph Explorer returns the data for GET /groups/{id}/members, our code gets 403.' },
  { name: 'Graph Explorer answers 202 (its status after an arrow)', code: 'Our app gets 403 Forbidden calling resetPassword. Graph Explorer as me (Auth Admin) -> 202 Accepted.' },
];

/** A switch of one command says nothing about another command in the same paste. */
const unrelatedSwitches: { name: string; code: string }[] = [
  { name: 'a -Thumbprint written for another cmdlet', code: 'Connect-PnPOnline -Url $site -Interactive\nGet-ChildItem Cert:\\CurrentUser\\My | Where-Object Thumbprint -eq $t' },
  { name: '-DeviceLogin is not -Device', code: 'Connect-ExchangeOnline -DeviceLogin' },
];

describe('diagnosis/evidence: sign-in flow from code', () => {
  for (const t of table) {
    it(`${t.context} from ${t.name}`, () => {
      assert.equal(extractEvidence(t.code, { now: NOW }).context, t.context);
    });
  }
  for (const t of unrelatedSwitches) {
    it(`no app-only flow from ${t.name}`, () => {
      assert.notEqual(extractEvidence(t.code, { now: NOW }).context, 'app-only');
    });
  }
  for (const t of comparedInGraphExplorer) {
    it(`no delegated context from Graph Explorer that ${t.name}`, () => {
      assert.notEqual(extractEvidence(t.code, { now: NOW }).context, 'delegated');
    });
  }
  it('Graph Explorer that fails too is the call itself', () => {
    assert.equal(extractEvidence('It fails in Graph Explorer as well: 403 on GET /users.', { now: NOW }).context, 'delegated');
  });
  // The only user sign-in named is the comparison that works; the failing call's flow is not named.
  const userFlowWorks: { name: string; paste: string; context: string }[] = [
    { name: "a Global Administrator's username and password that 'we are able to' reset with", paste: 'Giving the app the permissions, we still get "Insufficient privileges to complete the operation." When we send a Global Administrator\'s username and password in the body instead, we are able to reset the password of the user.', context: 'unknown' },
    { name: 'the device code flow said to work fine', paste: 'With the device code flow it works fine; the scheduled run gets 403 Authorization_RequestDenied.', context: 'unknown' },
    { name: "a user's az login said to work beside a service principal's run", paste: 'The pipeline signs in with a service principal and a client secret and gets 403 on GET /groups. Locally, after az login, the same az rest works.', context: 'app-only' },
    { name: 'a username and password flow that fails', paste: 'We sign in with username and password (ROPC) and PATCH /users/{id} returns 403 Authorization_RequestDenied.', context: 'delegated' },
  ];
  for (const t of userFlowWorks) {
    it(`${t.context} context for ${t.name}`, () => {
      assert.equal(extractEvidence(t.paste, { now: NOW }).context, t.context);
    });
  }
  it('a denied mention is no flow', () => {
    assert.equal(extractEvidence('We do not use ClientSecretCredential here.', { now: NOW }).context, 'unknown');
    // What the person says instead still counts: a user signing in is a delegated flow.
    assert.equal(extractEvidence('We do not use ClientSecretCredential here; the user signs in.', { now: NOW }).context, 'delegated');
  });
  it('an API saying it needs a delegated flow is not the caller\'s flow', () => {
    for (const text of ['{"error":{"code":"BadRequest","message":"/me request is only valid with delegated authentication flow."}}', 'This API requires a delegated token, not an app-only one.']) {
      assert.notEqual(extractEvidence(text, { now: NOW }).context, 'delegated', text);
    }
  });
  it('a sentence about a user that does not exist is no app-only flow', () => {
    assert.notEqual(extractEvidence('Request_ResourceNotFound: there is no user with that id, the group has no user yet.', { now: NOW }).context, 'app-only');
  });
  it("a user's own sign-in said to work beside an app-only flow is the comparison: the app-only call is the failing one", () => {
    const text = 'Connect-MgGraph -Scopes "User.ReadWrite.All" works interactively. In the pipeline Connect-MgGraph -ClientId $id -TenantId $t -CertificateThumbprint $c fails with Insufficient privileges.';
    assert.equal(extractEvidence(text, { now: NOW }).context, 'app-only');
    // Asked, it says nothing of which one fails.
    assert.equal(extractEvidence('Does it work interactively? Connect-MgGraph -Scopes "User.Read.All" and Connect-MgGraph -CertificateThumbprint $c both fail.', { now: NOW }).context, 'mixed');
  });
  it("a user's token named outright, or a refresh token redeemed, is a user's sign-in beside a scheduled task", () => {
    for (const text of ['Weekly inventory (scheduled task). Uses a delegated token for svc-report (refresh token in credential manager).', 'cron job: curl -d "grant_type=refresh_token&refresh_token=$RT&client_id=$ID" https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token']) {
      assert.ok(extractEvidence(text, { now: NOW }).flows.some((f) => f === 'auth-code' || f === 'silent'), text);
    }
  });
  it('a tool where users sign in, said to work, is the comparison beside a client-secret sign-in', () => {
    const text = 'Logic App HTTP action, Authentication = Active Directory OAuth (tenant / client id / secret): 403 Authorization_RequestDenied.\nSame app works fine from the Power Apps custom connector where users sign in.';
    assert.equal(extractEvidence(text, { now: NOW }).context, 'app-only');
  });
  it('a user flow named as the one that works ("with the password grant … works fine") leaves the app-only call as the failing one', () => {
    const text = 'With a client secret the token request fails for Files.Read.All. Getting a token with the password grant or with the interactive sign-in popup works fine.\ncred, err := azidentity.NewClientSecretCredential(tenantId, clientId, clientSecret, nil)';
    assert.equal(extractEvidence(text, { now: NOW }).context, 'app-only');
  });
  it("a user's own sign-in said to work, in the other languages, leaves the app-only call as the failing one", () => {
    for (const text of [
      "az login --service-principal -u $id -p $s --tenant $t puis az ad sp create-for-rbac : Insufficient privileges. Si je fais la même chose connecté avec mon compte perso (user), ça marche.",
      'Connect-MgGraph -CertificateThumbprint $c schlägt fehl; mit meinem Benutzerkonto funktioniert es (Connect-MgGraph -Scopes User.Read.All).',
      'Con ClientSecretCredential falla con 403; con mi usuario funciona (InteractiveBrowserCredential).',
      'Connect-MgGraph -CertificateThumbprint $c で Get-MgUser が 403 になります。Connect-MgGraph -Scopes "User.Read.All" (対話型サインイン) なら問題なく取得できます。',
      'Connect-MgGraph -CertificateThumbprint $c 调用 Get-MgUser 返回 403；Connect-MgGraph -Scopes User.Read.All 交互式登录就可以。',
      'Connect-MgGraph -CertificateThumbprint $c liefert 403; interaktiv angemeldet (Connect-MgGraph -Scopes User.Read.All) funktioniert es.',
    ]) assert.equal(extractEvidence(text, { now: NOW }).context, 'app-only', text);
  });
  it('a daemon sending mail on behalf of users is still a daemon', () => {
    assert.equal(extractEvidence('Our daemon uses client credentials to send mail on behalf of users.', { now: NOW }).context, 'app-only');
  });
});
