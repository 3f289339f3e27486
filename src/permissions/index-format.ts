/**
 * The shape of the committed permissions index (data/graph-permissions-index.json): facts
 * derived from Microsoft's Graph permissions data, none of its description text. Names are
 * stored once and referred to by position; identical ordered permission lists are stored once
 * and referred to by position, which keeps the file small (thousands of endpoints share lists).
 */

/** Kibali's three schemes: delegated for work/school accounts, delegated for personal Microsoft accounts, application. */
export type KibaliScheme = 'DelegatedWork' | 'DelegatedPersonal' | 'Application';

export const SCHEMES: readonly KibaliScheme[] = ['DelegatedWork', 'DelegatedPersonal', 'Application'];

/** One letter per scheme in the file: w = DelegatedWork, p = DelegatedPersonal, a = Application. */
export type SchemeCode = 'w' | 'p' | 'a';

export const SCHEME_CODE: Readonly<Record<KibaliScheme, SchemeCode>> = { DelegatedWork: 'w', DelegatedPersonal: 'p', Application: 'a' };

export const INDEX_FORMAT = 'graph-auth-doctor/permissions-index@1';

/**
 * Per method: [work list, personal list, application list, work least count, personal least
 * count, application least count]. A list is a position in `lists` (0 is the empty list);
 * a least count says how many leading names carry Microsoft's least-privileged marker.
 */
export type MethodEntry = readonly [number, number, number, number, number, number];

/** scheme code, permission position, positions of the permissions it also requires on this path. */
export type AlsoRequires = readonly [SchemeCode, number, readonly number[]];

/**
 * permission position, scheme code, id (GUID), environments (e.g. "public", "PPE;public", ""
 * when Microsoft's file leaves it blank), flags ("h" hidden, "d" disabled, "" otherwise).
 */
export type Deployment = readonly [number, SchemeCode, string, string, string];

/** Per permission and scheme: [privilege level (0 = not given), admin consent required (1/0)]. */
export type SchemeFacts = Partial<Record<SchemeCode, readonly [number, 0 | 1]>>;

export interface IndexSource {
  readonly repository: string;
  readonly files: readonly string[];
  readonly snapshot: string;
  readonly commit?: string;
  readonly license: string;
  readonly notice: string;
}

export interface CompactIndex {
  readonly format: typeof INDEX_FORMAT;
  readonly source: IndexSource;
  /** Permission names; a name's position is its number everywhere else in the file. */
  readonly names: readonly string[];
  /** Per name (same positions): privilege level and admin consent per scheme, when Microsoft's file describes it. */
  readonly schemes: readonly SchemeFacts[];
  /** Ordered permission lists (least privileged first); lists[0] is empty. */
  readonly lists: readonly (readonly number[])[];
  /** Normalized path template -> method -> entry. */
  readonly endpoints: Readonly<Record<string, Readonly<Record<string, MethodEntry>>>>;
  /** Normalized path template -> method -> what a permission additionally needs there. */
  readonly alsoRequires: Readonly<Record<string, Readonly<Record<string, readonly AlsoRequires[]>>>>;
  /** Every permission id Microsoft deploys, in every cloud it names. */
  readonly deployments: readonly Deployment[];
  /**
   * Per permission whose delegated and application forms Microsoft titles differently: [delegated title,
   * application title], as the consent screen and the portal's API permissions list show them
   * ("Send mail as a user" / "Send mail as any user"). The title a paste copies says which type was granted.
   */
  readonly titles?: Readonly<Record<string, readonly [string, string]>>;
}

/**
 * Normalizes a path from Microsoft's file the way request paths are normalized
 * (request-path.ts): lower case, function parameters dropped, `$value`/`$ref`/`$count`
 * dropped, the `microsoft.graph.` cast prefix dropped, and every `{…}` segment read as `{id}`.
 */
export function normalizeTemplate(path: string): string {
  const segments: string[] = [];
  for (const raw of path.toLowerCase().replace(/\([^)]*\)/g, '').split('/')) {
    if (!raw || raw === '$value' || raw === '$ref' || raw === '$count') continue;
    const seg = raw.replace(/^microsoft\.graph\./, '');
    segments.push(/^\{[^}]*\}$/.test(seg) ? '{id}' : seg);
  }
  return '/' + segments.join('/');
}
