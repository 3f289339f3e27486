/**
 * Loads Microsoft's full permissions file (the Kibali format of microsoftgraph/
 * microsoft-graph-devx-content, MIT) from a path a deployment configures, and answers
 * "what does METHOD PATH need?" from it. The file is permission-centric; this inverts it to
 * path -> permissions once at load time.
 *
 * Resolution per method (the file's trap): a path set can list several methods while its
 * `least=` marker is meant for only one of them, so a least marker counts fully only when the
 * path set lists exactly the request's method; otherwise permissions are ordered by privilege.
 */
import { readFileSync } from 'node:fs';
import type { HttpMethod } from './request-path.js';
import type { PermissionSource, Requirement } from './requirement.js';
import { compileTemplate, matches, type CompiledTemplate } from './template-match.js';
import { isRecord } from '../shared/is-record.js';

type KibaliScheme = 'DelegatedWork' | 'DelegatedPersonal' | 'Application';

interface Grant {
  readonly permission: string;
  readonly scheme: 'delegated' | 'application';
  readonly methods: readonly string[];
  readonly least: boolean;
  readonly privilegeLevel: number;
}

export class PermissionsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermissionsFileError';
  }
}

/** Normalizes a file path key the way request paths are normalized. */
function normalizeKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/\/\$(?:value|ref|count)\b/g, '');
}

export function buildPermissionsIndex(json: unknown): PermissionSource & { readonly templateCount: number } {
  if (!isRecord(json) || !isRecord(json.permissions)) {
    throw new PermissionsFileError('not a permissions file: the top-level "permissions" object is missing');
  }
  const byTemplate = new Map<string, Grant[]>();
  for (const [permission, def] of Object.entries(json.permissions)) {
    if (!isRecord(def) || !isRecord(def.schemes) || !Array.isArray(def.pathSets)) continue;
    const schemes = def.schemes as Record<string, unknown>;
    for (const set of def.pathSets) {
      if (!isRecord(set) || !Array.isArray(set.schemeKeys) || !Array.isArray(set.methods) || !isRecord(set.paths)) continue;
      const methods = set.methods.filter((m): m is string => typeof m === 'string').map((m) => m.toUpperCase());
      for (const schemeKey of set.schemeKeys as KibaliScheme[]) {
        if (schemeKey !== 'DelegatedWork' && schemeKey !== 'Application') continue;
        const schemeInfo = schemes[schemeKey];
        const privilegeLevel = isRecord(schemeInfo) && typeof schemeInfo.privilegeLevel === 'number' ? schemeInfo.privilegeLevel : 5;
        for (const [rawPath, marker] of Object.entries(set.paths)) {
          const least = typeof marker === 'string' && marker.replace('least=', '').split(',').includes(schemeKey);
          const key = normalizeKey(rawPath);
          const list = byTemplate.get(key) ?? [];
          list.push({ permission, scheme: schemeKey === 'Application' ? 'application' : 'delegated', methods, least, privilegeLevel });
          byTemplate.set(key, list);
        }
      }
    }
  }
  // Index templates by segment count: a request only needs to be compared with same-length ones.
  const bySize = new Map<number, CompiledTemplate<Grant[]>[]>();
  for (const [key, grants] of byTemplate) {
    const c = compileTemplate(key, grants);
    const list = bySize.get(c.parts.length) ?? [];
    list.push(c);
    bySize.set(c.parts.length, list);
  }

  function ordered(grants: readonly Grant[], scheme: Grant['scheme'], method: HttpMethod): string[] {
    const rank = (g: Grant): number => (g.least && g.methods.length === 1 ? 0 : g.least ? 1 : 2);
    const picked = grants
      .filter((g) => g.scheme === scheme && g.methods.includes(method))
      .sort((a, b) => rank(a) - rank(b) || a.privilegeLevel - b.privilegeLevel || a.permission.localeCompare(b.permission));
    return [...new Set(picked.map((g) => g.permission))];
  }

  return {
    name: 'permissions-file',
    templateCount: byTemplate.size,
    resolve(method, segments): Requirement | undefined {
      let best: CompiledTemplate<Grant[]> | undefined;
      for (const t of bySize.get(segments.length) ?? []) {
        if (!matches(t.parts, segments)) continue;
        if (!t.value.some((g) => g.methods.includes(method))) continue;
        if (!best || t.literals > best.literals) best = t;
      }
      if (!best) return undefined;
      return {
        method,
        template: best.template,
        delegated: ordered(best.value, 'delegated', method),
        application: segments[0] === 'me' ? [] : ordered(best.value, 'application', method),
        note: segments[0] === 'me' ? 'Paths under /me need a signed-in user; an app-only token has no user.' : undefined,
        source: 'permissions-file',
      };
    },
  };
}

/** Reads and indexes the file at path; throws PermissionsFileError with a one-line reason. */
export function loadPermissionsFile(path: string): PermissionSource & { readonly templateCount: number } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PermissionsFileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PermissionsFileError(`${path} is not valid JSON`);
  }
  return buildPermissionsIndex(json);
}
