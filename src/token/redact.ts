/**
 * The one redaction used by logs, cards and the Microsoft Q&A draft: removes access tokens,
 * Authorization header values, client secrets, passwords, connection-string keys, SAS
 * signatures and (optionally) e-mail addresses. Diagnostic values (error codes, request ids,
 * dates, URLs without credentials) are kept so that the redacted text still explains the error.
 */
import { findTokens } from './find.js';

export interface RedactOptions {
  /** Also replace e-mail addresses (for anything posted publicly, such as the Q&A draft). */
  readonly emails?: boolean;
}

export const TOKEN_PLACEHOLDER = '[access token removed]';
export const SECRET_PLACEHOLDER = '[secret removed]';

// Each pattern keeps the label (group 1) and drops the value. Values stop at whitespace or a
// quote, and every quantifier is bounded, so there is no catastrophic backtracking.
const LABELLED_SECRETS: readonly RegExp[] = [
  /(authorization["']?\s*[:=]\s*["']?(?:(?:bearer|basic|pop)\s+)?)(?![[<{]|(?:bearer|basic|pop)\b)[^\s"',;]{4,8192}/gi,
  /((?:client[_-]?secret|clientsecret|client_assertion|app[_-]?secret|password|passwd|pwd|secret|api[_-]?key|refresh[_-]?token|access[_-]?token|id[_-]?token|accountkey|sharedaccesskey)["']?\s*[:=]\s*["']?)(?![[<{$])[^\s"',;&]{3,8192}/gi,
  /([?&](?:sig|code|client_secret|password|access_token|refresh_token|id_token)=)(?![[<{])[^\s&"'#]{3,8192}/gi,
  /(-(?:ClientSecret|Password|Secret|CertificatePassword)\s+["']?)(?![[<{$])[^\s"']{3,1024}/gi,
  /(--(?:password|secret|client-secret)[=\s]+["']?)(?![[<{$])[^\s"']{3,1024}/gi,
];

const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]{0,16384}?-----END [A-Z ]{0,40}PRIVATE KEY-----/g;
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/g;

/** Removes every token candidate found in text (JWTs, payload segments, opaque bearer values). */
function removeTokens(text: string): string {
  const tokens = findTokens(text);
  if (tokens.length === 0) return text;
  const spans = [...tokens].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const t of spans) {
    if (t.start < at) continue;
    out += text.slice(at, t.start) + TOKEN_PLACEHOLDER;
    at = t.end;
  }
  return out + text.slice(at);
}

/**
 * Cheap pre-check: a text that has none of these cannot hold anything the patterns below
 * remove, so most diagnostic lines skip the heavier work. Each alternative is the fixed part
 * one of the patterns (or findTokens) needs: a label word only counts when a value follows it
 * (`token:` or `secret=`), so prose like "a new token" stays on the fast path.
 */
const MIGHT_HOLD_SECRET =
  /eyj|bearer|authori[sz]ation|(?:secret|passw(?:or)?d|pwd|key|token|client_assertion)["']?\s*[:=]|[?&](?:sig|code|client_secret|password|access_token|refresh_token|id_token)=|-----begin|-(?:clientsecret|password|secret|certificatepassword)\s|--(?:password|secret|client-secret)/i;

export function redact(text: string, options: RedactOptions = {}): string {
  if (!MIGHT_HOLD_SECRET.test(text)) return options.emails && text.includes('@') ? text.replace(EMAIL, '[e-mail removed]') : text;
  let out = removeTokens(text);
  // Tokens found again after removing the first ones (a token repeated many times).
  if (out.includes('eyJ')) out = removeTokens(out);
  out = out.replace(PRIVATE_KEY_BLOCK, SECRET_PLACEHOLDER);
  for (const re of LABELLED_SECRETS) {
    out = out.replace(re, (_m, label: string) => (label.endsWith(SECRET_PLACEHOLDER) ? label : `${label}${SECRET_PLACEHOLDER}`));
  }
  if (options.emails) out = out.replace(EMAIL, '[e-mail removed]');
  return out;
}
