import assert from 'node:assert/strict';
import fc from 'fast-check';
import { inertText, safeCardData, trustCardText } from '../../src/cards/inert.js';
import { SECRET_PLACEHOLDER } from '../../src/token/redact.js';
import { liveMarkup } from '../helpers/live-markup.js';

/** Invisible joiners out: what a reader sees and copies (besides URLs). */
const visible = (s: string): string => s.replace(/\u2060/g, '');

describe('cards/inert', () => {
  const hostile: { name: string; text: string; reads: string }[] = [
    { name: 'a Markdown link in a request path', text: '/users/[Re-consent_here](https://evil.example)x', reads: '/users/[Re-consent_here](https://evil.example)x' },
    { name: 'a Markdown image', text: '![logo](https://evil.example/i.png)', reads: '![logo](https://evil.example/i.png)' },
    { name: 'a reference-style link', text: '[click][1]\n[1]: https://evil.example', reads: '[click][1]\n[1]: https://evil.example' },
    { name: 'a bare URL', text: 'Sign in again at https://evil.example/login now', reads: 'Sign in again at https://evil.example/login now' },
    { name: 'a www address', text: 'see www.evil.example', reads: 'see www.evil.example' },
    { name: 'an e-mail address and a mailto link', text: 'mail admin@evil.example or mailto:admin@evil.example', reads: 'mail admin@evil.example or mailto:admin@evil.example' },
    { name: 'a mention', text: '<at>Global Admin</at> please approve', reads: '‹at›Global Admin‹/at› please approve' },
    { name: 'HTML and an autolink in angle brackets', text: '<a href="https://evil.example">x</a> <https://evil.example>', reads: '‹a href="https://evil.example"›x‹/a› ‹https://evil.example›' },
    { name: 'an HTML entity', text: '&lt;b&gt;bold&lt;/b&gt;', reads: '&lt;b&gt;bold&lt;/b&gt;' },
    { name: 'emphasis', text: '**URGENT** _act now_ __really__', reads: '∗∗URGENT∗∗ _act now_ __really__' },
    { name: 'lists and headings', text: '# Action needed\n- step one\n1. step two\n> quote', reads: '# Action needed\n- step one\n1. step two\n› quote' },
    { name: 'a javascript: link', text: '[x](javascript:alert(1))', reads: '[x](javascript:alert(1))' },
  ];
  for (const c of hostile) {
    it(`makes ${c.name} inert and keeps it readable`, () => {
      assert.ok(liveMarkup(c.text).length > 0, 'the case must be live before');
      const out = inertText(c.text);
      assert.deepEqual(liveMarkup(out), [], out);
      assert.equal(visible(out), c.reads);
    });
  }

  it('leaves ordinary diagnostic text exactly as it is', () => {
    for (const text of ['Authorization_RequestDenied: Insufficient privileges to complete the operation.', 'HTTP 403 on GET /users/{id}/messages', 'AADSTS65001: The user or administrator has not consented', 'scp: User.Read Mail.Read', 'client_credentials flow, 2026-11-24T10:00:00Z']) {
      assert.equal(inertText(text), text);
    }
  });

  it('is idempotent and never leaves anything live, whatever the text', () => {
    const pieces = fc.constantFrom('[', ']', '(', ')', 'https://', 'www.', '@', '<at>', '<', '>', '*', '_', '-', '#', '1.', '\n', ' ', '&amp;', 'mailto:', 'evil.example', 'a', ':', '!');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const once = inertText(text);
        assert.equal(inertText(once), once);
        assert.deepEqual(liveMarkup(once), [], JSON.stringify(once));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the bot\'s own text live, redacts everything, and leaves button data unrewritten', () => {
    const own = 'Run: curl -v https://graph.microsoft.com/v1.0/me -H "Authorization: Bearer $TOKEN"';
    trustCardText([own]);
    const data = {
      check: own,
      pasted: 'see https://evil.example?client_secret=Qx8~S3cr3tValue.123',
      action: { verb: 'escalate', state: { f: { m: 'a_b_ [x](y) password=hunter22xyz' } } },
    };
    const safe = safeCardData(data);
    assert.equal(safe.check, own);
    assert.deepEqual(liveMarkup(safe.pasted), []);
    assert.ok(safe.pasted.includes(SECRET_PLACEHOLDER) && !safe.pasted.includes('S3cr3tValue'), safe.pasted);
    assert.equal(safe.action.state.f.m, `a_b_ [x](y) password=${SECRET_PLACEHOLDER}`);
    assert.equal(data.pasted, 'see https://evil.example?client_secret=Qx8~S3cr3tValue.123', 'the input is not changed');
  });
});
