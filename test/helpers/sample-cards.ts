/** Every card, produced through the real conversation paths with realistic data. */
import type { CardName } from '../../src/cards/card-data.js';
import type { CardRenderer } from '../../src/cards/render.js';
import { handleAction, handlePaste, help, notice, welcome, type ConversationDeps, type Reply } from '../../src/bot/conversation.js';
import { parseAction } from '../../src/bot/follow-up-state.js';
import { delegated, mintToken, NOW, payloadOf } from './tokens.js';

export const PERSONAL = { group: false, personal: true } as const;
export const GROUP = { group: true, personal: false } as const;

export function deps(renderer: CardRenderer): ConversationDeps {
  return { renderer, now: () => NOW, privateChatUrl: 'https://teams.microsoft.com/l/chat/0/0?users=28:00000000-0000-4000-8000-000000000000' };
}

export type Card = Record<string, unknown> & { version?: string; body?: unknown[]; actions?: unknown[] };

/** The action data of the first button with this verb on a card. */
export function buttonData(card: Card, verb: string): unknown {
  let found: unknown;
  const walk = (v: unknown): void => {
    if (found !== undefined) return;
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'Action.Execute' && o.verb === verb) found = o.data;
      else Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}

export function cardsOf(reply: Reply): Card[] {
  return reply.cards.map((c) => c.content as Card);
}

function byTemplate(reply: Reply, renderer: CardRenderer): Map<CardName, Card> {
  const out = new Map<CardName, Card>();
  for (const c of reply.cards) {
    const name = renderer.nameOf(c.content);
    if (name) out.set(name, c.content as Card);
  }
  return out;
}

export async function sampleCards(renderer: CardRenderer): Promise<Map<CardName, Card>> {
  const d = deps(renderer);
  const all = new Map<CardName, Card>();
  const add = (reply: Reply): void => {
    for (const [k, v] of byTemplate(reply, renderer)) if (!all.has(k)) all.set(k, v);
  };
  add(welcome(d));
  add(help(d));
  add(notice(d, 'I could not find an error in that message.', 'Paste the error body.', 'no-error-found'));
  const token = await mintToken(delegated('User.Read openid profile'));
  const pasted = handlePaste(`GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer ${token}\n403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation for <user-id>.","innerError":{"request-id":"0a1b2c3d-1111-4222-8333-444455556666","date":"2026-11-24T10:00:00"}}}`, d, PERSONAL);
  add(pasted);
  add(handlePaste('403 Forbidden', d, PERSONAL));
  // A check's output pasted on its own (az ad app permission list).
  add(handlePaste('[{"resourceAccess":[{"id":"bc024368-1153-4739-b217-4326f2e966d0","type":"Scope"}],"resourceAppId":"00000003-0000-0000-c000-000000000000"}]', d, PERSONAL));
  add(handlePaste('{"error":{"code":"TooManyRequests","message":"Too many requests. Please try again later."}} Retry-After: 20', d, PERSONAL));
  const cause = cardsOf(pasted).find((c) => renderer.nameOf(c) === 'cause');
  if (!cause) throw new Error('no cause card');
  for (const verb of ['fixed', 'next', 'unsure', 'escalate']) add(handleAction(parseAction(buttonData(cause, verb)), d, PERSONAL));
  // The token field of "Check my token", filled and submitted with the card's state.
  add(handleAction(parseAction({ ...(buttonData(cause, 'token') as object), token: payloadOf(await mintToken(delegated('User.Read'))) }), d, PERSONAL));
  const resolved = all.get('resolved');
  if (resolved) add(handleAction(parseAction(buttonData(resolved, 'helpful')), d, PERSONAL));
  return all;
}
