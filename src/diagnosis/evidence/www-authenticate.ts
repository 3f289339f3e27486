/** The WWW-Authenticate challenge Graph sends with a 401: its error and a decoded claims challenge. */

export interface Challenge {
  /** The auth-scheme, lower-cased ("bearer", "key"): the kind of credentials the server accepts (RFC 7235 §4.1). */
  readonly scheme?: string;
  readonly error?: string;
  readonly description?: string;
  /** The claims challenge, base64-decoded when it decodes to JSON. */
  readonly claims?: string;
  readonly hasClaims: boolean;
}

/**
 * One auth-param: a quoted string or, as RFC 7235 §2.1 allows (auth-param = token BWS "=" BWS
 * ( token / quoted-string ), https://www.rfc-editor.org/rfc/rfc7235#section-2.1), a bare token:
 * `Bearer error=invalid_token` says the same as `Bearer error="invalid_token"`.
 */
const PARAM = /\b([A-Za-z_]{2,40})\s{0,2}=\s{0,2}(?:"([^"]{0,4000})"?|([!#$%&'*+.^_`|~0-9A-Za-z-]{1,4000}))/g;

/** The challenge's first token after the header's name: its auth-scheme (`WWW-Authenticate: Key realm="kong"`). */
const SCHEME = /^www-authenticate["']?\s{0,3}[:=]\s{0,3}["']?([A-Za-z][\w-]{1,20})\b/i;

function decodeClaims(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/=_-]{8,4000}$/.test(value)) return undefined;
  try {
    const json = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    JSON.parse(json);
    return json;
  } catch {
    return undefined;
  }
}

const HEADER_FORM = /^www-authenticate["']?\s{0,3}[:=]/i;

export function findChallenge(text: string, lower: string): Challenge | undefined {
  // `lower` has token bodies masked, so its offsets differ from text's: search text itself.
  if (!lower.includes('www-authenticate')) return undefined;
  const at = text.search(/www-authenticate/i);
  if (at < 0) return undefined;
  const end = text.indexOf('\n', at);
  const line = text.slice(at, end < 0 ? Math.min(text.length, at + 6000) : Math.min(end, at + 6000)).replace(/\\"/g, '"');
  // The header only named in prose ("no WWW-Authenticate at all") shows no challenge: only its header form does.
  if (!HEADER_FORM.test(line)) return undefined;
  let error: string | undefined;
  let description: string | undefined;
  let claimsRaw: string | undefined;
  PARAM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARAM.exec(line)) !== null) {
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? m[3] ?? '';
    if (key === 'error') error = value;
    else if (key === 'error_description' || key === 'errordescription') description = value;
    else if (key === 'claims') claimsRaw = value;
  }
  const scheme = SCHEME.exec(line)?.[1]?.toLowerCase();
  return { scheme, error, description, claims: claimsRaw ? (decodeClaims(claimsRaw) ?? undefined) : undefined, hasClaims: claimsRaw !== undefined };
}
