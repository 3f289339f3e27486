/** 401/403: the token was issued for another resource (Azure AD Graph, Outlook, SharePoint, an own API). */
import { defineVerdict, type Cause } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { fromToken, hasCode, phrase, when, worksNowAndThen } from '../signals.js';
import { hasAffirmedMatch } from '../evidence/negation.js';
import { registerPhrases } from '../phrase-index.js';
import { knowledgeSignals, messageSaysNotAuthorization } from '../knowledge-signals.js';
import { graphScopesMappedToOwnApi, audienceConfigured, audienceHostMismatch, audienceIdentifierRefused, audienceSaidToMatch, defaultArmTokenToGraph, graphTokenElsewhere, graphTokenSignatureChecked, otherApiTokenToGraph, SIGNATURE_FAILED, tokenSaidEdited, otherMicrosoftApiBesideDenial, otherMicrosoftApiInvolved, otherResourceScopeToGraph, quotedAudienceIsTheModules, requestedGraphCloudMismatch, scopeForAnotherApi, requestedSharePointHostMismatch, signInCloudMismatch, ssoTokenToGraph } from '../audience-reasoning.js';
import { conceptSignals } from '../concept-signals.js';
import { topicSignals } from '../topic-signals.js';
import { cloudUnavailable } from '../service-missing.js';

registerPhrases(['getcallbacktokenasync', 'graph.microsoft.com', 'microsoft graph']);

/** What Graph says when validation failed for a reason other than the audience ("not expired" does not count). */
const OTHER_VALIDATION_FAILURE = /expired|lifetime|not yet valid|not valid yet|used before issued|compacttoken|is empty/;

/** "the access token MSAL gives my app for my API", "the token for our backend", "the token was requested with my backend API's scope": prose naming the token's resource. */
const OWN_API_TOKEN = /\btoken\s+(?:\w+\s+){0,6}?(?:for|of)\s+(?:my|our)\s+(?:own\s+)?(?:web\s+|rest\s+|backend\s+)?(?:api|backend)\b|\btoken\s+(?:\w+\s+){0,3}?(?:requested|acquired|obtained|issued|fetched)\s+(?:with|for)\s+(?:my|our|the)\s+(?:own\s+)?(?:web\s+|rest\s+|backend\s+)?api'?s?\s+(?:own\s+)?scopes?\b/;

/** Is the paste about a call to Microsoft Graph (so a non-Graph audience is a mistake)? */
/**
 * A token from Azure AD B2C's own authentication service (its b2clogin.com endpoint, a user flow
 * "B2C_1_…" or custom policy "B2C_1A_…") is for the app's own API: Microsoft Graph takes tokens from
 * Microsoft Entra ID's /token endpoint only, even for a B2C tenant
 * (https://learn.microsoft.com/azure/active-directory-b2c/microsoft-graph-get-started).
 */
const B2C_ISSUER = /b2clogin\.com|\bb2c_1a?_\w|\b(?:azure ad |aad |ad[- ]?)?b2c (?:tokens?|access tokens?|user flows?|policy|policies|login|sign[- ]?in)\b|\b(?:ad|aad|azure ad)[- ]?b2c\b[^.\n]{0,40}\btokens?\b/;
registerPhrases(['b2c']);

function b2cTokenToGraph(e: Evidence): string | undefined {
  if (!e.has('b2c') || !callsGraph(e)) return undefined;
  // Microsoft Entra ID's own endpoint named for the token: the supported way, not the mismatch.
  if (/login\.microsoftonline\.com\/[^\s/]+\/oauth2\/v2\.0\/token[^\n]{0,200}graph\.microsoft\.com\/\.default/.test(e.lower)) return undefined;
  return B2C_ISSUER.exec(e.lower)?.[0];
}

function callsGraph(e: Evidence): boolean {
  return (
    e.request?.target === 'microsoft-graph' ||
    e.request?.target === 'relative' ||
    e.lower.includes('graph.microsoft.com') ||
    /\b(?:call|calling|calls|called|query|querying|queries|queried)\s+(?:the\s+)?(?:microsoft\s+)?graph\b(?!\.windows)/.test(e.lower) ||
    hasCode(e, 'InvalidAuthenticationToken', 'GraphError', 'ODataError', 'GraphServiceException', 'ServiceException')
  );
}

/** In an on-behalf-of flow the incoming token is meant for the app's own API. */
function ownApiExpected(e: Evidence): boolean {
  return e.flows.includes('on-behalf-of') && !e.lower.includes('invalid audience');
}

/** An MSAL result's idToken read in code: "loginResp.idToken", "result.idToken". */
const ID_TOKEN_PROPERTY = /\b[a-z_$][\w$]*\.idtoken\b/;
registerPhrases(['.idtoken', '.accesstoken', 'acquiretoken']);

export default defineVerdict({
  id: 'wrong-audience',
  wording: {
    title: 'The token was issued for another API',
    what: 'The token is valid, but its audience (aud) is not the API that checks it: a token for Azure AD Graph, Outlook, SharePoint, Azure Resource Manager or your own API sent to Microsoft Graph — usually a 401 "Invalid audience" — or a Microsoft Graph token sent to your own API, which rejects it with IDX10214 (audience) or IDX10511 / IDX105xx (signature).',
    why: 'A token works only for the resource it was requested for. Old code (ADAL, graph.windows.net), a default resource in a helper library, a SharePoint or Outlook REST scope, an ID token, or the wrong scope in the token request all give a token the receiving API will not accept. Graph tokens in particular are meant for Graph alone and are not built to be validated by anyone else.',
    fix: 'Request the token for the API you call: https://graph.microsoft.com/.default or Graph permission names for Graph, api://{api-app-id}/.default for your own API; one token per API.',
    fixFor: {
      'azure-ad-graph': 'Azure AD Graph (graph.windows.net) is retired and no permission or token brings it back: move the calls to Microsoft Graph and request tokens for https://graph.microsoft.com.',
      'own-api': 'Your own API is validating a token issued for Microsoft Graph: have the client request one for your API (api://{api-app-id}/.default) and send that instead.',
      // https://learn.microsoft.com/graph/sdks/national-clouds
      // https://learn.microsoft.com/graph/outlook-large-attachments, https://learn.microsoft.com/graph/api/driveitem-createuploadsession
      'upload-url': "The uploadUrl carries its own authorization: send the PUTs to it with no Authorization header at all; only the request that creates the upload session takes the Graph token.",
      'national-cloud': "Take every endpoint from the tenant's own cloud: the app registered in that cloud's admin center, its sign-in host for the token, and its Graph root for the calls and the scope.",
    },
    learnMore: { title: 'Access tokens and the aud claim', url: 'https://learn.microsoft.com/entra/identity-platform/access-tokens' },
    lastVerified: {
      on: '2026-12-01',
      against: [
        'https://learn.microsoft.com/entra/identity-platform/access-tokens',
        'https://learn.microsoft.com/entra/identity-platform/scopes-oidc',
        'https://learn.microsoft.com/graph/migrate-azure-ad-graph-overview',
        'https://learn.microsoft.com/entra/identity/monitoring-health/recommendation-migrate-to-microsoft-graph-api',
        'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
        'https://learn.microsoft.com/graph/sdks/national-clouds',
        'https://learn.microsoft.com/graph/deployments',
        'https://learn.microsoft.com/graph/outlook-large-attachments',
        'https://learn.microsoft.com/graph/api/driveitem-createuploadsession',
      ],
    },
  },
  checks: [
    {
      title: 'The call goes to Microsoft Graph, not the retired Azure AD Graph',
      verify: { claim: 'The request URL starts with https://graph.windows.net, or aud is https://graph.windows.net / 00000002-0000-0000-c000-000000000000: that is Azure AD Graph.' },
      fix: 'Azure AD Graph is retired and fails whatever the permissions: rewrite the call for https://graph.microsoft.com/v1.0 (most resources keep their names; Microsoft lists the differences) and grant the Microsoft Graph permissions instead of the Azure Active Directory Graph ones.',
      source: 'https://learn.microsoft.com/graph/migrate-azure-ad-graph-overview',
      appliesTo: ['azure-ad-graph'],
    },
    {
      title: "Sign-in, app and Graph are all in the tenant's cloud",
      verify: { claim: "Global: login.microsoftonline.com and graph.microsoft.com. US Government (GCC High): login.microsoftonline.us and graph.microsoft.us (DoD: dod-graph.microsoft.us). China (21Vianet): login.chinacloudapi.cn and microsoftgraph.chinacloudapi.cn. The authority, the scope's host and the request URL must all name the tenant's cloud." },
      fix: "Register the app in the admin center of the tenant's cloud, point the authority at its sign-in host, and set the SDK's base URL and the .default scope to its Graph host (https://graph.microsoft.us/.default for GCC High). An app of another cloud cannot sign in there.",
      source: 'https://learn.microsoft.com/graph/sdks/national-clouds',
      appliesTo: ['national-cloud'],
    },
    {
      title: 'Your API receives a token meant for itself, not one for Graph',
      verify: { claim: 'Decode the token your API rejected: aud https://graph.microsoft.com or 00000003-0000-0000-c000-000000000000 means the client sent its Graph token. A token for your API has aud api://{api-app-id} or your API\'s application id.' },
      fix: 'In the client, request a token with scope api://{api-app-id}/.default (or your API\'s own scope, e.g. api://{api-app-id}/access_as_user) and send that to your API. Do not try to validate Graph tokens: their format is only for Graph.',
      source: 'https://learn.microsoft.com/entra/identity-platform/access-tokens',
      appliesTo: ['own-api'],
    },
    {
      title: 'The token\'s aud claim is Microsoft Graph',
      verify: { claim: 'aud must be https://graph.microsoft.com (or 00000003-0000-0000-c000-000000000000). graph.windows.net, outlook.office.com, *.sharepoint.com, management.azure.com or api://… mean another API.' },
      fix: 'Change the scope in the token request to https://graph.microsoft.com/.default (app-only) or to Graph permission names (delegated).',
      source: 'https://learn.microsoft.com/entra/identity-platform/access-tokens',
    },
    {
      title: 'The token request names Graph as the resource',
      verify: {
        cli: 'az account get-access-token --resource https://graph.microsoft.com --tenant {tenant-id} --query accessToken -o tsv  (a Graph token to compare with)',
        powershell: "Connect-MgGraph -TenantId {tenant-id} -Scopes 'User.Read'; Invoke-MgGraphRequest GET /v1.0/me  # Graph PowerShell always asks for a Graph token",
      },
      fix: 'In MSAL use scopes such as ["https://graph.microsoft.com/.default"] (app-only) or ["User.Read"] (delegated); in v1 (ADAL-style) code replace resource=https://graph.windows.net with https://graph.microsoft.com.',
      source: 'https://learn.microsoft.com/entra/identity-platform/scopes-oidc',
    },
    {
      title: 'An access token is sent, not an ID token',
      verify: { claim: 'An ID token has aud = your own client id and no scp or roles claim.' },
      fix: 'Send the access token MSAL returns (accessToken / access_token), not idToken.',
      source: 'https://learn.microsoft.com/entra/identity-platform/access-tokens',
    },
    {
      title: 'Each API gets its own token',
      verify: { portal: 'Entra admin center > Entra ID > App registrations > your app > API permissions: Graph permissions are listed under "Microsoft Graph", not under your own API or Azure Active Directory Graph.' },
      fix: 'Acquire one token for your own API and another for Graph (on-behalf-of when your API calls Graph for the signed-in user).',
      source: 'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
    },
  ],
  signals: [
    worksNowAndThen,
    ...topicSignals('wrong-audience'),
    // English wordings are read by the 'audience-refused' concept (../knowledge/prose-concepts.ts).
    phrase('invalid-audience', 5.5, ['受众无效', '対象ユーザーが無効'], (p) => `Graph says "${p}"`),
    fromToken(when('audience-is-graph', -4.5, (e) => {
      const aud = e.token?.audience ?? e.quotedAudience;
      return aud?.kind === 'microsoft-graph' && !e.token?.idToken && !graphTokenElsewhere(e) && !graphScopesMappedToOwnApi(e) && !audienceHostMismatch(e) && !graphTokenSignatureChecked(e) && `The token's aud is Microsoft Graph (${aud.value}), so the audience is not the problem`;
    })),
    // Speaks against without deciding: the person may misread the token, but a confident answer needs the doubt gone.
    when('audience-said-to-match', -2, audienceSaidToMatch),
    fromToken(when('token-for-other-api', 7, (e) => {
      const aud = e.token?.audience;
      if (!aud || aud.kind === 'microsoft-graph' || aud.kind === 'unknown' || e.token?.idToken) return undefined;
      if (aud.kind === 'own-api' && (ownApiExpected(e) || audienceConfigured(e) !== undefined)) return undefined;
      return callsGraph(e) && `The pasted token was issued for ${aud.name} (aud ${aud.value}), not for Microsoft Graph`;
    })),
    fromToken(when('token-for-other-api-no-graph-call', 2, (e) => {
      const aud = e.token?.audience;
      return aud !== undefined && aud.kind !== 'microsoft-graph' && aud.kind !== 'unknown' && !callsGraph(e) && !ownApiExpected(e) && `The pasted token is for ${aud.name} (aud ${aud.value})`;
    })),
    when('encrypted-token', 4.5, (e) => e.tokens.some((t) => t.form === 'encrypted') && 'The pasted token is encrypted (JWE): Microsoft Graph tokens never are, so it was issued for another resource'),
    fromToken(when('id-token', 6, (e) => e.tokens.some((t) => t.idToken) && 'The pasted token is an ID token, not an access token')),
    // The claims quoted from jwt.ms are an ID token's (nonce or at_hash, no scp or roles): it proves a
    // sign-in to the app and is no access token for any API (https://learn.microsoft.com/entra/identity-platform/id-tokens).
    // The code hands on an MSAL result's idToken where the call needs its accessToken ("Bearer " + result.idToken): an ID
    // token proves the sign-in to the app and is issued for the app itself, never for Graph
    // (https://learn.microsoft.com/entra/identity-platform/id-tokens). Not where the access token is used beside it.
    when('id-token-property-sent', 5, (e) => e.has('.idtoken') && !e.has('.accesstoken') && !e.has('acquiretoken') && callsGraph(e) && ID_TOKEN_PROPERTY.test(e.lower) && 'The code sends the sign-in result\'s idToken as the bearer token: an ID token is issued for your app, not for Graph; send the result\'s accessToken (acquireTokenSilent for Graph scopes)'),
    when('quoted-id-token', 5, (e) => !e.token && e.quoted.idToken === true && callsGraph(e) && 'The quoted claims are an ID token\'s (a nonce or sign-in hash, no scp or roles): an ID token is sent where Graph needs an access token'),
    // On-behalf-of redeems the token the API received, which must be issued for that API: one whose aud is Microsoft
    // Graph (the SPA's /me token passed along) fails as an assertion
    // (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow).
    when('obo-assertion-for-graph', 5, (e) => {
      const aud = e.token?.audience ?? e.quotedAudience;
      const refused = e.aadsts.some((a) => a.code === '50013' || a.code === '50027') || e.oauthErrors.includes('invalid_grant');
      return e.flows.includes('on-behalf-of') && aud?.kind === 'microsoft-graph' && refused && 'The token passed to on-behalf-of is one issued for Microsoft Graph: the flow takes the token your API received for itself (its aud your API\'s id), and the SPA must ask for your API\'s scope';
    }),
    // Not a token for the developer's own API where the failing request goes to that API: the audience fits the call.
    // Nor where a known message says what answered instead (a gateway's missing subscription key): no token was judged.
    when('quoted-audience', 5, (e) => {
      const aud = e.token || e.quoted.idToken ? undefined : e.quotedAudience;
      return aud !== undefined && aud.kind !== 'microsoft-graph' && aud.kind !== 'unknown' && audienceConfigured(e) === undefined && callsGraph(e) && !messageSaysNotAuthorization(e) && !(aud.kind === 'own-api' && e.request?.target === 'own-api') && !quotedAudienceIsTheModules(e) && `The quoted ${e.quoted.aud ? 'aud claim' : 'resource'} is ${aud.name} (${aud.value}), not Microsoft Graph`;
    }),
    when('request-to-other-api', 4, (e) => {
      const t = e.request?.target;
      // A token asked for that very host ("https://contoso.sharepoint.com/.default") fits it, whatever else the prose compares.
      const askedForIt = e.request?.host !== undefined && e.lower.includes(`${e.request.host.toLowerCase()}/.default`);
      const other = !askedForIt && (t === 'azure-ad-graph' || t === 'exchange-outlook' || t === 'sharepoint' || t === 'azure-management');
      return other && (e.lower.includes('microsoft graph') || e.lower.includes('same token') || e.lower.includes('graph token')) && `The failing call goes to ${e.request?.host} with a token meant for another API`;
    }),
    when('own-api-scope', 3, (e) => (e.lower.includes('access_as_user') || (e.lower.includes('api://') && /scope[^\n]{0,40}api:\/\//.test(e.lower))) && callsGraph(e) && !ownApiExpected(e) && 'The token was requested with your own API\'s scope (api://… / access_as_user), which gives a token for that API'),
    phrase('works-elsewhere', 3, ['works against /_api', 'works with sharepoint', 'works for sharepoint', 'works against sharepoint', 'works with outlook', 'works with the outlook'], (p) => `The token works for another API ("${p}") but not for Graph`),
    when('validation-failure-unspecified', 3.5, (e) =>
      e.lower.includes('access token validation failure') && !e.lower.includes('invalid audience') && !hasAffirmedMatch(e.lower, OTHER_VALIDATION_FAILURE) && 'Graph reports a validation failure without saying expired or malformed: an audience or issuer mismatch is the usual reason'),
    when('token-edited', -3, (e) => tokenSaidEdited(e) !== undefined && 'The token was edited by hand: that alone breaks its signature, whatever API it was issued for'),
    phrase('signature-or-x5t', 3, ['invalid x5t', 'x5t claim', 'issuer or signature', ...SIGNATURE_FAILED], (p) => `The signature could not be verified ("${p}"): an API validates only tokens issued for it — a Graph token sent to your own API, or your API's token sent to Graph`),
    ...knowledgeSignals('wrong-audience'),
    // A cloud's missing feature, not a token from another cloud, is then what its InvalidCloudInstance reports.
    when('cloud-feature-missing', -2, (e) => cloudUnavailable(e) !== undefined && 'The paste says the API is not offered in this national cloud, so the token need not be from another cloud'),
    ...conceptSignals('wrong-audience'),
    fromToken(when('graph-token-elsewhere', 5, graphTokenElsewhere)),
    when('graph-scopes-mapped-to-own-api', 5, (e) => {
      const said = graphScopesMappedToOwnApi(e);
      return said !== undefined && `The interceptor's protectedResourceMap asks Graph scopes for your own API (${said}): MSAL then attaches a Graph token to those calls, which your API cannot accept; map its URL to the API's own scope (api://{app-id}/{scope})`;
    }),
    fromToken(when('graph-token-signature-checked', 5, graphTokenSignatureChecked)),
    fromToken(when('audience-host-mismatch', 5, audienceHostMismatch)),
    when('requested-graph-cloud-mismatch', 5, requestedGraphCloudMismatch),
    when('requested-sharepoint-host-mismatch', 4.5, requestedSharePointHostMismatch),
    when('sign-in-cloud-mismatch', 5, signInCloudMismatch),
    when('sso-token-to-graph', 4.5, ssoTokenToGraph),
    // https://learn.microsoft.com/javascript/api/outlook/office.mailbox: the callback token is for Exchange (Outlook REST, EWS).
    when('outlook-callback-token-to-graph', 4.5, (e) => e.has('getcallbacktokenasync') && (e.request?.target === 'microsoft-graph' || e.has('graph.microsoft.com') || e.has('microsoft graph')) &&
      'An Outlook add-in callback token (getCallbackTokenAsync) is issued for Exchange (Outlook REST or EWS), not for Microsoft Graph: use the add-in SSO token exchanged on-behalf-of, or MSAL, for Graph'),
    when('b2c-token-to-graph', 4.5, (e) => {
      const said = b2cTokenToGraph(e);
      return said !== undefined && (e.statuses.includes(401) || hasCode(e, 'InvalidAuthenticationToken') || e.lower.includes('invalid audience')) &&
        `A token from Azure AD B2C's sign-in ("${said.trim()}") is issued for your own API: Microsoft Graph accepts tokens from Microsoft Entra ID's endpoint (login.microsoftonline.com) only, even for a B2C tenant`;
    }),
    when('other-api-involved', 1.5, otherMicrosoftApiInvolved),
    when('other-api-beside-denial', 0.75, otherMicrosoftApiBesideDenial),
    // https://learn.microsoft.com/entra/identity-platform/access-tokens: a token requested for your API carries its aud, and Graph accepts only its own.
    when('own-api-token-to-graph', 4, (e) => {
      if (!e.has('token') || !callsGraph(e) || e.flows.includes('on-behalf-of')) return undefined;
      const said = OWN_API_TOKEN.exec(e.lower)?.[0];
      return said !== undefined && `A token obtained for your own API ("${said}") is sent to Microsoft Graph: its aud names your API, and Graph accepts only tokens issued for Graph`;
    }),
    when('audience-identifier-refused', 2, audienceIdentifierRefused),
    when('default-arm-token-to-graph', 4.5, (e) => defaultArmTokenToGraph(e, callsGraph(e))),
    when('other-resource-scope-to-graph', 4.5, (e) => otherResourceScopeToGraph(e, callsGraph(e))),
    when('scope-for-another-api', 4.5, scopeForAnotherApi),
    when('other-api-token-to-graph', 4, (e) => (e.has('token') ? otherApiTokenToGraph(e, callsGraph(e) || /\bgraph\b(?!\.windows)/.test(e.lower)) : undefined)),
    phrase('azure-ad-graph-mention', 1.5, ['graph.windows.net', 'azure ad graph', 'azure active directory graph', '00000002-0000-0000-c000-000000000000'], () => 'Azure AD Graph (graph.windows.net), a different API, is involved'),
    when('status-401', 0.5, (e) => e.statuses.includes(401) && 'HTTP 401: the token was not accepted'),
  ],
}) satisfies Cause;
