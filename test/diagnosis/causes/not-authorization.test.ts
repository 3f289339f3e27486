import { describeCause } from '../../helpers/cause-table.js';

describeCause('not-authorization', {
  matches: [
    { name: 'a resource that does not exist', paste: '{"error":{"code":"Request_ResourceNotFound","message":"Resource \'4f1c\' does not exist or one of its queried reference-property objects are not present."}}', confident: true },
    { name: 'a payload too large, said only by its status line', paste: '413 Request Entity Too Large uploading a 10 MB attachment through /me/messages/{id}/attachments' },
    { name: 'a deleted group, the status said in prose', paste: 'The group ID I use was deleted last week; GET /groups/{id} gives 404.' },
    { name: 'a corporate proxy refusing the call before Graph sees it', paste: '403 Forbidden "The request is blocked" from our corporate proxy (Zscaler) when calling graph.microsoft.com' },
    { name: 'a webhook subscription whose endpoint failed validation', paste: 'POST /subscriptions: Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.' },
    { name: 'a 404 under /me that opens the line, a replication delay', paste: '404 when I call https://graph.microsoft.com/v1.0/me/onenote/notebooks right after creating the user; after a few minutes it works (replication delay).' },
    { name: 'a new password refused by the password policy', paste: 'New-MgUser_CreateExpanded: Property passwordProfile.password is invalid. The specified password does not comply with password complexity requirements.' },
    { name: 'throttling with Retry-After', paste: 'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n{"error":{"code":"TooManyRequests","message":"Please retry later."}}', confident: true },
    { name: 'an unsupported filter', paste: 'GET /v1.0/users?$filter=endswith(mail,\'@fabrikam.example\')\n400 {"error":{"code":"Request_UnsupportedQuery","message":"Unsupported Query."}}', confident: true },
    { name: 'a server error', paste: 'Status: 503 (ServiceUnavailable)\nErrorCode: ServiceUnavailable\nDate: 2025-07-01T00:00:00', confident: true },
    { name: 'a malformed request body', paste: 'PATCH /v1.0/me 400 {"error":{"code":"BadRequest","message":"Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."}}' },
    { name: "Graph PowerShell's own sign-in failing to read the token it got", paste: 'Connect-MgGraph -Identity\nConnect-MgGraph: Invalid JWT access token.\nRuns in an Azure Automation runbook on the PowerShell 7.2 runtime.' },
    { name: "the directory's message for a malformed id, without its code", paste: "Get-MgGroupMember failed: Invalid object identifier 'sales team'." },
    { name: 'a failure that began on a day with nothing changed by the caller (a service-side change)', paste: 'Since Wednesday our chunked uploads to the upload URL fail with System.UnauthorizedAccessException for some tenants; we did not change anything.' },
    { name: 'a call that worked for years and broke with our code unchanged', paste: 'The add-in proxy call was working for at least 3 years; now WasProxySuccessful is false and we did not change any code.' },
    { name: 'an error only the new release of a module produces: the older one, same app, works', paste: 'Since the module update our runbook fails: Connect-ExampleTool -CertificateThumbprint ... then AADSTS1002012: The provided value for scope Sites.Read.All is not valid. Client credential flows must have a scope value with /.default suffixed. Rolling back to 3.4.1 fixes it.' },
    { name: 'works with one SDK version but not the next', paste: 'GET /users returns 401 InvalidAuthenticationToken. It works with version 1.8.2 but fails with 1.9.0 of the SDK, same app registration.' },
    { name: "a photo that is not found for some users: only some users have one", paste: 'Our intranet shows profile pictures: GET https://graph.microsoft.com/v1.0/users/{id}/photo/$value returns 404 for some users, others are fine.' },
  ],
  ignores: [
    { name: 'a downgrade that did not help: the error still speaks', paste: 'Connect with certificate, then AADSTS1002012: The provided value for scope Sites.Read.All is not valid. Client credential flows must have a scope value with /.default suffixed. Downgrading to 3.4.1 does not help either.' },
    { name: 'an upgrade named, but no older version said to work', paste: 'After upgrading to 5.2.0 of the SDK, GET /groups gives 403 Authorization_RequestDenied: Insufficient privileges to complete the operation.' },
    { name: 'an expired token on a day when nothing changed: the code says what broke', paste: 'We get 401 InvalidAuthenticationToken since yesterday: Lifetime validation failed, the token is expired. Nothing changed.' },
    { name: 'a token passed to Connect-MgGraph by hand that is not a JWT', paste: 'Connect-MgGraph -AccessToken $token\nConnect-MgGraph: Invalid JWT access token.' },
    { name: 'a 404 that is really a missing mailbox license', paste: '404 Not Found {"error":{"code":"MailboxNotEnabledForRESTAPI","message":"REST API is not yet supported for this mailbox."}}' },
    { name: 'a 400 at the token endpoint caused by MFA', paste: '400 Bad Request invalid_grant AADSTS50076: you must use multi-factor authentication' },
    { name: 'a 403 denial', paste: '403 {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}' },
  ],
});
