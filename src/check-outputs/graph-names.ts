/**
 * Permission ids to names through the shipped permissions index (Microsoft's own data), never
 * by guessing: an id the data does not have stays an id and is said to be unknown; an id that
 * exists only in another cloud says which.
 */
import { permissionById, permissionByName } from '../permissions/default-index.js';
import type { PermissionKind } from '../permissions/permissions-index.js';
import type { ShownPermission } from './model.js';

/**
 * Microsoft Graph's application id, the same in every tenant: requiredResourceAccess and
 * az ad app permission list name the API by it
 * (https://learn.microsoft.com/graph/permissions-reference#frequently-asked-questions).
 */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/** The display name of Microsoft Graph's service principal in appRoleAssignments (resourceDisplayName). */
export const GRAPH_DISPLAY_NAME = 'microsoft graph';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string | undefined): value is string {
  return value !== undefined && GUID.test(value.trim());
}

/** `Scope` (delegated) and `Role` (application), as requiredResourceAccess and Get-AzADAppPermission print them. */
export function kindOfType(type: string | undefined): PermissionKind | undefined {
  const t = type?.trim().toLowerCase();
  return t === 'scope' ? 'delegated' : t === 'role' ? 'application' : undefined;
}

/** A Graph permission id of a known kind, named when Microsoft's data has it. */
export function graphPermission(id: string, kind: PermissionKind): ShownPermission {
  // Looked up by kind first; an id of the other kind is said to be one, never renamed.
  const found = isGuid(id) ? (permissionById(id, kind) ?? permissionById(id)) : undefined;
  if (!found) return { id, kind, resource: 'graph', note: 'not in Microsoft\'s Graph permissions data: unknown id' };
  if (found.scheme !== kind) return { id, kind, resource: 'graph', name: found.name, note: `this id is the ${found.scheme} ${found.name}, not a ${kind} permission` };
  const note = found.publicCloud ? undefined : `an id of the ${found.environment} cloud only, not of the global service`;
  return { id, kind, resource: 'graph', name: found.name, note };
}

/** A permission of an API that is not (or not known to be) Microsoft Graph: an id with no name. */
export function otherPermission(id: string, kind: PermissionKind, resource: 'other' | 'unknown'): ShownPermission {
  return { id, kind, resource, note: resource === 'other' ? 'a permission of another API, not Microsoft Graph' : 'the output does not say which API this is' };
}

/** A delegated scope as a consent grant prints it (a name), checked against Graph's names. */
export function scopeByName(name: string): ShownPermission {
  const facts = permissionByName(name);
  return facts?.delegated ? { name: facts.name, kind: 'delegated', resource: 'graph' } : { name, kind: 'delegated', resource: 'unknown', note: 'not a Microsoft Graph delegated permission name' };
}

export function describePermission(p: ShownPermission): string {
  const kind = p.kind === 'delegated' ? 'Delegated' : 'Application';
  const label = p.name ?? p.id ?? 'unnamed';
  return p.note ? `${label} (${kind}) — ${p.note}` : `${label} (${kind})`;
}
