/**
 * Turns whatever a user pasted into plain text the extractors can read: Teams HTML (tags,
 * entities, <at> mentions, code blocks, <br>), Markdown fences, CRLF, JSON that was escaped
 * once or twice, \uXXXX escapes, control characters, Unicode spaces and quotes, Markdown links, and
 * the lines a tool laid out (./paste-layout.ts). Work is bounded: only the first MAX_READ characters
 * are read, and the result says when the rest was skipped.
 */

import { dropPageChrome, joinPowerShellMessages, unwrapConsole, unwrapProse } from './paste-layout.js';
import { dropErrorsNotAsked } from './quoted-elsewhere.js';

export const MAX_READ = 64 * 1024;

export interface NormalizedPaste {
  readonly text: string;
  readonly originalLength: number;
  /** True when the paste was longer than MAX_READ and the rest was not read. */
  readonly truncated: boolean;
}

const HTML_TAG = /<\/?(?:div|p|br|pre|code|span|at|ol|ul|li|b|i|u|strong|em|table|tbody|thead|tr|td|th|blockquote|h[1-6]|a|img|hr|font|s)\b[^<>]{0,2000}>/i;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#34': '"',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}|#39|#34);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in NAMED_ENTITIES) return NAMED_ENTITIES[lower] as string;
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return whole;
  });
}

function safeCodePoint(cp: number): string | undefined {
  return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
}

/** Converts Teams' HTML (including its code-block markup) to text with line breaks kept. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<at\b[^<>]{0,200}>[^<]{0,200}<\/at>/gi, '')
      .replace(/<br\s{0,4}\/?>/gi, '\n')
      .replace(/<\/(?:p|div|pre|li|tr|h[1-6]|blockquote|table)>/gi, '\n')
      .replace(/<[a-z/][^<>]{0,2000}>/gi, ''),
  );
}

export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text.slice(0, 4096)) || (/&(?:lt|gt|quot|amp|nbsp);/.test(text) && /<\/?[a-z]+[^<>]{0,200}>/i.test(text));
}

/** A form-URL-encoded value as text ("+" is a space); a malformed escape leaves the value as it was. */
function formDecoded(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' ')).replace(/[\r\n]+/g, ' ');
  } catch {
    return value.replace(/\+/g, ' ');
  }
}

/** Undoes one or two levels of JSON string escaping (\" \\ \n \/ \uXXXX). */
function unescapeJsonish(text: string): string {
  let out = text;
  // A one-line log of an escaped message with no quotes in it still has its line breaks as "\n"
  // (more than one: a single "\n" may be a Windows path such as C:\new).
  if (!out.includes('\n') && !out.includes('\\"') && out.indexOf('\\n') !== out.lastIndexOf('\\n')) out = out.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\\t/g, '\t');
  for (let pass = 0; pass < 3 && out.includes('\\"'); pass++) {
    out = out
      .replace(/\\r\\n|\\n|\\r/g, '\n')
      .replace(/\\t/g, '\t')
      .replace(/\\(["\\/])/g, '$1');
  }
  return out.replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => safeCodePoint(parseInt(hex, 16)) ?? ' ');
}

export function normalizePaste(input: string, maxRead: number = MAX_READ): NormalizedPaste {
  const originalLength = input.length;
  let text = originalLength > maxRead ? input.slice(0, maxRead) : input;
  // Control characters (binary pastes) become spaces; tabs and newlines stay.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ');
  // (Each pass below runs only when what it rewrites is there at all.)
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (looksLikeHtml(text)) text = htmlToText(text);
  // Text copied out of a web page's source keeps its entities without any tag: {&quot;error&quot;:…}.
  else if (/&(?:quot|#34|#x22);/i.test(text)) text = decodeEntities(text);
  // Markdown code fences: keep the content, drop the fence lines.
  if (text.includes('```') || text.includes('~~~')) text = text.replace(/^[ \t]{0,8}(?:```|~~~)[^\n]{0,40}$/gm, '');
  // Spacing as web pages and word processors leave it: non-breaking and other Unicode spaces are
  // spaces, and a run of spaces is one ("Insufficient  privileges"), so phrases match however the
  // text was laid out. Tabs stay: copied tables use them as column separators.
  if (/[\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}/.test(text)) text = text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/ {2,}/g, ' ');
  // Typographic quotes (phones, word processors, web pages) read as the typed ones: "doesn’t" is "doesn't".
  if (/[\u2018\u2019\u201b\u201c\u201d\u201f]/.test(text)) text = text.replace(/[\u2018\u2019\u201b]/g, "'").replace(/[\u201c\u201d\u201f]/g, '"');
  // Markdown links keep their words in the sentence: "I do not have the [prerequisite licenses](https://…)".
  // Neither part may hold its own opening bracket, so a run of "[[[[" fails at once instead of backtracking.
  if (text.includes('](')) text = text.replace(/!?\[([^[\]\n]{1,200})\]\((https?:\/\/[^()\s]{1,500})\)/g, '$1 ($2)');
  // Someone else's error quoted as such ("found this on a forum: > …"), and one told as fixed before,
  // are not the one asked about.
  if (text.includes('\n')) text = dropErrorsNotAsked(text);
  text = unescapeJsonish(text);
  // An error sent back to the redirect URI comes as query parameters, form-URL-encoded
  // ("error_description=AADSTS650051%3a+Using+application+…": https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#error-response):
  // its words are read as written.
  if (/error_description=[^&\s]*(?:%[0-9a-f]{2}|\+)/i.test(text)) text = text.replace(/(error_description=)([^&\s]{1,4000})/gi, (_m, key: string, value: string) => `${key}${formDecoded(value)} `);
  if (text.includes(' | ') || text.includes('comments') || text.includes('votes')) text = dropPageChrome(text);
  if (text.includes('~\n')) text = joinPowerShellMessages(text);
  if (text.includes('\n')) text = unwrapProse(unwrapConsole(text));
  return { text: text.trim(), originalLength, truncated: originalLength > maxRead };
}
