/**
 * Error codes that Microsoft Graph and the services behind it put in `error.code`: Graph's own,
 * the directory's, and Exchange Online's (EWS names that Graph passes through). Generic ones ("accessDenied", "Forbidden") only break ties.
 */
import { indexRows, rows, type KnowledgeRow } from './row.js';

const GRAPH_ERRORS = 'https://learn.microsoft.com/graph/errors';
const RESOLVE_AUTH_ERRORS = 'https://learn.microsoft.com/graph/resolve-auth-errors';
const EWS_SERVICE_ERRORS = 'https://learn.microsoft.com/dotnet/api/microsoft.exchange.webservices.data.serviceerror';
const REST_NOT_SUPPORTED_FOR_MAILBOX = 'https://learn.microsoft.com/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error';

export const SERVICE_CODES: readonly KnowledgeRow[] = [
  ...rows(GRAPH_ERRORS, [
    ['accessDenied', 'permissions-missing', 'generic', 'the caller may not perform the action'],
    ['unauthenticated', 'token-invalid', 'generic', 'the caller is not authenticated'],
    ['Forbidden', 'permissions-missing', 'generic', 'HTTP 403 as a code: authenticated, then refused'],
    ['Unauthorized', 'token-invalid', 'generic', 'HTTP 401 as a code: not authenticated'],
    ['extensionError', 'odata-access-disabled', 'hint', 'the mailbox is on premises or an application policy keeps the app out'],
    ['accessRestricted', 'user-access-or-license', 'hint', 'only the item\'s owner may access it'],
    ['activityLimitReached', 'not-authorization', 'strong', 'the app or user was throttled'],
    ['throttledRequest', 'not-authorization', 'strong', 'too many requests'],
    ['TooManyRequests', 'not-authorization', 'strong', 'too many requests'],
    ['quotaLimitReached', 'not-authorization', 'strong', 'the user reached a quota'],
    ['generalException', 'not-authorization', 'strong', 'an unspecified service error'],
    ['serviceNotAvailable', 'not-authorization', 'strong', 'the service is unavailable; retry later'],
    ['ServiceUnavailable', 'not-authorization', 'strong', 'the service is unavailable; retry later'],
    ['InternalServerError', 'not-authorization', 'strong', 'a server-side failure'],
    ['BadGateway', 'not-authorization', 'strong', 'a gateway failure'],
    ['GatewayTimeout', 'not-authorization', 'strong', 'a gateway timeout'],
    ['itemNotFound', 'not-authorization', 'strong', 'the item does not exist'],
    ['ResourceNotFound', 'not-authorization', 'strong', 'the resource does not exist'],
    ['invalidRequest', 'not-authorization', 'strong', 'the request is malformed'],
    ['BadRequest', 'not-authorization', 'hint', 'HTTP 400 as a code'],
    ['invalidRange', 'not-authorization', 'strong', 'the byte range is not valid'],
    ['invalidQueryOption', 'not-authorization', 'strong', 'a query option is not valid'],
    ['invalidParameterFormat', 'not-authorization', 'strong', 'a parameter has the wrong format'],
    ['invalidPath', 'not-authorization', 'strong', 'the name contains characters that are not allowed'],
    ['malwareDetected', 'not-authorization', 'strong', 'malware was found in the item'],
    ['nameAlreadyExists', 'not-authorization', 'strong', 'an item of that name exists'],
    ['notSupported', 'not-authorization', 'strong', 'the request is not supported'],
    ['resourceModified', 'not-authorization', 'strong', 'the item changed since it was read (eTag)'],
    ['PreconditionFailed', 'not-authorization', 'strong', 'a precondition such as If-Match failed'],
    ['resyncRequired', 'not-authorization', 'strong', 'the delta token expired; sync again'],
    ['syncStateNotFound', 'not-authorization', 'strong', 'the sync state is gone; sync again'],
    ['notAllowed', 'none', 'hint', 'the system does not allow the action'],
    // The directory's codes, which Graph returns for users, groups and applications.
    ['Request_ResourceNotFound', 'not-authorization', 'strong', 'the directory object does not exist'],
    ['Request_BadRequest', 'not-authorization', 'strong', 'the directory request is malformed'],
    ['Request_UnsupportedQuery', 'not-authorization', 'strong', 'the directory does not support the query'],
    ['Request_MultipleObjectsWithSameKeyValue', 'not-authorization', 'strong', 'an object with that key exists'],
    ['Directory_QuotaExceeded', 'not-authorization', 'strong', 'the directory quota is reached'],
  ]),
  ...rows(RESOLVE_AUTH_ERRORS, [
    ['Authorization_RequestDenied', 'permissions-missing', 'hint', 'insufficient privileges: the app lacks a permission, or the user a role'],
    ['Authorization_IdentityNotFound', 'permissions-missing', 'strong', 'the app has no service principal in the tenant (never consented there)'],
    ['ErrorInsufficientPermissionsInAccessToken', 'permissions-missing', 'decisive', 'the token lacks the permission the call needs'],
    ['NoPermissionsInAccessToken', 'permission-type-mismatch', 'decisive', 'the token carries no permission of the type its flow uses'],
    ['InvalidAuthenticationToken', 'token-invalid', 'hint', 'Graph rejected the token itself'],
    ['Authentication_MissingOrMalformed', 'token-invalid', 'hint', 'the token is missing or malformed'],
    ['Authentication_ExpiredToken', 'token-invalid', 'decisive', 'the token has expired'],
    ['ExpiredAuthenticationToken', 'token-invalid', 'decisive', 'the token has expired'],
    ['Authentication_Unauthorized', 'token-invalid', 'hint', 'the token was not accepted'],
  ]),
  ...rows(EWS_SERVICE_ERRORS, [
    ['ErrorAccessDenied', 'permissions-missing', 'hint', 'Exchange says the caller lacks the rights for the action'],
    ['ErrorAccountDisabled', 'user-access-or-license', 'strong', 'the account is disabled'],
    ['ErrorNonExistentMailbox', 'user-access-or-license', 'decisive', 'the user has no mailbox'],
    ['ErrorMailboxStoreUnavailable', 'not-authorization', 'strong', 'the mailbox store is unavailable'],
    ['ErrorSendAsDenied', 'none', 'hint', 'the caller may not send as that mailbox'],
    ['ErrorImpersonateUserDenied', 'none', 'hint', 'the account may not impersonate that user'],
    ['ErrorItemNotFound', 'not-authorization', 'strong', 'the item does not exist'],
    ['ErrorFolderNotFound', 'not-authorization', 'strong', 'the folder does not exist'],
    ['ErrorInvalidUser', 'not-authorization', 'strong', 'the user id is not valid'],
    ['ErrorInvalidIdMalformed', 'not-authorization', 'strong', 'the id is malformed'],
    ['ErrorInvalidRequest', 'not-authorization', 'strong', 'the request is not valid'],
    ['ErrorInvalidProperty', 'not-authorization', 'strong', 'a property is not valid'],
    ['ErrorServerBusy', 'not-authorization', 'strong', 'the server is busy; back off'],
    ['ErrorInternalServerError', 'not-authorization', 'strong', 'an Exchange server error'],
    ['ErrorInternalServerTransientError', 'not-authorization', 'strong', 'a transient Exchange server error'],
    ['ErrorQuotaExceeded', 'not-authorization', 'strong', 'the mailbox quota is exceeded'],
  ]),
  ...rows(REST_NOT_SUPPORTED_FOR_MAILBOX, [
    ['MailboxNotEnabledForRESTAPI', 'user-access-or-license', 'decisive', 'the mailbox is not an Exchange Online mailbox the REST API serves (no license, on premises, inactive)'],
    ['MailboxNotSupportedForRESTAPI', 'user-access-or-license', 'decisive', 'the mailbox is not an Exchange Online mailbox the REST API serves'],
  ]),
];

export const SERVICE_CODES_BY_CODE: ReadonlyMap<string, KnowledgeRow> = indexRows(SERVICE_CODES);
