/** 401: the token is missing, malformed, expired or not yet valid, or from a personal account. */
import { defineVerdict, type Cause } from '../cause.js';
import { credentialMayHaveRunOut, fromToken, hasCode, hasStatus, phrase, unless, when } from '../signals.js';
import { knowledgeSignals } from '../knowledge-signals.js';
import { conceptSignals, failsNowAndThenNotByAge } from '../concept-signals.js';
import { authorizationDroppedOnRedirect, challengeAsksForApiKey, functionKeyRequired, sameTokenWorks, tokenLostOnTheWay, personalAccountServed, personalAccountWorkOnlyPermissions, personalOnWorkOnlyApi, serviceNamesMissingPermission, tokenRequestOnlyFailed } from '../reasoning.js';
import { topicSignals } from '../topic-signals.js';
import { graphTokenElsewhere, tokenSaidEdited } from '../audience-reasoning.js';
import { onlyCursorExpired } from '../paging-cursors.js';
import { olderVersionWorks } from '../tool-versions.js';

const EXPIRED = ['expired or is not yet valid', 'lifetime validation failed', 'token is expired', 'token has expired', 'token expired', 'jwt expired', 'access token has expired',
  // The same said in the languages people paste in (de, fr, es, pt, it, nl, ja, zh, ru).
  'token ist abgelaufen', 'zugriffstoken ist abgelaufen', 'token abgelaufen', 'abgelaufener access token', 'abgelaufenen access token', 'abgelaufener token', 'abgelaufenen token', 'token caducado', 'token expirado', 'jeton expiré', 'jeton a expiré', "jeton d'accès a expiré", 'token ha expirado', 'token de acceso ha expirado', 'token de acceso ha caducado', 'token expirou', 'token de acesso expirou', 'token è scaduto', 'token is verlopen',
  // Said as a statement ("トークンが期限切れになって", "token 已过期"); the bare nouns ("トークンの期限切れでしょうか？") are as often a question.
  'トークンの有効期限が切れ', 'トークンが期限切れ', 'token が期限切れ', '令牌已过期', 'token 已过期', 'token已过期', '令牌已失效', 'срок действия токена истек', 'токен истек'];
// The JWT libraries' own words: jsonwebtoken's NotBeforeError ("jwt not active"), golang-jwt's
// ErrTokenNotValidYet and ErrTokenUsedBeforeIssued, PyJWT's ImmatureSignatureError.
const NOT_YET_VALID = ['jwt not active', 'token is not yet valid', 'token is not valid yet', 'token used before issued', 'immaturesignatureerror', 'not valid before'];
// "The provided access token is invalid": Graph PowerShell's check of a token handed to Connect-MgGraph -AccessToken.
const MALFORMED = ['access token is invalid', 'compacttoken parsing failed', 'compacttoken validation failed', 'jwt is not well formed', 'jwt must have three segments', 'invalid jwt token', 'token is malformed', 'malformed token', 'unable to decode the header', 'not in compact jws'];
const EMPTY = ['access token is empty', 'token is empty', 'no access token', 'authorization header is missing', 'missing authorization header', 'bearer token is missing', 'no authorization header',
  // The header told as sent without its token: 'Authorization is literally just "Bearer " followed by nothing'.
  'empty bearer', 'empty authorization header', 'blank authorization header', 'bearer token is empty', 'bearer " followed by nothing', "bearer ' followed by nothing", 'bearer followed by nothing', 'bearer with nothing after', 'bearer and nothing else', 'bearer undefined', 'bearer null',
  // Requests told as sent without the header, and Microsoft.IdentityModel's IDX10000 for the token
  // argument ("The parameter 'token' cannot be a 'null' or an empty object": its LogMessages.cs).
  'without the authorization header', 'without an authorization header', 'without authorization header', 'without the bearer token', 'without a bearer token', "parameter 'token' cannot be a 'null'"];
/** The header line of a dumped request (or its JSON or code form) ending right after the scheme. */
const EMPTY_BEARER_HEADER = /^[ \t>*-]*["']?authorization["']?\s*[:=]\s*["']?bearer\s*["']?\s*,?\s*$/m;
const BAD_HEADER = ['invalid leading whitespace', 'return character(s) in header value', 'invalid header value', 'invalid character in header', 'header value contains invalid'];

/** The body says what was wrong with the token it got (its audience, cloud, signature or issuer): a token was sent, so the bare challenge does not mean "none". */
const TOKEN_REFUSED_FOR_CONTENT = /invalid audience|cloud ?instance|\bsignature\b|\bissuer\b/;

/** A log line that starts with its UTC timestamp and holds the 401: when the failing call was made. */
const LOGGED_401 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d{1,7})?Z\b[^\n]*\b401\b/m;
function loggedTimeOf401(text: string): Date | undefined {
  const m = LOGGED_401.exec(text);
  return m ? new Date(`${m[1] ?? ''}Z`) : undefined;
}

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
    ...topicSignals('token-invalid'),
    // Decoded claims pasted beside the failing call's time: a token whose exp lies before that time had expired when it
    // was sent (exp: https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference). Only for a 401, the
    // status an expired token gets: beside a 403 the token was read, and the claims pasted may be of another one.
    when('quoted-exp-before-call', 6, (e) => {
      if (e.token || e.quoted.exp === undefined || !hasStatus(e, 401) || hasStatus(e, 403)) return false;
      const at = e.errorTime ?? loggedTimeOf401(e.text);
      const expired = new Date(e.quoted.exp * 1000);
      return at !== undefined && expired < at && `The pasted claims' exp (${expired.toISOString()}) is before the failing call (${at.toISOString()}): the token had expired when it was sent`;
    }),
    // Not a paging or sync cursor's expiry (./paging-cursors.ts): that is not the access token.
    unless(phrase('graph-says-expired', 6, EXPIRED, (p) => `The error says the token expired ("${p}")`), (e) => onlyCursorExpired(e, EXPIRED)),
    // A token that is missing or malformed is refused on every call it is sent with; the same call
    // working now and then says the token was fine. Not an expiry: a token ages out, is renewed and
    // ages out again, so expiry comes and goes by nature (said in words, or by the token's hour).
    // The same lines working with another version of the tool: the tool is what fails to send (or read) the token.
    when('other-version-works', -3, (e) => { const v = olderVersionWorks(e); return v !== undefined && `…but the same call works with another version of the tool ("${v}"): the tool, not the token, is at fault`; }),
    // The client held a token and lost it following a redirect: nothing about the token itself to fix.
    when('dropped-on-redirect', -4, (e) => authorizationDroppedOnRedirect(e) !== undefined && '…but the token was lost on a redirect the paste shows: the client dropped the Authorization header, the token itself is not at fault'),
    when('intermittent', -1.5, (e) => failsNowAndThenNotByAge(e) && !EXPIRED.some((p) => e.has(p)) && `…but the same call works now and then ("${e.intermittentClaim}"), and a missing or malformed token fails every time`),
    phrase('not-yet-valid', 6, NOT_YET_VALID, (p) => `The token is not valid yet ("${p}"): a clock is off`),
    // Said by Graph and by the validators of other APIs alike (IDX14100 is Microsoft.IdentityModel's): whoever refused it could not read it.
    phrase('malformed', 5.5, MALFORMED, (p) => `The token could not be read as a token ("${p}")`),
    // Not a token lost on a redirect the paste shows: the client held one and dropped the header following it.
    unless(phrase('empty', 6, EMPTY, (p) => `No token reached Graph ("${p}")`), (e) => authorizationDroppedOnRedirect(e) !== undefined || tokenLostOnTheWay(e) !== undefined),
    phrase('bad-header', 5, BAD_HEADER, (p) => `The Authorization header itself is broken ("${p}")`),
    // A dumped request whose Authorization header holds the scheme and nothing after it
    // ("Authorization: Bearer" at the end of its line, "Authorization": "Bearer "): no token was
    // sent, which Graph answers with InvalidAuthenticationToken (https://learn.microsoft.com/graph/resolve-auth-errors).
    // Lighter than the service's own words: a person may have cut the token out before pasting.
    when('bearer-header-empty', 4, (e) => e.lower.includes('bearer') && EMPTY_BEARER_HEADER.test(e.lower) && (e.statuses.includes(401) || hasCode(e, 'InvalidAuthenticationToken')) && 'The request shows its Authorization header as "Bearer" with no token after it'),
    when('bearer-without-space', 5, (e) => e.lower.includes('bearer') && /bearer(?:\{\{|<|\$|eyj)|["']bearer["']\s{0,2}\+/.test(e.lower) && 'The header is built as "Bearer" + token without the space'),
    fromToken(when('token-expired', 7, (e) => e.token?.expired && `The pasted token expired: ${e.token.checks.find((c) => c.id === 'lifetime')?.reason ?? ''}`)),
    fromToken(when('token-expired-long-ago', 2, (e) => e.token?.expiredLongAgo === true && `The pasted token expired long ago; when the call failed is not in the paste: ${e.token.checks.find((c) => c.id === 'lifetime')?.reason ?? ''}`)),
    fromToken(when('token-not-yet-valid', 7, (e) => e.token?.notYetValid && `The pasted token is not valid yet: ${e.token.checks.find((c) => c.id === 'lifetime')?.reason ?? ''}`)),
    fromToken(when('token-damaged', 4, (e) => e.tokens.some((t) => t.form === 'malformed') && 'The pasted token is damaged (wrong number of parts or not decodable)')),
    when('token-split-over-lines', 3, (e) => e.tokens.some((t) => t.joinedLines) && hasCode(e, 'InvalidAuthenticationToken', 'invalid leading whitespace', 'InvalidHeader') && 'The token was pasted across several lines, so the header carries line breaks'),
    fromToken(when('personal-account-token', 6, (e) => e.tokens.some((t) => t.personalAccount) && 'The token belongs to a personal Microsoft account (consumer tenant)')),
    when('opaque-personal-token', 4, (e) => e.tokens.some((t) => t.form === 'opaque' && t.description.includes('personal')) && 'The bearer value is not a JWT, as personal-account tokens are'),
    when('personal-account-hint', 4.5, (e) => e.accountHints.includes('personal-account') && !tokenRequestOnlyFailed(e) && 'A personal Microsoft account (outlook.com / hotmail.com / live.com) is involved; many Graph APIs serve only work or school accounts'),
    ...knowledgeSignals('token-invalid'),
    // AADSTS50020 with a personal account: the app registration accepts work or school accounts only
    // (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
    when('personal-refused-by-app', 1.5, (e) => e.aadsts.some((a) => a.code === '50020') && e.accountHints.includes('personal-account') && 'AADSTS50020 for a personal account: the app is registered for work or school accounts only, so the sign-in must use such an account (or the app accept personal ones)'),
    when('personal-on-work-only-api', 2, personalOnWorkOnlyApi),
    when('personal-work-only-permissions', 2, personalAccountWorkOnlyPermissions),
    when('personal-account-served', -3, personalAccountServed),
    // An API that validates tokens itself calls a token issued for another resource "invalid" too
    // (https://learn.microsoft.com/entra/identity-platform/access-tokens: an API accepts only tokens whose
    // aud names it): a Graph token shown going to another API speaks against a broken or expired token.
    when('graph-token-sent-elsewhere', -3, (e) => graphTokenElsewhere(e) !== undefined && 'The token was issued for Microsoft Graph and sent to another API: that API calling it invalid is its refusal of a token not issued for it'),
    when('unauthenticated-challenge', 3, (e) => hasStatus(e, 401) && authorizationDroppedOnRedirect(e) === undefined && challengeAsksForApiKey(e) === undefined && functionKeyRequired(e) === undefined && e.challenge !== undefined && !e.challenge.error && !e.challenge.hasClaims && !TOKEN_REFUSED_FOR_CONTENT.test(e.lower) && !e.codesLower.has('accessdenied') && 'The service answered 401 with a bare WWW-Authenticate challenge: it asks for a token, which usually means none (or an unusable one) was sent'),
    when('token-edited', 5, (e) => {
      const said = tokenSaidEdited(e);
      return said !== undefined && `The token was edited by hand ("${said}") and its signature check failed: any change to a token breaks its signature, so the API refuses it; use the token as issued (to get a claim such as a role, assign it in Entra ID and request a new token)`;
    }),
    phrase('signature', 1.5, ['invalid signature', 'signature validation failed', 'signature is invalid', 'signing key is invalid'], (p) => `The signature check failed ("${p}")`),
    phrase('missing-or-malformed', 2.5, ['access token missing or malformed'], (p) => `The service says "${p}"`),
    // Other calls succeed with the very token that failed: it was sent, readable and in date, so a
    // missing, malformed or expired token cannot be why this call fails
    // (https://learn.microsoft.com/graph/resolve-auth-errors).
    when('same-token-works', -2.5, (e) => {
      const said = sameTokenWorks(e);
      return said !== undefined && `…but other calls succeed with the same token ("${said.trim().slice(0, 80)}"): it was sent and valid`;
    }),
    // A 403 that names the permissions the token lacks or holds comes from a service that read the
    // token: one was sent and accepted as a token (https://learn.microsoft.com/graph/resolve-auth-errors).
    when('service-read-the-token', -3, (e) => {
      const said = serviceNamesMissingPermission(e);
      return said !== undefined && `…but the service named the permissions it wanted ("${said}"): it read a token, so one was sent`;
    }),
    when('says-fresh-token', -1.5, (e) => e.freshTokenClaim !== undefined && !e.token?.expired && `A fresh token is said to fail too ("${e.freshTokenClaim}"), so expiry is unlikely`),
    ...conceptSignals('token-invalid'),
    when('credential-ran-out', 3.5, (e) => {
      const said = credentialMayHaveRunOut(e);
      return said !== undefined && `It broke on its own ("${said}") while getting a token with the app's secret or certificate: those expire on their end date (AADSTS7000222), so check the credential's expiry first`;
    }),
    when('status-401', 1, (e) => hasStatus(e, 401) && 'HTTP 401: the request was not authenticated'),
  ],
}) satisfies Cause;
