/**
 * Turns a Microsoft Graph request URL (absolute, relative, SDK-style or with OData keys) into
 * the lower-case segment list that permission templates are matched against.
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequest {
  readonly method: HttpMethod;
  /** Lower-case path below the version segment, e.g. "/users/{id}/sendmail" style input. */
  readonly path: string;
  readonly segments: readonly string[];
  readonly version?: 'v1.0' | 'beta';
  readonly host?: string;
  /**
   * Body properties the request writes, lower case, where the paste shows them and a narrow
   * permission is about them (property-permissions.ts); empty or absent when unknown.
   */
  readonly writes?: readonly string[];
}

const METHODS = new Set<HttpMethod>(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

export function toHttpMethod(value: string | undefined): HttpMethod | undefined {
  const upper = value?.toUpperCase();
  return upper && METHODS.has(upper as HttpMethod) ? (upper as HttpMethod) : undefined;
}

/**
 * Normalizes a URL or path: drops scheme and host, the version segment, the query and
 * fragment; rewrites OData keys `users('x')` to `users/x`, drive-item path addressing
 * `root:/a/b:` to `root`, function parameters `f(a=1)` to `f`, and `$value`/`$ref`/`$count`.
 */
export function parseGraphPath(url: string): { host?: string; version?: 'v1.0' | 'beta'; segments: string[] } {
  let rest = url.trim();
  let host: string | undefined;
  const abs = /^https?:\/\/([^/?#\s]+)/i.exec(rest);
  if (abs) {
    host = abs[1]?.toLowerCase();
    rest = rest.slice(abs[0].length);
  }
  const cut = rest.search(/[?#]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  // Drive item path addressing: /root:/folder/file.txt:/content -> /root/content
  rest = rest.replace(/:\/[^:]*:?(?=\/|$)/g, '');
  // OData keys and function parameters: users('id') -> users/id ; f(period='D7') -> f
  rest = rest.replace(/\(\s*'([^']*)'\s*\)/g, '/$1').replace(/\([^)]*\)/g, '');
  // A function call whose URL was cut at its first quote (written in code or prose, the URL ends
  // there): "reminderView(startDateTime=" is still the function reminderView.
  rest = rest.replace(/\([^)/]*$/, '');
  const segments: string[] = [];
  let version: 'v1.0' | 'beta' | undefined;
  for (const raw of rest.split('/')) {
    const seg = raw.trim();
    if (!seg) continue;
    const lower = seg.toLowerCase();
    if (segments.length === 0 && version === undefined && (lower === 'v1.0' || lower === 'beta')) {
      version = lower;
      continue;
    }
    if (lower === '$value' || lower === '$ref' || lower === '$count') continue;
    segments.push(lower.replace(/^microsoft\.graph\./, ''));
  }
  return { host, version, segments };
}

/** Builds a GraphRequest, or undefined when the URL has no path to speak of. */
export function toGraphRequest(method: HttpMethod, url: string): GraphRequest | undefined {
  const { host, version, segments } = parseGraphPath(url);
  if (segments.length === 0) return undefined;
  return { method, path: '/' + segments.join('/'), segments, version, host };
}
