/** Over HTTP: group chats get a way to the private chat, a welcome that never asks for a token, and no claims. */
import assert from 'node:assert/strict';
import { visibleTexts } from '../../src/cards/visible-text.js';
import { activity, post, startApp, type Running } from '../helpers/http.js';
import { cardsIn, GROUP_CHAT, paste, press, type Card } from '../helpers/conversation.js';
import { delegated, mintToken, payloadOf } from '../helpers/tokens.js';

/** The test activities address the bot as "28:bot", as Teams addresses it as "28:<app id>". */
const DEEP_LINK = 'https://teams.microsoft.com/l/chat/0/0?users=28:bot';

function openUrls(card: unknown, out: string[] = []): string[] {
  if (Array.isArray(card)) card.forEach((c) => openUrls(c, out));
  else if (card && typeof card === 'object') {
    const o = card as Record<string, unknown>;
    if (o.type === 'Action.OpenUrl' && typeof o.url === 'string') out.push(o.url);
    Object.values(o).forEach((v) => openUrls(v, out));
  }
  return out;
}

describe('conversation over HTTP: group chats and channels', () => {
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('welcomes a group without asking for a token, with a button to the private chat', async () => {
    const res = await post(app.url, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:bot' }], conversation: GROUP_CHAT }));
    const [card] = cardsIn(res.json);
    assert.ok(card);
    const shown = visibleTexts(card).join(' ');
    assert.doesNotMatch(shown, /payload|paste (?:the|your) token/i);
    assert.match(shown, /never paste a token here/);
    assert.deepEqual(openUrls(card).filter((u) => u.includes('/l/chat/')), [DEEP_LINK]);
  });

  it('keeps claims out of a group and offers the private chat instead of the token field', async () => {
    const token = await mintToken(delegated('User.Read'));
    const { cards } = await paste(app, `GET https://graph.microsoft.com/v1.0/users 403 Authorization_RequestDenied Bearer ${token}`, { conversation: GROUP_CHAT });
    const card = cards[0] as Card;
    const json = JSON.stringify(card);
    assert.doesNotMatch(json, /User\.Read\b|"id":"token"/);
    assert.match(json, /treat it as exposed/);
    assert.ok(openUrls(card).includes(DEEP_LINK), 'a button to the private chat');
    // Pressing a token button in a group never decodes anything.
    const refused = await press(app, { actions: [{ type: 'Action.Execute', verb: 'token', data: { verb: 'token' } }] }, 'token', { token: payloadOf(token) }, { conversation: GROUP_CHAT });
    assert.doesNotMatch(JSON.stringify(refused), /Your token|"aud"/);
    assert.match(visibleTexts(refused).join(' '), /do not paste a token here/);
    assert.ok(openUrls(refused).includes(DEEP_LINK));
  });
});
