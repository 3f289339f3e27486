import assert from 'node:assert/strict';
import { normalizePaste, MAX_READ } from '../../src/diagnosis/normalize.js';

/** A message longer than two console lines of 90 characters. */
const CONSOLE_MESSAGE = 'Update-MgUser_UpdateExpanded: Insufficient privileges to complete the operation. Status: 403 (Forbidden) ErrorCode: Authorization_RequestDenied Date: 2026-11-30T10:00:00 Headers: Transfer-Encoding chunked';

/** One log record of a throttled mailbox fetch, longer than a console line. */
const LOG_RECORD = '2024-05-14T03:12:44Z ERR fetch attachments mailbox=ap-invoices@contoso.com err="Application is over its MailboxConcurrency limit." status=429';

describe('diagnosis/normalize', () => {
  const cases: { name: string; input: string; contains: string[]; absent?: string[] }[] = [
    {
      name: 'Teams HTML with a mention, code block, entities and <br>',
      input: '<div><at>Graph Doctor</at> help me</div><p itemtype="http://schema.skype.com/CodeBlockEditor">&nbsp;</p><pre class="language-json"><code>{&quot;error&quot;:{&quot;code&quot;:&quot;Authorization_RequestDenied&quot;}}<br>403 Forbidden</code></pre>',
      contains: ['{"error":{"code":"Authorization_RequestDenied"}}\n403 Forbidden', 'help me'],
      absent: ['Graph Doctor', '<div>', '&quot;'],
    },
    { name: 'Markdown fences', input: '```json\n{"error":{"code":"X"}}\n```', contains: ['{"error":{"code":"X"}}'], absent: ['```'] },
    { name: 'CRLF line ends', input: 'a\r\nb\rc', contains: ['a\nb\nc'] },
    { name: 'double-escaped JSON', input: '"ResponseBody":"\\"{\\\\\\"error\\\\\\":\\\\\\"invalid_grant\\\\\\"}\\""', contains: ['"error":"invalid_grant"'] },
    { name: '\\u escapes', input: "Exception of type \\u0027Foo\\u0027", contains: ["Exception of type 'Foo'"] },
    { name: 'control characters of a binary paste', input: 'ab\u0000\u0001cd\u0007', contains: ['ab cd'], absent: ['\u0000'] },
    { name: 'non-breaking spaces and runs of spaces from a web page', input: 'Insufficient\u00a0privileges  to   complete\u2009the operation.', contains: ['Insufficient privileges to complete the operation.'] },
    { name: 'prose wrapped at a fixed width', input: 'Graph returns Authorization_RequestDenied when we call the\nusers endpoint, although the app was granted the\nUser.Read.All application permission.\n  at Foo.Bar()\ncode: x', contains: ['when we call the users endpoint, although the app was granted the User.Read.All application permission.', '\n at Foo.Bar()\ncode: x'] },
    // A wrapped token's lines run on without a full stop and the next may start lower-case, like prose: no space may split it.
    { name: 'a token wrapped over lines whose next line starts lower-case', input: 'TOKEN = """eyJ0eXAiOiJKV1QiLCJub25jZSI6InZRSjJncEhPSmpaNE9nQmM5a2ZmVDdGZnBTVUwzbGdpejNr\nejJfaVdZVDQiLCJhbGciOiJSUzI1NiIsIng1dCI6IkxfYWk2ZFM5UGFlQXlSTGdUbzdpaXR0NmYz\nTSJ9.eyJhdWQiOiJodHRwczovL2dyYXBo.c2ln"""', contains: ['Nr\nejJf', 'mYz\nTSJ9'], absent: ['Nr ejJf'] },
    // The line's last word decides, whole: "the" joins what follows, a word that only ends in "the" does not.
    { name: 'prose whose line ends on "the", the next line capitalised', input: 'Our nightly sync job sends its requests to the\nGraph endpoint for users and gets 403.', contains: ['requests to the Graph endpoint'] },
    { name: 'a line that ends on a word ending in "the", the next line capitalised', input: 'The caller is the service account we use to bathe\nGraph returns 403 for every request after that.', contains: ['to bathe\nGraph returns'] },
    { name: 'a line that ends in a long base64url run stays apart from a lower-case next line', input: `Authorization header value was ${'AbCdEfGh12'.repeat(6)}\nand then the call failed with 401`, contains: [`${'AbCdEfGh12'.repeat(6)}\nand then`] },
    { name: 'a console copy cut at the window width, mid-word', input: CONSOLE_MESSAGE.match(/.{1,90}/g)?.join('\n') ?? '', contains: [CONSOLE_MESSAGE] },
    // A log writing one record twice (a retry's identical error) has lines of one length that no console cut.
    { name: 'a log record repeated word for word stays two records', input: `INF sync start\n${LOG_RECORD}\n${LOG_RECORD}\n2024-05-14T03:12:45Z WRN retry handler gave up`, contains: [`status=429\n2024-05-14T03:12:44Z ERR`, 'status=429\n2024-05-14T03:12:45Z WRN'] },
    { name: 'records of one length, each opening with its time, stay apart', input: `${LOG_RECORD}\n${LOG_RECORD.replace('ap-invoices', 'ap-payments')}\n2024-05-14T03:12:51Z INF sync done`, contains: ['status=429\n2024-05-14T03:12:44Z', 'status=429\n2024-05-14T03:12:51Z INF'] },
    // PowerShell 7's concise error view: the message behind "| ", wrapped between words under the "~" row.
    { name: "a PowerShell 7 error's message wrapped behind '| '", input: 'Get-Thing: C:\\s\\run.ps1:12\nLine |\n  12 |      Get-MgUser -UserId $id\n     |      ~~~~~~~~~~~~~~~~~~~~~~\n     | Insufficient privileges to complete the\n     | operation. Status: 403 (Forbidden)\n\nnext paragraph', contains: ['\nInsufficient privileges to complete the operation. Status: 403 (Forbidden)\n', '12 | Get-MgUser -UserId $id'] },
    // Only after the "~" row: a Markdown table's indented rows and a failing line's own "|" stay as they are.
    { name: "indented table rows without PowerShell's marker row", input: '  | Permission | Type |\n  | User.Read | Delegated |', contains: ['| Permission | Type |\n | User.Read | Delegated |'] },
    { name: 'table rows of one width stay rows', input: `| ${'a'.repeat(80)} |\n| ${'b'.repeat(80)} |`, contains: [`| ${'a'.repeat(80)} |\n| ${'b'.repeat(80)} |`] },
    { name: "a Q&A page's tags and counters around the question", input: 'Get-MgUser fails with 403.\n\nMicrosoft Security | Microsoft Graph\n0 comments No comments\n{count} votes', contains: ['Get-MgUser fails with 403.'], absent: ['Microsoft Security', 'votes', 'comments'] },
    { name: "the portal's permission path is no page chrome", input: 'I added Microsoft Graph | Delegated | User.Read.All', contains: ['Microsoft Graph | Delegated | User.Read.All'] },
    { name: 'JSON lines and key/value lines are not joined', input: '{\n "error": {\n  "code": "Forbidden"\n }\n}\nthe request failed with status code 403 for this user account\nmessage: denied', contains: ['"code": "Forbidden"\n }', 'user account\nmessage: denied'] },
    { name: "a web page's escaped JSON without any tag", input: 'Response: {&quot;error&quot;:{&quot;code&quot;:&quot;ErrorAccessDenied&quot;}}', contains: ['{"error":{"code":"ErrorAccessDenied"}}'], absent: ['&quot;'] },
    { name: 'typographic apostrophes and quotes', input: 'It doesn\u2019t work: \u201cAccess is denied\u201d', contains: ['It doesn\'t work: "Access is denied"'] },
    { name: 'a one-line log whose message keeps its line breaks escaped', input: 'ERROR msg=Graph call failed\\nAADSTS50020: User account x does not exist\\nTrace ID: 1', contains: ['failed\nAADSTS50020: User account x does not exist\nTrace ID: 1'] },
    { name: 'a single Windows path is left alone', input: 'Script C:\\new\\run.ps1 failed', contains: ['C:\\new\\run.ps1'] },
    { name: 'Markdown links, whose words stay in the sentence', input: 'I do not have the [prerequisite licenses](https://learn.microsoft.com/intune/x#prerequisites) and it failed', contains: ['I do not have the prerequisite licenses (https://learn.microsoft.com/intune/x#prerequisites) and it failed'], absent: ['[prerequisite'] },
    { name: 'a placeholder in angle brackets is not HTML', input: 'GET /users/<user-id>/messages', contains: ['<user-id>'] },
    { name: "an error sent back to the redirect URI, form-URL-encoded", input: 'http://localhost/callback?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent+to+access+the+app.%0d%0aTrace+ID%3a+1&state=x', contains: ['error_description=AADSTS65004: User declined to consent to access the app. Trace ID: 1 &state=x'], absent: ['%3a'] },
    { name: 'a malformed escape in an error description stays as it was, its pluses spaces', input: 'error_description=50%+off+AADSTS1', contains: ['error_description=50% off AADSTS1'] },
  ];
  for (const c of cases) {
    it(`normalizes ${c.name}`, () => {
      const { text } = normalizePaste(c.input);
      for (const s of c.contains) assert.ok(text.includes(s), `missing ${JSON.stringify(s)} in ${JSON.stringify(text)}`);
      for (const s of c.absent ?? []) assert.ok(!text.includes(s), `still has ${JSON.stringify(s)}`);
    });
  }

  it('reads only the first part of a huge paste and says so', () => {
    const big = 'x'.repeat(MAX_READ * 16);
    const n = normalizePaste(big);
    assert.equal(n.truncated, true);
    assert.equal(n.originalLength, big.length);
    assert.ok(n.text.length <= MAX_READ);
  });
});
