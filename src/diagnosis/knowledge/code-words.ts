/**
 * Reads an error code or class name by its words, so a code nobody listed still counts when
 * its own words say what it is: "ErrorAccessDenied" is error access denied,
 * "Authorization_RequestDenied" authorization request denied, "MailboxNotEnabledForRESTAPI"
 * mailbox not enabled for rest api. The rules name word sets, not codes.
 */
import type { KnownVerdict } from './row.js';

/** Splits CamelCase, acronyms, digits, underscores, dots and dashes into lower-case words. */
export function codeWords(code: string): string[] {
  const out: string[] = [];
  for (const part of code.slice(0, 120).split(/[^A-Za-z0-9]+/)) {
    const words = part.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+/g);
    if (words) for (const w of words) out.push(w.toLowerCase());
  }
  return out;
}

export interface WordRule {
  /** Every group must be matched by one of its words. */
  readonly groups: readonly (readonly string[])[];
  readonly cause: KnownVerdict;
  /** Generic rules (access denied, forbidden) only break ties. */
  readonly generic?: boolean;
  readonly meaning: string;
}

const TOKENISH = ['token', 'jwt', 'authentication', 'auth', 'credential', 'credentials', 'secret', 'assertion', 'session', 'grant', 'bearer'];
const EXPIRY = ['expired', 'expiry', 'expires', 'expiration', 'lifetime'];
// "Validation" in a code names a check that failed: "TokenValidationFailed" is a token that failed its checks.
const BROKEN = ['invalid', 'malformed', 'missing', 'empty', 'bad', 'corrupt', 'unparsable', 'validation'];
const PERMISSION = ['permission', 'permissions', 'privilege', 'privileges', 'scope', 'scopes', 'role', 'roles', 'rights'];
const LACKING = ['insufficient', 'missing', 'no', 'lacks', 'lacking', 'required', 'denied'];

const BROKEN_TOKEN_RULE: WordRule = { groups: [TOKENISH, BROKEN], cause: 'token-invalid', meaning: 'says the token is missing or malformed' };
/**
 * The parts of a request a code can end on: what it says is invalid is then that part ("InvalidModel":
 * the body failed the model's validation), or the kind of value it was given ("InvalidDateTime",
 * "InvalidGuid", "InvalidUrl"): a value's format, which no permission changes.
 */
const REQUEST_NOUNS: ReadonlySet<string> = new Set(['request', 'query', 'filter', 'property', 'properties', 'parameter', 'argument', 'body', 'value', 'field', 'model',
  'date', 'time', 'datetime', 'timezone', 'format', 'guid', 'uri', 'url', 'email', 'number', 'range', 'path']);

export const WORD_RULES: readonly WordRule[] = [
  // Most specific first: "InvalidTokenAudience" is about the audience before it is about the token.
  { groups: [['audience', 'aud']], cause: 'wrong-audience', meaning: 'speaks of the token audience' },
  // A token of one cloud sent to another's service ("InvalidCloudInstance", Microsoft.IdentityModel's
  // SecurityTokenInvalidCloudInstanceException): each national cloud has its own Graph and sign-in
  // endpoints, and tokens of one are not accepted by another (https://learn.microsoft.com/graph/deployments).
  { groups: [['cloud'], ['instance', 'instances']], cause: 'wrong-audience', meaning: 'names a token of another cloud instance' },
  // "Directory_ExpiredPageToken", "InvalidSkipToken", "SyncStateInvalid…DeltaToken": the token of a page is the
  // opaque $skiptoken or $deltatoken cursor Graph hands back in @odata.nextLink or @odata.deltaLink, not
  // the access token (https://learn.microsoft.com/graph/paging, https://learn.microsoft.com/graph/delta-query-overview).
  { groups: [['page', 'paging', 'skip', 'skiptoken', 'delta', 'deltatoken', 'continuation', 'cursor'], ['token', 'skiptoken', 'deltatoken']], cause: 'not-authorization', meaning: 'names a paging cursor ($skiptoken or $deltatoken), not an access token' },
  { groups: [TOKENISH, EXPIRY], cause: 'token-invalid', meaning: 'says a token or credential expired' },
  { groups: [['consent', 'consented', 'consents']], cause: 'permissions-missing', meaning: 'speaks of consent' },
  // "MissingAdminPermissions" (Shifts: "Sorry, you need to be an admin to do this"): the signed-in user is not an admin of
  // what the call changes (in Shifts, the managers are the team's owners and schedule owners,
  // https://learn.microsoft.com/microsoft-365/frontline/manage-shifts-permissions-frontline-managers), which no permission
  // of the app makes up for. Read before the permission rule, which the same code also satisfies.
  { groups: [['admin', 'administrator', 'owner'], ['missing', 'no', 'lacks', 'lacking', 'required', 'insufficient', 'not']], cause: 'user-access-or-license', meaning: 'says the user must be an admin or owner' },
  { groups: [PERMISSION, LACKING], cause: 'permissions-missing', meaning: 'says a permission is missing' },
  // "Authentication_ApplicationHasNoDirectoryReadAccess": the app itself holds no access of the kind named.
  { groups: [['application', 'app', 'client'], ['no', 'lacks', 'lacking', 'missing', 'insufficient'], ['access', 'read', 'write']], cause: 'permissions-missing', meaning: 'says the application lacks access' },
  { groups: [['license', 'licensed', 'unlicensed', 'licence', 'licenses', 'subscription']], cause: 'user-access-or-license', meaning: 'speaks of a license' },
  { groups: [['mailbox'], ['not', 'disabled', 'inactive', 'nonexistent', 'unsupported', 'unavailable']], cause: 'user-access-or-license', meaning: 'says the mailbox cannot be used' },
  { groups: [['guest']], cause: 'user-access-or-license', meaning: 'speaks of a guest account' },
  // "DelegatedCalendarAccessDenied": a delegate refused another person's calendar or folder. Reading a shared
  // or delegated calendar needs the owner to have shared it with the signed-in user, whatever the app holds
  // (https://learn.microsoft.com/graph/outlook-get-shared-events-calendars).
  { groups: [['delegated', 'delegate'], ['calendar', 'calendars', 'mailbox', 'folder', 'contacts'], ['denied', 'refused']], cause: 'user-access-or-license', meaning: 'says the signed-in user is not given access to another person\'s calendar or folder' },
  { groups: [['conditional'], ['access']], cause: 'conditional-access', meaning: 'speaks of Conditional Access' },
  { groups: [['mfa', 'multifactor', 'compliant', 'compliance']], cause: 'conditional-access', meaning: 'speaks of MFA or device compliance' },
  { groups: [['interaction', 'interactive', 'ui'], ['required']], cause: 'conditional-access', meaning: 'says user interaction is required' },
  { groups: [['claims'], ['challenge']], cause: 'conditional-access', meaning: 'speaks of a claims challenge' },
  BROKEN_TOKEN_RULE,
  { groups: [['odata', 'ews'], ['disabled', 'blocked', 'policy']], cause: 'odata-access-disabled', meaning: 'speaks of an Exchange access policy' },
  { groups: [['throttled', 'throttle', 'throttling', 'busy', 'timeout', 'unavailable', 'quota']], cause: 'not-authorization', meaning: 'speaks of throttling or availability' },
  // "resourceLocked", "ItemLocked": a file open for editing, checked out or held by a lock (Graph's 423 Locked,
  // https://learn.microsoft.com/graph/errors); "MaxSubmissionExceeded", "ItemCountExceeded": a size or count
  // limit. Neither is the caller's rights.
  { groups: [['locked', 'checkedout']], cause: 'not-authorization', meaning: 'says the item is locked' },
  { groups: [['exceeded', 'exceeds']], cause: 'not-authorization', meaning: 'says a size or count limit was exceeded' },
  // "MailboxInfoStale": what the service holds about the object is out of date (a mailbox being moved): a
  // state of the service that passes, not the caller's rights. A token's age is read above ("TokenExpired").
  { groups: [['stale']], cause: 'not-authorization', meaning: 'says the service\'s information is out of date' },
  { groups: [['not', 'no'], ['found']], cause: 'not-authorization', meaning: 'says something was not found' },
  { groups: [['notfound', 'nonexistent', 'exists', 'conflict', 'precondition', 'unsupported']], cause: 'not-authorization', meaning: 'speaks of a missing or conflicting object' },
  // "FeatureNotSupported", "OperationNotSupported", "NotImplemented": the service does not offer what was
  // asked, whoever asks (Graph's notSupported and notImplemented, https://learn.microsoft.com/graph/errors).
  { groups: [['not'], ['supported', 'implemented']], cause: 'not-authorization', meaning: 'says the service does not support what was asked' },
  { groups: [['invalid', 'bad', 'malformed', 'unsupported', 'validation'], [...REQUEST_NOUNS, 'id']], cause: 'not-authorization', meaning: 'says the request itself is invalid' },
  { groups: [['internal', 'server', 'gateway', 'transient']], cause: 'not-authorization', meaning: 'speaks of a server failure' },
  { groups: [['access', 'request', 'authorization'], ['denied', 'refused', 'restricted']], cause: 'permissions-missing', generic: true, meaning: 'says access was denied' },
  { groups: [['forbidden', 'unauthorized', 'unauthorised', 'unauthenticated']], cause: 'none', generic: true, meaning: 'names the HTTP status' },
];

/** The rules a code's words satisfy, most specific first (the table order); read the first one that is not generic. */
export function rulesFor(words: readonly string[]): WordRule[] {
  if (words.length === 0) return [];
  const set = new Set(words);
  // A code is about its last word: "InvalidFederatedIdentityCredentialValue" is an invalid value of a
  // request (a credential object's property), not a broken token as "InvalidAuthenticationToken" is.
  const aboutRequestValue = REQUEST_NOUNS.has(words[words.length - 1] ?? '');
  return WORD_RULES.filter((r) => !(aboutRequestValue && r === BROKEN_TOKEN_RULE) && r.groups.every((g) => g.some((w) => set.has(w))));
}
