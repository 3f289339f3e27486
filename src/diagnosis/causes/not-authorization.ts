/** A real error, but not an authorization problem: not found, throttling, bad request, server errors. */
import { execIn, gated, mayMatch } from '../word-gate.js';
import { defineVerdict, type Verdict } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { credentialMayHaveRunOut, hasStatus, phrase, phrases, serverFailedOnly, startedFailingUnchanged, unless, when } from '../signals.js';
import { authorizationKnowledge, knowledgeSignals, messageSaysNotAuthorization } from '../knowledge-signals.js';
import { authorizationDroppedOnRedirect, challengeAsksForApiKey, htmlPageForGraphCall, functionKeyRequired, tokenLostOnTheWay, consentPromptForced, delegatedOnOthersData, grantedUnderAzureAdGraph, groupsOverage, multitenantAppNotYetConsented, meNotFound, multitenantAppOnOneTenantAuthority, photoNotFound, preauthenticatedUrlFailed, scopeNotOnGraph, serviceNamesMissingPermission } from '../reasoning.js';
import { commandNotFound } from '../powershell-sessions.js';
import { topicSignals } from '../topic-signals.js';
import { conceptSignals, failsNowAndThenNotByAge, permissionTypeNotOffered } from '../concept-signals.js';
import { cloudUnavailable, groupWithoutMailbox, serviceSaidMissing } from '../service-missing.js';
import { registerPhrases } from '../phrase-index.js';
import { cursorSaidExpired } from '../paging-cursors.js';
import { stateForbidsCall } from '../item-states.js';
import { AADSTS_BY_CODE } from '../knowledge/aadsts.js';
import { knowledgeFindings, readsKnownCode } from '../knowledge/findings.js';
import { oncePerPaste } from '../once-per-paste.js';
import { botIdentitySetup } from '../bot-identity.js';
import { olderVersionWorks, sameCallWorksWithoutTool } from '../tool-versions.js';
import { PASSWORD_POLICY_PHRASES } from '../knowledge/password-policy.js';
import { bookingBusinessClosedToUser, bookingBusinessIdNamesNoMailbox } from '../bookings.js';
import { THROTTLED_PHRASES } from '../knowledge/throttling.js';
import { retiredEndpointOf } from '../knowledge/retired-endpoints.js';
import { requestStatusIn } from '../knowledge/request-statuses.js';
import { hasAffirmedMatch, isAskedAt, isNegatedAt, isStatedUnasked, someOccurrence } from '../evidence/negation.js';

/** Evidence that this is about authorization after all; it outweighs the generic status codes. */
const AUTH_MARKERS = phrases(['invalidauthenticationtoken', 'authorization_requestdenied', 'erroraccessdenied', 'insufficient privileges', 'access is denied', 'insufficient_claims', 'interaction_required', 'mailboxnotenabledforrestapi', 'not yet supported for this mailbox', 'spo license', 'access to odata is disabled', 'either scp or roles', 'invalid audience', 'accessdenied', 'not applicable to target tenant', 'only valid with delegated', 'for import purposes', 'signature key', 'signing key', 'odata is disabled']);

/**
 * Who signs in, not what failed: a personal account is evidence about authorization only while the
 * paste does not show the server failing (see serverFailedOnly).
 */
const ACCOUNT_MARKERS = phrases(['hotmail.com', 'outlook.com', 'personal microsoft account']);

/** The consumer domain itself, not a host under it: Exchange Online's servers are named "….prod.outlook.com". */
const CONSUMER_DOMAIN = /(?<![\w.-])(?:hotmail|outlook)\.com\b/;

function accountMarker(e: Evidence): string | undefined {
  if (serverFailedOnly(e) || groupsOverage(e) !== undefined) return undefined;
  return ACCOUNT_MARKERS.find((m) => e.has(m) && (!m.endsWith('.com') || CONSUMER_DOMAIN.test(e.lower)));
}

/** A firewall or proxy said to block the call, in the other languages the product reads prose in. */
const NETWORK_BLOCKERS = ['ファイアウォール', 'プロキシ', '防火墙', '代理', 'firewall', 'pare-feu', 'proxy'];
registerPhrases(NETWORK_BLOCKERS);
const LOCALIZED_NETWORK_BLOCK = /(?:ファイアウォール|プロキシ|防火墙|代理服务器)[^。\n]{0,30}?(?:ブロック|遮断|拦截|阻止|屏蔽|阻断)|(?:ブロック|遮断)(?:する|している|された)[^。\n]{0,20}?(?:ファイアウォール|プロキシ)|(?:被|让)?(?:防火墙|代理)(?:给)?(?:拦截|阻止|屏蔽|阻断)|\b(?:firewall|proxy|pare-feu)\w*\b[^.\n]{0,40}?\b(?:blockiert|bloquea|bloqueia|bloque|bloquent|bloqueó|bloqueou)(?!\w)|\b(?:blockiert|bloqueado|bloqueada|bloqué|bloquée)(?!\w)[^.\n]{0,20}?\b(?:durch|por|par|pela|pelo) (?:die |el |la |le |o |a )?(?:firewall|proxy|pare-feu)\b/;

/** A limit said in other words: "Maximum number of channels reached", "the quota was exceeded". */
const LIMIT_PHRASES = ['exceeded the max', 'exceeds the max', 'exceeded the limit', 'exceeds the limit', 'limit exceeded', 'limit has been exceeded', 'limit was exceeded', 'limit has been reached', 'limit was reached', 'reached the maximum', 'reached the limit'];
const LIMIT_WORDS = gated(/\b(?:max(?:imum)?|limit|quota)\b[^.\n]{0,40}?\b(?:reached|exceeded)\b|\b(?:reached|exceeded) (?:the |its |their |a |our )?(?:max(?:imum)?|limit|quota)\b/);
/**
 * The API itself is said to be retired: Microsoft Graph deprecates an API, then removes it, and
 * a retired API stops answering whatever the caller holds (https://learn.microsoft.com/graph/versioning-and-support).
 * Not Azure AD Graph: an app that asks for its permissions instead of Graph's is permissions-missing's.
 */
const RETIRED_API = gated(/\b(?:api|apis|endpoint|endpoints|resource|feature)\b[^.\n]{0,40}?\b(?:was|has been|is being|is|are|were|have been|got|will be) (?:now )?(?:deprecated|retired|removed|decommissioned|discontinued|no longer (?:supported|available))\b|\b(?:deprecated|retired|decommissioned) (?:api|endpoint)s?\b/);
const AZURE_AD_GRAPH = ['azure ad graph', 'azure active directory graph', 'graph.windows.net', 'aad graph'];
registerPhrases([...LIMIT_PHRASES, ...AZURE_AD_GRAPH]);

/** Prose that says many callers fail at once (a claim of scope, stated, not denied). */
const WIDESPREAD = ['outage', 'service incident', 'service health', 'affecting all', 'affecting many', 'affecting multiple', 'many tenants', 'multiple tenants', 'all tenants', 'happening to more people', 'happening to other people', 'happening to many', 'others are reporting', 'other people are reporting', 'people are reporting the same', 'all 3rd party apps', 'all third-party apps', 'all third party apps', 'on microsoft\'s side', 'on microsoft side', 'failing randomly', 'fails randomly', 'randomly failing', 'randomly fails',
  // Microsoft's own word for it, and where it is posted (the service health dashboard and status pages).
  'an incident', 'known incident', 'active incident', 'open incident', 'incident id', 'service degradation', 'degraded service', 'status page', 'health dashboard'];

registerPhrases(['invalid jwt access token', 'connect-mggraph', '-accesstoken', 'encod', 'escap']);

/**
 * Graph PowerShell's own sign-in stopping at "Invalid JWT access token": the module could not read
 * the token MSAL had just handed it, a known fault of some module versions and PowerShell runtimes
 * (PowerShell 7.2 in Azure Automation, mixed Microsoft.Graph versions), fixed by updating them.
 * Graph never saw a call. Microsoft's SDK maintainers track it as a module bug:
 * https://github.com/microsoftgraph/msgraph-sdk-powershell/issues/3151 (duplicates #3207, #2879, #2569).
 * A token passed in with -AccessToken is the user's own, so that case is left out.
 */
function graphPowerShellJwtFault(e: Evidence): boolean {
  return e.has('invalid jwt access token') && e.has('connect-mggraph') && !e.has('-accesstoken');
}

/**
 * Usage reports that come back with the names replaced by hex strings or hashes: Microsoft 365
 * conceals user, group and site names in all reports while the tenant's setting says so
 * (https://learn.microsoft.com/graph/api/resources/adminreportsettings: displayConcealedNames). The
 * report was served; no permission reveals the names, the setting does.
 */
const REPORT = /\bget-mgreport|\/reports\/get|\breports?\b|displayconcealednames/;
const CONCEALED_NAMES = /\b(?:hex\w*(?: strings?| values?)?|hash(?:es|ed)?|random(?: strings?| ids?)?|anonymi[sz]ed|anonymous|obfuscated|concealed|scrambled|garbled|gibberish)\b[^.\n]{0,60}?\b(?:user ?names?|display ?names?|upns?|userprincipalnames?|user principal names?|names)\b|\b(?:user ?names?|display ?names?|upns?|userprincipalnames?|user principal names?|names)\b[^.\n]{0,80}?\b(?:hex\w*|hash(?:es|ed|werte)?|random|anonymi[sz]\w*|anonymous|obfuscated|concealed|scrambled|garbled|gibberish)\b|\bdisplayconcealednames\b/;
registerPhrases(['report', 'displayconcealednames']);

/**
 * The concealed names themselves, shown rather than described: a report's user-name column whose
 * values are 32-digit hex strings, the form the concealed names take in place of UPNs and display names.
 */
const NAME_FIELD = /\b(?:user ?principal ?name|upn|display ?name)\b/;
const HEX_NAME = /(?<![0-9a-f-])[0-9a-f]{32}(?![0-9a-f-])/g;

const concealedReportNames = oncePerPaste((e: Evidence): string | undefined => {
  if (!e.has('report') && !e.has('displayconcealednames')) return undefined;
  if (!REPORT.test(e.lower)) return undefined;
  const m = CONCEALED_NAMES.exec(e.lower);
  if (m && !isNegatedAt(e.lower, m.index)) return m[0];
  const shown = NAME_FIELD.test(e.lower) ? e.lower.match(HEX_NAME) : null;
  // The values are not quoted back: a 32-digit hex string may as well be a key.
  return shown && shown.length >= 2 ? 'user names shown as 32-digit hex values' : undefined;
});

/**
 * An API that says what it serves ("This API is supported only for calendar backed OnlineMeeting"),
 * unless what it names is a kind of permission, token or account (the permission type's matter).
 */
const API_SERVES_ONLY = /\b(?:this|the) (?:api|operation|request|endpoint|action|method|feature) is (?:supported only|only supported|available only|only available) (?:for|on|in|with|to) (?!(?:the )?(?:delegated|application|app-only|app only|work or school|personal|user|users|signed-in)\b)[^.\n]{1,60}/;
registerPhrases(['supported only', 'only supported', 'available only', 'only available']);

/**
 * A credential chain (DefaultAzureCredential and its kin) where every credential reports itself
 * "unavailable" and none "failed": each lacked its setup (environment variables, workload identity
 * files, a reachable managed identity endpoint, a signed-in tool), so no token was asked for and no
 * permission was checked. Microsoft's troubleshooting names that state: "All credentials in the
 * DefaultAzureCredential chain failed to retrieve a token, each throwing a CredentialUnavailableException"
 * (https://learn.microsoft.com/azure/developer/java/sdk/troubleshooting-authentication-azure-hosted).
 * A credential that reached Entra and was refused ("authentication failed", an AADSTS code) is that refusal.
 */
const CREDENTIAL_FAILED = /\bauthentication failed\b|\bauthenticationfailed/;
registerPhrases(['authentication unavailable']);

function credentialChainUnconfigured(e: Evidence): boolean {
  return e.has('authentication unavailable') && e.aadsts.length === 0 && !hasStatus(e, 401, 403) && !CREDENTIAL_FAILED.test(e.lower);
}

/**
 * The user already fixed it in the request: encoding or escaping a value ("URL-encoding the # to %23
 * fixed it", "fixed it by escaping the apostrophe"). Graph asks for percent-encoded values and names
 * a missing encoding as a cause of failing queries
 * (https://learn.microsoft.com/graph/query-parameters#encoding-query-parameters). A fix in the
 * request means the app and user were allowed all along. An attempt that did not help says nothing.
 */
const ENCODING = String.raw`(?:(?:url|percent|uri|double)[- ]?encod(?:e|ed|ing)|(?:encod|escap)(?:e|ed|ing)\s+(?:(?:the\s+)?(?:[#+'%&?/]|apostrophes?|hash(?:es)?|plus(?: signs?)?|single quotes?|special char\w*|upn|user ?principal ?name|values?|query|filter|url|path|file ?names?|names?|ids?)|it\b|them\b|this\b))`;
const REQUEST_FIX_WORKED = new RegExp(
  String.raw`\b${ENCODING}(?![^.\n]{0,40}?(?:n't|\bnot\b|\bnever\b|\bno longer\b|\bstill\b))[^.\n]{0,60}?\b(?:fix(?:es|ed)?|solv(?:es|ed)|resolv(?:es|ed)|works?|worked|helped)\b` +
    String.raw`|\b(?:fixed|solved|resolved) (?:it|this|the (?:issue|problem|error))\s+by\s+${ENCODING}`,
);

const requestFixWorked = oncePerPaste((e: Evidence): string | undefined => {
  if (!e.has('encod') && !e.has('escap')) return undefined;
  return REQUEST_FIX_WORKED.exec(e.lower)?.[0];
});

/**
 * AADSTS codes that the AADSTS table reads itself as another verdict's (50020: a personal account
 * or a work account of another tenant, read by user-access-or-license and token-invalid).
 */
const READ_BY_CAUSES = new Set(['50020']);

/**
 * The sign-in failed for a reason none of the authorization causes covers: a redirect URI the app
 * registration does not list, a locked account or an expired password, tenant restrictions, a
 * federation fault (the 'none' rows of knowledge/aadsts.ts, from Microsoft's reference of Entra
 * error codes, https://learn.microsoft.com/entra/identity-platform/reference-error-codes). No
 * permission, consent or role changes them, so the design's verdict for "a real error, but not an
 * authorization problem" is the one that fits: the card says the code's meaning and walks through
 * no permission checks. Only when every listed AADSTS code of the paste is such a one.
 */
function signInSetupError(e: Evidence): { code: string; meaning: string } | undefined {
  // A multitenant app not yet in a customer's tenant is what that tenant's admin consent adds (permissions-missing).
  if (multitenantAppNotYetConsented(e)) return undefined;
  let found: { code: string; meaning: string } | undefined;
  for (const a of e.aadsts) {
    const row = AADSTS_BY_CODE.get(a.code);
    if (!row || a.wraps) continue;
    if (row.cause !== 'none' || row.strength !== 'strong' || READ_BY_CAUSES.has(a.code)) return undefined;
    found ??= { code: a.code, meaning: row.meaning };
  }
  return found;
}

/**
 * The same kind of sign-in setup error said in the sign-in page's own words, where its code is not
 * one the reference lists (AADSTS900023 "Specified tenant identifier … is neither a valid DNS name",
 * AADSTS700046 "Invalid Reply Address") or none is shown ("unauthorized_client: The client does not
 * exist or is not enabled for consumers"): a tenant, reply address or client the request names
 * that is not valid or does not exist. Not while a listed code says what it is.
 */
/**
 * AADSTS50011 said in the other languages the product reads, without its code: the reply address
 * (redirect URI) sent does not match those registered: "la dirección de respuesta … no coincide",
 * "l'adresse de réponse … ne correspond pas", "die Antwort-URL … stimmt nicht überein", "o endereço de
 * resposta … não corresponde", "リダイレクト URI が一致しません", "重定向 URI 不匹配".
 */
const LOCALIZED_REPLY_MISMATCH = String.raw`(?:direcci[oó]n|url|uri) de (?:respuesta|redirecci[oó]n)(?![a-zà-ÿ])[^.\n]{0,60}?\bno coincide|(?:adresse|url|uri) de (?:r[ée]ponse|redirection)(?![a-zà-ÿ])[^.\n]{0,60}?\bne correspond pas|(?:antwort|umleitungs|weiterleitungs)-?(?:url|uri|adresse)(?![a-zà-ÿ])[^.\n]{0,60}?\bstimm\w* nicht (?:überein|mit)|(?:endere[cç]o|url|uri) de (?:resposta|redirecionamento)(?![a-zà-ÿ])[^.\n]{0,60}?\bn[ãa]o corresponde|(?:リダイレクト|応答)\s?(?:uri|url|アドレス)[^。\n]{0,30}?一致しません|(?:重定向|回复)\s?(?:uri|url|地址)[^。\n]{0,30}?不匹配`;

// The client's credentials said not to be valid are the secret's matter (token-invalid), not the client's existence.
const SETUP_WORDS = gated(new RegExp(String.raw`\b(?:tenant(?: identifier| id)?|reply (?:address|url)|redirect uri|the client(?: application| app)?(?! (?:credentials?|secrets?|certificates?|assertion))|client (?:application|app|id))\b[^.\n]{0,60}?\b(?:not (?:a )?valid|invalid|not found|does not exist|doesn't exist|is neither|not enabled)\b|\binvalid (?:reply address|redirect uri|tenant)\b|\b(?:reply (?:address|url)|redirect (?:uri|url))s?\b[^.\n]{0,60}?\b(?:does not match|doesn't match|do not match|don't match|not matching|mismatch)\b|${LOCALIZED_REPLY_MISMATCH}`));

const signInSetupInWords = oncePerPaste((e: Evidence): string | undefined => {
  if (e.aadsts.some((a) => AADSTS_BY_CODE.has(a.code)) || !(mayMatch(SETUP_WORDS, e.has) && hasAffirmedMatch(e.lower, SETUP_WORDS))) return undefined;
  const m = SETUP_WORDS.exec(e.lower);
  if (!m) return undefined;
  // Shown to the end of its clause ("tenant identifier '…' is neither a valid dns name, nor a valid external domain"),
  // within 64 characters: the card clips its first reason at 200.
  const end = e.lower.slice(m.index + m[0].length, m.index + m[0].length + 80).search(/[.\n]/);
  const said = e.lower.slice(m.index, m.index + m[0].length + (end < 0 ? 0 : end)).trim();
  return said.length > 64 ? `${said.slice(0, 63)}…` : said;
});

/** The card's one-line reason for such a code (kept under the card's 200 characters). */
export function signInSetupReason(code: string, meaning: string): string {
  return `AADSTS${code}: ${meaning}. No permission, consent or role fixes this sign-in error`;
}

/** A lock answers for itself: its "accessDenied" code (OneDrive writes one beside 423) is the lock's, not a missing right. */
function resourceLocked(e: Evidence): boolean {
  return hasStatus(e, 423);
}

/**
 * The service's own message says why it refused, and that reason is no authorization matter (a
 * site that blocks custom script, an app over its limit…): the generic denial words around it
 * ("Access is denied", E_ACCESSDENIED) are that refusal, not evidence of a missing grant.
 */
function refusalExplained(e: Evidence): boolean {
  const markers = AUTH_MARKERS.filter((m) => e.has(m));
  if (markers.length === 0 || !markers.every((m) => GENERIC_DENIALS.has(m))) return false;
  return knowledgeFindings(e).known.some((f) => f.row.cause === 'not-authorization' && (f.row.strength === 'decisive' || f.row.strength === 'strong'));
}
/** Denial words that name no reason: every refusal says them, whatever its cause. */
const GENERIC_DENIALS: ReadonlySet<string> = new Set(['access is denied', 'accessdenied']);

/**
 * Members added or removed by hand where the group decides them itself: a dynamic group's members
 * follow its membership rule (https://learn.microsoft.com/entra/identity/users/groups-create-rule;
 * for teams, https://learn.microsoft.com/microsoftteams/dynamic-memberships),
 * and mail-enabled security groups and distribution lists are read-only through Graph, managed in
 * Exchange (https://learn.microsoft.com/graph/microsoft365-groups-concept-overview). No permission
 * lets a call change those members.
 */
// Also a person or object added to (removed from) a group: "adding the user to the group".
const MEMBERSHIP_CHANGE = /\b(?:add|adds|adding|added|remove|removes|removing|removed)\s+(?:\w+\s+){0,2}members?\b|\b(?:add|adds|adding|added)\s+(?:\w+\s+){0,3}to\s+(?:the\s+|a\s+|an\s+|our\s+|this\s+)?(?:\w+\s+){0,2}(?:group|team)\b|\b(?:remove|removes|removing|removed)\s+(?:\w+\s+){0,3}from\s+(?:the\s+|a\s+|an\s+|our\s+|this\s+)?(?:\w+\s+){0,2}(?:group|team)\b|\b(?:new|remove)-mg(?:group|team)member\b/;
// A dynamic group also goes by its rule: "rule-based membership", "the membership rule" (https://learn.microsoft.com/entra/identity/users/groups-dynamic-membership).
const MANAGED_MEMBERSHIP = /\bdynamic(?:[ -]group| membership|membership| team|[ -]rule)|\bmail-enabled security group|\bdistribution (?:group|list)|\brule-based membership|\bmembership rule\b/;
/**
 * The same in the other languages the product reads: a dynamic group ("动态组", "動的グループ",
 * "dynamische Gruppe", "groupe dynamique", "grupo dinámico", "grupo dinâmico") and its members
 * added or removed ("往里加成员", "メンバーを追加", "Mitglieder hinzufügen", "ajouter des membres",
 * "agregar miembros", "adicionar membros").
 */
const LOCALIZED_MANAGED_MEMBERSHIP = /动态(?:组|群组|成员(?:身份|资格)?)|動的(?:グループ|メンバーシップ)|dynamische(?:n|r)? (?:gruppe|mitgliedschaft)|groupes? dynamiques?|grupos? din[aáâ]mic[oa]s?/;
const LOCALIZED_MEMBERSHIP_CHANGE = /(?:加|添加|增加|移除|删除)(?:了)?(?:\S{0,6})?成员|メンバーを(?:追加|削除)|mitglied(?:er)? (?:hinzu(?:zu)?fügen|entfernen)|hinzufügen von mitgliedern|(?:ajouter|retirer|supprimer) (?:des |les |un )?membres?|(?:agregar|añadir|quitar|eliminar) (?:los |un )?miembros?|(?:adicionar|remover) (?:os |um )?membros?/;
const LOCALIZED_MANAGED_WORDS = ['动态', '動的', 'dynamisch', 'dynamique', 'dinámic', 'dinâmic', 'dinamic'];
// A group's own groupTypes value, as Graph returns it: "groupTypes": ["DynamicMembership"].
registerPhrases(['dynamic', 'dynamicmembership', 'mail-enabled security group', 'distribution group', 'distribution list', ...LOCALIZED_MANAGED_WORDS]);

export function managedMembership(e: Evidence): string | undefined {
  if (LOCALIZED_MANAGED_WORDS.some((w) => e.has(w))) {
    const kind = LOCALIZED_MANAGED_MEMBERSHIP.exec(e.lower);
    if (kind && LOCALIZED_MEMBERSHIP_CHANGE.test(e.lower)) return kind[0];
  }
  if (!e.has('dynamic') && !e.has('dynamicmembership') && !e.has('mail-enabled security group') && !e.has('distribution group') && !e.has('distribution list') && !e.has('rule-based membership') && !e.has('membership rule')) return undefined;
  const kind = MANAGED_MEMBERSHIP.exec(e.lower);
  const r = e.graphRequest;
  const changes = (r !== undefined && r.segments.includes('members') && (r.method === 'POST' || r.method === 'DELETE')) || MEMBERSHIP_CHANGE.test(e.lower);
  return kind && changes && !isNegatedAt(e.lower, kind.index) ? kind[0] : undefined;
}

/**
 * A write Graph accepted: the paste says it succeeded ("comes back 204 No Content", "no error at
 * all", "returns 200") and shows no error status, code or sign-in error. Graph answers a refused
 * call with a 4xx status and an error body (https://learn.microsoft.com/graph/errors); a 2xx means
 * the caller was authorized, so a write that did not take effect is about the service's behaviour
 * or the values sent. Writes only: a read that "succeeds" with less data than expected can still be
 * a narrower permission (User.ReadBasic.All leaves properties empty).
 */
const SUCCEEDED = /\b(?:20[0-4]\s+(?:no content|ok|created|accepted)\b|(?:returns?|returned|comes? back(?: with| as)?|gets?|got|responds? with)\s+(?:an?\s+|with\s+)?(?:20[0-4]\b|success(?:fully)?\b)|no errors?(?:\s+at all|\s+is\s+(?:thrown|returned|shown|raised))\b|without\s+(?:any\s+)?errors?\b|(?:succeeds|succeeded|completes successfully|completed successfully)\b)/;
const WRITE_METHODS: ReadonlySet<string> = new Set(['PATCH', 'POST', 'PUT', 'DELETE']);
/** Words one of those tellings holds, found by the one-pass phrase index before the pattern runs. */
const SUCCESS_WORDS = ['no error', 'without error', 'without any error', 'succeed', 'success', '204', '200', '201'];
registerPhrases(SUCCESS_WORDS);
registerPhrases(['rule-based membership', 'membership rule']);

function writeSaidToSucceed(e: Evidence): string | undefined {
  const method = e.graphRequest?.method ?? e.request?.method;
  const r = e.request;
  if (method === undefined || !WRITE_METHODS.has(method) || r?.methodStated !== true) return undefined;
  // A Graph call (a Graph URL or path, an SDK request builder or a Graph cmdlet), not a sign-in page's form post.
  if (r.target !== 'microsoft-graph' && r.target !== 'relative' && r.source !== 'cmdlet' && r.source !== 'sdk') return undefined;
  if (r.target === 'relative' && /\/(?:oauth2|sas|common|organizations|consumers)\b/i.test(r.url)) return undefined;
  if (e.statuses.some((s) => s >= 400) || e.codes.length > 0 || e.aadsts.length > 0) return undefined;
  if (!SUCCESS_WORDS.some((w) => e.has(w))) return undefined;
  const m = SUCCEEDED.exec(e.lower);
  return m && !isNegatedAt(e.lower, m.index) ? m[0] : undefined;
}

/** A fix the user has tried, in the client or in the request: it outweighs the error's own words. */
export function testedFix(e: Evidence): boolean {
  return olderVersionWorks(e) !== undefined || sameCallWorksWithoutTool(e) !== undefined || requestFixWorked(e) !== undefined;
}

const WHO_DEPENDENT = ['guest', 'some-users-only', 'admin-works', 'not-a-member'] as const;
/** Graph's and the directory's codes for a malformed request (https://learn.microsoft.com/graph/errors: 400 badRequest, invalidRequest). */
const BAD_REQUEST_CODES = ['BadRequest', 'Request_BadRequest', 'invalidRequest'];


function authMarker(e: Evidence): string | undefined {
  // A code that only hints at a cause already counts for that cause; a specific non-authorization
  // message beside it (a limit reached, a throttle) is not cancelled by it as well.
  // A marker only asked about ("is this an 'Insufficient privileges' in disguise?") was not pasted.
  // So does the service naming the permissions it wanted ("Missing role permissions on the request"):
  // it read the token and refused it for what it lacked.
  const marker = AUTH_MARKERS.find((m) => e.has(m) && someOccurrence(e.lower, m, (at) => !isAskedAt(e.lower, at))) ?? accountMarker(e) ?? authorizationKnowledge(e, false) ?? permissionTypeNotOffered(e) ?? serviceNamesMissingPermission(e);
  if (marker) return marker;
  // A "not found" that depends on who calls (guests, some users, not for the admin) is about access,
  // except a photo's: only some users have one. A bad request (400) that fails for some users only
  // is about a value that differs per user in the request (an id, a name to escape), not access.
  const badRequestOnly = (hasStatus(e, 400) || BAD_REQUEST_CODES.some((c) => readsKnownCode(e, c))) && !hasStatus(e, 401, 403, 404);
  // Nor is a server error (5xx) that hits some mailboxes or users only: the service failed for theirs.
  const who = photoNotFound(e) || badRequestOnly || serverFailedOnly(e) || groupsOverage(e) !== undefined ? undefined : WHO_DEPENDENT.find((h) => e.accountHints.includes(h));
  if (who) return who;
  const missing = serviceSaidMissing(e);
  if (missing) return missing;
  // Exchange answers "not found" for another user's mailbox a signed-in user may not see.
  return delegatedOnOthersData(e) ? 'another user\'s data with a delegated token' : undefined;
}

/** The same call refused only now and then, not by the token's age and with no expiry said: no one's rights come and go. */
function comesAndGoes(e: Evidence): boolean {
  return failsNowAndThenNotByAge(e) && !e.has('expired');
}

const FIELD_NOT_RECOGNIZED = gated(/\bfield '[^'\n]{1,80}' is not recognized\b/);

export default defineVerdict({
  id: 'not-authorization',
  wording: {
    title: 'This is not an authorization error',
    what: 'None of the permission, consent, token or policy causes explains it: the request, the service, or the sign-in setup failed for a reason the error names.',
    why: 'Not found, throttling, query and body errors, server errors, and sign-in setup errors (a redirect URI the app does not list, a locked account) come back with their own codes and are fixed where they point or by retrying, not with permissions.',
    fix: 'Fix what the error names (the path, id, query, body or headers, or the app registration and sign-in request) or retry with back-off as the error says.',
    learnMore: { title: 'Microsoft Graph error responses', url: 'https://learn.microsoft.com/graph/errors' },
    lastVerified: { on: '2026-12-02', against: ['https://learn.microsoft.com/graph/errors', 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes'] },
  },
  checks: [],
  signals: [
    ...topicSignals('not-authorization'),
    ...knowledgeSignals('not-authorization'),
    ...conceptSignals('not-authorization'),
    // "`behaviors` is only supported for unified groups": supported for another kind of object only, whoever asks
    // (Graph's notSupported, https://learn.microsoft.com/graph/errors).
    // Not a permission type said to be supported only for some things ("Application permission is only supported for
    // the following entity types"): that is the type of permission, which permission-type-mismatch reads.
    unless(phrase('only-supported-for', 3.5, ['is only supported for', 'are only supported for', 'is supported only for', 'are supported only for'], (p) => `The service (or the tool) says it "${p}" another kind of object: a limit of what it offers, not of the caller's rights`),
      (e) => /\b(?:application|delegated|app-only|app only)(?: permissions?| tokens?| access)? (?:is|are) (?:only )?supported only\b|\b(?:application|delegated|app-only|app only)(?: permissions?| tokens?| access)? (?:is|are) only supported\b/.test(e.lower)),
    when('state-forbids-call', 5, (e) => { const s = stateForbidsCall(e); return s !== undefined && `The object's own state refuses the change: ${s}; no permission changes that`; }),
    when('paging-cursor-expired', 3, (e) => { const c = cursorSaidExpired(e); return c !== undefined && `A paging or sync cursor expired ("${c}"), not the access token: start the sync or the listing again from its first request`; }),
    // The messages of itemNotFound ("the resource could not be found", https://learn.microsoft.com/onedrive/developer/rest-api/concepts/errors)
    // as Graph words them for a path or id that names no drive item, printed without their code by SDK exceptions
    // ("ODataError: Item not found"). Beside the code they repeat it, and the code's own row speaks.
    unless(phrase('item-not-found-text', 4.5, ['item not found', 'item does not exist'], (p) => `The path or object is wrong ("${p}")`), (e) => e.codesLower.has('itemnotfound')),
    // A booking business's id is its mailbox's SMTP address (https://learn.microsoft.com/graph/api/resources/bookingbusiness).
    when('booking-id-names-no-mailbox', 6, (e) => bookingBusinessIdNamesNoMailbox(e) && 'The booking business id names no mailbox (ErrorNonExistentMailbox): its id is the business\'s full SMTP address, as GET /solutions/bookingBusinesses lists it'),
    // Not ErrorFolderNotFound's own words for a booking business closed to the user: one fact, read there.
    unless(phrase('not-found-text', 4.5, ['resource not found for the segment', 'does not exist or one of its queried reference-property objects are not present', 'resource does not exist', "resource doesn't exist", 'could not be found', "couldn't be found", 'was not found', 'not found for', 'is not a valid segment',
      // Routing's own words that the URL matched no operation: Graph's "No method match route template",
      // ASP.NET Web API's "No HTTP resource was found that matches the request URI" (a 400 or 404 for the path, https://learn.microsoft.com/graph/errors).
      'no method match route template', 'no http resource was found that matches the request uri',
      // A Graph URL without its version segment (https://graph.microsoft.com/users/{id} instead of /v1.0/users/{id}):
      // Graph reads the first segment as the version, "Invalid version: users" (https://learn.microsoft.com/graph/use-the-api: {version}/{resource}).
      // With no segment after the host at all, or none Graph takes for a version, it says "Invalid version." (checked in a public thread:
      // https://github.com/microsoftgraph/msgraph-sample-blazor-clientside/issues/94).
      'invalid version:', 'invalid version.'], (p) => `The path or object is wrong ("${p}")`), bookingBusinessClosedToUser),
    // A list item's field named by something the list has no column for (most often the display name, where Graph
    // reads the column's internal name): "Field 'ProjectCode' is not recognized", as Graph answers it
    // (https://github.com/microsoftgraph/msgraph-sdk-java/issues/2054, https://github.com/microsoftgraph/msgraph-sdk-powershell/issues/3208).
    when('field-not-recognized', 4.5, (e) => { const m = execIn(FIELD_NOT_RECOGNIZED, e); return m !== null && `The list has no column by that name ("${m[0]}"): Graph reads a list item's fields by the column's internal name, which may differ from the name shown`; }),
    // The OData reader refusing the body it was sent ("An unexpected 'EndOfInput' node was found when reading from
    // the JSON reader. A 'StartObject' node was expected."): a malformed or mistyped request body, which Graph
    // answers 400 (https://learn.microsoft.com/graph/errors; the message checked in a public thread:
    // https://github.com/microsoftgraph/msgraph-bicep-types/issues/229).
    phrase('query-text', 4.5, ['when reading from the json reader', 'unsupported query', 'unsupported or invalid query filter', 'invalid filter clause', 'unsupported property filter clause', 'was specified more than once', 'unable to read json request payload', 'id is malformed', 'invalid object identifier', 'invalid request body', 'property does not exist', 'could not find a property named', 'syntax error', 'invalid odata query', 'consistencylevel', 'query specified in the uri is not valid'], (p) => `The query or body is invalid ("${p}")`),
    // The object exists already: a conflict of values, which Graph answers with 409 or 400
    // (https://learn.microsoft.com/graph/errors: 409 Conflict, nameAlreadyExists); the call was allowed.
    // "… must be unique" is the same rule said before the clash (federated credentials: "The combination of
    // issuer and subject must be unique for the application").
    phrase('conflict-text', 4.5, ['already exists', 'with the same value for property', 'must be unique'], (p) => `The object conflicts with one that exists ("${p}"): change the value, or update the existing object`),
    // The new password itself was refused by the password policy: the call was allowed.
    phrase('password-policy', 5.5, PASSWORD_POLICY_PHRASES, (p) => `The password value was refused by the password policy ("${p}"), not the call`),
    // A redirect shown before the 401: HTTP clients drop the Authorization header when they follow a redirect (PowerShell's
    // web cmdlets unless -PreserveAuthorizationOnRedirect, https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-restmethod;
    // browsers on a redirect to another origin), so the next hop arrives without the token the client holds.
    when('authorization-dropped-on-redirect', 5, (e) => {
      const said = authorizationDroppedOnRedirect(e);
      return said !== undefined && `The request was redirected ("${said}") and the next hop arrived without its token: clients drop the Authorization header when they follow a redirect; call the final URL (or keep the header on redirect), the token is not at fault`;
    }),
    // Graph got no token, yet the same token works elsewhere: something between the client and Graph dropped the header.
    when('token-lost-on-the-way', 4.5, (e) => {
      const said = tokenLostOnTheWay(e);
      return said !== undefined && `Graph received no token, yet the same token works elsewhere ("${said.trim().slice(0, 80)}"): the client holds a good one, so a proxy, gateway or tool in between did not pass the Authorization header on; compare the two paths, the token is not at fault`;
    }),
    when('function-key-required', 5, (e) => { const s = functionKeyRequired(e); return s !== undefined && `The function's HTTP trigger is at a key level (${s}) and no key is sent: the Functions host answers 401 before your code runs; send the function key (x-functions-key or ?code=) or set authLevel to anonymous and keep validating the token yourself`; }),
    when('command-not-found', 7, (e) => commandNotFound(e) === 'other' && 'PowerShell found no such command (CommandNotFoundException): a module that is not installed or loaded, or a cmdlet a newer major version removed (Graph PowerShell 2 dropped Select-MgProfile); everything after it then runs without a session. Fix the script or modules; no permission is involved'),
    when('html-page-for-graph-call', 5, (e) => htmlPageForGraphCall(e) && 'The refusal is a web page (Content-Type: text/html): Graph answers every error with a JSON error object, so a proxy, firewall or gateway between you and Graph refused the call under its own rules; compare a network that works, and ask its admins'),
    when('challenge-asks-for-api-key', 5, (e) => { const s = challengeAsksForApiKey(e); return s !== undefined && `The 401's challenge asks for an API key (WWW-Authenticate: ${s}): a gateway in front of the service wants its own key, which no Microsoft token provides`; }),
    // An upload's own URL answered: it carries its own authorization (knowledge/preauthenticated-urls.ts).
    when('preauthenticated-url', 6, (e) => {
      const said = preauthenticatedUrlFailed(e);
      return said !== undefined && `The refusal came from the upload session's own URL ("${said}"), which carries its own authorization: no Graph permission or token is used there. Send no Authorization header to it (Microsoft warns one can cause a 401); if none is sent, the upload service failed: start a new session and retry`;
    }),
    // Not only asked about ("is Bookings throttling us or something?"): the writer's guess, not the service's answer.
    phrase('throttled-text', 5, THROTTLED_PHRASES, (p) => `Throttling ("${p}"): back off and retry`, isStatedUnasked),
    // A service limit reached: Teams' channels per team, a mailbox's or a directory's quota. Teams'
    // limits hold through Graph as in the client (https://learn.microsoft.com/graph/throttling-limits,
    // pointing to https://learn.microsoft.com/microsoftteams/limits-specifications-teams). The caller
    // was allowed; the limit decides, whatever status the service answers with.
    when('limit-reached', 5, (e) => {
      const said = LIMIT_PHRASES.find((p) => e.has(p)) ?? (mayMatch(LIMIT_WORDS, e.has) && hasAffirmedMatch(e.lower, LIMIT_WORDS) ? LIMIT_WORDS.exec(e.lower)?.[0] : undefined);
      return said !== undefined && `A service limit was reached ("${said}"): no permission changes that; stay under the limit or free some room`;
    }),
    when('retired-api', 4.5, (e) => {
      if (AZURE_AD_GRAPH.some((w) => e.has(w)) || !(mayMatch(RETIRED_API, e.has) && hasAffirmedMatch(e.lower, RETIRED_API))) return undefined;
      return `The API is said to be retired ("${RETIRED_API.exec(e.lower)?.[0] ?? ''}"): a retired API stops answering whatever the caller holds; move to its replacement`;
    }),
    // The request goes to an endpoint Microsoft retired (knowledge/retired-endpoints.ts): it refuses whatever the caller holds.
    when('retired-endpoint', 5, (e) => {
      const retired = e.requests.map((r) => retiredEndpointOf(r.url)).find((r) => r !== undefined);
      return retired !== undefined && `The call goes to ${retired.name}, which Microsoft retired: no permission brings it back; move to ${retired.replacement}`;
    }),
    when('groups-overage', 5, (e) => {
      const said = groupsOverage(e);
      return said !== undefined && `The token leaves the groups out for a user in more than 200 groups ("${said}"): the app must read them from Graph (the overage claim points there); no permission or membership is missing`;
    }),
    // A proxy or firewall between the caller and Graph answers for itself; Graph never saw the call.
    phrase('network-block', 3.5, ['corporate proxy', 'zscaler', 'ssl inspection', 'tls inspection', 'blocked by the firewall', 'blocked by our firewall', 'blocked by a firewall', 'blocked by the proxy', 'blocked by our proxy', 'blocked by a proxy', 'firewall rules that block', 'firewall blocks', 'firewall is blocking', 'proxy blocks', 'proxy is blocking', 'web filter', 'web gateway',
      // The proxy named as what one client goes through and the other bypasses: the route differs, not the rights.
      'bypass the proxy', 'bypasses the proxy', 'bypassing the proxy', 'bypass our proxy', 'bypasses our proxy', 'ignores the proxy', 'ignores our proxy', "doesn't use the proxy", 'does not use the proxy', 'goes through our proxy', 'goes through the proxy'], (p) => `A proxy or firewall on the way refused it ("${p}"), not Graph`),
    // The same said in the other languages the product reads prose in, the blocker and the block in one sentence:
    // "写真のリクエストをブロックするファイアウォールルール", "防火墙拦截了请求", "die Firewall blockiert", "el firewall bloquea", "le pare-feu bloque".
    when('network-block-localized', 3.5, (e) => {
      if (!NETWORK_BLOCKERS.some((w) => e.has(w))) return undefined;
      const m = LOCALIZED_NETWORK_BLOCK.exec(e.lower);
      return m !== null && !isNegatedAt(e.lower, m.index) && `A proxy or firewall on the way refused it ("${m[0]}"), not Graph`;
    }),
    // "Transient" is the services' word for a fault that passes on retry, whoever the caller is
    // (https://learn.microsoft.com/azure/architecture/best-practices/transient-faults).
    phrase('server-text', 3.5, ['internal server error', 'error while processing response', 'service unavailable', 'gateway timeout', 'timed out', 'timeout', 'transient error'], (p) => `A server or network failure ("${p}")`),
    // A failure many tenants or apps see at once is a service incident, not one app's permissions.
    // Microsoft posts those on the service health dashboard: https://learn.microsoft.com/microsoft-365/enterprise/view-service-health
    phrase('widespread-failure', 3.5, WIDESPREAD, (p) => `The failure is said to be widespread ("${p}"): a service incident is fixed on Microsoft's side, not with permissions`),
    when('scope-name-unknown', 4.5, (e) => {
      const s = scopeNotOnGraph(e);
      if (s?.kind === 'joined') {
        const joined = s.names[0] ?? '';
        return `AADSTS${s.code}: scopes sent joined by commas ('${joined.length > 50 ? `${joined.slice(0, 49)}…` : joined}') read as one scope that does not exist; separate them with spaces. No grant or consent fixes that`;
      }
      if (s?.kind === 'no-resource') {
        const scope = s.names[0] ?? '';
        return `AADSTS${s.code}: the scope '${scope.length > 60 ? `${scope.slice(0, 59)}…` : scope}' names no resource: before /.default comes the resource's identifier (https://graph.microsoft.com for Microsoft Graph, or an API's Application ID URI or application id), so a setting's name or an empty variable reached the token request unfilled. No grant or consent fixes that`;
      }
      return s?.kind === 'unknown' && `AADSTS${s.code}: Microsoft Graph has no permission named ${s.names.slice(0, 3).map((n) => `'${n}'`).join(', ')} (Microsoft's permissions data): the request asks for a scope that does not exist, so no grant or consent can fix it; correct the scope list`;
    }),
    when('consent-prompt-forced', 5, (e) => {
      const said = consentPromptForced(e);
      return said !== undefined && `The sign-in request forces the consent screen ("${said}") although an admin's consent is in place: users who may not consent meet "Approval required" every time; send prompt=select_account (or none) instead`;
    }),
    // 423 Locked: "the resource that is being accessed is locked" (https://learn.microsoft.com/graph/errors),
    // a file open or checked out elsewhere. The call was allowed; the lock decides, and clears.
    when('locked', 5, (e) => resourceLocked(e) && 'HTTP 423 Locked: the file or item is locked (open for editing, checked out, or held by another lock), not refused: retry when the lock clears, or release it'),
    when('membership-managed-elsewhere', 4.5, (e) => {
      const kind = managedMembership(e);
      return kind !== undefined && `Its members are not added by hand ("${kind}"): a dynamic group follows its membership rule, and mail-enabled security groups and distribution lists are managed in Exchange, read-only through Graph; no permission changes that`;
    }),
    when('sudden-onset', 3, (e) => {
      const said = credentialMayHaveRunOut(e) === undefined ? startedFailingUnchanged(e) : undefined;
      return said !== undefined && `It started failing on its own ("${said}"), with nothing changed by the caller: a change on the service's side is likely (check Microsoft 365 service health)`;
    }),
    when('multitenant-app-tenant-authority', 6, (e) => multitenantAppOnOneTenantAuthority(e) && 'AADSTS50020 for a user of another organization, while the app is registered for any organization but signs in through its own tenant\'s authority: sign in through /organizations (or /common) so each user is looked up in their own tenant'),
    when('bot-identity-setup', 5, (e) => {
      const said = botIdentitySetup(e);
      return said !== undefined && `The bot's own identity setup with Azure Bot Service is named ("${said}") beside the Bot Connector: a single-tenant or managed-identity bot must be configured with its app type and tenant id to reach the Connector; no Graph permission is involved`;
    }),
    // Not where the permission is granted under Azure AD Graph: the new version moved to Microsoft Graph, where it holds none.
    when('older-version-works', 8.5, (e) => {
      const said = grantedUnderAzureAdGraph(e) ? undefined : olderVersionWorks(e);
      return said !== undefined && `An older version of the client works ("${said.trim().slice(0, 80)}"): the same app and permissions fail only with the new one, a regression in the tool to report (stay on the working version meanwhile)`;
    }),
    when('same-call-works-without-tool', 6.5, (e) => {
      const said = sameCallWorksWithoutTool(e);
      return said !== undefined && `The same call works without the tool ("${said.trim().slice(0, 60)}"): the identity and its grants are fine, the tool's own handling fails (report it to its maintainers)`;
    }),
    when('request-fix-worked', 6.5, (e) => {
      const said = requestFixWorked(e);
      return said !== undefined && `Encoding a value in the request fixed it ("${said.trim()}"): the call was allowed all along; Graph needs percent-encoded values (# as %23, ' doubled in filters)`;
    }),
    // The same call works and fails by turns: throttling, a service fault or a replication delay
    // (see claimsIntermittent in evidence/context-hints.ts for the sources).
    when('intermittent', 3, (e) => failsNowAndThenNotByAge(e) && `It fails only now and then ("${e.intermittentClaim}"): a missing or wrong permission fails every time, so throttling, a service fault or a replication delay is likelier (retry with back-off)`),
    when('sign-in-setup', 5.5, (e) => {
      const f = signInSetupError(e);
      return f !== undefined && signInSetupReason(f.code, f.meaning);
    }),
    when('sign-in-setup-words', 4.5, (e) => {
      const said = signInSetupInWords(e);
      return said !== undefined && `The sign-in names a tenant, reply address or client that is not valid ("${said}"): no permission, consent or role fixes that`;
    }),
    when('cloud-unavailable', 7, (e) => {
      const said = cloudUnavailable(e);
      return said !== undefined && `The API is said not to exist in this national cloud ("${said}"): Microsoft lists per cloud which Graph features it offers, and no permission or token adds one`;
    }),
    when('write-succeeded', 5, (e) => {
      const said = writeSaidToSucceed(e);
      return said !== undefined && `The write is said to succeed ("${said.trim()}") and no error status or code is shown: Graph accepted the call, so the caller was authorized; what it did (or did not do) is the service's behaviour or the values sent`;
    }),
    when('concealed-report-names', 5, (e) => {
      const said = concealedReportNames(e);
      return said !== undefined && `The report answers, with user names concealed ("${said.trim()}"): the tenant's reports setting hides identifiable names (displayConcealedNames in adminReportSettings, "Display concealed user, group, and site names in all reports"), no permission`;
    }),
    when('group-without-mailbox', 7.5, (e) => groupWithoutMailbox(e) && 'The mailbox that is missing is a group\'s: only Microsoft 365 groups have Outlook conversations and a calendar, so a security group or distribution list has none to serve, whoever calls'),
    // The API itself says what it serves ("This API is supported only for calendar backed OnlineMeeting"):
    // a limit of the API, not of the caller. Not when what it names is a kind of permission or token
    // ("… only for delegated permissions"): that is the permission type, read by permission-type-mismatch.
    when('api-serves-only', 4.5, (e) => {
      const m = e.has('supported only') || e.has('only supported') || e.has('available only') || e.has('only available') ? API_SERVES_ONLY.exec(e.lower) : null;
      return m !== null && !isNegatedAt(e.lower, m.index) && `The API says what it serves ("${m[0]}"): a limit of the API, which no permission lifts`;
    }),
    when('credential-chain-unconfigured', 5, (e) => credentialChainUnconfigured(e) && 'Every credential of the chain says it is unavailable, none that it failed: none is set up or reachable where the code runs (environment variables, workload identity, the managed identity endpoint, a signed-in tool), so no token was requested and no permission checked'),
    when('photo-not-found', 4.5, (e) => photoNotFound(e) && 'The photo is not found: Graph answers 404 when the user, group or contact has no photo (it fails for some users because only some have one)'),
    when('graph-powershell-jwt-fault', 4.5, (e) => graphPowerShellJwtFault(e) && 'Connect-MgGraph itself stopped at "Invalid JWT access token": a known fault of some Graph PowerShell module versions and PowerShell runtimes, fixed by updating them; no Graph call was refused'),
    when('status', 1.5, (e) => {
      // Every 4xx but 401 and 403 is about the request itself (not found, conflict, too large, throttled), and every 5xx the service.
      const s = e.statuses.find((x) => x >= 400 && x !== 401 && x !== 403);
      return s !== undefined && `HTTP ${s}, not 401/403`;
    }),
    when('request-status', 2, (e) => {
      // Beside a 401 or 403 the request's own status is a second error, not the one to explain.
      if (hasStatus(e, 401, 403)) return undefined;
      const r = requestStatusIn(e.statuses);
      return r !== undefined && `HTTP ${r.status}: ${r.meaning}, which no permission, consent or role changes`;
    }),
    when('auth-evidence', -4, (e) => {
      // The sign-in code that names a scope Graph does not have is the request error itself, not evidence against it.
      const kind = scopeNotOnGraph(e)?.kind;
      if (kind === 'unknown' || kind === 'joined' || kind === 'no-resource') return undefined;
      // Nor is an error that only the new version of a client, or an unencoded request, produces,
      // nor a sign-in error none of the authorization causes covers.
      // Nor the directory's denial of a membership change on a group whose members it manages itself:
      // that refusal is what such a change gets, whatever the caller's rights.
      // Nor a refusal the same call gets only now and then (not by the token's age, and no expiry said,
      // which comes and goes by nature): every authorization cause fails every time it applies, so the
      // marker is the service's passing fault.
      if (comesAndGoes(e)) return undefined;
      // Nor Graph's "no token" where the paste shows the token was lost on the way (a redirect, a proxy): the
      // InvalidAuthenticationToken it carries is about the header that never arrived.
      if (authorizationDroppedOnRedirect(e) !== undefined || tokenLostOnTheWay(e) !== undefined) return undefined;
      // Nor Graph PowerShell's "no session" after a command the script could not run: that failure is why there is none.
      if (commandNotFound(e) === 'other') return undefined;
      // Nor an object's own state that refuses the change (a locked site, an archived team, "Anyone" links turned off),
      // which the service words as a denial whatever the caller holds.
      if (testedFix(e) || botIdentitySetup(e) !== undefined || signInSetupError(e) !== undefined || signInSetupInWords(e) !== undefined || resourceLocked(e) || refusalExplained(e) || groupWithoutMailbox(e) || cloudUnavailable(e) !== undefined || multitenantAppOnOneTenantAuthority(e) || managedMembership(e) !== undefined || stateForbidsCall(e) !== undefined) return undefined;
      const m = authMarker(e);
      return m && `…but the paste also shows authorization evidence ("${m}")`;
    }),
    when('me-not-found', -8, (e) => meNotFound(e) && 'A /me that does not exist is no missing object: the token has no user'),
    // A service's own message that names a failure none of the authorization causes covers (OneNote's
    // item limit, a subscription's lifetime) explains the 401 or 403 it came with.
    // Nor when the same call gets that status only now and then (not by the token's age): a refusal
    // that comes and goes is not the caller's rights, whatever status carries it.
    when('auth-status', -1.5, (e) => hasStatus(e, 401, 403) && !messageSaysNotAuthorization(e) && !comesAndGoes(e) && authorizationDroppedOnRedirect(e) === undefined && tokenLostOnTheWay(e) === undefined && functionKeyRequired(e) === undefined && !htmlPageForGraphCall(e) && stateForbidsCall(e) === undefined && 'HTTP 401/403 is an authorization status'),
  ],
}) satisfies Verdict;
