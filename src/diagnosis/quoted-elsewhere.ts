/**
 * Errors that are not the one being asked about, dropped before reading:
 * - someone else's, quoted: a Markdown quote block ("> …") right after the writer says it comes
 *   from elsewhere ("found this on a forum, looks similar:", "someone in another thread got:"). A
 *   quote without such an introduction is kept: people quote their own logs too.
 * - the writer's own, told as met before and fixed in one sentence ("Last month the only error was
 *   MailboxNotEnabledForRESTAPI for a new user, and that went away once we licensed him"). A sentence
 *   that also says what happens now ("… now I get …") is kept.
 * - an expired token the log shows renewed, and not refused again.
 * The line count is kept.
 */
import { mentionsAFix, toldAsFixed } from './evidence/history.js';

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

/** Sentence ends inside a line of prose: a stop followed by a capital (quotes and brackets keep theirs: "on-premise.') and …"). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z\u00C0-\u00DE])/;

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
 * A log line whose own words say the client handled it by getting a new token ("401 InvalidAuthenticationToken
 * (token expired) -> refreshing"), its status not met again further down: an expired token renewed as
 * designed (https://learn.microsoft.com/entra/identity-platform/access-tokens#token-lifetime), not the failure.
 */
const TOKEN_RENEWED = /(?:->|→|=>|,|;|\bthen)\s{0,3}(?:refreshing|refreshed|token refreshed|renewing|renewed|re-?acquiring|acquiring a new token|getting a new token)\b/i;
const LINE_STATUS = /\b(401|403)\b/;

function renewedTokenLines(lines: string[]): boolean {
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const status = LINE_STATUS.exec(line)?.[1];
    if (status === undefined || !TOKEN_RENEWED.test(line)) continue;
    const again = new RegExp(String.raw`\b${status}\b`);
    if (lines.slice(i + 1).some((l) => again.test(l))) continue;
    lines[i] = '';
    changed = true;
  }
  return changed;
}

/** The text without quotes introduced as someone else's, errors told as fixed before, and expiries the log shows renewed. */
export function dropErrorsNotAsked(text: string): string {
  const hasQuote = QUOTE_START.test(text);
  const hasFix = mentionsAFix(text);
  const hasRenewal = TOKEN_RENEWED.test(text);
  if (!hasQuote && !hasFix && !hasRenewal) return text;
  const lines = text.split('\n');
  const quoted = hasQuote && quotedFromElsewhere(lines);
  const fixed = hasFix && fixedErrorSentences(lines);
  const renewed = hasRenewal && renewedTokenLines(lines);
  return quoted || fixed || renewed ? lines.join('\n') : text;
}
