/**
 * A secret can arrive encoded: percent-encoded in a URL (`abc8Q%7E…`, a JWT whose dots are
 * `%2E`) or escaped inside a JSON string (`\u002e`, `\"`, `\/`). The redaction looks at the
 * text once as it is and once through this view, where one level of both encodings is undone,
 * and maps what it finds back to the characters of the original text.
 */

export interface DecodedView {
  readonly text: string;
  /** Index in the original text of each decoded character; one extra entry for the end. */
  readonly sourceIndex: Int32Array;
}

/** Whether the text has anything this view would decode. */
export function hasEncodings(text: string): boolean {
  return /%[0-9A-Fa-f]{2}|\\(?:u[0-9A-Fa-f]{4}|["/\\nrt])/.test(text);
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '/': '/', '\\': '\\', n: '\n', r: '\n', t: '\t' };

const SIMPLE_CODES: Readonly<Record<number, number>> = Object.fromEntries(Object.entries(SIMPLE_ESCAPES).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

/**
 * The escape starting at i: its decoded character code times 8 plus its length (2, 3 or 6), or
 * -1 when none starts there. One number instead of an object: this runs for every escape.
 */
function escapeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 37) {
    const hi = hexValue(text.charCodeAt(i + 1));
    const lo = hexValue(text.charCodeAt(i + 2));
    return hi >= 0 && lo >= 0 ? (hi * 16 + lo) * 8 + 3 : -1;
  }
  const next = text.charCodeAt(i + 1);
  if (next === 117 && i + 5 < text.length) {
    let code = 0;
    for (let k = 2; k < 6; k++) {
      const h = hexValue(text.charCodeAt(i + k));
      if (h < 0) return -1;
      code = code * 16 + h;
    }
    return code * 8 + 6;
  }
  const simple = SIMPLE_CODES[next];
  return simple === undefined ? -1 : simple * 8 + 2;
}

/** UTF-16 code units to a string, in chunks (fromCharCode takes a bounded number of arguments). */
function fromCodes(codes: Uint16Array): string {
  let out = '';
  for (let at = 0; at < codes.length; at += 8192) out += String.fromCharCode(...codes.subarray(at, at + 8192));
  return out;
}

/**
 * One linear pass: `%XX` (a byte, read as Latin-1: secrets and tokens are ASCII) and JSON
 * escapes, into typed arrays (a string built one character at a time cost milliseconds at 64 KB).
 */
export function decodedView(text: string): DecodedView {
  const codes = new Uint16Array(text.length);
  const index = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const escape = c === 37 || c === 92 ? escapeAt(text, i) : -1;
    index[n] = i;
    if (escape < 0) {
      codes[n++] = c;
      i++;
    } else {
      codes[n++] = escape >> 3;
      i += escape & 7;
    }
  }
  index[n] = text.length;
  return { text: fromCodes(codes.subarray(0, n)), sourceIndex: index.subarray(0, n + 1) };
}
