/** Driving a conversation over HTTP as Teams does: posts, and card buttons pressed as Action.Execute invokes. */
import assert from 'node:assert/strict';
import { activity, post, replies, type Reply, type Running } from './http.js';
import { buttonData } from './sample-cards.js';

export type Card = Record<string, unknown>;

export const GROUP_CHAT = { id: '19:group-1@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: 't1' };

/** The cards of a turn: attachments of messages and the card of an invoke response. */
export function cardsIn(json: unknown): Card[] {
  return replies(json).flatMap((r: Reply) => {
    if (r.type === 'invokeResponse') {
      const body = r.value?.body as { type?: string; value?: Card } | undefined;
      return body?.type === 'application/vnd.microsoft.card.adaptive' && body.value ? [body.value] : [];
    }
    return (r.attachments ?? []).map((a) => a.content);
  });
}

export async function paste(app: Running, text: string, fields: Record<string, unknown> = {}): Promise<{ cards: Card[]; json: unknown }> {
  const res = await post(app.url, activity({ text, ...fields }));
  assert.equal(res.status, 200);
  return { cards: cardsIn(res.json), json: res.json };
}

/** Presses a button (by verb) with input values, as Teams sends Action.Execute. */
export async function press(app: Running, card: Card, verb: string, inputs: Record<string, string> = {}, fields: Record<string, unknown> = {}): Promise<Card> {
  const data = buttonData(card, verb);
  assert.ok(data, `no ${verb} button on ${String(card.id)}`);
  const res = await post(app.url, activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: { ...(data as object), ...inputs } }, trigger: 'manual' }, ...fields }));
  assert.equal(res.status, 200);
  const [next] = cardsIn(res.json);
  assert.ok(next, `no card after ${verb}`);
  return next;
}

/** The first choice of a question card. */
export function firstChoice(card: Card): string {
  const input = (card.body as Card[]).find((e) => e.type === 'Input.ChoiceSet');
  return ((input?.choices as { value: string }[] | undefined) ?? [])[0]?.value ?? '';
}
