/**
 * "Selected" permissions (Sites.Selected, Lists.SelectedOperations.Selected, …) grant nothing by
 * themselves: consent only makes the app eligible, and access starts when the app is granted a
 * role on one specific resource. Both the delegated and the application forms work this way;
 * a delegated call also never exceeds what the signed-in user may do.
 * Source: https://learn.microsoft.com/en-us/graph/permissions-selected-overview (verified 2026-08).
 * The site grant call: https://learn.microsoft.com/en-us/graph/api/site-post-permissions
 * The delegated Sites.Selected: https://devblogs.microsoft.com/microsoft365dev/?p=18597 and the
 * DelegatedWork scheme of Sites.Selected in Microsoft's permissions data.
 */

export interface SelectedGrant {
  /** The Selected permission the token carries. */
  readonly permission: string;
  /** What it is granted on: "site", "list", "list item" or "resource". */
  readonly resource: string;
  /** The call that grants the app a role on that resource, when Microsoft documents one. */
  readonly grantRequest?: { readonly method: 'POST'; readonly path: string };
}

const GRANTS: readonly SelectedGrant[] = [
  { permission: 'Sites.Selected', resource: 'site', grantRequest: { method: 'POST', path: '/sites/{site-id}/permissions' } },
  { permission: 'Lists.SelectedOperations.Selected', resource: 'list', grantRequest: { method: 'POST', path: '/sites/{site-id}/lists/{list-id}/permissions' } },
  { permission: 'ListItems.SelectedOperations.Selected', resource: 'list item', grantRequest: { method: 'POST', path: '/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions' } },
];

/** Microsoft's naming: the ".Selected" constraint means "only the resources granted one by one". */
export function isSelectedPermission(name: string): boolean {
  return /\.selected$/i.test(name);
}

export function selectedGrant(name: string): SelectedGrant | undefined {
  if (!isSelectedPermission(name)) return undefined;
  return GRANTS.find((g) => g.permission.toLowerCase() === name.toLowerCase()) ?? { permission: name, resource: 'resource' };
}
