import assert from 'node:assert/strict';
import { findStatuses } from '../../../src/diagnosis/evidence/http-status.js';

describe('diagnosis/evidence/http-status', () => {
  const table: [string, number][] = [
    // The status on a line of its own under the request and its body.
    ['POST /v1.0/drives/{drive-id}/items/{item-id}/createLink\n{"type":"view","scope":"anonymous"}\n-> 403 accessDenied', 403],
    ['HTTP/1.1 403 Forbidden', 403],
    ['404 when I call /me/drive', 404],
    ['- 403 on GET /users after the role change', 403],
    ['The token has scp User.Read; 403 on /users.', 403],
    ['we see 401 from GET https://graph.microsoft.com/v1.0/me', 401],
    // The same said in the other languages the corpus holds.
    ['调用接口返回 403', 403],
    ['outlook_create_label だけ毎回 403 で失敗します', 403],
    ['出现403错误', 403],
    ['/users を呼ぶと 403 になります', 403],
    ['La API devuelve 403 cuando llamo a /users', 403],
    ['renvoie une erreur 403', 403],
    ['Fehler 401 beim Aufruf', 401],
    ['retorna 403.', 403],
    ['2. 500 when calling /me/calendars', 500],
    ['413 Request Entity Too Large uploading the attachment', 413],
    ['415 Unsupported Media Type', 415],
    ['(423) Locked', 423],
    ['< HTTP/2 401', 401],
    ['GET https://contoso.crm.dynamics.com/api/data/v9.2/accounts -> 401', 401],
    ['POST https://graph.microsoft.com/v1.0/users → 403', 403],
    ['GET /me -> 200, GET /users -> 403', 403],
    ['Status: 403 (Forbidden)', 403],
    ['statusCode: 403,', 403],
    ['"statusCode":401', 401],
    ['The remote server returned an error: (403) Forbidden.', 403],
    ['Unauthorized (401)', 401],
    ['403 : Forbidden', 403],
    ['responseStatusCode=403, error code X', 403],
    ['Graph call failed with httpCode=Forbidden, errorCode=X', 403],
    ['StatusCode:Unauthorized', 401],
    ['ERROR: Forbidden({"error":{}})', 403],
    ['HTTP 429; Too Many Requests', 429],
    ["Microsoft.Rest.HttpOperationException: Operation returned an invalid status code 'Forbidden'", 403],
    ["Operation returned an invalid status code 'Unauthorized'", 401],
    ['HttpError 403 when requesting https://graph.microsoft.com/v1.0/me', 403],
    ['the API returns a 403 error every time', 403],
    // The failure verb or the word error right before the number.
    ['updating the user with PATCH fails 403', 403],
    ['error 403 when the daemon lists sites', 403],
    ['the endpoint responds 401 to every call', 401],
    // Status lines of common HTTP clients
    ['requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://graph.microsoft.com/v1.0/groups', 403],
    ['print(resp) -> <Response [401]>', 401],
    ['if response.status_code == 403: raise', 403],
    // A status passed as its own argument, as a Python tuple prints it.
    ["Exception: ('Request failed with ', 503, ' - ', '{\"error\":{\"code\":\"UnknownError\"}}')", 503],
    ['Response 403: {"error":{"code":"accessDenied"}}', 403],
    ['HttpResponseCode: 401', 401],
    ['APIError: [403] Forbidden', 403],
    ['ErrorCode: 403 | Forbidden', 403],
    ['Error 403: Insufficient privileges', 403],
    ['Error: 401 - {"error":{"code":"InvalidAuthenticationToken"}}', 401],
    ['fetch failed: 401 {"error":{"code":"InvalidAuthenticationToken"}}', 401],
    ["Graph said 403 { 'error': { 'code': 'ErrorAccessDenied' } }", 403],
    ['System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden).', 403],
    ['Invoke-MgGraphRequest: Response status code does not indicate success: Forbidden (Forbidden).', 403],
    ['Response status code does not indicate success: Unauthorized (Unauthorized).', 401],
    ['AxiosError: Request failed with status code 401', 401],
    ['Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.', 401],
    ['Get-MgUser_List: Insufficient privileges. Status: 403 (Forbidden)', 403],
    ['502 Server Error: Bad Gateway for url', 502],
    // Plural prose: "500 errors", "503 responses"
    ['we keep getting 500 errors from the calendar endpoint', 500],
    ['intermittent 503 responses since Monday', 503],
    // British spelling of the reason phrase
    ['Server said (401) Unauthorised.', 401],
    // The status label of localized tools and write-ups
    ['Postman のステータス"403 Forbbiden" となり、メッセージが出力されました', 403],
    ['请求失败，状态码：401', 401],
    ['La respuesta tiene el código de estado 403 y el cuerpo vacío', 403],
  ];
  for (const [text, status] of table) {
    it(`reads ${status} from "${text}"`, () => {
      assert.equal(findStatuses(text)[0]?.status, status);
    });
  }
  it('does not mistake versions, ids or dates for statuses', () => {
    for (const text of ['Source: /usr/local/lib/python3.11/site-packages/aiohttp/web_protocol.py:421\n\nError handling request', 'at handler.js:403 error thrown', 'graph-java/v3.9.403', 'request-id: 403e1b2c-0000', 'AADSTS50076', 'date: 2024-03-05T10:00:00', 'version 4.23.3', 'response time 4.403 s', 'error: 4031 items skipped', 'error 4031: quota', 'list [4031] entries', '404 of them failed', 'We sent 500 emails when the job ran', 'ステータス 4031 件', 'it took 500 on average', 'GET /users/{id}/photo -> 404.jpg saved', 'POST /v1.0/batch -> 4031 items', 'copied 404 from /tmp to the share', 'build 403 on https://ci.example/builds', 'tengo 403 usuarios', 'gibt 500 Benutzer', 'obtengo 500 registros', '共有 4031 件', 'the sync failed 403 times out of 1000 runs', 'errors 500 items deep in the log']) {
      assert.deepEqual(findStatuses(text), [], text);
    }
  });
});
