/** Over HTTP: "Check my token" with the state, Back on every step, and no unsupported finding. */
import assert from 'node:assert/strict';
import { visibleTexts } from '../../src/cards/visible-text.js';
import { startApp, type Running } from '../helpers/http.js';
import { firstChoice, paste, press, type Card } from '../helpers/conversation.js';
import { buttonData } from '../helpers/sample-cards.js';
import { appOnly, mintToken, payloadOf } from '../helpers/tokens.js';

const DENIED = 'GET https://graph.microsoft.com/v1.0/groups/3e4f5a6b-0000-4000-8000-00000000c0de/members\nResponse 403: {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"request-id":"7b1e2d3c-0000-4000-8000-0000000000aa","date":"2026-11-24T09:00:00"}}}';

function stateOf(card: Card, verb: string): Record<string, unknown> {
  return ((buttonData(card, verb) as { state?: Record<string, unknown> } | undefined)?.state ?? {});
}

describe('conversation over HTTP: a walkthrough that is never lost', () => {
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('checks a token pasted into the card with the current state, and the walkthrough goes on', async () => {
    const [first] = (await paste(app, DENIED)).cards;
    assert.ok(first);
    assert.ok(JSON.stringify(first).includes('"id":"token"'), 'a token field on the card');
    const token = payloadOf(await mintToken(appOnly(['User.Read.All'])));
    const next = await press(app, first, 'token', { token });
    const shown = visibleTexts(next).join('\n');
    assert.match(shown, /Your token/);
    assert.ok(!JSON.stringify(next).includes(token), 'the token is not echoed');
    const verb = next.id === 'gad-question' ? 'answer' : 'next';
    const state = stateOf(next, verb);
    assert.equal(String(state.x).charAt(0), 'a', 'the token made the flow app-only');
    assert.equal((state.f as Record<string, unknown>).i, '7b1e2d3c-0000-4000-8000-0000000000aa', 'the request-id is kept');
    assert.ok(Array.isArray(state.h) && state.h.length === 1, 'the step before is remembered');
    // Back returns to the card before the token.
    const back = await press(app, next, 'back');
    assert.equal(stateOf(back, 'escalate').h, undefined);
  });

  it('offers Back on every step after the first, back to the step before', async () => {
    let card = (await paste(app, 'AADSTS53003: Access has been blocked by Conditional Access policies.')).cards[0] as Card;
    assert.equal(buttonData(card, 'back'), undefined, 'nothing to go back to on the first answer');
    const firstCurrent = stateOf(card, 'next').c;
    const second = await press(app, card, 'next');
    assert.ok(buttonData(second, 'back'));
    const question = await press(app, second, 'unsure');
    assert.equal(question.id, 'gad-question');
    assert.ok(buttonData(question, 'back'));
    const draft = await press(app, question, 'escalate');
    assert.ok(buttonData(draft, 'back'));
    card = await press(app, draft, 'back');
    assert.equal(card.id, 'gad-question', 'Back from the draft returns to the question');
    card = await press(app, card, 'back');
    card = await press(app, card, 'back');
    assert.equal(stateOf(card, 'next').c, firstCurrent, 'three Backs later: the first cause again');
  });

  it('says "nothing points here yet" and offers Q&A instead of an unsupported finding', async () => {
    let card = (await paste(app, 'AADSTS53003: Access has been blocked by Conditional Access policies.')).cards[0] as Card;
    let unsupported: Card | undefined;
    for (let i = 0; i < 8 && card.id === 'gad-cause' && !unsupported; i++) {
      card = await press(app, card, 'next');
      if (/Nothing points here yet/.test(visibleTexts(card)[0] ?? '')) unsupported = card;
    }
    assert.ok(unsupported, 'a runner-up without evidence is announced as such');
    const top = (unsupported.actions as Card[])[0];
    assert.equal(top?.title, 'Ask on Microsoft Q&A', 'Q&A offered first');
  });

  it('answers a question and lands on a cause or the next question, with Back', async () => {
    const card = (await paste(app, '403 Forbidden')).cards[0] as Card;
    assert.equal(card.id, 'gad-question');
    const answered = await press(app, card, 'answer', { answer: firstChoice(card) });
    assert.ok(['gad-cause', 'gad-question'].includes(String(answered.id)));
    assert.ok(buttonData(answered, 'back'));
  });
});
