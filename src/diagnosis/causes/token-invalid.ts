/** 401: the token is missing, malformed, expired or not yet valid, or from a personal account. */
import { defineVerdict, type Cause } from '../cause.js';
import { aadsts, errorCode, fromToken, hasCode, hasStatus, phrase, when } from '../signals.js';

const EXPIRED = ['expired or is not yet valid', 'lifetime validation failed', 'token is expired', 'token has expired', 'token expired', 'jwt expired', 'tokenexpirederror', 'idx10223', 'authentication_expiredtoken', 'expiredauthenticationtoken', 'access token has expired'];
const NOT_YET_VALID = ['jwt not active', 'notbeforeerror', 'idx10222', 'token is not yet valid', 'not valid before'];
const MALFORMED = ['compacttoken parsing failed', 'compacttoken validation failed', 'idx14100', 'idx14101', 'idx14102', 'idx12741', 'idx12709', 'jwt is not well formed', 'jwt must have three segments', 'invalid jwt token', 'token is malformed', 'malformed token', 'idx10708', 'unable to decode the header', 'not in compact jws'];
const EMPTY = ['access token is empty', 'token is empty', 'no access token', 'authorization header is missing', 'missing authorization header', 'bearer token is missing', 'no authorization header'];
const BAD_HEADER = ['invalid leading whitespace', 'return character(s) in header value', 'invalid header value', 'invalid character in header', 'header value contains invalid'];

export default defineVerdict({
  id: 'token-invalid',
  wording: {
    title: 'The access token is missing, malformed or expired',
    what: 'Graph could not accept the token at all: it was not sent, was cut or mangled on the way, had expired (or was not valid yet) when the call was made, or belongs to a personal Microsoft account that this API does not serve.',
    why: 'Access tokens live about an hour (longer with Continuous Access Evaluation); code that caches one and never asks MSAL again, builds the Authorization header by hand, or splits the token over lines sends Graph something it cannot use. Many Graph APIs accept only work or school accounts.',
    fix: 'Ask MSAL for the token right before each call (it refreshes it when needed) and send it as "Authorization: Bearer {token}" on one line; use a work or school account where the API requires one.',
    learnMore: { title: 'Access tokens in the Microsoft identity platform', url: 'https://learn.microsoft.com/entra/identity-platform/access-tokens' },
    lastVerified: {
      on: '2026-12-01',
      against: [
        'https://learn.microsoft.com/entra/identity-platform/access-tokens',
        'https://learn.microsoft.com/graph/resolve-auth-errors',
        'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
        'https://learn.microsoft.com/entra/identity/conditional-access/concept-continuous-access-evaluation-workload',
      ],
    },
  },
  checks: [
    {
      title: 'A token is actually sent, in one piece',
      verify: { cli: 'curl -v https://graph.microsoft.com/v1.0/me -H "Authorization: Bearer $TOKEN"  (the header reads exactly "Bearer", one space, the token)', claim: 'The token has three dot-separated parts and no line breaks or quotes inside.' },
      fix: 'Build the header as "Bearer " + token (note the space) and strip newlines; better, let the SDK add it (an auth provider / TokenCredential) instead of concatenating strings.',
      source: 'https://learn.microsoft.com/graph/resolve-auth-errors',
    },
    {
      title: 'The token was valid when the call failed',
      verify: { claim: 'exp and nbf are seconds since 1970 UTC; compare them with the time of the failure ({timestamp}), not with now: a token pasted an hour later has always "expired" since. Validators allow about 5 minutes of clock skew.' },
      fix: 'Expired at the time of the call: request the token from MSAL (AcquireTokenSilent / acquireTokenSilent / getToken) before each request instead of caching the string. nbf in the future: the clock of the machine that checks it is behind (sync it with NTP).',
      source: 'https://learn.microsoft.com/entra/identity-platform/access-tokens',
    },
    {
      title: 'The account is a work or school account the API supports',
      verify: { claim: 'tid 9188040d-6c67-4c5b-b112-36a304b66dad means a personal Microsoft account; tokens for personal accounts are often not JWTs at all.', portal: 'The Graph API reference page of the call > Permissions table: "Delegated (personal Microsoft account): Not supported" excludes personal accounts.' },
      fix: 'Sign in with a work or school account, or register the app for organizational accounts only if the API does not support personal accounts.',
      source: 'https://learn.microsoft.com/graph/resolve-auth-errors',
    },
    {
      title: 'The app can still get tokens (secret, certificate, refresh token)',
      verify: { portal: 'Entra admin center > Entra ID > App registrations > your app > Certificates & secrets: check the expiry dates.', cli: 'az ad app credential list --id {app-id} --query "[].endDateTime"' },
      fix: 'Add a new certificate (preferred) or client secret before the old one expires, and let users sign in again when a refresh token has expired or was revoked.',
      source: 'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
    },
  ],
  signals: [
    phrase('graph-says-expired', 6, EXPIRED, (p) => `The error says the token expired ("${p}")`),
    phrase('not-yet-valid', 6, NOT_YET_VALID, (p) => `The token is not valid yet ("${p}"): a clock is off`),
    phrase('malformed', 5.5, MALFORMED, (p) => `Graph could not parse the token ("${p}")`),
    phrase('empty', 6, EMPTY, (p) => `No token reached Graph ("${p}")`),
    phrase('bad-header', 5, BAD_HEADER, (p) => `The Authorization header itself is broken ("${p}")`),
    when('bearer-without-space', 5, (e) => e.lower.includes('bearer') && /bearer(?:\{\{|<|\$|eyj)|["']bearer["']\s{0,2}\+/.test(e.lower) && 'The header is built as "Bearer" + token without the space'),
    fromToken(when('token-expired', 7, (e) => e.token?.expired && `The pasted token expired: ${e.token.checks.find((c) => c.id === 'lifetime')?.reason ?? ''}`)),
    fromToken(when('token-not-yet-valid', 7, (e) => e.token?.notYetValid && `The pasted token is not valid yet: ${e.token.checks.find((c) => c.id === 'lifetime')?.reason ?? ''}`)),
    fromToken(when('token-damaged', 4, (e) => e.tokens.some((t) => t.form === 'malformed') && 'The pasted token is damaged (wrong number of parts or not decodable)')),
    when('token-split-over-lines', 3, (e) => e.tokens.some((t) => t.joinedLines) && hasCode(e, 'InvalidAuthenticationToken', 'invalid leading whitespace', 'InvalidHeader') && 'The token was pasted across several lines, so the header carries line breaks'),
    fromToken(when('personal-account-token', 6, (e) => e.tokens.some((t) => t.personalAccount) && 'The token belongs to a personal Microsoft account (consumer tenant)')),
    when('opaque-personal-token', 4, (e) => e.tokens.some((t) => t.form === 'opaque' && t.description.includes('personal')) && 'The bearer value is not a JWT, as personal-account tokens are'),
    when('personal-account-hint', 4.5, (e) => e.accountHints.includes('personal-account') && 'A personal Microsoft account (outlook.com / hotmail.com / live.com) is involved; many Graph APIs serve only work or school accounts'),
    aadsts('personal-account-aadsts', 5, {
      '500208': 'the domain is not valid for this account type',
      '9002332': 'the app is for Microsoft Entra users only',
      '90027': 'personal accounts need the v2.0 endpoint',
      '50020': 'the account is not from an allowed tenant or identity provider',
      '50034': 'the user account does not exist in this directory',
    }),
    aadsts('credentials-or-grant', 5, {
      '700082': 'the refresh token expired from inactivity',
      '70008': 'the refresh token or code has expired',
      '50173': 'the grant was revoked (password change or reset): sign in again',
      '500133': 'the assertion (the incoming token) is outside its valid time range',
      '50132': 'the session is no longer valid',
      '50133': 'the session is invalid after a password change',
      '7000222': 'the client secret has expired',
      '7000215': 'an invalid client secret was sent',
      '70002': 'the client credentials are invalid',
      '7000218': 'no client secret or assertion was sent',
      '700027': 'the client assertion signature is invalid',
      '700016': 'the application was not found in the tenant',
      '7000112': 'the application is disabled',
      '700024': 'the client assertion is outside its valid time range (check the clock and the certificate)',
      '50058': 'a silent sign-in found no signed-in user: there is no session to get a token from',
      '70001': 'the application is disabled or not found',
      '54005': 'the authorization code was already redeemed',
      '50013': 'the assertion is invalid',
    }),
    when('unauthenticated-challenge', 3, (e) => hasStatus(e, 401) && e.challenge !== undefined && !e.challenge.error && !e.challenge.hasClaims && !e.lower.includes('invalid audience') && !e.codesLower.has('accessdenied') && 'Graph answered 401 with a bare WWW-Authenticate challenge: it asks for a token, which usually means none (or an unusable one) was sent'),
    errorCode('invalid-authentication-token', 2, ['InvalidAuthenticationToken'], (c) => `Graph rejected the token itself (${c})`),
    phrase('signature', 1.5, ['invalid signature', 'signature validation failed', 'signature is invalid', 'signing key is invalid', 'idx10511', 'idx10503', 'idx10501'], (p) => `The signature check failed ("${p}")`),
    phrase('missing-or-malformed', 2.5, ['access token missing or malformed', 'authentication_missingormalformed'], (p) => `The service says "${p}"`),
    when('status-401', 1, (e) => hasStatus(e, 401) && 'HTTP 401: the request was not authenticated'),
  ],
}) satisfies Cause;
