/** Over HTTP: an honest Q&A draft, and feedback buttons that give way to a thank-you. */
import assert from 'node:assert/strict';
import { visibleTexts } from '../../src/cards/visible-text.js';
import { activity, post, startApp, type Running } from '../helpers/http.js';
import { cardsIn, firstChoice, paste, press, type Card } from '../helpers/conversation.js';
import { buttonData } from '../helpers/sample-cards.js';

function draftOf(card: Card): string {
  const input = (card.body as Card[]).find((e) => e.type === 'Input.Text');
  return String(input?.value ?? '');
}

describe('conversation over HTTP: closing the loop', () => {
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('drafts only what happened, with the status from "Response 403:", the ids and a word-boundary title', async () => {
    const [first] = (await paste(app, 'GET https://graph.microsoft.com/v1.0/groups/3e4f5a6b-0000-4000-8000-00000000c0de/members\nResponse 403: {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"request-id":"7b1e2d3c-0000-4000-8000-0000000000aa","date":"2026-11-24T09:00:00"}}}\nMy daemon uses a client secret.')).cards;
    assert.ok(first);
    const direct = await press(app, first, 'escalate');
    assert.equal(direct.id, 'gad-escalation');
    const body = draftOf(direct);
    assert.doesNotMatch(body, /already checked|still failing/i, 'nothing was pressed yet');
    assert.match(body, /- status: 403\n/);
    assert.match(body, /- request-id: 7b1e2d3c-0000-4000-8000-0000000000aa/);
    assert.match(body, /- date: 2026-11-24T09:00:00/);
    assert.match(body.split('\n')[0] ?? '', /^My call GET \/v1\.0\/groups\/\{id\}\/members to Microsoft Graph.* fails with HTTP 403 with the error code Authorization_RequestDenied\.$/);
    const title = visibleTexts(direct).find((t) => t.startsWith('Microsoft Graph 403 Authorization_RequestDenied on GET /v1.0/groups/{id}/members')) ?? '';
    assert.ok(title.length > 0 && title.length <= 150, title);
    // After "Still failing" the draft says so, and only for that cause.
    let cause: Card = first;
    for (let i = 0; i < 6 && cause.id === 'gad-question'; i++) cause = await press(app, cause, 'answer', { answer: firstChoice(cause) });
    assert.equal(cause.id, 'gad-cause');
    const second = await press(app, cause, 'next');
    const walked = draftOf(await press(app, second, 'escalate'));
    assert.match(walked, /What I already checked \(still failing afterwards\):\n- [^\n]+\n\n/);
  });

  it('carries the trace and correlation ids of a sign-in error', async () => {
    const [card] = (await paste(app, 'AADSTS53003: Access has been blocked by Conditional Access policies.\nTrace ID: 0b1c2d3e-1111-4222-8333-444455556666\nCorrelation ID: 9f8e7d6c-1111-4222-8333-444455556666\nTimestamp: 2026-11-20 09:14:03Z')).cards;
    assert.ok(card);
    const body = draftOf(await press(app, card, 'escalate'));
    assert.match(body, /- trace id: 0b1c2d3e-1111-4222-8333-444455556666/);
    assert.match(body, /- correlation id: 9f8e7d6c-1111-4222-8333-444455556666/);
  });

  it('replaces the feedback buttons with a thank-you (Action.Execute), and answers Action.Submit too', async () => {
    const [card] = (await paste(app, 'AADSTS50076: you must use multi-factor authentication to access the resource')).cards;
    assert.ok(card);
    const resolved = await press(app, card, 'fixed');
    assert.ok(buttonData(resolved, 'helpful'));
    const thanked = await press(app, resolved, 'helpful');
    assert.equal(buttonData(thanked, 'helpful'), undefined);
    assert.equal(buttonData(thanked, 'unhelpful'), undefined);
    assert.match(visibleTexts(thanked).join(' '), /Thanks for telling me/);
    // The Action.Submit fallback arrives as a message with the button's data.
    const submitted = await post(app.url, activity({ text: undefined, value: buttonData(resolved, 'unhelpful'), replyToId: 'card-1' }));
    const [reply] = cardsIn(submitted.json);
    assert.ok(reply);
    assert.equal(buttonData(reply, 'helpful'), undefined);
  });
});
