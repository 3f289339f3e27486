import { registerPhrases } from '../phrase-index.js';
import { gated, gatedAll, mayMatch } from '../word-gate.js';
import { hasAffirmedMatch, hasClaimedMatch, isAskedAt, isClaimedWords, isNegatedAt, LOCALIZED_PROPOSING, PROPOSING, someOccurrence } from './negation.js';
import { SDK_NAMES } from '../knowledge/sdk-names.js';
import { LOGIN_COMMANDS, LOGIN_COMMAND_NAMES } from '../knowledge/login-commands.js';
import type { SignInFlow } from './sign-in-flow.js';

/**
 * What the prose around an error says: the sign-in flow, the kind of account, which permission
 * type the user granted, and whether it works for some users but not others. Phrase lists are
 * matched on the lower-cased text with includes(): linear and cheap.
 */

export { APP_ONLY_FLOWS, type SignInFlow } from './sign-in-flow.js';

const FLOW_PHRASES: readonly (readonly [SignInFlow, readonly string[]])[] = [
  ['client-credentials', ['client_credentials', 'client credentials', 'client-credentials', 'client credential flow', 'client credential grant', 'client credential auth', 'clientsecretcredential', 'client_secret', 'clientsecret', 'client secret', 'client id and secret', 'client id and a secret', 'client id/secret', 'acquiretokenforclient', 'acquire_token_for_client', 'daemon', 'app-only',
    // "App only" spelled apart is the flow only as a compound ("app only token"); "my app only requests User.Read" is not.
    'app only token', 'app only auth', 'app only access', 'app only flow', 'app only context', 'app only mode', 'app only permission', 'app only call', 'app only scenario', 'app only api', 'as app only', 'application context', 'application-only', 'applicationonly', 'application only permission', 'application only access', 'application only context', 'application only token', 'application only auth', 'without a user', 'without a signed-in user', 'without signed in user', '--service-principal', 'service principal login', 'as a service principal', 'as service principal', 'to authenticate as an application', 'authenticates as an application', 'authenticating as an application', 'authenticated as an application', 'to authenticate as the application', 'authenticating as the application', 'authenticates as itself', 'signs in as itself', 'as my service principal', 'from a service principal', 'with a service principal', 'using a service principal', 'using service principal', 'using the service principal', 'via a service principal', 'with the service principal', 'with our service principal', 'using our service principal', 'via the service principal', 'as the service principal', 'as our service principal', 'service principal has ', 'service principal was granted', 'service principal is granted', 'service principal holds', 'background job', 'background service', 'active directory oauth', 'activedirectoryoauth',
    // Work that runs with nobody signed in is a daemon: https://learn.microsoft.com/entra/identity-platform/scenario-daemon-overview
    // An Azure DevOps service connection signs the pipeline in as a service principal or managed identity:
    // https://learn.microsoft.com/azure/devops/pipelines/library/connect-to-azure
    'service connection', 'pipeline sp ', 'pipeline sp,', 'pipeline sp:', 'pipeline service principal', "pipeline's service principal", "pipeline's sp ",
    // A service principal calling as itself is the app signed in without a user: the app's identity in
    // the tenant, used in "a scenario where the application accesses resources by itself"
    // (https://learn.microsoft.com/entra/identity-platform/app-objects-and-service-principals).
    'as the service principal', 'as a service principal', 'as its service principal', 'from our service principal', 'from the service principal', 'from a service principal',
    'using a service principal', 'using the service principal', 'using our service principal', 'with a service principal', 'with our service principal', 'via a service principal', 'via the service principal',
    'service principal credentials', 'service principal login', 'service principal authentication', 'service principal auth ',
    // A workload signed in through a federated credential gets the app's own token (workload identity
    // federation: https://learn.microsoft.com/entra/workload-id/workload-identity-federation), as GitHub
    // Actions' azure/login does with OIDC (https://learn.microsoft.com/azure/developer/github/connect-from-azure-openid-connect).
    'federated credential', 'federated identity credential', 'workload identity', '--federated-token', 'azure/login',
    // The app said to act as itself: "the flow runs as the app", "under the app's identity".
    'runs as the app', 'run as the app', 'running as the app', 'runs as the application', 'running as the application', 'as the app itself', 'as the application itself',
    'with app credentials', 'using app credentials', 'with the app credentials', 'under the app identity', "under the app's identity", "as the app's identity",
    'unattended', 'no user is signed in', 'no signed-in user', 'no logged-in user', 'no user context', 'without user interaction', 'without any user interaction', 'no user interaction', 'windows service', 'server-to-server', 'service-to-service', 'timer trigger', 'timertrigger', 'scheduled task', 'cron job', 'batch job',
    // The flow as Microsoft's localized pages name it (https://learn.microsoft.com/es-es/entra/identity-platform/v2-oauth2-client-creds-grant-flow,
    // and the fr-fr, de-de, pt-br, ja-jp and zh-cn editions of the same page).
    'credenciales de cliente', "informations d'identification du client", 'clientanmeldeinformationen', 'credenciais do cliente', 'credenciais de cliente', 'クライアント資格情報', '客户端凭据',
    // The daemon as the scenario page's ja-jp and es-es editions name it (https://learn.microsoft.com/ja-jp/entra/identity-platform/scenario-daemon-overview).
    'デーモン', 'aplicación demonio', 'aplicación de demonio',
    // The client secret and "without user interaction" as the ja-jp edition names them
    // (https://learn.microsoft.com/ja-jp/entra/identity-platform/scenario-web-app-call-api-overview), and the missing sign-in said plainly.
    'クライアント シークレット', 'クライアントシークレット', 'ユーザーによる操作なし', 'ユーザーのサインインなし',
    // "Without a signed-in user" as people write it in those languages.
    'sans utilisateur connecté', 'identifiants client', 'sin usuario', 'sin un usuario', 'ohne angemeldeten benutzer', 'ohne benutzeranmeldung', 'sem usuário conectado', 'sem usuário']],
  ['certificate', ['clientcertificatecredential', 'certificate authn', 'certificate auth', 'certificatethumbprint', 'client_assertion', 'with a certificate', 'uses a certificate', 'using a certificate', 'certificate-based', 'certificate based', '-thumbprint ']],
  ['managed-identity', ['managed identity', 'managedidentitycredential', 'az login --identity', 'identity_endpoint', 'msi_endpoint', 'system-assigned identity', 'user-assigned identity', '169.254.169.254',
    // Localized (https://learn.microsoft.com/de-de/entra/identity/managed-identities-azure-resources/overview, and the fr-fr, es-es, pt-br, ja-jp, zh-cn editions).
    'verwaltete identität', 'verwalteten identität', 'identité managée', 'identidad administrada', 'identidade gerenciada', 'マネージド id', '托管标识']],
  ['username-password', ['username/password', 'username and password', 'user name and password', 'grant_type=password', "grant_type: 'password'", 'grant_type: password', 'ropc', 'usernamepasswordcredential', 'loginwithusernamepassword', 'acquiretokenbyusernamepassword', 'acquire_token_by_username_password', 'resource owner password', 'password grant']],
  ['device-code', ['device code', 'devicecodecredential', 'device_code', 'devicelogin', 'device login']],
  ['auth-code', ['authorization code', 'auth code flow', 'authorization_code', 'interactivebrowsercredential', 'acquiretokeninteractive', 'acquire_token_interactive', 'loginpopup', 'loginredirect', 'interactive login', 'interactive sign-in', 'sign-in popup', 'sign in popup', 'login popup', 'log-in popup', 'oauth 2.0 authentication', 'oauth2 authentication',
    // An app whose users sign in holds their delegated tokens: https://learn.microsoft.com/entra/identity-platform/scenario-spa-overview
    'single-page app', 'single page app', 'single-page application', 'single page application', 'users sign in', 'user signs in', 'users log in', 'user logs in', 'our spa', 'my spa', 'the spa', 'spa app', 'as the signed-in user', 'with the signed-in user', 'as the logged-in user', 'logged in with user', 'logged in with a user', 'logged in with my user', 'logged in as a user', 'signed in with a user', 'signed in with my user', 'signed in as a user', 'signed in with my account', 'signed in with my own account', 'logged in with my account', 'logged in with my own account', 'sign in with my account', 'sign in with my own account',
    // The caller's own delegated token, not an API saying it needs one ("only valid with delegated authentication flow").
    'my delegated token', 'our delegated token', 'using a delegated token', 'using the delegated token', 'using delegated token', 'uses a delegated token', 'use a delegated token', 'with a delegated token',
    // The flow named by its permission type ("MSAL, delegated flow"), and so in the other languages;
    // not "delegated authentication flow", the words of Graph's own refusal of /me for app-only tokens.
    'delegated flow', 'delegated oauth flow', 'flujo delegado', 'fluxo delegado', 'flux délégué', 'flux delegue', 'flusso delegato',
    // Delegated access is an app acting on behalf of a signed-in user: https://learn.microsoft.com/graph/auth/auth-concepts
    'on behalf of the signed-in user', 'on behalf of the signed in user', 'on behalf of the logged-in user', 'on behalf of the current user',
    // A user signing in, said in the other languages the product reads prose in.
    'ユーザーがサインイン', 'でサインインすると', 'でログインすると', 'ユーザーでサインイン', 'ユーザーでログイン', 'ユーザーとしてサインイン', 'ユーザーとしてログイン', 'サインインしたユーザー', 'ログインしたユーザー', '用户登录', '以用户身份登录', '登录的用户', '用户登录后', '账号登录', '账号登录后', 'usuario inicia sesión', 'usuarios inician sesión', 'inicio sesión con', 'utilisateur se connecte', 'utilisateurs se connectent', 'je me connecte avec', 'benutzer meldet sich an', 'benutzer melden sich an', 'melde mich mit', 'usuário faz login', 'usuários fazem login', 'faço login com']],
  ['on-behalf-of', ['on-behalf-of', 'on behalf of flow', 'obo flow', 'obo call', 'the obo', 'acquiretokenonbehalfof', 'acquire_token_on_behalf_of', 'onbehalfofcredential', 'jwt-bearer']],
  // A refresh token redeemed is a user's sign-in kept going: the client credentials flow never issues one
  // (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow).
  ['silent', ['acquiretokensilent', 'acquire_token_silent', 'token silently', 'silent login', 'silent token', 'silently', 'ssosilent', 'grant_type=refresh_token', 'acquiretokenbyrefreshtoken', 'acquire_token_by_refresh_token', 'stored refresh token', 'saved refresh token', 'cached refresh token']],
  // The tool's address names it too: developer.microsoft.com/graph/graph-explorer, graphexplorer.azurewebsites.net.
  ['graph-explorer', ['graph explorer', 'graph/graph-explorer', 'graphexplorer.']],
  ['sso-token', ['teams sso', 'sso token', 'add-in sso']],
];

/**
 * Phrases that name an app's own credential or connection, which a user's flow named beside them
 * overrules: a client secret (user flows of confidential apps send one too), an Azure DevOps
 * service connection (the pipeline that deploys an app its users sign in to).
 */
const SECRET_ONLY: ReadonlySet<string> = new Set(['client_secret', 'clientsecret', 'client secret', 'client id and secret', 'client id and a secret', 'client id/secret', 'service connection']);
/** Flows in which a user signs in. */
const USER_FLOWS: ReadonlySet<SignInFlow> = new Set(['auth-code', 'on-behalf-of', 'silent', 'device-code', 'username-password', 'sso-token']);

/** Prose phrases first, then the names code uses (../knowledge/sdk-names.ts). */
const ALL_FLOW_PHRASES: readonly (readonly [SignInFlow, string])[] = [
  ...FLOW_PHRASES.flatMap(([flow, phrases]) => phrases.map((p) => [flow, p] as const)),
  ...SDK_NAMES.map((r) => [r.flow, r.name] as const),
];

const PHRASE_FLOW: ReadonlyMap<string, SignInFlow> = new Map(ALL_FLOW_PHRASES.map(([flow, p]) => [p, flow] as const));
const FLOW_ORDER: readonly SignInFlow[] = FLOW_PHRASES.map(([flow]) => flow);

/** A user's sign-in said to work, as the comparison to a failing one: "with password grant and the popup sign-in, both fine". */
const USER_FLOWS_WORK = /\b(?:password grant|ropc|interactive(?:ly)?|popup|device code)\b[^.\n]{0,60}?\b(?:(?:works?|worked) (?:fine|well|ok)|(?:both|all|are|is|were|was) (?:fine|ok|working))\b/;

/** The sign-in flows the text names. With `present` (the phrases found), it reads only those. */
export function findFlows(lower: string, has: (p: string) => boolean = (p) => lower.includes(p), present?: ReadonlySet<string>): SignInFlow[] {
  const found = new Set<SignInFlow>();
  let appOnlyNamed = false;
  const add = (flow: SignInFlow, p: string): void => {
    found.add(flow);
    if (flow === 'client-credentials' && !SECRET_ONLY.has(p)) appOnlyNamed = true;
  };
  if (present) {
    for (const p of present) {
      const flow = PHRASE_FLOW.get(p);
      if (flow && (!found.has(flow) || !appOnlyNamed) && isToldFlow(lower, p)) add(flow, p);
    }
  } else {
    for (const [flow, p] of ALL_FLOW_PHRASES) if ((!found.has(flow) || !appOnlyNamed) && has(p) && isToldFlow(lower, p)) add(flow, p);
  }
  // "OBO" is the on-behalf-of flow's own short name ("a Function doing OBO"), as a whole word.
  if (!found.has('on-behalf-of') && has('obo') && [...lower.matchAll(/\bobo\b/g)].some((m) => isToldAt(lower, m.index, m.index + 3))) found.add('on-behalf-of');
  if (has('authtype') || has('tokencredentialtype')) {
    for (const [re, flow] of SESSION_FIELDS) {
      if (!re.test(lower)) continue;
      found.add(flow);
      if (flow === 'client-credentials' || flow === 'certificate' || flow === 'managed-identity') appOnlyNamed = true;
    }
    const tabled = has('authtype') ? authTypeInTable(lower) : undefined;
    if (tabled === 'apponly') {
      found.add('client-credentials');
      appOnlyNamed = true;
    } else if (tabled === 'delegated') found.add('auth-code');
  }
  if (!appOnlyNamed) {
    const said = appOnlyInWords(lower, has);
    if (said !== undefined) {
      found.add('client-credentials');
      appOnlyNamed = said === 'nobody-signed-in';
    }
  }
  // A client secret alone says the app is confidential, not that no user signs in: a web app
  // redeeming a user's authorization code sends one too
  // (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow). "An app
  // token" beside a user's flow is as likely the user's token for that app.
  // Unless the user's flows are said to work and the secret's is the one that fails ("with ClientSecret
  // it can't find the permission … with password grant and the popup sign-in, both fine").
  if (found.has('client-credentials') && !appOnlyNamed && [...found].some((f) => USER_FLOWS.has(f)) && !USER_FLOWS_WORK.test(lower)) found.delete('client-credentials');
  for (const name of LOGIN_COMMAND_NAMES) if (has(name)) loginCommandFlows(lower, name, found);
  const out = FLOW_ORDER.filter((f) => found.has(f));
  // "az login" signs a user in unless it is a service-principal login.
  if (has('az login') && !has('--service-principal') && !has('--identity') && !out.includes('auth-code')) out.push('auth-code');
  return out;
}

/**
 * Nobody signed in, said in a sentence rather than a fixed phrase: "without any user signed in",
 * "with no users logged in", "no one is signed in", "without user sign-in". Work done with nobody
 * signed in is the daemon scenario (https://learn.microsoft.com/entra/identity-platform/scenario-daemon-overview).
 * "No user can sign in" is a sign-in failure, not this: the sign-in words must follow the user.
 */
const NOBODY_SIGNED_IN = /\b(?:without|with no|no)\s+(?:any\s+|a\s+)?(?:(?:signed|logged)[- ]in\s+users?\b|users?\s+(?:being\s+|is\s+|are\s+)?(?:signed|logged)[- ]in\b|users?\s+present\b|user\s+presence\b|user\s+(?:sign[- ]?in|log[- ]?in)\b)|\b(?:no one|nobody)\s+(?:is\s+)?(?:signed|logged)[- ]in\b/;
/**
 * The caller holding an app-only token, as people shorten it: "acquires an app token", "using the
 * application token", "our app token" (Microsoft's pages call it an app-only access token:
 * https://learn.microsoft.com/graph/auth-v2-service). Only with a verb of getting or using it, or
 * an owner: "this API needs an app token" is the API's requirement, not what the caller sent.
 */
const APP_TOKEN_HELD = /\b(?:acquires?|acquired|acquiring|gets?|got|getting|obtains?|obtained|obtaining|requests?|requested|requesting|fetch(?:es|ed|ing)?|generates?|generated|generating|uses?|used|using|with|via|my|our)\s+(?:an?\s+|the\s+)?(?:app|application)\s+(?:access\s+)?tokens?\b/;

/**
 * What Get-MgContext prints of the Graph PowerShell session: AuthType (Delegated or AppOnly) and
 * the credential behind it (https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/get-mgcontext).
 * Printed as the table's "AuthType : AppOnly", or written as the property read: "(Get-MgContext).AuthType = Delegated".
 */
const AUTHTYPE_APP_ONLY = /\bauthtype\s{0,30}[:=]\s{0,10}apponly\b/;
const AUTHTYPE_DELEGATED = /\bauthtype\s{0,30}[:=]\s{0,10}delegated\b/;
/** Get-MgContext as a table ("Get-MgContext | Select AuthType, Scopes"): a header row, a row of dashes, the values. */
const AUTHTYPE_TABLE = /^([^\n]*?)\bauthtype\b[^\n]*\n[ \t-]+\n([^\n]*)/m;

/** The AuthType a PowerShell table prints under its column: the value starting where the header does. */
function authTypeInTable(lower: string): 'apponly' | 'delegated' | undefined {
  const m = AUTHTYPE_TABLE.exec(lower);
  if (!m) return undefined;
  const value = (m[2] ?? '').slice((m[1] ?? '').length).split(/\s/, 1)[0];
  return value === 'apponly' || value === 'delegated' ? value : undefined;
}
const SESSION_FIELDS: readonly (readonly [RegExp, SignInFlow])[] = [
  [AUTHTYPE_APP_ONLY, 'client-credentials'],
  [AUTHTYPE_DELEGATED, 'auth-code'],
  [/\btokencredentialtype\s{0,30}[:=]\s{0,10}clientcertificate\b/, 'certificate'],
  [/\btokencredentialtype\s{0,30}[:=]\s{0,10}clientsecret\b/, 'client-credentials'],
  [/\btokencredentialtype\s{0,30}[:=]\s{0,10}managedidentity\b/, 'managed-identity'],
  [/\btokencredentialtype\s{0,30}[:=]\s{0,10}devicecode\b/, 'device-code'],
  [/\btokencredentialtype\s{0,30}[:=]\s{0,10}interactivebrowser\b/, 'auth-code'],
];

/** The session's own AuthType as Get-MgContext prints it, which says outright who calls. */
export function sessionAuthType(lower: string): 'app-only' | 'delegated' | undefined {
  if (!lower.includes('authtype')) return undefined;
  const tabled = authTypeInTable(lower);
  const app = AUTHTYPE_APP_ONLY.test(lower) || tabled === 'apponly';
  const user = AUTHTYPE_DELEGATED.test(lower) || tabled === 'delegated';
  return app === user ? undefined : app ? 'app-only' : 'delegated';
}

/**
 * A flow proposed rather than run: "should I switch to app-only?", "we could move to client
 * credentials instead". The verb of changing over stands right before the flow's name.
 */
// Up to two words of doing may stand between ("do I have to do the OBO flow", "should we start using client credentials").
const PROPOSED_BEFORE = new RegExp(String.raw`\b(?:${PROPOSING})\s(?:[\p{L}-]+\s){0,2}(?:(?:an?|the|el|la|le|o|a|den|die|das)\s)?(?:[\p{L}]+\s)?$`, 'u');

/** A flow the paste tells of: not denied ("it's not a daemon"), nor only proposed ("should I switch to app-only?"). */
/** A flow asked about right after its name: "Do I need OBO?", "OBO が必要ですか？", "需要 OBO 吗？" asks, it does not tell. */
// Not a question that merely ends with the flow ("why does it fail for my daemon?"): the asking word must be there.
const ASKED_AFTER = /^(?:\s{0,2}(?:flow|grant))?(?:\s{0,2}(?:is|are))?\s{0,2}(?:needed|required|necessary)\s{0,2}[?？]|^\s{0,2}(?:flow\s{0,2})?(?:が|は)?(?:必要|いる|要る)(?:ですか|でしょうか|か)|^\s{0,2}(?:flow\s{0,2})?吗/;

function isToldFlow(lower: string, phrase: string): boolean {
  return someOccurrence(lower, phrase, (at) => isToldAt(lower, at, at + phrase.length));
}

function isToldAt(lower: string, at: number, end: number): boolean {
  return !isNegatedAt(lower, at) && !PROPOSED_BEFORE.test(lower.slice(Math.max(0, at - 50), at)) && !ASKED_AFTER.test(lower.slice(end, end + 20));
}

/** Whether the prose says nobody signs in (decisive) or only that an app token is held (overruled by a user's flow). */
function appOnlyInWords(lower: string, has: (p: string) => boolean): 'nobody-signed-in' | 'app-token' | undefined {
  if ((has('signed') || has('logged') || has('sign-in') || has('sign in') || has('login') || has('log in') || has('present')) && hasAffirmedMatch(lower, NOBODY_SIGNED_IN)) return 'nobody-signed-in';
  if (has('token') && (has('app') || has('application')) && hasAffirmedMatch(lower, APP_TOKEN_HELD)) return 'app-token';
  return undefined;
}

/**
 * The flows a sign-in command's switches choose (../knowledge/login-commands.ts), read on the
 * command's own line: "-Interactive" elsewhere in the paste says nothing about this command.
 */
function loginCommandFlows(lower: string, name: string, found: Set<SignInFlow>): void {
  for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + name.length)) flowsOfLoginAt(lower, name, at, found);
}

/** The flows the switches of one call of the command at `at` name; returns that call's switches (the rest of its line). */
function flowsOfLoginAt(lower: string, name: string, at: number, found: Set<SignInFlow>): string {
  const end = lower.indexOf('\n', at);
  const line = `${lower.slice(at + name.length, end === -1 ? undefined : end)} `;
  for (const row of LOGIN_COMMANDS) if (row.command === name && hasSwitch(line, row.switch)) found.add(row.flow);
  return line;
}

/** The last call of a sign-in command before `before` (the one that opened the session printed there): its flows and switches. */
export function lastLoginCall(lower: string, name: string, before: number): { readonly flows: ReadonlySet<SignInFlow>; readonly switches: string } | undefined {
  const at = lower.lastIndexOf(name, before - 1);
  if (at === -1) return undefined;
  const flows = new Set<SignInFlow>();
  return { flows, switches: flowsOfLoginAt(lower, name, at, flows) };
}

/** "-Device" is not "-DeviceLogin": the switch must end where a word ends. */
function hasSwitch(line: string, sw: string): boolean {
  for (let i = line.indexOf(sw); i !== -1; i = line.indexOf(sw, i + 1)) if (!/[a-z]/.test(line.charAt(i + sw.length))) return true;
  return false;
}

export type AccountHint = 'guest' | 'personal-account' | 'some-users-only' | 'not-a-member' | 'admin-works' | 'some-items-only';

// B2B collaboration users are invited from outside the tenant, "externally added" or "invited" (https://learn.microsoft.com/entra/external-id/what-is-b2b).
const GUEST = ['#ext#', 'guest user', 'as a guest', 'a guest in', 'guest account', "i'm a guest", 'i am a guest', 'b2b guest', 'b2b user', 'external user', 'guest users', 'externally added user', 'externally invited', 'gastbenutzer', 'gastkonto', 'utilisateur invité', 'compte invité', 'usuario invitado', 'cuenta de invitado', 'usuário convidado', 'conta de convidado', 'utente guest', 'ゲスト ユーザー', 'ゲストユーザー',
  // The same said of several people: "added to the team as guests", "our guests get 403", "utilisateurs invités",
  // "invités dans le tenant" (invited into it: B2B guests).
  'as guests', 'our guests', 'the guests', 'invited guests', 'external guests', 'utilisateurs invités', 'invités dans le tenant', 'invités dans notre tenant', 'usuarios invitados', 'usuários convidados', 'utenti guest',
  // The directory's own value, whatever language the prose is in: a user's userType is "Member" or "Guest"
  // (https://learn.microsoft.com/graph/api/resources/user); and the Chinese names of a guest account.
  // Not the OData filter "userType eq 'Guest'": a query that lists guests says nothing of who signed in.
  'usertype guest', 'usertype: guest', 'usertype = guest', '"usertype": "guest"', '来宾用户', '来宾账号', '访客用户', '访客账号', 'guest 账号', 'guest 用户',
  // Signed in with an account another organization invited into its tenant: a B2B invitation makes a guest
  // there by default (https://learn.microsoft.com/entra/external-id/what-is-b2b).
  'invited into their tenant', 'invited into the customer', "invited into the client's tenant", 'invited me into their', 'invited me to their tenant', 'invited into our tenant as',
  // B2B named after the noun, as Portuguese, Spanish and French put it: "nossos guests B2B", "invitados B2B".
  'guests b2b', 'guest b2b', 'convidados b2b', 'convidado b2b', 'invitados b2b', 'invitado b2b', 'invités b2b', 'invité b2b'];
// AADSTS50020 names a personal account's identity provider: "from identity provider 'live.com'".
const PERSONAL = ['personal microsoft account', 'personal account', 'microsoft account (msa)', 'msa account', 'consumer account', '9188040d-6c67-4c5b-b112-36a304b66dad', 'outlook.com account', 'hotmail account', 'live account', 'hotmail.com account', 'live.com account', 'msn.com account', 'outlook.com address', 'hotmail.com address', 'msa accounts',
  // Told as private rather than personal, or with the consumer domain in brackets: "my private Outlook account", "a Microsoft account (live.com)".
  'private outlook account', 'private microsoft account', 'personal outlook account', 'private outlook.com', 'personal outlook.com', '(live.com)', '(outlook.com)', '(hotmail.com)', '/consumers/', "identity provider 'live.com'", 'identity provider "live.com"', 'identity provider live.com',
  // The consumers tenant named as the tenant to sign in to: only personal Microsoft accounts sign in there
  // (https://learn.microsoft.com/entra/identity-platform/msal-client-application-configuration#authority).
  '-tenantid consumers', '-tenant consumers', '--tenant consumers', 'tenant_id=consumers', 'tenantid: consumers',
  // As the permission tables of Microsoft's localized pages name the account ("Delegated (personal Microsoft account)"
  // in the ja-jp, zh-cn, es-es, fr-fr, de-de and pt-br editions of https://learn.microsoft.com/graph/permissions-reference).
  '個人用 microsoft アカウント', '個人用アカウント', '个人 microsoft 帐户', '个人 microsoft 账户', 'cuenta personal de microsoft', 'compte microsoft personnel', 'persönliches microsoft-konto', 'conta pessoal da microsoft',
  // "Personal account" on its own, as the English list holds it, in the same languages (the sign-in page's
  // "You can't sign in here with a personal account" reads 无法使用个人帐户在此登录 in Chinese).
  '个人帐户', '个人账户', '个人账号', '個人アカウント', 'cuenta personal', 'compte personnel', 'persönliches konto', 'conta pessoal',
  // Told as private, as the English list holds "private Microsoft account".
  'privates konto', 'privates microsoft-konto', 'cuenta privada', 'compte privé', 'conta privada',
  // "A hotmail account", as the English list holds it, in the same languages ("hotmail のアカウントでサインイン").
  'hotmail のアカウント', 'hotmail アカウント', 'hotmail 账号', 'hotmail 账户', 'hotmail 帐户', 'cuenta de hotmail', 'cuenta hotmail', 'compte hotmail', 'hotmail-konto', 'conta do hotmail', 'conta hotmail'];
/**
 * An address at a consumer domain, or the domain said of an account ("my @hotmail.com account"):
 * "'@hotmail.com'" alone is a filter's value, not someone signing in.
 */
const CONSUMER_DOMAIN = String.raw`@(?:hotmail|outlook|live|msn|passport)\.[a-z]{2,3}(?:\.[a-z]{2})?`;
// An address, the domain written alone with its at-sign ("my personal @outlook.com account", "a private
// account (@hotmail.de)"), or the domain named as the account's ("outlook.com accounts").
const PERSONAL_DOMAIN = new RegExp(String.raw`[a-z0-9._%+-]${CONSUMER_DOMAIN}\b|(?:^|[\s(])${CONSUMER_DOMAIN}\b|${CONSUMER_DOMAIN}\s+(?:accounts?|address(?:es)?|users?|logins?|e-?mails?)\b|\(${CONSUMER_DOMAIN}\)`);
/**
 * Only some users failing, or the caller's own account working, in the other languages the product
 * reads prose in: "un pequeño subconjunto de usuarios falla", "bei einigen Benutzern", "pour certains
 * utilisateurs", "para alguns usuários", "一部のユーザーだけ", "部分用户"; one's own account working: "bei mir
 * klappt alles", "avec mon compte ça marche", "con mi cuenta funciona", "com a minha conta … funciona".
 */
const LOCALIZED_SOME_USERS = gated(new RegExp([
  // Another person it works for, by a pronoun: "a ella le carga bien", "pra ela funciona", "chez elle ça marche", "bei ihr funktioniert es".
  String.raw`\ba (?:ella|él) le (?:carga|funciona|va|sale|abre|anda) bien\b|\b(?:para|pra) (?:ela|ele) funciona\b|\b(?:chez|pour) (?:elle|lui),? (?:ça |cela )?(?:marche|fonctionne)\b|\bbei (?:ihr|ihm) (?:funktioniert|klappt|geht|läuft) (?:es|alles)\b`,
  String.raw`\b(?:para|a|con) (?:algunos|ciertos|unos pocos|unos cuantos) usuarios\b|\b(?:algunos|ciertos) usuarios (?:reciben|obtienen|fallan|tienen|dan)\b|\bsubconjunto de (?:los )?usuarios\b|\bfunciona (?:bien )?(?:para|con) (?:mí|mi cuenta|el admin|los admins|otros usuarios)(?!\w)|\bcon mi cuenta\b[^.\n]{0,40}?(?<!\bno )\bfunciona\b|\bpara mí,? (?:sí )?funciona\b`,
  // A part of the organization it works for, and the rest it fails for: "a la gente de RRHH le funciona", "al resto de empleados les sale esto".
  String.raw`\ba (?:la gente|los (?:usuarios|empleados|compañeros)) de [^.,\n]{1,30}? les? (?:funciona|va bien|carga bien)\b|\bal resto de (?:los )?(?:usuarios|empleados|compañeros)\b`,
  String.raw`\b(?:bei|für) (?:einigen|manchen|bestimmten|einzelnen) (?:benutzern|usern|nutzern|accounts)\b|\b(?:einige|manche|bestimmte) (?:benutzer|user|nutzer) (?:bekommen|erhalten|haben|sehen)\b|\bfunktioniert (?:bei|für) (?:mich|mir|admins?|andere (?:benutzer|user))\b|\bbei mir (?:klappt|funktioniert|geht) (?:es|alles)\b|\b(?:bekommt|kriegt|erhält) (?:sie|er) (?:eine?n? )?(?:http |status )?200\b|\b(?:sie|er) (?:bekommt|kriegt|erhält) (?:eine?n? )?(?:http |status )?200\b`,
  String.raw`\b(?:pour|chez) (?:certains|quelques) utilisateurs\b|\bcertains utilisateurs (?:reçoivent|ont|obtiennent)\b|\b(?:ça )?(?:marche|fonctionne) (?:pour|avec) (?:moi|mon compte|l'admin|les admins|d'autres utilisateurs)\b|\bavec mon compte\b[^.\n]{0,40}?\b(?:ça |cela )?(?:marche|fonctionne)\b(?! pas)|\bpour moi,? (?:ça |cela )?(?:marche|fonctionne)\b(?! pas)`,
  String.raw`\b(?:para|com) (?:alguns|certos) usuários(?!\w)|\balguns usuários (?:recebem|têm|obtêm)\b|\bfunciona (?:para|com) (?:mim|minha conta|o admin|outros usuários)(?!\w)|\bcom a minha conta\b[^.\n]{0,40}?(?<!não )\bfunciona\b|\bpara mim,? funciona\b`,
  String.raw`一部の(?:ユーザー|ユーザ|利用者)|特定の(?:ユーザー|ユーザ)(?:だけ|のみ)|部分用户|某些用户|个别用户`,
  // The same quantifier before "users" in it, nl, ru, pl, cs, tr, sv, ko, vi and id: "per alcuni utenti", "bij sommige gebruikers",
  // "у некоторых пользователей", "dla niektórych użytkowników", "u některých uživatelů", "bazı kullanıcılar", "för vissa användare",
  // "특정 사용자만", "một số người dùng", "beberapa pengguna".
  String.raw`\b(?:per|con|a) (?:alcuni|certi|determinati) utenti\b|\b(?:bij|voor) (?:sommige|bepaalde|enkele) gebruikers\b|(?:^|\s)(?:у|для) (?:некоторых|отдельных|определённых|определенных) пользовател|(?:^|\s)(?:dla|u) (?:niektórych|części|wybranych) użytkownik|(?:^|\s)(?:u|pro) (?:některých|některé|vybraných) uživatel|(?:^|\s)bazı kullanıcı|\bför (?:vissa|en del|några) användare\b|(?:특정|일부|몇몇) 사용자|một số người dùng|\b(?:beberapa|sebagian) pengguna\b|\bpengguna tertentu\b`,
  // A colleague signing in succeeds: "服务台的同事登录就能看到设备", "同僚がサインインすると取得できます".
  String.raw`同事[^。\n，,]{0,12}?(?:登录|登陆|使用|用)[^。\n，,]{0,6}?(?:就|则)?(?:能|可以|正常|没问题)|同僚(?:は|が)[^。\n]{0,20}?(?:サインイン|ログイン)(?:する|した)?(?:と|ら)[^。\n]{0,20}?(?:でき|動|成功|正常)`,
].join('|')));
/** Words one of those tellings holds, found by the one-pass phrase index before the pattern runs. */
const LOCALIZED_USER_WORDS = ['usuarios', 'empleados', 'la gente de', 'usuários', 'benutzer', 'nutzer', 'utilisateurs', 'mon compte', 'mi cuenta', 'minha conta', 'bei mir', 'sie bekommt', 'er bekommt', 'bekommt sie', 'bekommt er', 'kriegt sie', 'kriegt er', 'erhält sie', 'erhält er', 'sie kriegt', 'er kriegt', 'sie erhält', 'er erhält', 'pour moi', 'para mí', 'para mim', 'ユーザ', '利用者', '用户', '同事', '同僚', 'a ella', 'a él', 'pra ela', 'pra ele', 'para ela', 'para ele', 'chez elle', 'chez lui', 'pour elle', 'pour lui', 'bei ihr', 'bei ihm', 'utenti', 'gebruikers', 'пользовател', 'użytkownik', 'uživatel', 'kullanıcı', 'användare', '사용자', 'người dùng', 'pengguna'];
registerPhrases(LOCALIZED_USER_WORDS);

/** The things a user owns, organizes or belongs to, as the SOME_USERS patterns name them. */
const ITEMS = '(?:meetings?|events?|files?|items?|teams?|sites?|plans?|groups?|channels?|calendars?|documents?|mailbox(?:es)?|folders?|chats?)';
// "works fine with other fields" is about the request, not about users: a quantifier needs its noun.
// "Works for me with the same account" compares tools or versions, not users.
/**
 * Outcomes listed per account, one line each: "Me (Intune Administrator) -> 200, list of devices" and
 * "Helpdesk accounts -> 403 Forbidden", or after a colon ("- me (M365 E3): 200", "- pilot users (F3): 403").
 * The same call succeeds for one account and fails for another.
 */
const ACCOUNT_LINE_WORKS = /^[ \t>*-]*(?:me|i|my (?:own )?account|(?:the |a |an |our )?(?:global |tenant )?admin(?:istrator)?s?(?: account)?)\b[^\n]{0,60}?(?:->|→|=>)\s*(?:http\s*)?200\b|^[ \t]*[-*•][ \t]*(?:me|my (?:own )?account)\b(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*:[ \t]*(?:http\s*)?200\b/m;
// The people named as words, not a path ("GET /users -> 403" is an endpoint).
const ACCOUNT_LINE_FAILS = /^[^\n]{0,80}?(?<![/\w])(?:users?|accounts?|colleagues?|staff|members?|helpdesk|agents?)\b[^\n]{0,120}?(?:->|→|=>)\s*(?:http\s*)?40[13]\b|^[ \t]*[-*•][ \t]*[^\n:]{0,40}?(?<![/\w])(?:users?|accounts?|colleagues?|staff|members?|helpdesk|agents?)\b(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*:[ \t]*(?:http\s*)?40[13]\b/m;

const SOME_USERS = gatedAll([/\b(?:works?|worked|runs?|ran) (?:fine |well |ok |okay )?(?:for|with) (?:me|my account|admins?|the admin|an admin|a global admin|global admins?|my admin|(?:most|some|other|the other) (?:users?|accounts?|people|members?|colleagues|employees|admins?))\b(?!\s+(?:with|using|on) (?:the )?same (?:account|user|login|credentials))/,
  // Another person it works for, named by a pronoun: "it loads fine for her", "runs perfectly for him".
  // Not someone in another tenant ("my colleague on another tenant says it just works for him"): another directory, not another user of this one.
  /\b(?:works?|worked|loads?|loaded|runs?|ran|opens?|opened|succeeds?)\s+(?:fine\s+|well\s+|ok\s+|okay\s+|perfectly\s+|correctly\s+)?for (?:her|him)\b(?<!\b(?:another|other|different|a second|his|her|their) (?:tenant|organi[sz]ation|company)\b[^.\n]{0,80})/,
  // The person the data belongs to, named by their part in it: "works for the organizer but not the attendees".
  /\bworks? (?:fine |well |ok |okay )?(?:for|with) (?:the |an? )?(?:meeting |event |file |item |group |team |site |plan )?(?:organi[sz]ers?|owners?|creators?|hosts?|authors?)\b/, /\b(?:fails?|failing|error|errors|denied|doesn'?t work|does not work|not working) (?:only )?for (?:this|one|some|certain|other|normal|regular|standard|non-admin|a few|specific) (?:one )?users?\b/, /\bnon[- ]?admins?\b/, /\b(?:global )?admin(?:istrator)?s? (?:account )?(?:it )?works\b/, /\bfor (?:one|this one|a specific|some) users?\b/, /\bother users\b/,
  // Works for the signed-in user's own data only: "only working on the user which had authenticated", "I can read my own mails".
  /\b(?:works?|working|succeeds?) (?:fine |only )?(?:for|on|with) (?:the |that )?(?:user|account) (?:who|which|that) (?:had |has )?(?:authenticated|signed in|logged in|consented)\b/,
  /\b(?:works? (?:fine |well )?(?:for|with|on)|(?:able to|i can|we can) (?:fetch|read|get|access|see|list|open|update)) my own\b/,
  // The failing kind of user named as the subject ("regular users get 403"), or the kind that succeeds ("group owners can add members").
  // Any word for the organization's people: "regular staff get this", "every normal employee gets 403".
  /\b(?:regular|normal|standard|ordinary|non-admin|other)\s+(?:users?|employees?|staff|people|accounts?|members?|colleagues?|co-?workers?)\s+(?:still\s+)?(?:get|gets|got|receive|receives|received|see|sees|hit|hits|are getting|is getting|are denied|is denied|fail|fails|can't|cannot)\b/,
  // Success tied to who signs in: "when I log in it works", "when I sign in with my account everything is fine",
  // "when I sign in with my own account I get the device list" (what came back, not an error).
  /\bwhen (?:i|we) (?:log|sign)(?:ged)? ?in\b[^.\n]{0,30}?\b(?:it |everything |this )?(?:works|worked|is fine|succeeds|succeeded)\b/,
  /\bwhen (?:i|we) (?:log|sign)(?:ged)? ?in\b[^.\n]{0,60}?\b(?:i|we) (?:get|got|see|saw|can see|receive) (?:the|my|our|all|a) (?!(?:same |following |above |below |exact |new |blank |white |consent |mfa |login |sign-in )?(?:error|exception|403|401|forbidden|message|warning|response|result|prompt|pop-?up|consent|screen|page|redirect|loop|spinner|challenge)s?\b)[a-z]/,
  // Success tied to someone else signing in or running it, an aside allowed after the name: "works when Daniel
  // (our security admin) signs in", "works when Megan runs the script", "works when Jana or Lukas are signed in". Not a flow named ("when the user signs in
  // interactively"), nor a machine that runs it ("works when the pipeline runs it"): those compare flows and hosts.
  /\bworks?(?: fine| only| perfectly| well| great)? when (?!(?:i|we|the user|a user|users?|someone|somebody)\b)(?:(?:the|an?|our|my) )?(?!(?:pipeline|job|scheduler|jenkins|task|service|function|cron|runner|agent|bot|app|daemon|container|server|workflow|flow|script|system)\b)[a-z]+(?: (?:or|and) [a-z]+)?(?: \([^)\n]{1,40}\))? (?:(?:(?:logs?|signs?) ?in|(?:is|are) (?:signed|logged) in)\b(?!\s+(?:interactively|with (?:the |a )?(?:browser|popup|device code|password)))|(?:runs?|uses?|executes?|launch(?:es)?) (?:it|this|that|the (?:script|app|tool|report|query|command|cmdlet|code))\b)/,
  // Someone else running the very same script or command and succeeding: "Priya from the service desk runs the
  // exact same script and the member gets added". Not the writer ("I ran the same script and it worked"), nor a
  // machine or a job running it: those compare runs or hosts, not people.
  /\b(?!(?:i|we|it|this|that|pipeline|job|scheduler|jenkins|task|service|function|cron|runner|agent|bot|app|daemon|container|server|workflow|flow|script|system|he|she|they)\b)[a-z]{2,}(?: \([^)\n]{1,60}\))?(?: (?:from|in|on) (?:the |our )?[a-z ]{2,30}?)? (?:runs?|ran|executes?|executed) (?:the )?(?:exact(?:ly)? |very )?same (?:script|command|cmdlet|code|branch|request|call|query|build)\b[^.\n]{0,40}?\b(?:and|,)\s+(?:it |the [a-z]+ |that )?(?:works?|worked|went through|goes through|succeeds?|succeeded|gets? (?:added|created|sent|updated)|got (?:added|created|sent|updated)|(?:gets?|got|sees?|saw) (?:her|his|their) (?!(?:same |own )?(?:error|exception|403|401|forbidden|denied)s?\b)[a-z]+|is fine|was fine|no (?:error|complaint|problem|issue)s?)\b/,
  // Outcomes listed per account, one line each: "me (SCA on the whole tenant): works, 12 items" above "test user Ben:"
  // and its error (the two lines may come joined as prose). The writer's own line says it works; a user's line
  // after it holds the refusal.
  /(?:^|\n)[ \t]*(?:me|as me|my (?:own )?account)\b[^\n]{0,60}?(?::|->|=>|→)[ \t]*(?:it )?(?:works?|ok|okay|fine|success(?:ful)?|20[04])\b[^\n]{0,60}?(?:\n(?:[^\n]*\n){0,3}?[ \t]*|\s)(?:(?:test|other|normal|regular|standard) )?user\b[^\n]{0,40}?(?::|->|=>|→)/,
  // The one who owns or runs the thing doing the same and getting 200: "the case owner opens the same case: 200".
  /\bthe (?:[\w-]+ )?(?:owner|organi[sz]er|creator|author|host|manager) (?:opens?|runs?|calls?|tries|does|makes?|loads?)\b[^.\n]{0,40}?(?::|->|→|=>|\bgets?\b|\breturns?\b)\s*(?:an?\s+|http\s+)?200\b/,
  // Another person getting the answer the writer does not: "when she runs the same call in Graph Explorer she gets 200".
  /\b(?:she|he)\s+(?:gets?|got|receives?|received)\s+(?:an?\s+|the\s+)?(?:http\s+|status\s+)?200\b/,
  // Only part of the users failing, said of them as a group: "some users get 403 and others don't", "certain users are denied".
  /\b(?:some|certain|a few|several) (?:of (?:the |our |my )?)?users (?:get|got|receive|received|see|hit|are getting|are denied|fail|can't|cannot)\b/,
  // The same counted out: "only one user in our tenant gets the 403", "only two accounts fail".
  /\bonly (?:one|two|three|a couple of|a handful of|a few|some|certain) (?:of (?:the |our |my )?)?(?:users?|accounts?|people|colleagues|employees|members)\b[^.\n]{0,30}?\b(?:gets?|got|receives?|received|sees?|hits?|is getting|are getting|is denied|are denied|fails?|failed|can't|cannot)\b/,
  /\b(?:group|team|site) owners (?:can|could|are able to|succeed)\b/,
  // The part the user plays, named as who succeeds: "the organizer can download them fine", "the owner is able to".
  /\b(?:the |an? )?(?:meeting |event |file |item |plan )?(?:organi[sz]ers?|creators?|hosts?|authors?) (?:can(?!'t|not)|could(?!n't| not)|is able to|are able to|succeeds?|has no (?:problem|issue))\b/,
  // Part of the organization named by its unit: "fails for users in the Sales department", "people from
  // the Berlin office get 403" — who calls decides, so the users' own access (or a policy scoped to them) does.
  /\b(?:users?|people|accounts?|employees|staff|members|colleagues) (?:in|of|from) (?:the |our |a |one )?(?:[\w&-]+ ){1,2}(?:department|dept|division|office|region|business unit|subsidiary|branch)s?\b/,
  // Success tied to the part the user plays: "works when the manager owns the team", "works if I organized the meeting",
  // and failure to the lesser part: "fails when they're only a member", "denied for meetings where I'm only an attendee".
  /\bworks?(?: fine| only)? (?:when|if) (?:(?:the|a|an|my|our) )?\w+ (?:owns?|organi[sz]e[sd]?|created|creates?)\b/,
  /\bworks?(?: fine| only)? (?:when|if) (?:i|we|they|he|she|the user) (?:am|are|is|was|were) (?:the |an? )?(?:owner|organi[sz]er|creator|host)s?\b/,
  // The items the user is a member of named as the ones that work: "it does work for teams where the signed-in user is a member".
  /\bworks?(?: fine)?(?: only)? (?:for|on|with) (?:the )?(?:teams?|groups?|channels?|sites?|plans?|chats?) (?:where|that|which|whose|in which) (?:i|we|they|he|she|the (?:signed-in |calling )?user|the caller) (?:am|are|is|was|were) (?:a |an )?members?\b/,
  // The items named by the part the user plays in them: "works only for meetings where the user is the organizer", "for files I own".
  /\bworks?(?: fine)?(?: only)? (?:for|on|with) (?:the )?(?:meetings?|events?|files?|items?|teams?|sites?|plans?|groups?|channels?|calendars?|documents?) (?:where|that|which|whose|when)? ?(?:i|we|they|he|she|the user|the caller) (?:(?:am|are|is|was|were) (?:the |an? )?(?:owner|organi[sz]er|creator|host)s?|own|owns|organi[sz]ed?|created)\b/,
  /\b(?:fails?|failing|denied|403|forbidden|errors?)\b[^.\n]{0,40}\b(?:(?:i'm|i am|they're|they are|he's|she's|is|are) )?only (?:an? )?(?:member|attendee|participant|invitee|guest of the meeting)s?\b/,
  // The items named by the part the user does not play in them ("for meetings I did not organize",
  // "files the user doesn't own"), or the user's own named as the ones that work ("for my own meetings it works").
  new RegExp(`\\b${ITEMS} (?:that |which |where |whose )?(?:i|we|they|he|she|the user|the caller) (?:did not|didn't|do not|don't|does not|doesn't|am not|is not|isn't|are not|aren't|was not|wasn't) (?:the )?(?:organi[sz]e[rd]?|own(?:er)?|create|creator|host)\\b`),
  new RegExp(`\\bfor (?:my|our|his|her|their) own ${ITEMS}\\b[^.\\n]{0,20}?\\b(?:works?|is fine|succeeds?)\\b`)]);
/**
 * Everyone but a few, said of the people: "works for everyone in the tenant except one colleague",
 * "fine for all users but the new hires". Who is left out is named by the exception, so it depends
 * on the person, whichever side the admins are on.
 */
const EVERYONE_BUT = gated(/\b(?:everyone|everybody|(?:all|every) (?:other |the |our )?(?:users?|accounts?|people|colleagues|employees|members?|mailbox(?:es)?))\b[^.\n]{0,40}?\b(?:except|apart from|other than|but(?: not)?)\s+(?:for\s+)?(?:(?:me|him|her|them|mine)\b|(?:(?:those|the ones) of\s+)?(?:(?:one|a|an|two|three|a few|a handful of|some|certain|this|that|the|my|our)\s+)?(?:[a-z0-9-]+\s+)?(?:colleagues?|co-?workers?|users?|accounts?|persons?|people|members?|employees?|guests?|admins?|hires|staff|students?|teachers?|managers?|executives?|directors?|vips?|mailbox(?:es)?)\b)/);
/**
 * The others said to fail as a group, which says someone succeeds: "everyone else gets 403", "all the
 * others are denied", "the rest of the users get this". Not "like everyone else, I get 403".
 * Or said to be fine, which says someone fails: "everyone else is fine", "works for everybody else",
 * "all other users are unaffected", "the rest of the team works".
 */
const OTHERS_FAIL = gated(/\b(?:(?:everyone|everybody) else|all (?:the )?others|all other (?:users|accounts|people|colleagues|employees|members)|the rest(?: of (?:the |our )?(?:users|us|them|people|team|staff|accounts))?)(?<!\b(?:like|as) (?:everyone|everybody) else) (?:is|are|seems?(?: to be)?|works?|has|have)(?: (?:all|just|totally|completely|perfectly))? (?:fine|ok|okay|working|unaffected|not affected|no (?:problems?|issues?))\b|\b(?:works?|worked|is fine|runs?) (?:fine |well |ok |okay |perfectly )?for (?:everyone|everybody) else\b|\b(?:everyone|everybody|all the)(?<!\b(?:like|as) (?:everyone|everybody|all the)) (?:else|others)\b[^.\n]{0,160}?\b(?:gets?|got|receives?|fails?|is denied|are denied|sees?|hits?|can'?t|cannot)\b|\bthe (?:others|rest(?: of (?:the |our )?(?:users|us|them|people|team|staff|accounts))?) (?:all )?(?:get|got|receive|fail|see|hit|are denied|can'?t|cannot)\b/);
/**
 * The speaker's own run said to work ("works perfectly when I run it", "when I run it, everything is
 * fine", "it works when I log in", "for me it works", "for me it lists devices fine", "I tested it end to end and it works"): a comparison of people once
 * someone else is named in the paste ("when the helpdesk guys run it", "my coworker gets 403"). Not a
 * run placed somewhere ("when I run it locally"): that compares machines, not people; nor a sign-in
 * named by its flow ("works when I sign in interactively"), which compares flows; nor a run told as
 * later ("I tried it again after the consent and it worked"), which compares times.
 */
const I_RUN_IT_WORKS = gated(/\bfor me,? (?:it |this |everything )?(?:works|worked|is fine|runs fine|succeeds|(?:lists|shows|returns|loads|reads|opens|displays) (?:the |all |my |our )?(?:[a-z]+ )?(?:fine|ok|okay|correctly|without (?:an? )?(?:issues?|errors?|problems?)))\b(?!,?\s+(?:locally|on|from|in|inside|under|through|via|with)\b)|\b(?:works?|worked|succeeds?|succeeded)(?: fine| perfectly| ok| okay| well| great)? when (?:i|we) (?:run|use|execute|launch|call) (?:it|this|that)\b(?!,?\s+(?:locally|on|from|in|inside|under|through|via)\b)|\b(?:works?|worked|succeeds?|succeeded)(?: fine| perfectly| ok| okay| well| great)? when (?:i|we) (?:log|sign)(?:ged)? ?in\b(?!\s+(?:interactively|with (?:the |a )?(?:browser|popup|device code|password)))|\bwhen (?:i|we) (?:run|use|execute|launch|call) (?:it|this|that),? (?:it |everything )?(?:works|succeeds|is fine|runs fine)\b|\b(?:i|we) (?:tested|tried|ran) (?:it|this|that)(?:\s+(?!(?:in|on|with|from|via|through|using|locally|interactively|inside|under|again|after|once|now|today|since)\b)[a-z-]+){0,3},? (?:and )?(?:it |everything )?(?:works|worked|succeeds|succeeded|is fine|was fine|runs fine|ran fine)\b/);

/**
 * The kinds of people an organization's users are (a school's, a hospital's, a company's): "teachers
 * are fine", "works for the staff" in a paste about a failure says the call depends on who makes it.
 * A kind said to fail ("members get 403") is only who called, so the working side must be said.
 */
const PEOPLE = '(?:students|pupils|teachers|faculty|staff|employees|contractors|interns|managers|agents|technicians|doctors|nurses|volunteers)';
/**
 * People named by their part of the organization and said to be fine: "Finance people are fine", "the
 * Berlin users are unaffected". Not the permissions or settings "for users" said to be fine.
 */
const UNIT_PEOPLE_FINE = String.raw`\b(?<!\b(?:for|to|of|on|with|all|both) (?:the )?)(?!(?:the|all|both|these|those|our|my|some|for|to|of)\b)[a-z&-]{3,} (?:people|users|folks|colleagues) (?:are|were|seem|seem to be) (?:all )?(?:fine|ok|okay|working|not affected|unaffected)\b`;
const KIND_OF_PEOPLE_WORKS = gated(new RegExp(`\\b${PEOPLE} (?:are|were|seem|seem to be) (?:all )?(?:fine|ok|okay|working|not affected|unaffected)\\b|\\bworks? (?:fine |well )?(?:for|with) (?:the |our |all |most )?${PEOPLE}\\b|${UNIT_PEOPLE_FINE}`));

/** The organization's people in other words than "users" (SOME_USERS names them as the ones who fail). */
const PEOPLE_WORDS = ['staff', 'employee', 'people', 'member', 'account', 'colleague', 'worker'];
registerPhrases(PEOPLE_WORDS);

/**
 * ADMIN_WORKS' loose forms (a success anywhere near "global admin") read a comparison between people
 * only when someone else fails. When the speaker is the Global Administrator and no other kind of
 * user is named ("I'm Global Administrator … the portal blade loads fine for me"), the success is
 * another call of theirs, not the admin role making the difference.
 */
const LOOSE_ADMIN_WORKS = new Set([2, 3]);
const SPEAKER_IS_ADMIN = /\b(?:i'm|i am|i'm a|i am a|as myself|myself)\s*\(?(?:an? |the )?global admin/;
// Someone else signing in counts too, named or not: "When Petra logs in, 403".
const OTHER_PEOPLE = /\b(?:users|colleagues?|co-?workers?|employees?|staff|members|people|non-admins?|guests?|students?|teachers?|managers|others|someone else|everyone else|guys|folks|helpdesk|agents|teammates|technicians|assistants)\b|\b(?:when|once|if)\s+(?!i\b|we\b)[a-z]+\s+(?:logs?|signs?)\s?in\b/;
function speakerIsTheFailingAdmin(lower: string): boolean {
  return SPEAKER_IS_ADMIN.test(lower) && !OTHER_PEOPLE.test(lower);
}

// Success said with the action's own verb: "it updates fine", "it goes through".
// Or a success status said of it: "it's 204", "returns 200", "gets a 201".
const SUCCEEDS = String.raw`(?:works|succeeds|goes through|[a-z]{3,}s (?:fine|ok|okay|without (?:an? )?(?:error|issue|problem)s?)|(?:it'?s|is|returns|gets|got|gives) (?:an? )?(?:http )?20[0-4])`;
const ADMIN_WORKS = gatedAll([/\bworks? (?:fine |well )?(?:for|with) (?:the |my |an? )?(?:global )?admin/, /\b(?:global )?admin(?:istrator)?s? (?:account )?(?:it )?works\b/, new RegExp(String.raw`\bglobal admin(?:istrator)?\b.{0,80}\b${SUCCEEDS}\b`), new RegExp(String.raw`\b${SUCCEEDS}\b.{0,60}\bglobal admin(?:istrator)?\b`),
  // The same said in the languages the corpus holds besides English: "con el administrador global funciona",
  // "avec le compte administrateur ça marche", "mit dem globalen Administrator funktioniert", "管理员账号可以正常访问", "管理者アカウントでは動作します",
  // and with the speaker's own account: "con mi cuenta de administrador funciona", "mit meinem Admin-Konto funktioniert".
  /\bcon (?:el|un|la|mi|nuestro|nuestra) (?:usuario |cuenta )?(?:de )?administrador(?:a)?(?: global)? (?:s[ií] )?funciona\b/, /\bcom (?:o|um|a|uma|meu|minha|nosso|nossa) (?:usuário |usuario |conta )?(?:de )?administrador(?: global)? funciona\b/,
  /\bavec (?:le|un|l'|mon|notre)\s?(?:compte )?(?:d')?admin(?:istrateur)?(?: global)?,? (?:ça |cela )?(?:fonctionne|marche)\b/, /\bmit (?:dem|einem|meinem|unserem) (?:globalen )?admin(?:istrator)?(?:-konto|konto)? funktioniert\b/,
  /管理员(?:账号|帐号|账户|帐户)?(?:[^，。,；;\n]{0,6}?)(?<![不没未])(?:可以|能够?|正常|没有问题|没问题|成功)/, /管理者(?:アカウント)?(?:では|だと|なら)(?:動作|成功|問題な|正常|取得でき|実行でき)/,
  // "管理者アカウントでサインインすると動きます": signing in as the admin makes it work.
  /管理者(?:アカウント)?で(?:サインイン|ログイン)(?:する|した)?(?:と|ら|場合は?)(?:動き|動作|動く|成功|正常|取得でき|問題な)/]);
/** "I as global admin can do it", "as an admin I can see them", "admins can access it": success said with a verb other than "works". */
const ADMIN_CAN = gated(/\b(?:as|with) (?:a |an |the |my )?(?:global |tenant )?admin(?:istrator)?(?: account)?,? (?:i|we) (?:can|could|am able|are able)\b|\b(?:i|we) (?:as|being) (?:a |an |the )?(?:global |tenant )?admin(?:istrator)? (?:can|could|am able|are able)\b|\badmin(?:istrator)?s? (?:can|could|are able to|is able to) (?:do|see|read|access|call|list|get|open) (?:it|this|that|them)\b|\b(?:colleague|coworker|co-worker|teammate|user|account)s? (?:who is|who's|that is|being|with) (?:an? |the )?(?:global |tenant )?admin(?:istrator)?(?: role)? (?:(?:gets?|got|receives?) (?:the )?(?:results|data|a response|them|it)\b|can|could|sees? (?:the |them|it)|is able|has no (?:problem|issue))\b|\badmin(?:istrator)?s? (?:gets?|got|sees?|receives?) (?:the )?(?:results|data|a response|them|it)\b/);
/**
 * ADMIN_CAN in the other languages the product reads: "Admins können ohne Probleme …", "als Admin kann
 * ich", "les admins peuvent", "en tant qu'admin je peux", "los administradores pueden", "como
 * administrador puedo", "os administradores conseguem", "como administrador consigo".
 */
const LOCALIZED_ADMIN_CAN = gated(/\b(?:die )?admin(?:istrator)?(?:s|en)? (?:können|konnten|kann)\b|\bals (?:globaler? )?admin(?:istrator)? (?:kann|konnte) ich\b|\b(?:les )?admin(?:istrateur)?s? (?:peuvent|pouvaient)\b|\ben tant qu'admin(?:istrateur)?(?: global)?,? je (?:peux|pouvais)\b|\b(?:los )?administradores (?:pueden|podían)\b|\bcomo administrador(?: global)?,? (?:sí )?(?:puedo|podía|consigo)\b|\b(?:os )?administradores (?:podem|conseguem|conseguiam)\b/);
/**
 * "Only some of the sites return 403", "works for most teams", "shows only 12 of ~140 plans", "the 12
 * that work are groups he is a member of": the same call and token work elsewhere.
 */
const SOME_ITEMS = gated(/\bwork\b[^.\n]{0,60}\bthe ones (?:that )?(?:i|we|she|he|they|the user) (?:am|are|is) (?:(?:a )?members? of|in|part of)(?: (?:myself|herself|himself|themselves))?\b|\bonly (?:see|access|get|read|open|list) \*?some\b|\b(?:some|certain|a few|many) (?:of (?:the|our|them) )?(?:\w+ )?(?:sites|teams|groups|channels|files|folders|drives|lists|plans|calendars|documents) (?:return|fail|give|throw|cannot|can't|are not|don't|do not)|\bworks? (?:fine |well )?(?:for|with|on) (?:some|most|other|the other) (?:\w+ )?(?:sites|teams|groups|channels|files|folders|drives|lists|plans|calendars|documents)\b|\bworks? (?:fine |well )?(?:for|with|on) (?:the |my |our )?(?:\d{1,5} |few |two |three )?(?:sites|teams|groups|channels|plans|calendars|mailboxes) (?:that |which )?(?:(?:i'm|i am|we're|we are|he's|she's|they're|the user is) (?:in|a member of|members of|part of|an owner of|owners? of)|(?:i|we|they|he|she) (?:belong to|own))\b|\bonly \d{1,5} (?:of|out of) (?:about |around |roughly |ca\.? ?|~ ?)?\d{1,6} (?:\w+ )?(?:sites|teams|groups|channels|files|folders|drives|lists|plans|calendars|documents|mailboxes)\b|\b(?:the ones|the \d{1,5}|those) (?:that|which) (?:work|succeed)(?:ed)? (?:are|were) (?:all )?(?:the )?(?:\w+ )?(?:sites|teams|groups|channels|files|folders|drives|lists|plans|calendars|documents)\b|\bevery other (?:\w+ )?(?:site|team|group|channel|file|folder|drive|list|plan|calendar|document|mailbox)\b[^.\n]{0,40}?\b(?:works?|worked|is fine|succeeds?|goes through)\b|\bworks? (?:fine |well )?(?:for|with|on) every other (?:\w+ )?(?:site|team|group|channel|file|folder|drive|list|plan|calendar|document|mailbox)\b/);
// An owner is the member a team or group's settings and membership changes are open to.
/**
 * The portal's "Supported account types" choices, which name personal accounts as an audience:
 * "Accounts in any organizational directory and personal Microsoft accounts", "Personal Microsoft
 * accounts only" (https://learn.microsoft.com/entra/identity-platform/supported-accounts-validation).
 */
// Also what a scope or an API is said to serve ("Files.ReadWrite.AppFolder, which is only valid for personal accounts"): its reach, not who signed in.
// And the row of a Graph API page's permissions table, quoted beside the error ("Delegated (personal
// Microsoft account) | Not supported.", as in the Permissions section of every API reference page, e.g.
// https://learn.microsoft.com/graph/api/group-list-events): the page's account kind, not the caller's.
const SUPPORTED_ACCOUNT_TYPES = /\bdelegated \(personal microsoft account\)|\baccounts in any (?:organi[sz]ational directory|identity provider)[^.\n]{0,60}?personal microsoft accounts\b|\bpersonal microsoft accounts only\b|\b(?:and|or) personal microsoft accounts\b|\b(?:valid|supported|available|honou?red|works?|applies|applicable|allowed)\s+(?:only\s+)?(?:for|with|to)\s+personal (?:microsoft )?accounts\b/g;

/** Some occurrence of the phrase ends where a word ends: "not a member" is not "not a membership thing". */
function endsAWord(lower: string, phrase: string): boolean {
  return someOccurrence(lower, phrase, (at) => !/[a-z]/.test(lower.charAt(at + phrase.length)));
}

/**
 * Not among a site's, team's or group's people: "I'm not in that site's members", "she isn't in the team",
 * "she isn't showing in the Store 42 team members list yet".
 */
const NOT_AMONG = gated(/\b(?:(?:i'm|i am|he's|he is|she's|she is|they're|they are|we're|we are|i was|he was|she was|they were) not|isn't|aren't|is not|are not|was not|wasn't|were not|weren't)\s+(?:(?:yet\s+)?(?:showing|shown|listed|visible|appearing)\s+)?(?:in|on|part of|among)\s+(?:(?:the|that|this|those|these|its|their|our|my|his|her)\s+(?:[\w-]+(?:'s)?\s+){0,3}(?:site|team|group|channel|plan|members|owners|membership|(?:staff|members?|owners?) list)s?|(?:site\s+|team\s+|group\s+)?(?:owners|members)(?:\s+or\s+(?:owners|members))?)\b/);
/**
 * Added to one part of it, "not to the team itself": a member of a private channel, a subsite or a
 * plan, not of the team, group or site the call reads ("I was only added to one of its private
 * channels, not to the team").
 */
const ADDED_ELSEWHERE = gated(/\b(?:added|invited)\s+(?:to|into)\b[^.\n]{0,80}?,?\s+(?:but\s+)?not\s+(?:to|into)\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:site|team|group|channel|plan)s?\b/);
/**
 * Said never to have been added to it: "she wasn't added to that channel when it was created", "I was never added
 * to the site". Not the app's own grant ("the app hasn't been added to the site" is Sites.Selected's matter).
 */
const NOT_ADDED = gated(/\b(?:wasn't|was not|weren't|were not|isn't|is not|hasn't been|has not been|haven't been|have not been|was never|were never|has never been|have never been|never got|never been)\s+added\s+(?:to|into|as a member of)\s+(?:(?:the|that|this|its|their|our|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:site|team|group|channel|plan)s?\b/);
const APP_AS_SUBJECT = /\b(?:app|application|service principal|client|daemon|managed identity|bot)\s*$/;
const NOT_ADDED_EACH = new RegExp(NOT_ADDED.source, 'g');
/** A person never added, the thing named before in the sentence: "she's the owner of that team and I was never added". */
const PERSON_NEVER_ADDED = gated(/\b(?:i|we|she|he|they)\s+(?:was|were|have|has)\s+never\s+(?:been\s+)?added\b(?!\s+(?:to|into|as)\b)/);
function saysNotAdded(lower: string, has: (p: string) => boolean): boolean {
  if (mayMatch(PERSON_NEVER_ADDED, has) && PERSON_NEVER_ADDED.test(lower)) return true;
  if (!mayMatch(NOT_ADDED, has)) return false;
  return [...lower.matchAll(NOT_ADDED_EACH)].some((m) => !APP_AS_SUBJECT.test(lower.slice(Math.max(0, m.index - 30), m.index).trimEnd()));
}
const NOT_MEMBER = ["don't belong", 'do not belong', 'not a member', "i'm not part of", 'i am not part of', 'not part of the team', "i'm not a part of", 'i am not a part of', 'not a part of', 'not an owner', 'not the owner', "isn't a member", "aren't members", "aren't a member", 'not members of', "isn't an owner", "isn't the owner", "isn't part of", "aren't part of", 'is no member', 'not a team owner', 'not a group owner', 'no longer a member', 'removed from the group', 'removed from the team', 'removed from the site',
  // A person said not to own it ("a group the signed-in user doesn't own"); not the app, whose owning is Application.ReadWrite.OwnedBy's matter.
  "user doesn't own", 'user does not own', "i don't own", 'i do not own', "we don't own", 'we do not own', "she doesn't own", "he doesn't own",
  // Not in it, the team or site named just before: "Atlas is the private Team the bid people created, I'm not in it".
  "i'm not in it", 'i am not in it', "she's not in it", "he's not in it",
  // Never joined the team or group that is open to them: "she can find it in Join a team but never joined".
  'never joined', "hasn't joined", 'has not joined', "haven't joined", 'have not joined', "didn't join", 'did not join',
  // Said of the items just named: "the ones I listed via /groups (not in them) all fail".
  '(not in them)', "i'm not in them", 'i am not in them'];

/**
 * The user's membership made it work: "once I add the admin to the user's site it works", "adding
 * the account as an owner of the team fixes it", "works after I added myself to the group". A
 * delegated call acts with the user's own access to the site, team or group
 * (https://learn.microsoft.com/graph/permissions-overview#delegated-permissions), so it failed
 * because they were not a member. The app being added is a grant to the app (Sites.Selected), not this.
 */
const ADDED_WHO = String.raw`(?!(?:the |my |our |this )?(?:app|application|service principal|client|daemon|managed identity|permission|scope|role)s?\b)(?:[\w@.'{}-]+\s+){0,4}?`;
const MEMBERSHIP_TARGET = String.raw`(?:to|as|into)\s+(?:(?:an?|the|their|his|her|its|that|this|each|every)\s+)?(?:[\w'-]+\s+){0,3}?(?:site|team|group|channel|plan|onedrive|members?|owners?|site (?:collection )?admin(?:istrator)?s?)\b`;
const SUCCESS = String.raw`(?:works?|worked|working|succeeds?|succeeded|is fine|resolved|fixed|returns? (?:the )?(?:data|results?|files?|items?))`;
const ADDED_THEN_WORKS = gatedAll([
  new RegExp(String.raw`\b(?:once|after|when|if|as soon as)\s+(?:(?:i|we|you|they|an? admin|the admin)\s+)?(?:add|added|adding|put|make|made|assign|assigned)\s+${ADDED_WHO}${MEMBERSHIP_TARGET}[^.\n]{0,60}?\b${SUCCESS}\b`),
  new RegExp(String.raw`\badding\s+${ADDED_WHO}${MEMBERSHIP_TARGET}[^.\n]{0,40}?\b(?:allows|fixes|fixed|resolves|resolved|solves|solved|works|worked|makes it work|made it work|helps|helped)\b`),
  new RegExp(String.raw`\b${SUCCESS}\b[^.\n]{0,40}?\b(?:once|after|when|if)\s+(?:(?:i|we|you|they)\s+)?(?:add|added)\s+${ADDED_WHO}${MEMBERSHIP_TARGET}`),
  // The ones that work are those the account was added to: "the 27 that work are exactly the ones where svc-report
  // was added as owner", "it only works for the teams where the account is a member".
  /\b(?:(?:the|those|all)\s+(?:\d+\s+)?(?:(?:ones|teams?|sites?|groups?|channels?|plans?)\s+)?(?:that|which)\s+(?:work|works|succeed|succeeds|are fine)|(?:works?|succeeds?)\s+(?:only\s+)?(?:for|on|in)\s+(?:the\s+)?(?:ones|teams|sites|groups|channels|plans))\b[^.\n]{0,60}?\b(?:where|in which)\b[^.\n]{0,50}?\b(?:(?:was|were|is|are|been|got)\s+(?:added|made|invited)\s+(?:as|to)\b|(?:is|are|was|were)\s+(?:a\s+)?(?:member|owner)s?\b)/,
]);
/** What undoes it: "even after adding the user to the team it still fails". */
const STILL_FAILS = /\b(?:still|not|never|no longer)\b|n't\b/;

/**
 * The same in the other languages the product reads: "wenn ich mich zum Owner einer Site mache,
 * funktioniert es", "si je m'ajoute comme propriétaire du site, ça marche", "si me agrego como
 * propietario del sitio, funciona", "se eu me adiciono como proprietário do site, funciona",
 * "サイトの所有者に追加すると動きます", "把自己加为站点所有者就可以".
 */
const LOCALIZED_ADDED_THEN_WORKS = /\bwenn (?:ich|wir|man) (?:\S+\s+){0,6}?(?:zum|zur|als) (?:owner|besitzer|mitglied|site-?admin|websitesammlungsadministrator)\w* (?:\S+\s+){0,3}?(?:mache|machen|hinzufüge|hinzufügen|eintrage|eintragen)\b[^.\n]{0,20}?\b(?:funktioniert|klappt|geht)\b|\bsi (?:je|on) (?:m'|l'|les )?ajoute\w* (?:comme|en tant que) (?:propriétaire|membre|administrateur)[^.\n]{0,40}?\b(?:ça |cela )?(?:marche|fonctionne)\b|\bsi (?:me|lo|la|los) (?:agrego|añado|agregamos|añadimos) como (?:propietario|miembro|administrador)[^.\n]{0,40}?\bfunciona\b|\bse (?:eu )?(?:me |o |a )?(?:adiciono|adicionar|adicionamos|coloco) como (?:proprietário|membro|administrador)[^.\n]{0,40}?\bfunciona\b|(?:所有者|メンバー|管理者)に(?:追加|設定)(?:する|した)?(?:と|ら)[^。\n]{0,20}?(?:動|成功|正常|取得でき)|(?:加为|添加为|设为|加入)[^。\n]{0,10}?(?:所有者|成员|管理员)[^。\n]{0,10}?(?:就|则)?(?:可以|正常|能)/;

/** One of these stands in every telling above: the pattern runs only then. */
const LOCALIZED_MEMBER_WORDS = ['owner', 'besitzer', 'mitglied', 'site-admin', 'siteadmin', 'websitesammlungsadministrator', 'propriétaire', 'membre', 'administrateur', 'propietario', 'miembro', 'administrador', 'proprietário', 'membro', '所有者', 'メンバー', '管理者', '成员', '管理员'];

function membershipMadeItWork(lower: string, has: (p: string) => boolean): boolean {
  if (LOCALIZED_MEMBER_WORDS.some((w) => lower.includes(w)) && LOCALIZED_ADDED_THEN_WORKS.test(lower) && hasClaimedMatch(lower, LOCALIZED_ADDED_THEN_WORKS)) return true;
  return ADDED_THEN_WORKS.some((re) => {
    const m = mayMatch(re, has) ? re.exec(lower) : null;
    return m !== null && !STILL_FAILS.test(m[0]) && hasClaimedMatch(lower, re);
  });
}

const GUEST_SET = new Set(GUEST);
const PERSONAL_SET = new Set(PERSONAL);

/** Whether the text says (not denies) one of the phrases: "I am not a guest" is no guest hint. */
function saysAnyOf(lower: string, set: ReadonlySet<string>, list: readonly string[], has: (p: string) => boolean, present?: ReadonlySet<string>): boolean {
  if (!present) return list.some((p) => has(p) && isToldAccount(lower, p));
  for (const p of present) if (set.has(p) && isToldAccount(lower, p)) return true;
  return false;
}

/**
 * The account named as the comparison that works: "with personal accounts or other tenants it does
 * not happen", "it works fine with my personal account". The failing account is then another one.
 */
const WORKS_AFTER = /^[^.;\n]{0,60}?\b(?:(?:it\s+)?(?:works|worked|working|work(?!\s+(?:or\s+school|accounts?|tenants?|e-?mails?|address(?:es)?|profiles?|pcs?|laptops?|machines?|computers?|devices?)\b))\b(?![^.;\n]{0,12}\b(?:not|never)\b)|(?:does|did)(?:n't| not) (?:happen|occur|fail)|no (?:problem|issue|error)s?\b|(?:is|are|was|were) fine\b|succeeds?\b)/;
/** What a failure is told with: a failing verb, a refusal, an HTTP error status. */
const FAILURE = String.raw`(?:fail\w*|errors?|denied|refused|forbidden|unauthori[sz]ed|broken|[45]\d\d|(?:does|did)(?:n't| not) work|can't|cannot)`;
const FAILS_BEFORE = new RegExp(String.raw`\b${FAILURE}\b[^.;\n]*$`);
// Also what a tool says it supports: "this server will work for both Office 365 and personal Outlook/Hotmail accounts".
const WORKS_BEFORE = /\b(?:works?|worked|working|succeeds?|succeeded)\s+(?:fine\s+|perfectly\s+|well\s+)?(?:with|for|using|on)\s+(?:\w+\s+){0,2}$/;
const SUPPORTS_BOTH_BEFORE = /\bwork(?:s)?\s+(?:for|with)\s+both\b[^.;\n]{0,60}$/;

/**
 * The same comparison in the other languages the product reads, the account named first and its success
 * after it: "拿普通个人账号试了一下，完全没问题", "個人アカウントでは問題なく動きます", "mit meinem persönlichen Konto
 * funktioniert es", "con mi cuenta personal funciona". Not when a failure or a negation stands between.
 */
const LOCALIZED_WORKS_AFTER = /^[^。.;\n]{0,30}?(?:完全没问题|没有问题|没问题|可以用|能用|正常|成功|問題な|動作し|動きます|\bfunciona\b|\bfonctionne\b|\bmarche\b|\bfunktioniert\b|\bklappt\b)/;
const LOCALIZED_FAILS_BETWEEN = /不|失败|报错|エラー|できない|できません|失敗|\bno\b|\bnão\b|\bne\b|nicht|\bpas\b/;

function isAccountThatWorks(lower: string, at: number, phrase: string): boolean {
  const works = LOCALIZED_WORKS_AFTER.exec(lower.slice(at + phrase.length, at + phrase.length + 40));
  if (works && !LOCALIZED_FAILS_BETWEEN.test(works[0])) return true;
  const before = lower.slice(Math.max(0, at - 40), at);
  if (WORKS_BEFORE.test(before) || SUPPORTS_BOTH_BEFORE.test(lower.slice(Math.max(0, at - 80), at))) return true;
  // "It fails with my personal account, it works with a work account": the failure names it.
  if (FAILS_BEFORE.test(before)) return false;
  // "With personal accounts … it does not happen": the account opens the clause that says it works.
  if (!/\b(?:with|for|using)\s+(?:\w+\s+){0,2}$/.test(before)) return false;
  const after = lower.slice(at + phrase.length, at + phrase.length + 160);
  const success = WORKS_AFTER.exec(after);
  // Not when the account fails first ("with my outlook.com account: 403 … works with my work account"),
  // nor when the sentence goes on to another call that fails ("using a personal account, sendMail works
  // but joinedTeams returns 400"): the calls are compared there, on the same account.
  if (!success || FAILURE_WORDS.test(success[0])) return false;
  const rest = after.slice(success[0].length).split(/[.;\n]/)[0] ?? '';
  return !/\bbut\b/.test(rest) || !FAILURE_WORDS.test(rest);
}
/** A failure told between an account and the success said after it, or after that success. */
const FAILURE_WORDS = new RegExp(String.raw`\b${FAILURE}\b`);

/** Said of the account, not denied nor only asked: "do we have to invite every customer user as a guest?" makes no one a guest. */
function isToldAccount(lower: string, phrase: string): boolean {
  return someOccurrence(lower, phrase, (at) => !isNegatedAt(lower, at) && !isAskedAt(lower, at) && !isAccountThatWorks(lower, at, phrase) && !(GUEST_SET.has(phrase) && !phrase.startsWith('as ') && guestsAreAddedAt(lower, at)));
}

/**
 * Guests as the people a call adds ("adding people to a team works for our staff but external guests fail"): the
 * call's targets, not the account that signs in. Said in the sentence that adds someone to a team, group, channel,
 * site or plan; not "added to the team as guests" (how the callers became guests), nor "invited into their tenant".
 */
const ADDS_TO_SOMETHING = /\b(?:add|adds|adding|added|invite|invites|inviting)\b[^.\n]{0,60}?\b(?:to|into)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|that\s+|this\s+)?(?:[\w-]+\s+)?(?:teams?|groups?|channels?|sites?|plans?)\b/;
function guestsAreAddedAt(lower: string, at: number): boolean {
  // A window of 200 characters each side: the sentence around the words, and no scan of a long line per occurrence.
  const lo = Math.max(0, at - 200);
  const win = lower.slice(lo, at + 200);
  const rel = at - lo;
  const start = Math.max(win.lastIndexOf('\n', rel), win.lastIndexOf('. ', rel)) + 1;
  const endDot = win.indexOf('. ', rel);
  const endLine = win.indexOf('\n', rel);
  const end = Math.min(endDot < 0 ? win.length : endDot, endLine < 0 ? win.length : endLine);
  return ADDS_TO_SOMETHING.test(win.slice(start, end));
}

/**
 * NOT_MEMBER in the other languages the product reads: "私はそのチームには入っていません", "メンバーではありません",
 * "我不是这个团队的成员", "ich bin kein Mitglied", "je ne suis pas membre", "no soy miembro", "não sou membro".
 */
const LOCALIZED_NOT_MEMBER = gated(/(?:チーム|グループ|サイト|チャネル)(?:に|には)(?:入って|参加して|所属して)(?:いません|いない)|(?:メンバー|所有者|オーナー)では(?:ありません|ない)|不是(?:该|这个|那个)?(?:团队|群组|组|站点|频道)?的?(?:成员|所有者|拥有者)|(?:没有|没)(?:加入|在)(?:该|这个|那个)?(?:团队|群组|组|站点)|\b(?:kein|nicht) (?:mitglied|besitzer)\b|\b(?:pas|ni) (?:membre|propriétaire)(?![a-zà-ÿ])|\b(?:ni|nem) (?:miembro|propietario|membro|proprietário)(?![a-zà-ÿ])|\bno (?:soy|es|somos|son) (?:miembro|miembros|propietario)\b|\bnão (?:sou|é|somos|são) (?:membro|membros|proprietário)\b/);
const LOCALIZED_MEMBER_HINT_WORDS = ['チーム', 'グループ', 'サイト', 'チャネル', 'メンバー', '成员', '所有者', '拥有者', 'オーナー', 'mitglied', 'besitzer', 'membre', 'propriétaire', 'miembro', 'propietario', 'membro', 'proprietário'];

/**
 * The writer does not know which of their accounts signed in ("I don't remember which one I clicked",
 * "not sure which account the cached token is for"): a personal account named beside it is one of two
 * they hold, not the one shown to have signed in.
 */
const ACCOUNT_IN_DOUBT = /\b(?:(?:don'?t|do not|can'?t|cannot|couldn'?t)\s+(?:remember|recall|know|tell|say)|not sure|no idea|unsure)\b[^.\n]{0,40}?\bwhich (?:one|account|of (?:the|them|the two|both))\b/;
registerPhrases(['which']);

/**
 * Outcomes listed per person by first name, one line each: "Maria -> works, sees everything" beside "Jonas (started
 * Monday) -> 403". Read on the text as written: a capitalised word of its own opening the line is a name, unless it is
 * one of the words such lines are also made of (a tool, an environment, a field of a report).
 */
// The writer's own line too ("me (admin) -> GET … = 200 ✅"), and an outcome told last on the line: the call, then its status.
// A verb may stand between the person and the arrow: "Priya runs it -> full channel history", "I run it -> 403".
const NAMED_OUTCOME = /^[ \t]{0,8}([A-Z][a-z]{2,15}|[Mm]e|I)(?:[ \t]+\([^)\n]{1,40}\))?(?:[ \t]+(?:runs?|ran|tries|tried|try|calls?|called|does|did|do|opens?|opened)[ \t]+it)?[ \t]*(?:->|→|=>|:)[ \t]*([^\n]{1,200})$/gm;
const NAMED_WORKS = /^(?:works?|worked|ok|okay|fine|success(?:ful)?|200|sees|can|full|all|gets?|got|loads?|loaded|lists?|listed|shows?|returns? (?:data|everything|all))\b|(?:^|\s)(?:=|->|→|:)\s*(?:http\s*)?200\b|✅/i;
const FAILURE_ON_LINE = /\b(?:40[13]|fail(?:s|ed|ing)?|errors?|denied|forbidden|unauthori[sz]ed)\b/i;
const NAMED_FAILS = /^(?:403|401|fails?|failed|error|denied|forbidden|access (?:is )?denied)\b|(?:^|\s)(?:=|->|→|:)\s*(?:http\s*)?40[13]\b|❌/i;
const NOT_A_PERSON = new Set(['Graph', 'Postman', 'Explorer', 'Token', 'Local', 'Localhost', 'Prod', 'Production', 'Dev', 'Test', 'Testing', 'Staging', 'Windows', 'Linux', 'Mac', 'Chrome', 'Edge', 'Firefox', 'Safari', 'Teams', 'Outlook', 'Python', 'Node', 'Java', 'Azure', 'App', 'Web', 'Mobile', 'Desktop', 'Status', 'Error', 'Response', 'Request', 'Result', 'Code', 'Message', 'Date', 'Server', 'Client', 'Body', 'Scope', 'Scopes', 'Roles', 'Tenant', 'Before', 'After', 'Now', 'Today', 'Yesterday', 'Expected', 'Actual', 'Update', 'Edit', 'Note', 'Step', 'Summary', 'Impact', 'Environment', 'Version', 'Module', 'Output', 'Input', 'Debug', 'Info', 'Warning', 'Trace', 'Reason', 'Details', 'Cause', 'Fix', 'Workaround', 'Sandbox', 'Browser', 'Curl', 'Powershell', 'Console', 'Portal', 'Admin', 'User', 'Guest', 'Daemon', 'Service', 'Function', 'Pipeline', 'Direct', 'Proxy', 'Cached', 'Fresh', 'Old', 'New', 'Delegated', 'Application', 'Interactive']);
export function peopleListedByName(text: string): boolean {
  if (!text.includes('->') && !text.includes('→') && !text.includes('=>') && !text.includes(':')) return false;
  const works = new Set<string>();
  const fails = new Set<string>();
  NAMED_OUTCOME.lastIndex = 0;
  for (let m = NAMED_OUTCOME.exec(text), n = 0; m && n < 200; m = NAMED_OUTCOME.exec(text), n++) {
    const name = m[1] ?? '';
    if (NOT_A_PERSON.has(name)) continue;
    const outcome = (m[2] ?? '').trim();
    // A failure anywhere on the line decides first: "Tom -> gets 403", "Jonas -> all requests fail".
    if (NAMED_FAILS.test(outcome) || FAILURE_ON_LINE.test(outcome)) fails.add(name);
    else if (NAMED_WORKS.test(outcome)) works.add(name);
  }
  return [...works].some((w) => [...fails].some((f) => f !== w));
}

export function findAccountHints(lower: string, has: (p: string) => boolean = (p) => lower.includes(p), present?: ReadonlySet<string>, text?: string): AccountHint[] {
  const out: AccountHint[] = [];
  // "The account needs to be added as an external user in the tenant first" (AADSTS50020) says it is not one yet.
  if (saysAnyOf(lower, GUEST_SET, GUEST, has, present) && !(has('external user') && /added as an? external user/.test(lower) && !GUEST.some((g) => g !== 'external user' && has(g)))) out.push('guest');
  // The app registration's supported account types name personal accounts as whom the app admits, not who signed in.
  const accountsText = lower.includes('personal microsoft accounts') || lower.includes('for personal accounts') || lower.includes('(personal microsoft account)') ? lower.replace(SUPPORTED_ACCOUNT_TYPES, ' ') : lower;
  if ((saysAnyOf(accountsText, PERSONAL_SET, PERSONAL, has, present) || (lower.includes('@') && PERSONAL_DOMAIN.test(lower))) && !(has('which') && ACCOUNT_IN_DOUBT.test(lower))) out.push('personal-account');
  // A success said of oneself ("works for me") counts only in a paste that speaks of people (users,
  // admins, owners, accounts): a condition, beside the word gate that only skips what cannot match.
  if ((has('admin') || has('管理员') || has('管理者') || has('user') || has('owner') || has('organi') || has('creator') || has('own') || has('only') || has('log in') || has('sign in') || has('signed') || has('logged') || has('runs') || PEOPLE_WORDS.some((w) => has(w))) && SOME_USERS.some((re) => mayMatch(re, has) && re.test(lower) && hasClaimedMatch(lower, re))) out.push('some-users-only');
  else if (text !== undefined && peopleListedByName(text)) out.push('some-users-only');
  else if (mayMatch(KIND_OF_PEOPLE_WORKS, has) && KIND_OF_PEOPLE_WORKS.test(lower) && hasClaimedMatch(lower, KIND_OF_PEOPLE_WORKS)) out.push('some-users-only');
  else if (LOCALIZED_USER_WORDS.some((w) => has(w)) && mayMatch(LOCALIZED_SOME_USERS, has) && hasClaimedMatch(lower, LOCALIZED_SOME_USERS)) out.push('some-users-only');
  else if (lower.includes('200') && ACCOUNT_LINE_WORKS.test(lower) && ACCOUNT_LINE_FAILS.test(lower)) out.push('some-users-only');
  else if (mayMatch(EVERYONE_BUT, has) && EVERYONE_BUT.test(lower) && hasClaimedMatch(lower, EVERYONE_BUT)) out.push('some-users-only');
  else if (mayMatch(OTHERS_FAIL, has) && OTHERS_FAIL.test(lower) && hasClaimedMatch(lower, OTHERS_FAIL)) out.push('some-users-only');
  else if (mayMatch(I_RUN_IT_WORKS, has) && OTHER_PEOPLE.test(lower) && hasClaimedMatch(lower, I_RUN_IT_WORKS)) out.push('some-users-only');
  // Success said in the words ADMIN_WORKS is read with (the Chinese and Japanese forms by their admin
  // word, the verb being fused to it): a condition on its looser forms too, not only a prefilter.
  const works = has('work') || has('fine') || has('succeed') || has('goes through') || has('without error') || /\b20[0-4]\b/.test(lower) || has('funciona') || has('fonctionne') || has('marche') || has('funktioniert') || has('管理员') || has('管理者');
  // Said, not asked: "does it work for the global admin?" tells nothing of who it works for.
  if ((works && ADMIN_WORKS.some((re, i) => mayMatch(re, has) && (!LOOSE_ADMIN_WORKS.has(i) || !speakerIsTheFailingAdmin(lower)) && re.test(lower) && hasClaimedMatch(lower, re))) || [ADMIN_CAN, LOCALIZED_ADMIN_CAN].some((re) => mayMatch(re, has) && re.test(lower) && hasClaimedMatch(lower, re))) out.push('admin-works');
  if (has('some') || has('work') || has('many') || has('only')) if (mayMatch(SOME_ITEMS, has) && SOME_ITEMS.test(lower) && hasClaimedMatch(lower, SOME_ITEMS)) out.push('some-items-only');
  // These phrases are negative already ("not a member"), so they are read as they stand.
  if (NOT_MEMBER.some((p) => has(p) && endsAWord(lower, p)) || membershipMadeItWork(lower, has) || (mayMatch(ADDED_ELSEWHERE, has) && ADDED_ELSEWHERE.test(lower)) || saysNotAdded(lower, has) || (mayMatch(NOT_AMONG, has) && NOT_AMONG.test(lower) && hasClaimedMatch(lower, NOT_AMONG)) || (LOCALIZED_MEMBER_HINT_WORDS.some((w) => lower.includes(w)) && mayMatch(LOCALIZED_NOT_MEMBER, has) && LOCALIZED_NOT_MEMBER.test(lower))) out.push('not-a-member');
  return out;
}

export type PermissionTypeMention = 'delegated' | 'application';

// The portal's path as people write it ("Microsoft Graph > Delegated > User.Read.All", "API permissions > Delegated") names the type too,
// and so does the type word right before a permission's name ("consent for delegated User.Read.All").
// "My app permissions" are the app's permissions of either type; "application permissions" and "app roles" name one.
// A list of permissions closed by its type names it for all of them: "Mail.Read and User.Read.All, both delegated",
// "User.Read.All and AuditLog.Read.All (both Application, admin consent granted)".
const DELEGATED_MENTION = /\b(?:graph|permissions?)\s{0,2}>\s{0,2}delegated\b|\bdelegated\s{0,2}>\s{0,2}\w+\.\w|(?:\b(?:the|a|for|granted|added|gave|given|with|only|registered|requested|assigned|configured|selected|picked|has|have|had|using|uses)\s+|(?:^|[.:;(]\s{0,3}|\n\s{0,3}))delegated\s+[a-z]+\.[a-z]+(?:\.[a-z]+)?\b|\bdelegated[ -](?:type |graph |api |admin(?:istrator)? )?(?:permissions?|scopes?)\b|\bpermissions?\s{0,2}\(\s{0,2}delegated|\(\s{0,2}(?:(?:both|all|each)\s+)?delegated\b(?=\s{0,2}[),;]|\s+permissions?\b|\s+only\b|\s+type\b)|(?:^|[,;/]\s{0,2})(?:both |all |each )?delegated(?=\s{0,2}(?:[.,;)]|$))|\bdelegated \(work or school|\bas (?:a )?delegated\b|\bconsented delegated\b|\bdelegated(?: microsoft)?(?: graph)? permission|\bdelegated (?:and|&|as well as|or) (?:application|app)(?:-only)? permissions?\b|\b(?:application|app) (?:and|&|as well as|or) delegated\b|\b(?:the|a) delegated one\b|\b(?:permission|it|they|it's|they're)\s+(?:is |are |'s )?(?:only )?delegated\b(?!\s+(?:access|flow|auth|to|on))/;
// A permission's name then its type: "User.Read.All is added as Application", "Mail.Send was granted as delegated".
const NAME_THEN_TYPE = String.raw`\b[a-z]+\.[a-z]+(?:\.[a-z]+)?\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:added|granted|configured|listed|set|registered|assigned)\s+as\s+(?:an?\s+)?`;
const APPLICATION_MENTION_AFTER_NAME = new RegExp(`${NAME_THEN_TYPE}application\\b(?![ -](?:id|uri|object|name)\\b)`);
const DELEGATED_MENTION_AFTER_NAME = new RegExp(`${NAME_THEN_TYPE}delegated\\b`);
// Not Graph's own words for a token without the roles it needs ("Missing application roles. API required
// roles: SecurityAlert.Read.All, application roles: ."): that names no type anyone granted.
const APPLICATION_MENTION = /\b(?:graph|permissions?)\s{0,2}>\s{0,2}application\b|\bapplication\s{0,2}>\s{0,2}\w+\.\w|\b(?:the|an|for|granted|added|gave|given|with|only|registered|requested|assigned|configured|selected|picked|has|have|had|using|uses)\s+application\s+[a-z]+\.[a-z]+(?:\.[a-z]+)?\b|\bapplication(?<!\bmissing application|\brequired roles:[^\n]{0,300}application)[ -](?:type |(?:microsoft )?graph |api )?(?:permissions?|roles?)\b|\bapp[ -](?:type |graph )?roles?\b|\bapp[ -]type permissions?\b|\bpermissions?\s{0,2}\(\s{0,2}application|\(\s{0,2}(?:(?:both|all|each)\s+)?application\b(?=\s{0,2}[),;]|\s+permissions?\b|\s+only\b|\s+type\b)|\bas (?:an )?application permission|\bapplication-type\b|\*application\* permissions|\bdelegated (?:and|&|as well as|or) (?:application|app)(?:-only)? permissions?\b|\b(?:application|app) (?:and|&|as well as|or) delegated (?:permissions?|scopes?)\b|\b(?:the|an?) application one\b/;

/** Each "delegated" / "application" word (not application/json, nor Application.Read.All; a full stop may end it); what stands before it decides. */
const TYPE_WORD = /\b(delegated?|application)\b(?![/+]|\.\w)/g;
/** Ends with a permission name and a table separator ("mail.send | "), or a name and a space before a description follows. */
const TABLE_BEFORE = /\b[a-z][a-z-]{1,40}(?:\.[a-z][a-z-]{1,40}){1,3}(?:[ \t]{0,4}[|,;\t][ \t]{0,4}| )$/;
// The portal's Type column told with a verb or a sign, spaced or not: "type: Delegated", "Type = Delegated", "the type shows Application".
const TYPE_BEFORE = /(?<![\w-])type(?: column)?(?:\s{1,2}(?:says|is|shows|reads)|\s{0,2}[:=]| of)?\s{1,3}(?:an? )?["'\u201c]?$/;
/** The portal's tab or section a permission was added in: "delegated tab", "the Application permissions section". */
const TAB_AFTER: Readonly<Record<PermissionTypeMention, RegExp>> = { delegated: /^\s+(?:permissions?\s+)?(?:tab|section)\b/, application: /^\s+permissions?\s+(?:tab|section)\b/ };
/**
 * The portal's heading named as a place: "the one under "delegated"", "listed under Application
 * permissions", "under the Delegated heading". Only where the word ends there or names the
 * permissions or the heading ("under application settings" is something else).
 */
const UNDER_BEFORE = /\bunder(?: the)?\s{1,3}["']?$/;
const UNDER_AFTER = /^(?:["')]|\s+(?:permissions?|heading|section|category|tab|group)\b|\s*[.,;:]|\s*$)/;
const TYPE_AFTER = /\b(?:permissions?|scopes?) (?:are|is) (delegated|application)[- ]type\b/;

/**
 * The portal's API permissions table pasted as text ("Mail.Send | Delegated | Send mail as a
 * user", tab-separated, or run together) and the type named as a type ("type: Delegated", "of
 * type Application"). Found from each type word backwards, so a paste is read once whatever its
 * length, not tried at every word as a pattern that starts with the permission name would be.
 */
function typeInTableOrWords(lower: string, out: Set<PermissionTypeMention>): void {
  for (const m of lower.matchAll(TYPE_WORD)) {
    const at = m.index ?? 0;
    const before = lower.slice(Math.max(0, at - 100), at);
    const table = TABLE_BEFORE.exec(before);
    // "mail.send delegated read user mail": a bare space needs a description word after the type, or
    // the clause to end there ("we have Presence.Read.All delegated.", "Mail.Send application, …").
    const after = lower.slice(at + m[0].length, at + m[0].length + 40);
    // Not "application roles" after a list of names: Graph's "API required roles: X, application roles: ." names the token's roles, no type.
    const rowOk = table !== null && !/^ roles?\b/.test(after) && (/[|,;\t]/.test(table[0]) || /^ [a-z]+ /.test(after) || /^(?:[ \t]*(?:[.,;:)]|$|\n)| permissions?\b)/.test(after));
    // "of type Delegate" is the same type, said short.
    const underHeading = UNDER_BEFORE.test(before) && UNDER_AFTER.test(after);
    const type: PermissionTypeMention = m[1] === 'application' ? 'application' : 'delegated';
    if (rowOk || underHeading || TYPE_BEFORE.test(before) || TAB_AFTER[type].test(after)) out.add(type);
    if (out.size === 2) return;
  }
}

/**
 * The two permission types as Microsoft's localized pages and portal name them
 * (https://learn.microsoft.com/ja-jp/graph/permissions-overview, …/de-de/…, …/es-es/…, …/fr-fr/…,
 * …/pt-br/…, …/zh-cn/…): a write-up in another language names the type in its own words.
 */
const LOCALIZED_TYPES: readonly (readonly [PermissionTypeMention, RegExp])[] = [
  // The English type word kept inside a localized phrase: "permiso de tipo Application", "permission de type Delegated".
  ['application', /\b(?:permiso|permission|permissão|berechtigung|permesso)\s(?:de|do|vom|di)\s(?:tipo|type|typ)\s["'“]?application\b/],
  ['delegated', /\b(?:permiso|permission|permissão|berechtigung|permesso)\s(?:de|do|vom|di)\s(?:tipo|type|typ)\s["'“]?delegated\b/],
  // The portal's "Typ" column in German reads "Delegiert" or "Anwendung".
  // And the German "als" ("both as", "beide als \"Delegiert\""), as English "as Delegated" is read.
  ['delegated', /\btyp\s{0,2}:?\s{0,2}["'„“]?delegiert\b|\bals\s{0,2}["'„“]?delegiert(?:e)?\b|\b(?:como|tipo)\s{0,2}:?\s{0,2}["'“]?delegad[ao]s?\b|委任(?:された|の)?アクセス(?:許可|権)|委派权限|委托的?权限|委派的权限|委派權限|委託權限|delegierte(?:n)? berechtigung|permisos? delegados?|(?:autorisations?|permissions?) déléguées?|permiss(?:ões|ão) delegadas?|위임(?:된|됨)?\s?(?:사용\s?)?권한/],
  // The type word right beside a permission's name, as "delegated Mail.Send" is read in English: before it
  // where the language puts the adjective first ("委任された Mail.Send", "委托的 Mail.Send", "delegierte Mail.Send"),
  // after it, bare or in brackets, where it comes last ("Mail.Send (委任)", "Mail.Send delegado", "Mail.Send déléguée").
  // Not the delegated User.Read a new registration lists by default
  // (https://learn.microsoft.com/answers/questions/144793/app-registration-and-ms-graph-api-user-read): no type anyone chose.
  ['delegated', /(?:委任(?:された|の)?|委托的?|委派的?|\bdelegierte[nrs]?)\s{0,2}(?!user\.read(?![.\w]))[a-z]{2,40}\.[a-z]{2,40}|\b(?!user\.read(?![.\w]))[a-z]{2,40}\.[a-z]{2,40}(?:\.[a-z]{2,40})?\s{0,2}[(（]?\s{0,2}(?:委任|委托|委派|delegiert\b|delegad[oa]\b|délégué(?:e)?(?![a-zà-ÿ]))/],
  // Korean puts the type word (LOCALIZED_TYPE_WORDS) before 권한, "permission": 위임된 권한 is a delegated permission, 애플리케이션 권한 an application one.
  ['application', /애플리케이션\s?(?:사용\s?)?권한/],
  ['application', /\bals\s{0,2}["'„“]?anwendung(?:sberechtigung)?\b/],
  ['application', /(?:アプリケーション(?:の)?|应用程序的?|\banwendungs?-?)\s{0,2}[a-z]{2,40}\.[a-z]{2,40}|\b[a-z]{2,40}\.[a-z]{2,40}(?:\.[a-z]{2,40})?\s{0,2}[(（]\s{0,2}(?:アプリケーション|应用程序|anwendung|aplicación|aplicativo|aplicação)/],
  // The French portal keeps the English word for the application type and writes it quoted after its
  // label: Group.Read.All (type « Application »). Only quoted, so "the type of application" names no permission type.
  ['application', /\btype\s{0,2}:?\s{0,2}[«"“]\s{0,2}application\s{0,2}[»"”]/],
  // French gives the permissions their type with "en": "Directory.Read.All et Policy.Read.All en « Déléguées »",
  // "ajoutées en Application" (the English word only quoted: "en application" is also "in force").
  ['delegated', /\ben\s{1,2}[«"“]?\s{0,2}délégué(?:e|s|es)?(?![a-zà-ÿ])/],
  ['application', /\ben\s{1,2}[«"“]\s{0,2}application\s{0,2}[»"”]/],
  // Portuguese and Spanish say it "como"/"tipo" beside the word: 'aparece como "Delegada"'.
  ['application', /\btyp\s{0,2}:?\s{0,2}["'„“]?anwendung\b|\b(?:como|tipo)\s{0,2}:?\s{0,2}["'“]?(?:aplicativo|aplicação|aplicación)["'”]?(?=[\s,.;)]|$)|アプリケーションのアクセス許可|アプリケーション許可|アプリケーションの許可|应用程序权限|應用程式權限|anwendungsberechtigung|permisos? de aplicación|(?:autorisations?|permissions?) d'application|permiss(?:ões|ão) de (?:aplicativo|aplicação)/],
];
for (const [, re] of LOCALIZED_TYPES) gated(re);
/**
 * The type words of the portal's API permissions table in the languages it is shown in (fr-fr,
 * es-es, pt-br, de-de, it-it, ja-jp, zh-cn, zh-tw portals), read here beside their label and in
 * reasoning.ts beside a permission's name.
 */
export const LOCALIZED_TYPE_WORDS: Readonly<Record<string, PermissionTypeMention>> = { délégué: 'delegated', déléguée: 'delegated', délégués: 'delegated', déléguées: 'delegated', delegiert: 'delegated', delegado: 'delegated', delegada: 'delegated', delegados: 'delegated', delegadas: 'delegated', 委任: 'delegated', 委托: 'delegated', 委派: 'delegated', anwendung: 'application', aplicativo: 'application', aplicación: 'application', aplicação: 'application', applicazione: 'application', delegata: 'delegated', delegato: 'delegated', delegate: 'delegated', アプリケーション: 'application', 应用程序: 'application', 應用程式: 'application', gedelegeerd: 'delegated', toepassing: 'application', 위임됨: 'delegated', 위임된: 'delegated', 위임: 'delegated', 애플리케이션: 'application' };
/** The words above as one alternation, longest first ("déléguées" before "délégué"). */
export const LOCALIZED_TYPE_WORD = Object.keys(LOCALIZED_TYPE_WORDS).sort((a, b) => b.length - a.length).join('|');
/** The type named by its label in the portal's own language: « Type » … « Déléguée », El tipo … "Delegado", 種類: 委任. */
const TYPE_LABELLED = new RegExp(`(?:\\btype\\b|\\btyp\\b|\\btipo\\b|種類|类型|類型)[^.\\n。;]{0,40}?(${LOCALIZED_TYPE_WORD})`);
const MAYBE_LOCALIZED = /[^ -~\s]|delegiert|anwendung|delegad|delegat[aoe]\b|applicazione|aplicativo|aplicaci|permisos|autorisation|permiss[oõ]es|d'application|gedelegeerd|toepassing/;
/** "permiso de tipo", "permission de type", "Berechtigung vom Typ": checked as plain substrings, cheaper than one more alternative above. */
const TYPE_OF_WORDS = ['de tipo ', 'do tipo ', 'de type ', 'vom typ ', 'di tipo '];
function maybeLocalized(lower: string): boolean {
  return MAYBE_LOCALIZED.test(lower) || TYPE_OF_WORDS.some((w) => lower.includes(w));
}

/**
 * Which permission type the prose talks about. Unlike the hints above, a negation does not cancel
 * it: "the token has no application permissions" still says the user is working with that type.
 */
/**
 * The app's manifest (requiredResourceAccess) names each permission's type itself: "type": "Scope"
 * is a delegated permission, "type": "Role" an application permission
 * (https://learn.microsoft.com/graph/api/resources/resourceaccess).
 */
// Terraform's azuread provider writes the same in HCL: resource_access { type = "Scope" }
// (https://registry.terraform.io/providers/hashicorp/azuread/latest/docs/resources/application#resource_access).
const MANIFEST_TYPE = /(?:"type"|\btype)\s{0,3}[:=]\s{0,3}"(scope|role)"/g;

function typeInManifest(lower: string, out: Set<PermissionTypeMention>): void {
  for (const m of lower.matchAll(MANIFEST_TYPE)) out.add(m[1] === 'scope' ? 'delegated' : 'application');
}

/** A type only proposed: "should I switch to application permissions?", "could we use delegated instead". */
// A full stop inside a permission's name ("switch to Mail.Read application permission") does not end the proposal.
const TYPE_PROPOSAL = new RegExp(String.raw`\b(?:${PROPOSING})\b(?:[^.?!\n]|\.(?=\w)){0,60}`, 'g');
const MAYBE_PROPOSING = new RegExp(String.raw`\b(?:should|shall|could|would|switch|switching|move|moving|migrate|migrating|change|changing|convert|converting|go|going|need to|have to|instead|do (?:i|we) need|${LOCALIZED_PROPOSING})\b`);

/**
 * The type written in the commands that add a permission: Azure CLI's
 * `az ad app permission add --api-permissions {id}=Scope|Role` and Azure PowerShell's
 * `Add-AzADAppPermission -Type Scope|Role`, where Role is an application permission (appRoles) and
 * Scope a delegated one (oauth2Permissions) (https://learn.microsoft.com/powershell/module/az.resources/add-azadapppermission,
 * https://learn.microsoft.com/cli/azure/ad/app/permission#az-ad-app-permission-add).
 */
const CLI_PERMISSION_TYPE = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}=(scope|role)\b/g;
const AZ_POWERSHELL_TYPE = /\badd-azadapppermission\b[^\n]*?\s-type\s+["']?(scope|role)\b/g;

function typeInCommand(lower: string, out: Set<PermissionTypeMention>): void {
  for (const re of [CLI_PERMISSION_TYPE, AZ_POWERSHELL_TYPE]) {
    for (const m of lower.matchAll(re)) out.add(m[1] === 'role' ? 'application' : 'delegated');
  }
}

/**
 * A type said not to be granted to the app: "no delegated permissions are added", "I didn't add any
 * application permissions", "the app has no delegated permissions", "委任されたアクセス許可は付けていません",
 * "没有添加委托权限", "keine delegierten Berechtigungen", "aucune permission déléguée", "ningún permiso
 * delegado", "nenhuma permissão delegada". Only what the app was given: "the token has no application
 * permissions" speaks of the token, and still names the type the person works with.
 */
const TYPE_NOT_GRANTED: readonly RegExp[] = [
  /\bno\s+(delegated|application)\s+(?:api\s+|graph\s+)?(?:permissions?|scopes?)\s+(?:are|were|is|was|have been|has been)\s+(?:added|granted|configured|assigned|selected|consented)\b/,
  /\b(?:did(?:n't| not)|have(?:n't| not)|has(?:n't| not)|never|do(?:n't| not))\s+(?:add(?:ed)?|grant(?:ed)?|configur(?:e|ed)|assign(?:ed)?|select(?:ed)?)\s+(?:any\s+)?(delegated|application)\s+(?:api\s+|graph\s+)?(?:permissions?|scopes?)\b/,
  /\b(?:app|application|registration)\s+(?:has|had)\s+no\s+(delegated|application)\s+(?:permissions?|scopes?)\b/,
  /(委任|アプリケーション)(?:された|の)?(?:アクセス許可|許可|権限)(?:は|を)?(?:何も|一つも)?(?:付けて|付与して|追加して|設定して)(?:い)?(?:ません|ない)/,
  /(?:没有|未)(?:添加|授予|配置)(?:任何)?(委托|委派|应用程序)(?:的)?权限/,
  /\bkeine\s+(delegierte|anwendungs)\w*\s{0,2}berechtigung(?:en)?\b/,
  /\baucune\s+(?:permission|autorisation)\s+(déléguée|d'application)/,
  /\bningún\s+permiso\s+(delegado|de aplicación)/,
  /\bnenhuma\s+permissão\s+(delegada|de aplicativo|de aplicação)/,
];
const MAYBE_NOT_GRANTED = /\bno\b|n't\b|\bnot\b|\bnever\b|ません|ない|没有|未|\bkeine\b|\baucune\b|\bningún\b|\bnenhuma\b/;

function typesNotGranted(lower: string): Set<PermissionTypeMention> {
  const out = new Set<PermissionTypeMention>();
  if (!MAYBE_NOT_GRANTED.test(lower)) return out;
  for (const re of TYPE_NOT_GRANTED) {
    const word = re.exec(lower)?.slice(1).find((g) => g !== undefined);
    if (word === undefined) continue;
    out.add(/^(?:delegat|delegiert|委任|委托|委派|délégu|delegad)/.test(word) ? 'delegated' : 'application');
  }
  return out;
}

/**
 * A delegated permission grant made by hand: Graph PowerShell's New-MgOauth2PermissionGrant, a POST to
 * /oauth2PermissionGrants, Terraform's azuread_service_principal_delegated_permission_grant. An oAuth2PermissionGrant
 * holds delegated permissions only (https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant), so what it
 * grants reaches a signed-in user's token, never an app's own. Not when that very call is the one refused.
 */
const DELEGATED_GRANT_MADE = /\bnew-mg(?:beta)?oauth2permissiongrant\b|\bpost\s+\S{0,60}\/oauth2permissiongrants\b|\bazuread_service_principal_delegated_permission_grant\b/;
const GRANT_REFUSED = /oauth2permissiongrants?\b[^\n]{0,160}(?:\b40[13]\b|insufficient privileges|forbidden|denied)/;

const APP_ROLE_WORDS = /\bapp[ -]roles?\b/g;
/** The call itself, not the permission named after it (AppRoleAssignment.ReadWrite.All). */
const ASSIGNS_APP_ROLES = /approleassignedto\b|\/approleassignments\b/;

/** `has` is the paste's phrase look-up, when text is the lower-cased paste it was built on. */
export function findPermissionTypeMentions(text: string, has?: (lowerPhrase: string) => boolean): PermissionTypeMention[] {
  // Markdown emphasis ("as an *Application* permission") is no part of the words, and a type only
  // proposed is not the one granted.
  const unstarred = text.includes('*') ? text.replace(/\*/g, '') : text;
  const proposalsOut = MAYBE_PROPOSING.test(unstarred) ? unstarred.replace(TYPE_PROPOSAL, ' ') : unstarred;
  // Where the call assigns app roles (appRoleAssignedTo, appRoleAssignments), "app role" names what is assigned
  // ("the app role Invoice.Approver on our ERP app"), not the type of a permission the caller holds.
  const lower = proposalsOut.includes('approleassign') && ASSIGNS_APP_ROLES.test(proposalsOut) ? proposalsOut.replace(APP_ROLE_WORDS, ' ') : proposalsOut;
  const out = new Set<PermissionTypeMention>();
  if (lower.includes('resourceaccess') || lower.includes('resource_access')) typeInManifest(lower, out);
  if (lower.includes('=scope') || lower.includes('=role') || lower.includes('-type')) typeInCommand(lower, out);
  if (lower.includes('oauth2permissiongrant') || lower.includes('delegated_permission_grant')) {
    if (DELEGATED_GRANT_MADE.test(lower) && !GRANT_REFUSED.test(lower)) out.add('delegated');
  }
  if (maybeLocalized(lower)) {
    // The word gate holds for the paste as read, not once stars or proposals were taken out of it.
    const gate = has !== undefined && lower === text ? has : undefined;
    for (const [type, re] of LOCALIZED_TYPES) if ((gate === undefined || mayMatch(re, gate)) && re.test(lower)) out.add(type);
    const labelled = LOCALIZED_TYPE_WORDS[TYPE_LABELLED.exec(lower)?.[1] ?? ''];
    if (labelled) out.add(labelled);
  }
  if (lower.includes('delegated') && (DELEGATED_MENTION.test(lower) || DELEGATED_MENTION_AFTER_NAME.test(lower))) out.add('delegated');
  else if (lower.includes('delegate permission')) out.add('delegated');
  if (lower.includes('app') && (APPLICATION_MENTION.test(lower) || APPLICATION_MENTION_AFTER_NAME.test(lower))) out.add('application');
  if (out.size < 2 && (lower.includes('delegate') || lower.includes('application'))) typeInTableOrWords(lower, out);
  const after = TYPE_AFTER.exec(lower)?.[1] as PermissionTypeMention | undefined;
  if (after) out.add(after);
  // A type named only to say the app was not given it, beside the other type: the other one is what was granted.
  if (out.size === 2) for (const denied of typesNotGranted(lower)) out.delete(denied);
  return [...out];
}

/** "admin consent granted", "we have the correct scopes": the user says permissions are in place. */
const CLAIMS_GRANTED = ['admin consent granted', 'granted admin consent', 'consent granted', 'consented', 'granted consent', 'all permissions needed', 'all the permissions', 'permissions are there', 'correct scopes', 'correct permissions', 'proper permissions', 'right permissions', 'already provided', 'already granted', 'have granted', 'we granted', 'i granted', 'with admin consent', 'has admin consent', 'clicked grant admin consent', 'clicked on grant admin consent', 'clicked the grant admin consent', 'clicked "grant admin consent', 'pressed grant admin consent'];

/**
 * The same claim in other word orders: "consent has been granted", "I have already granted it admin
 * consent". Not what "only" limits: "the application only has the following permissions granted: …"
 * lists what is there to say what is not.
 */
// The portal's button pressed: "Grant admin consent for {tenant}" (https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent), "Grant permissions" in its earlier form.
// The API permissions blade's status column, "Granted for {tenant}": a claim only where no row of the
// same listing says "Not granted for {tenant}" (that row's consent is missing, whatever the others say).
const BLADE_GRANTED = /(?<!\bnot\s{1,2})(?<!\bnot yet\s)\bgranted for (?!(?:the |this |my |our )?(?:app|application|user|users|delegated|application permissions?)\b)[a-z0-9]/;
const GRANTED_PATTERNS = [/\b(?:clicked|pressed|hit|used|selected)\s+(?:on\s+)?(?:the\s+)?["'“]?grant (?:admin consent|permissions)\b/, /\b(?:admin(?:istrator)? )?consent (?:has|had|have)? ?(?:been |was |is )(?:granted|given|provided|done)\b/, /(?<!\bonly\s)\b(?:already|have|has|had)\s+(?:(?!not\b|never\b|yet\b|no\b)\w+\s+){0,5}(?:granted|consented)\b/, /\bgranted (?:the |it |them )?(?:tenant[- ]wide )?(?:admin(?:istrator)? )?consent\b/];

/**
 * The same claim in the words Microsoft's localized consent pages use for "grant": 付与 (ja-jp),
 * 授予 (zh-cn), 부여 (ko-kr), conceder (es-es), concedere (it-it)
 * (https://learn.microsoft.com/ja-jp/entra/identity/enterprise-apps/grant-admin-consent, …/zh-cn/…,
 * …/ko-kr/…; https://learn.microsoft.com/es-es/entra/identity-platform/v2-admin-consent;
 * https://learn.microsoft.com/it-it/training/modules/implement-app-registration/6-grant-tenant-wide-admin-consent-application).
 * Only a grant already made, with its negation left out by the verb form itself: 付与しております
 * but not 付与しておりません, 已授予 but not 未授予 or 已被拒绝授权, "he concedido" unless "no" stands before it, "ho
 * concesso" unless "non" does.
 */
const LOCALIZED_GRANTED: readonly RegExp[] = [
  /(?:同意|アクセス許可|権限|スコープ)[^。、\n]{0,15}?付与(?:し(?:まし)?た(?![いら])|しており(?!ませ)|しています|済み?|されて(?:います|いる|おり(?!ませ))|されました)/,
  // The consent said to be done ("管理者の同意も済んでいます", "同意は完了しました").
  /同意(?:も|は)?(?:済んで(?:います|いる|おり(?!ませ))|済み|完了し(?:ました|ています|た))/,
  /已(?:经)?(?:(?![未没不拒无])[^，。,\n]){0,6}?(?:授予|授权)|(?:授予|授权)了(?:管理员)?(?:同意|权限)/,
  /(?:동의|권한)[^.\n]{0,10}부여(?:했|하였|되어 있|됨)/,
  /\b(?:ya )?(?:he|hemos|había|habíamos) (?:\S+ ){0,2}?(?:concedido|otorgado)\b|\b(?:consentimiento|permisos)(?: de(?:l)? administrador)? (?:ya )?(?:concedidos?|otorgados?)\b/,
  /(?<!\bnon )\b(?:ho|abbiamo) (?:già )?concesso\b|\bconsenso (?:dell'amministratore |amministratore )?(?:già )?concesso\b|\bautorizzazioni (?:già )?concesse\b/,
];
const MAYBE_LOCALIZED_GRANT = /付与|同意|授予|授权|부여|concedid|otorgad|concess/;

/** "I've only consented User.Read": what "only" limits lists what is there to say what is not. */
const ONLY_BEFORE = /\bonly\s+(?:(?:been|just|ever)\s+)?$/;

export function claimsPermissionsGranted(lower: string, has: (p: string) => boolean = (p) => lower.includes(p)): string | undefined {
  // The index lookup stays the cheap gate; the negation scan runs only for phrases that are present
  // (AADSTS65001 itself says "has not consented").
  const listed = CLAIMS_GRANTED.find((p) => has(p) && isClaimedWords(lower, p) && someOccurrence(lower, p, (at) => !ONLY_BEFORE.test(lower.slice(Math.max(0, at - 24), at))));
  if (listed) return listed;
  if (MAYBE_LOCALIZED_GRANT.test(lower)) {
    for (const re of LOCALIZED_GRANTED) {
      const m = re.exec(lower);
      if (m && hasClaimedMatch(lower, re)) return m[0];
    }
  }
  if (!(has('grant') || has('consent'))) return undefined;
  if (!lower.includes('not granted for')) {
    const m = BLADE_GRANTED.exec(lower);
    if (m && hasClaimedMatch(lower, BLADE_GRANTED)) return m[0];
  }
  // Said, as the listed phrases: "Have you granted admin consent?" asks it of someone.
  for (const re of GRANTED_PATTERNS) {
    const m = re.exec(lower);
    if (m && hasClaimedMatch(lower, re)) return m[0];
  }
  return undefined;
}

const FRESH_TOKEN = /\b(?:new|fresh|freshly acquired|newly acquired|refreshed)\s+(?:access\s+)?token\b|\brefresh(?:ed|ing)? the (?:access )?token\b/;

const FRESH_TOKEN_ALL = new RegExp(FRESH_TOKEN.source, 'g');
/** A refresh wished for or asked about, not done: "the modules would refresh the token", "how do I refresh the token". */
// Not a bare "to": "I tried to refresh the token" tells of a refresh made.
const WISHED_BEFORE = /\b(?:would|should|could|must|needs? to|wants? to|would like to|how(?: do (?:i|we)| can (?:i|we)| to)?|ideally|if (?:it|they|the \w+))\s+(?:\w+\s+)?$/;

/** A new token being asked for, the mechanism told ("when it tries to get a new token"), not one got and tried. */
const ASKING_FOR_BEFORE = /\b(?:tries|trying|attempts|attempting)\s+to\s+(?:get|acquire|obtain|fetch|request|retrieve)\s+(?:a\s+)?$/;

/** What a new token did when it came: "gets a fresh token and things work again" supports expiry rather than ruling it out. */
const FRESH_TOKEN_WORKED = /^[^.\n]{0,40}?\b(?:works?|worked|working|fixe[sd]|solve[sd]|resolve[sd]|succeeds?|succeeded)\b/;

function freshTokenWorked(lower: string, end: number): boolean {
  const after = lower.slice(end, end + 60);
  const m = FRESH_TOKEN_WORKED.exec(after);
  return m !== null && !/\b(?:not|never|no longer)\b|n't\b/.test(m[0]);
}

/**
 * Words on the line of a sign-in error's own description ("AADSTS500133: … Ensure that the access token is not expired
 * before using it for user assertion, or request a new token."): Entra's advice, not the writer telling of a new token.
 */
const SIGN_IN_ERROR_LINE = /aadsts\d{4,}|error_description/;
function inSignInErrorLine(lower: string, at: number): boolean {
  const start = lower.lastIndexOf('\n', at) + 1;
  return SIGN_IN_ERROR_LINE.test(lower.slice(start, at));
}

/** "Even with a new token it fails": the person already ruled expiry out. */
export function claimsFreshToken(lower: string, has: (p: string) => boolean = (p) => lower.includes(p)): string | undefined {
  if (!has('token')) return undefined;
  if (!FRESH_TOKEN.test(lower)) return undefined;
  const told = [...lower.matchAll(FRESH_TOKEN_ALL)].find((f) => !isNegatedAt(lower, f.index) && !WISHED_BEFORE.test(lower.slice(Math.max(0, f.index - 40), f.index)) && !ASKING_FOR_BEFORE.test(lower.slice(Math.max(0, f.index - 40), f.index)) && !freshTokenWorked(lower, f.index + f[0].length) && !inSignInErrorLine(lower, f.index));
  return told?.[0];
}

/**
 * "It fails intermittently", "sometimes it works, sometimes it fails", "a retry succeeds": the same
 * call both works and fails. A missing permission, a wrong permission type or a wrong audience
 * fails every time; throttling, service faults and replication delays come and go
 * (https://learn.microsoft.com/graph/errors), and Continuous Access Evaluation enforces a location
 * rule as soon as the client's address changes
 * (https://learn.microsoft.com/entra/identity/conditional-access/concept-continuous-access-evaluation).
 * "Fails randomly" is read with the widespread failures of not-authorization.ts, not here.
 */
const INTERMITTENT = /\bintermittent(?:ly)?\b|\bsporadic(?:ally)?\b|\boccasional(?:ly)? (?:http )?(?:fails?|failing|failures?|errors?|returns?|gets?|get|401s?|403s?|responses?)\b|\bsometimes (?:it |the (?:call|request) )?(?:works|fails|succeeds|returns|gets)\b|\b(?:works|succeeds|worked|succeeded) (?:on|after|with) (?:a |the )?(?:second |next )?(?:retry|attempt)\b|\bretry(?:ing)? (?:it |the (?:same |failed )?(?:one|call|request) )?(?:\S+ ){0,3}?(?:also |then )?(?:works|succeeds|worked|succeeded|fixes it)\b|\bnow and (?:then|again)\b|\b(?:1|one) (?:in|out of) (?:every |about |roughly )?\d[\d,]* (?:calls|requests|runs|uploads|attempts)\b|\b(?:about |roughly |around )?half (?:of )?(?:the |our )?(?:runs|calls|requests|jobs|attempts)\b|\bthe next (?:run|call|attempt|try|request) (?:goes through|works|succeeds|is fine)\b/;

const INTERMITTENT_WORDS = ['intermittent', 'sporadic', 'occasional', 'sometimes', 'retry', 'retrying', 'attempt', 'now and', ' in ', 'out of', 'half', 'the next'];

/**
 * The same in the other languages the product reads prose in: "de temps en temps", "de façon
 * aléatoire", "a veces", "de forma intermitente", "às vezes", "manchmal", "sporadisch", "時々",
 * "たまに", "有时候", "偶尔".
 */
// "Sometimes" alone is as often about something else ("il fallait parfois attendre", "manchmal dauert
// die Zustimmung"): as in English, it counts with the call's outcome beside it, after it within the
// clause ("a veces la misma llamada devuelve 403") or right before it ("ça marche parfois").
const SOMETIMES_OUTCOME = String.raw`(?=[^.\n]{0,40}?(?:marche|fonctionne|échoue|plante|renvoie|retourne|erreur|funciona|falla|devuelve|error|falha|retorna|erro|funktioniert|klappt|geht|schlägt|liefert|fehler|\b[45]\d\d\b))`;
const LOCALIZED_INTERMITTENT = new RegExp(String.raw`\bde temps en temps\b|\bde (?:façon|manière) (?:aléatoire|intermittente)|\bpar intermittence\b|\bparfois\b${SOMETIMES_OUTCOME}|\b(?:marche|fonctionne|plante) parfois\b|\ba veces\b${SOMETIMES_OUTCOME}|\b(?:funciona|falla) a veces\b|\bde (?:forma|manera) (?:intermitente|aleatoria)\b|(?<![\wà-ÿ])às vezes\b${SOMETIMES_OUTCOME}|\b(?:funciona|falha) às vezes\b|\bde vez em quando\b|\bmanchmal\b${SOMETIMES_OUTCOME}|\b(?:funktioniert|klappt|geht) (?:es )?manchmal\b|\bsporadisch\b|\bab und zu\b|時々|ときどき|たまに|断続的|有时候?|偶尔|时不时|间歇性`);
const LOCALIZED_INTERMITTENT_WORDS = ['temps en temps', 'aléatoire', 'intermittent', 'parfois', 'a veces', 'às vezes', 'vez em quando', 'manchmal', 'sporadisch', 'ab und zu', '時々', 'ときどき', 'たまに', '断続的', '有时', '偶尔', '时不时', '间歇性'];
registerPhrases(LOCALIZED_INTERMITTENT_WORDS);

export function claimsIntermittent(lower: string, has: (p: string) => boolean = (p) => lower.includes(p)): string | undefined {
  if (INTERMITTENT_WORDS.some(has)) {
    const m = INTERMITTENT.exec(lower);
    if (m && hasAffirmedMatch(lower, INTERMITTENT)) return m[0];
  }
  if (!LOCALIZED_INTERMITTENT_WORDS.some(has)) return undefined;
  const m = LOCALIZED_INTERMITTENT.exec(lower);
  return m && hasAffirmedMatch(lower, LOCALIZED_INTERMITTENT) ? m[0] : undefined;
}

/**
 * "I'm connected as Global Admin", "I am a global SharePoint Administrator": the person says the
 * signed-in user holds an admin role. Delegated access is the app's permission intersected with
 * what the user may do (https://learn.microsoft.com/graph/permissions-overview), so a denial that
 * still happens points at the app's scopes, not the user's rights. Not when the same text says it
 * works for the admin and fails for others (that is about the other users' rights).
 */
/**
 * "I am a global admin", "signed in as Exchange administrator", "I have a Power BI administrator
 * role assigned": the role's name may be any product's (Entra has dozens of admin roles,
 * https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference), but
 * "admin consent" or "admin center" are no roles.
 */
const ADMIN_ROLE_CLAIM = /\b(?:i am|i'm|im|i have|as|with|connected (?:as|with)|logged in (?:as|with)|signed in (?:as|with)|using) (?:a |an |the |my )?(?:(?:global|tenant|company|sharepoint|exchange|teams|user|application|cloud application|privileged role|intune|security|power bi|power platform|dynamics 365|billing|license|groups|helpdesk|password|authentication|compliance|privileged authentication) ){1,2}(?:admin|administrator)(?: role| account)?\b(?!\s*(?:consent|center|centre|portal|approval))/;

/**
 * The same claim in the other languages the product reads: "con sesión iniciada como Global Admin",
 * "logado como administrador global", "connecté en tant qu'administrateur global", "als Global Admin
 * angemeldet", "グローバル管理者でサインイン", "用全局管理员登录".
 */
const LOCALIZED_ADMIN_ROLE_CLAIM = /\b(?:con sesión iniciada|sesión iniciada|conectado|logueado|autenticado|logado) como (?:un |el |o |um )?(?:global admin(?:istrator)?|administrador global|admin global)\b|\b(?:soy|sou) (?:el |un |o |um )?(?:administrador global|global admin)\b|\bconnectée? (?:en tant qu(?:e |')|comme )(?:l'|un |une )?(?:admin(?:istrateur|istratrice)? global(?:e)?|global admin)\b|\bje suis (?:l'|un |une )?admin(?:istrateur|istratrice)? global(?:e)?\b|\bals (?:global admin(?:istrator)?|globaler administrator) (?:angemeldet|eingeloggt)\b|\bich bin (?:ein )?globaler admin(?:istrator)?\b|グローバル管理者(?:で|として)(?:サインイン|ログイン)|(?:用|以)全局管理员(?:身份|账号|帐号)?登录/;

export function claimsAdminRole(lower: string, has: (p: string) => boolean = (p) => lower.includes(p)): string | undefined {
  if (!has('admin')) return /admin|管理/.test(lower) ? LOCALIZED_ADMIN_ROLE_CLAIM.exec(lower)?.[0] : undefined;
  const m = ADMIN_ROLE_CLAIM.exec(lower);
  if (m && hasAffirmedMatch(lower, ADMIN_ROLE_CLAIM)) return m[0];
  return LOCALIZED_ADMIN_ROLE_CLAIM.exec(lower)?.[0];
}

// The one-pass phrase index covers every list above.
registerPhrases(ALL_FLOW_PHRASES.map(([, p]) => p));
registerPhrases(LOGIN_COMMAND_NAMES);
registerPhrases(['everyone', 'everybody', 'all ', 'every ', ...GUEST, ...PERSONAL, ...NOT_MEMBER, ...CLAIMS_GRANTED, ...INTERMITTENT_WORDS, 'add', 'made', 'make', 'assign', 'put', 'az login', '--service-principal', '--identity', 'admin', '管理员', '管理者', 'funciona', 'fonctionne', 'marche', 'funktioniert', 'user', 'owner', 'organi', 'creator', 'own', 'owns', 'only', 'runs', 'work', 'granted', 'consent', 'token', 'some', 'many', 'obo', 'authtype', 'tokencredentialtype', 'fine', 'succeed', 'goes through', 'without error', 'signed', 'logged', 'sign-in', 'sign in', 'login', 'log in', 'present', 'app', 'application']);
