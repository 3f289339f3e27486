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

/** One linear pass: `%XX` (a byte, read as Latin-1: secrets and tokens are ASCII) and JSON escapes. */
export function decodedView(text: string): DecodedView {
  let out = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 37 && i + 2 < text.length) {
      const hi = hexValue(text.charCodeAt(i + 1));
      const lo = hexValue(text.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out += String.fromCharCode(hi * 16 + lo);
        index.push(i);
        i += 3;
        continue;
      }
    }
    if (c === 92 && i + 1 < text.length) {
      const next = text[i + 1] as string;
      if (next === 'u' && i + 5 < text.length) {
        const code = parseInt(text.slice(i + 2, i + 6), 16);
        if (/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(code);
          index.push(i);
          i += 6;
          continue;
        }
      }
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== undefined) {
        out += simple;
        index.push(i);
        i += 2;
        continue;
      }
    }
    out += text[i];
    index.push(i);
    i++;
  }
  index.push(text.length);
  return { text: out, sourceIndex: Int32Array.from(index) };
}
