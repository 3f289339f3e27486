/** Small builders for the signals cause modules declare. */
import type { Evidence } from './evidence/index.js';
import type { Signal } from './cause.js';
import { registerPhrases } from './phrase-index.js';
import { oncePerPaste } from './once-per-paste.js';
import { hasAffirmedMatch, isStated } from './evidence/negation.js';
import { othersSucceed } from './concept-signals.js';

/** For each phrase, the phrase lists (by index) of the phrase signals and phrases() lists that contain it. */
const listsOfPhrase = new Map<string, number[]>();
let phraseLists = 0;
let groupedFor: ReadonlySet<string> | undefined;
let grouped: (string[] | undefined)[] = [];

/** Gives a list of lower-case phrases an index in the grouping below. */
function indexList(lowered: readonly string[]): number {
  const list = phraseLists++;
  groupedFor = undefined;
  for (const p of new Set(lowered)) {
    const lists = listsOfPhrase.get(p);
    if (lists) lists.push(list);
    else listsOfPhrase.set(p, [list]);
  }
  return list;
}

/**
 * For one evidence: each phrase list's phrases that the text holds, in the order first seen.
 * One pass over the few phrases present, instead of every phrase signal scanning all of them.
 * A diagnosis tests all its signals on one evidence in a row (synchronously), so the grouping of
 * the last evidence is kept, keyed by the identity of its `present` set.
 */
function presentByList(present: ReadonlySet<string>): readonly (string[] | undefined)[] {
  if (present !== groupedFor) {
    grouped = [];
    for (const p of present) for (const k of listsOfPhrase.get(p) ?? []) (grouped[k] ??= []).push(p);
    groupedFor = present;
  }
  return grouped;
}

/** Fires when the lower-cased paste states one of the phrases (not denies it); says which one. */
/** `stated` decides which occurrences count: isStated by default; isStatedUnasked where the writer asks as often as a service says. */
export function phrase(id: string, weight: number, phrases: readonly string[], say: (found: string) => string, stated: (lower: string, phrase: string) => boolean = isStated): Signal {
  const lowered = [...new Set(phrases.map((p) => p.toLowerCase()))];
  registerPhrases(lowered);
  const list = indexList(lowered);
  return {
    id,
    weight,
    test: (e) => {
      for (const p of presentByList(e.present)[list] ?? []) if (stated(e.lower, p)) return say(p);
      return undefined;
    },
  };
}

/** The signal, silent where `quiet` holds: another reading explains what it would count. */
export function unless(signal: Signal, quiet: (e: Evidence) => boolean): Signal {
  return { ...signal, test: (e) => (quiet(e) ? undefined : signal.test(e)) };
}

/** Fires when one of the Graph error codes is present (as a field or anywhere in the text). */
export function errorCode(id: string, weight: number, codes: readonly string[], say: (code: string) => string): Signal {
  const lowerCodes = codes.map((c) => c.toLowerCase());
  registerPhrases(lowerCodes);
  return {
    id,
    weight,
    test: (e) => {
      const found = lowerCodes.find((c) => e.codesLower.has(c) || e.has(c));
      return found === undefined ? undefined : say(codes[lowerCodes.indexOf(found)] ?? found);
    },
  };
}

/** Fires on an AADSTS code from the list; says the code and what it means. */
export function aadsts(id: string, weight: number, meanings: Readonly<Record<string, string>>): Signal {
  return {
    id,
    weight,
    test: (e) => {
      const found = e.aadsts.find((a) => a.code in meanings);
      return found === undefined ? undefined : `AADSTS${found.code}: ${meanings[found.code]}`;
    },
  };
}

/** A signal with its own test. */
export function when(id: string, weight: number, test: (e: Evidence) => string | undefined | false): Signal {
  return { id, weight, test: (e) => test(e) || undefined };
}

/** Lists declared with phrases() (all lower case), by identity: firstPhrase reads them from the grouping. */
const declaredLists = new Map<readonly string[], number>();

/** Declares a phrase list used with firstPhrase/hasCode so the one-pass index covers it. */
export function phrases<T extends readonly string[]>(list: T): T {
  registerPhrases(list);
  // A list with capitals is matched as written (never, against the lower-cased text): keep that.
  if (list.every((p) => p === p.toLowerCase())) declaredLists.set(list, indexList(list));
  return list;
}

/** Marks a signal whose explanation quotes claims of a pasted token. */
export function fromToken(signal: Signal): Signal {
  return { ...signal, fromToken: true };
}

/** The first phrase of the list the paste contains, if any. */
export function firstPhrase(e: Evidence, phrases: readonly string[]): string | undefined {
  const list = declaredLists.get(phrases);
  if (list === undefined) return phrases.find((p) => e.has(p));
  // Usually none of a declared list is present, and the answer is known without asking.
  const present = presentByList(e.present)[list];
  if (present === undefined) return undefined;
  return present.length === 1 ? present[0] : phrases.find((p) => present.includes(p));
}

export function hasStatus(e: Evidence, ...statuses: number[]): boolean {
  return e.statuses.some((s) => statuses.includes(s));
}

function hasLowerCode(e: Evidence, lower: string): boolean {
  return e.codesLower.has(lower) || e.has(lower);
}

export function hasCode(e: Evidence, ...codes: string[]): boolean {
  return codes.some((c) => hasLowerCode(e, c.toLowerCase()));
}

/** Graph or token-endpoint evidence that this is about authorization at all. */
registerPhrases(['mailbox']);

// UnauthorizedAccessException's own message counts as the exception's name does, printed without it
// (PnP, CSOM: "Attempted to perform an unauthorized operation.", https://learn.microsoft.com/dotnet/api/system.unauthorizedaccessexception).
export const DENIED_CODES = phrases(['Authorization_RequestDenied', 'ErrorAccessDenied', 'AccessDenied', 'Forbidden', 'insufficient privileges', 'access is denied', 'access denied', 'UnauthorizedAccessException', 'attempted to perform an unauthorized operation'].map((c) => c.toLowerCase()));

export function isDenied(e: Evidence): boolean {
  return e.statuses.includes(403) || DENIED_CODES.some((c) => hasLowerCode(e, c));
}

const NOT_FOUND_WORDS = /not found|could not be found|notfound|does not exist/;

/** A not-found answer: for another person's data (a mailbox, a file), what the caller may not see looks absent. */
export function saysNotFound(e: Evidence): boolean {
  return e.statuses.includes(404) || NOT_FOUND_WORDS.test(e.lower);
}

const SOME_MAILBOXES = /\bworks? (?:fine |well )?(?:for|with|on) (?:other|most|some|all other) mailbox|\bfails? (?:only )?(?:for|on) (?:one|some|this|certain|specific|a few|other) mailbox|\bonly (?:for|on) (?:one|some|certain|specific) mailbox|\b(?:can|could|is able to|reads?|opens?|accesses) (?:read |access |open |see )?(?:the )?mailboxes of (?:most|some|other|all other|many)\b|\b(?:other|most|some|all other) mailbox(?:es)? (?:work|works|worked|are fine|is fine|succeed|succeeds)\b/;

/** "Works for other mailboxes", "fails for this one user", "my colleague ran it and got the results": the same app and permission work elsewhere. */
export function worksForSomeOnly(e: Evidence): boolean {
  return e.accountHints.includes('some-users-only') || e.accountHints.includes('admin-works') || (e.has('mailbox') && SOME_MAILBOXES.test(e.lower)) || othersSucceed(e);
}

/**
 * For a cause that fails every time it applies (a missing permission, a wrong permission type or
 * audience): the paste says the same call works now and then (see claimsIntermittent in
 * evidence/context-hints.ts for the sources).
 */
export const worksNowAndThen: Signal = when('intermittent', -1.5, (e) => e.intermittentClaim !== undefined && `…but it works now and then ("${e.intermittentClaim}"), and this would fail every time`);

/**
 * It broke on a day, with nothing changed by the caller: "suddenly returns 403 since last Friday",
 * "invalid since Wednesday", "it worked last week". A change nobody made here is most often one made on the service's
 * side (a regression or an incident), which Microsoft posts on the service health dashboard:
 * https://learn.microsoft.com/microsoft-365/enterprise/view-service-health. A hint only: an
 * expired secret or a new policy breaks on a day too, and say so in their own codes.
 */
const SUDDEN_ONSET = /\bsuddenly\b|\bsince (?:last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last week|a (?:few|couple of) days)\b|\b(?:nothing|no code|no config(?:uration)?) (?:has |was )?changed\b|\b(?:didn'?t|did not|haven'?t|have not) change(?:d)? (?:anything|any code|a thing|our code|the code)\b|\b(?:was|has been|had been) working (?:fine |perfectly |well )?for (?:at least |over |more than )?(?:\d+|many|several|a few) (?:months|years)\b|\b(?:it |this |that )?(?:worked|was working)\s+(?:fine\s+|perfectly\s+|well\s+|as expected\s+|normally\s+|correctly\s+)?(?:until\s+)?(?:last week|yesterday|last month|a (?:few days|week|couple of days|couple of weeks) ago|until recently)\b/;

registerPhrases(['sudden', 'since', 'change', 'working', 'worked']);

/**
 * The same in the other languages the product reads prose in: "突然", "上周还是好的", "何も変更していない",
 * "plötzlich", "letzte Woche lief es noch", "de repente", "la semana pasada funcionaba", "soudainement",
 * "depuis hier", "nous n'avons rien changé", "rien n'a changé", "nada ha cambiado", "semana passada funcionava",
 * "nada mudou".
 */
const LOCALIZED_SUDDEN_ONSET = new RegExp([
  String.raw`突然|(?:上周|上星期|昨天|前几天|之前)(?:都|还|一直)(?:是)?(?:好的|正常|能用|可以用?|没问题)|(?:什么|啥)(?:都|也)没(?:有)?(?:改|动|变)|没有(?:做)?任何(?:更改|修改|改动)`,
  String.raw`(?:先週|昨日|前日|先日)まで(?:は)?(?:動いて|正常|問題なく)|何も(?:変更|変えて|いじって)(?:していない|いない|いません|しておらず|ません)`,
  String.raw`\bplötzlich\b|\bseit (?:letzter woche|gestern|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ein paar tagen)\b|\bletzte woche (?:lief|ging|funktionierte)\b|\bnichts (?:ge|ver)ändert\b`,
  String.raw`\bde repente\b|\bdesde (?:ayer|hoy|la semana pasada|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|hace unos días)\b|\bla semana pasada funcionaba\b|\bno (?:hemos|he) cambiado nada\b|\bnada (?:ha )?cambi(?:ó|ado)(?!\w)|\bno ha cambiado nada\b`,
  String.raw`\bsoudainement\b|\btout à coup\b|\bdepuis (?:hier|aujourd'hui|la semaine dernière|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|quelques jours)\b|\bla semaine dernière (?:ça |cela )?(?:marchait|fonctionnait)\b|\b(?:nous )?n'avons rien changé(?!\w)|\bje n'ai rien changé(?!\w)|\brien n'a changé(?!\w)`,
  String.raw`\bdesde (?:ontem|hoje|a semana passada|segunda|terça|quarta|quinta|sexta)\b|\bsemana passada funcionava\b|\bnão (?:mudamos|alteramos|mudei|alterei) nada\b|\bnada (?:mudou|foi (?:alterado|mudado))\b`,
].join('|'));
/** Words one of those tellings holds, found by the one-pass phrase index before the pattern runs. */
const LOCALIZED_ONSET_WORDS = ['突然', '上周', '上星期', '昨天', '前几天', '之前', '没', '先週', '昨日', '前日', '先日', '何も', 'plötzlich', 'seit ', 'letzte woche', 'nichts', 'de repente', 'desde', 'semana pasada', 'cambiado', 'soudain', 'tout à coup', 'depuis', 'semaine dernière', 'rien changé', "rien n'a", 'semana passada', 'nada'];
registerPhrases(LOCALIZED_ONSET_WORDS);

/**
 * A change someone made, named in the paste: "the security team added a policy", "we rotated the
 * secret", "the admin removed the permission". Then the break has its cause at hand and did not
 * come on its own; "we haven't changed any settings" names none.
 */
const NAMED_CHANGE = /(?<!\b(?:nothing|no one|nobody|none of (?:it|this|that)|nothing (?:has|had|was)(?: been)?) )\b(?:added|enabled|introduced|rolled out|turned on|deployed|configured|created|changed|updated|removed|revoked|rotated|set up)\b[^.\n]{0,40}?\b(?:polic(?:y|ies)|rules?|mfa|conditional access|settings?|permissions?|secrets?|certificates?|roles?)\b/;

/** What the paste says about it breaking on its own, read once per paste (not-authorization counts it for, the causes that never change by themselves against). */
export const startedFailingUnchanged = oncePerPaste((e: Evidence): string | undefined => {
  const english = e.has('sudden') || e.has('since') || e.has('change') || e.has('working') || e.has('worked') ? SUDDEN_ONSET.exec(e.lower)?.[0] : undefined;
  const said = english !== undefined || !LOCALIZED_ONSET_WORDS.some((w) => e.has(w)) ? english : LOCALIZED_SUDDEN_ONSET.exec(e.lower)?.[0];
  return said !== undefined && NAMED_CHANGE.test(e.lower) && hasAffirmedMatch(e.lower, NAMED_CHANGE) ? undefined : said;
});

/**
 * What does run out on its own at the caller's side: the app's own credential. A client secret or
 * certificate has an end date, and an expired one fails the token request itself (AADSTS7000222,
 * "the provided client secret keys are expired": https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 * So a break "since Monday" that the person places at getting a token, with a secret or a
 * certificate in the story, points at that credential, not at the service.
 */
// Not a server's TLS certificate ("the SSL certificate of the proxy"): that is the network's.
const APP_CREDENTIAL = /\b(?:client[ _-]?secrets?|app(?:lication)? secrets?|secret (?:value|key)s?|(?<!\b(?:ssl|tls|server|root|remote|https|proxy) )certificates?)\b/;
const TOKEN_REQUEST = /\b(?:get|gets|getting|acquir\w*|request\w*|obtain\w*|fetch\w*|retriev\w*)\s+(?:an? |the |its |our )?(?:access )?token\b|\btoken (?:request|acquisition|endpoint)\b|\b(?:sign(?:s|ing)? in|log(?:s|ging)? in|authenticat\w*|connect-mggraph)\b/;

export const credentialMayHaveRunOut = oncePerPaste((e: Evidence): string | undefined => {
  const said = startedFailingUnchanged(e);
  if (said === undefined || e.context === 'delegated' || !APP_CREDENTIAL.test(e.lower) || !TOKEN_REQUEST.test(e.lower)) return undefined;
  return said;
});

/**
 * For a cause that does not appear by itself (a permission or its type is what someone granted,
 * and stays so): the call worked and broke with nothing changed by the caller.
 */
export const brokeWithoutChange: Signal = when('broke-without-change', -1, (e) => {
  const said = startedFailingUnchanged(e);
  return said !== undefined && `…but it worked before and broke with nothing changed ("${said}"), and granted permissions do not change by themselves`;
});

/**
 * The paste shows the server failing (a 5xx) and no refusal (401/403): a 5xx is the service's own
 * failure (https://learn.microsoft.com/graph/errors). It does not clear a personal account on a
 * work-only API (some of those answer an account they do not serve with a 5xx, which
 * token-invalid reads from the endpoint), but it stops the account alone from counting as
 * authorization evidence.
 */
export function serverFailedOnly(e: Evidence): boolean {
  return e.statuses.some((s) => s >= 500) && !hasStatus(e, 401, 403);
}
