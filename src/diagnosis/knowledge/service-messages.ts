/**
 * Messages that services behind Graph write when the code itself says little (Intune, for one,
 * answers "Forbidden" and puts the reason in the message). Matched as phrases, lower-cased.
 */
import { codeWordRows, rows, type KnowledgeRow } from './row.js';
import { TOKEN_ENDPOINT_ERRORS } from './service-codes.js';
import { AADSTS_REFERENCE, CLIENT_CREDENTIALS_FLOW } from './aadsts.js';

const INTUNE_GRAPH = 'https://learn.microsoft.com/intune/intune-graph-apis';
const APP_ONLY_ACCESS = 'https://learn.microsoft.com/graph/auth-v2-service';
const PLANNER = 'https://learn.microsoft.com/graph/api/resources/planner-overview';
/** EWS with an app-only token must name the mailbox it acts on: the ExchangeImpersonation header (ImpersonatedUserId). */
const EWS_OAUTH = 'https://learn.microsoft.com/exchange/client-developer/exchange-web-services/how-to-authenticate-an-ews-application-by-using-oauth';
/** Exchange Online PowerShell app-only: the app's service principal needs one of the Entra roles the page lists (Exchange Administrator, Global Reader …). */
const EXCHANGE_POWERSHELL_APP_ONLY = 'https://learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2';
/**
 * Exchange's refusal to send as another mailbox, in its SMTP form ("550 5.7.1 Client does not have
 * permission to send as this sender") and as the store's SendAsDenied submission error: the sending
 * account lacks Send As (or Send on Behalf) on that mailbox, as Graph's ErrorSendAsDenied says.
 */
const EXCHANGE_SEND_AS_DENIED = 'https://learn.microsoft.com/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)';
/**
 * Since October 2021 an app's identifier URIs must use a verified domain of the tenant (or the
 * api://{appId} form): a property-value rule the directory answers with HostNameNotOnVerifiedDomain
 * ("Values of identifierUris property must use a verified domain of the organization or its subdomain").
 */
const IDENTIFIER_URI_RESTRICTIONS = 'https://learn.microsoft.com/entra/identity-platform/identifier-uri-restrictions';
/**
 * SharePoint's REST and CSOM accept an Entra app-only token only when the app signed in with a
 * certificate; one from a client secret is refused as "Unsupported app only token" whatever roles it holds.
 */
const SHAREPOINT_APP_ONLY = 'https://learn.microsoft.com/sharepoint/dev/solution-guidance/security-apponly-azuread';
/** Audit and sign-in logs are open only to users in a reports role. */
const REPORTING_API_ERRORS = 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-configure-prerequisites-for-reporting-api';
/**
 * Metered APIs need an Azure subscription associated with the calling app; without one, usage is limited
 * to an evaluation quota (the Teams export and change-notification APIs were metered until August 25, 2025).
 */
const METERED_APIS = 'https://learn.microsoft.com/graph/teams-licenses';
/** Creating a change-notification subscription first calls the notification URL, which must echo validationToken with 200 OK within 10 seconds. */
const WEBHOOK_VALIDATION = 'https://learn.microsoft.com/graph/change-notifications-delivery-webhooks';
/**
 * Delivery through Azure Event Hubs names the Event Hub by a Key Vault secret in the notificationUrl
 * ("EventHub:https://<vault>.vault.azure.net/secrets/<secret>?tenantId=<domain>"), which Graph reads as
 * the Microsoft Graph Change Tracking app (Get on secrets).
 */
const EVENT_HUBS_DELIVERY = 'https://learn.microsoft.com/graph/change-notifications-delivery-event-hubs';
/**
 * An authentication method (a Temporary Access Pass, for one) can be given only to users the tenant's
 * authentication methods policy targets; for anyone else the directory answers "Converged
 * UserCredentialPolicy does not allow creating or updating this authentication method".
 */
const AUTHENTICATION_METHOD_POLICY = 'https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass';
/** A sharing link's scope the tenant turned off: anonymous ("Anyone") links may be disabled by the administrator. */
const SHARING_LINK_SCOPES = 'https://learn.microsoft.com/graph/api/driveitem-createlink';
/**
 * An app-only token is asked of one tenant: a daemon's authority names the tenant (its id or domain),
 * never /common or /organizations; Microsoft.Identity.Web says so before sending anything (IDW10405).
 */
const DAEMON_AUTHORITY = 'https://learn.microsoft.com/entra/identity-platform/scenario-daemon-acquire-token';
/** A subscription lives at most as long as its resource allows (Outlook mail, events and contacts: under three days); a later expirationDateTime is refused. */
const SUBSCRIPTION_LIFETIME = 'https://learn.microsoft.com/graph/api/resources/subscription#subscription-lifetime';
/** An archived team is read-only: no messages, likes or settings changes until it is unarchived (membership changes still allowed). */
const TEAM_ARCHIVE = 'https://learn.microsoft.com/graph/api/team-archive';
/** updateRecordingStatus requires Teams' policy-based (compliance) recording: the call must be one a recording policy invited the bot to. */
const COMPLIANCE_RECORDING = 'https://learn.microsoft.com/graph/api/call-updaterecordingstatus';
/** An object synced from on-premises Active Directory has its source of authority there: the cloud refuses changes to what sync owns. */
const SOURCE_OF_AUTHORITY = 'https://learn.microsoft.com/graph/api/resources/onpremisessyncbehavior';
/** A SharePoint site an admin locked (NoAccess, ReadOnly): it refuses everyone until unlocked, whatever they hold. */
const SITE_LOCK = 'https://learn.microsoft.com/sharepoint/manage-lock-status';
/**
 * Retention in SharePoint and OneDrive (a Purview retention policy or label, an eDiscovery hold): content
 * under it keeps its versions and cannot be deleted until the retention ends, whoever asks. SharePoint says
 * so ("… cannot be deleted because it is on hold or retention policy"), and OneDrive through Graph answers
 * a folder delete with "… it's possible that it's on hold".
 */
const SHAREPOINT_RETENTION = 'https://learn.microsoft.com/purview/retention-policies-sharepoint';
/** Exchange Online's message size limits: a message over the sending mailbox's limit is refused at submission. */
const EXCHANGE_MESSAGE_LIMITS = 'https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#message-limits';
/** The OneNote API's own limits: a document library with more than 5,000 OneNote items (10008) or 20,000 items (10013) cannot be queried. */
const ONENOTE_ERRORS = 'https://learn.microsoft.com/graph/onenote-error-codes';
/** What the OAuth token endpoint says with invalid_client (the same words in every OAuth server); read like that code (service-codes.ts). */
export const TOKEN_ENDPOINT_MESSAGES: readonly KnowledgeRow[] = rows(TOKEN_ENDPOINT_ERRORS, [
  ['client authentication failed', 'token-invalid', 'strong', "the token endpoint refused the app's own credentials (client secret, certificate or client id): no token was issued"],
]);
/** Each national cloud has its own Graph and sign-in endpoints; a token from one is refused by another's Graph ("InvalidCloudInstance"). */
const NATIONAL_CLOUDS = 'https://learn.microsoft.com/graph/deployments';
/** An Azure AD B2C tenant supports only some Graph operations (users, identity providers, its own user flows, custom policies, keys). */
const B2C_GRAPH_OPERATIONS = 'https://learn.microsoft.com/azure/active-directory-b2c/microsoft-graph-operations';
/**
 * Shifts once asked app-only calls for an MS-APP-ACTS-AS header naming a user; the header is now
 * deprecated (the API pages mark it so, and approvals with application permissions move to
 * approveForUser): a request matter, no permission.
 */
const SHIFTS_ACTS_AS = 'https://learn.microsoft.com/graph/api/offershiftrequest-approve';
/**
 * Bookings names an operation that takes no app-only token: "Api Business.Create does not support
 * the token type: App". Such operations list no application permission (creating a business:
 * https://learn.microsoft.com/graph/api/bookingbusiness-post) and need a signed-in user.
 */
const BOOKINGS_DELEGATED_ONLY = 'https://learn.microsoft.com/graph/api/bookingbusiness-post';
/** Privileged Identity Management names the activation rule a request failed (RoleAssignmentRequestPolicyValidationFailed). */
const PIM_RULE_ERRORS = 'https://learn.microsoft.com/rest/api/authorization/includes/privileged-role-common-errors';

/**
 * SharePoint asks every REST write (POST, PUT, MERGE, DELETE) for a valid request digest, the
 * X-RequestDigest header got from /_api/contextinfo and valid for a limited time; without one the write
 * is refused with 403 and "The security validation for this page is invalid" (COMException
 * -2130575251), whatever the caller's rights.
 */
const SHAREPOINT_REQUEST_DIGEST = 'https://learn.microsoft.com/sharepoint/dev/spfx/web-parts/basics/working-with-requestdigest';

/**
 * A token is for one resource: scopes of two resources in one sign-in request (Graph's Mail.Read beside
 * Outlook's IMAP.AccessAsUser.All, or beside the developer's own API) are refused as "not compatible
 * with each other" (AADSTS70011); each resource's token is asked for in its own request.
 */
const ONE_RESOURCE_PER_TOKEN = 'https://learn.microsoft.com/entra/msal/javascript/browser/resources-and-scopes';

/** A Microsoft Search request made with application permissions searches one geographic region, so it must name it (region: the tenant's dataLocationCode). */
const SEARCH_WITH_APP_PERMISSIONS = 'https://learn.microsoft.com/graph/search-concept-searchall';

/**
 * "Attempted to perform an unauthorized operation." is the message of UnauthorizedAccessException, which
 * SharePoint and the services behind Graph throw when the caller may not do what it asked: a denial of
 * the operation, not an unauthenticated (401) request, so the word "unauthorized" in it is no status code.
 */
const UNAUTHORIZED_ACCESS_EXCEPTION = 'https://learn.microsoft.com/dotnet/api/system.unauthorizedaccessexception';

/** Azure AD Graph is retired: apps still calling it are blocked and move to Microsoft Graph ("Access blocked to AAD Graph API for this application"). */
const AZURE_AD_GRAPH_RETIREMENT = 'https://learn.microsoft.com/graph/migrate-azure-ad-graph-overview';
/** The legacy Service Communications API (manage.office.com …/ServiceComms), retired for Graph's service health API. */
const SERVICE_COMMUNICATIONS_RETIREMENT = 'https://learn.microsoft.com/office/office-365-management-api/office-365-service-communications-api-reference';

/**
 * Other Azure services refusing for their own access models, beside a Graph call: Azure Resource
 * Manager's role-based access control ("does not have authorization to perform action …" over a
 * scope: an Azure role on the subscription or resource is missing) and Key Vault's access policies
 * or its data-plane roles ("does not have secrets get permission on key vault"). No Microsoft Graph
 * permission, consent or token changes them.
 */
const AZURE_RBAC_DENIED = 'https://learn.microsoft.com/azure/role-based-access-control/troubleshooting';
const KEY_VAULT_ACCESS = 'https://learn.microsoft.com/azure/key-vault/general/troubleshooting-access-issues';
/**
 * A directory made by self-service ("viral") sign-up has no administrator: it is unmanaged until an
 * admin takes it over by proving the DNS domain, and no app can be set up in it meanwhile.
 */
const UNMANAGED_DIRECTORY = 'https://learn.microsoft.com/entra/identity/users/domains-admin-takeover';
/**
 * A Power Platform data policy (DLP) with connector endpoint filtering refuses a flow or app the
 * endpoint before any call: only static endpoints are evaluated, so one built from an environment
 * variable or a dynamic value is refused too.
 */
const CONNECTOR_ENDPOINT_FILTERING = 'https://learn.microsoft.com/power-platform/admin/connector-endpoint-filtering';
/**
 * SharePoint's add-in (Azure ACS) app-only model: an app registered in AppRegNew.aspx and granted in
 * appinv.aspx, its token from ACS. Retired for SharePoint Online on November 27, 2023, it stopped
 * working on April 2, 2026; new tenants had it turned off before (Set-SPOTenant
 * -DisableCustomAppAuthentication). Not Microsoft Graph: the way on is an Entra app with a certificate.
 */
const SHAREPOINT_ACS = 'https://learn.microsoft.com/sharepoint/dev/sp-add-ins/authorization-and-authentication-of-sharepoint-add-ins';
const SHAREPOINT_ACS_APP_ONLY = 'https://learn.microsoft.com/sharepoint/dev/solution-guidance/security-apponly-azureacs';

/**
 * Teams single sign-on refuses before any token is issued when the Teams app's own settings do not
 * agree: a tab's getAuthToken() must come from the domain named in the manifest's
 * webApplicationInfo.resource, whose Application ID URI must be the one the app registration exposes
 * (resourceDisabled otherwise); a bot's OAuthCard must name that same URI, and the bot must be
 * installed for the user. Settings of the Teams app, not Graph permissions.
 */
const TEAMS_TAB_SSO_MANIFEST = 'https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-manifest';
const TEAMS_TAB_SSO_TROUBLESHOOTING = 'https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-troubleshooting';
const TEAMS_BOT_SSO_TROUBLESHOOTING = 'https://learn.microsoft.com/microsoftteams/platform/teams-sdk/teams/user-authentication/troubleshooting-sso';

/**
 * Exchange Online's own switch for client submission (SMTP AUTH), off by default, per tenant and per
 * mailbox: "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant
 * (or the Mailbox)" whatever token or password is sent. An Exchange setting, as its access policies are.
 */
const EXCHANGE_SMTP_AUTH = 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';

/** The Teams meetings service refusing an app-only call that no Teams application access policy grants for the user (the page's "Errors" section). */
const TEAMS_MEETING_POLICY = 'https://learn.microsoft.com/graph/cloud-communication-online-meeting-application-access-policy';
/** Azure Identity's messages when no credential of a chain could get a token, and Azure CLI's when nobody is signed in to it. */
const AZURE_IDENTITY_HOSTED = 'https://learn.microsoft.com/azure/developer/java/sdk/troubleshooting-authentication-azure-hosted';
const AZURE_IDENTITY_DEV_ENV = 'https://learn.microsoft.com/azure/developer/java/sdk/troubleshooting-authentication-dev-env';

/**
 * MSAL's silent call found no account in its token cache: a web app without a persistent cache lost it
 * on a restart or an eviction while the sign-in cookie lived on, so no token was had to send.
 */
const MSAL_NO_ACCOUNT_IN_CACHE = 'https://learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/no-account-login-hint-passed-acquire-token-silent';
/**
 * MSAL.NET's error code when the user cancels the sign-in (closes the dialog): AuthenticationCanceledError,
 * "authentication_canceled". No token was asked of the service, so nothing was refused.
 */
const MSAL_NET_ERROR_CODES = 'https://learn.microsoft.com/dotnet/api/microsoft.identity.client.msalerror';
/**
 * A meeting's attendance report (and a live event's recording and attendee report) is open to the meeting's
 * organizer only: "Only the meeting organizer can access". Teams says so of the signed-in user in its own
 * words ("User ID in token(…) is not the organizer of the queried meeting"): the user's part in the meeting,
 * not the app's permission, is what falls short.
 */
const MEETING_ARTIFACTS = 'https://learn.microsoft.com/graph/cloud-communications-online-meeting-artifacts';
/**
 * The education service's code 20351, "Permanent exception when accessing dependent service. Detailed error information:
 * HttpRequest failed: UrlPattern=…": one of the services it calls on the user's behalf (the user's group memberships)
 * failed, an answer from inside Microsoft's service (the message as Microsoft's own docs repository has it reported).
 */
const EDUCATION_DEPENDENT_SERVICE = 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/5410';
/**
 * Teams adding a user to a private or shared channel answers "User is not found in the team" when that user is no
 * member of the channel's own team (the message as Microsoft's docs repository has it reported, for POST
 * /teams/{id}/channels/{id}/members): the person being added, not the caller, lacks the membership.
 */
const CHANNEL_MEMBER_NOT_IN_TEAM = 'https://github.com/microsoftgraph/microsoft-graph-docs/issues/18669';
/**
 * Dataverse refuses an identity that is no user of its environment, "The user is not a member of the organization"
 * (0x80072560): an app calling it on its own must be added to the environment as an application user with a security
 * role, whatever API permissions it holds (https://learn.microsoft.com/power-platform/admin/manage-application-users).
 */
const DATAVERSE_APPLICATION_USERS = 'https://learn.microsoft.com/power-platform/admin/manage-application-users';
/**
 * Power Automate's and Logic Apps' InvalidTemplate: an expression of the action could not be evaluated (a function
 * given a null, a mistyped field or action name), so the run failed before the action sent any request.
 */
const FLOW_ERROR_REFERENCE = 'https://learn.microsoft.com/power-automate/error-reference';
/**
 * A file checked out in SharePoint can be changed only by whoever checked it out, until it is checked in
 * (or the check-out discarded): "Check out a driveItem resource to prevent others from editing the document".
 */
const CHECKOUT = 'https://learn.microsoft.com/graph/api/driveitem-checkout';
/** MSAL.js refuses an interactive call while another is still running or a redirect was never handled: the app's own code, no token matter. */
const MSAL_BROWSER_ERRORS = 'https://learn.microsoft.com/entra/msal/javascript/browser/errors';
/**
 * SharePoint's custom script setting (NoScript, DenyAddAndCustomizePages): where it blocks custom
 * script, some operations are refused to everyone, admins and app-only callers included (property
 * bag values, some app and page customizations), whatever permission the caller holds. A site
 * setting, changed by a SharePoint admin, not a permission.
 */
const SHAREPOINT_CUSTOM_SCRIPT = 'https://learn.microsoft.com/sharepoint/allow-or-prevent-custom-script';
/** Graph PowerShell sends nothing until Connect-MgGraph has signed in: "Invoke Connect-MgGraph before any commands that access Microsoft Graph". */
const GRAPH_POWERSHELL_CONNECT = 'https://learn.microsoft.com/powershell/microsoftgraph/authentication-commands';

export const SERVICE_MESSAGES: readonly KnowledgeRow[] = [
  ...rows(MSAL_NO_ACCOUNT_IN_CACHE, [
    ['no account or login hint was passed to the acquiretokensilent', 'token-invalid', 'strong', "MSAL's token cache no longer holds the signed-in account (a web app's in-memory cache lost on a restart or evicted): no token was had; persist the token cache, or have the user sign in again"],
  ]),
  ...rows(DATAVERSE_APPLICATION_USERS, [
    ['the user is not a member of the organization', 'user-access-or-license', 'strong', "Dataverse: the caller is no user of this environment; an app calling on its own must be added as an application user with a security role there"],
  ]),
  ...rows(CHANNEL_MEMBER_NOT_IN_TEAM, [
    ['user is not found in the team', 'not-authorization', 'strong', "the person being added to the channel is no member of the channel's team: add them to the team first; the caller's permissions are not what it names"],
  ]),
  ...rows(EDUCATION_DEPENDENT_SERVICE, [
    ['exception when accessing dependent service', 'not-authorization', 'hint', 'a service Graph calls for this request failed inside Microsoft (the education API\'s 20351): retry with backoff; the caller\'s permissions are not what it names'],
  ]),
  ...rows(MEETING_ARTIFACTS, [
    ['is not the organizer of the queried meeting', 'user-access-or-license', 'strong', "Teams: only the meeting's organizer may read its attendance report and artifacts, and the signed-in user is not the organizer (a co-organizer or attendee is not enough); the organizer's own sign-in reads it"],
  ]),
  ...rows(FLOW_ERROR_REFERENCE, [
    ['unable to process template language expressions', 'not-authorization', 'strong', 'the flow could not evaluate an expression of the action (InvalidTemplate: a function given a null, or a mistyped field or action name), so no request was sent; fix the expression, no permission changes that'],
  ]),
  ...rows(CHECKOUT, [
    ['is checked out for editing by', 'not-authorization', 'strong', 'SharePoint: the file is checked out to another user, who must check it in (or an owner discard the check-out) before anyone else changes it; no permission changes that'],
  ]),
  ...rows(MSAL_NET_ERROR_CODES, [
    ['authentication_canceled', 'not-authorization', 'strong', 'the user closed or cancelled the sign-in window (MSAL\'s AuthenticationCanceledError): nothing was refused, and no token was asked for; the app decides when to show the sign-in'],
    ['user canceled authentication', 'not-authorization', 'strong', 'the user closed or cancelled the sign-in window (MSAL\'s AuthenticationCanceledError): nothing was refused, and no token was asked for'],
  ]),
  ...rows(MSAL_BROWSER_ERRORS, [
    ['interaction is currently in progress', 'not-authorization', 'strong', 'MSAL.js: an interactive sign-in or token call started while another was still running, or a redirect was never handled (handleRedirectPromise); await each interactive call, no permission changes that'],
  ]),
  ...rows(SHAREPOINT_CUSTOM_SCRIPT, [
    ['site might have noscript enabled', 'not-authorization', 'strong', "SharePoint: the site blocks custom script (NoScript), which refuses this change to every caller; a SharePoint admin allows custom script on the site (Set-SPOSite -DenyAddAndCustomizePages $false), no permission changes that"],
    ['denyaddandcustomizepages', 'not-authorization', 'hint', "SharePoint's custom script setting of the site, which refuses some changes to every caller"],
    ['noscript', 'not-authorization', 'hint', "SharePoint's custom script setting of the site (NoScript), which refuses some changes to every caller"],
    ['custom script', 'not-authorization', 'hint', "SharePoint's custom script setting, which refuses some changes on sites that block it, to every caller"],
  ]),
  // The session holds no sign-in (never connected, disconnected, or another runspace or job): the
  // cmdlet had no token to send. Connect-Graph is the name the module's first versions used.
  ...rows(GRAPH_POWERSHELL_CONNECT, [
    ['authentication needed. please call connect-mggraph', 'token-invalid', 'strong', 'Graph PowerShell has no signed-in session here, so the cmdlet had no token to send: run Connect-MgGraph in this session (a job or runspace needs its own)'],
    ['authentication needed, call connect-graph', 'token-invalid', 'strong', 'Graph PowerShell has no signed-in session here, so the cmdlet had no token to send: run Connect-MgGraph in this session'],
  ]),
  ...rows(TEAMS_MEETING_POLICY, [
    ['is not authorized to create meeting on behalf of user', 'odata-access-disabled', 'decisive', 'Teams: no application access policy lets the app act on this user\'s online meetings (New-CsApplicationAccessPolicy, then Grant-CsApplicationAccessPolicy)'],
  ]),
  // No token was had at all: the chain's credentials each failed, or the CLI has no signed-in account
  // (or its sign-in expired). A hint only: the credential's own inner error, when pasted, says why.
  ...rows(AZURE_IDENTITY_HOSTED, [
    ['failed to retrieve a token from the included credentials', 'token-invalid', 'hint', 'no credential of DefaultAzureCredential\'s chain could get a token: no token reached the API'],
  ]),
  ...rows(AZURE_IDENTITY_DEV_ENV, [
    ["please run 'az login' to set up account", 'token-invalid', 'hint', 'no account is signed in to the Azure CLI, or its sign-in expired: AzureCliCredential got no token'],
  ]),
  ...rows(AZURE_RBAC_DENIED, [
    ['does not have authorization to perform action', 'not-authorization', 'strong', 'Azure Resource Manager refused the action for want of an Azure role (RBAC) on that scope: assign one under the subscription\'s or resource\'s Access control (IAM); no Graph permission grants it'],
    ['does not have permission to perform action', 'not-authorization', 'strong', 'Azure Resource Manager refused the action for want of an Azure role (RBAC) on that scope: assign one under Access control (IAM); no Graph permission grants it'],
  ]),
  ...rows(CONNECTOR_ENDPOINT_FILTERING, [
    ['ApiPolicyEndpointViolation', 'not-authorization', 'strong', 'a Power Platform data policy\'s endpoint filtering refused the connector this endpoint (dynamic endpoints, such as environment variables, are not evaluated): allow it in the policy; Graph was never called'],
  ]),
  ...rows(SHAREPOINT_ACS_APP_ONLY, [
    ['token type is not allowed', 'not-authorization', 'strong', 'SharePoint refused an add-in (Azure ACS) app-only token: that model is off in the tenant and, since April 2, 2026, gone from SharePoint Online; use an Entra app with a certificate'],
    ['disablecustomappauthentication', 'not-authorization', 'strong', 'the tenant setting that turns SharePoint\'s add-in (Azure ACS) app-only tokens off; ACS stopped working in SharePoint Online on April 2, 2026: use an Entra app with a certificate'],
    ['getacsapponlycontext', 'not-authorization', 'strong', 'an add-in (Azure ACS) app-only sign-in to SharePoint, a model that stopped working in SharePoint Online on April 2, 2026: use an Entra app with a certificate'],
  ]),
  ...rows(SHAREPOINT_ACS, [
    ['appregnew.aspx', 'not-authorization', 'hint', 'the app was registered as a SharePoint add-in (AppRegNew.aspx) for Azure ACS tokens, retired in SharePoint Online and gone since April 2, 2026'],
    ['appinv.aspx', 'not-authorization', 'hint', 'the app was granted as a SharePoint add-in (appinv.aspx), a model retired in SharePoint Online and gone since April 2, 2026'],
  ]),
  ...rows(UNMANAGED_DIRECTORY, [
    ['in an unmanaged state', 'not-authorization', 'strong', 'the organization\'s directory is unmanaged (self-service sign-up, no administrator): an admin must take it over by verifying the DNS domain before apps can be used there'],
  ]),
  ...rows(SHAREPOINT_APP_ONLY, [
    ['unsupported app only token', 'token-invalid', 'strong', 'SharePoint refused an app-only token that a client secret got. Its REST and CSOM take app-only tokens only from a certificate sign-in; add a certificate to the app and sign in with it'],
  ]),
  ...rows(IDENTIFIER_URI_RESTRICTIONS, [
    ['must use a verified domain of the organization', 'not-authorization', 'strong', 'the identifier URI is not on a verified domain of the tenant (nor api://{appId}): change the value; no permission or role allows it'],
    ['hostnamenotonverifieddomain', 'not-authorization', 'strong', 'the identifier URI is not on a verified domain of the tenant (nor api://{appId}): change the value; no permission or role allows it'],
  ]),
  ...rows(EXCHANGE_SEND_AS_DENIED, [
    ['permission to send as this sender', 'user-access-or-license', 'strong', 'Exchange refused to send as that mailbox: the sending account lacks Send As (or Send on Behalf) on it, a mailbox right no Graph or SMTP scope gives'],
    ['permissions to send as this sender', 'user-access-or-license', 'strong', 'Exchange refused to send as that mailbox: the sending account lacks Send As (or Send on Behalf) on it, a mailbox right no Graph or SMTP scope gives'],
    ['sendasdeniedexception', 'user-access-or-license', 'strong', 'Exchange refused to submit the message as that sender (SendAsDenied): the sending account lacks Send As (or Send on Behalf) on that mailbox'],
  ]),
  ...rows(KEY_VAULT_ACCESS, [
    ['permission on key vault', 'not-authorization', 'strong', 'Key Vault refused the caller under its own access policy or data-plane roles (Key Vault Secrets User, for instance): grant access on the vault; no Graph permission grants it'],
  ]),
  // Entra's words for some sign-in errors, which libraries pass on without the code: each reads as
  // its code does (knowledge/aadsts.ts), and stays silent beside the code itself.
  ...codeWordRows(AADSTS_REFERENCE, [
    ['invalid client secret provided', 'token-invalid', 'strong', 'the client secret sent is not valid (AADSTS7000215): send the secret\'s value, not its ID, or create a new secret if it expired', ['AADSTS7000215']],
    ['check to make sure you have the correct tenant id', 'not-authorization', 'strong', 'the tenant was not found (AADSTS90002): a wrong tenant id or domain, or one of another cloud, in the sign-in endpoint', ['AADSTS90002']],
    ["must contain the following parameter: 'client_assertion' or 'client_secret'", 'not-authorization', 'strong', 'no client secret or assertion was sent (AADSTS7000218): send the app\'s credential, or allow public client flows for a device code or desktop sign-in', ['AADSTS7000218']],
    ['to block users unless they are specifically granted', 'user-access-or-license', 'strong', 'the app requires user assignment and this user is not assigned (AADSTS50105)', ['AADSTS50105']],
    ['does not match the redirect uris configured', 'not-authorization', 'strong', 'the redirect URI the sign-in sent is not one the app registration lists (AADSTS50011): a sign-in setup error', ['AADSTS50011']],
    ['does not match the reply urls configured', 'not-authorization', 'strong', 'the reply URL the sign-in sent is not one the app registration lists (AADSTS50011): a sign-in setup error', ['AADSTS50011']],
    ['need to use version 2.0 of the protocol', 'not-authorization', 'strong', 'the app signs in through the v1 endpoint, which issues no token for a personal Microsoft account (AADSTS90027): move the sign-in to the v2.0 endpoint', ['AADSTS90027']],
    ['usage of the /common endpoint is not supported', 'not-authorization', 'strong', 'a single-tenant app signed in through /common (AADSTS50194): use the tenant\'s own sign-in endpoint, or make the app multi-tenant', ['AADSTS50194']],
    ['used to sign the client assertion is not registered', 'token-invalid', 'strong', 'the certificate that signed the client assertion is not among the app registration\'s credentials (AADSTS700027): upload the new certificate\'s public key to the app, or sign with the registered one', ['AADSTS700027']],
    ['grant has expired due to it being revoked', 'token-invalid', 'strong', 'the stored refresh token was revoked, as a password change or reset does (AADSTS50173): the user must sign in again to get a new one', ['AADSTS50173']],
    ['approved mdm', 'conditional-access', 'strong', 'Conditional Access requires a compliant device, and this one is not enrolled in (or compliant with) the MDM the policy names (AADSTS53000): enroll the device or use a compliant one', ['AADSTS53000']],
    ['supported over the /common or /consumers endpoints', 'not-authorization', 'strong', 'the app, resource or grant is not served from /common or /consumers (AADSTS90130, 90124, 9001023): use /organizations or the tenant\'s own sign-in endpoint', ['AADSTS90130', 'AADSTS90124', 'AADSTS9001023']],
  ]),
  ...codeWordRows(CLIENT_CREDENTIALS_FLOW, [
    ['client credential flows must have a scope value with /.default', 'permission-type-mismatch', 'decisive', 'a client-credentials request named delegated permissions as its scope (AADSTS1002012): an app-only token asks for {resource}/.default and gets the application permissions consented to the app', ['AADSTS1002012']],
  ]),
  ...rows(NATIONAL_CLOUDS, [
    ['invalidcloudinstance', 'wrong-audience', 'strong', "the token comes from another cloud than the Graph endpoint called (a US Government or China token sent to the global graph.microsoft.com, or the reverse): use the cloud's own Graph and sign-in endpoints"],
  ]),
  ...rows(B2C_GRAPH_OPERATIONS, [
    ['is an azure ad b2c directory', 'not-authorization', 'strong', 'the API is not offered in an Azure AD B2C tenant, which supports only some Graph operations (users, identity providers, its own user flows, custom policies, keys): no permission changes that'],
    ['can only be made for an azure ad directory', 'not-authorization', 'strong', 'the API serves workforce (non-B2C) directories only: no permission changes that'],
  ]),
  ...rows(AZURE_AD_GRAPH_RETIREMENT, [
    ['access blocked to aad graph api', 'not-authorization', 'decisive', 'Azure AD Graph (graph.windows.net) is retired and blocks this app: no permission or consent brings it back; the calls move to Microsoft Graph'],
  ]),
  ...rows(SERVICE_COMMUNICATIONS_RETIREMENT, [
    // What the retired API answers in place of data, pointing to Graph's service communications API.
    ['please use msgraph to access this resource', 'not-authorization', 'strong', 'the legacy Office 365 Service Communications API is retired and answers only with a pointer to Microsoft Graph: move to the service health and communications API in Graph (/admin/serviceAnnouncement); no permission brings the old one back'],
  ]),
  ...rows(BOOKINGS_DELEGATED_ONLY, [
    ['does not support the token type: app', 'permission-type-mismatch', 'decisive', 'Bookings says this operation takes no app-only token: it needs a signed-in user (a delegated token and permission)'],
  ]),
  ...rows(SHIFTS_ACTS_AS, [
    ['ms-app-acts-as header needs to be set', 'not-authorization', 'strong', 'Shifts asked an app-only call for the MS-APP-ACTS-AS header (a user id); the header is deprecated now: send the call without it on current Graph (approvals with application permissions go to approveForUser), no permission changes that'],
    ['missinguseridheaderinappcontext', 'not-authorization', 'strong', 'Shifts missed the MS-APP-ACTS-AS header of an app-only call, a header now deprecated: a request matter, not a permission'],
  ]),
  ...rows(INTUNE_GRAPH, [
    ['application is not authorized to perform this operation', 'permissions-missing', 'strong', 'Intune: the app lacks the Intune permission for the call'],
    // The same refusal, saying why: the call came without a user, and the app holds Intune permissions of the delegated type only
    // (Intune's Graph APIs take application permissions for app-only calls: the page above, "application permissions").
    ['called in app only context but does not have application permissions configured', 'permission-type-mismatch', 'decisive', 'Intune: the call was app-only, but the app has no application permissions for it (only delegated ones)'],
    ['application must have one of the following scopes', 'permissions-missing', 'decisive', 'Intune names the permissions the app would need'],
    ['user is not authorized to perform this operation', 'user-access-or-license', 'strong', 'Intune: the signed-in user lacks the Intune role for the call'],
  ]),
  ...rows(APP_ONLY_ACCESS, [
    ['requested api is not supported in application-only context', 'permission-type-mismatch', 'decisive', 'the API needs a signed-in user; an app-only token cannot call it'],
    // Its mirror, answered with 412 PreconditionFailed by the export APIs whose permissions table lists no delegated
    // permission (https://learn.microsoft.com/graph/api/chats-getallmessages, "Delegated: Not supported").
    ['requested api is not supported in delegated context', 'permission-type-mismatch', 'decisive', 'the API takes application permissions only; a signed-in user\'s token cannot call it'],
    ['current authenticated context is not valid for this request', 'permission-type-mismatch', 'decisive', 'the endpoint needs a signed-in user (such as /me) and the token has none'],
    // Teams' InvalidRequest for an operation whose permissions table lists no application permission.
    ['using msgraph application permissions is not supported', 'permission-type-mismatch', 'decisive', 'Graph says this operation takes no application permission: it needs a signed-in user (a delegated token)'],
  ]),
  // PIM activation rules, by the names the failure message lists. The MFA and authentication
  // context rules want a stronger sign-in (a step-up, as Conditional Access asks); the others want
  // a different request body or an eligible assignment.
  ...rows(PIM_RULE_ERRORS, [
    ['MfaRule', 'conditional-access', 'strong', 'PIM activation requires multifactor authentication, and the token shows none'],
    ['AuthenticationContextRule', 'conditional-access', 'strong', 'PIM activation requires a Conditional Access authentication context (a claims challenge)'],
    ['JustificationRule', 'not-authorization', 'strong', 'PIM activation needs a justification in the request body'],
    ['TicketingRule', 'not-authorization', 'strong', 'PIM activation needs ticket information in the request body'],
    ['ExpirationRule', 'not-authorization', 'strong', 'the requested duration is longer than the PIM policy allows'],
    ['EligibilityRule', 'user-access-or-license', 'strong', 'the principal has no eligible assignment of the role to activate'],
  ]),
  ...rows(EWS_OAUTH, [
    ['exchangeimpersonation soap header must be present', 'not-authorization', 'strong', 'an app-only EWS request must say which mailbox it acts on (the ExchangeImpersonation header, ImpersonatedUserId): the request, not a permission'],
  ]),
  ...rows(EXCHANGE_POWERSHELL_APP_ONLY, [
    ['assigned to any management roles', 'permissions-missing', 'strong', 'Exchange Online PowerShell app-only ("The application … isn\'t assigned to any management roles"): the app\'s service principal holds no Exchange role (assign Exchange Administrator or an Exchange RBAC role, beside the Exchange.ManageAsApp permission)'],
    ['the role assigned to application', 'permissions-missing', 'strong', 'Exchange Online PowerShell app-only ("The role assigned to application … isn\'t supported in this scenario"): the app\'s service principal holds no Entra role the module supports (assign Exchange Administrator, Global Reader or another listed role)'],
  ]),
  ...rows(REPORTING_API_ERRORS, [
    // The reporting API names the Graph permission the calling app (or tool) lacks.
    ['does not have required msgraph permissions', 'permissions-missing', 'strong', 'the calling app lacks the Microsoft Graph permission the message names (AuditLog.Read.All for the logs)'],
    ['application missing msgraph api', 'permissions-missing', 'strong', 'the calling app lacks the Microsoft Graph permission the message names (AuditLog.Read.All or Directory.Read.All for the logs)'],
    ["user isn't in the allowed roles", 'user-access-or-license', 'strong', 'reading audit or sign-in logs needs the signed-in user in a reports role (Reports Reader, Security Reader, Security Administrator, Global Reader)'],
    ['user is not in the allowed roles', 'user-access-or-license', 'strong', 'reading audit or sign-in logs needs the signed-in user in a reports role (Reports Reader, Security Reader, Security Administrator, Global Reader)'],
  ]),
  ...rows(WEBHOOK_VALIDATION, [
    ['subscription validation request failed', 'not-authorization', 'strong', 'the notification URL did not echo the validation token with 200 OK: the endpoint, not a permission'],
    ['subscription validation request timed out', 'not-authorization', 'strong', 'the notification URL did not answer the validation request within 10 seconds (unreachable, slow, or not public)'],
  ]),
  ...rows(METERED_APIS, [
    ['evaluation capacity for the month has exceeded', 'not-authorization', 'strong', "the metered API's free evaluation quota for the month is used up: associate an Azure subscription with the app for billing (metered APIs); no permission, role or user licence changes it"],
  ]),
  ...rows(EVENT_HUBS_DELIVERY, [
    ['invalid event hub notification url', 'not-authorization', 'strong', "Graph could not use the Event Hubs notificationUrl: the vault, the secret's name or the tenant domain in it, or Microsoft Graph Change Tracking's Get access to that secret, is not as the URL says; the delivery's setup, not the app's permission"],
  ]),
  ...rows(AUTHENTICATION_METHOD_POLICY, [
    ['usercredentialpolicy does not allow', 'not-authorization', 'strong', "the tenant's authentication methods policy does not enable this method for that user (not in a group it targets): include them in the policy; no permission changes that"],
  ]),
  ...rows(SHARING_LINK_SCOPES, [
    ['the feature has been disabled', 'not-authorization', 'strong', 'the tenant (or site) has this feature turned off, such as anonymous "Anyone" sharing links: an administrator\'s setting, which no permission of the app turns on'],
  ]),
  ...rows(DAEMON_AUTHORITY, [
    ["should be a tenant id or domain name, not 'common'", 'not-authorization', 'strong', "an app-only token was asked of /common or /organizations: a daemon asks each customer's tenant by its id or domain"],
  ]),
  ...rows(SUBSCRIPTION_LIFETIME, [
    ['subscription expiration can only be', 'not-authorization', 'strong', 'the expirationDateTime asked for is past the longest lifetime the resource allows: a shorter one is accepted with the same permissions'],
  ]),
  ...TOKEN_ENDPOINT_MESSAGES,
  ...rows(COMPLIANCE_RECORDING, [
    ['non-compliance recording call', 'not-authorization', 'strong', 'the recording status can be set only in a call that a Teams compliance recording policy invited the bot to: a policy setup matter, no permission changes that'],
  ]),
  ...rows(TEAM_ARCHIVE, [
    ['team is archived', 'not-authorization', 'strong', 'the team is archived, so it is read-only until it is unarchived: no permission changes that'],
    ['archived team', 'not-authorization', 'hint', 'an archived team is read-only until it is unarchived'],
  ]),
  ...rows(ONE_RESOURCE_PER_TOKEN, [
    ['are not compatible with each other', 'not-authorization', 'strong', 'the sign-in asked for scopes of more than one resource in one request (Graph and Outlook, or Graph and your own API): a token is for one resource, so request each resource\'s scopes separately; no permission is missing', 'AADSTS70011'],
  ]),
  ...rows(SEARCH_WITH_APP_PERMISSIONS, [
    ['region is required when request with application permission', 'not-authorization', 'decisive', 'a search made with application permissions must name the region in the request (the region property, the tenant\'s dataLocationCode): the permission type is fine, the request lacks a value'],
  ]),
  ...rows(UNAUTHORIZED_ACCESS_EXCEPTION, [
    ['attempted to perform an unauthorized operation', 'permissions-missing', 'generic', 'the service refused this operation to the caller (UnauthorizedAccessException): a denial of the action, not a 401', 'Unauthorized'],
  ]),
  ...rows(SHAREPOINT_REQUEST_DIGEST, [
    ['the security validation for this page is invalid', 'not-authorization', 'strong', 'SharePoint refused a write without a valid request digest: send the X-RequestDigest header (got from /_api/contextinfo, valid for a limited time) with every POST; no permission changes that'],
  ]),
  ...rows(SOURCE_OF_AUTHORITY, [
    ['on-premises mastered directory sync objects', 'not-authorization', 'strong', 'the object is synced from on-premises Active Directory, whose copy is the source of authority: change it there (or move its source of authority to the cloud); no Graph permission changes that'],
  ]),
  ...rows(SHAREPOINT_RETENTION, [
    ['on hold or retention policy', 'not-authorization', 'strong', 'a retention policy or hold keeps the item: SharePoint deletes none of it (nor its versions) until the retention ends, whatever the caller\'s permissions or role'],
    ["it's possible that it's on hold", 'not-authorization', 'strong', 'the folder holds content under a retention policy or hold: it cannot be deleted until the retention ends, whatever the caller\'s permissions'],
  ]),
  ...rows(SITE_LOCK, [
    ['access to this web site has been blocked', 'not-authorization', 'strong', 'SharePoint refused the site as a whole: an admin locked it (LockState NoAccess), and a locked site refuses everyone until it is unlocked; no permission changes that'],
    ['additions to this web site have been blocked', 'not-authorization', 'strong', 'SharePoint refused the write: an admin locked the site against changes (LockState ReadOnly or NoAdditions) until it is unlocked; no permission changes that'],
  ]),
  ...rows(EXCHANGE_MESSAGE_LIMITS, [
    ['message size exceeds maximum size limit', 'not-authorization', 'strong', "the message is larger than the sending mailbox's size limit: Exchange refused it at submission; make it smaller (or raise the mailbox's limit), no permission changes that"],
  ]),
  ...rows(ONENOTE_ERRORS, [
    ['more than 5,000 onenote items', 'not-authorization', 'strong', 'OneNote 10008: a document library holds more than 5,000 OneNote items, more than the API can query; no permission changes that'],
    // The same message's own words after the number, however the number is written ("5000", "5.000").
    ['onenote items (notebooks, sections, section groups), and cannot be queried', 'not-authorization', 'strong', 'OneNote 10008: a document library holds more than 5,000 OneNote items, more than the API can query; no permission changes that'],
    ['more than 20,000 items', 'not-authorization', 'strong', 'OneNote 10013: a document library holds more than 20,000 items, more than the API can index for queries'],
  ]),
  ...rows(TEAMS_TAB_SSO_MANIFEST, [
    ['app resource defined in manifest and iframe origin do not match', 'not-authorization', 'strong', "Teams refused the tab's single sign-on: the page's domain is not the one in the manifest's webApplicationInfo.resource; a Teams app setting, no token was issued"],
  ]),
  ...rows(TEAMS_TAB_SSO_TROUBLESHOOTING, [
    ['resourcedisabled', 'not-authorization', 'strong', "Teams single sign-on: the Application ID URI in the app registration (Expose an API) and in the Teams app's manifest do not agree; a setting, no token was issued"],
  ]),
  ...rows(TEAMS_BOT_SSO_TROUBLESHOOTING, [
    ['resourcematchfailed', 'not-authorization', 'strong', "Teams bot single sign-on: the OAuthCard's token exchange URI is not the app registration's Application ID URI; a setting, no token was issued"],
    ['installedappnotfound', 'not-authorization', 'strong', 'Teams bot single sign-on: the bot app is not installed for this user or chat, so Teams issued no token'],
    // The other codes of the same table: the group chat flow's install, the card, the invoke itself.
    ['installappfailed', 'not-authorization', 'strong', "Teams bot single sign-on: Teams could not install the app in the user's personal scope (the group chat flow), so no token was issued"],
    ['oauthcardnotvalid', 'not-authorization', 'strong', "Teams bot single sign-on: Teams could not parse the bot's OAuthCard, so no token was issued"],
    ['authrequestfailed', 'not-authorization', 'hint', 'Teams bot single sign-on: the SSO request failed after the app was installed (seen where the app is installed in another tenant than the user\'s)'],
    ['tokenmissing', 'not-authorization', 'hint', 'Teams bot single sign-on: Teams got no token from Microsoft Entra ID for the bot'],
  ]),
  ...rows(EXCHANGE_SMTP_AUTH, [
    ['smtpclientauthentication is disabled', 'odata-access-disabled', 'strong', "Exchange Online has SMTP AUTH (client submission) turned off for the tenant or this mailbox: an Exchange setting, not a permission; turn it on for the mailbox (Set-CASMailbox) or send through Graph"],
  ]),
  ...rows(PLANNER, [
    ['you do not have the required permissions to access this item', 'user-access-or-license', 'hint', 'Planner: often the signed-in user is not a member of the group that owns the plan'],
    // Planner versions every resource with an etag: an update or delete without If-Match is refused (412).
    ['the if-match header must be specified', 'not-authorization', 'decisive', 'Planner: an update or delete must send the etag it last read in If-Match (412 Precondition Failed); no permission changes that'],
  ]),
];
