/** The sign-in flows a paste can show, and which of them give an app-only token. */

export type SignInFlow =
  | 'client-credentials'
  | 'certificate'
  | 'managed-identity'
  | 'username-password'
  | 'device-code'
  | 'auth-code'
  | 'on-behalf-of'
  | 'silent'
  | 'graph-explorer'
  /** Teams tab or Office add-in SSO: a user token issued for the app's own API, not for Graph. */
  | 'sso-token';

export const APP_ONLY_FLOWS: ReadonlySet<SignInFlow> = new Set(['client-credentials', 'certificate', 'managed-identity']);
