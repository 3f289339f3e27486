/** Broken and hostile input over HTTP: the process answers every request and never crashes. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { activity, cardIds, post, replies, startApp, type Running } from '../helpers/http.js';
import { delegated, mintToken } from '../helpers/tokens.js';

describe('hostile and broken input (HTTP)', function () {
  this.timeout(60000);
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  async function healthy(): Promise<void> {
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
  }

  const shapes: { name: string; body: Record<string, unknown> }[] = [
    { name: 'a message without conversation, from or recipient', body: { type: 'message', text: '403 Forbidden', deliveryMode: 'expectReplies', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/teams/' } },
    { name: 'a message without text or value', body: activity({ text: undefined }) },
    { name: 'a message whose text is not a string', body: activity({ text: { nested: ['x'] } }) },
    { name: 'an unknown activity type', body: activity({ type: 'hologram' }) },
    { name: 'an invoke without a name', body: activity({ type: 'invoke', value: { anything: 1 } }) },
    { name: 'an Action.Execute without data', body: activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'next' } } }) },
    { name: 'an Action.Submit with a prototype-polluting payload', body: activity({ text: undefined, value: JSON.parse('{"verb":"next","__proto__":{"polluted":true},"state":{"constructor":{"prototype":{"polluted":true}}}}') }) },
    { name: 'a membersAdded without members', body: activity({ type: 'conversationUpdate', membersAdded: null }) },
  ];
  for (const s of shapes) {
    it(`answers ${s.name} cleanly`, async () => {
      const res = await post(app.url, s.body);
      assert.ok(res.status < 500, `status ${res.status}`);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      await healthy();
    });
  }

  const pastes: { name: string; text: () => string | Promise<string> }[] = [
    { name: 'binary noise', text: () => randomBytes(20000).toString('latin1') },
    { name: 'right-to-left text, emoji and combining marks', text: () => 'خطأ 403 ممنوع 🙈 Authorization_RequestDenied e\u0301\u0301\u0301 \u202eeslaf\u202c 🇺🇦👩🏽‍💻 Insufficient privileges' },
    { name: 'deeply nested JSON', text: () => `${'{"error":'.repeat(4000)}"InvalidAuthenticationToken"${'}'.repeat(4000)}` },
    { name: 'a 200 KB paste with a token buried in it', text: async () => `${'x'.repeat(150 * 1024)} Bearer ${await mintToken(delegated('User.Read'))} 401` },
    { name: 'lone surrogates and NULs', text: () => '\uD800\uDFFF\uDC00\u0000\u0000 403 Forbidden \uD83D' },
  ];
  for (const p of pastes) {
    it(`gives a sensible reply to ${p.name}`, async () => {
      const res = await post(app.url, activity({ text: await p.text() }));
      assert.equal(res.status, 200);
      const ids = cardIds(res.json);
      assert.ok(ids.length > 0 || replies(res.json).some((r) => r.text), 'some reply');
      await healthy();
    });
  }

  it('says when only part of a long paste was read', async () => {
    const res = await post(app.url, activity({ text: `${'{"error":{"code":"Authorization_RequestDenied"}} '.repeat(3000)}` }));
    assert.match(JSON.stringify(res.json), /Only the first 64 KB/);
  });

  it('refuses a 1 MB body with 413 and keeps serving', async () => {
    const res = await post(app.url, activity({ text: 'a'.repeat(1024 * 1024) }));
    assert.equal(res.status, 413);
    await healthy();
  });

  it('answers many concurrent requests, all of them', async () => {
    const results = await Promise.all(Array.from({ length: 120 }, (_, i) => post(app.url, activity({ text: i % 2 ? 'AADSTS50076: use multi-factor authentication' : '404 {"error":{"code":"Request_ResourceNotFound"}}' }))));
    assert.deepEqual([...new Set(results.map((r) => r.status))], [200]);
    assert.ok(results.every((r) => cardIds(r.json).length > 0));
  });

  it('never logs message text or tokens', async () => {
    const token = await mintToken(delegated('Mail.Read'));
    await post(app.url, activity({ text: `SECRET-PASTE-7731 ${token}` }));
    const logs = app.logs.join('\n');
    assert.ok(!logs.includes('SECRET-PASTE-7731'));
    assert.ok(!logs.includes(token.split('.')[1] as string));
  });
});
