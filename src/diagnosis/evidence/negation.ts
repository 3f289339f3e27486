/**
 * Whether a phrase found in the prose is said or denied: "I am not a guest", "the admin hasn't
 * consented", "we don't use a personal account". A negation word up to two words before the
 * phrase denies it; punctuation in between ends the reach ("it doesn't work, I am a guest").
 * Beside it, the other ways prose holds a phrase without saying it: asked ("do I have the right
 * permissions?"), guessed ("this may be due to …") or supposed to the reader ("if you have not …").
 */

// The phrase may be the end of a hyphenated word: "not admin-consented", "never pre-approved".
const NEGATED_BEFORE = /(?:\b(?:not|never|no|nobody|without)|n't)\s+(?:\w[\w-]*\s+){0,2}(?:\w+-)?$/;
/** Far enough back for "hasn't been yet ", short enough to stay cheap. */
const REACH = 32;

export function isNegatedAt(lower: string, at: number): boolean {
  return NEGATED_BEFORE.test(lower.slice(Math.max(0, at - REACH), at));
}

/** True when some occurrence of the phrase passes the test. */
export function someOccurrence(lower: string, phrase: string, test: (at: number) => boolean): boolean {
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
    if (test(at)) return true;
  }
  return false;
}

/** True when some occurrence of the phrase is not negated. */
export function isAffirmed(lower: string, phrase: string): boolean {
  return someOccurrence(lower, phrase, (at) => !isNegatedAt(lower, at));
}

/**
 * For a claim in prose: said, not denied and not asked ("do I have the correct permissions?" claims
 * nothing), and starting a word: "incorrect permissions" does not say "correct permissions". (Code
 * names are matched inside words on purpose: NewClientSecretCredential.)
 */
export function isClaimedWords(lower: string, phrase: string): boolean {
  return someOccurrence(lower, phrase, (at) => !/[a-z]/.test(lower.charAt(at - 1)) && !isNegatedAt(lower, at) && !isAskedAt(lower, at) && !isInstructedAt(lower, at));
}

/**
 * Told to the reader to do or check, not said to be so: "please ensure the credentials have the
 * right permissions", "make sure you have the correct scopes" (a tool's advice in its error).
 */
const INSTRUCTED_BEFORE = /\b(?:please\s+)?(?:ensure|make sure|check|verify|confirm)\s+(?:that\s+)?(?:\w+\s+){0,3}(?:have|has)\s+(?:the\s+|all\s+)?$/;

export function isInstructedAt(lower: string, at: number): boolean {
  return INSTRUCTED_BEFORE.test(lower.slice(Math.max(0, at - 60), at));
}

/** A line the service wrote: an error message, an exception, an AADSTS description. */
const ERROR_LINE = /"message"|message:|error:|error_description|exception|aadsts\d|odataerror/;

/**
 * For the phrases a cause looks for: true when some occurrence is not negated, or is negated in
 * the service's own words, where "Tenant does not have a SPO license" states the cause rather
 * than denying it. In the user's prose, "we have no conditional access policies" denies it.
 * Each line is read at most once per call: occurrences come in text order, so the verdict of the
 * line the last one was on is kept (a 64 KB line with thousands of negated occurrences was
 * otherwise searched once per occurrence).
 */
export function isStated(lower: string, phrase: string): boolean {
  return statedSomewhere(lower, phrase, false);
}

/**
 * isStated, and not only in the writer's question ("is Bookings throttling us or something?"): for the
 * phrases a writer asks about as often as a service says them (throttling), where the question is the guess.
 */
export function isStatedUnasked(lower: string, phrase: string): boolean {
  return statedSomewhere(lower, phrase, true);
}

function statedSomewhere(lower: string, phrase: string, skipAsked: boolean): boolean {
  let lineEnd = -1;
  let errorLine = false;
  return someOccurrence(lower, phrase, (at) => {
    if (isDismissedAt(lower, at, phrase.length)) return false;
    // The writer's own guess is no finding; the service's words elsewhere in the paste still count.
    if (isGuessedBefore(lower, at)) return false;
    // Nor the words written as the writer's question: "Token expired??".
    if (isQuestionedAt(lower, at, phrase.length) || (skipAsked && (isAskedAt(lower, at) || isAskedUnmarkedAt(lower, at)))) return false;
    // Nor one item of a list in brackets, what a script or report covers: "(stale guests, unlicensed users, empty groups)".
    if (isBracketedListItemAt(lower, at)) return false;
    if (!isNegatedAt(lower, at)) return true;
    if (at >= lineEnd) {
      const start = lower.lastIndexOf('\n', at) + 1;
      const end = lower.indexOf('\n', at);
      lineEnd = end < 0 ? lower.length : end;
      errorLine = ERROR_LINE.test(lower.slice(start, lineEnd));
    }
    return errorLine;
  });
}

/**
 * A first guess the person then gave up: "it looked like a throttling thing at first but there is no
 * Retry-After", "I thought it was throttling, but …", "my first guess was an access policy but …". The seeming verb right before the phrase and
 * "at first" or "but" right after it.
 */
const SEEMED_BEFORE = /\b(?:looked|looks|seemed|seems|thought|suspected|assumed|guessed|(?:first |initial )?guess was|(?:first |initial )?suspicion was)\s+(?:like\s+|it was\s+|it's\s+|it is\s+|this was\s+|to be\s+)?(?:a\s+|an\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}$/;
const GIVEN_UP_AFTER = /^[\w-]*(?:\s+[\w-]+){0,3}?\s*,?\s+(?:at first|initially|but)\b/;

export function isDismissedAt(lower: string, at: number, length: number): boolean {
  return (SEEMED_BEFORE.test(lower.slice(Math.max(0, at - 40), at)) && GIVEN_UP_AFTER.test(lower.slice(at + length, at + length + 60))) || isGuessAskedAt(lower, at, length);
}

/**
 * A guess put as a question: "I'm guessing the token expired?", "maybe the token expired?". The
 * guessing words right before the phrase and the question mark that ends its sentence: the person
 * wonders, the error does not say it.
 */
const GUESSING_BEFORE = /\b(?:i'?m guessing|i guess|i think|i suspect|i assume|maybe|perhaps|probably)\s+(?:that\s+)?(?:the\s+|my\s+|our\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/;
const ENDS_ASKING = /^[^.!?\n]{0,80}\?/;

function isGuessAskedAt(lower: string, at: number, length: number): boolean {
  return GUESSING_BEFORE.test(lower.slice(Math.max(0, at - 40), at)) && ENDS_ASKING.test(lower.slice(at + length, at + length + 81));
}

/**
 * Words that propose rather than tell: "should I use …", "do we need to …", "switch to …",
 * "instead of …". A flow, a permission type or a grant named after them is one the person weighs,
 * not the one in place. One list for the readings that build their own reach from it.
 */
/**
 * The same weighing in the languages the product reads prose in: "¿tengo que hacer …?", "preciso
 * usar …", "dois-je utiliser …", "muss ich …". Only words of need or advice asked of oneself.
 */
export const LOCALIZED_PROPOSING = String.raw`tengo que|tenemos que|necesito|necesitamos|debo|debería|deberíamos|tenho que|preciso|precisamos|devo|deveria|dois-je|devons-nous|faut-il|devrais-je|muss ich|müssen wir|soll ich|sollte ich|sollten wir|braucht man|brauche ich|brauchen wir|benötigt man|benötige ich|benötigen wir`;

export const PROPOSING = String.raw`(?:should|shall|could|would) (?:i|we)|do (?:i|we) (?:have|need) to|do (?:i|we) need|switch(?:ing)? to|mov(?:e|ing) to|migrat(?:e|ing) to|chang(?:e|ing) (?:it )?to|convert(?:ing)? to|go(?:ing)? (?:over )?to|instead of|${LOCALIZED_PROPOSING}`;

/**
 * A guess, not a finding, right before the phrase: "This may be due to the conditional access
 * policy …", or the writer's own: "I guess the token expired", "maybe the secret expired", "we
 * suspect the consent …".
 */
const GUESSED_BEFORE = /\b(?:may|might|could|can) (?:be|have been) (?:due to|caused by|because of|related to)\s+(?:the\s+|a\s+|your\s+|some\s+)?$|\bpossibly (?:due to|caused by)\s+(?:the\s+|a\s+)?$|\b(?:(?:i|we) (?:guess|suspect|assume|bet|wonder if)|(?:i'?m|i am|we'?re|we are) (?:starting|beginning) to (?:think|suspect|believe)|maybe|probably|perhaps)(?: that)?\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|its\s+|it's\s+)?$/;

function isGuessedBefore(lower: string, at: number): boolean {
  return GUESSED_BEFORE.test(lower.slice(Math.max(0, at - 40), at));
}

/**
 * Or the same sentence goes on to ask whether it is the reason: "Their IT has a Conditional Access
 * policy requiring compliant devices, is that why it's rejected?" — the policy is said to exist,
 * and only suspected of the failure.
 */
const GUESSED_AFTER = /^[^.!?\n]{0,100}?\b(?:(?:is|was) (?:that|this|it) (?:why|the (?:reason|cause|problem|issue))|(?:could|can|might) (?:that|this|it) be (?:why|the (?:reason|cause|problem|issue))|would (?:that|this) explain)\b[^.!?\n]{0,80}\?/;

export function isGuessedAt(lower: string, at: number): boolean {
  return isGuessedBefore(lower, at) || GUESSED_AFTER.test(lower.slice(at, at + 200));
}

/**
 * A hint that addresses the reader with a supposition: "If you have not yet provided admin consent,
 * please do that first" (a tool's message shown whatever the cause). Said of someone else, the
 * condition reports a case: "If a user with no admin privilege runs it, it fails".
 */
const SUPPOSED_BEFORE = /\b(?:if|unless|in case)\s+you\s+$/;

export function isSupposedAt(lower: string, at: number): boolean {
  return SUPPOSED_BEFORE.test(lower.slice(Math.max(0, at - 30), at));
}

/**
 * The global copy of each pattern that someMatch walks, made once: a RegExp built per call costs a
 * compilation-cache lookup and a fresh object every time a signal asks.
 */
const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  let scan = globalCopies.get(pattern);
  if (scan === undefined) {
    scan = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, scan);
  }
  return scan;
}

/** True when some match of the pattern passes the test. */
function someMatch(lower: string, pattern: RegExp, test: (at: number) => boolean): boolean {
  // The copy is shared: it is read from the start, and the test never re-enters someMatch with the same pattern.
  const scan = globalCopy(pattern);
  scan.lastIndex = 0;
  for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
    if (test(m.index)) return true;
    if (m[0].length === 0) scan.lastIndex++;
  }
  return false;
}

/** True when some match of the pattern is not negated. */
export function hasAffirmedMatch(lower: string, pattern: RegExp): boolean {
  return someMatch(lower, pattern, (at) => !isNegatedAt(lower, at));
}

/** Words that open a question: "Can we confirm …", "Do I have …", "Is it …". */
// The same openings in German, French, Spanish and Portuguese ("Muss ich …?", "Faut-il …?", "¿Debo …?",
// "Preciso …?"): a look-ahead ends them, as \b does not after an accented letter.
// A hedge opening a clause that ends in "?" makes it a guess as much as "is" does: "Maybe the app is missing a permission?".
const QUESTION_OPENING = /^(?:can|could|do|does|did|is|are|am|was|were|have|has|should|would|will|which|what|how|why|where|who|anyone|any one|maybe|perhaps|possibly)\b|^(?:isn't|aren't|doesn't|don't|didn't|wasn't|can't|couldn't|shouldn't|wouldn't|won't)(?![a-z])|^(?:vielleicht|peut-être|quizás|quizá|tal vez|talvez|forse)(?![a-zà-ÿ])|^(?:muss|müssen|kann|können|soll|sollte|ist|sind|gibt|brauche|brauchen|wie|was|warum|wieso|welche[rsn]?|dois|doit|faut|faut-il|est-ce|comment|pourquoi|quel(?:le)?s?|debo|debería|hay|cómo|por qué|qué|cuál|tengo|devo|preciso|precisa|como|por que|qual|tenho|existe)(?![a-zà-ÿ])/;
/** How far a clause is looked at around a phrase: one sentence of a post, not a paragraph. */
const CLAUSE_REACH = 200;
/** Punctuation ends a clause where a blank follows it (not the dots of a URL or a name), a line break always, and so does "but". */
const CLAUSE_END = /[.!?;:,](?=\s)|\n|\sbut\s/g;
const CLAUSE_END_AHEAD = /[.!?;:,](?=\s|$)|\n/;

/**
 * Chinese and Japanese ask without an opening question word: the clause ends with a full-width
 * question mark ("还是个人账号不支持？", "個人アカウントは使えないのでしょうか？"). Their clauses end at
 * full-width punctuation.
 */
const CJK_CLAUSE_END = /[。！？!?；;，,\n]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

function isAskedInCjk(lower: string, at: number): boolean {
  const after = lower.slice(at, at + CLAUSE_REACH);
  const end = after.search(CJK_CLAUSE_END);
  if (end < 0 || after.charAt(end) !== '？') return false;
  const before = lower.slice(Math.max(0, at - CLAUSE_REACH), at);
  const start = Math.max(...[...'。！？!?；;，,\n'].map((c) => before.lastIndexOf(c)));
  return CJK.test(before.slice(start + 1) + after.slice(0, end));
}

/**
 * Whether the words at `at` are one item of a list in round brackets, three items or more on one line: a
 * list of what a script, report or job covers ("our hygiene script (stale guests, unlicensed users, empty
 * groups, mailbox sizes)") names its subjects, and says nothing of what failed.
 */
export function isBracketedListItemAt(lower: string, at: number): boolean {
  // Bounded windows: no scan of a long line per occurrence.
  const lo = Math.max(0, at - 160);
  const rel = lower.slice(lo, at + 1).lastIndexOf('(');
  if (rel < 0) return false;
  const open = lo + rel;
  const between = lower.slice(open + 1, at);
  if (between.includes(')') || between.includes('\n')) return false;
  const closeRel = lower.slice(at, open + 241).indexOf(')');
  if (closeRel < 0) return false;
  const close = at + closeRel;
  const inside = lower.slice(open + 1, close);
  // An error's own fields in brackets ("APIError(code=403, message=…, error=…)") are what failed, not a list of subjects.
  if (/[=:]/.test(inside)) return false;
  if (inside.includes('\n')) return false;
  const items = inside.split(',');
  // Short items, each a few words: a list, not a sentence in brackets.
  return items.length >= 3 && items.every((i) => i.trim().split(/\s+/).length <= 4);
}

/**
 * A question the writer left without its mark, as the last words of a line or of the paste: "is there some
 * throttling on group exports". Its clause opens as a question does and runs to the line's end unpunctuated.
 */
function isAskedUnmarkedAt(lower: string, at: number): boolean {
  const after = lower.slice(at, at + CLAUSE_REACH);
  const end = after.search(CLAUSE_END_AHEAD);
  if (end >= 0 ? after.charAt(end) !== '\n' : after.length === CLAUSE_REACH) return false;
  const before = lower.slice(Math.max(0, at - CLAUSE_REACH), at);
  let start = -1;
  for (const m of before.matchAll(CLAUSE_END)) start = (m.index ?? 0) + m[0].length - 1;
  return QUESTION_OPENING.test(before.slice(start + 1).replace(/^\W+/, ''));
}

/**
 * Whether the phrase at `at` stands in a question ("Can we confirm the docs list the correct
 * permissions?", "Do I have the right permissions?"): its clause opens with a question word and
 * ends with a question mark. Only the clause counts, so "I granted admin consent, why does it
 * still fail?" still says the consent was granted.
 */
export function isAskedAt(lower: string, at: number): boolean {
  if (isAskedInCjk(lower, at)) return true;
  const before = lower.slice(Math.max(0, at - CLAUSE_REACH), at);
  let start = -1;
  for (const m of before.matchAll(CLAUSE_END)) start = (m.index ?? 0) + m[0].length - 1;
  const after = lower.slice(at, at + CLAUSE_REACH);
  const end = after.search(CLAUSE_END_AHEAD);
  if (end < 0 || after.charAt(end) !== '?') return false;
  const clause = before.slice(start + 1) + after;
  // Spanish opens every question with its own mark, whatever the first word: "¿Me falta Group.ReadWrite.All?".
  if (/^\s*¿/.test(clause)) return true;
  // The clause opens before the phrase, or with it ("Have you granted admin consent?").
  return QUESTION_OPENING.test(clause.replace(/^\W+/, ''));
}

/**
 * The phrase itself written as the writer's question, right before its question mark ("Token expired??"):
 * asked about, not found.
 */
function isQuestionedAt(lower: string, at: number, length: number): boolean {
  // A why-question tells what it asks about: "Why is administrator approval required?" saw the approval asked for.
  return wordsWrittenAsQuestion(lower, at, at + length) && !WHY_BEFORE.test(lower.slice(Math.max(0, at - 80), at));
}

/**
 * The words themselves written as the writer's question, right before its mark ("Token expired??", "no license??",
 * "token expired again??").
 * Not a label that ends in "?" (the portal's "User assignment required?" setting, quoted), nor words the writer
 * reports with a doubting mark ("it says application permissions are not supported?").
 */
// Up to two short words may stand between ("token expired again??", "no license at all?").
const QUESTION_MARK_AFTER = /^(?:[ \t]+[a-z]{1,10}){0,2}\s{0,2}\?+(?=\s|$)/;
const QUOTE_BEFORE = /["'“`]\s?$/;
const REPORTED_BEFORE = /\b(?:says?|said|states?|stated|reads|shows?|showed|shown|lists?|listed|mentions?|mentioned|documents?|documented|according to)\b[^.?!\n]*$/;
export function wordsWrittenAsQuestion(lower: string, at: number, end: number): boolean {
  if (!QUESTION_MARK_AFTER.test(lower.slice(end, end + 30))) return false;
  const before = lower.slice(Math.max(0, at - 120), at);
  return !QUOTE_BEFORE.test(before) && !REPORTED_BEFORE.test(before);
}
/** A why-question open before a place: it tells what it asks about ("why can my colleague read it but I can't?"). */
export const WHY_BEFORE = /(?:\bwhy|\bwarum|\bwieso|\bpourquoi|\bpor qu[eé]|なぜ|どうして|为什么|為什麼)[^.?!\n]*$/;

/** True when some match of the pattern is said: neither negated nor asked ("does it work for the admin?"). */
export function hasClaimedMatch(lower: string, pattern: RegExp): boolean {
  return someMatch(lower, pattern, (at) => !isNegatedAt(lower, at) && !isAskedAt(lower, at));
}
