/**
 * Scale-out: two instances on two ports, no shared store. A walkthrough started on one
 * continues on the other, because every step travels in the card's action data.
 */
import assert from 'node:assert/strict';
import { activity, post, replies, startApp, type Running } from '../helpers/http.js';
import { buttonData } from '../helpers/sample-cards.js';

type Card = Record<string, unknown>;

function firstCard(json: unknown): Card {
  for (const r of replies(json)) {
    if (r.type === 'invokeResponse') return (r.value?.body as { value: Card }).value;
    const c = r.attachments?.find((a) => a.content.id === 'gad-cause' || a.content.id === 'gad-question' || a.content.id === 'gad-escalation');
    if (c) return c.content;
  }
  throw new Error('no card');
}

async function press(app: Running, card: Card, verb: string): Promise<Card> {
  const res = await post(app.url, activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: buttonData(card, verb) }, trigger: 'manual' } }));
  assert.equal(res.status, 200);
  return firstCard(res.json);
}

describe('scale-out: two instances, no shared state', () => {
  let a: Running;
  let b: Running;
  before(async () => {
    [a, b] = await Promise.all([startApp(), startApp()]);
  });
  after(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('continues on instance B a walkthrough started on instance A, and back', async () => {
    assert.notEqual(a.url, b.url);
    const start = await post(a.url, activity({ text: 'AADSTS53003: Access has been blocked by Conditional Access policies.\nrequest-id: 11111111-2222-4333-8444-555555555555' }));
    let card = firstCard(start.json);
    assert.equal(card.id, 'gad-cause');
    card = await press(b, card, 'next');
    assert.equal(card.id, 'gad-cause');
    card = await press(a, card, 'unsure');
    assert.equal(card.id, 'gad-question');
    card = await press(b, card, 'escalate');
    assert.equal(card.id, 'gad-escalation');
    assert.match(JSON.stringify(card), /AADSTS53003/);
    assert.match(JSON.stringify(card), /11111111-2222-4333-8444-555555555555/);
    // each instance served part of the walkthrough
    for (const app of [a, b]) assert.ok(app.logs.some((l) => l.includes('"event":"turn"')));
  });
});
