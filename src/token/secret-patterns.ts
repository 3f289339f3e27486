/**
 * The shapes of secrets the redaction removes, as a table: each row finds one kind and says
 * which part of the match is the secret (the label before it stays, so the text still says what
 * was there). Every quantifier is bounded and no two adjacent parts can match the same
 * characters, so each pattern runs in linear time.
 */

export type SecretKind = 'token' | 'secret';

export interface SecretPattern {
  readonly name: string;
  readonly kind: SecretKind;
  /** Global, with indices (`d`): group 1 (or the first group that matched) is the secret. */
  readonly re: RegExp;
  /** Extra check on the secret itself (for shapes that ordinary words could take). */
  readonly accept?: (value: string) => boolean;
}

/** A value that is a placeholder or a variable, not a secret: <token>, {secret}, [removed], ${VAR}, $(VAR), $env:VAR. */
const NOT_A_VALUE = String.raw`(?![[<{]|\$[{(]|\$env:)`;
/** A whole PowerShell or shell variable as the value (`-ClientSecret $secret`): kept. */
const NOT_A_VARIABLE = String.raw`(?!\$[A-Za-z_][\w:]{0,80}(?=[\s"'),;]|$))`;

/** Labels whose value is always a secret, in JSON, YAML, headers, connection strings and forms. */
const LABELS = [
  'client[_-]?secret', 'app[_-]?secret', 'client[_-]?assertion', 'password', 'passwd', 'pwd', 'secret', 'passphrase',
  'api[_-]?key', 'x-api-key', 'ocp-apim-subscription-key', 'subscription[_-]?key', 'x-functions-key', 'functions?[_-]?key',
  'refresh[_-]?token', 'access[_-]?token', 'id[_-]?token', 'session[_-]?token', 'account[_-]?key', 'shared[_-]?access[_-]?key',
  'shared[_-]?access[_-]?signature', 'primary[_-]?key', 'secondary[_-]?key', 'master[_-]?key', 'x-ms-client-secret',
].join('|');

/** Query parameters whose value is a secret (also after `#`, as in the implicit flow). */
const QUERY_NAMES = [
  'sig', 'code', 'key', 'token', 'client_secret', 'client_assertion', 'assertion', 'password', 'pwd', 'secret',
  'access_token', 'refresh_token', 'id_token', 'subscription-key', 'subscription_key', 'api-key', 'api_key', 'apikey',
  'sharedaccesssignature', 'auth', 'apitoken',
].join('|');

/** Sign-in and session cookies of Microsoft Entra and common web stacks. */
const COOKIE_NAMES = String.raw`ESTSAUTH\w{0,20}|ESTSSC|esctx[\w-]{0,40}|buid|fpc|SignInStateCookie|CCState|x-ms-cpim-[\w-]{1,40}|\.AspNetCore\.[\w.]{1,60}|\.ASPXAUTH|ARRAffinity\w{0,20}|AppServiceAuthSession|StaticWebAppsAuthCookie|MSISAuth\w{0,20}`;

/** What a secret looks like up close: long enough, letters and digits mixed. */
export function looksRandom(value: string): boolean {
  if (value.length < 16) return false;
  const digit = /\d/.test(value);
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  if (!digit || !(lower || upper)) return false;
  // A GUID is an id (tenant, app, request), never a secret on its own.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  return value.length >= 20 || (lower && upper) || /[^A-Za-z0-9]/.test(value);
}

/** A value: quoted (to its closing quote) or bare (to the next separator); never a placeholder. */
const VALUE = String.raw`(?:"${NOT_A_VALUE}([^"\n]{1,8192})"|'${NOT_A_VALUE}([^'\n]{1,8192})'|${NOT_A_VALUE}([^\s"',;&]{3,8192}))`;

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    name: 'authorization header',
    kind: 'secret',
    re: /authorization["']?\s{0,8}[:=]\s{0,8}["']?(?:(?:bearer|basic|pop|negotiate|ntlm|sharedkey|sharedaccesssignature)\s{1,8})?(?![[<{]|(?:bearer|basic|pop)\b)([^\s"',;]{4,8192})/dgi,
  },
  {
    name: 'labelled secret',
    kind: 'secret',
    re: new RegExp(String.raw`\b(?:${LABELS})["']?\s{0,8}[:=]\s{0,8}${VALUE}`, 'dgi'),
  },
  {
    name: 'query secret',
    kind: 'secret',
    re: new RegExp(String.raw`[?&#;](?:${QUERY_NAMES})=${NOT_A_VALUE}([^\s&"'#<>;]{3,8192})`, 'dgi'),
  },
  // SAS signatures also travel without a query string ("sig=…" in a log line or a SAS token alone).
  { name: 'SAS signature', kind: 'secret', re: new RegExp(String.raw`\bsig=${NOT_A_VALUE}([^\s&"'#<>,;]{3,8192})`, 'dgi') },
  {
    name: 'PowerShell secret parameter',
    kind: 'secret',
    re: new RegExp(String.raw`-(?:ClientSecret|Password|Secret|CertificatePassword|AccessToken|ApiKey|Key)\s{1,8}["']?${NOT_A_VALUE}${NOT_A_VARIABLE}([^\s"']{3,1024})`, 'dgi'),
  },
  { name: 'PowerShell secure string', kind: 'secret', re: /ConvertTo-SecureString\s{1,8}(?:-String\s{1,8})?["']([^"'\n]{1,1024})["']/dgi },
  {
    name: 'CLI secret argument',
    kind: 'secret',
    re: new RegExp(String.raw`--(?:password|secret|client-secret|token|api-key)[=\s]{1,8}["']?${NOT_A_VALUE}${NOT_A_VARIABLE}([^\s"']{3,1024})`, 'dgi'),
  },
  { name: 'az login -p', kind: 'secret', re: new RegExp(String.raw`\blogin\b[^\n]{0,200}?\s-p\s{1,8}["']?${NOT_A_VALUE}${NOT_A_VARIABLE}([^\s"']{3,1024})`, 'dgi') },
  { name: 'cookie header', kind: 'secret', re: /\b(?:set-)?cookie["']?\s{0,8}[:=]\s{0,8}["']?([^\r\n"=[<{]{0,200}=[^\r\n"]{0,8192})/dgi },
  { name: 'session cookie', kind: 'secret', re: new RegExp(String.raw`\b(?:${COOKIE_NAMES})=${NOT_A_VALUE}([^\s;"',&]{3,8192})`, 'dgi') },
  // Microsoft Entra client secrets: three characters, a digit, "Q~", then 31 to 34 more.
  { name: 'Entra client secret', kind: 'secret', re: /(?<![A-Za-z0-9_~.+/=-])([A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})/dg },
  // Refresh tokens and authorization codes: "0.A…"/"1.A…" (v2) and "AQAB…" (v1).
  { name: 'refresh token', kind: 'token', re: /(?<![A-Za-z0-9_.*-])((?:[01]\.A|AQAB)[A-Za-z0-9_.*$!-]{40,16384})/dg, accept: looksRandom },
  // Personal Microsoft account tokens are opaque, not JWTs: "EwA…"/"EwB…" and "M.C5…_BAY.…" refresh tokens.
  { name: 'MSA token', kind: 'token', re: /(?<![A-Za-z0-9+/=_-])(Ew[A-Za-z0-9][A-Za-z0-9+/=_!*.%-]{60,16384})/dg, accept: looksRandom },
  { name: 'MSA refresh token', kind: 'token', re: /(?<![\w.])(M\.[A-Za-z0-9]{1,8}_[A-Za-z0-9]{2,8}\.[A-Za-z0-9!*.$_-]{30,16384})/dg, accept: looksRandom },
  // A JWT with its dots in any encoding (%2E, \u002e, &#46;), or any eyJ run even inside a word.
  {
    name: 'JWT in any encoding',
    kind: 'token',
    re: /(eyJ[A-Za-z0-9_-]{17,16384}(?:(?:\.|%2[Ee]|\\u002[eE]|&#0{0,3}46;)[A-Za-z0-9_-]{0,16384}){0,4})/dg,
  },
  // base64 of a JWT: base64("eyJ") is "ZXlK".
  { name: 'base64 of a JWT', kind: 'token', re: /(ZXlK[A-Za-z0-9+/=_-]{40,16384})/dg },
  { name: 'private key', kind: 'secret', re: /(-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]{0,16384}?-----END [A-Z ]{0,40}PRIVATE KEY-----)/dg },
];

/**
 * The fallback for secrets without a label or a known shape: a random-looking word within a few
 * words after one that names a secret ("my client secret is …", "the key: …").
 */
export const SECRET_WORD = /secret|key|token|passw|pwd|credential|passphrase|signature|\bsig\b/i;
export const FALLBACK_CANDIDATE = /(?<![A-Za-z0-9+/=_~.!@#$%^*-])[A-Za-z0-9+/=_~.!@#$%^*-]{16,1024}/g;
/** How far before a candidate the naming word may be. */
export const FALLBACK_REACH = 40;

/**
 * A necessary condition for any row above (or findTokens) to match: each alternative is the fixed
 * part one of them needs; a label word only counts when a value follows it (`token:`,
 * `secret=`), so prose that merely says "token" skips the rows. The fallback has its own gate
 * (SECRET_WORD).
 */
export const MIGHT_HOLD_SECRET =
  /eyj|zxlk|bearer|authori[sz]ation|(?:secret|passw(?:or)?d|pwd|key|token|assertion|signature|passphrase)["']?\s{0,8}[:=]|[?&#;](?:code|auth)=|sig=|cookie|ests|esctx|buid=|fpc=|aspnet|aspxauth|arraffinity|msisauth|x-ms-cpim-|ccstate|appserviceauthsession|\dq~|\b[01]\.a|aqab|\bew[a-z0-9]|\bm\.[a-z0-9]{1,8}_|-----begin|convertto-securestring|-(?:clientsecret|password|secret|certificatepassword|accesstoken|apikey|key)\s|--(?:password|secret|client-secret|token|api-key)|\blogin\b/i;
