/**
 * The subject of each verdict in single words: what its Microsoft pages are about. A paste that
 * names none of a cause's codes, messages or claims still says what it is about ("the user has a
 * license", "the mailbox", "delegated"), and when nothing decisive was found these words order
 * the candidates better than the HTTP status alone. They are tie-breakers only: a few tenths of a
 * point, never evidence enough to answer without asking (../topic-signals.ts).
 *
 * Words are whole tokens of the prose (not parts of URLs or identifiers). They are not polar: "no
 * license" speaks of licenses as much as "a license" does. Words every paste uses whatever its
 * cause (token, user, app, error, access) are left out: they cannot tell causes apart.
 */
import type { VerdictId } from '../cause.js';

export interface TopicWords {
  readonly cause: VerdictId;
  readonly words: readonly string[];
  /** The Microsoft page whose subject these words are. */
  readonly source: string;
}

export const TOPIC_WORDS: readonly TopicWords[] = [
  {
    cause: 'token-invalid',
    // Lifetimes, expiry, revocation, refresh, signatures, the account kinds a tenant refuses.
    words: ['expired', 'expire', 'expires', 'expiry', 'expiration', 'lifetime', 'refresh', 'revoked', 'malformed', 'clock', 'skew', 'personal', 'msa', 'consumers', 'invalid_grant', 'invalid_client'],
    source: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens',
  },
  {
    cause: 'permissions-missing',
    words: ['permission', 'permissions', 'consent', 'grant', 'insufficient', 'privileges', 'scope', 'scopes', 'approval', 'approve'],
    source: 'https://learn.microsoft.com/entra/identity-platform/permissions-consent-overview',
  },
  {
    cause: 'permission-type-mismatch',
    words: ['delegated', 'application', 'app-only', 'daemon', 'credentials', 'roles', 'scp', 'signed-in', 'unattended', 'background'],
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    cause: 'user-access-or-license',
    words: ['license', 'licensed', 'licence', 'unlicensed', 'member', 'members', 'membership', 'owner', 'guest', 'shared', 'sharing', 'site', 'channel', 'mailbox', 'onedrive', 'assigned', 'assignment', 'subscription'],
    source: 'https://learn.microsoft.com/graph/resolve-auth-errors',
  },
  {
    cause: 'wrong-audience',
    words: ['audience', 'aud', 'signature', 'sharepoint', 'outlook', 'exchange', 'ews', 'vault', 'spa', 'id_token', 'idtoken', 'forward', 'api://'],
    source: 'https://learn.microsoft.com/entra/identity-platform/access-tokens',
  },
  {
    cause: 'wrong-audience',
    // National clouds have their own sign-in and Graph endpoints, and tokens do not cross them.
    words: ['sovereign', 'azurechinacloud', 'azureusgovernment', 'chinacloud', '21vianet', 'gcc', 'gcch'],
    source: 'https://learn.microsoft.com/graph/deployments',
  },
  {
    cause: 'conditional-access',
    words: ['mfa', 'multi-factor', 'multifactor', 'conditional', 'compliant', 'device', 'location', 'session', 'interaction_required'],
    source: 'https://learn.microsoft.com/entra/identity/conditional-access/overview',
  },
  {
    cause: 'password-reset-app-only',
    // Passwords and the other properties Microsoft lists as sensitive: phones, other mails, whether the account is enabled.
    words: ['password', 'passwordprofile', 'reset', 'phone', 'businessphones', 'mobilephone', 'othermails', 'accountenabled', 'disable', 'disabling', 'sensitive'],
    source: 'https://learn.microsoft.com/graph/api/resources/users#who-can-perform-sensitive-actions',
  },
  {
    cause: 'odata-access-disabled',
    words: ['applicationaccesspolicy', 'rbac', 'odata', 'mailbox'],
    source: 'https://learn.microsoft.com/exchange/permissions-exo/application-rbac',
  },
  {
    cause: 'not-authorization',
    words: ['throttled', 'throttling', '429', 'timeout', 'bug', 'syntax', 'filter', 'query'],
    source: 'https://learn.microsoft.com/graph/errors',
  },
];
