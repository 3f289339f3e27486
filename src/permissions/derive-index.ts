/**
 * Derives the compact permissions index from Microsoft's files (Kibali `permissions.json` and
 * `provisioningInfo.json` of microsoftgraph/microsoft-graph-devx-content, MIT). Pure: the build
 * script feeds it the files it read, and a GRAPH_PERMISSIONS_FILE override feeds it a newer
 * permissions.json at start.
 *
 * Order of the permissions per path, method and scheme (what "least privileged first" means):
 * 1. Permissions Microsoft marks `least=` for that scheme. The file's trap: one path set lists
 *    several methods (say GET and PATCH) while its marker is meant for one of them, so a marker
 *    from a multi-method set counts only when no single-method set marks a permission for the
 *    same path, method and scheme.
 *    A permission for one property of a resource, on a path that is not about that property, never
 *    counts as least privileged there, and goes after the others: Graph names it by qualifying the resource with a hyphen, and Microsoft's own display
 *    name says it is a property's (Group-NestingSupport.ReadWrite.All, "Read and write groups'
 *    disableNesting property"). The file marks such a permission least privileged on every path that
 *    carries its property (GET and PATCH /groups/{id}), so, named first, it would be the advice for
 *    any read or update of a group.
 * 2. Then by Microsoft's privilegeLevel (lower first; a permission without one goes last),
 *    then by name so that the order is stable.
 */
import { isRecord } from '../shared/is-record.js';
import {
  INDEX_FORMAT,
  SCHEMES,
  SCHEME_CODE,
  normalizeTemplate,
  type AlsoRequires,
  type CompactIndex,
  type Deployment,
  type IndexSource,
  type KibaliScheme,
  type MethodEntry,
  type SchemeCode,
  type SchemeFacts,
} from './index-format.js';

export class PermissionsDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermissionsDataError';
  }
}

interface Grant {
  readonly name: string;
  /** The property it is for, when it is for one property of its resource (see the order above). */
  readonly property: string | undefined;
  least: boolean;
  singleMethodLeast: boolean;
  readonly level: number;
  readonly also: Set<string>;
}

/** "least=DelegatedWork,Application;AlsoRequires=Policy.Read.All" -> its two parts. */
function parseMarker(marker: unknown): { least: Set<string>; also: string[] } {
  const least = new Set<string>();
  const also: string[] = [];
  if (typeof marker !== 'string') return { least, also };
  for (const part of marker.split(';')) {
    const [key, value = ''] = part.split('=');
    const items = value.split(',').map((v) => v.trim()).filter(Boolean);
    if (key?.trim().toLowerCase() === 'least') items.forEach((i) => least.add(i));
    else if (key?.trim().toLowerCase() === 'alsorequires') also.push(...items);
  }
  return { least, also };
}

function isScheme(value: unknown): value is KibaliScheme {
  return value === 'DelegatedWork' || value === 'DelegatedPersonal' || value === 'Application';
}

/**
 * The property a property permission is for, as a path would name it: "Group-NestingSupport.ReadWrite.All",
 * displayed as "Read and write groups' disableNesting property" -> "nesting". Undefined for any other
 * permission (its resource part is not qualified, or its display name does not grant a property).
 */
function propertyOf(name: string, schemes: Record<string, unknown>): string | undefined {
  const qualifier = (name.split('.')[0] ?? '').split('-')[1];
  if (!qualifier) return undefined;
  const grantsProperty = Object.values(schemes).some(
    (info) => isRecord(info) && typeof info.adminDisplayName === 'string' && /^(?:read|update|write)\b[^.]*\bpropert(?:y|ies)\b/i.test(info.adminDisplayName),
  );
  return grantsProperty ? (/^[A-Z]?[a-z]+/.exec(qualifier)?.[0] ?? qualifier).toLowerCase() : undefined;
}

/** Privilege level per scheme as Microsoft's file gives it; 0 when absent. */
function levelOf(schemes: Record<string, unknown>, scheme: KibaliScheme): number {
  const info = schemes[scheme];
  return isRecord(info) && typeof info.privilegeLevel === 'number' ? info.privilegeLevel : 0;
}

function compareGrants(a: Grant, b: Grant, leastOf: (g: Grant) => boolean): number {
  const la = leastOf(a) ? 0 : 1;
  const lb = leastOf(b) ? 0 : 1;
  const levelA = a.level === 0 ? Number.MAX_SAFE_INTEGER : a.level;
  const levelB = b.level === 0 ? Number.MAX_SAFE_INTEGER : b.level;
  return la - lb || levelA - levelB || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Orders one (path, method, scheme) group and says how many leading entries are least privileged. */
function orderGrants(grants: readonly Grant[], path: string): { names: string[]; least: number } {
  // A property permission is the one to name where the path is about its property (/me/changePassword).
  const elsewhere = (g: Grant): boolean => g.property !== undefined && !path.toLowerCase().includes(g.property);
  const whole = grants.filter((g) => !elsewhere(g));
  const properties = grants.filter(elsewhere);
  const anySingle = whole.some((g) => g.singleMethodLeast);
  const leastOf = (g: Grant): boolean => g.singleMethodLeast || (g.least && !anySingle);
  const sorted = [...whole.sort((a, b) => compareGrants(a, b, leastOf)), ...properties.sort((a, b) => compareGrants(a, b, () => false))];
  return { names: sorted.map((g) => g.name), least: whole.filter(leastOf).length };
}

class NameTable {
  readonly names: string[] = [];
  private readonly positions = new Map<string, number>();
  of(name: string): number {
    let at = this.positions.get(name);
    if (at === undefined) {
      at = this.names.length;
      this.names.push(name);
      this.positions.set(name, at);
    }
    return at;
  }
}

class ListTable {
  readonly lists: number[][] = [[]];
  private readonly positions = new Map<string, number>([['', 0]]);
  of(list: number[]): number {
    const key = list.join(',');
    let at = this.positions.get(key);
    if (at === undefined) {
      at = this.lists.length;
      this.lists.push(list);
      this.positions.set(key, at);
    }
    return at;
  }
}

type Groups = Map<string, Map<string, Map<KibaliScheme, Map<string, Grant>>>>;

/** The admin-facing titles of a permission's delegated and application forms, where both exist and differ. */
function titlesOf(schemes: Record<string, unknown>): readonly [string, string] | undefined {
  const title = (scheme: KibaliScheme): string | undefined => {
    const info = schemes[scheme];
    return isRecord(info) && typeof info.adminDisplayName === 'string' ? info.adminDisplayName.trim().replace(/\s+/g, ' ') : undefined;
  };
  const delegated = title('DelegatedWork');
  const application = title('Application');
  return delegated && application && delegated.toLowerCase() !== application.toLowerCase() ? [delegated, application] : undefined;
}

function collectGrants(permissions: Record<string, unknown>): { groups: Groups; facts: Map<string, SchemeFacts>; titles: Record<string, readonly [string, string]> } {
  const groups: Groups = new Map();
  const facts = new Map<string, SchemeFacts>();
  const titles: Record<string, readonly [string, string]> = {};
  for (const [name, def] of Object.entries(permissions)) {
    if (!isRecord(def) || !isRecord(def.schemes)) continue;
    const schemes = def.schemes;
    const titled = titlesOf(schemes);
    if (titled) titles[name] = titled;
    const own: Partial<Record<SchemeCode, readonly [number, 0 | 1]>> = {};
    for (const scheme of SCHEMES) {
      const info = schemes[scheme];
      if (isRecord(info)) own[SCHEME_CODE[scheme]] = [levelOf(schemes, scheme), info.requiresAdminConsent === true ? 1 : 0];
    }
    facts.set(name, own);
    const property = propertyOf(name, schemes);
    if (!Array.isArray(def.pathSets)) continue;
    for (const set of def.pathSets) {
      if (!isRecord(set) || !Array.isArray(set.methods) || !Array.isArray(set.schemeKeys) || !isRecord(set.paths)) continue;
      const methods = [...new Set(set.methods.filter((m): m is string => typeof m === 'string').map((m) => m.toUpperCase()))];
      const schemeKeys = set.schemeKeys.filter(isScheme);
      for (const [rawPath, marker] of Object.entries(set.paths)) {
        const { least, also } = parseMarker(marker);
        const key = normalizeTemplate(rawPath);
        const byMethod = groups.get(key) ?? new Map<string, Map<KibaliScheme, Map<string, Grant>>>();
        groups.set(key, byMethod);
        for (const method of methods) {
          const byScheme = byMethod.get(method) ?? new Map<KibaliScheme, Map<string, Grant>>();
          byMethod.set(method, byScheme);
          for (const scheme of schemeKeys) {
            const byName = byScheme.get(scheme) ?? new Map<string, Grant>();
            byScheme.set(scheme, byName);
            // Several raw paths (with and without $ref, casts, parameters) can fold into one
            // template, and a permission can reach it through several path sets: merge them.
            const grant = byName.get(name) ?? { name, property, least: false, singleMethodLeast: false, level: levelOf(schemes, scheme), also: new Set<string>() };
            const marked = least.has(scheme);
            grant.least ||= marked;
            grant.singleMethodLeast ||= marked && methods.length === 1;
            also.forEach((a) => grant.also.add(a));
            byName.set(name, grant);
          }
        }
      }
    }
  }
  return { groups, facts, titles };
}

function collectDeployments(provisioning: unknown, names: NameTable): Deployment[] {
  if (provisioning === undefined) return [];
  if (!isRecord(provisioning) || !isRecord(provisioning.permissionDeployments)) {
    throw new PermissionsDataError('not a provisioning file: the top-level "permissionDeployments" object is missing');
  }
  const out: Deployment[] = [];
  for (const [name, entries] of Object.entries(provisioning.permissionDeployments)) {
    if (!Array.isArray(entries)) continue;
    for (const e of entries) {
      if (!isRecord(e) || typeof e.id !== 'string' || !e.id || !isScheme(e.scheme)) continue;
      const flags = (e.isHidden === true ? 'h' : '') + (e.isEnabled === false ? 'd' : '');
      out.push([names.of(name), SCHEME_CODE[e.scheme], e.id.toLowerCase(), typeof e.environment === 'string' ? e.environment : '', flags]);
    }
  }
  return out;
}

export interface DeriveInput {
  /** Parsed Kibali permissions.json. */
  readonly permissions: unknown;
  /** Parsed provisioningInfo.json; without it the index knows no ids. */
  readonly provisioning?: unknown;
  readonly source: IndexSource;
}

export function deriveIndex(input: DeriveInput): CompactIndex {
  if (!isRecord(input.permissions) || !isRecord(input.permissions.permissions)) {
    throw new PermissionsDataError('not a permissions file: the top-level "permissions" object is missing');
  }
  const { groups, facts, titles } = collectGrants(input.permissions.permissions);
  const names = new NameTable();
  // Names first in the file's own order, so that positions are stable between runs.
  for (const name of Object.keys(input.permissions.permissions)) names.of(name);
  const lists = new ListTable();
  const endpoints: Record<string, Record<string, MethodEntry>> = {};
  const alsoRequires: Record<string, Record<string, AlsoRequires[]>> = {};
  for (const key of [...groups.keys()].sort()) {
    const byMethod = groups.get(key) as Map<string, Map<KibaliScheme, Map<string, Grant>>>;
    const entry: Record<string, MethodEntry> = {};
    for (const method of [...byMethod.keys()].sort()) {
      const byScheme = byMethod.get(method) as Map<KibaliScheme, Map<string, Grant>>;
      const ordered = SCHEMES.map((s) => orderGrants([...(byScheme.get(s)?.values() ?? [])], key));
      const [w, p, a] = ordered.map((o) => lists.of(o.names.map((n) => names.of(n)))) as [number, number, number];
      entry[method] = [w, p, a, ordered[0]?.least ?? 0, ordered[1]?.least ?? 0, ordered[2]?.least ?? 0];
      const extra: AlsoRequires[] = [];
      for (const scheme of SCHEMES) {
        for (const g of byScheme.get(scheme)?.values() ?? []) {
          if (g.also.size > 0) extra.push([SCHEME_CODE[scheme], names.of(g.name), [...g.also].sort().map((n) => names.of(n))]);
        }
      }
      if (extra.length > 0) (alsoRequires[key] ??= {})[method] = extra;
    }
    endpoints[key] = entry;
  }
  const deployments = collectDeployments(input.provisioning, names);
  const schemes = names.names.map((n) => facts.get(n) ?? {});
  return { format: INDEX_FORMAT, source: input.source, names: names.names, schemes, lists: lists.lists, endpoints, alsoRequires, deployments, titles };
}
