/**
 * Token claims quoted in prose rather than pasted as a token: `"aud": "…"` lines from jwt.ms,
 * `"scp": "…"`, `"roles": [...]`, a token response's `scope: '…'` and `resource: '…'`, or
 * scopes in code (`OAUTH_SCOPES='…'`, `scopes = ["…"]`).
 */

import { permissionByName } from '../../permissions/default-index.js';
import { isSignInScope } from '../../permissions/oidc-scopes.js';
import { classifyAudience } from '../../token/claims.js';
import { APP_ONLY_FLOWS, lastLoginCall, sessionAuthType } from './context-hints.js';

export interface QuotedClaims {
  readonly aud?: string;
  readonly idtyp?: string;
  readonly tid?: string;
  readonly scp?: readonly string[];
  readonly roles?: readonly string[];
  /** scope strings from token responses or code: delegated scopes or "/.default". */
  readonly scopes?: readonly string[];
  /** The `resource` a v1 token request or response names. */
  readonly resource?: string;
  /**
   * The quoted claims are an ID token's: an audience, a sign-in-only claim (nonce, at_hash, c_hash)
   * and no scp, roles or idtyp. The same test the token reader makes of a pasted token (src/token/inspect.ts).
   */
  readonly idToken?: boolean;
  /**
   * Graph says the app-only token it read carries no roles at all: "Roles on the request ''",
   * "Missing application roles. API required roles: …, application roles: .".
   */
  readonly rolesEmpty?: boolean;
  /** Get-MgContext shows an app-only session whose Scopes are empty ("AppOnly {}"): its token holds no application permission. */
  readonly appOnlySessionEmpty?: boolean;
  /**
   * The quoted acct claim is 1: the signed-in user is a guest of the tenant that issued the token, whatever kind of
   * account they were invited with (https://learn.microsoft.com/entra/identity-platform/optional-claims-reference).
   */
  readonly guest?: boolean;
  /** The quoted exp claim: when the token expires, in seconds since 1970 (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference). */
  readonly exp?: number;
}

const SIMPLE = /["']?\b(aud|idtyp|tid|resource)\b["']?\s{0,3}[:=]\s{0,3}["']([^"'\n]{1,300})["']/g;
/** The exp claim as a decoder prints it: "exp": 1739213979. */
const EXP_CLAIM = /["']exp["']\s{0,3}:\s{0,3}(\d{10})\b/;
/** The acct claim written with its value 1 (a guest): "acct": 1, acct: 1. */
const GUEST_ACCT = /["']?\bacct\b["']?\s{0,3}[:=]\s{0,3}["']?1\b/;
/** The resource said in prose: "we got a token for https://outlook.office365.com", "a token issued for api://orders". */
/**
 * The token's audience told in prose: "the token audience always comes back as the GUID for MS Graph
 * (00000003-…)", "its aud is https://graph.microsoft.com". Not the audience an API expects ("the
 * valid audience should be api://…"), which is what the token lacks.
 */
// A dot inside a word ("aud in jwt.ms is api://…") is no sentence end.
const AUD_IN_PROSE = /\b(?:aud|audience)\b((?:[^.\n]|\.(?=\w)){0,60}?)((?:https?|api):\/\/[^\s"'<>{}),]{3,200}|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b)/i;
/** The words that tie the audience to its value: "is", "comes back as", "shows", ":". */
const LINKED = /\b(?:is|was|are|were|comes? back as|came back as|shows?|says?|set to|equals?|contains?)\b|[:=]/i;
/** An API's own settings named just before the audience: appsettings.json, a config, the validation parameters. */
const CONFIG_BEFORE = /\b(?:appsettings(?:\.json)?|config(?:uration)?|settings|tokenvalidationparameters|validation)\b[^\n]{0,40}$/i;
const EXPECTED_WORDS = /\b(?:expect\w*|valid|should|must|needs?|want\w*|requir\w*|configured|accept\w*)\b/i;
const TOKEN_FOR_URI = /\btokens?\s+(?:(?:was|is|were)\s+)?(?:(?:issued|obtained|requested|acquired|minted)\s+)?for\s+(?:the\s+)?(?:resource\s+)?((?:https?|api):\/\/[^\s&"'<>{}]{3,200})/gi;
const UNQUOTED_URI = /\b(aud|resource)\s{0,3}[:=]\s{0,3}((?:https?|api):\/\/[^\s&"'<>{}]{3,200})/gi;
/** "in the token", "in my access token", "in that token": where the claim is, said between its name and its value ("roles in the token: […]"). */
// Also in the other languages the product reads ("scp im Token", "scp dans le token", "scp en el token"), and with the
// decoder named after it ("scp im Token laut jwt.ms:", "scp in the token per jwt.ms:").
const IN_TOKEN = String.raw`(?:\s(?:claim\s)?(?:in|im|dans le|en el|no) (?:the |my |our |that |this |her |his |their )?(?:[\w-]+'s )?(?:decoded )?(?:access )?[Tt]oken)?(?:\s(?:laut|per|according to|in|from|selon|según|segundo) jwt\.(?:ms|io))?`;
// The value on the same line as its colon: "scp from jwt.ms:" above the JSON names where the claim comes from, not its value.
const SCP = new RegExp(String.raw`["']?\bscp\b["']?${IN_TOKEN}\s{0,3}[:=][ \t]{0,3}["']([^"'\n]{1,2000})["']`);
// A list's content stops at the next opening bracket too: a role never holds one, and each
// unclosed "[" is then read only up to the next, so repeated labels cost linear time.
const ROLES = new RegExp(String.raw`["']?\broles\b["']?${IN_TOKEN}\s{0,3}[:=]\s{0,3}\[([^\][]{0,3000})\]`);
/**
 * The first "roles": [...] list that holds permission names: a request body's own "roles" (a site permission's
 * {"roles":["write"]}, an app role assignment) comes before the token's claims as often as after.
 */
const ROLES_ALL = new RegExp(ROLES.source, 'g');
function firstRolesList(text: string): string | undefined {
  ROLES_ALL.lastIndex = 0;
  let first: string | undefined;
  for (let m = ROLES_ALL.exec(text), n = 0; m && n < 20; m = ROLES_ALL.exec(text), n++) {
    first ??= m[1];
    if (words(m[1] ?? '').length > 0) return m[1];
  }
  return first;
}
// The separator may be left out before an array in prose: 'gets a token with scopes ["User.Read"]'.
const SCOPES = /\b(?:[a-z_]{0,20}scopes?|scope)["']?(?:\s{0,3}[:=]\s{0,3}|\s{1,3}(?=\[))(?:new\s{0,2}(?:string)?\s{0,2}\[\]\s{0,2}\{([^{}\n]{1,1000})\}|\[([^\][]{1,1000})\]|["']([^"'\n]{1,1000})["'])/gi;
/**
 * The claim told in prose, its permissions named without quotes: "scp User.Read", "the scp claim
 * only has User.Read and openid", "roles: User.Read.All, Group.Read.All", "roles only shows ["User.Read.All"]". Only permission names
 * follow, so "scp is missing" or "roles claim is empty" say nothing here.
 */
const CLAIM_PERMISSION = String.raw`(?:[A-Z][A-Za-z0-9-]{1,60}(?:\.[A-Za-z0-9-]{1,60}){1,4}|openid|profile|email|offline_access)`;
// Every run of blanks has one way to be matched (no "\s*" beside "\s+"): a long run after the
// claim's name costs one pass, not one per way of splitting it. A bar is jwt.ms's Claims table
// ("scp | User.Read Mail.Read | Set of the scopes …") and a Markdown table pasted from it.
const CLAIM_IN_PROSE = (claim: string): RegExp =>
  new RegExp(String.raw`\b${claim}\b(?:\s+claim)?${IN_TOKEN}(?:\s+(?:only\s+)?(?:is|has|shows|contains|lists|holds|says|ist|enthält|est|contient|es|contiene|é|contém|是|为|は))?(?:\s*[:=|])?\s+[\x60["']{0,2}(${CLAIM_PERMISSION}(?:(?:["']?\s*,\s*["']?|\s+(?:and\s+)?)${CLAIM_PERMISSION}){0,30})`);
const SCP_IN_PROSE = CLAIM_IN_PROSE('scp');
/**
 * The scopes a token was asked for, told in prose: "I request the token with scope User.Read",
 * "acquired for the scopes Mail.Read and Mail.Send". Only after a word of asking: "missing
 * permission scope Mail.Send" names what the token lacks, not what it was requested with.
 */
const SCOPES_IN_PROSE = new RegExp(String.raw`\b(?:with|using|requesting|requested|request|for|asking for|asked for)\s+(?:the\s+)?scopes?(?:\s*[:=])?\s+(${CLAIM_PERMISSION}(?:(?:\s*,\s*|\s+(?:and\s+)?)${CLAIM_PERMISSION}){0,30})`);
const ROLES_IN_PROSE = CLAIM_IN_PROSE('roles');
/**
 * What Graph's own 403 says the token carried: "Missing role permissions on the request. API requires
 * one of 'Chat.Read.All'. Roles on the request 'Chat.ReadWrite.All'" (an app-only token's roles), or
 * "Scopes on the request 'User.Read'" (a user's token's scp). Graph read the token; its list is the claim.
 */
// PowerShell wraps a long message and marks each continued line with "|".
const ON_THE_REQUEST = /\b(roles|scopes) on the request[\s|]{0,12}['"]([^'"\n]{1,2000})['"]/i;
/** Graph's own report of an app-only token without roles: an empty list where the roles it read would stand. */
const NO_ROLES_ON_REQUEST = /\broles on the request[\s|]{0,12}(?:''|"")|\bapplication roles:\s{0,3}\.(?=["'\s]|$)/i;
/**
 * The token's permissions told without naming the claim: "the token provides "User.Read"
 * permissions", "my token only has User.Read and openid", "I decoded the token and it only has User.Read".
 * Negations ("the token does not have Mail.Send", "has no …") never reach a permission name here.
 */
const TOKEN_HOLDS = new RegExp(String.raw`\btoken\b(?:[^.\n]{0,30}?\bit\b)?(?:\s+(?:only|just))?\s+(?:has|provides|contains|includes|carries|shows|lists|holds|gives)\s+(?:(?:only|just)\s+)?(?:the\s+)?(?:(?:permissions?|scopes?)\s+)?[\x60"']{0,2}(${CLAIM_PERMISSION}(?:(?:["']?\s*,\s*["']?|\s+(?:and\s+)?)${CLAIM_PERMISSION}){0,30})`);

/**
 * The token's permissions listed under a label that names the token, not the claim: "delegated scopes in
 * token: Group.Read.All Tasks.Read", "Permissions in the access token: User.Read, Mail.Read". The type
 * word, when given, says the claim; otherwise the names do (claimOf).
 */
const PERMISSIONS_IN_TOKEN = new RegExp(String.raw`\b(delegated |application )?(?:scopes|permissions) (?:in|on|of|inside) (?:the |my |our |its )?(?:decoded )?(?:access )?token\b[^:\n]{0,30}:\s{0,3}[\x60"']{0,2}(${CLAIM_PERMISSION}(?:(?:["']?\s*,\s*["']?|\s+(?:and\s+)?)${CLAIM_PERMISSION}){0,30})`, 'i');

/**
 * Which claim permissions named without it sit in, from the names: one Microsoft defines only as
 * delegated (User.Read) or a sign-in scope can only be in a user's token (scp); one defined only
 * as application (Application.ReadWrite.OwnedBy) only in an app-only token's roles
 * (https://learn.microsoft.com/graph/permissions-reference, Microsoft's permissions data). Names
 * defined both ways, unknown names, or both kinds together decide nothing.
 */
function claimOf(names: readonly string[]): 'scp' | 'roles' | undefined {
  let delegatedOnly = false;
  let applicationOnly = false;
  for (const name of names) {
    if (isSignInScope(name)) {
      delegatedOnly = true;
      continue;
    }
    const facts = permissionByName(name);
    if (facts?.delegated && !facts.application) delegatedOnly = true;
    if (facts?.application && !facts.delegated) applicationOnly = true;
  }
  return delegatedOnly === applicationOnly ? undefined : delegatedOnly ? 'scp' : 'roles';
}

/**
 * The scopes Get-MgContext says the Graph PowerShell session was consented (the token's permissions):
 * its table's "Scopes : {openid, profile, User.Read}", or one per line after "(Get-MgContext).Scopes" or
 * "Select -ExpandProperty Scopes" (https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/get-mgcontext).
 * The table shows four and cuts the rest ("…}"): then it is not the whole list, and is not read.
 */
const MG_CONTEXT_SCOPES_TABLE = /^[ \t]{0,8}scopes[ \t]{0,30}:[ \t]{0,5}\{([^{}\n]{1,2000})\}/im;
const MG_CONTEXT_SCOPES_LIST = /(?:\(get-mgcontext\)\.scopes|-expandproperty\s{1,3}scopes)\b[^\n]{0,80}\n((?:[ \t]{0,8}[A-Za-z][\w.-]{1,80}[ \t]{0,8}(?:\n|$)){1,60})/i;
function mgContextScopes(text: string): { claim: 'scp' | 'roles'; names: string[] } | undefined {
  const tableMatch = MG_CONTEXT_SCOPES_TABLE.exec(text);
  const table = tableMatch?.[1];
  const listMatch = table === undefined ? MG_CONTEXT_SCOPES_LIST.exec(text) : null;
  const value = table !== undefined ? (/(?:\.\.\.|…)\s*$/.test(table) ? undefined : table) : listMatch?.[1];
  const names = value === undefined ? [] : words(value);
  if (names.length === 0) return undefined;
  // The session's kind beside it, as context-hints reads it: an app-only session lists its roles as Scopes.
  // Without an AuthType printed, the Connect-MgGraph that opened the session says it.
  const authType = sessionAuthType(text.toLowerCase()) ?? connectedAs(text, (tableMatch ?? listMatch)?.index ?? 0);
  const claim = authType === 'app-only' ? 'roles' : authType === 'delegated' ? 'scp' : claimOf(names);
  return claim ? { claim, names } : undefined;
}

/**
 * Connect-MgGraph's own switches say who signs in (knowledge/login-commands.ts): a certificate, a client
 * secret credential or a managed identity sign the app in, and without any of them the default parameter
 * set signs a user in (https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/connect-mggraph).
 * A token handed over (-AccessToken) says neither. The last call before `at` opened the session printed there.
 */
function connectedAs(text: string, at: number): 'app-only' | 'delegated' | undefined {
  const lower = text.toLowerCase();
  if (!lower.includes('connect-mggraph')) return undefined;
  const call = lastLoginCall(lower, 'connect-mggraph', at);
  if (call === undefined || call.switches.includes('-accesstoken')) return undefined;
  return [...call.flows].some((f) => APP_ONLY_FLOWS.has(f)) ? 'app-only' : 'delegated';
}

/**
 * Get-MgContext's table of an app-only session with nothing in Scopes: "Scopes : {}" beside "AuthType : AppOnly",
 * or the row of "Select AuthType, Scopes" reading "AppOnly {}". An app-only session's Scopes are its token's
 * roles (https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/get-mgcontext).
 */
const EMPTY_SCOPES_LINE = /^[ \t]{0,8}scopes[ \t]{0,30}:[ \t]{0,5}\{\s{0,3}\}/im;
const APP_ONLY_EMPTY_ROW = /^[ \t]{0,8}apponly[ \t]{1,30}\{\s{0,3}\}/im;
function appOnlySessionWithoutScopes(text: string): boolean {
  return APP_ONLY_EMPTY_ROW.test(text) || (EMPTY_SCOPES_LINE.test(text) && sessionAuthType(text.toLowerCase()) === 'app-only');
}

/** Connect-MgGraph -Scopes "User.Read","Mail.Read" (or without quotes). */
const PS_SCOPES = /-Scopes\s{1,4}((?:["']?[A-Za-z][\w.-]{1,80}["']?\s{0,2},?\s{0,2}){1,30})/i;

/**
 * Claims quoted as JSON keys. An ID token proves a sign-in to the app: its aud is the app's own
 * client id, it carries nonce and the at_hash/c_hash sign-in hashes, and it has no scp or roles,
 * which every access token for an API holds (https://learn.microsoft.com/entra/identity-platform/id-token-claims-reference,
 * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
 */
const QUOTED_KEY = (names: string): RegExp => new RegExp(String.raw`["'](?:${names})["']\s{0,3}:`);
const AUD_KEY = QUOTED_KEY('aud');
const SIGN_IN_ONLY_KEY = QUOTED_KEY('nonce|at_hash|c_hash');
const ACCESS_TOKEN_KEY = QUOTED_KEY('scp|roles|idtyp');

const PERMISSION_LIKE = /^(?:[A-Za-z][A-Za-z0-9-]{1,60}(?:\.[A-Za-z0-9-]{1,60}){1,4}|openid|profile|email|offline_access|https?:\/\/\S{3,200}|api:\/\/\S{3,200})$/;

function words(value: string): string[] {
  return value
    .split(/[\s,"']+/)
    .map((w) => w.trim())
    .filter((w) => PERMISSION_LIKE.test(w));
}

export function findQuotedClaims(text: string): QuotedClaims {
  const out: { -readonly [K in keyof QuotedClaims]: QuotedClaims[K] } = {};
  SIMPLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Any case: the unquoted form below reads labels as written ("Resource:   https://graph.windows.net" on a settings page).
  const maybeClaims = /\b(?:aud|idtyp|tid|resource)\b/i.test(text);
  while (maybeClaims && (m = SIMPLE.exec(text)) !== null) {
    const key = m[1] as 'aud' | 'idtyp' | 'tid' | 'resource';
    const value = (m[2] ?? '').trim();
    if (!value || value.startsWith('<') || value.startsWith('{') || value === '...') continue;
    if (out[key] === undefined) out[key] = value;
  }
  // Unquoted in a form body or prose: resource=https://outlook.office365.com, "aud: https://…".
  if (maybeClaims && (out.resource === undefined || out.aud === undefined)) {
    UNQUOTED_URI.lastIndex = 0;
    while ((m = UNQUOTED_URI.exec(text)) !== null) {
      const key = (m[1] ?? '').toLowerCase() as 'aud' | 'resource';
      if (out[key] === undefined) out[key] = (m[2] ?? '').replace(/[.,;)]+$/, '');
    }
  }
  if (out.aud === undefined && /\baud(?:ience)?\b/i.test(text)) {
    const said = AUD_IN_PROSE.exec(text);
    // Not the audience an API's settings hold ('appsettings has "Audience": "api://…"'): what it accepts, not what a token carries.
    const settingBefore = said !== null && CONFIG_BEFORE.test(text.slice(Math.max(0, said.index - 60), said.index));
    if (said && !settingBefore && LINKED.test(said[1] ?? '') && !EXPECTED_WORDS.test(said[1] ?? '')) out.aud = (said[2] ?? '').replace(/[.,;)]+$/, '');
  }
  if (out.resource === undefined && out.aud === undefined && text.includes('://')) {
    TOKEN_FOR_URI.lastIndex = 0;
    const said = TOKEN_FOR_URI.exec(text)?.[1];
    if (said) out.resource = said.replace(/[.,;)]+$/, '');
  }
  if (text.includes('acct') && GUEST_ACCT.test(text)) out.guest = true;
  const exp = text.includes('exp') ? EXP_CLAIM.exec(text)?.[1] : undefined;
  if (exp !== undefined) out.exp = Number(exp);
  const onRequest = /on the request/i.test(text) ? ON_THE_REQUEST.exec(text) : null;
  const scp = (onRequest?.[1]?.toLowerCase() === 'scopes' ? onRequest[2] : undefined) ?? (text.includes('scp') ? (SCP.exec(text)?.[1] ?? SCP_IN_PROSE.exec(text)?.[1]) : undefined);
  if (scp) {
    const list = words(scp);
    if (list.length > 0) out.scp = list;
  }
  const roles = (onRequest?.[1]?.toLowerCase() === 'roles' ? onRequest[2] : undefined) ?? (text.includes('roles') ? (firstRolesList(text) ?? ROLES_IN_PROSE.exec(text)?.[1]) : undefined);
  if (roles) {
    const list = words(roles);
    if (list.length > 0) out.roles = list;
  }
  if (/roles/i.test(text) && NO_ROLES_ON_REQUEST.test(text)) out.rolesEmpty = true;
  if (/apponly/i.test(text) && /scopes/i.test(text) && appOnlySessionWithoutScopes(text)) out.appOnlySessionEmpty = true;
  if (out.scp === undefined && out.roles === undefined && /scopes/i.test(text)) {
    const session = mgContextScopes(text);
    if (session) out[session.claim] = session.names;
  }
  if (out.scp === undefined && out.roles === undefined && /\btoken\b/i.test(text)) {
    // Listed under a label naming the token (its type word, if any, says the claim), else told in a sentence.
    const listed = PERMISSIONS_IN_TOKEN.exec(text);
    const type = listed?.[1]?.trim().toLowerCase();
    const labelled = words(listed?.[2] ?? '');
    const labelClaim = labelled.length === 0 ? undefined : type === 'delegated' ? 'scp' : type === 'application' ? 'roles' : claimOf(labelled);
    const told = labelClaim ? [] : words(TOKEN_HOLDS.exec(text)?.[1] ?? '');
    const claim = labelClaim ?? (told.length > 0 ? claimOf(told) : undefined);
    if (claim) out[claim] = labelClaim ? labelled : told;
  }
  const scopes: string[] = [];
  SCOPES.lastIndex = 0;
  const maybeScopes = /scope/i.test(text);
  while (maybeScopes && (m = SCOPES.exec(text)) !== null && scopes.length < 50) {
    for (const w of words(m[1] ?? m[2] ?? m[3] ?? '')) if (!scopes.includes(w)) scopes.push(w);
  }
  const ps = text.includes('-Scopes') || text.includes('-scopes') ? PS_SCOPES.exec(text)?.[1] : undefined;
  if (ps) for (const w of words(ps)) if (!scopes.includes(w)) scopes.push(w);
  const prose = scopes.length === 0 && maybeScopes ? SCOPES_IN_PROSE.exec(text)?.[1] : undefined;
  if (prose) for (const w of words(prose)) if (!scopes.includes(w)) scopes.push(w);
  if (scopes.length > 0) out.scopes = scopes;
  if (text.includes('aud') && AUD_KEY.test(text) && SIGN_IN_ONLY_KEY.test(text) && !ACCESS_TOKEN_KEY.test(text) && (out.aud === undefined || classifyAudience(out.aud).kind === 'own-api')) out.idToken = true;
  return out;
}
