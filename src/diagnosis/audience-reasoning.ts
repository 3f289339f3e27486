/**
 * Facts combined about which API a token was issued for and which API receives it: an SSO token
 * or a Graph token sent where it does not belong, an audience naming another host or cloud. Each
 * function answers one question a cause module turns into a signal.
 */
import { gated, testIn, execIn, mayMatch } from './word-gate.js';
import type { Evidence } from './evidence/index.js';
import { OWN_API_NAMES, apiOfHost, otherApiNamed, type OtherApi } from './knowledge/other-apis.js';
import { permissionByName } from '../permissions/default-index.js';
import { isSignInScope } from '../permissions/oidc-scopes.js';
import { GRAPH_HOSTS, classifyAudience, hostOf } from '../token/claims.js';
import { isNegatedAt, isStated } from './evidence/negation.js';
import { oncePerPaste } from './once-per-paste.js';
import { registerPhrases } from './phrase-index.js';
import { isDenied } from './signals.js';
import { preauthenticatedUrlFailed, tokenRequestOnlyFailed } from './reasoning.js';

/**
 * The SSO call itself failed ("getAuthToken: Failed with error", "getAccessToken() rejects with"):
 * Teams or Office issued no token, so none reached Graph with the wrong audience. Only the call's
 * own failure, right after its name: an "error" further on may be Graph's answer to the token.
 */
const SSO_CALL_FAILED = /\bget(?:auth|access)token(?:forapp)?\b(?:\(\))?[\s:-]{0,4}(?:failed|fails|rejects|rejected)\b/;
function ssoRequestRefused(e: Evidence): boolean {
  return SSO_CALL_FAILED.test(e.lower);
}

/** A Teams tab or Office add-in SSO token sent straight to Graph: it was issued for the app's own API. */
export function ssoTokenToGraph(e: Evidence): string | undefined {
  if (!e.flows.includes('sso-token') || e.flows.includes('on-behalf-of') || ssoRequestRefused(e)) return undefined;
  // Beside an SSO token, "Graph" alone ("call Graph directly") is Microsoft Graph.
  const graph = e.request?.target === 'microsoft-graph' || /\bgraph\b/.test(e.lower);
  return graph ? 'A Teams or Office add-in SSO token (getAuthToken / getAccessToken) is issued for the app\'s own API; Graph needs it exchanged on the server (on-behalf-of) first' : undefined;
}

const OTHER_API_TARGETS: ReadonlySet<string> = new Set(['own-api', 'sharepoint', 'exchange-outlook', 'azure-management', 'azure-ad-graph']);
/** A Graph scope or resource in a token request: "https://graph.microsoft.com/.default", resource=https://graph.microsoft.com. */
// SharePoint Framework's AadHttpClient made for Graph, getClient('https://graph.microsoft.com'), sends Graph
// tokens to every URL it is used on (https://learn.microsoft.com/sharepoint/dev/spfx/use-aadhttpclient).
const GRAPH_SCOPE = gated(/graph\.microsoft\.com\/\.default|(?:scopes?|resource)\W{1,6}(?:[\w.:/-]+\s+)?https:\/\/graph\.microsoft\.com|getclient\(\s{0,3}["'`]https:\/\/graph\.microsoft\.com/);
/** What the token is said to be used for: "the token I use to call", "the same token we got for". */
const TOKEN_USED = String.raw`\btoken\b[^.\n]{0,30}\b(?:i|we)\s+(?:use|used|get|got|request|requested)\s+(?:to\s+call|to\s+query|for|with|against)`;
/** "the token for Graph", "my Graph token", "the same token that works for graph.microsoft.com". */
// Microsoft Graph, not Azure AD Graph's host graph.windows.net ("the token only works for graph.windows.net").
const GRAPH_TOKEN_PROSE = gated(new RegExp(String.raw`\btoken\s+(?:\w+\s+){0,4}(?:for|from|of|with|against|on)\s+(?:the\s+)?(?:microsoft\s+)?graph\b(?!\.windows)|\bgraph\s+(?:api\s+)?(?:access\s+)?token\b|\btoken\b[^.\n]{0,60}\bworks?\b[^.\n]{0,40}\bgraph\b(?!\.windows)|${TOKEN_USED}\s+(?:https:\/\/)?(?:the\s+)?(?:microsoft\s+)?graph\b(?!\.windows)`));

/** A clause that ends naming what the token is used for: "the token I use to call", "the same token we use for". */
const TOKEN_USED_FOR = new RegExp(String.raw`${TOKEN_USED}\s*$`);

/**
 * A scope written with its resource: "https://outlook.office365.com/SMTP.Send",
 * "https://graph.microsoft.us/.default", "https://graph.microsoft.com/User.Read". The scope ends the
 * URL: a dotted first path segment that more path follows is a tenant or host in a call
 * (https://graph.windows.net/contoso.onmicrosoft.com/users), not a scope.
 */
const SCOPE_URL = /https:\/\/([a-z0-9.-]+)\/(?:\.default|[a-z]+\.[a-z.]+)(?=$|[\s"'`,;)\]}])/g;

/** What an API says when it refuses a token it validates itself. */
// The validator's refusal either side of the claim: "the audience is invalid", "Claim value mismatch: aud=…", "JWT Validation Failed".
// Also the validation said to fail or the values not to match ("validation fails", "doesn't match my
// client id"), and the same in the other languages the product reads ("検証に失敗", "一致しない", "验证失败",
// "不匹配", "Validierung schlägt fehl", "la validation échoue", "falla la validación", "falha na validação").
const OWN_API_REFUSES = new RegExp([
  String.raw`\binvalid (?:token|signature|audience)|\b401\b|unauthori[sz]ed|idx10\d{3}|\bsignature\b|\baud(?:ience)?\b[^.\n]{0,30}\b(?:invalid|empty|wrong|mismatch|rejected|(?:does not|doesn't|do not|don't|did not|didn't|never) match)`,
  String.raw`\b(?:mismatch|invalid|rejected)\b[^.\n]{0,20}\baud\b|\bjwt validation failed\b|\bvalidation (?:fails|failed|is failing)\b`,
  String.raw`検証(?:に|が)?失敗|一致(?:しない|せず|しません)|验证失败|校验失败|不匹配|validierung (?:schlägt fehl|fehlgeschlagen)|validation (?:échoue|a échoué)|falla la validación|la validación falla|falha na validação|a validação falha`,
].join('|'));

const SIGN_IN_HOST = /^(?:login\.|sts\.|localhost$|127\.0\.0\.1$)|\.b2clogin\.com$|\.ciamlogin\.com$/;

/**
 * The scopes requested are Graph permission names, bare ("User.Read") or with Graph's prefix
 * ("https://graph.microsoft.com/Mail.Read"): a scope without a resource prefix is a Microsoft Graph
 * scope (https://learn.microsoft.com/entra/identity-platform/scopes-oidc).
 */
function graphScopesOnly(e: Evidence): boolean {
  const scopes = (e.quoted.scopes ?? []).filter((s) => !isSignInScope(s)).map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, ''));
  if (scopes.length > 0) return scopes.every((s) => !s.includes('://') && permissionByName(s) !== undefined);
  // The same said in words: "the token it got for User.Read", "a token for Mail.Read".
  const said = TOKEN_FOR_PERMISSION.exec(e.lower)?.[1];
  return said !== undefined && permissionByName(said) !== undefined;
}
/** A token said to be for a permission named without a resource: "the token it got for User.Read". */
const TOKEN_FOR_PERMISSION = /\btoken\b[^.\n]{0,40}?\bfor\s+([a-z]+\.[a-z]+(?:\.[a-z]+){0,2})\b(?![/:-]|\.[a-z0-9])/;

/** Whether a URL the paste shows is only Graph named as a scope, not a call to it. */
function isGraphScopeOnly(url: string): boolean {
  return /graph\.microsoft\.com\/?(?:\.default)?\/?$/i.test(url) || /\/\.default\b/.test(url);
}

/**
 * A Graph URL shown as the comparison that works, said before it in its sentence: "The token works
 * fine against Graph itself, e.g. https://graph.microsoft.com/v1.0/users/{id}/photo/$value".
 */
function graphCallSaidToWork(lower: string, at: number | undefined): boolean {
  if (at === undefined) return false;
  const before = lower.slice(Math.max(0, at - 160), at);
  // The sentence ends at a line break or at ". " other than in "e.g. " and "i.e. ".
  let start = before.lastIndexOf('\n');
  for (const m of before.matchAll(/[.!?]\s/g)) if (m.index > start && !/(?:e\.g|i\.e)$/.test(before.slice(0, m.index))) start = m.index;
  const clause = before.slice(start + 1);
  // The URL as what the token is for ("the same access token I use to call https://graph…/me")
  // describes the token, not the failing call.
  if (TOKEN_USED_FOR.test(clause)) return true;
  return /\b(?:works?|worked|working|succeeds?|succeeded)\b/.test(clause) && !/\bfail|\berror|denied|forbidden|unauthori[sz]ed|\b40\d\b|n't work|not work/.test(clause);
}

/**
 * The audience an API's own validator is configured to accept, when it is the API's own api:// URI:
 * API Management's validate-jwt <audience> (https://learn.microsoft.com/azure/api-management/validate-jwt-policy),
 * ValidAudience(s) or an "Audience" setting of a JWT bearer setup.
 */
const OWN_AUDIENCE_CONFIGURED = /<audience>\s*api:\/\/|\bvalid_?audiences?\b[^\n]{0,40}api:\/\/|["']?audience["']?\s*[:=]\s*["']api:\/\//;

/**
 * The exception a Graph SDK raises from Graph's own error body: the call it reports went to Graph. Also an exception
 * whose source is the Graph SDK's core library, Microsoft.Graph.Core (https://www.nuget.org/packages/Microsoft.Graph.Core),
 * printed before its message ("Microsoft.Graph.Core: Lifetime validation failed…", as a host's log prefixes an exception
 * with its source assembly).
 */
const GRAPH_SDK_ERROR = /\bmicrosoft\.graph\.models\.odataerrors\.odataerror\b|\bgraphserviceexception\b|\bmicrosoft\.graph\.serviceexception\b|\bcom\.microsoft\.graph\.models\.odataerrors\b|\bkiota\.abstractions\.apiexception\b|\bmicrosoft\.graph\.core:/;

/** The other Microsoft API the paste names or calls by host (two signals ask). */
const apiNamedIn = oncePerPaste((e): OtherApi | undefined => otherApiNamed(e.lower, e.has));

/**
 * The failing call goes to another API (Azure Resource Manager, SharePoint REST, Exchange,
 * Key Vault, the developer's own API…) with a token issued for Microsoft Graph: every API accepts
 * only tokens whose aud names it (https://learn.microsoft.com/entra/identity-platform/access-tokens).
 * Asked by two signals of one diagnosis; it scans the text for hosts and scopes, so once is enough.
 */
export const graphTokenElsewhere = oncePerPaste(readGraphTokenElsewhere);

function readGraphTokenElsewhere(e: Evidence): string | undefined {
  // A sign-in error with no API's refusal beside it: the token request itself failed, so no token
  // reached any API (the scope named in the AADSTS message was only asked for).
  if (tokenRequestOnlyFailed(e)) return undefined;
  // An upload session's own URL (on SharePoint) refused the bytes: it carries its own authorization and takes no
  // bearer token at all, so the Graph token sent along is no audience mismatch (not-authorization reads it).
  if (preauthenticatedUrlFailed(e) !== undefined) return undefined;
  // A Graph SDK's request builder or a Graph PowerShell cmdlet is a Graph call whatever hosts the
  // paste names besides (a SharePoint site id "contoso.sharepoint.com,{guid},{guid}" is an argument).
  if (e.requests.some((r) => (r.target === 'microsoft-graph' && !isGraphScopeOnly(r.url) && !graphCallSaidToWork(e.lower, r.at)) || r.source === 'sdk' || r.source === 'cmdlet')) return undefined;
  // In an on-behalf-of flow the developer's own API rightly receives a token for itself; what it
  // obtains on-behalf-of is for one resource only, so sending that to another Microsoft API
  // (SharePoint, Exchange) still is the mismatch.
  const obo = e.flows.includes('on-behalf-of');
  // The developer's own API counts when the paste shows a request line to it; a bare unknown URL
  // is as often the sign-in endpoint or a redirect URI.
  const host = e.requests.find((r) => OTHER_API_TARGETS.has(r.target) && (r.target !== 'own-api' || (!obo && r.source === 'request-line' && !SIGN_IN_HOST.test(r.host ?? ''))))?.host;
  const api = apiNamedIn(e);
  const aud = e.token?.audience ?? e.quotedAudience;
  // The developer's own API named in prose counts only with the token shown to be for Graph (its
  // aud, the Graph scope it was requested with, bare Graph permission names as its only scopes, or
  // said in words) and the API refusing it: "my Spring Boot API rejects the token", "aud":
  // "00000003-…", scopes ["https://graph.microsoft.com/.default"], scopes ["openid", "User.Read"].
  const graphTokenShown = aud?.kind === 'microsoft-graph' || (aud === undefined && (testIn(GRAPH_SCOPE, e) || testIn(GRAPH_TOKEN_PROSE, e) || graphScopesOnly(e)));
  // Graph's own refusal (its InvalidAuthenticationToken body) says the token reached Graph, not the developer's API.
  // With on-behalf-of the API says which audience it expects: a Graph token shown beside its own
  // api:// audience is the one its validator refused, not the one it got on the user's behalf.
  // Nor beside an error a Graph SDK raised: the refusal it reports is Graph's.
  if (host === undefined && api === undefined && (!obo || OWN_AUDIENCE_CONFIGURED.test(e.lower)) && graphTokenShown && !e.codesLower.has('invalidauthenticationtoken') && !GRAPH_SDK_ERROR.test(e.lower) && OWN_API_REFUSES.test(e.lower)) {
    const own = OWN_API_NAMES.find((n) => e.has(n));
    if (own) return `Your own API ("${own}") receives a token whose audience is Microsoft Graph: it was requested for Graph, and an API accepts only tokens issued for it`;
  }
  if (host === undefined && api === undefined) return undefined;
  if (!graphTokenShown) return undefined;
  // Another API only named (no request to it shown), beside an error a Graph SDK raised from Graph's own answer
  // (ODataError, GraphServiceException): the failing call went to Graph; the other API is what was tried besides.
  if (host === undefined && GRAPH_SDK_ERROR.test(e.lower)) return undefined;
  // A scope of the called API named beside the Graph one (both tried, or two tokens): which token
  // went there the paste does not say.
  const called = api ?? (host !== undefined ? apiOfHost(host) : undefined);
  if (called && [...e.lower.matchAll(SCOPE_URL)].some((m) => apiOfHost(m[1] ?? '') === called)) return undefined;
  return `The call goes to ${api?.name ?? host ?? 'another API'}, but the token was issued for Microsoft Graph: an API accepts only tokens whose audience names it`;
}

/**
 * MSAL Angular's interceptor (and the maps copied from it) asks, for each URL of protectedResourceMap, a token with the
 * scopes listed beside it (https://learn.microsoft.com/entra/msal/javascript/angular/msal-interceptor): an entry for
 * the developer's own API listing only Graph permission names ("user.read", "mail.send", bare scopes are Graph's) sends
 * that API a Graph token, which it cannot accept. Read as the entries ['https://host/…', ['scope', …]].
 */
const RESOURCE_MAP_ENTRY = /\[\s{0,3}["'`](https?:\/\/[^"'`\s]{3,200})["'`]\s{0,3},\s{0,3}\[([^\]\n]{1,300})\]\s{0,3}\]/g;
const GRAPH_OR_SIGN_IN_HOST = /(?:^|\.)graph\.microsoft\.(?:com|us|de)$|^microsoftgraph\.chinacloudapi\.cn$|^login\./;
export const graphScopesMappedToOwnApi = oncePerPaste((e: Evidence): string | undefined => {
  if (!e.has('protectedresourcemap') || !OWN_API_REFUSES.test(e.lower)) return undefined;
  for (const m of e.lower.matchAll(RESOURCE_MAP_ENTRY)) {
    const host = hostOf(m[1] ?? '');
    if (host === undefined || GRAPH_OR_SIGN_IN_HOST.test(host)) continue;
    const scopes = [...(m[2] ?? '').matchAll(/["'`]([^"'`]{1,100})["'`]/g)].map((x) => x[1] ?? '').filter((x) => !isSignInScope(x));
    if (scopes.length > 0 && scopes.every((x) => !x.includes('://') && permissionByName(x) !== undefined)) return `${host} is mapped to Graph scopes (${scopes.join(', ')})`;
  }
  return undefined;
});
registerPhrases(['protectedresourcemap']);

/**
 * The token's audience names one host and the call goes to another of the same kind: a token for
 * Microsoft Graph in a national cloud (graph.microsoft.us) sent to the global graph.microsoft.com,
 * or a SharePoint token for contoso-my.sharepoint.com sent to contoso.sharepoint.com. The aud must
 * name the resource called (https://learn.microsoft.com/entra/identity-platform/access-tokens;
 * national cloud endpoints: https://learn.microsoft.com/graph/deployments).
 */
export function audienceHostMismatch(e: Evidence): string | undefined {
  const aud = e.token?.audience ?? e.quotedAudience;
  const req = e.request;
  if (!aud || !req?.host || (aud.kind !== 'microsoft-graph' && aud.kind !== 'sharepoint')) return undefined;
  const audHost = hostOf(aud.value.trim());
  if (!audHost || audHost === req.host || req.target !== aud.kind) return undefined;
  return `The token's audience is ${audHost}, but the call goes to ${req.host}: a token is accepted only by the host its aud names`;
}


/**
 * The token is requested for Microsoft Graph of one cloud and the call goes to Graph of another:
 * "scope https://graph.microsoft.com/.default" then GET https://graph.microsoft.us/v1.0/users. Each
 * national cloud has its own Graph host, and a token's aud is the scope's resource
 * (https://learn.microsoft.com/graph/deployments; https://learn.microsoft.com/entra/identity-platform/scopes-oidc).
 * Read only where no token or quoted aud says more (the aud-based reading above covers those).
 */
export function requestedGraphCloudMismatch(e: Evidence): string | undefined {
  const req = e.request;
  if (e.token?.audience || e.quotedAudience || req?.target !== 'microsoft-graph' || !req.host || !GRAPH_HOSTS.includes(req.host) || (!e.has('/.default') && !e.has('scope'))) return undefined;
  const hosts = new Set([...e.lower.matchAll(SCOPE_URL)].map((m) => m[1] ?? '').filter((h) => GRAPH_HOSTS.includes(h)));
  if (hosts.size !== 1 || hosts.has(req.host)) return undefined;
  const [scopeHost] = [...hosts];
  return `The token is requested for ${scopeHost ?? 'one Graph host'} but the call goes to ${req.host}: each cloud's Graph accepts only tokens issued for its own host`;
}

/**
 * The same for SharePoint: the token is requested for one SharePoint host and the call goes to
 * another (scope https://contoso.sharepoint.com/.default, then a call to contoso-my.sharepoint.com).
 * A token's aud is the scope's resource (https://learn.microsoft.com/entra/identity-platform/scopes-oidc),
 * and the aud must name the host called (https://learn.microsoft.com/entra/identity-platform/access-tokens).
 * Read only where no token or quoted aud says more, and only when every SharePoint scope names another host.
 */
const SHAREPOINT_SCOPE_URL = /https:\/\/([a-z0-9-]+(?:-my|-admin)?\.sharepoint\.(?:com|us|cn|de))\/(?:\.default|allsites\.[a-z]+|sites\.[a-z.]+|myfiles\.[a-z]+|user\.[a-z.]+|termstore\.[a-z.]+)/g;

export function requestedSharePointHostMismatch(e: Evidence): string | undefined {
  const req = e.request;
  if (e.token?.audience || e.quotedAudience || req?.target !== 'sharepoint' || !req.host || !e.has('sharepoint.')) return undefined;
  const hosts = new Set([...e.lower.matchAll(SHAREPOINT_SCOPE_URL)].map((m) => m[1] ?? ''));
  if (hosts.size === 0 || hosts.has(req.host)) return undefined;
  const [scopeHost] = [...hosts];
  return `The token is requested for ${scopeHost ?? 'another SharePoint host'} but the call goes to ${req.host}: SharePoint accepts a token only on the host its audience names`;
}

/**
 * Each cloud signs users and apps in at its own hosts and serves its own Graph; an app of a
 * national cloud is registered there and must take both endpoints from it
 * (https://learn.microsoft.com/graph/deployments; sign-in hosts:
 * https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud).
 */
const CLOUDS: readonly { readonly name: string; readonly signIn: readonly string[]; readonly graph: readonly string[] }[] = [
  { name: 'the US Government cloud', signIn: ['login.microsoftonline.us'], graph: ['graph.microsoft.us', 'dod-graph.microsoft.us'] },
  { name: 'the China cloud (21Vianet)', signIn: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'], graph: ['microsoftgraph.chinacloudapi.cn'] },
];

/**
 * Entra's own words for a request that crosses clouds: the tenant belongs to another national cloud
 * (AADSTS90038), or a confidential client asks across clouds (AADSTS900382, AADSTS900432)
 * (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 */
const CROSS_CLOUD_CODES: ReadonlySet<string> = new Set(['90038', '900382', '900432']);

/**
 * The paste is about a national cloud: one of their sign-in or Graph hosts is named, or Entra says
 * the request crossed clouds. There the app is registered in that cloud's admin center and takes
 * its token endpoint and Graph root from it (https://learn.microsoft.com/graph/sdks/national-clouds).
 */
const NATIONAL_CLOUD_HOSTS: readonly string[] = CLOUDS.flatMap((c) => [...c.signIn, ...c.graph]);

export function involvesNationalCloud(e: Evidence): boolean {
  return e.aadsts.some((a) => CROSS_CLOUD_CODES.has(a.code)) || NATIONAL_CLOUD_HOSTS.some((h) => e.lower.includes(h));
}

/**
 * The token comes from a national cloud's sign-in host and the call goes to another cloud's Graph
 * (login.microsoftonline.us, then https://graph.microsoft.com): that Graph does not accept the
 * token. Only a national sign-in host counts: the global one appears in any error text. Not when
 * the paste also names that cloud's own Graph (both tried, or compared).
 */
export function signInCloudMismatch(e: Evidence): string | undefined {
  const host = e.request?.host;
  if (e.request?.target !== 'microsoft-graph' || !host || !GRAPH_HOSTS.includes(host)) return undefined;
  const cloud = CLOUDS.find((c) => c.signIn.some((h) => e.lower.includes(h)));
  if (!cloud || cloud.graph.includes(host) || cloud.graph.some((h) => e.lower.includes(h))) return undefined;
  // The global sign-in named too (outside the challenge global Graph answers with) is an app of
  // several clouds: which one this call's token came from, the paste does not say.
  if (e.lower.replace(/authorization_uri="?https:\/\/login\.microsoftonline\.com/g, '').includes('login.microsoftonline.com')) return undefined;
  return `The token comes from ${cloud.name}'s sign-in (${cloud.signIn.find((h) => e.lower.includes(h)) ?? ''}), but the call goes to ${host}: a cloud's Graph accepts only tokens of its own cloud (${cloud.graph.join(' or ')} there)`;
}

/**
 * The clients of SharePoint and Exchange that get their own tokens for them: the admin modules (the Exchange Online
 * module asks for https://outlook.office365.com, https://learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2;
 * PnP PowerShell and the SharePoint Online shell for the tenant's SharePoint, https://pnp.github.io/powershell/articles/authentication.html)
 * and the client libraries (PnP Framework, PnPjs, SPFx's SPHttpClient). Their calls to their own API carry a token
 * issued for it. A module runs nothing else, so a token for its API quoted beside it is its own; a library may sit in
 * code that also calls Graph, so it counts only for the API it serves.
 */
const OWN_CLIENTS: readonly { kind: string; host: string; modules: RegExp; libraries?: RegExp }[] = [
  { kind: 'sharepoint', host: '.sharepoint.com', modules: /\bconnect-pnponline\b|\bconnect-sposervice\b|\bpnp\.powershell\b/, libraries: /\bpnp\.(?:framework|core)\b|\bsphttpclient\b|@pnp\/sp\b|\bpnpjs\b/ },
  { kind: 'exchange-outlook', host: 'outlook.office365.com', modules: /\bconnect-exchangeonline\b|\bexchangeonlinemanagement\b|\bconnect-ippssession\b/ },
];

/** The quoted audience is the API of the admin module the paste runs: no Graph call was sent it, whatever Graph cmdlet set the grants up. */
export function quotedAudienceIsTheModules(e: Evidence): boolean {
  const kind = e.quotedAudience?.kind;
  return kind !== undefined && OWN_CLIENTS.some((c) => c.kind === kind && c.modules.test(e.lower));
}

/** A module or library of that API takes part: its calls there carry its own token for it. */
function apiClientGetsItsOwnToken(e: Evidence, api: OtherApi): boolean {
  return OWN_CLIENTS.some((c) => api.hosts.includes(c.host) && (c.modules.test(e.lower) || c.libraries?.test(e.lower) === true));
}

const OTHER_MICROSOFT_TARGETS: ReadonlySet<string> = new Set(['sharepoint', 'exchange-outlook', 'azure-management']);

/**
 * Another Microsoft API than Graph takes part: named, or called (SharePoint REST, Exchange, Azure
 * Resource Manager, Defender, Power BI…). Each accepts only tokens whose aud names it, so a token
 * obtained for one and sent to the other is refused
 * (https://learn.microsoft.com/entra/identity-platform/access-tokens). Only a weak reason: the
 * paste may be about that API's own permissions. Azure AD Graph has a signal of its own. A
 * 403 alone says the token was accepted (authenticated, then refused), so it speaks against; so
 * does the service's own denial of the action without a 401 (SharePoint's "Access denied. You do
 * not have permission…", System.UnauthorizedAccessException, E_ACCESSDENIED): a token for the
 * wrong API is refused before any action is weighed, with 401
 * (https://learn.microsoft.com/graph/resolve-auth-errors).
 */
/**
 * A mail protocol's own word that the token was taken: IMAP's "OK AUTHENTICATE completed" and "User is authenticated but
 * not connected" (the mailbox could not be opened after sign-in), SMTP's "235 2.7.0 Authentication successful"
 * (https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth).
 * A token the server authenticated was issued for it.
 */
const PROTOCOL_AUTHENTICATED = gated(/\bok authenticate completed\b|\buser is authenticated but not connected\b|\b235 2\.7\.0 authentication successful\b|\bsuccess login on\b/);
export function otherMicrosoftApiInvolved(e: Evidence): string | undefined {
  if (isDenied(e) && !e.statuses.includes(401)) return undefined;
  if (testIn(PROTOCOL_AUTHENTICATED, e)) return undefined;
  if (preauthenticatedUrlFailed(e) !== undefined) return undefined;
  if (quotedAudienceIsTheModules(e)) return undefined;
  // Nor where the service answered with another status only (404 "does not exist", 400): it read the request, so the token was taken.
  if (e.statuses.length > 0 && !e.statuses.some((s) => s === 401 || s === 403)) return undefined;
  const name = otherMicrosoftApiName(e);
  return name && `${name} takes part, and it accepts only tokens issued for it (as Graph accepts only Graph tokens)`;
}

/**
 * The same API named beside a denial (403): the token was accepted there, so the audience is only a
 * runner-up to list, not a reason to lead; some of these APIs answer a token of the wrong resource
 * with 403 too, and their own roles are granted on their own resource, not on Graph.
 */
export function otherMicrosoftApiBesideDenial(e: Evidence): string | undefined {
  if (!isDenied(e) || e.statuses.includes(401)) return undefined;
  // The token said to be that API's own ("the SharePoint token", "a token issued for SharePoint"): its audience fits.
  const api = apiNamedIn(e);
  const word = api?.names[0]?.split(' ')[0]?.replace(/[^a-z0-9]/g, '');
  if (word && new RegExp(String.raw`\b${word}\s+(?:access\s+)?token\b|\btoken\s+(?:was\s+|is\s+)?(?:issued\s+|requested\s+|acquired\s+|obtained\s+)?for\s+(?:the\s+)?${word}\b`).test(e.lower)) return undefined;
  const name = otherMicrosoftApiName(e);
  return name && `${name} takes part: its permissions are granted on its own resource, and its token must be requested for it, not for Graph`;
}

function otherMicrosoftApiName(e: Evidence): string | undefined {
  const called = e.requests.find((r) => OTHER_MICROSOFT_TARGETS.has(r.target))?.host;
  const api = apiNamedIn(e);
  // Not where a graph token is shown going there (GRAPH_SCOPE, a Graph aud): the client's own token is then not the one sent.
  if (api !== undefined && apiClientGetsItsOwnToken(e, api) && !testIn(GRAPH_SCOPE, e) && (e.token?.audience ?? e.quotedAudience)?.kind !== 'microsoft-graph') return undefined;
  // The token asked for with that API's own scope (https://contoso.sharepoint.com/.default) and no
  // Graph scope beside it: its aud is that API, the one called, so the audience fits.
  // Not where the failing request goes to Graph: that token, sent there, is the mismatch.
  if (api !== undefined && !testIn(GRAPH_SCOPE, e) && e.request?.target !== 'microsoft-graph' && scopedApis(e).has(api)) return undefined;
  // The token's aud, pasted or quoted, names the API the request goes to ("aud": "https://contoso.sharepoint.com" beside
  // the request line GET https://contoso.sharepoint.com/…/_api/…): it was issued for the API called.
  // Not a resource the request asked for ("resource": "https://api.securitycenter…"): only the aud the token carries.
  const aud = e.token?.audience ?? (e.quoted.aud === undefined ? undefined : e.quotedAudience);
  const audHost = aud === undefined ? undefined : hostOf(aud.value);
  const requested = e.requests.find((r) => OTHER_MICROSOFT_TARGETS.has(r.target) && r.source === 'request-line')?.host;
  const target = requested === undefined ? undefined : apiOfHost(requested);
  if (target !== undefined && audHost !== undefined && apiOfHost(audHost) === target) return undefined;
  // The same where the API is only named, not shown as a request line (a POP session to outlook.office365.com:995
  // beside a token whose aud is https://outlook.office365.com), and the paste shows no Graph call at all.
  if (api !== undefined && audHost !== undefined && apiOfHost(audHost) === api && !e.requests.some((r) => r.target === 'microsoft-graph' || r.target === 'relative' || r.source === 'sdk' || r.source === 'cmdlet')) return undefined;
  return api && !api.hosts.includes('graph.windows.net') ? api.name : called;
}


/** Where a token's audience is chosen: the API's Application ID URI, or the resource a client asks for. */
const RESOURCE_IDENTIFIER = /\bapp(?:lication)?[ -]?id(?:entifier)?[ -]ur[il]s?\b|\bidentifier[ -]ur[il]s?\b|\bapp(?:lication)? identifier\b|\bresource[ -](?:ur[li]s?|identifier)\b|\bapi:\/\/[\w.-]/;
const REFUSED_401 = /\bunauthori[sz]ed\b|\binvalid[ _-]audience\b/;

/**
 * A 401 beside the identifier that picks the token's audience (Application ID URI, resource URL,
 * api://…): the aud of an access token is that identifier, and an API refuses a token whose aud
 * does not name it (https://learn.microsoft.com/entra/identity-platform/access-tokens, "aud";
 * https://learn.microsoft.com/entra/identity-platform/reference-app-manifest#identifieruris).
 */
export function audienceIdentifierRefused(e: Evidence): string | undefined {
  if (!(e.statuses.includes(401) || REFUSED_401.test(e.lower))) return undefined;
  const m = RESOURCE_IDENTIFIER.exec(e.lower);
  return m ? `A 401 beside the identifier the token is requested for ("${m[0]}"): the token's aud is that identifier, and the API must find itself there` : undefined;
}

/** "the token was issued for the Azure Service Management API", "my token from SharePoint": the resource a token is said to be for. */
const TOKEN_FOR = /\btoken\b[^.\n]{0,40}?\b(?:issued|requested|obtained|acquired|meant|is|was|got)\s+(?:for|from)\s+(?:the\s+)?([^.\n]{3,60})/;

/** "the SharePoint token", "our Bot Framework token": a token named after the API it was issued for. */
const NAMED_TOKEN = gated(/\b(?:the|a|an|my|our|this)\s+(sharepoint|bot framework|azure management|azure resource manager|key vault|power bi|dynamics|dataverse|outlook|exchange online|azure devops)\s+(?:access\s+)?token\b/);

/**
 * Prose says the token is for another Microsoft API while the call goes to Graph: each API accepts
 * only tokens whose aud names it (https://learn.microsoft.com/entra/identity-platform/access-tokens).
 */
export function otherApiTokenToGraph(e: Evidence, callsGraph: boolean): string | undefined {
  if (!callsGraph || e.flows.includes('on-behalf-of')) return undefined;
  const said = TOKEN_FOR.exec(e.lower)?.[1];
  const api = said === undefined ? undefined : otherApiNamed(said, (p) => said.includes(p));
  const name = api?.name ?? execIn(NAMED_TOKEN, e)?.[1];
  return name && `The token is said to be for ${name}, and it is sent to Microsoft Graph: Graph accepts only tokens issued for Graph`;
}

/**
 * A token requested for another resource's identifier ("https://vault.azure.net/.default",
 * "https://management.azure.com/.default") and sent to Graph: a scope names the resource by its
 * identifier, and the token is issued for that resource
 * (https://learn.microsoft.com/entra/identity-platform/scopes-oidc), so Graph refuses it. Not
 * when the paste also asks for Graph's own scope (two tokens in one paste) or passes a token on
 * (on-behalf-of).
 */
const OTHER_DEFAULT_SCOPE = /\b(https:\/\/[a-z0-9.-]+)\/\.default\b/g;
/**
 * The same resource named to a token command: Get-AzAccessToken -ResourceUrl
 * (https://learn.microsoft.com/powershell/module/az.accounts/get-azaccesstoken) and
 * az account get-access-token --resource (https://learn.microsoft.com/cli/azure/account#az-account-get-access-token).
 */
const RESOURCE_ARGUMENT = /(?:-resourceurl|--resource)\s{1,3}["']?(https:\/\/[a-z0-9.-]+)/g;
/**
 * SharePoint Framework's AadHttpClient is made for one resource, whose tokens it sends:
 * aadHttpClientFactory.getClient('api://contoso-api') (https://learn.microsoft.com/sharepoint/dev/spfx/use-aadhttpclient);
 * Graph has its own client (MSGraphClient).
 */
const AAD_HTTP_CLIENT = /getclient\(\s{0,3}["'`]((?:api:\/\/|https:\/\/)[^"'`\s)]{1,200}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["'`]/g;

export function otherResourceScopeToGraph(e: Evidence, callsGraph: boolean): string | undefined {
  if (!callsGraph || e.flows.includes('on-behalf-of') || testIn(GRAPH_SCOPE, e)) return undefined;
  const named = e.lower.includes('-resource') ? [...e.lower.matchAll(RESOURCE_ARGUMENT)] : [];
  if (e.lower.includes('getclient(')) named.push(...e.lower.matchAll(AAD_HTTP_CLIENT));
  const scoped = e.lower.includes('/.default') ? [...e.lower.matchAll(OTHER_DEFAULT_SCOPE)] : [];
  for (const m of [...scoped, ...named]) {
    const aud = classifyAudience(m[1] ?? '');
    // Short enough for the card's first reason (200 characters): the resource asked for becomes the token's audience.
    if (aud.kind !== 'microsoft-graph' && aud.kind !== 'unknown') return `The token is requested for ${aud.name} ("${m[0]}") and sent to Microsoft Graph, which accepts only tokens issued for Graph`;
  }
  return undefined;
}

/**
 * The token is asked for one Microsoft API (a /.default scope on its host) and the failing call goes
 * to another one the paste shows by its host: Log Analytics called with an Azure Resource Manager
 * token, Key Vault with a Graph one. An API accepts only tokens whose aud names it
 * (https://learn.microsoft.com/entra/identity-platform/access-tokens). Graph as the target is
 * otherResourceScopeToGraph's (above).
 */
const CALLED_URL = /https:\/\/([a-z0-9.-]+)\/(?!\.default\b)[^\s"'`]/g;

export function scopeForAnotherApi(e: Evidence): string | undefined {
  if (!e.lower.includes('/.default')) return undefined;
  // The other Microsoft APIs the paste calls (a URL with a path on their host, not a scope): one only.
  const called = new Set<string>();
  for (const m of e.lower.matchAll(CALLED_URL)) {
    const api = apiOfHost(m[1] ?? '');
    if (api) called.add(api.name);
  }
  const [only] = called;
  if (called.size !== 1 || only === undefined) return undefined;
  for (const m of e.lower.matchAll(OTHER_DEFAULT_SCOPE)) {
    const asked = apiOfHost(hostOf(m[1] ?? '') ?? '');
    if (asked && asked.name !== only) return `The token is requested for ${asked.name} ("${m[0]}") and sent to ${only}, which accepts only tokens issued for it`;
  }
  return undefined;
}

/**
 * Azure PowerShell's Get-AzAccessToken and the Azure CLI's `az account get-access-token` return a
 * token for Azure Resource Manager unless told another resource
 * (https://learn.microsoft.com/powershell/module/az.accounts/get-azaccesstoken: "-ResourceTypeName
 * … defaults to Arm"; https://learn.microsoft.com/cli/azure/account#az-account-get-access-token:
 * "--resource … defaults to Azure Resource Manager"). Such a token sent to Graph is for another API.
 */
export function defaultArmTokenToGraph(e: Evidence, callsGraph: boolean): string | undefined {
  if (!callsGraph) return undefined;
  // "(no -ResourceUrl)", "without --resource": a switch said to be left out is not given.
  if (e.lower.includes('get-azaccesstoken') && !/get-azaccesstoken[^\n|;]*(?<!\b(?:no|without)\s)-resource(?:url|typename)\b/.test(e.lower)) {
    return 'Get-AzAccessToken without -ResourceUrl or -ResourceTypeName returns a token for Azure Resource Manager, not for Microsoft Graph (-ResourceTypeName MSGraph asks for Graph)';
  }
  if (e.lower.includes('az account get-access-token') && !/az account get-access-token[^\n|;)]*(?<!\b(?:no|without)\s)--(?:resource|scope|resource-type)\b/.test(e.lower)) {
    return 'az account get-access-token without --resource or --scope returns a token for Azure Resource Manager, not for Microsoft Graph (--resource-type ms-graph asks for Graph)';
  }
  return undefined;
}

/** IDX10214's own two values: the audiences the token carries, and the one the API expects. */
const IDX10214_VALUES = /audiences?: '([^'\n]{1,300})'[^\n]{0,80}?did not match: validationparameters\.validaudience: '([^'\n]{1,300})'/;
/**
 * The audience an API's validation is set to accept, as code and settings write it: Microsoft.IdentityModel's
 * ValidAudience / ValidAudiences, Microsoft.Identity.Web's "Audience" in appsettings.json, passport-azure-ad's
 * and jsonwebtoken's `audience` option. Not a bare "Audiences:": IDX10214 lists the token's own audiences
 * under that label ("Audiences: '…'. Did not match: validationParameters.ValidAudience: '…'").
 */
const CONFIGURED_AUDIENCE = gated(/\b(?:valid_?audiences?|audience|allowed_?audiences?)["']?\s{0,3}[:=]\s{0,3}(?:new\s{0,2}(?:string)?\s{0,2}\[\]\s{0,2}\{\s{0,2}|\[\s{0,2})?["']([^"'\n]{3,300})["']/g);

/**
 * The token's audience (pasted or quoted) when the paste shows the API configured to accept exactly it.
 * Only an audience of the writer's own API: nobody configures Microsoft's APIs' validation, so a Microsoft
 * API's resource written as `audience` is what a token is asked for (a Logic App's or an APIM policy's
 * managed-identity `audience`: the resource the token is for, https://learn.microsoft.com/azure/logic-apps/authenticate-with-managed-identity),
 * not what an API accepts.
 */
export const audienceConfigured = oncePerPaste((e: Evidence): string | undefined => {
  const audience = e.token?.audience ?? e.quotedAudience;
  if (!audience || (audience.kind !== 'own-api' && audience.kind !== 'unknown') || !mayMatch(CONFIGURED_AUDIENCE, e.has)) return undefined;
  const aud = audience.value.trim().toLowerCase();
  for (const m of e.lower.matchAll(CONFIGURED_AUDIENCE)) if ((m[1] ?? '').trim() === aud) return aud;
  return undefined;
});

/** "the aud matches my app id", "the audience is the same as our client id". */
const AUD_SAID_TO_MATCH = gated(/\b(?:aud|audience)\b(?: (?:claim|value|property))?[^.\n]{0,30}?\b(matches|match|is the same as|is identical to|equals)\b[^.\n]{0,30}\b(?:app(?:lication)?|client|api)(?:'s)? ?(?:id|identifier|uri)\b/);
const MATCH_DENIED = /\b(?:not|n't|never)\s+(?:\w+\s+)?$/;

/**
 * The token's audience is the API's own: an IDX10214 whose refused audience equals the one the API
 * expects (the values shown are the same, so what differs is invisible: a space, a value read from
 * the wrong setting), or the person saying the aud matches the app's id. The token was then issued
 * for this API (https://learn.microsoft.com/entra/identity-platform/access-tokens, "aud"): what is
 * off is the validation's configuration, not the token's audience.
 */
export function audienceSaidToMatch(e: Evidence): string | undefined {
  const configured = audienceConfigured(e);
  if (configured) return `The token's aud (${configured}) is the audience the API is configured to accept: the token is for this API, so look at the validation settings`;
  const idx = IDX10214_VALUES.exec(e.lower);
  if (idx && idx[1] !== undefined && idx[1].trim() === (idx[2] ?? '').trim() && idx[1].trim() !== 'null') return 'The audience IDX10214 refused is the one the API expects (the two values shown are the same): the token is for this API, so look at the validation settings';
  const said = execIn(AUD_SAID_TO_MATCH, e);
  if (!said || MATCH_DENIED.test(e.lower.slice(Math.max(0, said.index), said.index + said[0].indexOf(said[1] ?? '')))) return undefined;
  return `The token's audience is said to match the app ("${said[0]}"): a token issued for this API is not the wrong audience`;
}

/** A .default scope naming a host: "https://contoso.sharepoint.com/.default". */
// Its .default scope, or one of its own scopes by name (https://outlook.office.com/IMAP.AccessAsUser.All, …/SMTP.Send).
const SCOPE_HOST = /https?:\/\/([a-z0-9.{}-]{3,253})\/(?:\.default\b|[a-z]+(?:\.[a-z]+)+\b)/g;

/**
 * The other Microsoft APIs the paste asks a token for, by the host of a .default scope (a resource
 * parameter is left out: it is as often in a sign-in URL shown as the one that works).
 */
function scopedApis(e: Evidence): Set<OtherApi> {
  const out = new Set<OtherApi>();
  if (!e.lower.includes('://')) return out;
  for (const m of e.lower.matchAll(SCOPE_HOST)) {
    const api = apiOfHost(m[1] ?? '');
    if (api) out.add(api);
  }
  return out;
}

/**
 * What a validator says when a token's signature does not verify: jwt.io and jsonwebtoken ("invalid
 * signature"), jose (JWSSignatureVerificationFailed), PyJWT (InvalidSignatureError), authlib
 * (bad_signature), Microsoft.IdentityModel (IDX10501 / IDX10503 / IDX10511, read as codes).
 */
export const SIGNATURE_FAILED: readonly string[] = ['invalid signature', 'signature validation failed', 'signature verification failed', 'signature is invalid', 'signature is not valid', 'bad signature', 'bad_signature', 'invalid_signature', 'invalidsignatureerror', 'jwssignatureverificationfailed', 'signature mismatch', 'signing key is invalid', 'signature key was not found'];
registerPhrases(SIGNATURE_FAILED);
const IDX_SIGNATURE_FAILED = new Set(['IDX10501', 'IDX10503', 'IDX10511']);

/**
 * The person says they edited the token themselves (added a claim in jwt.io, changed its exp),
 * beside a failed signature check: an API validates the signature to prove the token is the one
 * the identity platform issued, unaltered (https://learn.microsoft.com/entra/identity-platform/access-tokens#validate-tokens),
 * so any edit breaks it, whatever API the token was for. Said in English, Spanish, Portuguese,
 * French and German ("agregué … al payload", "adicionei … ao payload", "ajouté … au payload",
 * "im Payload … hinzugefügt"). A dot inside a word (a role name such as Reports.Admin) does not end the sentence.
 */
const TOKEN_EDITED = gated(/\b(?:edited|modified|changed|altered|tampered with|tweaked)\s+(?:the\s+|its\s+|my\s+|our\s+)?(?:access\s+)?(?:token|jwt|payload|claims?)\b|\b(?:added|inserted|injected)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:to|into|in)\s+(?:the\s+)?(?:token'?s?\s+|jwt'?s?\s+)?(?:payload|claims)\b|\b(?:edit[ée]|modifiqu[ée]|cambi[ée]|agregu[ée]|añad[ií])(?=[\s,])(?:[^.\n]|\.(?=\S)){0,60}?\b(?:al|el|del|en el)\s+(?:payload|token|jwt)\b|\b(?:editei|modifiquei|alterei|adicionei|acrescentei)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:ao|o|no|do)\s+(?:payload|token|jwt)\b|(?:modifié|édité|ajouté)(?=[\s,])(?:[^.\n]|\.(?=\S)){0,60}?\b(?:au|le|du|dans le)\s+(?:payload|token|jeton|jwt)\b|\b(?:im|in den|den|das)\s+(?:payload|token|jwt)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:bearbeitet|geändert|hinzugefügt|manipuliert)\b/);

/** The token was edited by hand and its signature check failed: the edit broke the signature. */
export const tokenSaidEdited = oncePerPaste((e: Evidence): string | undefined => {
  const failed = SIGNATURE_FAILED.find((p) => e.has(p)) ?? e.idxCodes.find((c) => IDX_SIGNATURE_FAILED.has(c));
  if (failed === undefined) return undefined;
  const m = execIn(TOKEN_EDITED, e);
  return m && !isNegatedAt(e.lower, m.index) ? m[0] : undefined;
});

/**
 * A token whose aud is Microsoft Graph had its signature checked somewhere other than Graph (the
 * developer's own API, jwt.io, a JWT library) and failed: "If you send a Microsoft Graph access
 * token to a non-Microsoft Graph resource provider, you get a signature validation error. Only
 * Microsoft Graph can validate such token"
 * (https://learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/troubleshooting-signature-validation-errors).
 * Not when the paste shows the failing call going to Graph: Graph refusing its own token's signature
 * is a token altered on the way, not a token for another API. Asked by two signals: read once.
 */
export const graphTokenSignatureChecked = oncePerPaste((e: Evidence): string | undefined => {
  const aud = e.token?.audience ?? e.quotedAudience;
  if (aud?.kind !== 'microsoft-graph' || e.token?.idToken) return undefined;
  if (e.requests.some((r) => r.target === 'microsoft-graph' && !isGraphScopeOnly(r.url) && !graphCallSaidToWork(e.lower, r.at))) return undefined;
  const said = SIGNATURE_FAILED.find((p) => e.has(p) && isStated(e.lower, p)) ?? e.idxCodes.find((c) => IDX_SIGNATURE_FAILED.has(c));
  return said && `The token's aud is Microsoft Graph (${aud.value}) and its signature check failed ("${said}"): only Microsoft Graph can validate a Graph token; your own API needs a token requested for it (api://{your-api}/.default)`;
});
