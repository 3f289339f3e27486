/**
 * AADSTS codes of the Microsoft Entra token service, each with the cause it points to.
 * Meanings are ours, from Microsoft's reference of Entra authentication and authorization error
 * codes. 'none' marks sign-in errors that are about identity but none of our causes (a reply URL
 * mismatch, a locked account): they tell the diagnosis that the paste is about sign-in, and when
 * they are the only listed codes of a paste, not-authorization says their meaning
 * (causes/not-authorization.ts, "sign-in-setup").
 */
import { indexRows, rows, type KnowledgeRow } from './row.js';

export const AADSTS_REFERENCE = 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes';
/** The client credentials grant: its scope is always {resource}/.default (AADSTS1002012 otherwise). */
export const CLIENT_CREDENTIALS_FLOW = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow';
/**
 * Not in the reference: a code redeemed from the browser needs a redirect URI of the Single-page
 * application platform, which enables the cross-origin redemption the auth code flow with PKCE
 * makes; one redeemed by a server must not carry the browser's Origin.
 */
const SPA_REGISTRATION = 'https://learn.microsoft.com/entra/identity-platform/scenario-spa-app-registration';
/** The consent experience, with the codes the consent screen shows (risky apps: AADSTS900941). */
const CONSENT_EXPERIENCE = 'https://learn.microsoft.com/entra/identity-platform/application-consent-experience';
const REPLY_URL = 'https://learn.microsoft.com/entra/identity-platform/reply-url';
/** "Missing Service Principal in the Tenant": the app registration not yet linked to a service principal there. */
const MISSING_SERVICE_PRINCIPAL = 'https://learn.microsoft.com/microsoftteams/platform/teams-sdk/teams/app-authentication/troubleshooting';
/**
 * The on-behalf-of flow: the token a middle-tier API exchanges must be one issued for that API (its aud
 * is the API's own id); a Graph token sent to the API as the assertion is a token for another resource.
 */
const ON_BEHALF_OF = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow';
/** A code the reference does not list, printed with its message on the Microsoft page of a product that meets it. */
const INTUNE_APP_PROTECTION_REQUIRED = 'https://learn.microsoft.com/power-apps/mobile/powerapps-mobile-troubleshoot';
/** A confidential client's token request without its credential (AADSTS7000218's troubleshooting page). */
/**
 * The device code flow's error while polling when nobody finished the sign-in in time: expired_token ("Value of
 * expires_in has been exceeded", printed as AADSTS70020 "This device code has expired"). No grant changes that;
 * start the flow again, with someone there to sign in.
 */
const DEVICE_CODE_FLOW = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code#expected-errors';
/** Workload identity federation: the external token's issuer, subject and audience must match a federated identity credential of the app (the page the AADSTS7002xx messages link). */
const WORKLOAD_IDENTITY_FEDERATION = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const NO_CLIENT_CREDENTIAL = 'https://learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/confidential-client-application-authentication-error-aadsts7000218';

export const AADSTS_CODES: readonly KnowledgeRow[] = [
  ...rows(AADSTS_REFERENCE, [
    // Conditional Access, MFA, device state, risk
    ['50076', 'conditional-access', 'decisive', 'multifactor authentication is required for this resource'],
    ['50079', 'conditional-access', 'decisive', 'the user must register security info for MFA'],
    ['50074', 'conditional-access', 'decisive', 'strong authentication is required and was not passed'],
    ['50072', 'conditional-access', 'decisive', 'the user must enroll a second factor'],
    ['50078', 'conditional-access', 'decisive', 'the MFA proof has expired under the policy'],
    ['50158', 'conditional-access', 'strong', 'an external security challenge (terms of use, another MFA provider) is pending; the code alone is no failure'],
    ['50131', 'conditional-access', 'decisive', 'a Conditional Access decision failed the request'],
    ['53000', 'conditional-access', 'decisive', 'the policy needs a compliant device'],
    ['53001', 'conditional-access', 'decisive', 'the policy needs a domain-joined device'],
    ['53002', 'conditional-access', 'decisive', 'the app is not an approved client app under the policy'],
    ['53003', 'conditional-access', 'decisive', 'Conditional Access blocked token issuance'],
    ['530032', 'conditional-access', 'decisive', 'a tenant security policy blocked the request'],
    ['530035', 'conditional-access', 'decisive', 'security defaults blocked the request'],
    ['530034', 'conditional-access', 'decisive', 'a delegated admin was blocked because of risk'],
    ['53004', 'conditional-access', 'decisive', 'MFA registration must be completed first'],
    ['53010', 'conditional-access', 'decisive', 'MFA methods can only be set up from allowed places'],
    ['53011', 'conditional-access', 'decisive', 'the user is blocked because of risk in the home tenant'],
    ['50097', 'conditional-access', 'decisive', 'the device must authenticate'],
    ['50005', 'conditional-access', 'decisive', 'the device platform is not allowed by the policy'],
    ['70043', 'conditional-access', 'decisive', 'the sign-in frequency policy ended the session'],
    ['50155', 'conditional-access', 'strong', 'device authentication failed'],
    ['50129', 'conditional-access', 'strong', 'the device must be workplace joined'],
    ['50127', 'conditional-access', 'strong', 'a broker app must be installed to get access'],
    ['700020', 'conditional-access', 'strong', 'the grant needs user interaction'],
    ['50187', 'conditional-access', 'hint', 'device information was not provided'],
    // Consent and configured permissions
    ['65001', 'permissions-missing', 'decisive', 'nobody has consented to the app for this resource'],
    ['65004', 'permissions-missing', 'decisive', 'the user declined consent'],
    ['65005', 'permissions-missing', 'decisive', 'the app asks for a resource its registration does not list'],
    ['65002', 'permissions-missing', 'strong', 'a Microsoft app id needs preauthorization for this resource'],
    ['650054', 'permissions-missing', 'strong', 'the app asks for a resource that no longer exists'],
  ]),
  // MissingServicePrincipal: the app registration has no service principal (enterprise application) in
  // the tenant asked, which an admin's consent there creates; without it no token is issued for the app.
  ...rows(MISSING_SERVICE_PRINCIPAL, [
    ['7000229', 'permissions-missing', 'strong', 'the app has no service principal in this tenant: nobody there has consented to it (an admin\'s consent, or creating its enterprise application, adds it)'],
  ]),
  ...rows(AADSTS_REFERENCE, [
    ['650056', 'permissions-missing', 'decisive', 'the app lists no permissions for the resource, or an admin has not consented'],
    ['650057', 'permissions-missing', 'decisive', 'the requested resource is not among the app\'s configured permissions'],
    ['90094', 'permissions-missing', 'decisive', 'an administrator must consent'],
    ['90095', 'permissions-missing', 'decisive', 'an administrator must approve the request for consent'],
    ['90008', 'permissions-missing', 'decisive', 'the app must request a Graph sign-in permission'],
    ['90099', 'permissions-missing', 'strong', 'the app is not authorized in the customer tenant for partner admins'],
    // Assignment, guests, tenant access
    ['50105', 'user-access-or-license', 'strong', 'the app requires user assignment and this user is not assigned'],
    ['50014', 'user-access-or-license', 'strong', 'the guest account is still pending in the directory'],
    ['16003', 'user-access-or-license', 'strong', 'the user was never added to the resource tenant'],
    ['500212', 'user-access-or-license', 'strong', 'the home tenant\'s outbound cross-tenant policy blocks the user'],
    ['500213', 'user-access-or-license', 'strong', 'the resource tenant\'s inbound cross-tenant policy blocks the user'],
    ['50057', 'user-access-or-license', 'strong', 'the user account is disabled'],
    ['90072', 'user-access-or-license', 'hint', 'the external account does not exist in the tenant'],
    // Account type, tenant, expired or revoked grants, broken client credentials
    ['500208', 'token-invalid', 'strong', 'the domain is not valid for this account type (for example a personal account on a work-only app)'],
    ['9002332', 'token-invalid', 'strong', 'the app serves Entra accounts only; personal accounts cannot be used'],
    // The app signs in through the v1 endpoint, which issues no token for a personal account: the
    // app's sign-in setup (move to the v2.0 endpoint), not a bad token.
    ['90027', 'none', 'strong', 'tokens for personal accounts need the v2.0 endpoint; the app signs in through the v1 one'],
    // Which cause depends on the account: a personal one (identity provider live.com) on an app for work accounts,
    // or a work account of another tenant not invited yet; the causes read that (user-access-or-license, token-invalid).
    ['50020', 'none', 'strong', 'the account is not from a tenant or identity provider the app accepts'],
    ['50034', 'token-invalid', 'strong', 'the user account does not exist in this directory'],
    ['51004', 'token-invalid', 'hint', 'the user account is not in the directory'],
    ['16000', 'token-invalid', 'hint', 'the account does not exist in the tenant (often a personal account)'],
    // The sign-in endpoint (authority) does not fit the app, resource or grant: a setup choice made
    // before any token exists, not a bad token.
    ['50194', 'none', 'strong', 'a single-tenant app used the /common endpoint (use the tenant\'s own sign-in endpoint)'],
    ['90124', 'none', 'strong', 'the resource is not served from /common or /consumers (use /organizations or the tenant\'s endpoint)'],
    ['90130', 'none', 'strong', 'the app is not served from /common or /consumers (use /organizations or the tenant\'s endpoint)'],
    ['9001023', 'none', 'strong', 'this grant type is not served from /common or /consumers (use /organizations or the tenant\'s endpoint)'],
    ['90002', 'none', 'strong', 'the tenant was not found (a wrong tenant id or domain, or one of another cloud)'],
    // The connection itself, before any sign-in: Entra ID refuses TLS 1.0/1.1 and 3DES.
    ['1002016', 'none', 'strong', 'the host connected with TLS 1.0/1.1 or 3DES, which sign-in refuses: enable TLS 1.2 on it'],
    ['700082', 'token-invalid', 'strong', 'the refresh token expired from inactivity'],
    ['70008', 'token-invalid', 'strong', 'the refresh token or code expired or was revoked'],
    ['700084', 'token-invalid', 'strong', 'a single-page app\'s refresh token reached its fixed lifetime'],
    ['50173', 'token-invalid', 'strong', 'the grant was revoked; the user must sign in again'],
    ['50089', 'token-invalid', 'strong', 'the flow token expired'],
    ['500133', 'token-invalid', 'strong', 'the incoming assertion is outside its valid time range'],
    ['50132', 'token-invalid', 'strong', 'the session is no longer valid after a password change or expiry'],
    ['50133', 'token-invalid', 'strong', 'the session was revoked after a password change'],
    ['50013', 'token-invalid', 'strong', 'the assertion is invalid (issuer, lifetime or format)'],
    ['50027', 'token-invalid', 'strong', 'the JWT is invalid (claims, audience, lifetime or format)'],
    ['50006', 'token-invalid', 'hint', 'the signature could not be verified'],
    ['90016', 'token-invalid', 'hint', 'a required claim is missing from the token'],
    ['7000222', 'token-invalid', 'strong', 'the client secret has expired'],
    ['7000215', 'token-invalid', 'strong', 'the client secret sent is not valid'],
    ['70002', 'token-invalid', 'strong', 'the client credentials are not valid'],
    // Setup errors of the app registration or the sign-in request (a wrong client id, tenant or
    // endpoint, a missing credential): no token was issued, and no permission changes that.
    ['7000218', 'none', 'strong', 'no client secret or assertion was sent (send the app\'s credential, or allow public client flows for device code sign-in)'],
    // The reference sends the admin to the tenant's service subscriptions, not to a permission: the
    // resource's service principal is missing from the tenant (the service is not subscribed to or
    // enabled there), and the fix is creating it, whatever the app's permissions are.
    ['650052', 'none', 'strong', 'the app needs a service the organization has not subscribed to or enabled: the tenant has no service principal for it'],
    // Its mirror: the registration makes the app a public client (a redirect URI under "Mobile and
    // desktop applications" or "Single-page application", or public client flows allowed), so a secret
    // sent with the request is refused.
    ['700025', 'none', 'strong', 'the app is registered as a public client, so the request must not send a secret or assertion (check the redirect URI\'s platform)'],
    // The request names no tenant the service can find (an authority of /common for a single-tenant
    // app's device code or client credentials, a mistyped domain): the sign-in endpoint needs the tenant.
    ['50059', 'none', 'strong', 'no tenant could be found in the request or credentials (name the tenant in the sign-in endpoint)'],
    ['50128', 'none', 'strong', 'no tenant could be found: the domain name in the request is not valid'],
    ['90019', 'none', 'strong', 'the tenant could not be determined from the request (name it in the sign-in endpoint)'],
    ['700027', 'token-invalid', 'strong', 'the client assertion failed signature validation'],
    ['700024', 'token-invalid', 'strong', 'the client assertion is outside its valid time range'],
    ['700030', 'token-invalid', 'strong', 'the certificate subject is not authorized'],
    ['50012', 'token-invalid', 'strong', 'certificate or assertion authentication failed'],
    ['700016', 'none', 'strong', 'the app was not found in the tenant (a wrong client id or tenant, or another tenant\'s app never added here)'],
    ['700011', 'none', 'strong', 'the client application does not exist in the tenant (a wrong client id or tenant)'],
    // The app itself is switched off (UnauthorizedClientApplicationDisabled): its sign-in was disabled in the
    // tenant ("Enabled for users to sign-in?" set to No on the enterprise application,
    // https://learn.microsoft.com/entra/identity/enterprise-apps/disable-user-sign-in-portal) or by Microsoft.
    // No token is issued to it, and no permission or token changes that.
    ['7000112', 'none', 'strong', 'the application is disabled (sign-in turned off for it in the tenant, or by Microsoft)'],
    ['70001', 'none', 'strong', 'the application is disabled or unknown in the tenant'],
    ['50058', 'none', 'strong', 'silent sign-in found no signed-in user session: the app must sign the user in interactively, before any token exists'],
    ['54005', 'token-invalid', 'strong', 'the authorization code was already redeemed'],
    // Scope or resource requested wrongly
    ['70011', 'wrong-audience', 'hint', 'the requested scope is not valid'],
    ['50001', 'wrong-audience', 'hint', 'the requested resource is disabled or does not exist'],
    ['500011', 'wrong-audience', 'hint', 'the resource named in the request has no service principal in the tenant'],
    ['700022', 'wrong-audience', 'hint', 'the scope names more than one resource'],
    ['700023', 'wrong-audience', 'hint', 'the scope names no resource'],
    ['28002', 'wrong-audience', 'hint', 'the scope value is not valid'],
    ['28003', 'wrong-audience', 'hint', 'the scope is empty'],
    ['901002', 'wrong-audience', 'hint', 'the v2.0 endpoint does not take a resource parameter'],
    ['90009', 'wrong-audience', 'hint', 'an app asking a token for itself must name itself by GUID'],
    ['50010', 'wrong-audience', 'hint', 'audience URI validation failed: no audience configured'],
    ['501461', 'wrong-audience', 'hint', 'mapped claims need an audience of the app\'s own id or domain'],
    ['240002', 'wrong-audience', 'strong', 'an ID token cannot be used as an on-behalf-of assertion'],
    // Not about authorization at all: transient failures and throttling of the sign-in service
    ['90033', 'not-authorization', 'strong', 'the directory service is unavailable for now'],
    ['90006', 'not-authorization', 'strong', 'an external service is temporarily unavailable'],
    ['90090', 'not-authorization', 'strong', 'a transient error; retry'],
    ['50033', 'not-authorization', 'strong', 'a transient error; retry'],
    ['50087', 'not-authorization', 'strong', 'a transient strong-authentication error; retry'],
    ['90024', 'not-authorization', 'strong', 'a request budget was exceeded; retry'],
    ['90055', 'not-authorization', 'strong', 'the tenant is being throttled'],
    ['50196', 'not-authorization', 'strong', 'the client asks for the same token in a loop; cache tokens'],
    ['90012', 'not-authorization', 'strong', 'the request timed out'],
    // Sign-in errors that are none of our causes; a malformed token request (missing parameter,
    // wrong method or grant type) is a request error, fixed in the request like any 400
    ['50011', 'none', 'strong', 'the redirect URI does not match the app registration'],
    ['70004', 'none', 'strong', 'the redirect URI is not valid for the app'],
    ['50003', 'none', 'strong', 'no signing key is configured for the app'],
    ['50053', 'none', 'strong', 'the account is locked or the IP is blocked'],
    ['50055', 'none', 'strong', 'the user\'s password has expired'],
    ['50126', 'none', 'strong', 'the username or password is wrong'],
    ['50056', 'none', 'strong', 'no password exists for the user'],
    ['50144', 'none', 'strong', 'the on-premises password has expired'],
    ['70016', 'none', 'hint', 'device code authorization is still pending'],
    ['70003', 'not-authorization', 'strong', 'the grant type is not supported'],
    ['70005', 'none', 'strong', 'the response type is not enabled for the app'],
    ['700054', 'none', 'strong', 'ID tokens are not enabled for implicit grant'],
    ['501481', 'none', 'strong', 'the PKCE code verifier does not match'],
    ['900144', 'not-authorization', 'strong', 'a required parameter is missing from the token request'],
    ['90014', 'not-authorization', 'strong', 'a required field is missing'],
    ['9002313', 'not-authorization', 'strong', 'the request to the sign-in endpoint is malformed'],
    ['90056', 'not-authorization', 'strong', 'the code must be redeemed with a POST to the token endpoint'],
    ['900561', 'not-authorization', 'strong', 'the token endpoint takes POST only; the request used another method'],
    ['90023', 'not-authorization', 'strong', 'the request to the sign-in service is not valid'],
    ['7000114', 'none', 'strong', 'the app may not make application on-behalf-of calls'],
    ['700229', 'permission-type-mismatch', 'hint', 'only app-only tokens can serve as this federated credential'],
    ['500021', 'none', 'strong', 'tenant restrictions deny access to this tenant'],
    ['500022', 'none', 'strong', 'tenant restrictions deny access to this tenant'],

    // The rest of the reference, grouped by the verdict each code points to for a Graph caller.
    // Conditional Access, MFA, risk, device state and the external controls of a policy
    ['50142', 'conditional-access', 'decisive', 'a Conditional Access policy requires a password change first'],
    ['50135', 'conditional-access', 'strong', 'account risk forces a password change'],
    ['50137', 'conditional-access', 'hint', 'a security policy rule forces a password change'],
    ['50130', 'conditional-access', 'hint', 'the claim values name authentication methods the service does not know'],
    ['50099', 'conditional-access', 'hint', 'the device-authentication (PKeyAuth) JWT has a bad signature'],
    ['51006', 'conditional-access', 'hint', 'the session lacks the Windows authentication claim; the user must sign in again'],
    ['50159', 'conditional-access', 'hint', 'the external provider did not send enough claims'],
    ['50170', 'conditional-access', 'hint', 'the mapping for an external control is missing'],
    ['50172', 'conditional-access', 'hint', 'the external claims provider is not approved'],
    ['50176', 'conditional-access', 'hint', 'an external control has no definition'],
    ['50177', 'conditional-access', 'hint', 'pass-through users cannot satisfy an external challenge'],
    ['50178', 'conditional-access', 'hint', 'session controls do not apply to pass-through users'],
    // Consent
    ['52004', 'permissions-missing', 'strong', 'the user has not consented to LinkedIn access'],
    ['50150', 'permissions-missing', 'hint', 'the credential carries no valid record of user consent'],
    ['90093', 'permissions-missing', 'hint', 'Graph answered the sign-in service with forbidden'],
    ['9002341', 'permissions-missing', 'hint', 'the user must allow single sign-on for the app'],
    // The user's own access: cross-cloud or cross-tenant, blocked accounts, lapsed services
    ['1000104', 'user-access-or-license', 'strong', 'the resource\'s cloud does not accept identities from the user\'s tenant'],
    ['500014', 'user-access-or-license', 'hint', 'the resource\'s service principal is disabled (a lapsed subscription or an admin)'],
    ['90084', 'user-access-or-license', 'hint', 'guest accounts may not use this site'],
    ['54000', 'user-access-or-license', 'hint', 'a minor is blocked by the legal age rule'],
    ['240001', 'user-access-or-license', 'hint', 'the user may not register devices'],
    // Account type, wrong tenant or cloud, invalid or expired grants, tokens and client credentials
    ['500207', 'token-invalid', 'strong', 'this account type cannot be used for the resource'],
    ['650059', 'token-invalid', 'strong', 'a single-tenant app (AzureADMyOrg) was used from another tenant'],
    ['700005', 'token-invalid', 'strong', 'the authorization code belongs to another tenant'],
    ['70000', 'token-invalid', 'strong', 'the refresh token is not valid (token binding)'],
    ['900384', 'token-invalid', 'strong', 'a JWT failed signature validation'],
    ['50048', 'token-invalid', 'strong', 'the client assertion\'s subject does not match its issuer'],
    ['50098', 'token-invalid', 'strong', 'a required field is missing from the JWT body'],
    ['50120', 'token-invalid', 'strong', 'the JWT header names an unknown credential type'],
    ['50032', 'token-invalid', 'hint', 'the RSA key used is too weak'],
    ['50085', 'token-invalid', 'hint', 'the refresh token needs a new social identity provider sign-in'],
    ['50139', 'token-invalid', 'hint', 'the session lacks an external refresh token'],
    ['50167', 'token-invalid', 'hint', 'the proof-of-possession key is not valid'],
    ['140001', 'token-invalid', 'hint', 'the session key is not valid'],
    ['160021', 'token-invalid', 'hint', 'the app asked for a user session that does not exist'],
    ['70019', 'token-invalid', 'hint', 'the device-code verification code expired'],
    ['90086', 'token-invalid', 'hint', 'the user\'s WS-Trust token expired'],
    ['50197', 'token-invalid', 'hint', 'the user could not be found (conflicting identities)'],
    ['90125', 'token-invalid', 'hint', 'the user name is not known to the system'],
    ['90126', 'token-invalid', 'hint', 'the user\'s tenant cannot be inferred from the user name'],
    ['50143', 'token-invalid', 'hint', 'the user\'s tenant does not match the domain hint'],
    ['50160', 'token-invalid', 'hint', 'another target tenant is preferred'],
    // The resource or purpose requested
    // A request that crosses clouds: each national cloud signs in at its own hosts, serves its own
    // Graph and needs the app registered there (https://learn.microsoft.com/graph/sdks/national-clouds).
    ['90038', 'wrong-audience', 'strong', 'the tenant belongs to another national cloud than the sign-in endpoint used'],
    ['900382', 'wrong-audience', 'strong', 'a confidential client asked across clouds: the sign-in endpoint and the tenant or resource are of different clouds'],
    ['900432', 'wrong-audience', 'strong', 'a confidential client asked across clouds: the sign-in endpoint and the tenant or resource are of different clouds'],
    ['50164', 'wrong-audience', 'hint', 'the access token was issued for another purpose than this use'],
    ['50171', 'wrong-audience', 'hint', 'the requested audience is only served to mutual-TLS token calls'],
    // Not about authorization: service faults, throttling, malformed requests
    ['50000', 'not-authorization', 'hint', 'the sign-in service failed to issue a token'],
    ['50088', 'not-authorization', 'strong', 'the limit on telephone MFA calls was reached; retry later'],
    ['70012', 'not-authorization', 'strong', 'a server error while signing in a personal account; retry'],
    ['90036', 'not-authorization', 'strong', 'the directory service failed and cannot retry'],
    ['90091', 'not-authorization', 'strong', 'the sign-in service could not reach Graph'],
    ['90092', 'not-authorization', 'hint', 'Graph failed the sign-in service\'s call without retry'],
    ['80005', 'not-authorization', 'hint', 'an unknown error from the pass-through authentication agent; retry'],
    ['51005', 'not-authorization', 'strong', 'a temporary redirect (HTTP 307) to follow'],
    ['50050', 'not-authorization', 'strong', 'the discovery request is malformed'],
    ['50049', 'not-authorization', 'hint', 'the authority instance is unknown or not valid'],
    ['50029', 'not-authorization', 'hint', 'the domain name in the URI has characters that are not allowed'],
    ['90004', 'not-authorization', 'strong', 'the request is not well formatted'],
    ['90005', 'not-authorization', 'strong', 'an identifier and a login hint cannot be sent together'],
    ['90007', 'not-authorization', 'strong', 'the session id cannot be parsed'],
    ['90015', 'not-authorization', 'strong', 'the query string is too long'],
    ['90100', 'not-authorization', 'strong', 'a request parameter is empty or not valid'],
    ['90101', 'not-authorization', 'strong', 'a value is not a valid email address'],
    ['90107', 'not-authorization', 'strong', 'the request has characters that are not valid XML'],
    ['90117', 'not-authorization', 'strong', 'the request input is not valid'],
    ['90121', 'not-authorization', 'strong', 'the request is empty'],
    ['165900', 'not-authorization', 'strong', 'the API request is not valid'],
    ['90102', 'not-authorization', 'hint', 'a value must be an absolute URI'],
    ['90112', 'not-authorization', 'hint', 'an application identifier must be a GUID'],
    ['90010', 'not-authorization', 'hint', 'the algorithm could not be created'],
    ['90022', 'not-authorization', 'hint', 'the principal name has the wrong format'],
    ['90051', 'not-authorization', 'hint', 'the national cloud identifier is not valid'],
    ['50117', 'not-authorization', 'hint', 'the policy in the claims parameter cannot be read'],
    ['51001', 'not-authorization', 'hint', 'a domain hint must accompany an on-premises identifier'],
    ['90119', 'not-authorization', 'hint', 'the device-flow user code is empty'],
    ['140000', 'not-authorization', 'hint', 'the request nonce is missing'],
    // Sign-in errors that are none of our causes: federation and SAML, pass-through and seamless
    // SSO, passwords and Windows Hello keys, claims mapping, PKCE, sign-out and expected interrupts
    ['20001', 'none', 'strong', 'the federated identity provider failed the sign-in'],
    ['20012', 'none', 'strong', 'the federated identity provider sent a message that is not valid'],
    ['20033', 'none', 'strong', 'the federation metadata names a tenant that is not valid'],
    ['40008', 'none', 'strong', 'the federated OAuth2 identity provider failed'],
    ['40009', 'none', 'strong', 'the federated identity provider refused a refresh token'],
    ['40010', 'none', 'strong', 'the federated OAuth2 identity provider failed (retryable)'],
    ['40015', 'none', 'strong', 'the federated identity provider refused an authorization code'],
    ['399284', 'none', 'strong', 'the federated ID token\'s issuer is empty or wrong'],
    ['5001256', 'none', 'strong', 'the external provider\'s id_token is not valid'],
    ['50166', 'none', 'hint', 'the call to an external OIDC endpoint failed'],
    ['50161', 'none', 'hint', 'the external claims provider\'s authorization URL could not be validated'],
    ['901011', 'none', 'strong', 'the external OIDC provider gave no email address'],
    ['901012', 'none', 'strong', 'the external OIDC provider gave no verified email address'],
    ['901014', 'none', 'strong', 'the external OIDC provider gave no external identifier'],
    ['50107', 'none', 'strong', 'the federation realm requested does not exist'],
    ['50169', 'none', 'strong', 'the realm is not configured for this namespace'],
    ['90081', 'none', 'strong', 'a WS-Federation message is not valid'],
    ['90082', 'none', 'strong', 'the WS-Federation authentication policy is not supported'],
    ['90085', 'none', 'strong', 'the company object is not provisioned yet'],
    ['90087', 'none', 'strong', 'a WS-Federation message could not be built from the URI'],
    ['90123', 'none', 'hint', 'the identity or claims provider refused to issue'],
    ['50008', 'none', 'strong', 'the SAML assertion is missing or misconfigured'],
    ['5000819', 'none', 'strong', 'the SAML assertion\'s email claim is missing or from another domain'],
    ['90020', 'none', 'strong', 'the SAML 1.1 assertion lacks the user\'s ImmutableID'],
    ['75001', 'none', 'strong', 'SAML message binding failed'],
    ['75003', 'none', 'strong', 'the SAML binding is not supported'],
    ['75005', 'none', 'strong', 'the SAML request is not supported'],
    ['7500514', 'none', 'strong', 'no supported SAML response type was found'],
    ['750054', 'none', 'strong', 'the SAML request or response is missing from the query string'],
    ['75008', 'none', 'strong', 'the SAML request has an unexpected destination'],
    ['75011', 'none', 'strong', 'the authentication method used does not match the one the SAML request asked for'],
    ['75016', 'none', 'strong', 'the SAML request has a NameIdPolicy that is not valid'],
    ['76021', 'none', 'strong', 'the app requires signed requests and this one is not signed'],
    ['76026', 'none', 'strong', 'the SAML request\'s issue time has expired'],
    ['7500529', 'none', 'strong', 'the SAML ID is not valid'],
    ['900236', 'none', 'strong', 'a SAML request property is not supported'],
    ['50007', 'none', 'strong', 'the partner encryption certificate is missing'],
    ['50146', 'none', 'strong', 'the app needs its own signing key and has no valid one'],
    ['50165', 'none', 'strong', 'the token encryption algorithm the app asks for is not supported'],
    ['50100', 'none', 'strong', 'transforming the token\'s claims failed'],
    ['50101', 'none', 'strong', 'the claims transformer named is unknown'],
    ['50102', 'none', 'strong', 'a custom claims transformer could not be loaded'],
    ['50103', 'none', 'strong', 'transforming the token\'s claims failed'],
    ['50108', 'none', 'strong', 'the claims transformation configuration could not be read'],
    ['50109', 'none', 'strong', 'the claims transformation is not in the configuration'],
    ['50111', 'none', 'strong', 'an unknown claims transformation was asked for'],
    ['50123', 'none', 'strong', 'the claims transformation method named is unknown'],
    ['50124', 'none', 'strong', 'the claims transformation has a regular expression that is not valid'],
    ['501241', 'none', 'strong', 'a required input of a claims transformation (often the NameID) is missing'],
    ['50162', 'none', 'hint', 'the claims transformation timed out'],
    ['501621', 'none', 'hint', 'a regular expression of the claims transformation timed out'],
    ['50163', 'none', 'strong', 'a transformed claim exceeds the size limit'],
    ['50042', 'none', 'hint', 'the salt for a pairwise identifier is missing'],
    ['50043', 'none', 'hint', 'a pairwise identifier has more than one salt'],
    ['50147', 'none', 'strong', 'the PKCE code challenge has a size that is not valid'],
    ['50148', 'none', 'strong', 'the PKCE code verifier does not match the challenge'],
    ['50149', 'none', 'strong', 'the PKCE code challenge method is not valid'],
    ['501491', 'none', 'strong', 'the PKCE code challenge has a size that is not valid'],
    ['70007', 'none', 'strong', 'the response mode is not supported'],
    ['900971', 'none', 'strong', 'no reply address was given'],
    ['50064', 'none', 'strong', 'the user name or password could not be validated'],
    ['50125', 'none', 'hint', 'sign-in paused for password reset or registration'],
    ['50192', 'none', 'strong', 'no credential (such as the user\'s certificate) reached the sign-in'],
    ['50017', 'none', 'strong', 'the user\'s certificate failed validation (chain or revocation list)'],
    ['220501', 'none', 'strong', 'the certificate revocation list could not be downloaded'],
    ['120000', 'none', 'strong', 'password change: the current password is wrong'],
    ['120002', 'none', 'strong', 'password change: the new password is too weak'],
    ['120003', 'none', 'strong', 'password change: the new password contains the user\'s name'],
    ['120004', 'none', 'strong', 'password change: the on-premises complexity rules refuse it'],
    ['120005', 'none', 'strong', 'password change: done on premises but failed in the cloud'],
    ['120008', 'none', 'strong', 'password change: the job ended with an error that cannot be retried'],
    ['120011', 'none', 'strong', 'password change: the user principal name could not be inferred'],
    ['120012', 'none', 'strong', 'password change: must be made on premises'],
    ['120013', 'none', 'strong', 'password change: on premises could not be reached'],
    ['120014', 'none', 'strong', 'password change: the on-premises account is locked or disabled'],
    ['120015', 'none', 'strong', 'password change: an on-premises administrator must act'],
    ['120016', 'none', 'strong', 'password change: self-service reset could not find the user'],
    ['120018', 'none', 'strong', 'password change: the password fails the fuzzy password policy'],
    ['120020', 'none', 'strong', 'password change failed'],
    ['120021', 'none', 'strong', 'password change: the partner service failed'],
    ['80001', 'none', 'strong', 'the authentication agent cannot reach Active Directory'],
    ['80002', 'none', 'strong', 'on-premises password validation timed out'],
    ['80007', 'none', 'strong', 'the authentication agent could not validate the password'],
    ['80010', 'none', 'strong', 'the authentication agent could not decrypt the password'],
    ['80012', 'none', 'strong', 'the sign-in is outside the user\'s allowed logon hours'],
    ['80013', 'none', 'strong', 'clock skew between the authentication agent and Active Directory'],
    ['80014', 'none', 'strong', 'the authentication agent answered too late'],
    ['81004', 'none', 'strong', 'Kerberos authentication failed (seamless SSO)'],
    ['81005', 'none', 'strong', 'the authentication package is not supported (seamless SSO)'],
    ['81006', 'none', 'strong', 'no authorization header reached seamless SSO'],
    ['81007', 'none', 'strong', 'the tenant has not turned on seamless SSO'],
    ['81009', 'none', 'strong', 'the user\'s Kerberos ticket could not be validated'],
    ['81010', 'none', 'strong', 'the user\'s Kerberos ticket is expired or not valid (seamless SSO)'],
    ['81011', 'none', 'strong', 'no user matches the Kerberos ticket'],
    ['81012', 'none', 'strong', 'the user signing in is not the user signed in to the device'],
    ['50180', 'none', 'strong', 'Windows integrated authentication is needed; seamless SSO is off'],
    ['130004', 'none', 'strong', 'the user has no Windows Hello (NGC) key'],
    ['130005', 'none', 'strong', 'the Windows Hello (NGC) key signature failed'],
    ['130006', 'none', 'strong', 'the device has no Windows Hello (NGC) transport key'],
    ['130007', 'none', 'strong', 'the device of the Windows Hello key is disabled'],
    ['130008', 'none', 'strong', 'the device of the Windows Hello key was not found'],
    ['135010', 'none', 'hint', 'a key was not found'],
    ['135011', 'none', 'strong', 'the device used to sign in is disabled'],
    ['17003', 'none', 'hint', 'the user key could not be provisioned'],
    ['50141', 'none', 'hint', 'the protected key belongs to another user'],
    ['50138', 'none', 'hint', 'the encryption key environment is not valid'],
    ['50002', 'none', 'strong', 'a tenant restriction on the proxy blocked the sign-in'],
    ['5000224', 'none', 'strong', 'the tenant is blocked'],
    ['50015', 'none', 'hint', 'the user needs consent for their legal age group'],
    ['50061', 'none', 'strong', 'the sign-out request is not valid'],
    ['50068', 'none', 'strong', 'sign-out failed: the app is not part of the session'],
    ['50070', 'none', 'strong', 'sign-out failed: the name identifier matches no session'],
    ['50071', 'none', 'strong', 'the sign-out request has expired'],
    ['50086', 'none', 'hint', 'strong authentication failed and cannot be retried'],
    ['50134', 'none', 'hint', 'the device-flow request must be approved in its own datacenter'],
    ['90120', 'none', 'hint', 'the device-flow request was already approved or declined'],
    ['70018', 'none', 'strong', 'the user typed a wrong device-flow code'],
    ['16001', 'none', 'hint', 'the account tile picked was rejected; pick again'],
    ['16002', 'none', 'hint', 'the session the app named was not met'],
    ['50136', 'none', 'hint', 'a single personal-account session was found'],
    ['50140', 'none', 'hint', 'the "stay signed in" prompt interrupted the sign-in'],
    ['50168', 'none', 'hint', 'the sign-in paused to fetch a Windows SSO token'],
    ['50199', 'none', 'hint', 'the user must confirm the app (a webview redirect)'],
    ['50157', 'none', 'hint', 'the user must be redirected for routing'],
    ['500141', 'none', 'hint', 'the invitation was redeemed but not for this app'],
    ['1000000', 'none', 'hint', 'the user must also sign in to the external identity provider'],
    ['1000002', 'none', 'hint', 'the bind completed; the user must be told'],
    ['1000031', 'none', 'hint', 'the application cannot be reached for now'],
    ['100007', 'none', 'hint', 'the regional service only serves managed identities and certain Microsoft apps'],
    ['230109', 'none', 'hint', 'the backup sign-in service only takes requests through the gateway'],
    ['90043', 'none', 'hint', 'national-cloud code redirection is disabled'],
    ['50156', 'none', 'hint', 'device tokens cannot be used for a v2 resource'],
    ['221000', 'none', 'hint', 'the resource does not accept device-only tokens'],
    ['51000', 'none', 'hint', 'a required feature is turned off'],
    ['90013', 'none', 'hint', 'the user\'s input is not valid'],
    ['90114', 'none', 'hint', 'the bulk token expiry date would issue an expired token'],
    ['67003', 'none', 'hint', 'the actor is not a valid service identity'],
    ['165004', 'none', 'hint', 'a runtime error whose message says more'],
    ['220450', 'none', 'strong', 'the Android WebView version is not supported'],
  ]),
  ...rows(SPA_REGISTRATION, [
    ['9002326', 'none', 'strong', 'the browser redeemed the code, but the redirect URI is not registered under the Single-page application platform'],
    ['9002327', 'none', 'strong', 'a code issued for a single-page application was redeemed outside the browser (a server or a tool that sends no Origin)'],
  ]),
  // Not in the reference either: Entra sends tokens only to a redirect URI the app registration
  // lists, and an app with none registered gets "No reply address is registered for the application".
  ...rows(REPLY_URL, [['500113', 'none', 'strong', 'the app registration lists no redirect URI (reply address) for the sign-in to return to']]),
  // The consent screen's own code for an app Entra finds risky: only an administrator may consent
  // ("AADSTS900941: Administrator consent is required. App is considered risky", AdminConsentRequiredDueToRiskyApp).
  ...rows(CONSENT_EXPERIENCE, [['900941', 'permissions-missing', 'decisive', 'an administrator must consent: Entra considers the app risky, so users may not consent to it themselves']]),
  // Not in the reference: AADSTS7000216's own message ("'client_assertion', 'client_secret' or 'request'
  // is required for the 'client_credentials' grant type") names the gap AADSTS7000218 does, a
  // confidential client that sent no credential; no permission changes that.
  ...rows(DEVICE_CODE_FLOW, [['70020', 'none', 'strong', 'the device code expired before anyone signed in with it (expired_token): start the device code flow again, with someone there']]),
  ...rows(WORKLOAD_IDENTITY_FEDERATION, [
    ['70021', 'none', 'strong', 'no federated credential of the app matches the external token\'s issuer, subject or audience: fix the credential'],
    ['700211', 'none', 'strong', 'no federated credential of the app names the external token\'s issuer: fix its issuer'],
    ['700212', 'none', 'strong', 'no federated credential of the app names the external token\'s audience: fix its audience'],
    ['700213', 'none', 'strong', 'no federated credential of the app names the external token\'s subject (repo, branch, environment): fix its subject'],
  ]),
  ...rows(NO_CLIENT_CREDENTIAL, [['7000216', 'none', 'strong', 'the client-credentials request carried no secret, certificate assertion or signed request (send the app\'s credential)']]),
  ...rows(INTUNE_APP_PROTECTION_REQUIRED, [['53005', 'conditional-access', 'strong', 'a Conditional Access policy admits only apps that enforce Intune app protection policies (an approved client or one built with the Intune SDK)']]),
  ...rows(ON_BEHALF_OF, [['500131', 'wrong-audience', 'strong', "the on-behalf-of assertion was issued for another resource (often Microsoft Graph), not for the API that exchanges it: the client must request a token for that API's own scope"]]),
  ...rows(CLIENT_CREDENTIALS_FLOW, [['1002012', 'permission-type-mismatch', 'decisive', 'a client-credentials request must ask for the /.default scope, not delegated permission names']]),
];

export const AADSTS_BY_CODE: ReadonlyMap<string, KnowledgeRow> = indexRows(AADSTS_CODES);
