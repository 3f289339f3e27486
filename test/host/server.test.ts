/** End to end over real HTTP on loopback, with Teams-shaped activities and expectReplies. */
import assert from 'node:assert/strict';
import { activity, cardIds, post, replies, startApp, type Running } from '../helpers/http.js';
import { delegated, mintToken } from '../helpers/tokens.js';

const PASTE_403 = 'GET https://graph.microsoft.com/v1.0/users\nHTTP/1.1 403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"request-id":"7b1e2d3c-0000-4000-8000-0000000000aa","date":"2026-11-24T09:00:00"}}}';

describe('host/server (HTTP end to end)', () => {
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('serves the privacy and terms pages the manifest links to', async () => {
    for (const path of ['/privacy', '/terms']) {
      const res = await fetch(`${app.url}${path}`);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /Graph Auth Doctor/);
    }
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${app.url}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(((await res.json()) as { ready: boolean }).ready, true);
  });

  it('diagnoses a pasted Graph 403 in a personal chat with Adaptive Cards', async () => {
    const { status, json } = await post(app.url, activity({ text: PASTE_403 }));
    assert.equal(status, 200);
    const [reply] = replies(json);
    assert.equal(reply?.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.match(reply?.summary ?? '', /lacks the permission|Possibly|Most likely/, 'a plain-text summary for notifications');
    assert.equal(cardIds(json).length, 1, 'one answer card');
    assert.ok(['gad-cause', 'gad-question'].includes(cardIds(json)[0] ?? ''));
    assert.match(JSON.stringify(json), /Authorization_RequestDenied/);
  });

  it('strips the @mention of a channel message and reads its HTML', async () => {
    const { status, json } = await post(app.url, activity({
      text: '<at>Graph Auth Doctor</at> AADSTS50076: you must use multi-factor authentication',
      conversation: { id: '19:channel@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
      entities: [{ type: 'mention', text: '<at>Graph Auth Doctor</at>', mentioned: { id: '28:bot', name: 'Graph Auth Doctor' } }],
      attachments: [{ contentType: 'text/html', content: '<p><at>Graph Auth Doctor</at> AADSTS50076: you must use<br>multi-factor authentication</p>' }],
    }));
    assert.equal(status, 200);
    assert.match(JSON.stringify(json), /Conditional Access/);
  });

  it('sends the welcome card when the bot is added', async () => {
    const { json } = await post(app.url, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:bot' }] }));
    assert.deepEqual(cardIds(json), ['gad-welcome']);
  });

  it('keeps token claims out of a group chat', async () => {
    const token = await mintToken(delegated('User.Read'));
    const { json } = await post(app.url, activity({ text: `${PASTE_403}\nAuthorization: Bearer ${token}`, conversation: { id: '19:group', conversationType: 'groupChat', isGroup: true } }));
    const body = JSON.stringify(json);
    assert.ok(!cardIds(json).includes('gad-token'));
    assert.ok(!body.includes(token.split('.')[1] as string));
    assert.doesNotMatch(body, /"scp"|carries User\.Read/);
  });

  it('refreshes a card in place for Action.Execute (adaptiveCard/action)', async () => {
    const first = await post(app.url, activity({ text: 'AADSTS53003: Access has been blocked by Conditional Access policies.' }));
    const cause = replies(first.json)[0]?.attachments?.find((a) => a.content.id === 'gad-cause')?.content;
    assert.ok(cause);
    const next = (cause.actions as { verb?: string; data?: unknown }[]).find((a) => a.verb === 'next');
    const res = await post(app.url, activity({ type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: { action: { type: 'Action.Execute', verb: 'next', data: next?.data }, trigger: 'manual' } }));
    assert.equal(res.status, 200);
    const [invokeResponse] = replies(res.json);
    assert.equal(invokeResponse?.type, 'invokeResponse');
    assert.equal(invokeResponse?.value?.status, 200);
    assert.equal(invokeResponse?.value?.body.type, 'application/vnd.microsoft.card.adaptive');
  });

  it('answers tampered action data with a friendly card', async () => {
    const res = await post(app.url, activity({ text: undefined, value: { verb: 'next', state: { v: 1, ranking: [{ id: 'nope' }] } } }));
    assert.equal(res.status, 200);
    assert.deepEqual(cardIds(res.json), ['gad-notice']);
  });

  const bad: { name: string; body: string; type?: string; status: number }[] = [
    { name: 'malformed JSON', body: '{"type":"message",', status: 400 },
    { name: 'a JSON array', body: '[1,2]', status: 400 },
    { name: 'an object without a type', body: '{"text":"hi"}', status: 400 },
    { name: 'the wrong content type', body: 'type=message', type: 'application/x-www-form-urlencoded', status: 415 },
    { name: 'an oversize body', body: JSON.stringify({ type: 'message', text: 'x'.repeat(400 * 1024) }), status: 413 },
  ];
  for (const b of bad) {
    it(`answers ${b.name} with ${b.status}`, async () => {
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': b.type ?? 'application/json' }, body: b.body });
      assert.equal(res.status, b.status);
    });
  }

  it('logs one line per turn without the message text', async () => {
    const marker = 'UNIQUE-MARKER-93c1 Authorization_RequestDenied';
    await post(app.url, activity({ text: marker }));
    const turns = app.logs.filter((l) => l.includes('"event":"turn"'));
    assert.ok(turns.length > 0);
    const last = JSON.parse(turns[turns.length - 1] as string) as Record<string, unknown>;
    for (const key of ['activityType', 'channel', 'outcome', 'durationMs']) assert.ok(key in last, key);
    assert.ok(!app.logs.join('\n').includes('UNIQUE-MARKER-93c1'));
  });
});
