/**
 * Errors that are not the one being asked about, dropped before reading:
 * - someone else's, quoted: a Markdown quote block ("> …") right after the writer says it comes
 *   from elsewhere ("found this on a forum, looks similar:", "someone in another thread got:"). A
 *   quote without such an introduction is kept: people quote their own logs too.
 * - the writer's own, told as met before and fixed in one sentence ("Last month the only error was
 *   MailboxNotEnabledForRESTAPI for a new user, and that went away once we licensed him"). A sentence
 *   that also says what happens now ("… now I get …") is kept.
 * - an expired token the log shows renewed, and not refused again.
 * - MSAL's "sign in interactively" signal the log shows answered by an interactive sign-in, when another line
 *   names what that sign-in met.
 * - the writer's own, superseded: a post told in time order ("First attempt: … Got admin consent.
 *   Now: …", "v1 failed with 403 … That's gone. v2 (now): …") whose later part names an error and
 *   does not say the earlier one is still there.
 * The line count is kept.
 */
import { mentionsAFix, toldAsEarlierState, toldAsFixed } from './evidence/history.js';

const QUOTE_LINE = /^[ \t]{0,3}>/;
const QUOTE_START = /(?:^|\n)[ \t]{0,3}>/;
const FROM_ELSEWHERE = /\b(?:found (?:this|that|it|something)|saw (?:this|that)|(?:someone|somebody) (?:else|(?:posted|reported|shared|wrote|had|got)\b)|another (?:user|person|post|thread|question|issue)|(?:on|in|from) (?:a|an|another|the|some) (?:forum|thread|post|blog|q&a|question|github issue|issue|answer)|(?:on|in|from) stack ?overflow|similar (?:issue|problem|error|thread|post|question|case))\b/i;
/** An error named on the line: an AADSTS code, a code-like name (ErrorAccessDenied, Request_ResourceNotFound) or an HTTP error status. */
const NAMED_ERROR = /\b[Aa]{2}[Dd][Ss][Tt][Ss]\d{4,9}\b|\b[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,}|_[A-Z][a-zA-Z]+){1,8}\b|\b(?:40[0-9]|429|50[0-9])\b/;
const NOW = /\b(?:now|currently|today|this time|at the moment)\b|\b(?:adesso|ora|ahora|jetzt|maintenant|agora|teraz)\b|今は|现在/i;

function quotedFromElsewhere(lines: string[]): boolean {
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!QUOTE_LINE.test(lines[i] ?? '')) continue;
    let end = i;
    while (end + 1 < lines.length && QUOTE_LINE.test(lines[end + 1] ?? '')) end++;
    // The introduction: the nearest non-empty line above the block.
    let intro = i - 1;
    while (intro >= 0 && (lines[intro] ?? '').trim() === '') intro--;
    if (intro >= 0 && FROM_ELSEWHERE.test(lines[intro] ?? '')) {
      for (let k = i; k <= end; k++) lines[k] = '';
      changed = true;
    }
    i = end;
  }
  return changed;
}

/**
 * Sentence ends inside a line of prose: a stop followed by a capital (quotes and brackets keep theirs:
 * "on-premise.') and …"), and a clause that turns to now ("Fixed the consent problem yesterday (we were
 * getting AADSTS65001), now a new one:"): what comes before the turn is told on its own.
 */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z\u00C0-\u00DE])|[,;]\s*(?=now\b)/;

function fixedErrorSentences(lines: string[]): boolean {
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 2000 || !NAMED_ERROR.test(line) || !toldAsFixed(line)) continue;
    const sentences = line.split(SENTENCE_END);
    const kept = sentences.map((x) => (NAMED_ERROR.test(x) && !NOW.test(x) && toldAsFixed(x) ? '' : x));
    if (kept.every((x, k) => x === sentences[k])) continue;
    lines[i] = kept.filter((x) => x !== '').join(' ');
    changed = true;
  }
  return changed;
}

/**
 * An error told as fixed by its place in the paste rather than by its name: "the consent thing was sorted
 * in January (first line, fixed after the admin clicked grant)". The first line that names an error goes,
 * where a later line names one too (that one is what is asked about).
 */
const FIRST_PLACE = /\b(?:the )?(?:first|top|1st|earlier|older) (?:line|entry|error|one|log line|message)\b/i;
function fixedByPlace(lines: string[]): boolean {
  // Told in one sentence of its own, whatever the case of the next one ("first one was yesterday's stale
  // login, i re-logged and that's gone. but now:"): the turn to now is the next sentence's.
  const told = lines.some((l) => l.length < 2000 && !NAMED_ERROR_CODE.test(l) && l.split(/(?<=[.!?;])\s+/).some((x) => FIRST_PLACE.test(x) && mentionsAFix(x) && !NOW.test(x)));
  if (!told) return false;
  const errorLines = lines.map((l, i) => (NAMED_ERROR_CODE.test(l) ? i : -1)).filter((i) => i >= 0);
  const first = errorLines[0];
  if (first === undefined || errorLines.length < 2) return false;
  lines[first] = '';
  return true;
}
/**
 * A line that names an error, as log lines do: an AADSTS code, a failure's name or code in any case
 * (ErrorAccessDenied, PERMISSION_DENIED, Forbidden, Request_ResourceNotFound), or an HTTP error status.
 */
const NAMED_ERROR_CODE = /\baadsts\d{4,9}\b|\b\w*(?:denied|forbidden|notfound|unauthori[sz]ed|exception|invalid\w*|expired|failed)\b|\b(?:40[0-9]|429|50[0-9])\b/i;

/**
 * A log line whose own words say the client handled it by getting a new token ("401 InvalidAuthenticationToken
 * (token expired) -> refreshing"), its status not met again further down: an expired token renewed as
 * designed (https://learn.microsoft.com/entra/identity-platform/access-tokens#token-lifetime), not the failure.
 */
const TOKEN_RENEWED = /(?:->|→|=>|,|;|\s[-–—]\s|\bthen)\s{0,3}(?:refreshing|refreshed|token refreshed|renewing|renewed|re-?acquiring|acquiring a new token|getting a new token)\b/i;
const LINE_STATUS = /\b(401|403)\b/;
/** The writer's own words that the status was the renewal ("the 401 was just the token expiring, that retried fine"): no refusal met again. */
const RENEWAL_TOLD = /\b(?:retried|retry|refreshed|renewed|refresh)\b[^.\n]{0,30}?\b(?:fine|ok|okay|worked|succeeded|went through)\b|\bwas just (?:the )?(?:token|expiry)/i;

function renewedTokenLines(lines: string[]): boolean {
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const status = LINE_STATUS.exec(line)?.[1];
    if (status === undefined || !TOKEN_RENEWED.test(line)) continue;
    const again = new RegExp(String.raw`\b${status}\b`);
    if (lines.slice(i + 1).some((l) => again.test(l) && !RENEWAL_TOLD.test(l))) continue;
    lines[i] = '';
    changed = true;
  }
  return changed;
}

/**
 * A log line whose own words say the app handled MSAL's "sign in interactively" signal as designed, by falling
 * back to an interactive sign-in ("AcquireTokenSilent -> MsalUiRequiredException …, falling back to interactive"):
 * the silent call is tried first and its MsalUiRequiredException answered with an interactive one
 * (https://learn.microsoft.com/entra/msal/dotnet/acquiring-tokens/acquire-token-silently). What the interactive
 * call met, on another line, is the failure.
 */
const UI_REQUIRED = /\b(?:msaluirequiredexception|interactionrequiredautherror|interaction_required|ui_required)\b/i;
const FELL_BACK_TO_INTERACTIVE = /\b(?:fall(?:ing|s)? ?back|fell back)\s+(?:to\s+)?(?:an?\s+)?(?:interactive|acquiretokeninteractive|popup|redirect|loginpopup|loginredirect)\b/i;

function fellBackToInteractive(lines: string[]): boolean {
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 2000 || !UI_REQUIRED.test(line) || !FELL_BACK_TO_INTERACTIVE.test(line)) continue;
    if (!lines.some((l, k) => k !== i && NAMED_ERROR_CODE.test(l) && !UI_REQUIRED.test(l))) continue;
    lines[i] = '';
    changed = true;
  }
  return changed;
}

/**
 * Where a post turns to what happens now, after telling an earlier state: a line that opens with
 * "now", "today", "currently", "this time", "then", an update or edit note, or a second version
 * ("v2 (now):"), or says "now I get …" / "now it returns …" anywhere.
 */
const TURN_TO_NOW = /^\W{0,6}(?:(?:(?:run history |the run |and )?(?:now|today|currently|this time|then)\b)|(?:update|edit)(?:\s*\d+)?\s*(?:[:)\]—–]|-\s|$)|v\d+(?![.\w]))|\bnow,? (?:i|we|it|the (?:call|request|api|error|response))(?:'m|'re| am| are| is)? (?:get|gets|getting|got|see|seeing|receive|receiving|returns?|returning|says?|saying|fails?|failing|throws?|throwing|gives?|giving|hit|hitting)\b|\b(?:adesso|ahora|jetzt|maintenant|agora) (?:ricevo|recibo|obtengo|bekomme|erhalte|j'obtiens|je reçois|recebo)\b/im;
/**
 * The later part says the earlier failure is not over: the same error, still, again, no change.
 * Narrower than history.ts's BACK_AGAIN, which reads one sentence: across a whole post "again" counts
 * only beside a failure ("fails again"), not in "my retry loop fires again".
 */
const NOT_OVER = /^\W{0,6}still\b|\bstill (?:(?:the |that |this )?(?:same|get|gets|getting|got|fails?|failing|errors?|returns?|returning|throws?|denied|refused|broken|no luck|not working|doesn't|does not|can't|cannot|\d{3})\b)|\b(?:fails?|failing|failed|errors?|erroring|denied|refused|broken|breaks|occurs?|happens?|appears?|shows? up|came|comes|is|it'?s|get|got|getting|seeing|\d{3})(?: \w+)? again\b|\bsame (?:error|thing|result|message|response|\d{3}|problem|issue)\b|\b(?:did ?n[o']t|does ?n[o']t|didn't|doesn't) (?:help|change|fix|work)\b|\bno (?:luck|change|difference)\b|\bnothing changed\b|\b(?:immer noch|toujours|sigue|ainda|ancora)\b/i;
/** A line of JSON: it opens with a brace, a bracket or a quoted key. */
const JSON_LINE = /^\s*[{}[\]"]/;
/** A field of an error body: what makes a block of JSON an error rather than a request's body. */
const ERROR_FIELD = /"(?:error|error_description|code|message)"\s*:/;

/**
 * A post told in time order: an earlier state (a first try, yesterday, a fix), then a turn to what
 * happens now that names an error of its own, and nothing after the turn saying the earlier failure
 * goes on. The errors told before the turn are not the one asked about; the prose before it stays
 * (it still tells the app, the flow and what was granted).
 */
function supersededErrors(lines: string[]): boolean {
  // The last line that names an error, found once: a turn must come at or before it.
  let lastError = lines.length - 1;
  while (lastError >= 0 && !NAMED_ERROR.test(lines[lastError] ?? '')) lastError--;
  let turn = -1;
  let earlier = false;
  for (let i = 0; i <= lastError; i++) {
    const line = lines[i] ?? '';
    if (line.length > 2000) continue;
    if (earlier && i > 0 && TURN_TO_NOW.test(line)) turn = i;
    if (toldAsEarlierState(line)) earlier = true;
  }
  // The turn inside the line that told the earlier state: "last week this job failed with X because …, and now it
  // doesn't even get a token:" keeps only what follows the turn of that line.
  if (turn < 0) {
    const cut = turnInsideLine(lines, lastError);
    if (cut !== undefined) {
      const [at, from] = cut;
      if (lines.slice(at + 1).some((l) => NOT_OVER.test(l)) || NOT_OVER.test((lines[at] ?? '').slice(from))) return false;
      lines[at] = (lines[at] ?? '').slice(from);
      return true;
    }
  }
  if (turn < 0 || lines.slice(turn).some((l) => NOT_OVER.test(l))) return false;
  // A run of JSON lines goes whole where it holds an error, and stays where it does not: the
  // request's own body is still the request asked about. (Markdown fences are gone by now: normalize.ts.)
  let changed = false;
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      if ((lines[k] ?? '') !== '') changed = true;
      lines[k] = '';
    }
  };
  for (let i = 0; i < turn; ) {
    if (!JSON_LINE.test(lines[i] ?? '')) {
      if (NAMED_ERROR.test(lines[i] ?? '')) blank(i, i + 1);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < turn && JSON_LINE.test(lines[end] ?? '')) end++;
    if (lines.slice(i, end).some((l) => NAMED_ERROR.test(l) || ERROR_FIELD.test(l))) blank(i, end);
    i = end;
  }
  return changed;
}

/**
 * A line that tells an earlier failure and turns to now in the same sentence: the earlier failure first (a past marker
 * and an error word before the turn), then ", and now" / "; now" / ". Now" with an error named after the turn, in this
 * line or below. Returns the line and where its present part starts; only that line's earlier part goes.
 */
const TURN_IN_LINE = /[,;.]\s{0,3}(?:and |but |so )?now\b/gi;
const EARLIER_FAILURE = /\b(?:failed|failing|fails|errored|broke|threw|was getting|got)\b/i;
const TURN_IN_A_LINE = new RegExp(TURN_IN_LINE.source, 'i');
function turnInsideLine(lines: readonly string[], lastError: number): [number, number] | undefined {
  for (let i = 0; i <= lastError; i++) {
    const line = lines[i] ?? '';
    if (line.length > 2000 || !/\bnow\b/i.test(line)) continue;
    TURN_IN_LINE.lastIndex = 0;
    for (let m = TURN_IN_LINE.exec(line); m; m = TURN_IN_LINE.exec(line)) {
      const before = line.slice(0, m.index);
      // The earlier part names a failure of its own ("failed with InvalidAuthenticationToken"), not only a state.
      // A fix told there ("AADSTS65001 went away after consent, but now …") stays whole: the fix is part of the story.
      if (!toldAsEarlierState(before) || !NAMED_ERROR_CODE.test(before) || !EARLIER_FAILURE.test(before) || mentionsAFix(before)) continue;
      const from = m.index + 1;
      if (NAMED_ERROR.test(line.slice(from)) || i < lastError) return [i, from];
    }
  }
  return undefined;
}

/** The text without quotes introduced as someone else's, errors told as fixed before or superseded, and expiries the log shows renewed. */
export function dropErrorsNotAsked(text: string): string {
  const hasQuote = QUOTE_START.test(text);
  const hasFix = mentionsAFix(text);
  const hasRenewal = TOKEN_RENEWED.test(text);
  const hasTurn = toldAsEarlierState(text) && (TURN_TO_NOW.test(text) || TURN_IN_A_LINE.test(text));
  const hasFallback = FELL_BACK_TO_INTERACTIVE.test(text);
  if (!hasQuote && !hasFix && !hasRenewal && !hasTurn && !hasFallback) return text;
  const lines = text.split('\n');
  const quoted = hasQuote && quotedFromElsewhere(lines);
  const fixed = hasFix && fixedErrorSentences(lines);
  const fixedFirst = hasFix && fixedByPlace(lines);
  const renewed = hasRenewal && renewedTokenLines(lines);
  const superseded = hasTurn && supersededErrors(lines);
  const fellBack = hasFallback && fellBackToInteractive(lines);
  return quoted || fixed || fixedFirst || renewed || superseded || fellBack ? lines.join('\n') : text;
}
