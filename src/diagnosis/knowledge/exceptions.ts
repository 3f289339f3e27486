/**
 * Exception and error class names that SDKs throw around a failed Graph call: MSAL's,
 * Azure.Identity's, Microsoft.IdentityModel's, the JavaScript jsonwebtoken package's, and .NET's
 * own for mismatched library versions.
 * The wrappers of the Graph SDKs themselves (ServiceException, ODataError) say nothing on
 * their own and are not listed.
 */
import { indexRows, rows, type KnowledgeRow } from './row.js';

const MSAL_NET_EXCEPTIONS = 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling';
const MSAL_JS_ERRORS = 'https://learn.microsoft.com/entra/identity-platform/msal-error-handling-js';
const AZURE_IDENTITY = 'https://learn.microsoft.com/dotnet/api/azure.identity';
const IDENTITY_MODEL = 'https://learn.microsoft.com/dotnet/api/microsoft.identitymodel.tokens';
/** Microsoft.IdentityModel.Validators: the signing key's cloud instance is not the one configured (IDX40012). */
const IDENTITY_MODEL_VALIDATORS = 'https://learn.microsoft.com/dotnet/api/microsoft.identitymodel.validators.securitytokeninvalidcloudinstanceexception';
const JSONWEBTOKEN = 'https://www.npmjs.com/package/jsonwebtoken';
/** .NET's own exceptions for code built against one version of a library and run with another. */
const DOTNET_MISSING_METHOD = 'https://learn.microsoft.com/dotnet/api/system.missingmethodexception';
const DOTNET_TYPE_LOAD = 'https://learn.microsoft.com/dotnet/api/system.typeloadexception';
const DOTNET_FILE_LOAD = 'https://learn.microsoft.com/dotnet/api/system.io.fileloadexception';
/**
 * SharePoint's answer when the caller lacks the permission (error code -2147024891,
 * ClientErrorCodes.AccessDenied, with "Access denied. You do not have permission…"):
 * https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee537781(v=office.15) and
 * https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee536785(v=office.15).
 * It says a permission is missing, not whose: the app's, the user's on the site, or the wrong type.
 */
const SHAREPOINT_ACCESS_DENIED = 'https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee536785(v=office.15)';

/**
 * MSAL's classes for every sign-in error a user must act on (MFA, consent, an expired password or
 * refresh token): they point at Conditional Access only when the sign-in's own AADSTS code does not
 * name another cause (https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling).
 */
export const SIGN_IN_WRAPPERS: ReadonlySet<string> = new Set(['msaluirequiredexception', 'interactionrequiredautherror']);

export const EXCEPTIONS: readonly KnowledgeRow[] = [
  ...rows(SHAREPOINT_ACCESS_DENIED, [
    ['System.UnauthorizedAccessException', 'permissions-missing', 'generic', 'SharePoint: access denied, the caller lacks a permission for the action or resource'],
    ['ServerUnauthorizedAccessException', 'permissions-missing', 'generic', 'SharePoint: access denied, the caller lacks a permission for the action or resource'],
  ]),
  ...rows(MSAL_NET_EXCEPTIONS, [
    ['MsalUiRequiredException', 'conditional-access', 'strong', 'MSAL needs the user to sign in interactively (MFA, consent or a policy)'],
    ['MsalClaimsChallengeException', 'conditional-access', 'decisive', 'the resource sent a claims challenge'],
  ]),
  ...rows(MSAL_JS_ERRORS, [
    ['InteractionRequiredAuthError', 'conditional-access', 'strong', 'MSAL.js needs the user to sign in interactively'],
  ]),
  ...rows(AZURE_IDENTITY, [
    ['AuthenticationRequiredException', 'conditional-access', 'hint', 'interactive authentication is required'],
    ['AuthenticationRequiredError', 'conditional-access', 'hint', 'interactive authentication is required'],
    ['AuthenticationFailedException', 'token-invalid', 'hint', 'the credential could not get a token'],
    ['CredentialUnavailableException', 'token-invalid', 'hint', 'the credential is not available in this environment'],
    ['CredentialUnavailableError', 'token-invalid', 'hint', 'the credential is not available in this environment'],
    ['ClientAuthenticationError', 'token-invalid', 'hint', 'the credential could not authenticate'],
  ]),
  ...rows(IDENTITY_MODEL, [
    ['SecurityTokenExpiredException', 'token-invalid', 'decisive', 'the token has expired'],
    ['SecurityTokenNotYetValidException', 'token-invalid', 'decisive', 'the token is not valid yet'],
    ['SecurityTokenMalformedException', 'token-invalid', 'decisive', 'the token is malformed'],
    ['SecurityTokenInvalidAudienceException', 'wrong-audience', 'decisive', 'the token was issued for another audience'],
    ['SecurityTokenInvalidIssuerException', 'wrong-audience', 'hint', 'the token comes from another issuer'],
    ['SecurityTokenInvalidSignatureException', 'wrong-audience', 'hint', 'the signature does not verify with this API\'s keys'],
    ['SecurityTokenSignatureKeyNotFoundException', 'wrong-audience', 'hint', 'no key of this API signed the token'],
  ]),
  ...rows(IDENTITY_MODEL_VALIDATORS, [
    ['SecurityTokenInvalidCloudInstanceException', 'wrong-audience', 'strong', 'the token was signed by another cloud instance than the one configured (a national cloud mismatch)'],
  ]),
  // A method, type or assembly the running code expects is not there: mismatched package versions
  // (say, a Graph SDK update without the Kiota packages it needs). The call never got to Graph.
  ...rows(DOTNET_MISSING_METHOD, [['MissingMethodException', 'not-authorization', 'strong', 'a method the code was built against is missing at run time: mismatched library versions, not permissions']]),
  ...rows(DOTNET_TYPE_LOAD, [['TypeLoadException', 'not-authorization', 'strong', 'a type could not be loaded: mismatched library versions, not permissions']]),
  ...rows(DOTNET_FILE_LOAD, [['FileLoadException', 'not-authorization', 'strong', 'an assembly could not be loaded (often a version conflict): not permissions']]),
  ...rows(JSONWEBTOKEN, [
    ['TokenExpiredError', 'token-invalid', 'decisive', 'the JWT has expired'],
    ['NotBeforeError', 'token-invalid', 'decisive', 'the JWT is not active yet'],
    ['JsonWebTokenError', 'token-invalid', 'hint', 'the JWT could not be verified or parsed'],
  ]),
];

export const EXCEPTIONS_BY_NAME: ReadonlyMap<string, KnowledgeRow> = indexRows(EXCEPTIONS);
