/** Over HTTP: one short answer card per paste, verdict and fix first, checks collapsed, readable colours. */
import assert from 'node:assert/strict';
import { visibleCharacters, visibleTexts } from '../../src/cards/visible-text.js';
import { replies, startApp, type Running } from '../helpers/http.js';
import { paste, type Card } from '../helpers/conversation.js';
import { delegated, mintToken } from '../helpers/tokens.js';

const PASTE = 'GET https://graph.microsoft.com/v1.0/users\nHTTP/1.1 403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}';

function colours(card: unknown, out: string[] = []): string[] {
  if (Array.isArray(card)) card.forEach((c) => colours(c, out));
  else if (card && typeof card === 'object') {
    const o = card as Record<string, unknown>;
    if (typeof o.color === 'string') out.push(o.color);
    Object.values(o).forEach((v) => colours(v, out));
  }
  return out;
}

describe('conversation over HTTP: the answer at a glance', () => {
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('answers a paste with a token with one card and no text bubble above it', async () => {
    const token = await mintToken(delegated('User.Read'));
    const { cards, json } = await paste(app, `${PASTE}\nAuthorization: Bearer ${token}`);
    assert.equal(cards.length, 1);
    const [message] = replies(json);
    assert.equal(message?.text, undefined, 'no separate text bubble');
    assert.ok(message?.summary, 'a notification summary');
    const card = cards[0] as Card;
    assert.equal(card.id, 'gad-cause');
    const texts = visibleTexts(card);
    assert.match(texts[0] ?? '', /^Most likely: The app lacks the permission/);
    assert.match(texts.slice(0, 4).join(' '), /Do this:/);
    assert.ok(visibleCharacters(card) <= 1400, `${visibleCharacters(card)} visible characters`);
    assert.match(texts.join('\n'), /Your token:/);
    assert.ok(!JSON.stringify(json).includes(token));
  });

  it('keeps the checks collapsed, each opened alone', async () => {
    const { cards } = await paste(app, 'AADSTS50076: you must use multi-factor authentication to access the resource');
    const card = cards[0] as Card;
    const json = JSON.stringify(card);
    const hidden = [...json.matchAll(/"id":"(gad-check-\d)","isVisible":false/g)].map((m) => m[1]);
    assert.ok(hidden.length >= 3, 'every check starts closed');
    // Opening check 1 closes the others.
    assert.match(json, /"targetElements":\[\{"elementId":"gad-check-1"\},\{"elementId":"gad-check-2","isVisible":false\}/);
  });

  it('uses no colour for meaning: marks say it in words', async () => {
    const token = await mintToken({ ...delegated('User.Read'), issuedAt: -9000, lifetime: 3600 });
    const { cards } = await paste(app, `GET https://graph.microsoft.com/v1.0/me 401 InvalidAuthenticationToken ${token}`);
    const card = cards[0] as Card;
    assert.deepEqual(colours(card).filter((c) => c !== 'Default'), []);
    assert.match(visibleTexts(card).join('\n'), /✖ fails|fails|expired/i);
  });
});
