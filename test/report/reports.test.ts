import assert from 'node:assert/strict';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { formatReport } from '../../src/report/text-report.js';
import { toJson } from '../../src/report/json-report.js';
import { CardRenderer } from '../../src/cards/render.js';
import { handleAction, handlePaste } from '../../src/bot/conversation.js';
import { parseAction } from '../../src/bot/follow-up-state.js';
import { buttonData, cardsOf, deps, PERSONAL } from '../helpers/sample-cards.js';
import { NOW } from '../helpers/tokens.js';

/** What `diagnose` prints (text and --json) and what the summary card shows, for pastes that carry secrets. */
describe('report: the CLI outputs are redacted', () => {
  const cases: { name: string; paste: string; secret: string; kept: string }[] = [
    {
      name: 'a function key in the request URL',
      paste: 'POST https://graph.microsoft.com/v1.0/subscriptions?code=AbCdEf0123456789ZyXwVuTsRqPoNm\n403 {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}}',
      secret: 'AbCdEf0123456789',
      kept: 'Authorization_RequestDenied',
    },
    {
      name: 'query secrets in the URL fact',
      paste: 'GET https://graph.microsoft.com/v1.0/users?token=tok0123456789&key=key0123456789&subscription-key=sub0123456789\n403 Forbidden',
      secret: '0123456789',
      kept: '/v1.0/users',
    },
    {
      name: 'a client secret quoted in the AADSTS description',
      paste: 'AADSTS7000215: Invalid client secret provided. Sent value: Zk38Q~aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z',
      secret: 'aB3dE5fG7hJ9',
      kept: 'AADSTS7000215',
    },
    {
      name: 'a secret inside a claims challenge',
      paste: `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="insufficient_claims", claims="${Buffer.from('{"access_token":{"acrs":{"essential":true,"value":"c1"}},"password":"Lk93jdKd92jdLq0z"}').toString('base64')}"`,
      secret: 'Lk93jdKd92jdLq0z',
      kept: 'acrs',
    },
  ];
  for (const c of cases) {
    it(`keeps ${c.name} out of the text report and --json`, () => {
      const d = diagnose(c.paste, { now: NOW });
      const json = JSON.stringify(toJson(d));
      const text = formatReport(d);
      assert.ok(!json.includes(c.secret), json);
      assert.ok(!text.includes(c.secret), text);
      assert.ok(json.includes(c.kept), json);
    });
  }

  it('never shows a URL parameter as the "Error code" of the summary, the buttons or the Q&A draft', () => {
    const renderer = new CardRenderer();
    const paste = 'POST https://contoso-fn.azurewebsites.net/api/graphhook?code=AbCdEf0123456789ZyXwVuTsRqPoNm\nHTTP/1.1 403 Forbidden';
    const reply = handlePaste(paste, deps(renderer), PERSONAL);
    const shown = JSON.stringify(reply);
    assert.ok(!shown.includes('AbCdEf0123456789'), shown);
    for (const card of cardsOf(reply)) {
      const data = buttonData(card, 'escalate');
      if (data === undefined) continue;
      const act = parseAction(data);
      assert.equal(act.state?.facts.code, undefined);
      const escalation = JSON.stringify(handleAction(act, deps(renderer), PERSONAL));
      assert.ok(!escalation.includes('AbCdEf0123456789'), escalation);
    }
  });
});
