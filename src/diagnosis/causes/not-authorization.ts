/** A real error, but not an authorization problem: not found, throttling, bad request, server errors. */
import { defineVerdict, type Verdict } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { errorCode, hasStatus, phrase, phrases, when } from '../signals.js';

/** Evidence that this is about authorization after all; it outweighs the generic status codes. */
const AUTH_MARKERS = phrases(['invalidauthenticationtoken', 'authorization_requestdenied', 'erroraccessdenied', 'insufficient privileges', 'access is denied', 'insufficient_claims', 'interaction_required', 'mailboxnotenabledforrestapi', 'not yet supported for this mailbox', 'spo license', 'access to odata is disabled', 'either scp or roles', 'invalid audience', 'aadsts', 'accessdenied', 'not applicable to target tenant', 'only valid with delegated', 'hotmail.com', 'outlook.com', 'personal microsoft account', 'for import purposes']);

function authMarker(e: Evidence): string | undefined {
  return AUTH_MARKERS.find((m) => e.has(m));
}

export default defineVerdict({
  id: 'not-authorization',
  wording: {
    title: 'This is not an authorization error',
    what: 'Graph accepted who you are and what you may do; the request failed for another reason.',
    why: 'Not found, throttling, query and body errors, and server errors come back with their own codes and are fixed in the request or by retrying, not with permissions.',
    fix: 'Fix the request (path, id, query, body, headers) or retry with back-off as the error says.',
    learnMore: { title: 'Microsoft Graph error responses', url: 'https://learn.microsoft.com/graph/errors' },
    lastVerified: { on: '2026-12-01', against: ['https://learn.microsoft.com/graph/errors'] },
  },
  checks: [],
  signals: [
    errorCode('not-found', 5, ['Request_ResourceNotFound', 'ResourceNotFound', 'itemNotFound', 'ErrorItemNotFound', 'ErrorInvalidUser', 'ErrorFolderNotFound'], (c) => `${c}: the object does not exist (or the id is of another kind)`),
    phrase('not-found-text', 4.5, ['resource not found for the segment', 'does not exist or one of its queried reference-property objects are not present', 'resource does not exist', 'could not be found', 'was not found', 'is not a valid segment'], (p) => `The path or object is wrong ("${p}")`),
    errorCode('query', 5, ['Request_UnsupportedQuery', 'Request_BadRequest', 'invalidRequest', 'ErrorInvalidRequest', 'ErrorInvalidIdMalformed', 'Request_MultipleObjectsWithSameKeyValue', 'nameAlreadyExists', 'PreconditionFailed', 'ErrorInvalidProperty'], (c) => `${c}: the request itself is invalid`),
    phrase('query-text', 4.5, ['unsupported query', 'unsupported or invalid query filter', 'invalid filter clause', 'unsupported property filter clause', 'was specified more than once', 'unable to read json request payload', 'id is malformed', 'invalid request body', 'property does not exist', 'could not find a property named', 'syntax error', 'invalid odata query', 'consistencylevel'], (p) => `The query or body is invalid ("${p}")`),
    errorCode('throttled', 5.5, ['TooManyRequests', 'activityLimitReached', 'ApplicationThrottled', 'ErrorServerBusy', 'quotaLimitReached'], (c) => `${c}: the request was throttled; back off and retry`),
    phrase('throttled-text', 5, ['mailboxconcurrency', 'too many requests', 'throttl', 'retry-after', 'rate limit', 'please try again later'], (p) => `Throttling ("${p}"): back off and retry`),
    errorCode('server', 5, ['InternalServerError', 'ServiceUnavailable', 'serviceNotAvailable', 'generalException', 'ErrorInternalServerError', 'ErrorInternalServerTransientError', 'BadGateway', 'GatewayTimeout'], (c) => `${c}: a server-side failure; retry, and report it with the request-id if it persists`),
    phrase('server-text', 3.5, ['internal server error', 'error while processing response', 'service unavailable', 'gateway timeout', 'timed out', 'timeout'], (p) => `A server or network failure ("${p}")`),
    when('status', 1.5, (e) => {
      const s = e.statuses.find((x) => x === 404 || x === 405 || x === 408 || x === 409 || x === 412 || x === 429 || x >= 500 || x === 400);
      return s !== undefined && `HTTP ${s}, not 401/403`;
    }),
    when('auth-evidence', -4, (e) => {
      const m = authMarker(e);
      return m && `…but the paste also shows authorization evidence ("${m}")`;
    }),
    when('auth-status', -1.5, (e) => hasStatus(e, 401, 403) && 'HTTP 401/403 is an authorization status'),
  ],
}) satisfies Verdict;
