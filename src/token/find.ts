/**
 * Finds access-token-looking strings in a paste: whole JWTs (possibly broken across lines or
 * across literal "\n" escapes), encrypted 5-part tokens, a lone payload segment, and opaque
 * bearer values (personal-account tokens are not JWTs). Linear scan; no backtracking regex.
 */

export type TokenShape = 'jws' | 'jwe' | 'payload-only' | 'opaque' | 'malformed';

export interface TokenCandidate {
  /** The token text with line breaks removed. A secret: never log or echo it. */
  readonly raw: string;
  readonly shape: TokenShape;
  /** Where the candidate started and ended in the searched text (for redaction). */
  readonly start: number;
  readonly end: number;
  /** True when the token had to be re-joined from several lines. */
  readonly joinedLines: boolean;
  /** True when it followed "Bearer". */
  readonly bearer: boolean;
  /**
   * True when the writer shortened it for the paste ("eyJ0eXAiOiJKV1Qi...", "eyJhbGci…"): three dots in a row, or
   * the one-character ellipsis right after it. An issued token's segments are base64url, separated by one dot each
   * (https://www.rfc-editor.org/rfc/rfc7515#section-7.1), so no run of dots is part of one. Still a span to redact; no
   * longer a token to read, nor one the sender damaged.
   */
  readonly elided?: boolean;
}

const MAX_CANDIDATES = 8;
/** U+2026, the one-character ellipsis. */
const ELLIPSIS = 0x2026;
const MIN_JWT_LENGTH = 24;

function isB64url(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 45 || // -
    code === 95 // _
  );
}

/** base64url characters and the dot, as a table: the scan below reads every character of a token. */
const TOKEN_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) TOKEN_CHARS[c] = isB64url(c) || c === 46 ? 1 : 0;

function isTokenChar(code: number): boolean {
  return code < 128 && TOKEN_CHARS[code] === 1;
}

/** Length of the run of base64url/dot characters starting at i. */
function runLength(text: string, i: number): number {
  let j = i;
  while (j < text.length && isTokenChar(text.charCodeAt(j))) j++;
  return j - i;
}

/**
 * If a line break (a real newline or a literal backslash-n) starts at i, returns the index of
 * the first character of the next line after indentation; otherwise -1.
 */
function skipLineBreak(text: string, i: number): number {
  let j = i;
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) === 10) j++;
  else if (text.charCodeAt(j) === 92 && text.charCodeAt(j + 1) === 110) j += 2; // \n escape
  else return -1;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j;
}

/** A run that ends a line, or ends at a quote/backslash/comma: not prose followed by a space. */
function endsCleanly(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  return c === 10 || c === 13 || c === 34 || c === 39 || c === 92 || c === 44 || c === 96 || c === 41 || c === 125;
}

/** A short final chunk of a wrapped token, not a word of prose on the next line. */
function looksLikeTokenTail(text: string, start: number, len: number): boolean {
  const after = text.charCodeAt(start + len);
  if (after === 34 || after === 39 || after === 92 || after === 96) return true; // inside quotes or an escaped string
  const chunk = text.slice(start, start + len);
  return /[0-9_-]/.test(chunk) || /[a-z][A-Z]|[A-Z]{2}/.test(chunk);
}

function scanJoined(text: string, start: number): { raw: string; end: number; joined: boolean } {
  let raw = '';
  let i = start;
  let line = 0;
  let width = 0;
  for (;; line++) {
    const len = runLength(text, i);
    raw += text.slice(i, i + len);
    i += len;
    // Join across a line break only when this line was long and entirely token characters,
    // and the next line continues it: a full line of the same wrap width (set by the second
    // line; the first may start after other text), or a short tail that ends the token.
    if (line === 1) width = len;
    if (len < 40 || (line >= 2 && len !== width)) break;
    const next = skipLineBreak(text, i);
    if (next < 0) break;
    const nextLen = runLength(text, next);
    if (nextLen === 0 || !endsCleanly(text, next + nextLen)) break;
    const full = line === 0 ? nextLen >= len : nextLen === width;
    if (!full && !looksLikeTokenTail(text, next, nextLen)) break;
    i = next;
  }
  return { raw, end: i, joined: line > 0 };
}

function precededByBearer(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  return /bearer[\s:='"]*$/.test(before);
}

function classify(raw: string): TokenShape {
  const dots = raw.split('.').length - 1;
  if (dots === 2) return 'jws';
  if (dots === 4) return 'jwe';
  if (dots === 0) return 'payload-only';
  return 'malformed';
}

/** "…eyJ.eyJ.sig." at the end of a sentence: the last dot is prose, not a token separator. */
function trimSentenceDot(raw: string): string {
  if (!raw.endsWith('.')) return raw;
  const dots = raw.split('.').length - 1;
  return dots === 3 || dots === 5 ? raw.slice(0, -1) : raw;
}

const PLACEHOLDER = /^(?:<[^>]*>|\{+[^}]*\}+|\[[^\]]*\]|\$\w+|\.{3,}|x{3,}|token|accesstoken|access_token|redacted)/i;

/** Where a token stands in the text. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Finds the token candidates in text, at most a handful, in order of appearance. A token seen
 * again (the same one in a variable and in a logged header) is one candidate; where its later
 * copies stand is pushed to `repeats`, so that a reader can blank them out too.
 */
export function findTokens(text: string, repeats?: TokenSpan[]): TokenCandidate[] {
  const found: TokenCandidate[] = [];
  const seen = new Set<string>();
  let from = 0;
  while (found.length < MAX_CANDIDATES) {
    const at = text.indexOf('eyJ', from);
    if (at < 0) break;
    // Must start a run (not be in the middle of a longer word).
    if (at > 0 && isTokenChar(text.charCodeAt(at - 1))) {
      from = at + 3;
      continue;
    }
    const { raw, end, joined } = scanJoined(text, at);
    from = Math.max(end, at + 3);
    if (raw.length < MIN_JWT_LENGTH) continue;
    const trimmed = trimSentenceDot(raw);
    const shape = classify(trimmed);
    if (seen.has(trimmed)) {
      repeats?.push({ start: at, end });
      continue;
    }
    seen.add(trimmed);
    const elided = raw.includes('...') || text.charCodeAt(end) === ELLIPSIS;
    found.push({ raw: trimmed, shape, start: at, end, joinedLines: joined, bearer: precededByBearer(text, at), ...(elided ? { elided } : {}) });
  }
  findOpaqueBearers(text, found, seen);
  return found;
}

/** Bearer values that are not JWTs: personal-account (MSA) tokens, reference tokens. */
function findOpaqueBearers(text: string, found: TokenCandidate[], seen: Set<string>): void {
  const re = /\bbearer[ \t]+([A-Za-z0-9\-._~+/=!*]{20,4096})/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && found.length < MAX_CANDIDATES) {
    const value = m[1] ?? '';
    if (value.startsWith('eyJ') || PLACEHOLDER.test(value) || seen.has(value)) continue;
    seen.add(value);
    const start = m.index + m[0].length - value.length;
    found.push({ raw: value, shape: 'opaque', start, end: start + value.length, joinedLines: false, bearer: true });
  }
}
