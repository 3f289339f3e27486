/**
 * Exception and error class names that SDKs throw around a failed Graph call: MSAL's,
 * Azure.Identity's, Microsoft.IdentityModel's, and the JavaScript jsonwebtoken package's.
 * The wrappers of the Graph SDKs themselves (ServiceException, ODataError) say nothing on
 * their own and are not listed.
 */
import { indexRows, rows, type KnowledgeRow } from './row.js';

const MSAL_NET_EXCEPTIONS = 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling';
const MSAL_JS_ERRORS = 'https://learn.microsoft.com/entra/identity-platform/msal-error-handling-js';
const AZURE_IDENTITY = 'https://learn.microsoft.com/dotnet/api/azure.identity';
const IDENTITY_MODEL = 'https://learn.microsoft.com/dotnet/api/microsoft.identitymodel.tokens';
const JSONWEBTOKEN = 'https://www.npmjs.com/package/jsonwebtoken';

export const EXCEPTIONS: readonly KnowledgeRow[] = [
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
  ...rows(JSONWEBTOKEN, [
    ['TokenExpiredError', 'token-invalid', 'decisive', 'the JWT has expired'],
    ['NotBeforeError', 'token-invalid', 'decisive', 'the JWT is not active yet'],
    ['JsonWebTokenError', 'token-invalid', 'hint', 'the JWT could not be verified or parsed'],
  ]),
];

export const EXCEPTIONS_BY_NAME: ReadonlyMap<string, KnowledgeRow> = indexRows(EXCEPTIONS);
