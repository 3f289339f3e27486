/**
 * Reads a normalized paste into one typed structure of evidence: everything the cause
 * modules look at. Pure: no I/O, no clock except the injected `now`.
 */
import { typesByConsentRequired, typesByConsentTitle } from './consent-titles.js';
import { findTokens, type TokenSpan } from '../../token/find.js';
import { inspectToken, type TokenReport } from '../../token/inspect.js';
import { classifyAudience, type Audience } from '../../token/claims.js';
import { toGraphRequest, type GraphRequest } from '../../permissions/request-path.js';
import { NARROW_PROPERTIES } from '../../permissions/property-permissions.js';
import type { PermissionSource } from '../../permissions/requirement.js';
import { comparePermissions, resolveRequirement, type HeldPermissions, type PermissionInsight } from '../../permissions/insight.js';
import { findStatuses } from './http-status.js';
import { canonicalSpelling } from '../spelling.js';
import { findAadsts, findDate, findGraphCodes, findMessages, findOAuthErrors, findRequestIds, type AadstsFinding } from './error-codes.js';
import { hasAffirmedMatch, hasClaimedMatch } from './negation.js';
import { gated, mayMatch } from '../word-gate.js';
import { findChallenge, type Challenge } from './www-authenticate.js';
import { findRequests, type FoundRequest } from './requests.js';
import { findErrorTime } from './error-time.js';
import {
  APP_ONLY_FLOWS,
  claimsFreshToken,
  claimsIntermittent,
  claimsAdminRole,
  claimsPermissionsGranted,
  findAccountHints,
  findFlows,
  findPermissionTypeMentions,
  sessionAuthType,
  type AccountHint,
  type PermissionTypeMention,
  type SignInFlow,
} from './context-hints.js';
import { findQuotedClaims, type QuotedClaims } from './quoted-claims.js';
import { findRegisteredPhrases, phraseOrdinal, registeredCount, type PhraseLookup } from '../phrase-index.js';
import { findCodeLikeNames, findExceptionNames, findIdxCodes } from './names.js';

export type { AccountHint, SignInFlow, PermissionTypeMention, FoundRequest, Challenge, AadstsFinding, QuotedClaims };

export type CallContext = 'app-only' | 'delegated' | 'mixed' | 'unknown';

export interface Evidence {
  /** Normalized text, original case. */
  readonly text: string;
  /** The same text lower-cased with token bodies masked, for phrase matching. */
  readonly lower: string;
  /** Memoized `lower.includes(phrase)`: many signals ask for the same phrases. */
  readonly has: PhraseLookup;
  /** Every registered phrase the text contains, in the order first seen (one Aho–Corasick pass). */
  readonly present: ReadonlySet<string>;
  readonly statuses: readonly number[];
  /** The most authoritative status (a structured one first). */
  readonly status?: number;
  readonly codes: readonly string[];
  /** Lower-cased codes for matching. */
  readonly codesLower: ReadonlySet<string>;
  readonly messages: readonly string[];
  /** Exception and error type names ("MsalUiRequiredException"), read by name or by their words. */
  readonly exceptionNames: readonly string[];
  /** Microsoft.IdentityModel codes ("IDX10223"). */
  readonly idxCodes: readonly string[];
  /** Error-code-like identifiers in prose ("InvalidAuthenticationTokenAudience"), read by their words. */
  readonly codeLikeNames: readonly string[];
  readonly aadsts: readonly AadstsFinding[];
  readonly oauthErrors: readonly string[];
  readonly challenge?: Challenge;
  readonly requests: readonly FoundRequest[];
  /** The request the error most likely belongs to (a Graph one when there is one). */
  readonly request?: FoundRequest;
  readonly graphRequest?: GraphRequest;
  readonly flows: readonly SignInFlow[];
  readonly context: CallContext;
  readonly accountHints: readonly AccountHint[];
  readonly permissionTypes: readonly PermissionTypeMention[];
  readonly grantedClaim?: string;
  /** "Even with a new token": the person says a fresh token fails too. */
  readonly freshTokenClaim?: string;
  /** "It fails intermittently", "a retry works": the same call both works and fails. */
  readonly intermittentClaim?: string;
  /** "I am a Global Admin": the signed-in user is said to hold an admin role. */
  readonly adminRoleClaim?: string;
  readonly quoted: QuotedClaims;
  readonly quotedAudience?: Audience;
  readonly tokens: readonly TokenReport[];
  /** The token that matters most: the first decoded one. */
  readonly token?: TokenReport;
  readonly held?: HeldPermissions;
  readonly insight?: PermissionInsight;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  readonly correlationId?: string;
  readonly date?: string;
  /** When the failure happened, by the paste's own clock (innerError date, AADSTS Timestamp, Date header). */
  readonly errorTime?: Date;
}

export interface EvidenceOptions {
  readonly now: Date;
  readonly permissionSources?: readonly PermissionSource[];
}

/** "…/me returns successfully", "GET /users works fine": the prose says this request is not the failing one. */
// Also a success status written after the request: "→ 200", "-> 200 OK", "gives 200", "returns HTTP 200".
// Also in the other languages the product reads prose in: "läuft problemlos durch", "funktioniert", "funciona", "fonctionne".
const SAID_TO_WORK = /\b(?:return(?:s|ed)? (?:successfully|fine|ok|data|200)|succeed(?:s|ed)?|successful(?:ly)?|works?(?: fine| well| ok| perfectly)?|worked|is working|200 ok|fine(?!-)|go(?:es)? through|went through|problemlos|funktioniert|klappt|funciona|fonctionne)\b|(?:→|->|=>)\s*(?:http\s*)?200\b|\b(?:gives?|gave|got|gets|returns?|returned|answers?|answered)\s+(?:an? )?(?:http |status )?200\b/;

const SAID_TO_FAIL = /\bfail|\berror|\bdenied|\bforbidden|\bunauthori[sz]ed|\b40[0-9]\b|n't work|not work|\bbut\b|\bnicht\b|\bno funciona|\bne (?:fonctionne|marche)|\bnão funciona|\bfehler/;

/**
 * A code comment on the line above a call that says how it went ("// 1) fine", "# works", "// 2) boom"):
 * the writer's own label for the call under it. So does a short label line ending in a colon ("list (works, 200):").
 */
const COMMENT_ABOVE_WORKS = /^\s*(?:\/\/|#|--|\/\*)\s*(?:\(?\d+[.)]\s*)?(?:fine|works?|ok|okay|good|success(?:ful)?|this works|that works)\b(?![^\n]{0,40}\b(?:but|fail|error|403|401|denied))/i;
const LABEL_ABOVE_WORKS = /^[^\n:]{0,40}\b(?:works?|worked|ok|okay|fine|200)\b[^\n:]{0,20}:\s*$/i;
const FAIL_WORDS = /\bfail|\berror|\bdenied|\bforbidden|\b40[0-9]\b|n't|\bnot\b|\bbut\b/i;
function commentAboveSaysWorks(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart <= 1) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const above = text.slice(prevStart, lineStart - 1);
  return COMMENT_ABOVE_WORKS.test(above) || (LABEL_ABOVE_WORKS.test(above) && !FAIL_WORDS.test(above));
}

/**
 * What the prose says right after a request, up to the end of its line or the next request on it:
 * in "GET /users works, but GET /users/{id}/manager gives 403" the failure belongs to the second.
 */
function saidToWork(text: string, at: number | undefined, nextAt = Infinity): boolean {
  if (at === undefined) return false;
  if (commentAboveSaysWorks(text, at)) return true;
  const lineEnd = text.indexOf('\n', at);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, at + 200);
  // A "but" that leads to the next request contrasts the two requests, not two outcomes of this one.
  const around = (nextAt < end ? text.slice(at, nextAt).replace(/\b(?:but|while|whereas)\W*$/i, '') : text.slice(at, end)).toLowerCase();
  // The sentence that holds the request decides first: "GET /x with the same token works. Only the
  // other call is forbidden" says this one works, whatever the next sentence says of another.
  const sentenceEnd = around.search(/[.!?;](?=\s)/);
  const first = sentenceEnd > 0 ? around.slice(0, sentenceEnd) : undefined;
  if (first !== undefined && hasAffirmedMatch(first, SAID_TO_WORK) && !SAID_TO_FAIL.test(first)) return true;
  // "works in Graph Explorer but fails in my app" is the failing request all the same.
  if (hasAffirmedMatch(around, SAID_TO_WORK) && !SAID_TO_FAIL.test(around)) return true;
  // Its status alone on the line under it, as a session transcript writes it ("GET …/bookingBusinesses" then "200 ->").
  if (lineEnd < 0 || nextAt <= lineEnd) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  return STATUS_200_UNDER.test(text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd));
}
const STATUS_200_UNDER = /^\s*(?:http\/[\d.]+\s+)?(?:(?:->|→|=>)\s*)?200\b/i;

/** A cmdlet's name at the start of its call ("Get-MgUserDefaultDrive -UserId …"). */
const CMDLET_NAME = /^[A-Z][a-z]+-Mg[A-Za-z]{2,80}/;

/**
 * Of the requests in a paste, the one the error names failed: a Graph SDK's stack trace names the
 * request builder that threw (FoundRequest.thrown), and Graph PowerShell its cmdlet (below).
 *
 * Microsoft Graph PowerShell reports a failure as "<cmdlet>_<parameter set>: <message>"
 * ("Get-MgUserDefaultDrive_Get: Access denied"): of the cmdlets in a script, that one failed.
 */
function namedByErrorRecord(r: FoundRequest, text: string): boolean {
  if (r.source !== 'cmdlet' || r.at === undefined) return false;
  const name = CMDLET_NAME.exec(text.slice(r.at, r.at + 90))?.[0];
  return name !== undefined && text.includes(`${name}_`);
}

/**
 * The cmdlets that give an app or user its permissions or roles (app role assignments, delegated
 * grants, directory role members): beside another request, they tell how access was granted, and
 * the other request is the one that failed ("I gave it Chat.ReadWrite.All with
 * New-MgServicePrincipalAppRoleAssignment"), unless the error record names the granting cmdlet itself
 * ("New-MgServicePrincipalAppRoleAssignment_CreateExpanded: Insufficient privileges").
 */
const GRANTING_CMDLET = /^(?:New|Update|Remove)-Mg(?:Beta)?(?:ServicePrincipalAppRoleAssign(?:ment|edTo)|Oauth2PermissionGrant|DirectoryRoleMember(?:ByRef)?|RoleManagementDirectoryRoleAssignment|UserAppRoleAssignment|GroupAppRoleAssignment)\b/;

function grantsAccess(r: FoundRequest, text: string): boolean {
  return r.source === 'cmdlet' && r.at !== undefined && GRANTING_CMDLET.test(text.slice(r.at, r.at + 90));
}

/**
 * The request's own line shows an authorization status ("-> 403", "returned 401"): in a log of
 * several calls (one throttled and retried, one refused), that is the refusal to explain.
 */
function refusedOnItsLine(text: string, at: number | undefined): boolean {
  if (at === undefined) return false;
  const lineEnd = text.indexOf('\n', at);
  return /\b40[13]\b/.test(text.slice(at, Math.min(lineEnd < 0 ? text.length : lineEnd, at + 300)));
}

const OTHER_METHODS = ['POST', 'PATCH', 'PUT', 'DELETE'] as const;

/**
 * A URL written without its method ("403 Forbidden for url: …/me/sendMail") is read as a GET. When
 * Microsoft's permissions data has no GET for that path but lists exactly one other method (an
 * action such as sendMail takes POST only), that method is the call that was made.
 */
function withDataMethod(request: FoundRequest, sources: readonly PermissionSource[] | undefined): GraphRequest | undefined {
  const read = toGraphRequest(request.method, request.url);
  if (!read || request.methodStated || read.method !== 'GET' || resolveRequirement(read, sources)) return read;
  const others = OTHER_METHODS.filter((m) => resolveRequirement({ ...read, method: m }, sources) !== undefined);
  return others.length === 1 && others[0] ? { ...read, method: others[0] } : read;
}

function pickRequest(requests: readonly FoundRequest[], text: string): FoundRequest | undefined {
  // Where the next request starts, for each request (one pass over the sorted starts).
  const starts = [...new Set(requests.flatMap((r) => (r.at === undefined ? [] : [r.at])))].sort((a, b) => a - b);
  const nextStart = new Map(starts.map((at, i) => [at, starts[i + 1] ?? Infinity]));
  const verdicts = new Map<FoundRequest, boolean>();
  const works = (r: FoundRequest): boolean => {
    let said = verdicts.get(r);
    if (said === undefined) verdicts.set(r, (said = saidToWork(text, r.at, r.at === undefined ? Infinity : nextStart.get(r.at))));
    return said;
  };
  const score = (r: FoundRequest): number =>
    (r.target === 'microsoft-graph' ? 4 : r.target === 'relative' ? 3 : 0) + (r.source === 'request-line' ? 2 : r.source === 'cmdlet' || r.source === 'sdk' ? 1 : 0) + (r.methodStated ? 1 : 0) +
    (namedByErrorRecord(r, text) || r.thrown === true ? 2 : 0) + (requests.length > 1 && refusedOnItsLine(text, r.at) ? 1 : 0) - (works(r) ? 5 : 0) - (requests.length > 1 && grantsAccess(r, text) && !namedByErrorRecord(r, text) ? 2 : 0);
  let best: FoundRequest | undefined;
  for (const r of requests) if (!best || score(r) > score(best)) best = r;
  // A request the prose says works is not the one that failed, even when it is the only one shown.
  return best && works(best) ? undefined : best;
}

/** "In Graph Explorer the same request works", "Graph Explorer returns the data". */
// Also its success status written after it: "Graph Explorer as me (Auth Admin) -> 202 Accepted".
const GRAPH_EXPLORER_WORKS = gated(/\b(?:works?|worked|working|succeeds?|succeeded|successfully|fine|able to)\b[^.\n]{0,60}\bgraph explorer\b|\bgraph explorer\b[^.\n]{0,30}\b(?:works?|worked|succeeds?|succeeded|returns? (?:the |all )?(?:data|results?|values?))\b|\bgraph explorer\b[^.\n]{0,40}?(?:->|→|=>)\s*(?:http\s*)?20[0-4]\b/);

/**
 * The user's own sign-in said to work ("works interactively", "works when I run it interactively", "works when I sign in", "with -Scopes it
 * works", "works fine from the Power Apps custom connector where users sign in") beside an app-only flow: the interactive
 * sign-in is the comparison, the app-only call the failing one.
 */
const WORKS_SIGNED_IN = gated(/\bworks? (?:fine |well |ok )?when (?:i|we) (?:run|use|execute|launch|start) (?:it|this|that|the script|the command|the cmdlet) interactively\b|\bworks? (?:fine |well |ok )?(?:interactively|when (?:i|we) (?:sign|log) in|with my (?:own )?(?:user|account)|as (?:a |the )?(?:signed-in )?user|with -scopes|(?:after|with|using|via|when using) connect-mggraph -scopes)\b|\binteractively,? (?:it )?(?:works|worked|is fine|was fine)\b|\b(?:with|using|via) (?:the )?(?:password grant|ropc|interactive (?:sign-?in|login|browser)(?: popup| window)?|(?:sign-?in|login) popup|device code(?: flow)?)\b[^.\n]{0,60}?\b(?:(?:works?|worked) (?:fine|well|ok)|(?:both|all|are|is|were|was) (?:fine|ok|working))\b|\bworks? (?:fine |well |ok )?(?:from|in|with|via|through) (?:the |our |a |an )?[^.\n]{1,50}?\b(?:where|when|once) (?:the )?(?:users?|people|i|we) (?:sign|log)s? ?in\b/);

/**
 * The one user sign-in the paste names is said to work ("giving a Global Administrator's username
 * and password, we are able to reset"): it is the comparison, and the failing call's flow is not
 * named, so it is not the context.
 */
const USER_FLOW_SAID_TO_WORK = gated(/\b(?:user ?name and password|username\/password|password grant|ropc|interactive(?:ly)?|(?:sign-?in|login) popup|device code|az login(?! --service-principal| --identity)(?: as me)?)\b[^.\n]{0,120}?\b(?:(?:works?|worked)(?: (?:fine|well|ok))?|(?:we|i) (?:are|am|were|was) able to|(?:we|i) can(?!not|'t| ?not)|succeed(?:s|ed)?)\b/);
/**
 * The same in the other languages the product reads prose in: "connecté avec mon compte perso (user),
 * ça marche", "mit meinem Benutzerkonto funktioniert es", "con mi usuario funciona", "com meu usuário
 * funciona", "ユーザーでサインインすると動きます", "用我的账号登录就可以".
 */
const LOCALIZED_WORKS_SIGNED_IN = gated(new RegExp([
  String.raw`\b(?:connecté|connectée|connecte|en me connectant|en tant qu'utilisateur)(?!\w)[^.\n]{0,50}?\b(?:ça |cela )?(?:marche|fonctionne)\b`,
  String.raw`\b(?:mit meinem|als)\s+(?:eigenen\s+)?(?:benutzer|user)\w*\b[^.\n]{0,50}?\b(?:funktioniert|klappt|geht)\b`,
  String.raw`\bcon mi (?:propio )?(?:usuario|cuenta)\b[^.\n]{0,50}?\bfunciona\b`,
  String.raw`\bcom (?:o |a )?(?:meu|minha) (?:usuário|usuario|conta)\b[^.\n]{0,50}?\bfunciona\b`,
  String.raw`ユーザー(?:で|として)(?:サインイン|ログイン)(?:する|した)?(?:と|ら|場合)[^。\n]{0,20}?(?:動|成功|正常)`,
  String.raw`用(?:我的)?(?:用户|账号|帐号)(?:身份)?登录[^。\n]{0,20}?(?:可以|正常|成功|没问题)`,
  // The interactive sign-in named as the one that works: "対話型サインイン) なら問題なく取得できます",
  // "交互式登录就可以", "interaktiv angemeldet funktioniert es", "en interactif ça marche",
  // "de forma interactiva funciona", "de forma interativa funciona".
  String.raw`対話(?:型|的)(?:の)?(?:サインイン|ログイン|認証)[^。\n]{0,30}?(?:なら|では|だと|の場合)[^。\n]{0,20}?(?:問題なく|正常|動|成功|取得でき)`,
  String.raw`交互式(?:登录|登入|认证|身份验证)[^。\n]{0,20}?(?:就|则|时)?(?<![不没])(?:可以|正常|成功|没问题)`,
  String.raw`\binteraktiv\b(?:[^.\n]|\.(?=\w)){0,60}?\b(?:funktioniert|klappt|geht)\b(?!\s+(?:es\s+)?nicht)`,
  String.raw`\ben (?:mode )?interactif\b[^.\n]{0,30}?(?<!\bne )\b(?:marche|fonctionne)\b(?!\s+pas)`,
  String.raw`\bde (?:forma|manera) interactiva\b[^.\n]{0,30}?(?<!\bno )\bfunciona\b`,
  String.raw`\bde forma interativa\b[^.\n]{0,30}?(?<!\bnão )\bfunciona\b`,
].join('|')));

function callContext(flows: readonly SignInFlow[], token: TokenReport | undefined, quoted: QuotedClaims, worksInGraphExplorer = false, worksSignedIn = false, session?: 'app-only' | 'delegated', userFlowWorks = false): CallContext {
  if (token?.kind === 'app-only' || token?.kind === 'none') return 'app-only';
  if (token?.kind === 'delegated') return 'delegated';
  // Claims copied out of a decoder (jwt.ms) speak for the token as much as the token would.
  if (quoted.scp && !quoted.roles) return 'delegated';
  if (quoted.roles && !quoted.scp) return 'app-only';
  // The idtyp claim says it outright: "app" for an app-only token, "user" for a user's
  // (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
  const idtyp = quoted.idtyp?.trim().toLowerCase();
  if (idtyp === 'app') return 'app-only';
  if (idtyp === 'user') return 'delegated';
  // So does the Graph PowerShell session's AuthType (Get-MgContext): other sign-ins in the paste are comparisons.
  if (session !== undefined) return session;
  // Graph Explorer beside another flow, or said to work, is the tool the call was tried in for
  // comparison ("works in Graph Explorer, fails in my daemon"): the failing call is the app's.
  const failing = flows.length > 1 || worksInGraphExplorer ? flows.filter((f) => f !== 'graph-explorer') : flows;
  const app = failing.some((f) => APP_ONLY_FLOWS.has(f));
  const user = failing.some((f) => !APP_ONLY_FLOWS.has(f));
  if (app && user && (worksSignedIn || userFlowWorks)) return 'app-only';
  if (user && !app && userFlowWorks) return 'unknown';
  return app && user ? 'mixed' : app ? 'app-only' : user ? 'delegated' : 'unknown';
}

function heldPermissions(token: TokenReport | undefined, quoted: QuotedClaims, context: CallContext): HeldPermissions | undefined {
  // A token for another resource never had its permissions looked at by Graph.
  if (token?.audience && token.audience.kind !== 'microsoft-graph') return undefined;
  if (token?.idToken) return undefined;
  if (token && (token.kind === 'delegated' || token.kind === 'app-only')) {
    return { kind: token.kind, permissions: token.permissions, from: 'token' };
  }
  if (token?.kind === 'none') return { kind: 'app-only', permissions: [], from: 'token' };
  if (quoted.scp) return { kind: 'delegated', permissions: quoted.scp, from: 'text' };
  if (quoted.roles) return { kind: 'app-only', permissions: quoted.roles, from: 'text' };
  // Scopes of another API ("api://…/access_as_user", "https://outlook.office.com/Mail.Read") ask
  // for a token for that API: Graph never weighs them (see audience-reasoning.ts).
  const otherApi = (scope: string): boolean => scope.includes('://') && classifyAudience(scope.replace(/\/[^/]*$/, '')).kind !== 'microsoft-graph';
  if (quoted.scopes && !quoted.scopes.some((s) => s.includes('.default') || otherApi(s)) && context !== 'app-only') {
    const perms = quoted.scopes.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, ''));
    return { kind: 'delegated', permissions: perms, from: 'text' };
  }
  return undefined;
}

/**
 * The text with token bodies blanked out: codes, statuses, ids and phrases never live inside
 * base64, and a pasted token is most of the bytes of the pastes that carry one, so the readers
 * that follow scan a fraction of them (and can't misread a run of base64 as a status or a code).
 */
function masked(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + ' [token] ';
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Phrase lookup: registered phrases come from one Aho–Corasick pass, others from includes(). The
 * pass's finds are marked by ordinal, so the common ask (a registered phrase, absent) is one lookup.
 */
function phraseLookup(lower: string, present: ReadonlySet<string>): PhraseLookup {
  const found = new Uint8Array(registeredCount());
  for (const p of present) {
    const i = phraseOrdinal(p);
    if (i !== undefined) found[i] = 1;
  }
  const other = new Map<string, boolean>();
  const has = (p: string): boolean => {
    const i = phraseOrdinal(p);
    if (i !== undefined) return found[i] === 1;
    let hit = other.get(p);
    if (hit === undefined) {
      hit = lower.includes(p);
      other.set(p, hit);
    }
    return hit;
  };
  return Object.assign(has, { found });
}

/** Each property as a whole word, an underscore allowed between its letters (password_profile). */
const NARROW_PROPERTY_WORDS: readonly RegExp[] = NARROW_PROPERTIES.map((p) => new RegExp(`(?<![a-z_])${p.split('').join('_?')}(?![a-z_])`));

/**
 * The body properties a write names that some narrow permission is about, however the paste spells
 * them: JSON's passwordProfile, PowerShell's -PasswordProfile, Python's password_profile.
 */
function writtenProperties(lower: string): string[] {
  return NARROW_PROPERTIES.filter((_, i) => (NARROW_PROPERTY_WORDS[i] as RegExp).test(lower));
}

/** The types said in words, and those the permissions' own titles tell where the words say none. */
function withTitledTypes(said: PermissionTypeMention[], text: string, lower: string): PermissionTypeMention[] {
  if (said.length > 0) return said;
  const titled = typesByConsentTitle(text);
  return titled.length > 0 ? titled : typesByConsentRequired(text, lower);
}

export function extractEvidence(text: string, options: EvidenceOptions): Evidence {
  const repeats: TokenSpan[] = [];
  const candidates = findTokens(text, repeats);
  const read = masked(text, [...candidates, ...repeats]);
  // The reading copy for phrases: Microsoft's spelling of the key words, whatever was typed.
  const lower = canonicalSpelling(read.toLowerCase());
  const statusFindings = findStatuses(read);
  const statuses = [...new Set(statusFindings.map((s) => s.status))];
  const codes = findGraphCodes(read);
  // A claims challenge's base64 value looks like a token segment; it is not a token.
  const errorTime = findErrorTime(text);
  // A token the writer shortened ("eyJ0eXAi...") is blanked like any other, but there is nothing in it to read.
  const tokens = candidates.filter((c) => c.elided !== true).map((c) => inspectToken(c, { now: options.now, errorTime })).filter((t) => t.form !== 'claims-request');
  const token = tokens.find((t) => t.form === 'jwt' || t.form === 'payload-only') ?? tokens[0];
  const present = findRegisteredPhrases(lower);
  const has = phraseLookup(lower, present);
  const flows = findFlows(lower, has, present);
  const quoted = findQuotedClaims(read);
  const context = callContext(flows, token, quoted, flows.includes('graph-explorer') && (mayMatch(GRAPH_EXPLORER_WORKS, has) && hasClaimedMatch(lower, GRAPH_EXPLORER_WORKS)), flows.length > 1 && ((mayMatch(WORKS_SIGNED_IN, has) && hasClaimedMatch(lower, WORKS_SIGNED_IN)) || (mayMatch(LOCALIZED_WORKS_SIGNED_IN, has) && hasClaimedMatch(lower, LOCALIZED_WORKS_SIGNED_IN))), sessionAuthType(lower), mayMatch(USER_FLOW_SAID_TO_WORK, has) && hasClaimedMatch(lower, USER_FLOW_SAID_TO_WORK));
  const requests = findRequests(text);
  const request = pickRequest(requests, text);
  const urlRequest = request && (request.target === 'microsoft-graph' || request.target === 'relative') ? withDataMethod(request, options.permissionSources) : undefined;
  const graphRequest = urlRequest && urlRequest.method !== 'GET' && urlRequest.method !== 'DELETE' ? { ...urlRequest, writes: writtenProperties(lower) } : urlRequest;
  // A guest's token, by its acct claim (pasted or quoted): the user signs in to this tenant as a guest, whatever kind
  // of account (an @outlook.com one, say) they were invited with, so the token is no personal account's.
  const tokenGuest = token?.guest === true || (quoted.guest === true && !token);
  const readHints = findAccountHints(lower, has, present, read);
  const accountHints = tokenGuest ? [...new Set([...readHints.filter((h) => h !== 'personal-account'), 'guest' as const])] : readHints;
  const heldAsRead = heldPermissions(token, quoted, context);
  const held = heldAsRead && heldAsRead.kind === 'delegated' && accountHints.includes('personal-account') ? { ...heldAsRead, personalAccount: true } : heldAsRead;
  const insight = graphRequest ? comparePermissions(graphRequest, held, options.permissionSources) : undefined;
  const ids = findRequestIds(read);
  return {
    text,
    lower,
    has,
    present,
    statuses,
    status: statusFindings[0]?.status,
    codes,
    codesLower: new Set(codes.map((c) => c.toLowerCase())),
    messages: findMessages(read),
    exceptionNames: findExceptionNames(read),
    idxCodes: findIdxCodes(read),
    codeLikeNames: findCodeLikeNames(read),
    aadsts: findAadsts(read),
    oauthErrors: findOAuthErrors(read),
    challenge: findChallenge(text, lower),
    requests,
    request,
    graphRequest,
    flows,
    context,
    accountHints,
    permissionTypes: withTitledTypes(findPermissionTypeMentions(lower, has), text, lower),
    grantedClaim: claimsPermissionsGranted(lower, has),
    freshTokenClaim: claimsFreshToken(lower, has),
    intermittentClaim: claimsIntermittent(lower, has),
    adminRoleClaim: claimsAdminRole(lower, has),
    quoted,
    quotedAudience: quoted.aud ? classifyAudience(quoted.aud) : quoted.resource ? classifyAudience(quoted.resource) : undefined,
    tokens,
    token,
    held,
    insight,
    requestId: ids.requestId,
    clientRequestId: ids.clientRequestId,
    correlationId: ids.correlationId,
    date: findDate(text),
    errorTime,
  };
}
