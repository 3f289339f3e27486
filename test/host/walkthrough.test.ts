/**
 * The whole conversation over real HTTP, as Teams drives it: paste -> cause card -> still
 * failing -> next cause -> not sure -> guided question -> answer -> escalate, every step an
 * Action.Execute invoke carrying only what the card gave it. Plus the message action.
 */
import assert from 'node:assert/strict';
import { activity, post, replies, startApp, type Reply, type Running } from '../helpers/http.js';
import { buttonData } from '../helpers/sample-cards.js';

type Card = Record<string, unknown>;

function cardsIn(json: unknown): Card[] {
  return replies(json).flatMap((r: Reply) => {
    if (r.type === 'invokeResponse') {
      const body = r.value?.body as { type?: string; value?: Card } | undefined;
      return body?.type === 'application/vnd.microsoft.card.adaptive' && body.value ? [body.value] : [];
    }
    return (r.attachments ?? []).map((a) => a.content);
  });
}

async function press(app: Running, card: Card, verb: string, inputs: Record<string, string> = {}): Promise<Card> {
  const data = buttonData(card, verb);
  assert.ok(data, `no ${verb} button on ${String(card.id)}`);
  const res = await post(app.url, activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: { ...(data as object), ...inputs } }, trigger: 'manual' } }));
  assert.equal(res.status, 200);
  const [next] = cardsIn(res.json);
  assert.ok(next, `no card after ${verb}`);
  return next;
}

describe('walkthrough over HTTP', () => {
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('goes from a paste to a drafted Microsoft Q&A question', async () => {
    const paste = 'Set-MgUserManagerByRef : Insufficient privileges to complete the operation.\nStatus: 403 (Forbidden)\nErrorCode: Authorization_RequestDenied\nDate: 2026-11-20T08:00:00\nrequest-id: 3e4f5a6b-0000-4000-8000-00000000c0de';
    const first = await post(app.url, activity({ text: paste }));
    const firstCards = cardsIn(first.json);
    let card = firstCards.find((c) => c.id === 'gad-cause' || c.id === 'gad-question');
    assert.ok(card);
    const seen: string[] = [String(card.id)];
    while (card.id === 'gad-question') {
      const choice = ((card.body as Card[]).find((e) => e.type === 'Input.ChoiceSet')?.choices as { value: string }[])[0]?.value ?? '';
      card = await press(app, card, 'answer', { answer: choice });
      seen.push(String(card.id));
    }
    assert.equal(card.id, 'gad-cause');
    const firstTitle = JSON.stringify(card.body).slice(0, 200);
    card = await press(app, card, 'next');
    assert.equal(card.id, 'gad-cause', 'still failing shows the next cause');
    assert.notEqual(JSON.stringify(card.body).slice(0, 200), firstTitle);
    card = await press(app, card, 'unsure');
    assert.equal(card.id, 'gad-question', 'not sure asks a guided question');
    const choice = ((card.body as Card[]).find((e) => e.type === 'Input.ChoiceSet')?.choices as { value: string }[])[0]?.value ?? '';
    const answered = await press(app, card, 'answer', { answer: choice });
    assert.ok(['gad-cause', 'gad-question'].includes(String(answered.id)));
    const escalation = await press(app, answered, 'escalate');
    assert.equal(escalation.id, 'gad-escalation');
    const text = JSON.stringify(escalation);
    assert.match(text, /Authorization_RequestDenied/);
    assert.match(text, /3e4f5a6b-0000-4000-8000-00000000c0de/);
    assert.match(text, /What I already checked/);
    assert.match(text, /Details:/);
  });

  it('diagnoses the message a message action was invoked on (fetchTask), and posts the walkthrough on submit', async () => {
    const messagePayload = { id: 'm1', body: { contentType: 'html', content: '<p>AADSTS53003: Access has been blocked by Conditional Access policies.</p>' } };
    const fetch = await post(app.url, activity({ type: 'invoke', name: 'composeExtension/fetchTask', value: { commandId: 'diagnose', commandContext: 'message', messagePayload } }));
    const [inv] = replies(fetch.json);
    assert.equal(inv?.value?.status, 200);
    const task = (inv?.value?.body as { task?: { type: string; value: { card: { content: Card } } } }).task;
    assert.equal(task?.type, 'continue');
    assert.match(JSON.stringify(task?.value.card.content), /Conditional Access/);

    const submit = await post(app.url, activity({ type: 'invoke', name: 'composeExtension/submitAction', value: { commandId: 'diagnose', commandContext: 'message', messagePayload, data: {} } }));
    const posted = replies(submit.json).filter((r) => r.type === 'message');
    assert.ok(posted.length > 0);
    assert.match(JSON.stringify(posted), /Conditional Access/);
  });

  it('answers an unknown invoke and an unknown activity type cleanly', async () => {
    const unknownInvoke = await post(app.url, activity({ type: 'invoke', name: 'something/else', value: {} }));
    assert.equal(unknownInvoke.status, 200);
    const [r] = replies(unknownInvoke.json);
    assert.ok(r?.value && r.value.status >= 200 && r.value.status < 600);
    const typing = await post(app.url, activity({ type: 'typing' }));
    assert.equal(typing.status, 200);
    const weird = await post(app.url, activity({ type: 'somethingNew', text: undefined }));
    assert.ok([200, 400].includes(weird.status));
  });
});
