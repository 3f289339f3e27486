/**
 * Error identifiers: Graph `error.code` values (JSON, SDK printouts, PowerShell), their
 * messages, AADSTS codes with their descriptions, and OAuth `error` values.
 */
import { looksRandom } from '../../token/secret-patterns.js';
import { toldAsFixed } from './history.js';
import { AADSTS_BY_CODE } from '../knowledge/aadsts.js';

export interface AadstsFinding {
  readonly code: string;
  readonly description: string;
  /**
   * Its description goes on with another code ("AADSTS70002: Error validating credentials.
   * AADSTS50126: Invalid username or password"): it only wraps that code, which says what failed.
   */
  readonly wraps?: true;
}

// "code": "X", Code: X, ErrorCode: X, error code=X, code: 'X', code: Some("X"), errorCode=X
// PowerShell's FullyQualifiedErrorId carries the service's code before its first comma.
const CODE_FIELD = /\b(?:(?:error[ _-]?)?code|fullyqualifiederrorid)["']?\s{0,3}[:=]\s{0,3}(?:some\(\s{0,2})?["']?([A-Za-z][A-Za-z0-9_.]{2,80})/gi;
// A double-quoted message may hold apostrophes ("The user doesn't …") and escaped quotes; an
// empty one ("message": "") is skipped rather than swallowing the next field.
const MESSAGE_FIELD = /\b(?:error[ _-]?)?message["']?\s{0,3}[:=]\s{0,3}(?:some\(\s{0,2})?(?:"((?:[^"\\\n]|\\.){3,500})"|'([^'\n]{3,500})'|([^\n"']{3,500}))/gi;
// Any case: retyped or lower-cased by a log pipeline, "aadsts50076" is the same code.
const AADSTS = /\bAADSTS(\d{4,9})\b\s{0,3}:?\s{0,3}([^\n"\\]{0,300})/gi;
/** One short sentence and nothing after it: the text of a code that only wraps the next one. */
const WRAPPER_SENTENCE = /^[^.\n]{3,60}\.?\s{0,3}$/;
const OAUTH_ERRORS = /\b(invalid_grant|interaction_required|consent_required|login_required|invalid_client|invalid_scope|unauthorized_client|invalid_request|invalid_resource|access_denied|temporarily_unavailable|insufficient_claims|insufficient_scope|invalid_token|unsupported_grant_type)\b/gi;

const NOT_A_CODE = new Set(['null', 'none', 'true', 'false', 'undefined', 'some', 'error', 'string', 'number', 'code']);

/**
 * A `code=` right after `?`, `&` or `#` is a URL parameter (an Azure Functions key, an OAuth
 * authorization code), never the error's code: codes come from error bodies only.
 */
function isUrlParameter(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return before === 63 || before === 38 || before === 35; // ? & #
}

/** Error codes are words (`Authorization_RequestDenied`, `ErrorAccessDenied`), not random strings: a key or token is never one. */
function hasCodeShape(code: string): boolean {
  return !looksRandom(code);
}

export function findGraphCodes(text: string): string[] {
  const out = new Set<string>();
  CODE_FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE_FIELD.exec(text)) !== null) {
    const code = m[1] ?? '';
    if (isUrlParameter(text, m.index) || !hasCodeShape(code)) continue;
    if (!NOT_A_CODE.has(code.toLowerCase())) out.add(code);
  }
  return [...out];
}

export function findMessages(text: string): string[] {
  const out: string[] = [];
  MESSAGE_FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MESSAGE_FIELD.exec(text)) !== null && out.length < 10) {
    const msg = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (msg && !out.includes(msg)) out.push(msg);
  }
  return out;
}

/**
 * The token endpoint's JSON error lists its codes as numbers too ("error_codes": [50076]), beside an
 * error_description that usually, but not always once a tool rewrites it, repeats them as AADSTS…
 * (error_codes, "an array of codes pertaining to the error(s) that occurred":
 * https://learn.microsoft.com/javascript/api/@azure/identity/errorresponse).
 */
const ERROR_CODES = /["']?error_codes["']?\s{0,3}[:=]\s{0,3}\[\s{0,3}(\d{4,9}(?:\s{0,3},\s{0,3}\d{4,9}){0,9})\s{0,3}\]/gi;
const ERROR_DESCRIPTION = /["']?error_description["']?\s{0,3}[:=]\s{0,3}["']([^"'\n]{1,300})/i;

function numberedCodes(text: string, out: AadstsFinding[]): void {
  if (!text.includes('error_codes')) return;
  const description = ERROR_DESCRIPTION.exec(text)?.[1]?.trim() ?? '';
  ERROR_CODES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ERROR_CODES.exec(text)) !== null && out.length < 10) {
    for (const code of (m[1] ?? '').split(/\s{0,3},\s{0,3}/)) {
      if (code && !out.some((a) => a.code === code) && out.length < 10) out.push({ code, description });
    }
  }
}

/**
 * A code told as history: its sentence says it was met before and fixed ("last month we hit
 * AADSTS50076 during the MFA rollout and fixed it …"). It is not the error being asked about; a
 * sentence that says it is back ("still", "again") is.
 */

function toldAsHistory(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  // The sentence starts after the last line break or sentence end before the code (search gives -1 for none).
  const start = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/)) + 1;
  const rest = text.slice(at, at + 240);
  const end = rest.search(/[.!?](?:\s|$)|\n/);
  const sentence = before.slice(start) + (end >= 0 ? rest.slice(0, end) : rest);
  return toldAsFixed(sentence);
}

export function findAadsts(text: string): AadstsFinding[] {
  const out: AadstsFinding[] = [];
  // The cheap test first: most pastes hold no AADSTS code at all.
  const prefixed = /aadsts/i.test(text);
  AADSTS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (prefixed && (m = AADSTS.exec(text)) !== null && out.length < 10) {
    const code = m[1] ?? '';
    let description = m[2] ?? '';
    // A code right after one short sentence is what the first one wraps ("Error validating
    // credentials. AADSTS50126: …"): it is read on its own, and the first only wraps it. Later on the
    // line a code is the writer's aside ("…, AADSTS65001 was the previous error, fixed") and stays
    // part of the description.
    const inner = /\bAADSTS\d{4,9}/i.exec(description);
    const wraps = inner !== null && WRAPPER_SENTENCE.test(description.slice(0, inner.index));
    if (inner && wraps) {
      AADSTS.lastIndex = m.index + m[0].length - description.length + inner.index;
      description = description.slice(0, inner.index);
    }
    if (out.some((a) => a.code === code) || toldAsHistory(text, m.index)) continue;
    const finding = { code, description: description.trim().replace(/\s{2,}/g, ' ') };
    out.push(wraps ? { ...finding, wraps: true } : finding);
  }
  numberedCodes(text, out);
  signInPageCodes(text, out);
  return out;
}

/**
 * Entra's sign-in page and its sign-in logs print the code without its prefix: "Error Code: 53003"
 * among the page's troubleshooting details, "Sign-in error code 50199" in the log, on the next line
 * in the portal's two-column copy. A bare number is many things (a socket error, an add-in's own
 * code), so only one the AADSTS reference lists is read, as the code it is
 * (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 */
const SIGN_IN_PAGE_CODE = /\b(?:sign-?in )?error code\b[ \t]{0,3}[:：]?\s{0,3}(\d{5,7})\b/gi;

function signInPageCodes(text: string, out: AadstsFinding[]): void {
  if (!/error code/i.test(text)) return;
  SIGN_IN_PAGE_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIGN_IN_PAGE_CODE.exec(text)) !== null && out.length < 10) {
    const code = m[1] ?? '';
    if (AADSTS_BY_CODE.has(code) && !out.some((a) => a.code === code) && !toldAsHistory(text, m.index)) out.push({ code, description: '' });
  }
}

export function findOAuthErrors(text: string): string[] {
  const out = new Set<string>();
  // Every value of the list has an underscore: no underscore, no OAuth error.
  if (!text.includes('_')) return [];
  OAUTH_ERRORS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OAUTH_ERRORS.exec(text)) !== null) out.add((m[1] ?? '').toLowerCase());
  return [...out];
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const REQUEST_ID = new RegExp(`\\b(?:request[-_ ]?id|requestid)["']?\\s{0,20}[:=]?\\s{0,20}["']?(${GUID})`, 'i');
const CLIENT_REQUEST_ID = new RegExp(`\\bclient[-_ ]?request[-_ ]?id["']?\\s{0,20}[:=]?\\s{0,20}["']?(${GUID})`, 'i');
const CORRELATION_ID = new RegExp(`\\b(?:correlation|trace)[ _-]?id["']?\\s{0,5}[:=]?\\s{0,5}["']?(${GUID})`, 'i');
const DATE = /\b(?:date|timestamp)["']?\s{0,20}[:=]?\s{0,20}["']?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?Z?)/i;

export function findRequestIds(text: string): { requestId?: string; clientRequestId?: string; correlationId?: string } {
  if (!/id/i.test(text)) return {};
  // "client-request-id" also matches the plain request-id pattern; take the plain one first.
  const withoutClient = text.replace(/client[-_ ]?request[-_ ]?id/gi, 'client_rid');
  return {
    requestId: REQUEST_ID.exec(withoutClient)?.[1],
    clientRequestId: CLIENT_REQUEST_ID.exec(text)?.[1],
    correlationId: CORRELATION_ID.exec(text)?.[1],
  };
}

export function findDate(text: string): string | undefined {
  return DATE.exec(text)?.[1];
}
