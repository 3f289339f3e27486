/**
 * Lines laid out by the tool the text came from, put back as they were written: prose wrapped by
 * a mail client or forum, a console's cut at its window width, and the chrome a Q&A page puts
 * around a question. Each works line by line, in linear time. Used by ./normalize.ts.
 */

/** A row of a table: it starts or ends with "|", and tables are as wide as each other on purpose. */
const TABLE_ROW = /^\s*\||\|\s*$/;

/**
 * A console copies what it shows: a long line cut at the window's width, mid-word, into lines of
 * exactly that width ("…to complete the operati" / "on."). When two or more different lines of 80
 * characters or more share one length, that length is the width: each such line is joined to the
 * next with nothing between them. The same line twice is a log writing one record again (a retry's
 * identical error), not a width; and a line that opens with a date and time is a new record, which
 * no cut continues.
 */
const RECORD_START = /^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

export function unwrapConsole(text: string): string {
  const lines = text.split('\n');
  const counts = new Map<number, number>();
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.length < 80 || TABLE_ROW.test(line) || seen.has(line)) continue;
    seen.add(line);
    counts.set(line.length, (counts.get(line.length) ?? 0) + 1);
  }
  let width = 0;
  for (const [length, n] of counts) if (n >= 2 && (width === 0 || n > (counts.get(width) ?? 0))) width = length;
  if (width === 0) return text;
  const out: string[] = [];
  let joinNext = false;
  for (const line of lines) {
    if (joinNext && !RECORD_START.test(line)) out[out.length - 1] += line;
    else out.push(line);
    joinNext = line.length === width && !TABLE_ROW.test(line);
  }
  return out.join('\n');
}

/**
 * PowerShell 7 prints an error of a script or module in its concise view: the failing line, a row
 * of "~" under the part that failed, then the message indented behind "| " and wrapped at the
 * window's width between words ("     | … AADSTS70011: The" / "     | provided request …"; the
 * ConciseView of https://learn.microsoft.com/dotnet/api/system.management.automation.errorview).
 * The message lines after the "~" row are joined back into the one line the message was.
 */
const POSITION_MARKER_LINE = /^\s*\|\s*~+\s*$/;
const MESSAGE_LINE = /^\s+\| (\S.*)$/;

export function joinPowerShellMessages(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inMessage = false;
  let afterMarker = false;
  for (const line of lines) {
    const message: string | undefined = afterMarker || inMessage ? MESSAGE_LINE.exec(line)?.[1] : undefined;
    if (message !== undefined && inMessage) out[out.length - 1] += ` ${message.trimEnd()}`;
    else if (message !== undefined) out.push(message.trimEnd());
    else out.push(line);
    inMessage = message !== undefined;
    afterMarker = POSITION_MARKER_LINE.test(line);
  }
  return out.join('\n');
}

/**
 * The lines a Q&A page wraps around a question, copied with it: its product tags ("Microsoft
 * Security | Microsoft Graph"), "0 comments No comments", "{count} votes". They name products the
 * question is filed under, not what the caller did, so they are dropped. A line of tags has only
 * product names joined by " | " ("Microsoft Graph > Delegated | User.Read" is kept).
 */
const PRODUCT = String.raw`(?:Microsoft|Azure|Windows|Office|Exchange|SharePoint|Teams|Power) [A-Za-z0-9 .&()-]{1,60}?`;
const TAG_LINE = new RegExp(String.raw`^\s*${PRODUCT}(?: \| ${PRODUCT})+\s*$`);
const PAGE_CHROME_LINE = /^\s*(?:\d+ comments?(?: no comments)?|no comments|\{count\} votes?|\d+ votes?|\d[\d,]* reputation points?)\s*$/i;

export function dropPageChrome(text: string): string {
  const lines = text.split('\n');
  const kept = lines.filter((line) => !(line.length <= 200 && (TAG_LINE.test(line) || PAGE_CHROME_LINE.test(line))));
  return kept.length === lines.length ? text : kept.join('\n');
}

/** A long line that stops mid-sentence: no closing punctuation, bracket or quote at its end (tested on the last character). */
const OPEN_LINE_END = /^[^\s.!?:;{}[\]()<>|`"'=,]$/;
/** The next line goes on with the sentence: unindented, a lower-case word first, and not a "key: value" or "key=value" line. */
const CONTINUATION_START = /^[a-z]/;
const KEY_VALUE_START = /^[a-z_][\w.-]{0,40}\s?[:=]/;
/**
 * A line that ends on a word no sentence ends on ("… to the"): whatever starts the next line continues it.
 * Tested on the line's last FUNCTION_WORD_TAIL characters: the longest word and the character before it.
 */
const FUNCTION_WORD_END = /\b(?:the|a|an|to|of|for|with|and|or|in|on|by|from|my|our|your|their|its|is|are|was|were|not|no|has|have|had|be|been|that|this|as|at|into|than|via)$/i;
const FUNCTION_WORD_TAIL = 6;
const WORD_START = /^[A-Za-z0-9/]/;
/**
 * A line that ends in a long unbroken run of base64url: a token wrapped over lines, which no space may split.
 * Tested on the line's last 40 characters: an end-anchored pattern run over a whole line would be
 * tried at every position of it, 40 characters each time, and token lines run to thousands.
 */
const TOKEN_RUN_END = /^[A-Za-z0-9_.-]{40}$/;

/**
 * Prose wrapped at a fixed width (mail clients, forum posts, a console's line length) has its
 * sentences broken over lines: "Insufficient privileges to complete the\noperation". A line of 30
 * or more characters that stops mid-sentence is joined to an unindented next line that starts
 * with a lower-case word (or with any word, after "the", "to", "of" …); code, JSON, stack frames
 * (indented), key/value lines and a token wrapped over lines (the token finder joins those) are left alone.
 */
export function unwrapProse(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const continues = prev !== undefined && prev.length >= 30 && OPEN_LINE_END.test(prev.slice(-1)) && !TOKEN_RUN_END.test(prev.slice(-40)) && !KEY_VALUE_START.test(line) && (CONTINUATION_START.test(line) || (FUNCTION_WORD_END.test(prev.slice(-FUNCTION_WORD_TAIL)) && WORD_START.test(line)));
    if (continues) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out.join('\n');
}
