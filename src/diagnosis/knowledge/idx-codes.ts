/**
 * IDX codes of Microsoft.IdentityModel (the .NET token validation library behind ASP.NET
 * Core, Microsoft.Identity.Web and many SDKs), with the cause each points to. Graph never answers
 * with IDX codes: the audience, issuer and signature ones (IDX102xx, IDX105xx) come from the
 * developer's own API validating a token, most often a Graph token that was never meant for it
 * (https://learn.microsoft.com/entra/identity-platform/access-tokens).
 */
import { indexRows, rows, type KnowledgeRow } from './row.js';

const TOKENS_MESSAGES = 'https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src/Microsoft.IdentityModel.Tokens/LogMessages.cs';
const JSON_WEB_TOKENS_MESSAGES = 'https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src/Microsoft.IdentityModel.JsonWebTokens/LogMessages.cs';
const JWT_HANDLER_MESSAGES = 'https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src/System.IdentityModel.Tokens.Jwt/LogMessages.cs';

export const IDX_CODES: readonly KnowledgeRow[] = [
  ...rows(TOKENS_MESSAGES, [
    ['IDX10223', 'token-invalid', 'decisive', 'lifetime validation failed: the token has expired'],
    ['IDX10222', 'token-invalid', 'decisive', 'lifetime validation failed: the token is not valid yet'],
    ['IDX10224', 'token-invalid', 'strong', 'the token\'s not-before lies after its expiry'],
    ['IDX10225', 'token-invalid', 'strong', 'the token has no expiry'],
    ['IDX10214', 'wrong-audience', 'decisive', 'your own API rejected the token\'s audience: it was issued for another resource, often Microsoft Graph; request api://{your-api}/.default for your API'],
    ['IDX10231', 'wrong-audience', 'strong', 'your own API\'s audience check rejected the token (issued for another resource)'],
    ['IDX10206', 'wrong-audience', 'hint', 'your own API found no audience in the token to validate'],
    ['IDX10207', 'wrong-audience', 'hint', 'your own API found no audience in the token to validate'],
    ['IDX10208', 'wrong-audience', 'hint', 'your own API has no valid audience configured to compare with'],
    ['IDX10205', 'wrong-audience', 'hint', 'your own API rejected the issuer: a token from another issuer or token version'],
    ['IDX10500', 'token-invalid', 'hint', 'signature validation failed: no keys were provided'],
    ['IDX10501', 'wrong-audience', 'hint', 'your own API found no signing key for the token\'s key id: a token meant for another API, such as a Graph token; request api://{your-api}/.default'],
    ['IDX10503', 'wrong-audience', 'hint', 'your own API could not verify the signature with any of its keys: a token meant for another API, such as a Graph token'],
    ['IDX10511', 'wrong-audience', 'hint', 'your own API could not verify the signature with any of its keys: Graph tokens are not meant to be validated by other APIs; request api://{your-api}/.default'],
    ['IDX10504', 'token-invalid', 'strong', 'the token has no signature'],
    ['IDX10508', 'token-invalid', 'strong', 'the signature is improperly formatted'],
    ['IDX10400', 'token-invalid', 'strong', 'a token part is not valid base64url'],
    ['IDX10209', 'token-invalid', 'hint', 'the token is larger than allowed'],
  ]),
  ...rows(JSON_WEB_TOKENS_MESSAGES, [
    ['IDX14100', 'token-invalid', 'decisive', 'the JWT is not well formed (it has no dots)'],
    ['IDX14101', 'token-invalid', 'decisive', 'the JWT is not well formed'],
    ['IDX14102', 'token-invalid', 'decisive', 'a JWT part could not be decoded'],
    ['IDX14120', 'token-invalid', 'strong', 'the JWT is not well formed'],
  ]),
  ...rows(JWT_HANDLER_MESSAGES, [
    ['IDX12741', 'token-invalid', 'decisive', 'the JWT must have three segments'],
    ['IDX12709', 'token-invalid', 'decisive', 'the JWT is not well formed'],
    ['IDX12729', 'token-invalid', 'strong', 'the JWT header could not be decoded'],
    ['IDX10708', 'token-invalid', 'strong', 'the token is not a JWT in compact form'],
  ]),
];

export const IDX_BY_CODE: ReadonlyMap<string, KnowledgeRow> = indexRows(IDX_CODES);
