/**
 * Permissions that write only some properties of a resource. Microsoft's permissions data lists
 * them beside the whole-resource permissions on the same call (PATCH /users/{id} accepts
 * User-PasswordProfile.ReadWrite.All and User.ReadWrite.All alike), so the data alone can't say
 * which of them fits the body a developer sent. What each one writes is Microsoft's own
 * description of it; adding a narrow permission is adding a row.
 */

export interface PropertyPermission {
  readonly permission: string;
  /** The path it writes on, as the permissions data names it. */
  readonly template: string;
  /** The body properties it writes (lower case), and nothing else. */
  readonly properties: readonly string[];
  /** What writing these properties needs besides the permission. */
  readonly alsoNeeds?: string;
  /**
   * The schemes the page names it for where Microsoft's permissions data does not list it on the
   * path at all: it is added to what the path accepts for such a body.
   */
  readonly unlistedSchemes?: readonly ('delegated' | 'application')[];
  readonly source: string;
}

export const PROPERTY_PERMISSIONS: readonly PropertyPermission[] = [
  // "To update this property: User-PasswordProfile.ReadWrite.All is the least privileged permission"
  {
    permission: 'User-PasswordProfile.ReadWrite.All',
    template: '/users/{id}',
    properties: ['passwordprofile'],
    alsoNeeds: 'Setting another user\'s password also takes an Entra role: User Administrator at least (Privileged Authentication Administrator for an administrator), held by the signed-in user or, app-only, by the app\'s service principal.',
    source: 'https://learn.microsoft.com/en-us/graph/api/resources/user#properties',
  },
  // user-update lists "User.EnableDisableAccount.All + User.Read.All" as the least privileged pair for accountEnabled
  {
    permission: 'User.EnableDisableAccount.All',
    template: '/users/{id}',
    properties: ['accountenabled'],
    alsoNeeds: 'Microsoft lists it together with User.Read.All as the least privileged pair for accountEnabled.',
    source: 'https://learn.microsoft.com/en-us/graph/api/user-update',
  },
  // "Allows the app to read, update and delete identities that are associated with a user's account"
  {
    permission: 'User.ManageIdentities.All',
    template: '/users/{id}',
    properties: ['identities'],
    source: 'https://learn.microsoft.com/en-us/graph/permissions-reference#usermanageidentitiesall',
  },
  // "Update business phones and mobile phone properties for all users"
  {
    permission: 'User-Phone.ReadWrite.All',
    template: '/users/{id}',
    properties: ['businessphones', 'mobilephone'],
    source: 'https://learn.microsoft.com/en-us/graph/permissions-reference#user-phonereadwriteall',
  },
  // "Update other mails property for all users"
  {
    permission: 'User-Mail.ReadWrite.All',
    template: '/users/{id}',
    properties: ['othermails'],
    source: 'https://learn.microsoft.com/en-us/graph/permissions-reference#user-mailreadwriteall',
  },
  // "To assign, update, or remove: … Users: CustomSecAttributeAssignment.ReadWrite.All and User.Read.All"
  // with the Attribute Assignment Administrator role in delegated calls; the data does not list it on the path.
  {
    permission: 'CustomSecAttributeAssignment.ReadWrite.All',
    template: '/users/{id}',
    properties: ['customsecurityattributes'],
    alsoNeeds: 'Assigning custom security attributes also takes the Attribute Assignment Administrator role for a signed-in user (by default not even a Global Administrator has it); Microsoft lists User.Read.All beside the permission.',
    unlistedSchemes: ['delegated', 'application'],
    source: 'https://learn.microsoft.com/en-us/graph/custom-security-attributes-examples',
  },
];

const BY_PERMISSION = new Map(PROPERTY_PERMISSIONS.map((p) => [p.permission.toLowerCase(), p]));

/** Every body property some narrow permission is about: the words worth looking for in a paste. */
export const NARROW_PROPERTIES: readonly string[] = [...new Set(PROPERTY_PERMISSIONS.flatMap((p) => p.properties))];

/** The row of a permission that writes only some properties on this path, if it is one. */
export function propertyPermission(permission: string, template: string): PropertyPermission | undefined {
  const row = BY_PERMISSION.get(permission.toLowerCase());
  return row && row.template === template ? row : undefined;
}

/** Does this permission write every property the body writes? Unknown bodies decide nothing. */
export function coversWrites(permission: string, template: string, writes: readonly string[]): boolean {
  const row = propertyPermission(permission, template);
  if (!row) return true;
  return writes.length > 0 && writes.every((w) => row.properties.includes(w));
}

/** Narrow permissions the page names for a body that writes only their properties, where the data lists none of them on the path. */
export function unlistedPropertyPermissions(template: string, writes: readonly string[], scheme: 'delegated' | 'application'): string[] {
  if (writes.length === 0) return [];
  return PROPERTY_PERMISSIONS.filter((p) => p.template === template && p.unlistedSchemes?.includes(scheme) && writes.every((w) => p.properties.includes(w))).map((p) => p.permission);
}
