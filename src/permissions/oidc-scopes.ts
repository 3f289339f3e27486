/**
 * The OpenID Connect scopes (openid, profile, email, offline_access): they sign a user in and keep
 * the session, and grant no access to Microsoft Graph data
 * (https://learn.microsoft.com/entra/identity-platform/scopes-oidc#openid-connect-scopes).
 */
const OIDC_SCOPES: ReadonlySet<string> = new Set(['openid', 'profile', 'email', 'offline_access']);

export function isSignInScope(scope: string): boolean {
  return OIDC_SCOPES.has(scope.toLowerCase());
}
