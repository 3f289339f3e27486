import assert from 'node:assert/strict';
import { CardRenderer } from '../../src/cards/render.js';
import { handleAction, handlePaste } from '../../src/bot/conversation.js';
import { parseAction } from '../../src/bot/follow-up-state.js';
import { buttonData, cardsOf, deps, GROUP, PERSONAL } from '../helpers/sample-cards.js';
import { delegated, mintToken } from '../helpers/tokens.js';

function firstChoice(card: Record<string, unknown>): string {
  const input = (card.body as { type: string; choices?: { value: string }[] }[]).find((e) => e.type === 'Input.ChoiceSet');
  const value = input?.choices?.[0]?.value;
  assert.ok(value, 'a question card offers choices');
  return value;
}

describe('bot/conversation', () => {
  const renderer = new CardRenderer();
  const d = deps(renderer);
  const names = (reply: ReturnType<typeof handlePaste>) => cardsOf(reply).map((c) => renderer.nameOf(c));

  const pastes: { name: string; paste: string; cards: string[]; outcome: string }[] = [
    { name: 'a clear error: summary, then the cause card', paste: 'AADSTS50076: Due to a configuration change you must use multi-factor authentication.', cards: ['summary', 'cause'], outcome: 'diagnosed' },
    { name: 'an unclear error: summary, then a guided question', paste: '403 Forbidden', cards: ['summary', 'question'], outcome: 'question' },
    { name: 'a non-authorization error: one plain card', paste: 'HTTP/1.1 404 Not Found {"error":{"code":"Request_ResourceNotFound","message":"Resource does not exist."}}', cards: ['not-authorization'], outcome: 'not-authorization' },
    { name: 'no error at all: a notice', paste: 'what can you do?', cards: ['notice'], outcome: 'no-error-found' },
  ];
  for (const p of pastes) {
    it(`answers ${p.name}`, () => {
      const reply = handlePaste(p.paste, d, PERSONAL);
      assert.deepEqual(names(reply), p.cards);
      assert.equal(reply.outcome, p.outcome);
      assert.ok(reply.text.length > 0, 'a plain-text fallback');
    });
  }

  it('shows token claims in a personal chat but never in a group', async () => {
    const token = await mintToken(delegated('User.Read'));
    const paste = `GET https://graph.microsoft.com/v1.0/users 403 Authorization_RequestDenied Authorization: Bearer ${token}`;
    const personal = handlePaste(paste, d, PERSONAL);
    assert.ok(names(personal).includes('token'));
    const group = handlePaste(paste, d, GROUP);
    assert.ok(!names(group).includes('token'));
    const json = JSON.stringify(group.cards);
    assert.doesNotMatch(json, /User\.Read\b/);
    assert.match(json, /treat it as exposed/);
    assert.ok(!json.includes(token) && !JSON.stringify(personal.cards).includes(token));
  });

  it('walks paste -> still failing -> next cause -> not sure -> question -> answer -> escalation, statelessly', () => {
    const first = handlePaste('{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}} 403', d, PERSONAL);
    let card = cardsOf(first).find((c) => renderer.nameOf(c) === 'cause') ?? cardsOf(first).find((c) => renderer.nameOf(c) === 'question');
    assert.ok(card);
    if (renderer.nameOf(card) === 'question') {
      // unclear up front: answer the question (first choice) and land on a cause or the next question
      const { state } = parseAction(buttonData(card, 'answer'));
      assert.ok(state?.asking);
      const answered = handleAction('answer', state, firstChoice(card), d, PERSONAL);
      card = cardsOf(answered)[0];
      while (card && renderer.nameOf(card) === 'question') card = cardsOf(handleAction('answer', parseAction(buttonData(card, 'answer')).state, firstChoice(card), d, PERSONAL))[0];
    }
    assert.ok(card);
    const firstCause = renderer.nameOf(card) === 'cause' ? (parseAction(buttonData(card, 'next')).state?.current) : undefined;
    // still failing -> the next cause
    const next = handleAction('next', parseAction(buttonData(card, 'next')).state, undefined, d, PERSONAL);
    const nextCard = cardsOf(next)[0];
    assert.ok(nextCard);
    assert.equal(renderer.nameOf(nextCard), 'cause');
    const second = parseAction(buttonData(nextCard, 'next')).state;
    assert.notEqual(second?.current, firstCause);
    assert.ok(second?.tried.length);
    // not sure -> a guided question
    const unsure = handleAction('unsure', parseAction(buttonData(nextCard, 'unsure')).state, undefined, d, PERSONAL);
    const question = cardsOf(unsure)[0];
    assert.ok(question);
    assert.equal(renderer.nameOf(question), 'question');
    // escalate from the question card
    const esc = handleAction('escalate', parseAction(buttonData(question, 'escalate')).state, undefined, d, PERSONAL);
    const escCard = cardsOf(esc)[0];
    assert.equal(renderer.nameOf(escCard), 'escalation');
    const text = JSON.stringify(escCard);
    assert.match(text, /Authorization_RequestDenied/);
    assert.match(text, /What I already checked/);
    assert.match(text, /learn\.microsoft\.com\/answers\/tags\/161\/ms-graph/);
  });

  it('moves on to escalation when every candidate was tried', () => {
    let reply = handlePaste('AADSTS53003: Access has been blocked by Conditional Access policies.', d, PERSONAL);
    let card = cardsOf(reply).find((c) => renderer.nameOf(c) === 'cause');
    for (let i = 0; i < 12 && card && renderer.nameOf(card) === 'cause'; i++) {
      reply = handleAction('next', parseAction(buttonData(card, 'next')).state, undefined, d, PERSONAL);
      card = cardsOf(reply)[0];
    }
    assert.equal(card && renderer.nameOf(card), 'escalation');
  });

  it('answers a stale button without state with a friendly notice', () => {
    assert.equal(renderer.nameOf(cardsOf(handleAction('next', undefined, undefined, d, PERSONAL))[0]), 'notice');
  });

  it('asks for the token privately in a group', () => {
    const reply = handleAction('token', undefined, undefined, d, GROUP);
    assert.match(JSON.stringify(reply.cards), /do not paste tokens here/);
    assert.match(JSON.stringify(reply.cards), /teams\.microsoft\.com\/l\/chat/);
  });
});
