/**
 * How code says which sign-in flow gets the token: credential classes, client types, token
 * methods and token-request parameters of MSAL and Azure Identity in .NET, JavaScript, Python,
 * Java and Go, Graph PowerShell switches, and the SSO token APIs of Teams and Office add-ins.
 * Matched as lower-cased phrases, so `new ClientSecretCredential(`, `ClientSecretCredentialBuilder`
 * and `azidentity.NewClientSecretCredential` are all found by one row.
 */
import type { SignInFlow } from '../evidence/sign-in-flow.js';

export interface SdkNameRow {
  /** Lower-cased phrase as it appears in code. */
  readonly name: string;
  readonly flow: SignInFlow;
  readonly source: string;
}

const AZURE_IDENTITY = 'https://learn.microsoft.com/dotnet/api/azure.identity';
const MSAL_CLIENT_TYPES = 'https://learn.microsoft.com/entra/identity-platform/msal-client-applications';
const CLIENT_CREDENTIALS = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow';
const ROPC = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth-ropc';
const DEVICE_CODE = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code';
const AUTH_CODE = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow';
const OBO = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow';
/**
 * Redeeming a refresh token is a signed-in user's flow: the client credentials flow never grants one
 * ("refresh tokens will never be granted with this flow").
 */
const CLIENT_CREDENTIALS_NO_REFRESH_TOKEN = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow';
/**
 * Workload identity federation: a pipeline (GitHub Actions' OIDC token, Azure DevOps' service connection,
 * Terraform's use_oidc) exchanges its own token for an app's, with no user: an app-only token.
 */
const WORKLOAD_IDENTITY_FEDERATION = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const MSAL_JS_SPA = 'https://learn.microsoft.com/entra/identity-platform/scenario-spa-acquire-token';
const GRAPH_POWERSHELL_AUTH = 'https://learn.microsoft.com/powershell/microsoftgraph/authentication-commands';
const TEAMS_TAB_SSO = 'https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code';
const OFFICE_ADDIN_SSO = 'https://learn.microsoft.com/office/dev/add-ins/develop/sso-in-office-add-ins';
const IDENTITY_WEB_APP_SIGN_IN = 'https://learn.microsoft.com/entra/identity-platform/scenario-web-app-call-api-overview';
const IDENTITY_WEB_TOKEN_ACQUISITION = 'https://learn.microsoft.com/dotnet/api/microsoft.identity.web.itokenacquisition';
const GRAPH_SDK_AUTH_PROVIDERS = 'https://learn.microsoft.com/graph/sdks/choose-authentication-providers';
/**
 * The Graph SDKs' earlier authentication providers (Microsoft.Graph.Auth for .NET, and the Java
 * auth library with the same class names), still in many samples: each names its flow.
 */
const GRAPH_AUTH_PROVIDERS = 'https://github.com/microsoftgraph/msgraph-sdk-dotnet-auth';
const TEAMSFX_SDK = 'https://learn.microsoft.com/javascript/api/@microsoft/teamsfx/teamsusercredential';
// Sign-in components and providers: each signs a user in and hands out that user's (delegated) token.
const GRAPH_TOOLKIT_MSAL2 = 'https://www.npmjs.com/package/@microsoft/mgt-msal2-provider';
const GRAPH_TOOLKIT_LOGIN = 'https://learn.microsoft.com/training/modules/msgraph-toolkit-intro/3-sign-into-graph-toolkit';
const PASSPORT_AZURE_AD = 'https://github.com/AzureAD/passport-azure-ad';
const NEXT_AUTH_AZURE_AD = 'https://next-auth.js.org/providers/azure-ad';
/**
 * Office365-REST-Python-Client signs a user in with UserCredential(username, password), and an app
 * with ClientCredential or a certificate: the class names the flow.
 */
const OFFICE365_REST_PYTHON = 'https://github.com/vgrem/Office365-REST-Python-Client/blob/master/README.md';
/** The O365 Python library names its flow in Account(auth_flow_type=…): credentials, password, authorization, public. */
const PYTHON_O365_AUTH = 'https://o365.github.io/python-o365/latest/getting_started.html';

/** `auth_flow_type='credentials'` as code writes it (either quote, with or without spaces), or as prose names it ("the "credentials" auth_flow_type"). */
function o365Flow(value: string): string[] {
  return [`auth_flow_type='${value}'`, `auth_flow_type="${value}"`, `auth_flow_type = '${value}'`, `auth_flow_type = "${value}"`, `"${value}" auth_flow_type`, `'${value}' auth_flow_type`, `auth_flow_type "${value}"`, `auth_flow_type '${value}'`];
}

function named(source: string, flow: SignInFlow, names: readonly string[]): SdkNameRow[] {
  return names.map((name) => ({ name, flow, source }));
}

export const SDK_NAMES: readonly SdkNameRow[] = [
  ...named(AZURE_IDENTITY, 'client-credentials', ['clientsecretcredential', 'clientassertioncredential', 'environmentcredential', 'workloadidentitycredential']),
  ...named(AZURE_IDENTITY, 'certificate', ['clientcertificatecredential']),
  // DefaultAzureCredential signs in as the host's managed identity when deployed: an app-only token.
  ...named(AZURE_IDENTITY, 'managed-identity', ['managedidentitycredential', 'defaultazurecredential', 'newmanagedidentitycredential']),
  ...named(AZURE_IDENTITY, 'auth-code', ['interactivebrowsercredential', 'authorizationcodecredential']),
  ...named(AZURE_IDENTITY, 'device-code', ['devicecodecredential']),
  ...named(AZURE_IDENTITY, 'username-password', ['usernamepasswordcredential']),
  ...named(AZURE_IDENTITY, 'on-behalf-of', ['onbehalfofcredential', 'onbehalfofusercredential']),
  ...named(WORKLOAD_IDENTITY_FEDERATION, 'client-credentials', ['workload identity federation', 'github oidc', 'azure/login@', '--federated-token', 'use_oidc', 'id-token: write']),
  ...named(CLIENT_CREDENTIALS, 'client-credentials', [
    'acquiretokenforclient', 'acquire_token_for_client', 'acquiretokenbyclientcredential', 'clientcredentialparameters',
    'grant_type=client_credentials', 'grant_type: client_credentials', "grant_type: 'client_credentials'", '"grant_type": "client_credentials"', "'grant_type': 'client_credentials'",
    'confidential.newcredfromsecret', 'acquiretokenbycredential',
  ]),
  ...named(MSAL_CLIENT_TYPES, 'auth-code', ['publicclientapplication', 'publicclientapplicationbuilder', 'public.new(']),
  ...named(OFFICE365_REST_PYTHON, 'username-password', ['usercredential(']),
  ...named(ROPC, 'username-password', ['acquiretokenbyusernamepassword', 'acquire_token_by_username_password', 'usernamepasswordparameters', 'grant_type=password', "grant_type: 'password'", '"grant_type": "password"']),
  ...named(DEVICE_CODE, 'device-code', ['acquiretokenwithdevicecode', 'acquiretokenbydevicecode', 'acquire_token_by_device_flow', 'initiate_device_flow', 'devicecodeflowparameters']),
  ...named(AUTH_CODE, 'auth-code', ['acquiretokenbyauthorizationcode', 'acquiretokenbycode', 'acquire_token_by_authorization_code', 'acquire_token_by_auth_code_flow', 'grant_type=authorization_code', 'authorizationcodeparameters', 'interactiverequestparameters']),
  ...named(OBO, 'on-behalf-of', ['acquiretokenonbehalfof', 'acquire_token_on_behalf_of', 'onbehalfofparameters', 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'requested_token_use=on_behalf_of']),
  ...named(MSAL_JS_SPA, 'auth-code', ['acquiretokenpopup', 'acquiretokenredirect', 'loginpopup', 'loginredirect', 'acquiretokeninteractive', 'acquire_token_interactive']),
  ...named(MSAL_JS_SPA, 'silent', ['acquiretokensilent', 'acquire_token_silent', 'ssosilent']),
  // ADAL's acquireTokenWithRefreshToken, MSAL's AcquireTokenByRefreshToken (.NET, Node) and acquire_token_by_refresh_token (Python), and the raw grant.
  ...named(CLIENT_CREDENTIALS_NO_REFRESH_TOKEN, 'silent', ['acquiretokenwithrefreshtoken', 'acquiretokenbyrefreshtoken', 'acquire_token_by_refresh_token', 'grant_type=refresh_token', '"grant_type": "refresh_token"', "grant_type: 'refresh_token'", "'grant_type': 'refresh_token'"]),
  ...named(GRAPH_POWERSHELL_AUTH, 'certificate', ['-certificatethumbprint', '-certificatename']),
  ...named(GRAPH_POWERSHELL_AUTH, 'client-credentials', ['-clientsecretcredential']),
  ...named(GRAPH_POWERSHELL_AUTH, 'managed-identity', ['connect-mggraph -identity', 'az login --identity']),
  ...named(GRAPH_POWERSHELL_AUTH, 'auth-code', ['connect-mggraph -scopes']),
  ...named(TEAMS_TAB_SSO, 'sso-token', ['getauthtoken']),
  ...named(OFFICE_ADDIN_SSO, 'sso-token', ['office.auth.getaccesstoken', 'officeruntime.auth.getaccesstoken', 'getaccesstokenasync']),
  // Microsoft.Identity.Web: the app's own token, or the signed-in user's (on-behalf-of in a web API, auth code in a web app).
  ...named(IDENTITY_WEB_TOKEN_ACQUISITION, 'client-credentials', ['getaccesstokenforappasync', 'getauthenticationresultforappasync']),
  ...named(IDENTITY_WEB_TOKEN_ACQUISITION, 'silent', ['getaccesstokenforuserasync', 'getauthenticationresultforuserasync']),
  // An ASP.NET Core web app that signs users in (AddMicrosoftIdentityWebApp / …WebAppAuthentication) calls APIs for them.
  ...named(IDENTITY_WEB_APP_SIGN_IN, 'auth-code', ['addmicrosoftidentitywebapp']),
  // The Graph PHP SDK names the flow in its token request context classes.
  ...named(GRAPH_SDK_AUTH_PROVIDERS, 'certificate', ['clientcredentialcertificatecontext']),
  ...named(GRAPH_SDK_AUTH_PROVIDERS, 'client-credentials', ['clientcredentialcontext']),
  ...named(GRAPH_SDK_AUTH_PROVIDERS, 'auth-code', ['authorizationcodecontext', 'authorizationcodecertificatecontext']),
  ...named(GRAPH_SDK_AUTH_PROVIDERS, 'on-behalf-of', ['onbehalfofcontext', 'onbehalfofcertificatecontext']),
  ...named(GRAPH_AUTH_PROVIDERS, 'client-credentials', ['clientcredentialprovider']),
  ...named(GRAPH_AUTH_PROVIDERS, 'auth-code', ['authorizationcodeprovider', 'interactiveauthenticationprovider']),
  ...named(GRAPH_AUTH_PROVIDERS, 'on-behalf-of', ['onbehalfofprovider']),
  ...named(GRAPH_AUTH_PROVIDERS, 'device-code', ['devicecodeprovider']),
  ...named(GRAPH_AUTH_PROVIDERS, 'username-password', ['usernamepasswordprovider']),
  // TeamsFx's TeamsUserCredential hands out the Teams SSO token of the tab's user.
  ...named(TEAMSFX_SDK, 'sso-token', ['teamsusercredential']),
  ...named(GRAPH_TOOLKIT_MSAL2, 'auth-code', ['msal2provider', 'teamsmsal2provider']),
  ...named(GRAPH_TOOLKIT_LOGIN, 'auth-code', ['<mgt-login']),
  ...named(PASSPORT_AZURE_AD, 'auth-code', ['oidcstrategy']),
  ...named(NEXT_AUTH_AZURE_AD, 'auth-code', ['azureadprovider', 'azureadb2cprovider', 'microsoftentraid(']),
  ...named(PYTHON_O365_AUTH, 'client-credentials', o365Flow('credentials')),
  ...named(PYTHON_O365_AUTH, 'username-password', o365Flow('password')),
  ...named(PYTHON_O365_AUTH, 'auth-code', [...o365Flow('authorization'), ...o365Flow('public')]),
];
