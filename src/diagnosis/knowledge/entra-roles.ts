/**
 * The names of Microsoft Entra built-in roles that Graph calls made for a user depend on, as
 * Microsoft's reference lists them (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference).
 * A person who writes that the signed-in user "is not a Reports Reader" or "needs the Groups
 * Administrator role" names the user's own role as what is missing.
 */
export const ENTRA_ROLES_SOURCE = 'https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference';

export const ENTRA_ROLE_NAMES: readonly string[] = [
  'global administrator', 'global reader', 'reports reader', 'usage summary reports reader', 'directory readers', 'directory writers',
  'user administrator', 'groups administrator', 'license administrator', 'helpdesk administrator', 'password administrator',
  'authentication administrator', 'privileged authentication administrator', 'privileged role administrator',
  'application administrator', 'cloud application administrator', 'application developer',
  'exchange administrator', 'exchange recipient administrator', 'sharepoint administrator', 'teams administrator',
  'teams communications administrator', 'intune administrator', 'security administrator', 'security reader', 'security operator',
  'compliance administrator', 'conditional access administrator', 'billing administrator', 'guest inviter',
  'attribute assignment administrator', 'attribute assignment reader', 'attribute definition administrator', 'attribute definition reader',
  // The roles Graph's API reference lists for delegated calls (../../permissions/delegated-roles.ts), by the names its pages use.
  'global secure access administrator', 'cloud device administrator', 'intune service administrator', 'lifecycle workflows administrator',
  'authentication policy administrator', 'organizational branding administrator',
];
