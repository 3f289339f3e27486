/** HTTP status codes in every shape people paste them. Bounded patterns, linear time. */

const REASON_TO_STATUS: Readonly<Record<string, number>> = {
  'bad request': 400, badrequest: 400,
  unauthorized: 401, unauthorised: 401,
  forbidden: 403,
  'not found': 404, notfound: 404,
  'method not allowed': 405, methodnotallowed: 405,
  'request timeout': 408,
  conflict: 409,
  'precondition failed': 412,
  gone: 410,
  'payload too large': 413, 'request entity too large': 413, 'content too large': 413, requestentitytoolarge: 413,
  'unsupported media type': 415,
  'unprocessable entity': 422, 'unprocessable content': 422,
  locked: 423,
  'not implemented': 501,
  'insufficient storage': 507,
  'too many requests': 429, toomanyrequests: 429,
  'internal server error': 500, internalservererror: 500,
  'bad gateway': 502,
  'service unavailable': 503, serviceunavailable: 503,
  'gateway timeout': 504,
};

/** The reason phrases of RFC 9110 (and 422/423 of WebDAV) that Graph's services answer with. */
const REASONS = 'bad request|unauthorized|unauthorised|forbidden|not found|method not allowed|request timeout|conflict|precondition failed|gone|payload too large|request entity too large|content too large|unsupported media type|unprocessable entity|unprocessable content|locked|too many requests|internal server error|not implemented|bad gateway|service unavailable|gateway timeout|insufficient storage';

// "HTTP/1.1 403", "Status: 403", "statusCode: 403", "Status Code: 401", "responseStatusCode=403", "HTTP 401", "code: 401,"
const LABELLED = /\b(?:https?\/[\d.]{1,3}|status[ _-]?code|statuscode|responsestatuscode|httpcode|http[ _]status|status|http|code)["']?\s{0,3}[:=]?\s{0,3}["']?\(?([1-5]\d\d)(?!\d|\.\d|-)/gi;
// The same label in the languages of localized tools and write-ups: "ステータス "403"", "状态码: 403",
// "código de estado 403", "code d'état 403", "Statuscode 403" is read above.
const LABELLED_LOCALIZED = /(?:ステータス(?:\s?コード)?|状態コード|状态码|狀態碼|状态代码|código de (?:estado|status)|c[oó]digo de resposta|code d'état|code de statut|code http)["'「」]?\s{0,3}[:：=]?\s{0,3}["'「」]?\(?([1-5]\d\d)(?!\d|\.\d|-)/gi;
// "403 Forbidden", "(403) Forbidden", "403 : Forbidden", "401 - Unauthorized", "[403] Forbidden", "403 | Forbidden"
const NUMBER_THEN_REASON = new RegExp(`\\b([1-5]\\d\\d)[)\\]]?\\s{0,3}[:;|-]?\\s{0,3}\\(?(${REASONS})\\b`, 'gi');
// "Unauthorized (401)", "Forbidden(403)"
const REASON_THEN_NUMBER = new RegExp(`\\b(${REASONS})\\s{0,2}\\(\\s{0,2}([1-5]\\d\\d)\\s{0,2}\\)`, 'gi');
// "httpCode=Forbidden", "StatusCode:Unauthorized", "Status Code: Forbidden", "ERROR: Forbidden({"
// Also .NET's HttpRequestException as Graph PowerShell's Invoke-MgGraphRequest prints it: "does not indicate success: Forbidden (Forbidden)".
// .NET's HttpStatusCode names too (https://learn.microsoft.com/dotnet/api/system.net.httpstatuscode), as Graph PowerShell prints them ("Status: RequestEntityTooLarge").
const NAMED = /\b(?:httpcode|status[ _-]?code|statuscode|status|does not indicate success)\s{0,2}[:=]\s{0,2}(forbidden|unauthorized|badrequest|bad request|notfound|not found|toomanyrequests|too many requests|internalservererror|serviceunavailable|requestentitytoolarge)\b/gi;
/**
 * Status lines of common HTTP clients: Python requests ("403 Client Error: Forbidden for url",
 * "<Response [403]>", "response.status_code == 403"), SDK loggers ("Response 403:",
 * "HttpResponseCode: 403") and "Error: 401 - {…}" from Node clients.
 */
const CLIENT_LINES = [
  /\b([45]\d\d) (?:Client|Server) Error\b/g,
  // "HttpError 403 when requesting …"
  /\bhttp[ _]?error\s{0,2}([45]\d\d)\b/gi,
  /\b(?:http)?response(?:[ ._]?status(?:[ _]?code)?|[ ._]?code)?\s{0,2}(?:==?|:|\[)?\s{0,2}([1-5]\d\d)(?![\d.])/gi,
  /\berror\s{0,2}[:=]\s{0,2}([45]\d\d)\b(?!\.\d)/gi,
  // "Error 403: Insufficient privileges", "HTTP Error 401 -"
  /\berror\s{1,2}([45]\d\d)\s{0,2}[:-]/gi,
  // A status printed right before the error body: "fetch failed: 401 {"error":{…}}", "403 - {"odata.error"…"
  /\b([45]\d\d)\s{0,3}[:,-]?\s{0,3}\{\s{0,3}["']?(?:error|odata\.error)["']?\s{0,3}:/gi,
  // A status passed as its own argument after the words, as a Python tuple prints: "Exception: ('Request failed with ', 503, ' - ', …)".
  /\bfailed with\s{0,2}['"]\s{0,2},\s{0,3}([45]\d\d)\s{0,2},/gi,
  // A request and what it got, as people write it by hand: "GET https://…/accounts -> 401", "POST /users → 403".
  /\b(?:GET|POST|PUT|PATCH|DELETE)\s{1,3}[^\s>→⇒]{1,300}\s{0,3}(?:->|=>|→|⇒)\s{0,3}([45]\d\d)(?![\d.])/g,
  // …or on a line of its own under the request and its body: "-> 403 accessDenied".
  /^[ \t]{0,4}(?:->|=>|→|⇒)[ \t]{0,3}([45]\d\d)(?![\d.])/gm,
];
const CALL_STYLE = /\b(forbidden|unauthorized|badrequest|notfound)\(\{/gi;
/** AutoRest-generated clients (older Graph and Azure SDKs): "Operation returned an invalid status code 'Forbidden'". */
const QUOTED_REASON = /\bstatus code\s{0,2}'(forbidden|unauthorized|badrequest|notfound|toomanyrequests|internalservererror|serviceunavailable)'/gi;
/** What REASON_THEN_NUMBER needs besides a reason: a status in parentheses. */
const PAREN_NUMBER = /\(\s{0,2}[1-5]\d\d\s{0,2}\)/;
// Prose: "returns a 403", "getting 401", "fails 403", "error 403", "403 error", "500 errors", "a 400 response". A number
// and its noun share a line, and a number after ':' or '.' is a file's line or a version
// ("web_protocol.py:421" above "Error handling request"), not a status.
const PROSE = /\b(?:returns?|returned|returning|gets?|got|getting|receive[sd]?|receiving|throws?|threw|gives?|gave|giving|answers?|answered|responds?(?: with)?|responded(?: with)?|fails?(?: with)?|failed(?: with)?|failing(?: with)?|errors?|with|an?|the)\s{1,3}(?:an?\s{1,3})?(?:http\s{1,3})?([45]\d\d)\b(?!\s{0,2}(?:times|ms|seconds|minutes|users|items|of)\b)|(?<![:.])\b([45]\d\d)[ \t]{1,3}(?:errors?|responses?|status|code|http)\b/gi;

/** A status that opens a line (or a list item) and is followed by when or where it happened: "404 when I call /me/drive", "- 403 on GET /users". */
const LINE_OPENER = /^\s{0,4}(?:[-*•]\s{1,2}|\d{1,2}[.)]\s{1,2})?([45]\d\d)\s{1,3}(?:when|whenever|on|from|for|while|calling|after|if)\b/gm;
/**
 * The same said in the other languages the corpus holds: "返回 403", "出现403错误", "403 エラーになります",
 * "devuelve 403", "reçoit une erreur 403", "liefert 403", "retorna 403". Chinese and Japanese have no
 * spaces between words, so the number is bounded by digits only.
 */
const PROSE_LOCALIZED = /(?:返回|报|出现|得到|收到|遇到|提示|响应|報錯|返却|返され)\s?了?\s?(?:http\s?)?(?:错误码?\s?)?(?<!\d)([45]\d\d)(?!\d)|(?<!\d)([45]\d\d)(?!\d)\s?(?:错误|错|エラー|が返|になり|が発生|が出|が表示|で失敗|で拒否|で弾かれ)|\b(?:devuelve|devolvi[oó]|recibo|recibe|recib[ií]|obtengo|obtiene|arroja|lanza|re[çc]oi[st]|renvoie|retourne|obtiens|obtient|liefert|bekomme|bekommen|erhalte|erhalten|retorna|retornou|recebo|recebe|devolve|erro|erreur|fehler)\s(?:(?:un|una|el|une|le|l'|einen|ein|den|um|o|erro|error|erreur|fehler|c[oó]digo|code)\s){0,2}([45]\d\d)\b(?=\s*(?:$|[.,;:!?)\]"'(\n-]|(?:error|erreur|fehler|erro|forbidden|unauthorized|interdit|prohibido|proibido|verboten|al|à|au|bei|beim|ao|cuando|quand|wenn|quando|en|sur|con|avec|mit|com)\b))/gim;
const HAS_LOCALIZED_VERB = /[^ -~\s]|\b(?:devuel|devolvi|recib|obten|obtien|arroja|lanza|re[çc]oi|renvoie|retourne|liefert|bekomm|erhalt|retorn|receb|devolve|erro|erreur|fehler)/i;
/** The same inside a sentence, when what follows is a Graph or sign-in request itself: "…; 403 on /users", "401 from GET https://graph…". */
const BEFORE_REQUEST = /(?<![\w:./-])([45]\d\d)\s{1,3}(?:on|from|for|calling|when calling)\s{1,3}(?:(?:GET|POST|PUT|PATCH|DELETE)\s|\/(?:v1\.0|beta|me|users|groups|sites|drives|teams|chats|applications|servicePrincipals|directory|reports|security|policies|identity|planner|communications|subscriptions|organization|devices|auditLogs|roleManagement)\b|https?:\/\/(?:graph\.microsoft|login\.microsoftonline|[\w-]+\.sharepoint\.com|outlook\.office))/gi;

export interface StatusFinding {
  readonly status: number;
  /** Structured (a header, a field, "403 Forbidden") or prose ("returns a 403"). */
  readonly strength: 'structured' | 'prose';
  readonly index: number;
}

function push(out: StatusFinding[], status: number, strength: StatusFinding['strength'], index: number): void {
  if (status >= 100 && status <= 599) out.push({ status, strength, index });
}

export function findStatuses(text: string): StatusFinding[] {
  const out: StatusFinding[] = [];
  let m: RegExpExecArray | null;
  for (const re of [LABELLED, LABELLED_LOCALIZED, NUMBER_THEN_REASON, ...CLIENT_LINES]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) push(out, Number(m[1]), 'structured', m.index);
  }
  // The patterns below run only when the fixed part they need is in the text at all (a
  // parenthesised number, "({"): a stack trace's parentheses alone would not justify a scan.
  if (PAREN_NUMBER.test(text)) {
    REASON_THEN_NUMBER.lastIndex = 0;
    while ((m = REASON_THEN_NUMBER.exec(text)) !== null) push(out, Number(m[2]), 'structured', m.index);
  }
  for (const re of text.includes('({') ? [NAMED, CALL_STYLE, QUOTED_REASON] : [NAMED, QUOTED_REASON]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      const status = REASON_TO_STATUS[(m[1] ?? '').toLowerCase()];
      if (status) push(out, status, 'structured', m.index);
    }
  }
  // Prose ("returns a 403") only when nothing structured was found.
  if (out.length > 0) return out.sort((a, b) => a.index - b.index);
  PROSE.lastIndex = 0;
  while ((m = PROSE.exec(text)) !== null) push(out, Number(m[1] ?? m[2]), 'prose', m.index);
  LINE_OPENER.lastIndex = 0;
  while ((m = LINE_OPENER.exec(text)) !== null) push(out, Number(m[1]), 'prose', m.index);
  BEFORE_REQUEST.lastIndex = 0;
  while ((m = BEFORE_REQUEST.exec(text)) !== null) push(out, Number(m[1]), 'prose', m.index);
  if (HAS_LOCALIZED_VERB.test(text)) {
    PROSE_LOCALIZED.lastIndex = 0;
    while ((m = PROSE_LOCALIZED.exec(text)) !== null) push(out, Number(m[1] ?? m[2] ?? m[3]), 'prose', m.index);
  }
  return out.sort((a, b) => (a.strength === b.strength ? a.index - b.index : a.strength === 'structured' ? -1 : 1));
}
