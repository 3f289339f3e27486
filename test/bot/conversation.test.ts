import assert from 'node:assert/strict';
import { CardRenderer } from '../../src/cards/render.js';
import { visibleTexts } from '../../src/cards/visible-text.js';
import { handleAction, handlePaste, welcome } from '../../src/bot/conversation.js';
import { parseAction, type CardAction } from '../../src/bot/follow-up-state.js';
import { buttonData, cardsOf, deps, GROUP, PERSONAL, type Card } from '../helpers/sample-cards.js';
import { APP, appOnly, delegated, mintToken, payloadOf, TENANT } from '../helpers/tokens.js';

function firstChoice(card: Record<string, unknown>): string {
  const input = (card.body as { type: string; choices?: { value: string }[] }[]).find((e) => e.type === 'Input.ChoiceSet');
  const value = input?.choices?.[0]?.value;
  assert.ok(value, 'a question card offers choices');
  return value;
}

function press(card: Card, verb: string, inputs: Record<string, string> = {}): CardAction {
  const data = buttonData(card, verb);
  assert.ok(data, `no ${verb} button`);
  return parseAction({ ...(data as object), ...inputs });
}

describe('bot/conversation', () => {
  const renderer = new CardRenderer();
  const d = deps(renderer);
  const names = (reply: ReturnType<typeof handlePaste>) => cardsOf(reply).map((c) => renderer.nameOf(c));
  const only = (reply: ReturnType<typeof handlePaste>): Card => {
    const cards = cardsOf(reply);
    assert.equal(cards.length, 1, 'one card');
    return cards[0] as Card;
  };

  const pastes: { name: string; paste: string; cards: string[]; outcome: string }[] = [
    { name: 'a clear error: the answer card', paste: 'AADSTS50076: Due to a configuration change you must use multi-factor authentication.', cards: ['cause'], outcome: 'diagnosed' },
    { name: 'an unclear error: a guided question', paste: '403 Forbidden', cards: ['question'], outcome: 'question' },
    { name: 'a non-authorization error: one plain card', paste: 'HTTP/1.1 404 Not Found {"error":{"code":"Request_ResourceNotFound","message":"Resource does not exist."}}', cards: ['not-authorization'], outcome: 'not-authorization' },
    { name: 'no error at all: a notice', paste: 'what can you do?', cards: ['notice'], outcome: 'no-error-found' },
    { name: 'a failure told in words, without an error body: a guided question, not "no error found"', paste: 'Our nightly job calls the sendMail API and it keeps failing with access denied. The app registration has Mail.Send.', cards: ['question'], outcome: 'question' },
  ];
  for (const p of pastes) {
    it(`answers ${p.name}`, () => {
      const reply = handlePaste(p.paste, d, PERSONAL);
      assert.deepEqual(names(reply), p.cards);
      assert.equal(reply.outcome, p.outcome);
      assert.ok(reply.text.length > 0, 'a plain-text fallback');
    });
  }

  it('puts the verdict and the fix first, and names the cause once', () => {
    const card = only(handlePaste('GET https://graph.microsoft.com/v1.0/users\nHTTP/1.1 403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}\nDecoded token: "scp": "User.Read openid"', d, PERSONAL));
    const texts = visibleTexts(card);
    assert.match(texts[0] ?? '', /^Most likely: The app lacks the permission/);
    assert.match(texts.slice(1, 3).join(' '), /Do this:/);
    assert.equal(texts.filter((t) => t.includes('The app lacks the permission this call needs')).length, 1);
  });

  it('joins the token verdicts to the answer in a personal chat, each claim once, and never in a group', async () => {
    const token = await mintToken(delegated('User.Read'));
    const paste = `GET https://graph.microsoft.com/v1.0/users 403 Authorization_RequestDenied Authorization: Bearer ${token}`;
    const personal = only(handlePaste(paste, d, PERSONAL));
    const shown = visibleTexts(personal).join('\n');
    assert.match(shown, /Your token:/);
    for (const claim of ['aud', 'exp']) assert.ok(shown.split(/\b/).filter((w) => w === claim).length <= 1, `${claim} shown more than once`);
    const group = only(handlePaste(paste, d, GROUP));
    const json = JSON.stringify(group);
    assert.doesNotMatch(json, /User\.Read\b/);
    assert.match(json, /treat it as exposed/);
    assert.match(json, /teams\.microsoft\.com\/l\/chat\/0\/0\?users=28:/);
    assert.ok(!json.includes(token) && !JSON.stringify(personal).includes(token));
  });

  it('checks a token pasted into the card with the walkthrough state, and goes on from there', async () => {
    const first = only(handlePaste('GET https://graph.microsoft.com/v1.0/users\n403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}', d, PERSONAL));
    const before = press(first, 'token').state;
    const token = payloadOf(await mintToken(appOnly(['Mail.Read'])));
    const reply = handleAction(press(first, 'token', { token }), d, PERSONAL);
    const card = only(reply);
    const after = press(card, reply.cards[0] && renderer.nameOf(card) === 'question' ? 'answer' : 'next').state;
    assert.equal(after?.qc.context, 'app-only', 'the token settled the flow');
    assert.equal(after?.history.length, 1, 'the step before is remembered');
    const { appId, tenantId, situations, ...kept } = after?.facts ?? {};
    const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
    assert.deepEqual(plain(kept), plain({ ...before?.facts, appId: undefined, tenantId: undefined, situations: undefined }), 'the request and error are kept');
    assert.deepEqual({ appId, tenantId, situations }, { appId: APP, tenantId: TENANT, situations: ['app-only'] }, "the token's ids and caller join them");
    assert.match(JSON.stringify(card), /Your token/);
    assert.ok(!JSON.stringify(card).includes(token), 'the token is not echoed');
    const back = only(handleAction(press(card, 'back'), d, PERSONAL));
    assert.equal(press(back, 'escalate').state?.history.length, 0, 'Back returns to the first step');
  });

  // The paste names the permission type (Application): after the flow is answered, the next
  // question must not ask it again, which it did while the card state forgot the paste's topics.
  it('never asks, after an answer, what the paste already said', () => {
    const paste = 'GET https://graph.microsoft.com/v1.0/groups returns 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. The app has Group.Read.All as an Application permission.';
    let card = only(handlePaste(paste, d, PERSONAL));
    const asked: string[] = [];
    while (renderer.nameOf(card) === 'question' && asked.length < 6) {
      const action = press(card, 'answer', { answer: firstChoice(card) });
      asked.push(action.state?.asking ?? '');
      card = only(handleAction(action, d, PERSONAL));
    }
    assert.ok(asked.length >= 2, `asked ${asked.join(', ')}`);
    assert.ok(!asked.includes('permission-type'), `asked ${asked.join(', ')}`);
  });

  it('walks paste -> still failing -> next cause -> not sure -> question -> escalation, and Back at every step', () => {
    const first = handlePaste('{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}} 403', d, PERSONAL);
    let card = only(first);
    while (renderer.nameOf(card) === 'question') card = only(handleAction(press(card, 'answer', { answer: firstChoice(card) }), d, PERSONAL));
    assert.equal(renderer.nameOf(card), 'cause');
    const firstCause = press(card, 'next').state?.current;
    const nextCard = only(handleAction(press(card, 'next'), d, PERSONAL));
    assert.equal(renderer.nameOf(nextCard), 'cause');
    const second = press(nextCard, 'next').state;
    assert.notEqual(second?.current, firstCause);
    assert.ok(second?.tried.length);
    const backCard = only(handleAction(press(nextCard, 'back'), d, PERSONAL));
    assert.equal(press(backCard, 'next').state?.current, firstCause, 'Back shows the cause before');
    const question = only(handleAction(press(nextCard, 'unsure'), d, PERSONAL));
    assert.equal(renderer.nameOf(question), 'question');
    assert.ok(buttonData(question, 'back'), 'a question has Back too');
    const escCard = only(handleAction(press(question, 'escalate'), d, PERSONAL));
    assert.equal(renderer.nameOf(escCard), 'escalation');
    assert.ok(buttonData(escCard, 'back'), 'the draft has Back too');
    const text = JSON.stringify(escCard);
    assert.match(text, /Authorization_RequestDenied/);
    assert.match(text, /What I already checked/);
    assert.match(text, /learn\.microsoft\.com\/answers\/tags\/161\/ms-graph/);
  });

  it('says "nothing points here yet" instead of presenting an unsupported cause as a finding', () => {
    let card = only(handlePaste('403 Forbidden', d, PERSONAL));
    let reply = handlePaste('403 Forbidden', d, PERSONAL);
    for (let i = 0; i < 10 && renderer.nameOf(card) === 'question'; i++) {
      // "I'm not sure"-like answers (the last choice) leave the evidence where it was.
      const choices = ((card.body as Card[]).find((e) => e.type === 'Input.ChoiceSet')?.choices as { value: string }[]);
      reply = handleAction(press(card, 'answer', { answer: choices[choices.length - 1]?.value ?? '' }), d, PERSONAL);
      card = only(reply);
    }
    if (reply.outcome === 'no-evidence') {
      assert.match(visibleTexts(card)[0] ?? '', /Nothing points here yet/);
      assert.ok(buttonData(card, 'escalate'), 'offers Microsoft Q&A');
    }
    // Walking on to causes nothing supports says so too.
    let walk = only(handlePaste('AADSTS53003: Access has been blocked by Conditional Access policies.', d, PERSONAL));
    let seen = false;
    for (let i = 0; i < 10 && renderer.nameOf(walk) === 'cause'; i++) {
      const r = handleAction(press(walk, 'next'), d, PERSONAL);
      walk = only(r);
      if (r.outcome === 'no-evidence') {
        seen = true;
        assert.match(visibleTexts(walk)[0] ?? '', /Nothing points here yet/);
      } else if (renderer.nameOf(walk) === 'cause') assert.doesNotMatch(visibleTexts(walk)[0] ?? '', /Nothing points/);
    }
    assert.ok(seen, 'some runner-up had no evidence');
  });

  it('moves on to escalation when every candidate was tried', () => {
    let card = only(handlePaste('AADSTS53003: Access has been blocked by Conditional Access policies.', d, PERSONAL));
    for (let i = 0; i < 12 && renderer.nameOf(card) === 'cause'; i++) card = only(handleAction(press(card, 'next'), d, PERSONAL));
    assert.equal(renderer.nameOf(card), 'escalation');
  });

  it('answers a stale button without state with a friendly notice', () => {
    assert.equal(renderer.nameOf(only(handleAction({ verb: 'next' }, d, PERSONAL))), 'notice');
  });

  it('never takes a token in a group, even from a personal card, and points to the private chat', () => {
    const reply = handleAction({ verb: 'token', token: 'eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' }, d, GROUP);
    const json = JSON.stringify(reply.cards);
    assert.match(json, /do not paste a token here/);
    assert.match(json, /teams\.microsoft\.com\/l\/chat/);
    assert.doesNotMatch(json, /"aud"|Your token/);
  });

  it('welcomes a group without asking for a token, and a personal chat with the token hint', () => {
    const group = visibleTexts(only(welcome(d, GROUP))).join(' ');
    assert.doesNotMatch(group, /payload|paste (?:the|your) token/i);
    assert.match(group, /never paste a token here/);
    assert.match(JSON.stringify(only(welcome(d, GROUP))), /l\/chat\/0\/0/);
    assert.match(visibleTexts(only(welcome(d, PERSONAL))).join(' '), /token's payload/);
  });

  it('replaces the feedback buttons with a thank-you once pressed', () => {
    const card = only(handlePaste('AADSTS50076: you must use multi-factor authentication', d, PERSONAL));
    const resolved = only(handleAction(press(card, 'fixed'), d, PERSONAL));
    assert.ok(buttonData(resolved, 'helpful'));
    const thanked = handleAction(press(resolved, 'helpful'), d, PERSONAL);
    assert.equal(thanked.updatesCard, true);
    assert.equal(buttonData(only(thanked), 'helpful'), undefined);
    assert.equal(buttonData(only(thanked), 'unhelpful'), undefined);
    assert.match(visibleTexts(only(thanked)).join(' '), /Thanks/);
  });
});
