/**
 * The permissions index the product ships (data/graph-permissions-index.json, derived from
 * Microsoft's MIT permissions data by scripts/build-permissions-index.ts). It is found next to
 * the code through import.meta.url, loaded once, and shared; the host loads it at start so the
 * first paste does not pay for it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompactIndex } from './index-format.js';
import { PermissionsIndex, type ConsentTitles, type EndpointSupport, type PermissionFacts, type PermissionIdentity, type PermissionKind } from './permissions-index.js';
import { toGraphRequest, toHttpMethod } from './request-path.js';

/** From dist/src/permissions/ up to the project root, where data/ sits beside package.json. */
export const DEFAULT_INDEX_PATH = fileURLToPath(new URL('../../../data/graph-permissions-index.json', import.meta.url));

let loaded: PermissionsIndex | undefined;

/** The shipped index, read on first use. */
export function defaultPermissionsIndex(): PermissionsIndex {
  loaded ??= new PermissionsIndex(JSON.parse(readFileSync(DEFAULT_INDEX_PATH, 'utf8')) as CompactIndex);
  return loaded;
}

/**
 * A permission id (GUID from requiredResourceAccess, `az ad app permission list`, an
 * appRoleAssignment's appRoleId or a consent grant) -> its name and type. Public-cloud ids are
 * preferred; `environment`/`publicCloud` say when the id belongs to another cloud only.
 * Pass the type when the output says it (Scope = delegated, Role = application).
 */
export function permissionById(id: string, scheme?: PermissionKind): PermissionIdentity | undefined {
  return defaultPermissionsIndex().permissionById(id, scheme);
}

/** A permission name (any case) -> the titles of its delegated and application forms, where Microsoft titles them differently. */
export function consentTitlesOf(name: string): ConsentTitles | undefined {
  return defaultPermissionsIndex().consentTitles(name);
}

/** A permission name (any case) -> its ids per type and cloud, privilege level and admin consent. */
export function permissionByName(name: string): PermissionFacts | undefined {
  return defaultPermissionsIndex().permissionByName(name);
}

/**
 * METHOD + a request URL or path (absolute, relative, with or without version) -> per scheme the
 * permissions that allow it, least privileged first; undefined when the data has no such call.
 */
export function endpointSupport(method: string, path: string): EndpointSupport | undefined {
  const m = toHttpMethod(method);
  const request = m && toGraphRequest(m, path);
  return request ? defaultPermissionsIndex().endpointSupport(request.method, request.segments) : undefined;
}
