/**
 * The request that failed: "METHOD URL" lines, curl/az/Invoke-RestMethod flags, bare Graph
 * URLs, SDK call chains (`.api('/groups')`, `graphClient.users(id).messages()`,
 * `graphClient.Users["id"].Request().UpdateAsync`), the SDKs' request builders in stack traces
 * and Microsoft Graph PowerShell cmdlets.
 */
import { classifyHost, type AudienceKind } from '../../token/claims.js';
import { toHttpMethod, type HttpMethod } from '../../permissions/request-path.js';
import { defaultPermissionsIndex } from '../../permissions/default-index.js';
import { findBuilderRequests } from './request-builders.js';

export interface FoundRequest {
  readonly method: HttpMethod;
  /** Whether the method was stated or assumed (GET). */
  readonly methodStated: boolean;
  readonly url: string;
  readonly host?: string;
  /** What the host is: Microsoft Graph, another Microsoft API, or unknown for relative paths. */
  readonly target: AudienceKind | 'relative';
  readonly source: 'request-line' | 'url' | 'sdk' | 'cmdlet';
  /** Where in the text it was read (for what the prose says around it). */
  readonly at?: number;
  /** Named by the request builder of a stack trace: the SDK call that threw the error. */
  readonly thrown?: boolean;
}

// URL characters, plus <placeholder> segments people put in pasted URLs.
const URL_CHARS = `(?:[^\\s"'<>\`|\\\\]|<[^\\s<>"']{1,60}>)`;
// The path may be written relative to Graph's root as well: "GET ../beta/users/{id}/drive", "GET v1.0/me".
const METHOD_URL = new RegExp(`\\b(GET|POST|PATCH|PUT|DELETE)\\b["'\`]?\\s{1,4}["'\`]?(?:\\.{1,2}(?=/))?((?:https?://${URL_CHARS}{3,2000})|/${URL_CHARS}{1,2000}|(?:v1\\.0|beta)/${URL_CHARS}{1,2000})`, 'g');
const ABSOLUTE_URL = new RegExp(`https?://${URL_CHARS}{3,2000}`, 'gi');
const METHOD_FLAG = /(?:-X|--request|--method|-Method|"method"\s{0,2}:|method\s{0,2}[:=])\s{0,3}["']?(GET|POST|PATCH|PUT|DELETE)\b/i;
// The path runs to the quote that opened it: OData function parameters hold the other quotes
// ("/reports/getOffice365GroupsActivityDetail(period='D7')").
const SDK_API = /\.api\(\s{0,3}(["'`])((?:(?!\1)[^\n]){1,500})\1\s{0,3}\)([^;\n]{0,400})/g;
// A private field's underscore is part of the client's name: "_graph.Me.Messages", "_graphClient.Users[id]".
// PHP steps with "->": $graphServiceClient->users()->byUserId($id)->messages()->get()
// (https://learn.microsoft.com/graph/sdks/create-requests?tabs=php).
const SDK_CHAIN = /(?<![/.\w-])_?(?:graphClient|graphServiceClient|graph_client|graphclient|client|graph)((?:\s{0,40}(?:\.|->)\s{0,4}[A-Za-z_]{1,60}\s{0,2}(?:\([^()\n]{0,200}\)|\[[^\]\n]{0,200}\])?){1,20})/g;
/**
 * An Azure Resource Manager scope, not a Graph path: "/subscriptions/{id}/resourceGroups/…", or any
 * path given to a scope option ("az ad sp create-for-rbac --scopes /subscriptions/{id}").
 */
const ARM_SCOPE_PATH = /^\/subscriptions\/[^/\s]+\/(?:resourcegroups|providers)\b/i;
const SCOPE_OPTION_BEFORE = /(?:--scopes?|-scope|\bscope["']?\s{0,2}[:=])\s{0,2}["']?$/i;

function isAzureScope(text: string, at: number, path: string): boolean {
  return ARM_SCOPE_PATH.test(path) || SCOPE_OPTION_BEFORE.test(text.slice(Math.max(0, at - 20), at));
}

const PROSE_PATH = /(?<![\w.:/~}-])\/(?:v1\.0\/|beta\/)?(?:me|users|groups|sites|drives|teams|chats|applications|servicePrincipals|directoryRoles|auditLogs|reports|planner|security|organization|devices|subscriptions|communications|identity|policies|roleManagement|invitations|deviceManagement)\b(?:\/[^\s"'`|),]{1,300})?/gi;
const CMDLET = /\b(Get|New|Update|Set|Remove|Send|Reset|Invoke)-Mg([A-Za-z]{2,80})/g;

const API_HOSTS = /(?:graph\.microsoft\.|graph\.windows\.net|outlook\.office|sharepoint\.com|management\.azure\.com|microsoftgraph\.chinacloudapi|dod-graph)/i;

/**
 * A scope written as a URL names the resource a token is asked for, never a call:
 * "https://graph.microsoft.com/.default", "https://graph.microsoft.us/User.Read"
 * (https://learn.microsoft.com/entra/identity-platform/scopes-oidc).
 */
function isScopeUrl(url: string): boolean {
  return /^https?:\/\/[^/]+\/(?:\.default|[A-Za-z]+(?:\.[A-Za-z]+)+)\/?$/.test(url);
}

function target(host: string | undefined): FoundRequest['target'] {
  return host ? classifyHost(host) : 'relative';
}

/**
 * A web server's access-log record ('127.0.0.1 - - [08/Jan/2024 10:02:11] "GET /alerts HTTP/1.1" 500 -', the
 * Common Log Format of Apache, nginx, Werkzeug …: https://httpd.apache.org/docs/2.4/logs.html#common): the
 * request the writer's own server received, not one it sent to Graph.
 */
const ACCESS_LOG_BEFORE = /\]\s{1,3}"$/;
const ACCESS_LOG_AFTER = /^[^"\n]{0,2000}?\shttp\/\d(?:\.\d)?"\s{1,3}\d{3}\b/i;
function inAccessLogRecord(text: string, at: number): boolean {
  return ACCESS_LOG_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && ACCESS_LOG_AFTER.test(text.slice(at, at + 2100));
}

/**
 * A path without its host: the sign-in service's own endpoints (".../oauth2/v2.0/token", "/{tenant}/oauth2/authorize",
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow) are the token request, not an API's;
 * a web server's access-log record is the writer's own server; any other path may be Graph's.
 */
const SIGN_IN_PATH = /^\/(?:[^/\s]+\/)?oauth2\/(?:v2\.0\/)?(?:token|authorize|devicecode)\b/i;
function relativeTarget(url: string, text: string, at: number): FoundRequest['target'] {
  if (SIGN_IN_PATH.test(url)) return 'unknown';
  return inAccessLogRecord(text, at) ? 'own-api' : 'relative';
}

function hostOf(url: string): string | undefined {
  return /^https?:\/\/([^/?#:\s]+)/i.exec(url)?.[1]?.toLowerCase();
}

function trimUrl(url: string): string {
  let out = url.replace(/[.,;:)\]}]+$/, '');
  // A closing brace that ends a placeholder stays: "/users/{id}" is not "/users/{id".
  while (url.charAt(out.length) === '}' && count(out, '{') > count(out, '}')) out += '}';
  return out;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

const TERMINAL_METHODS: Readonly<Record<string, HttpMethod>> = {
  get: 'GET', getasync: 'GET', list: 'GET',
  post: 'POST', postasync: 'POST', addasync: 'POST', create: 'POST', createasync: 'POST', send: 'POST',
  patch: 'PATCH', patchasync: 'PATCH', update: 'PATCH', updateasync: 'PATCH',
  put: 'PUT', putasync: 'PUT',
  delete: 'DELETE', deleteasync: 'DELETE',
};
const CHAIN_NOISE = new Set(['request', 'buildrequest', 'select', 'filter', 'expand', 'top', 'orderby', 'header', 'headers', 'count', 'search', 'skip', 'withurl', 'query', 'options', 'config', 'requestconfiguration', 'api', 'version', 'then', 'catch', 'result', 'value', 'await']);

/** `graphClient.users(id).messages().buildRequest().get()` -> GET /users/{id}/messages */
function parseChain(chain: string): { method: HttpMethod; methodStated: boolean; path: string } | undefined {
  // An argument is one id whatever it holds: a SharePoint site id ("contoso.sharepoint.com,{guid},{guid}")
  // or a UPN has dots that are not steps of the chain.
  const steps = chain.replace(/->/g, '.').replace(/\(([^()]*)\)/g, (_, arg: string) => (arg.trim() ? '(id)' : '()')).replace(/\[[^\]]*\]/g, '[id]');
  const parts = steps.split('.').map((p) => p.trim()).filter(Boolean);
  const segments: string[] = [];
  let method: HttpMethod | undefined;
  for (const part of parts) {
    const name = /^[A-Za-z_]+/.exec(part)?.[0] ?? '';
    const lower = name.toLowerCase();
    const hasArg = /[([]\s*[^)\]\s]/.test(part);
    if (lower in TERMINAL_METHODS) {
      method = TERMINAL_METHODS[lower];
      break;
    }
    if (CHAIN_NOISE.has(lower)) continue;
    if (/^by[a-z]*id$/.test(lower.replace(/_/g, ''))) {
      segments.push('{id}');
      continue;
    }
    if (!lower) continue;
    segments.push(lower);
    if (hasArg) segments.push('{id}');
  }
  if (segments.length === 0 || (segments[0] !== 'me' && segments.length < 1)) return undefined;
  // A chain must start at a known Graph root to count as a Graph call.
  if (!/^(me|users|groups|sites|drives|teams|chats|applications|serviceprincipals|directoryroles|auditlogs|reports|planner|security|organization|devices|subscriptions|communications|identity|policies|rolemanagement|invitations|education|solutions|admin|directory|devicemanagement)$/.test(segments[0] ?? '')) return undefined;
  return { method: method ?? 'GET', methodStated: method !== undefined, path: '/' + segments.join('/') };
}

const CMDLET_VERB: Readonly<Record<string, HttpMethod>> = { Get: 'GET', New: 'POST', Update: 'PATCH', Set: 'PUT', Remove: 'DELETE', Send: 'POST', Reset: 'POST', Invoke: 'POST' };

/** A few cmdlets whose path is not simply derived from their noun. */
const CMDLET_PATHS: Readonly<Record<string, { method: HttpMethod; path: string }>> = {
  'Set-MgUserLicense': { method: 'POST', path: '/users/{id}/assignLicense' },
  'Set-MgUserManagerByRef': { method: 'PUT', path: '/users/{id}/manager/$ref' },
  'Send-MgUserMail': { method: 'POST', path: '/users/{id}/sendMail' },
  'Reset-MgUserAuthenticationMethodPassword': { method: 'POST', path: '/users/{id}/authentication/methods/{id}/resetPassword' },
  'Update-MgUser': { method: 'PATCH', path: '/users/{id}' },
  'Get-MgUserMessage': { method: 'GET', path: '/users/{id}/messages' },
  'Get-MgUserEvent': { method: 'GET', path: '/users/{id}/events' },
  'Get-MgAuditLogSignIn': { method: 'GET', path: '/auditLogs/signIns' },
  'Get-MgTeamChannel': { method: 'GET', path: '/teams/{id}/channels' },
  'Get-MgTeamChannelMessage': { method: 'GET', path: '/teams/{id}/channels/{id}/messages' },
  'New-MgTeamChannelMessage': { method: 'POST', path: '/teams/{id}/channels/{id}/messages' },
  'New-MgChatMessage': { method: 'POST', path: '/chats/{id}/messages' },
  'New-MgGroupMember': { method: 'POST', path: '/groups/{id}/members/$ref' },
  'Get-MgGroupMember': { method: 'GET', path: '/groups/{id}/members' },
  'Get-MgServicePrincipal': { method: 'GET', path: '/servicePrincipals' },
  'Get-MgDirectoryRole': { method: 'GET', path: '/directoryRoles' },
  // "DefaultDrive" is the drive navigation property, not a segment of its own
  // (https://learn.microsoft.com/powershell/module/microsoft.graph.files/get-mguserdefaultdrive).
  'Get-MgUserDefaultDrive': { method: 'GET', path: '/users/{id}/drive' },
  'Get-MgGroupDefaultDrive': { method: 'GET', path: '/groups/{id}/drive' },
};

/** Cmdlet nouns looked up in the permissions data per paste: a script names a handful; a crafted paste thousands. */
const MAX_NOUN_LOOKUPS = 12;

function cmdletRequest(verb: string, noun: string, rest: string, lookups: { left: number }): { method: HttpMethod; path: string } | undefined {
  const name = `${verb}-Mg${noun.replace(/_[A-Za-z0-9]+$/, '')}`;
  const known = CMDLET_PATHS[name];
  if (known) return known;
  const method = CMDLET_VERB[verb];
  if (!method) return undefined;
  // Any other cmdlet: its noun read as the words of the path's segments in Microsoft's
  // permissions data (Get-MgUserMailFolderMessage -> /users/{id}/mailFolders/{id}/messages).
  const words = noun.replace(/_[A-Za-z0-9]+$/, '').split(/(?=[A-Z])/);
  const lastById = method === 'PATCH' || method === 'PUT' || method === 'DELETE' || [1, 2, 3].some((k) => words.length >= k && hasParameter(rest, `-${words.slice(-k).join('')}id`));
  const fromData = lookups.left-- > 0 ? defaultPermissionsIndex().pathOfWords(method, words, lastById) : undefined;
  if (fromData) return { method, path: fromData };
  // Get-MgUser -> /users ; Get-MgUser -UserId x -> /users/{id} ; Get-MgGroup -> /groups
  const base = /^(User|Group|Application|Team|Chat|Site|Drive|Device|Organization|Subscription|Invitation)$/.exec(noun.replace(/_[A-Za-z0-9]+$/, ''))?.[1];
  if (!base) return undefined;
  const plural = `/${base.charAt(0).toLowerCase()}${base.slice(1)}s`;
  const byId = hasParameter(rest, `-${base}id`);
  // New-MgSubscription -> POST /subscriptions: a create goes to the collection.
  return { method, path: (method === 'GET' || method === 'POST') && !byId ? plural : `${plural}/{id}` };
}

/** Where a cmdlet's parameters stop: the first pipe or statement end outside quotes (one pass). */
function pipelineEnd(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '|' || c === ';') return i;
  }
  return line.length;
}

/** Whether `rest` names the parameter (case-insensitive, a whole word): no RegExp built per cmdlet. */
function hasParameter(rest: string, lowerName: string): boolean {
  const lower = rest.toLowerCase();
  for (let at = lower.indexOf(lowerName.toLowerCase()); at >= 0; at = lower.indexOf(lowerName.toLowerCase(), at + 1)) {
    if (!/\w/.test(lower.charAt(at + lowerName.length))) return true;
  }
  return false;
}

/** At most this many requests are kept: once full, the scans stop (nothing more can be added). */
const MAX_REQUESTS = 10;
/**
 * Cmdlet calls read per paste. Each one costs a microsecond or more (its parameters are read),
 * so thousands in a crafted paste would cost milliseconds; a real script names a handful.
 */
const MAX_CMDLETS = 200;
/**
 * Request lines and URLs read per paste. A real paste holds a handful (the corpus: at most four);
 * a log of thousands of them costs a regex match, a trim and a lookup each, milliseconds in all,
 * while the first few hundred already hold every request that can be kept (MAX_REQUESTS).
 */
const MAX_URLS_READ = 256;

/**
 * An HTTP client's own method call, where no request line or method flag says it: the call wraps
 * the URL on its line (requests.post("https://…"), client.PostAsync("https://…")), or the URL is
 * put in a variable that a later call takes (url = f"https://…" then requests.post(url, …);
 * $uri = "https://…" then Invoke-RestMethod -Uri $uri -Method Post).
 */
const CALL_BEFORE_URL = /\.(get|post|patch|put|delete)(?:async)?\s{0,2}\(\s{0,2}(?:url\s{0,2}=\s{0,2})?(?:f|\$)?["'`]?$/i;
const ASSIGNED_BEFORE_URL = /(?:^|[^\w$])(\$?[A-Za-z_]\w{0,40})\s{0,2}(?::\s{0,2}[A-Za-z]\w{0,20}\s{0,2})?=\s{0,2}(?:f|\$)?["'`]$/;
/** How far after the assignment the call that takes the variable is looked for. */
const VARIABLE_USE_WINDOW = 1500;

/**
 * An HTTP client's call on a URL built from a base held in a variable: requests.patch(f"{GRAPH}/users/{upn}"),
 * axios.get(`${graphBase}/me/messages`), http.post(GRAPH_URL + "/users"). A Graph call when the
 * variable names Graph or the path starts with Graph's version segment.
 */
const CLIENT_CALL_ON_BASE = /\.(get|post|patch|put|delete)(?:async)?\s{0,2}\(\s{0,2}(?:url\s{0,2}=\s{0,2})?(?:f["']\{([A-Za-z_][\w.]{0,40})\}|`\$\{([A-Za-z_][\w.]{0,40})\}|([A-Za-z_][\w.]{0,40})\s{0,2}\+\s{0,2}["'`])(\/[^"'`\s)]{1,300})/gi;

function clientCallsOnBase(text: string): { method: HttpMethod; path: string; at: number }[] {
  const out: { method: HttpMethod; path: string; at: number }[] = [];
  CLIENT_CALL_ON_BASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let read = 0; read < MAX_REQUESTS && (m = CLIENT_CALL_ON_BASE.exec(text)) !== null; read++) {
    const base = m[2] ?? m[3] ?? m[4] ?? '';
    const path = (m[5] ?? '').replace(/\$\{([^}]{1,60})\}/g, '{$1}');
    const method = toHttpMethod(m[1]);
    if (method && (/graph/i.test(base) || /^\/(?:v1\.0|beta)\//.test(path))) out.push({ method, path, at: m.index });
  }
  return out;
}

function methodOfClientCall(text: string, line: string, urlAt: number, lineEnd: number): HttpMethod | undefined {
  const before = line.slice(Math.max(0, urlAt - 60), urlAt);
  const wrapped = CALL_BEFORE_URL.exec(before);
  if (wrapped) return toHttpMethod(wrapped[1]);
  const name = ASSIGNED_BEFORE_URL.exec(before)?.[1];
  if (!name) return undefined;
  const after = text.slice(lineEnd, lineEnd + VARIABLE_USE_WINDOW);
  const v = name.replace(/[$]/g, '\\$');
  const use = new RegExp(`\\.(get|post|patch|put|delete)(?:async)?\\s{0,2}\\(\\s{0,2}(?:url\\s{0,2}=\\s{0,2})?${v}\\b|-Uri\\s{1,3}${v}\\b[^\\n]{0,200}?-Method\\s{1,3}["']?(get|post|patch|put|delete)\\b|-Method\\s{1,3}["']?(get|post|patch|put|delete)\\b[^\\n]{0,200}?-Uri\\s{1,3}${v}\\b`, 'i').exec(after);
  return use ? toHttpMethod(use[1] ?? use[2] ?? use[3]) : undefined;
}

/** A line continued onto the next by the shell ("\\" in bash, "`" in PowerShell, "^" in cmd). */
const CONTINUED = /(?:\\|`|\^)\s*$/;

/**
 * The lines a command was continued from before the line starting at `start` (curl -X POST … \ on
 * one line, its URL on the next): where a method flag may stand. Up to four lines back.
 */
function continuedFrom(text: string, start: number): string {
  let from = start;
  for (let i = 0; i < 4 && from > 0; i++) {
    const prevStart = text.lastIndexOf('\n', from - 2) + 1;
    const prev = text.slice(prevStart, from - 1);
    if (!CONTINUED.test(prev)) break;
    from = prevStart;
  }
  return from < start ? text.slice(from, start) : '';
}

/**
 * The options of the call that takes the URL, written on the lines after it: fetch(url, {⏎ method:
 * "PATCH", … }), axios({ url, ⏎ method: 'post' }), requests.request(⏎ method="DELETE", …). Read up to
 * the next URL, so another call's options are not taken for this one's.
 */
/**
 * The method as a form shows it, on its own line right above the URL's: Power Automate's and Logic Apps'
 * HTTP action ("Method: PATCH" / "URI: https://…"), in the portal's languages ("Methode", "Méthode", "Método", "Metodo").
 */
const LABELLED_METHOD = /^\s{0,12}["'*]{0,2}(?:method|methode|méthode|método|metodo)["'*]{0,2}\s{0,2}[:=]\s{0,2}["']?(GET|POST|PATCH|PUT|DELETE)\b/i;
function labelledMethodAbove(text: string, lineStart: number): string | undefined {
  if (lineStart <= 1) return undefined;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return LABELLED_METHOD.exec(text.slice(prevStart, lineStart - 1))?.[1];
}

const OPTIONS_WINDOW = 240;
const OPTIONS_METHOD = /^\s{0,12}["']?method["']?\s{0,2}[:=]\s{0,2}["'`](GET|POST|PATCH|PUT|DELETE)["'`]/im;

function optionsAfter(text: string, lineEnd: number): string {
  const after = text.slice(lineEnd, lineEnd + OPTIONS_WINDOW);
  const nextUrl = after.indexOf('://');
  return nextUrl < 0 ? after : after.slice(0, nextUrl);
}

/** A cmdlet other than Invoke-* earlier on the line, then a parameter right before the URL. */
const CMDLET_TARGET_URL = /(?:^|[\s;|(])(?!invoke-)[a-z]+-[a-z0-9]+\b[^\n]*\s-[a-z]+\s+["']?$/i;

export function findRequests(text: string): FoundRequest[] {
  const out: FoundRequest[] = [];
  // Each request read once, by method and address, with where it sits in out.
  const seen = new Map<string, number>();
  const add = (r: FoundRequest): void => {
    const key = `${r.method} ${r.url.toLowerCase()}`;
    const at = seen.get(key);
    if (at !== undefined) {
      // The call a stack trace names may already be read from the code that made it: mark that one.
      const found = out[at];
      if (r.thrown && found) out[at] = { ...found, thrown: true };
      return;
    }
    if (out.length >= MAX_REQUESTS) return;
    seen.set(key, out.length);
    out.push(r);
  };
  let m: RegExpExecArray | null;
  METHOD_URL.lastIndex = 0;
  // The same request line repeated (a log) is read once: its raw text is checked before any trim.
  let readLines: Set<string> | undefined;
  for (let read = 0; out.length < MAX_REQUESTS && read < MAX_URLS_READ && (m = METHOD_URL.exec(text)) !== null; read++) {
    // Built from the second line on: most pastes hold one request line or none.
    if (readLines?.has(m[0])) continue;
    (readLines ??= new Set()).add(m[0]);
    const written = trimUrl(m[2] ?? '');
    const url = written.startsWith('v1.0/') || written.startsWith('beta/') ? `/${written}` : written;
    // A request line seen already adds nothing: skip its host lookup.
    if (seen.has(`${m[1] ?? ''} ${url.toLowerCase()}`)) continue;
    const host = hostOf(url);
    add({ method: m[1] as HttpMethod, methodStated: true, url, host, target: host === undefined ? relativeTarget(url, text, m.index) : target(host), source: 'request-line', at: m.index });
  }
  // Each extractor runs only when its marker is in the text at all.
  const hasCmdlet = text.includes('-Mg');
  const hasApiCall = text.includes('.api(');
  // Fluent chains are often broken over indented lines: `graphClient.Me.Messages\n        .Request()`.
  const hasChain = /(?:graph|client)\s{0,40}(?:\.|->)\s{0,4}[A-Za-z]/i.test(text);
  const hasUrl = text.includes('://');
  CMDLET.lastIndex = 0;
  const lookups = { left: MAX_NOUN_LOOKUPS };
  for (let read = 0; hasCmdlet && out.length < MAX_REQUESTS && read < MAX_CMDLETS && (m = CMDLET.exec(text)) !== null; read++) {
    const lineEnd = text.indexOf('\n', m.index);
    // Its parameters end where the pipeline or statement does: "Get-MgGroup -All | % { Get-MgGroupMember -GroupId … }"
    // gives -GroupId to the second cmdlet, not the first.
    const line = text.slice(m.index, Math.min(m.index + 300, lineEnd < 0 ? text.length : lineEnd));
    const rest = line.slice(0, pipelineEnd(line));
    const r = cmdletRequest(m[1] ?? '', m[2] ?? '', rest, lookups);
    if (r) add({ method: r.method, methodStated: true, url: r.path, target: 'relative', source: 'cmdlet', at: m.index });
  }
  SDK_API.lastIndex = 0;
  while (hasApiCall && out.length < MAX_REQUESTS && (m = SDK_API.exec(text)) !== null) {
    const after = (m[3] ?? '').toLowerCase();
    const verb = /\.(get|post|patch|put|delete|update)\s{0,2}\(/.exec(after)?.[1];
    const method = verb ? (TERMINAL_METHODS[verb] ?? 'GET') : 'GET';
    add({ method, methodStated: verb !== undefined, url: m[2] ?? '', target: 'relative', source: 'sdk', at: m.index });
  }
  SDK_CHAIN.lastIndex = 0;
  // Read as many chains as URLs: a log repeating one chain adds nothing after its first read.
  for (let read = 0; hasChain && out.length < MAX_REQUESTS && read < MAX_URLS_READ && (m = SDK_CHAIN.exec(text)) !== null; read++) {
    const r = parseChain(m[1] ?? '');
    if (r) add({ method: r.method, methodStated: r.methodStated, url: r.path, target: 'relative', source: 'sdk', at: m.index });
  }
  // The request builder a stack trace names (Microsoft.Graph.Users.Item.Messages.MessagesRequestBuilder.GetAsync).
  for (const r of out.length < MAX_REQUESTS ? findBuilderRequests(text) : []) {
    add({ method: r.method, methodStated: r.methodStated, url: r.path, target: 'relative', source: 'sdk', at: r.at, thrown: true });
  }
  for (const r of hasApiCall || !text.includes('(') ? [] : clientCallsOnBase(text)) add({ method: r.method, methodStated: true, url: r.path, target: 'relative', source: 'sdk', at: r.at });
  ABSOLUTE_URL.lastIndex = 0;
  // The line around a URL is found once per line, not once per URL (3,000 URLs on one line).
  let line = '';
  let lineEnd = -1;
  const readUrls = new Set<string>();
  for (let read = 0; hasUrl && out.length < MAX_REQUESTS && read < MAX_URLS_READ && (m = ABSOLUTE_URL.exec(text)) !== null; read++) {
    // A URL repeated (a request line pasted many times) is read once.
    if (readUrls.has(m[0])) continue;
    readUrls.add(m[0]);
    const url = trimUrl(m[0]);
    if (!API_HOSTS.test(url) || isScopeUrl(url)) continue;
    if (out.some((r) => r.url === url)) continue;
    if (m.index >= lineEnd) {
      const start = text.lastIndexOf('\n', m.index) + 1;
      const end = text.indexOf('\n', m.index);
      lineEnd = end < 0 ? text.length : end;
      line = text.slice(start, lineEnd);
    }
    // A URL given to a PowerShell cmdlet that is not a request cmdlet ("Connect-PnPOnline -Url …",
    // "Grant-PnPAzureADAppSitePermission -Site …") names what the cmdlet works on; the calls it makes are its own.
    if (CMDLET_TARGET_URL.test(text.slice(lineEnd - line.length, m.index))) continue;
    const flag = toHttpMethod(METHOD_FLAG.exec(line)?.[1] ?? METHOD_FLAG.exec(continuedFrom(text, lineEnd - line.length))?.[1] ?? OPTIONS_METHOD.exec(optionsAfter(text, lineEnd))?.[1] ?? labelledMethodAbove(text, lineEnd - line.length)) ?? methodOfClientCall(text, line, m.index - (lineEnd - line.length), lineEnd);
    const host = hostOf(url);
    add({ method: flag ?? 'GET', methodStated: flag !== undefined, url, host, target: target(host), source: 'url', at: m.index });
  }
  // A bare Graph path in prose ("using the /users/<id>/mailFolders api"), when nothing better was found: read after the absolute URLs, whose paths it would otherwise take out of them ("https://graph.windows.net/{tenant}/users").
  PROSE_PATH.lastIndex = 0;
  while (out.length === 0 && text.includes('/') && (m = PROSE_PATH.exec(text)) !== null) {
    if (isAzureScope(text, m.index, m[0])) continue;
    add({ method: 'GET', methodStated: false, url: trimUrl(m[0]), target: 'relative', source: 'url', at: m.index });
  }
  return out;
}
