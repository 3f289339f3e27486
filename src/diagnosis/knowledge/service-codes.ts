/**
 * Error codes that Microsoft Graph and the services behind it put in `error.code`: Graph's own,
 * the directory's, Exchange Online's (EWS names that Graph passes through), Planner's limits and the
 * Teams bot API's. Generic ones ("accessDenied", "Forbidden") only break ties.
 */
import { indexRows, rows, type KnowledgeRow } from './row.js';

const GRAPH_ERRORS = 'https://learn.microsoft.com/graph/errors';
const RESOLVE_AUTH_ERRORS = 'https://learn.microsoft.com/graph/resolve-auth-errors';
const EWS_SERVICE_ERRORS = 'https://learn.microsoft.com/dotnet/api/microsoft.exchange.webservices.data.serviceerror';
const REST_NOT_SUPPORTED_FOR_MAILBOX = 'https://learn.microsoft.com/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error';
/** Every EWS response code with its meaning (Graph passes some through in `error.code`). */
const EWS_RESPONSE_CODES = 'https://learn.microsoft.com/exchange/client-developer/web-service-reference/responsecode';
/** Sign-in reports need a tenant licensed for Microsoft Entra ID P1 or P2. */
/** The usage reports take Reports.Read.All; read on a user's behalf, the user also needs one of the report roles. */
const USAGE_REPORTS_AUTHORIZATION = 'https://learn.microsoft.com/graph/reportroot-authorization';
const REPORTING_API_ERRORS = 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-configure-prerequisites-for-reporting-api';
/**
 * The activity logs (sign-ins, audits) want consent to Directory.Read.All beside AuditLog.Read.All: the service
 * checks the tenant's licence with the app's own directory read access, and an app without it is refused
 * with Authentication_ApplicationHasNoDirectoryReadAccess ("Failed to do premium license check from ADGraph").
 */
const ACTIVITY_LOGS_WITH_GRAPH = 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-analyze-activity-logs-with-microsoft-graph';
/** The Office 365 Management Activity API's own error table (AF codes). */
const MANAGEMENT_ACTIVITY_API_ERRORS = 'https://learn.microsoft.com/office/office-365-management-api/office-365-management-activity-api-reference#errors';
/** The one permission that API checks its tokens for: AF10001 says the token "did not include the expected permission ActivityFeed.Read". */
export const MANAGEMENT_ACTIVITY_API_PERMISSION = 'ActivityFeed.Read';
/** PIM needs the tenant licensed for Microsoft Entra ID P2 (or ID Governance); without it the role-management schedules answer AadPremiumLicenseRequired. */
const PIM_LICENSE_REQUIREMENTS = 'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/subscription-requirements';
/** The premium licence insight answers a tenant without Entra ID P1 or P2 403 with missingLicense, whoever calls. */
const PREMIUM_LICENSE_INSIGHT = 'https://learn.microsoft.com/graph/api/azureadpremiumlicenseinsight-get';
/**
 * The app's owner can lock a multitenant app's sensitive service principal properties (its credentials,
 * its token encryption key) in every tenant it is used in; only the owner's tenant lifts the lock.
 */
const SERVICE_PRINCIPAL_LOCK = 'https://learn.microsoft.com/graph/api/resources/serviceprincipallockconfiguration';
/** App management policies restrict the credentials apps may get: a secret's or a key's maximum lifetime, or none at all. */
const APP_CREDENTIAL_RESTRICTIONS = 'https://learn.microsoft.com/graph/api/resources/passwordcredentialconfiguration';
/** Planner's own 403s: a service limit was reached, not an authorization failure. */
const PLANNER_ERRORS = 'https://learn.microsoft.com/graph/api/resources/planner-overview';
/** The token endpoint's OAuth error names (the `error` field of its answer), with what Entra means by them. */
export const TOKEN_ENDPOINT_ERRORS = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#error-codes-for-token-endpoint-errors';
/**
 * The token endpoint's own error names count only without an AADSTS code beside them: Entra sends
 * invalid_client with codes that are not about the app's credentials at all (AADSTS650053, a scope
 * that does not exist), and the AADSTS code says which. interaction_required, consent_required and
 * invalid_grant are read by the causes and the AADSTS table already.
 */
export const TOKEN_ENDPOINT_ROWS: readonly KnowledgeRow[] = rows(TOKEN_ENDPOINT_ERRORS, [
  // A hint: Graph Explorer's "Scope consent failed - invalid_client" is about consent, not credentials.
  ['invalid_client', 'token-invalid', 'hint', "the token endpoint refused the client: most often its own credentials (client secret, certificate or client id)"],
]);
/**
 * What an API that takes bearer tokens (Graph, or any other) answers when it refuses one, and the
 * status each error goes with: invalid_token with 401 (expired, revoked, malformed or not valid for
 * it), insufficient_scope with 403 (the token lacks the privilege the request needs), invalid_request
 * with 400: Microsoft's "Errors from secured resources", which follows RFC 6750 §3.1
 * (https://www.rfc-editor.org/rfc/rfc6750#section-3.1).
 */
const BEARER_TOKEN_ERRORS = 'https://learn.microsoft.com/previous-versions/azure/dn645539(v=azure.100)';
/** The status a resource's bearer error goes with, where it is not the token endpoint's 400. */
export const BEARER_ERROR_STATUS: ReadonlyMap<string, number> = new Map([
  ['invalid_token', 401],
  ['insufficient_scope', 403],
]);
/** Status codes of the Bot Framework conversational API that Teams bots meet. */
const TEAMS_BOT_API_ERRORS = 'https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability';

/** Get profilePhoto: a missing photo answers 404. */
const PROFILE_PHOTO = 'https://learn.microsoft.com/graph/api/profilephoto-get';

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
    // The detailed codes Graph nests in innerError (the same page): upload, lock, limit and sync faults.
    ['provisioningNotAllowed', 'user-access-or-license', 'hint', 'the request needs the account (such as a OneDrive) to be provisioned, which is not allowed'],
    ['resourceBeingProvisioned', 'not-authorization', 'hint', 'the resource (such as a OneDrive) is still being provisioned'],
    ['cannotSnapshotTree', 'not-authorization', 'strong', 'no consistent delta snapshot; retry later'],
    ['childItemCountExceeded', 'not-authorization', 'strong', 'the limit on child items was reached'],
    ['entityTagDoesNotMatch', 'not-authorization', 'strong', 'the eTag does not match the item'],
    ['malformedEntityTag', 'not-authorization', 'strong', 'the eTag header is malformed'],
    ['fragmentLengthMismatch', 'not-authorization', 'strong', 'an upload fragment\'s declared size differs from the session\'s'],
    ['fragmentOutOfOrder', 'not-authorization', 'strong', 'an upload fragment arrived out of order'],
    ['fragmentOverlap', 'not-authorization', 'strong', 'an upload fragment overlaps data already uploaded'],
    ['invalidAcceptType', 'not-authorization', 'strong', 'the Accept type is not valid'],
    ['invalidStartIndex', 'not-authorization', 'strong', 'the start index is not valid'],
    ['lockMismatch', 'not-authorization', 'strong', 'the lock token does not match the lock'],
    ['lockNotFoundOrAlreadyExpired', 'not-authorization', 'strong', 'the item has no unexpired lock'],
    ['lockOwnerMismatch', 'not-authorization', 'strong', 'the lock owner differs from the id given'],
    ['maxDocumentCountExceeded', 'not-authorization', 'strong', 'the limit on documents was reached'],
    ['maxFileSizeExceeded', 'not-authorization', 'strong', 'the file is larger than allowed'],
    ['maxFolderCountExceeded', 'not-authorization', 'strong', 'the limit on folders was reached'],
    ['maxFragmentLengthExceeded', 'not-authorization', 'strong', 'the upload fragment is larger than allowed'],
    ['maxItemCountExceeded', 'not-authorization', 'strong', 'the limit on items was reached'],
    ['maxQueryLengthExceeded', 'not-authorization', 'strong', 'the query is longer than allowed'],
    ['maxStreamSizeExceeded', 'not-authorization', 'strong', 'the stream is larger than allowed'],
    ['parameterIsTooLong', 'not-authorization', 'strong', 'a parameter is longer than allowed'],
    ['parameterIsTooSmall', 'not-authorization', 'strong', 'a parameter is below its minimum'],
    ['pathIsTooLong', 'not-authorization', 'strong', 'the path is longer than allowed'],
    ['pathTooDeep', 'not-authorization', 'strong', 'the folder hierarchy is too deep'],
    ['propertyNotUpdateable', 'not-authorization', 'strong', 'the property cannot be updated'],
    ['resyncApplyDifferences', 'not-authorization', 'strong', 'a resync is needed; take the server\'s version'],
    ['resyncUploadDifferences', 'not-authorization', 'strong', 'a resync is needed; upload local differences'],
    ['serviceReadOnly', 'not-authorization', 'strong', 'the resource is read-only for now'],
    ['tooManyResultsRequested', 'not-authorization', 'strong', 'too many results were asked for'],
    ['tooManyTermsInQuery', 'not-authorization', 'strong', 'the query has too many terms'],
    ['totalAffectedItemCountExceeded', 'not-authorization', 'strong', 'the operation would affect too many items'],
    ['truncationNotAllowed', 'not-authorization', 'strong', 'the data may not be truncated'],
    ['uploadSessionFailed', 'not-authorization', 'strong', 'the upload session failed'],
    ['uploadSessionIncomplete', 'not-authorization', 'strong', 'the upload session is incomplete'],
    ['uploadSessionNotFound', 'not-authorization', 'strong', 'the upload session does not exist'],
    ['virusSuspicious', 'not-authorization', 'strong', 'the document may contain a virus'],
    ['zeroOrFewerResultsRequested', 'not-authorization', 'strong', 'zero or fewer results were asked for'],
    // The directory's codes, which Graph returns for users, groups and applications.
    ['Request_ResourceNotFound', 'not-authorization', 'strong', 'the directory object does not exist'],
    ['Request_BadRequest', 'not-authorization', 'strong', 'the directory request is malformed'],
    ['Request_UnsupportedQuery', 'not-authorization', 'strong', 'the directory does not support the query'],
    ['Request_MultipleObjectsWithSameKeyValue', 'not-authorization', 'strong', 'an object with that key exists'],
    ['Directory_QuotaExceeded', 'not-authorization', 'strong', 'the directory quota is reached'],
  ]),
  ...TOKEN_ENDPOINT_ROWS,
  ...rows(BEARER_TOKEN_ERRORS, [
    ['insufficient_scope', 'permissions-missing', 'hint', 'the API says the token lacks the privilege (scope) the request needs'],
  ]),
  ...rows(RESOLVE_AUTH_ERRORS, [
    ['Authorization_RequestDenied', 'permissions-missing', 'hint', 'insufficient privileges: the app lacks a permission, or the user a role'],
    ['Authorization_IdentityNotFound', 'permissions-missing', 'strong', 'the app has no service principal in the tenant (never consented there)'],
    ['ErrorInsufficientPermissionsInAccessToken', 'permissions-missing', 'decisive', 'the token lacks the permission the call needs'],
    ['NoPermissionsInAccessToken', 'permission-type-mismatch', 'decisive', 'the token carries no permission of the type its flow uses'],
    // Graph's code, and Azure Resource Manager's too: the reason names no service, the paste says which refused.
    ['InvalidAuthenticationToken', 'token-invalid', 'hint', 'the API rejected the token itself'],
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
    // Send As is a permission a delegate holds on the mailbox (https://learn.microsoft.com/powershell/module/exchangepowershell/get-exorecipientpermission);
    // a delegated call sends as the signed-in user, so it is that user's right that is missing.
    ['ErrorSendAsDenied', 'user-access-or-license', 'hint', 'the signed-in account lacks Send As (or Send on Behalf) on that mailbox'],
    ['ErrorImpersonateUserDenied', 'none', 'hint', 'the account may not impersonate that user'],
    ['ErrorItemNotFound', 'not-authorization', 'hint', 'the item does not exist, or the caller may not see it'],
    ['ErrorFolderNotFound', 'not-authorization', 'hint', 'the folder does not exist, or the delegate may not open it'],
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
  ...rows(EWS_RESPONSE_CODES, [
    // Rights on someone else's mailbox, impersonation, and the caller's own account and mailbox
    ['ErrorCreateItemAccessDenied', 'permissions-missing', 'hint', 'Exchange: the caller may not create the item'],
    ['ErrorCreateSubfolderAccessDenied', 'permissions-missing', 'hint', 'Exchange: the caller may not create the subfolder'],
    ['ErrorNoFreeBusyAccess', 'user-access-or-license', 'hint', 'the caller has no free/busy rights on that calendar'],
    ['ErrorSubscriptionDelegateAccessNotSupported', 'user-access-or-license', 'hint', 'only the mailbox owner (or owner access) may subscribe'],
    ['ErrorSubscriptionAccessDenied', 'none', 'hint', 'only the account that created a subscription may use it'],
    ['ErrorImpersonationDenied', 'none', 'hint', 'the account may not impersonate through this server'],
    ['ErrorImpersonationFailed', 'none', 'hint', 'server-to-server impersonation failed (configuration or trust)'],
    ['ErrorTokenSerializationDenied', 'none', 'hint', 'the caller lacks the token serialization right'],
    ['ErrorInvalidCrossForestCredentials', 'none', 'hint', 'the credentials for another forest failed'],
    ['ErrorInvalidLicense', 'user-access-or-license', 'decisive', 'the user has no valid license'],
    ['ErrorMissingEmailAddress', 'user-access-or-license', 'strong', 'the account that made the request has no mailbox'],
    ['ErrorMissingEmailAddressForManagedFolder', 'user-access-or-license', 'hint', 'the account that made the request has no mailbox'],
    ['ErrorNameResolutionNoMailbox', 'user-access-or-license', 'strong', 'the caller has no mailbox'],
    ['ErrorArchiveMailboxNotEnabled', 'user-access-or-license', 'hint', 'the user has no archive mailbox'],
    ['ErrorMailboxConfiguration', 'user-access-or-license', 'hint', 'the mailbox is set up wrongly in the directory'],
    ['ErrorCallerIsInvalidADAccount', 'user-access-or-license', 'hint', 'the calling account is not a valid directory account'],
    ['ErrorInvalidSerializedAccessToken', 'token-invalid', 'strong', 'the token in the header is malformed or names no valid account'],
    ['ErrorInvalidAuthorizationContext', 'token-invalid', 'hint', 'authorizing the requester failed'],
    ['ErrorOrganizationAccessBlocked', 'none', 'strong', 'the tenant is marked for removal'],
    ['ErrorPasswordChangeRequired', 'none', 'strong', 'the user must change the password first'],
    ['ErrorPasswordExpired', 'none', 'strong', 'the user\'s password has expired'],
    ['ErrorNotAllowedExternalSharingByPolicy', 'none', 'strong', 'the sharing policy forbids sharing with that organization'],
    ['ErrorPermissionNotAllowedByPolicy', 'none', 'strong', 'the sharing policy does not allow that permission level'],
    ['ErrorUserNotAllowedByPolicy', 'none', 'strong', 'the sharing policy does not list the external user\'s domain'],
    ['ErrorOrganizationNotFederated', 'none', 'strong', 'the organization is not federated for sharing'],
    ['ErrorInvalidOrganizationRelationshipForFreeBusy', 'none', 'strong', 'the organization relationship does not share free/busy'],
    ['ErrorProxyRequestNotAllowed', 'none', 'hint', 'a proxied availability request was refused'],
    ['ErrorInvalidClientSecurityContext', 'none', 'hint', 'the caller\'s identity could not be resolved'],
    ['ErrorContentIndexingNotEnabled', 'none', 'hint', 'content indexing is off for the mailbox'],
    ['ErrorDiscoverySearchesDisabled', 'none', 'hint', 'discovery searches are turned off'],
    ['ErrorMailTipsDisabled', 'none', 'hint', 'mail tips are turned off'],
    // Transient faults and limits
    ['ErrorMailboxMoveInProgress', 'not-authorization', 'strong', 'the mailbox is being moved'],
    ['ErrorMailboxFailover', 'not-authorization', 'strong', 'the mailbox is failing over'],
    ['ErrorConnectionFailed', 'not-authorization', 'strong', 'Exchange could not connect to the mailbox'],
    ['ErrorADUnavailable', 'not-authorization', 'strong', 'the directory is unavailable; retry later'],
    ['ErrorADOperation', 'not-authorization', 'strong', 'talking to the directory failed'],
    ['ErrorInsufficientResources', 'not-authorization', 'strong', 'the mailbox server is overloaded; retry later'],
    ['ErrorTimeoutExpired', 'not-authorization', 'strong', 'the request ran out of time'],
    ['ErrorTooManyObjectsOpened', 'not-authorization', 'strong', 'too many objects are open'],
    ['ErrorNotEnoughMemory', 'not-authorization', 'strong', 'not enough memory'],
    ['ErrorExceededConnectionCount', 'not-authorization', 'strong', 'more concurrent requests than the policy allows'],
    ['ErrorExceededSubscriptionCount', 'not-authorization', 'strong', 'the throttling policy\'s subscription limit was reached'],
    ['ErrorExceededFindCountLimit', 'not-authorization', 'strong', 'the search would return too many items'],
    ['ErrorSubmissionQuotaExceeded', 'not-authorization', 'strong', 'the send quota was reached'],
    ['ErrorMessageSizeExceeded', 'not-authorization', 'strong', 'the message is larger than allowed'],
    ['ErrorRequestStreamTooBig', 'not-authorization', 'strong', 'the request is larger than allowed'],
    ['ErrorAttachmentSizeLimitExceeded', 'not-authorization', 'strong', 'the attachment is larger than allowed'],
    ['ErrorDataSizeLimitExceeded', 'not-authorization', 'strong', 'a value or body is larger than allowed'],
    ['ErrorMessagePerFolderCountReceiveQuotaExceeded', 'not-authorization', 'strong', 'the folder\'s message quota was reached'],
    ['ErrorRulesOverQuota', 'not-authorization', 'strong', 'the rule quota was reached'],
    ['ErrorBatchProcessingStopped', 'not-authorization', 'hint', 'an earlier item\'s error stopped the batch'],
    ['ErrorMailboxLogonFailed', 'not-authorization', 'hint', 'connecting to the mailbox for the calendar view failed'],
    ['ErrorAutoDiscoverFailed', 'not-authorization', 'hint', 'Autodiscover failed'],
    ['ErrorServiceDiscoveryFailed', 'not-authorization', 'hint', 'the service for the recipient could not be found'],
    ['ErrorWin32InteropError', 'not-authorization', 'hint', 'an internal interop failure'],
    // The request itself: ids, properties, recipients, versions, sync state
    ['ErrorInvalidId', 'not-authorization', 'strong', 'the id or change key is malformed'],
    ['ErrorInvalidIdEmpty', 'not-authorization', 'strong', 'the id is empty'],
    ['ErrorInvalidIdMalformedEwsLegacyIdFormat', 'not-authorization', 'strong', 'the id is in an old format; convert it'],
    ['ErrorInvalidIdMonikerTooLong', 'not-authorization', 'strong', 'the id is too long'],
    ['ErrorInvalidIdNotAnItemAttachmentId', 'not-authorization', 'strong', 'the id is not an attachment id'],
    ['ErrorInvalidFolderId', 'not-authorization', 'strong', 'the folder id is corrupt'],
    ['ErrorInvalidAttachmentId', 'not-authorization', 'strong', 'no attachment has that id'],
    ['ErrorInvalidChangeKey', 'not-authorization', 'strong', 'the change key cannot be parsed'],
    ['ErrorChangeKeyRequiredForWriteOperations', 'not-authorization', 'strong', 'the change key is missing or stale'],
    ['ErrorStaleObject', 'not-authorization', 'strong', 'the change key is out of date'],
    ['ErrorIrresolvableConflict', 'not-authorization', 'strong', 'the changes conflict; read the item again'],
    ['ErrorInvalidOperation', 'not-authorization', 'strong', 'the operation is not valid'],
    ['ErrorInvalidArgument', 'not-authorization', 'strong', 'an argument is not valid'],
    ['ErrorMissingArgument', 'not-authorization', 'strong', 'a required argument is missing'],
    ['ErrorSchemaValidation', 'not-authorization', 'strong', 'the request fails schema validation'],
    ['ErrorInvalidPropertyRequest', 'not-authorization', 'strong', 'the property does not exist on that item type'],
    ['ErrorInvalidPropertySet', 'not-authorization', 'strong', 'the property cannot be set (read-only)'],
    ['ErrorInvalidExtendedProperty', 'not-authorization', 'strong', 'the extended property is not valid'],
    ['ErrorInvalidExtendedPropertyValue', 'not-authorization', 'strong', 'the extended property value has the wrong type'],
    ['ErrorInvalidValueForProperty', 'not-authorization', 'strong', 'the value is not valid for the property'],
    ['ErrorInvalidRecipients', 'not-authorization', 'strong', 'the recipients are not valid'],
    ['ErrorMissingRecipients', 'not-authorization', 'strong', 'the item has no recipients'],
    ['ErrorInvalidSmtpAddress', 'not-authorization', 'strong', 'the SMTP address cannot be parsed'],
    ['ErrorNonPrimarySmtpAddress', 'not-authorization', 'strong', 'the SMTP address is not the primary one'],
    ['ErrorInvalidSid', 'not-authorization', 'strong', 'the SID is not valid'],
    ['ErrorInvalidUserSid', 'not-authorization', 'strong', 'the user SID is not valid'],
    ['ErrorInvalidUserPrincipalName', 'not-authorization', 'hint', 'the UPN in the impersonation header is not valid'],
    ['ErrorInvalidExchangeImpersonationHeaderData', 'not-authorization', 'strong', 'the impersonation header names no user'],
    ['ErrorInvalidManagementRoleHeader', 'not-authorization', 'strong', 'the management role header is wrong'],
    ['ErrorInvalidClientAccessTokenRequest', 'not-authorization', 'hint', 'the request for a client access token is not valid'],
    ['ErrorIncorrectSchemaVersion', 'not-authorization', 'strong', 'the request does not fit the server version asked for'],
    ['ErrorInvalidServerVersion', 'not-authorization', 'strong', 'the server version in the request is not valid'],
    ['ErrorWrongServerVersion', 'not-authorization', 'strong', 'the request must go to a server of the mailbox\'s version'],
    ['ErrorInvalidPagingMaxRows', 'not-authorization', 'strong', 'the page size is zero or negative'],
    ['ErrorInvalidIndexedPagingParameters', 'not-authorization', 'strong', 'the paging offset is negative'],
    ['ErrorRestrictionTooComplex', 'not-authorization', 'strong', 'the filter is too complex'],
    ['ErrorRestrictionTooLong', 'not-authorization', 'strong', 'the filter has too many nodes'],
    ['ErrorQueryFilterTooLong', 'not-authorization', 'strong', 'the filter has too many expressions'],
    ['ErrorUnsupportedQueryFilter', 'not-authorization', 'strong', 'the filter is not supported'],
    ['ErrorUnsupportedPathForQuery', 'not-authorization', 'strong', 'the property cannot be queried'],
    ['ErrorInvalidSyncStateData', 'not-authorization', 'strong', 'the sync state is not valid; sync again'],
    ['ErrorInvalidSubscription', 'not-authorization', 'strong', 'the subscription is no longer valid'],
    ['ErrorSubscriptionNotFound', 'not-authorization', 'strong', 'the subscription does not exist'],
    ['ErrorExpiredSubscription', 'not-authorization', 'strong', 'the subscription expired'],
    ['ErrorEventNotFound', 'not-authorization', 'strong', 'the event was deleted before it was returned'],
    ['ErrorParentFolderNotFound', 'not-authorization', 'strong', 'the parent folder does not exist'],
    ['ErrorToFolderNotFound', 'not-authorization', 'strong', 'the destination folder does not exist'],
    ['ErrorSyncFolderNotFound', 'not-authorization', 'strong', 'the folder to sync does not exist'],
    ['ErrorSavedItemFolderNotFound', 'not-authorization', 'strong', 'the folder to save into does not exist'],
    ['ErrorMailRecipientNotFound', 'not-authorization', 'hint', 'the mailbox data maps to no mailbox'],
    ['ErrorNameResolutionNoResults', 'not-authorization', 'strong', 'the name resolved to nothing'],
    ['ErrorNameResolutionMultipleResults', 'not-authorization', 'strong', 'the name resolved to more than one object'],
    ['ErrorDelegateNoUser', 'not-authorization', 'strong', 'the delegate maps to no user'],
    ['ErrorNotDelegate', 'not-authorization', 'hint', 'the user is not in the mailbox\'s delegate list'],
    ['ErrorFolderExists', 'not-authorization', 'strong', 'a folder of that name exists'],
    ['ErrorCannotDeleteObject', 'not-authorization', 'strong', 'the item or folder cannot be deleted'],
    ['ErrorDeleteDistinguishedFolder', 'not-authorization', 'strong', 'a well-known folder cannot be deleted'],
    ['ErrorMoveDistinguishedFolder', 'not-authorization', 'strong', 'a well-known folder cannot be moved'],
    ['ErrorCrossMailboxMoveCopy', 'not-authorization', 'strong', 'items cannot be moved between mailboxes'],
    ['ErrorCannotUseFolderIdForItemId', 'not-authorization', 'strong', 'a folder id was given where an item id belongs'],
    ['ErrorCannotUseItemIdForFolderId', 'not-authorization', 'strong', 'an item id was given where a folder id belongs'],
    ['ErrorCorruptData', 'not-authorization', 'strong', 'the data is corrupt'],
    ['ErrorItemCorrupt', 'not-authorization', 'strong', 'the item is corrupt'],
    ['ErrorFolderCorrupt', 'not-authorization', 'strong', 'the folder is corrupt'],
    ['ErrorItemSave', 'not-authorization', 'strong', 'saving the item failed'],
    ['ErrorContentConversionFailed', 'not-authorization', 'strong', 'the MIME content could not be converted'],
    ['ErrorMimeContentConversionFailed', 'not-authorization', 'strong', 'the MIME content could not be converted'],
    ['ErrorCannotOpenFileAttachment', 'not-authorization', 'strong', 'the file attachment cannot be read'],
    ['ErrorVirusDetected', 'not-authorization', 'strong', 'a virus was found in the message'],
    ['ErrorVirusMessageDeleted', 'not-authorization', 'strong', 'a virus was found and the message deleted'],
    ['ErrorMessageDispositionRequired', 'not-authorization', 'strong', 'the message disposition is missing'],
    ['ErrorSendMeetingInvitationsRequired', 'not-authorization', 'strong', 'the send-invitations setting is missing'],
    ['ErrorSendMeetingCancellationsRequired', 'not-authorization', 'strong', 'the send-cancellations setting is missing'],
    ['ErrorCalendarIsNotOrganizer', 'not-authorization', 'strong', 'only the organizer can cancel the meeting'],
    ['ErrorCalendarEndDateIsEarlierThanStartDate', 'not-authorization', 'strong', 'the meeting ends before it starts'],
    ['ErrorCalendarViewRangeTooBig', 'not-authorization', 'strong', 'the calendar view range is too long'],
    ['ErrorCalendarInvalidTimeZone', 'not-authorization', 'strong', 'the time zone is not valid'],
    ['ErrorTimeZone', 'not-authorization', 'strong', 'a time zone error'],
    ['ErrorNoCalendar', 'not-authorization', 'hint', 'the mailbox has no calendar folder'],
    ['ErrorInboxRulesValidationError', 'not-authorization', 'strong', 'an inbox rule does not validate'],
    ['ErrorDuplicateSOAPHeader', 'not-authorization', 'strong', 'a SOAP header appears twice'],
    ['ErrorClientDisconnected', 'not-authorization', 'strong', 'the client disconnected'],
  ]),
  // "If no photo exists, the operation returns 404 Not Found", with ImageNotFound as its code.
  ...rows(PROFILE_PHOTO, [
    ['ImageNotFound', 'not-authorization', 'strong', 'the user, group or contact has no photo'],
  ]),
  // The code as Graph returns it, with the message "The tenant needs an AAD Premium 2 license." (checked in a
  // public thread: https://github.com/microsoft/EntraExporter/issues/61).
  ...rows(PREMIUM_LICENSE_INSIGHT, [
    ['missingLicense', 'user-access-or-license', 'decisive', 'the tenant lacks the licence the feature needs (Microsoft Entra ID P1 or P2): no permission replaces it'],
  ]),
  ...rows(PIM_LICENSE_REQUIREMENTS, [
    ['AadPremiumLicenseRequired', 'user-access-or-license', 'decisive', 'Privileged Identity Management needs the tenant licensed for Microsoft Entra ID P2 (or ID Governance): no permission replaces the licence'],
  ]),
  ...rows(REPORTING_API_ERRORS, [
    ['Authentication_RequestFromNonPremiumTenantOrB2CTenant', 'user-access-or-license', 'decisive', 'sign-in reports need a tenant licensed for Microsoft Entra ID P1 or P2'],
  ]),
  ...rows(ACTIVITY_LOGS_WITH_GRAPH, [
    ['Authentication_ApplicationHasNoDirectoryReadAccess', 'permissions-missing', 'strong', 'the activity logs read the tenant\'s licence with the app\'s own directory access: the app needs Directory.Read.All beside AuditLog.Read.All, whatever the users\' licences'],
  ]),
  // The usage reports answer S2SUnauthorized ("Invalid permissions", "Invalid scope claims/roles") when the token
  // lacks Reports.Read.All, or, in a user's call, the user holds none of the report roles (the reports page).
  ...rows(USAGE_REPORTS_AUTHORIZATION, [
    ['S2SUnauthorized', 'permissions-missing', 'hint', 'the usage reports refused the token: it lacks Reports.Read.All (and a signed-in user needs a reports role too)'],
  ]),
  // The Office 365 Management Activity API (manage.office.com) answers with codes of its own: only
  // AF10001 is about the token's permission; the others name a request, subscription or tenant setting.
  ...rows(MANAGEMENT_ACTIVITY_API_ERRORS, [
    ['AF10001', 'permissions-missing', 'strong', `the Office 365 Management APIs refused the token: it lacks ${MANAGEMENT_ACTIVITY_API_PERMISSION} (a permission of the Office 365 Management APIs, not of Microsoft Graph)`],
    ['AF20001', 'not-authorization', 'strong', 'the Office 365 Management Activity API: a required parameter is missing'],
    ['AF20002', 'not-authorization', 'strong', 'the Office 365 Management Activity API: a parameter has the wrong type'],
    ['AF20003', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the expiration given is in the past'],
    ['AF20010', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the tenant id in the URL is not the token\'s tenant'],
    ['AF20011', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the tenant id in the URL does not exist'],
    ['AF20012', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the tenant is not set up for the API (audit logging not turned on)'],
    ['AF20013', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the tenant id in the URL is not a GUID'],
    ['AF20020', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the content type is not valid'],
    ['AF20021', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the webhook endpoint could not be validated'],
    ['AF20022', 'not-authorization', 'strong', 'the Office 365 Management Activity API: no subscription was started for this content type (start one with subscriptions/start)'],
    ['AF20023', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the subscription was disabled by an admin'],
    ['AF20030', 'not-authorization', 'strong', 'the Office 365 Management Activity API: start and end time must both be given, at most 24 hours apart, within the last 7 days'],
    ['AF20031', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the nextPage value is not valid'],
    ['AF20050', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the content does not exist'],
    ['AF20051', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the content expired (older than 7 days)'],
    ['AF20052', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the content id is not valid'],
    ['AF20053', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the Accept-Language header names more than one language'],
    ['AF20054', 'not-authorization', 'strong', 'the Office 365 Management Activity API: the Accept-Language header is not valid'],
    ['AF429', 'not-authorization', 'strong', 'the Office 365 Management Activity API throttled the requests'],
    ['AF50000', 'not-authorization', 'strong', 'the Office 365 Management Activity API failed inside: retry'],
  ]),
  ...rows(SERVICE_PRINCIPAL_LOCK, [
    ['CannotUpdateLockedServicePrincipalProperty', 'not-authorization', 'strong', "the app's owner locked this service principal's credentials (its property lock): no role or permission in this tenant changes them; the tenant that owns the app can"],
  ]),
  ...rows(APP_CREDENTIAL_RESTRICTIONS, [
    ['CredentialInvalidLifetimeAsPerAppPolicy', 'not-authorization', 'strong', "an app management policy caps how long a secret or certificate may live: ask for a shorter lifetime (or an exemption from the policy); no permission lifts it"],
  ]),
  ...rows(PLANNER_ERRORS, [
    ['MaximumProjectsOwnedByUser', 'not-authorization', 'strong', 'Planner: the group holds the most plans allowed'],
    ['MaximumProjectsSharedWithUser', 'not-authorization', 'strong', 'Planner: the most plans shared with a user was reached'],
    ['MaximumTasksCreatedByUser', 'not-authorization', 'strong', 'Planner: the user created the most tasks allowed'],
    ['MaximumTasksAssignedToUser', 'not-authorization', 'strong', 'Planner: the user has the most assigned tasks allowed'],
    ['MaximumTasksInProject', 'not-authorization', 'strong', 'Planner: the plan holds the most tasks allowed'],
    ['MaximumActiveTasksInProject', 'not-authorization', 'strong', 'Planner: the plan holds the most open tasks allowed'],
    ['MaximumBucketsInProject', 'not-authorization', 'strong', 'Planner: the plan holds the most buckets allowed'],
    ['MaximumUsersSharedWithProject', 'not-authorization', 'strong', 'Planner: the plan is shared with too many users'],
    ['MaximumReferencesOnTask', 'not-authorization', 'strong', 'Planner: the task has too many references'],
    ['MaximumChecklistItemsOnTask', 'not-authorization', 'strong', 'Planner: the task has too many checklist items'],
    ['MaximumAssigneesInTasks', 'not-authorization', 'strong', 'Planner: the task has too many assignees'],
    ['MaximumPlannerPlans', 'not-authorization', 'strong', 'Planner: the group already has its one plan'],
  ]),
  ...rows(TEAMS_BOT_API_ERRORS, [
    ['NotEnoughPermissions', 'permissions-missing', 'hint', 'Teams: the bot lacks the permission for the action'],
    ['BotDisabledByAdmin', 'user-access-or-license', 'hint', 'Teams: an admin app policy blocks the bot for this user'],
    ['BotNotRegistered', 'token-invalid', 'hint', 'Teams: no registration matches the bot id (check the id and password)'],
    ['BotNotInConversationRoster', 'none', 'strong', 'Teams: the bot is not a member of the conversation; reinstall it there'],
    ['ConversationBlockedByUser', 'none', 'strong', 'Teams: the user blocked the bot'],
    ['ForbiddenOperationException', 'none', 'hint', 'Teams: the bot is not installed in the user\'s personal scope'],
    ['InvalidBotApiHost', 'not-authorization', 'strong', 'Teams: the conversation belongs to another cloud\'s bot API host (GCC)'],
    ['ActivityNotFoundInConversation', 'not-authorization', 'strong', 'Teams: the message does not exist in the conversation'],
    ['ConversationNotFound', 'not-authorization', 'strong', 'Teams: the conversation does not exist'],
    ['MessageSizeTooBig', 'not-authorization', 'strong', 'Teams: the message is too large'],
  ]),
];

export const SERVICE_CODES_BY_CODE: ReadonlyMap<string, KnowledgeRow> = indexRows(SERVICE_CODES);
