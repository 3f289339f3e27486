/**
 * The one redaction every output goes through (cards and their button data, the Microsoft Q&A
 * draft, the CLI's text and JSON, logs): removes access, refresh and personal-account tokens in
 * any encoding, client secrets, keys, SAS signatures, cookies, passwords and, as a fallback,
 * random-looking strings right after a word that names a secret; optionally e-mail addresses.
 * Diagnostic values (error codes, request ids, dates, URLs without credentials) are kept so
 * that the redacted text still explains the error.
 */
import { findTokens } from './find.js';
import { decodedView, hasEncodings } from './decoded-view.js';
import { FALLBACK_CANDIDATE, FALLBACK_REACH, looksRandom, MIGHT_HOLD_SECRET, SECRET_PATTERNS, SECRET_WORD, type SecretKind } from './secret-patterns.js';

export interface RedactOptions {
  /** Also replace e-mail addresses (for anything posted publicly, such as the Q&A draft). */
  readonly emails?: boolean;
}

export const TOKEN_PLACEHOLDER = '[access token removed]';
export const SECRET_PLACEHOLDER = '[secret removed]';
const EMAIL_PLACEHOLDER = '[e-mail removed]';

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/g;

interface Span {
  start: number;
  end: number;
  kind: SecretKind;
}

/** The spans of every secret in text, in any order, possibly overlapping. */
function findSecrets(text: string): Span[] {
  const spans: Span[] = [];
  if (SECRET_WORD.test(text)) findNamedRandomWords(text, spans);
  if (!MIGHT_HOLD_SECRET.test(text)) return spans;
  for (const t of findTokens(text)) spans.push({ start: t.start, end: t.end, kind: 'token' });
  for (const p of SECRET_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      // The secret is the first group that took part in the match.
      const at = m.indices?.slice(1).find((x) => x !== undefined);
      if (!at) continue;
      if (p.accept && !p.accept(text.slice(at[0], at[1]))) continue;
      spans.push({ start: at[0], end: at[1], kind: p.kind });
    }
  }
  return spans;
}

/** The fallback: a random-looking word shortly after "secret", "key", "token", "password"… on the same line. */
function findNamedRandomWords(text: string, spans: Span[]): void {
  FALLBACK_CANDIDATE.lastIndex = 0;
  for (let m = FALLBACK_CANDIDATE.exec(text); m; m = FALLBACK_CANDIDATE.exec(text)) {
    if (!looksRandom(m[0])) continue;
    const from = Math.max(0, m.index - FALLBACK_REACH);
    const before = text.slice(from, m.index);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    if (SECRET_WORD.test(line)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'secret' });
  }
}

const NO_SPANS: readonly Span[] = Object.freeze([]);

/** Levels of encoding undone: JSON escaped twice inside a percent-encoded URL is three. */
const MAX_DECODE_LEVELS = 3;

/** The same secrets looked for in the decoded views, mapped back onto the original text. */
function findEncodedSecrets(text: string): readonly Span[] {
  // Most text has no escapes at all: answer without building the view machinery.
  if (!hasEncodings(text)) return NO_SPANS;
  const spans: Span[] = [];
  let view = text;
  // toSource maps an index of the current view to the original text.
  let toSource: (i: number) => number = (i) => i;
  for (let level = 0; level < MAX_DECODE_LEVELS && hasEncodings(view); level++) {
    const decoded = decodedView(view);
    const outer = toSource;
    const outerLength = view.length;
    toSource = (i) => outer(decoded.sourceIndex[i] ?? outerLength);
    view = decoded.text;
    for (const s of findSecrets(view)) spans.push({ start: toSource(s.start), end: toSource(s.end), kind: s.kind });
  }
  return spans;
}

/** Replaces the spans (merged where they overlap; a token wins the placeholder over a secret). */
function replaceSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let current: Span | undefined;
  const flush = (s: Span): void => {
    out += text.slice(at, s.start) + (s.kind === 'token' ? TOKEN_PLACEHOLDER : SECRET_PLACEHOLDER);
    at = s.end;
  };
  for (const s of spans) {
    if (s.end <= s.start) continue;
    if (current && s.start < current.end) {
      current = { start: current.start, end: Math.max(current.end, s.end), kind: current.kind === 'token' || s.kind === 'token' ? 'token' : 'secret' };
      continue;
    }
    if (current) flush(current);
    current = { ...s };
  }
  if (current) flush(current);
  return out + text.slice(at);
}

export function redact(text: string, options: RedactOptions = {}): string {
  const spans = findSecrets(text);
  for (const s of findEncodedSecrets(text)) spans.push(s);
  let out = replaceSpans(text, spans);
  if (options.emails && out.includes('@')) out = out.replace(EMAIL, EMAIL_PLACEHOLDER);
  return out;
}

/** Every string inside a JSON-like value redacted (for JSON output); other values as they are. */
export function redactDeep<T>(value: T, options: RedactOptions = {}): T {
  if (typeof value === 'string') return redact(value, options) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, options)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, options);
    return out as T;
  }
  return value;
}
