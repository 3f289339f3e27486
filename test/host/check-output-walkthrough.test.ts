/**
 * Closing the loop over real HTTP: a daemon's 403 starts the walkthrough; what
 * `az ad app permission list` printed, pasted into the cause card, confirms one cause, and a
 * later output rules another out and moves the walkthrough on. An output pasted on its own
 * gets the summary card and, after "what were you calling?", a verdict; in a group chat the
 * people and object ids in it are hidden.
 */
import assert from 'node:assert/strict';
import { activity, post, replies, startApp, type Reply, type Running } from '../helpers/http.js';
import { buttonData } from '../helpers/sample-cards.js';
import * as S from '../check-outputs/samples.js';
import { appOnly, mintToken } from '../helpers/tokens.js';

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

async function press(app: Running, card: Card, verb: string, inputs: Record<string, string> = {}): Promise<Card[]> {
  const data = buttonData(card, verb);
  assert.ok(data, `no ${verb} button on ${String(card.id)}`);
  return submit(app, verb, { ...(data as object), ...inputs });
}

/** Opens a check, pastes what it printed into the card's output field, presses Judge this output. */
async function pasteIntoCheck(app: Running, card: Card, output: string): Promise<Card[]> {
  assert.ok(JSON.stringify(card).includes('"elementId":"gad-output","isVisible":true'), 'opening a check shows the output field');
  return press(app, card, 'output', { checkOutput: output });
}

async function submit(app: Running, verb: string, data: object): Promise<Card[]> {
  const res = await post(app.url, activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }));
  assert.equal(res.status, 200);
  return cardsIn(res.json);
}

const text = (card: Card | undefined): string => JSON.stringify(card?.body ?? '');

/** A daemon's 403 with its token: app-only, no roles at all. */
async function daemon403(): Promise<string> {
  return [
    'GET https://graph.microsoft.com/v1.0/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/members',
    `Authorization: Bearer ${await mintToken(appOnly(undefined))}`,
    'HTTP/1.1 403 Forbidden',
    '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"request-id":"3e4f5a6b-0000-4000-8000-00000000c0de","date":"2026-11-20T08:00:00"}}}',
  ].join('\n');
}

describe('check outputs over HTTP', () => {
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('a pasted output confirms a cause, another rules one out, and the walkthrough moves on', async () => {
    const first = cardsIn((await post(app.url, activity({ text: await daemon403() }))).json);
    const cause = first.find((c) => c.id === 'gad-cause');
    assert.ok(cause, `a cause card among ${first.map((c) => String(c.id)).join(', ')}`);

    // az ad app permission list: GroupMember.Read.All only as Scope (Delegated).
    const replied = await pasteIntoCheck(app, cause, S.AZ_PERMISSION_LIST_DELEGATED);
    const verdict = replied.find((c) => c.id === 'gad-check-output');
    const next = replied.find((c) => c.id === 'gad-cause');
    assert.equal(verdict?.id, 'gad-check-output');
    assert.match(text(verdict), /Confirmed: The app has GroupMember\.Read\.All only as Delegated; an app without a user \(a daemon\) needs it as Application with admin consent/);
    assert.equal(next?.id, 'gad-cause');
    assert.match(text(next), /The token type does not match the permissions granted/);
    assert.match(text(next), /Confirmed by what the check printed/);

    // After the fix, the assignments show it granted as Application: the mismatch is ruled out.
    const again = await pasteIntoCheck(app, next as Card, S.AZ_REST_APP_ROLES);
    const second = again.find((c) => c.id === 'gad-check-output');
    const after = again.find((c) => c.id === 'gad-cause');
    assert.match(text(second), /Ruled out: The app has GroupMember\.Read\.All as Application/);
    assert.equal(after?.id, 'gad-cause');
    assert.doesNotMatch(text(after).slice(0, 300), /The token type does not match/);
    assert.match(text(after), /The output ruled that out\. Next candidate/);
  });

  it('an output that is not one it reads gets a clear answer, not a crash', async () => {
    const first = cardsIn((await post(app.url, activity({ text: await daemon403() }))).json);
    const cause = first.find((c) => c.id === 'gad-cause') as Card;
    const [card] = await pasteIntoCheck(app, cause, 'all good here');
    assert.equal(card?.id, 'gad-notice');
    assert.match(text(card), /could not read that output/);
  });

  it('an output pasted on its own: summary, then a verdict for the call', async () => {
    const [summary] = cardsIn((await post(app.url, activity({ text: S.MG_GRANT_TABLE_ONE_USER }))).json);
    assert.equal(summary?.id, 'gad-check-output');
    assert.match(text(summary), /Delegated permission grants/);
    assert.match(text(summary), /What were you calling\?/);
    assert.match(text(summary), /11111111-2222-4333-8444-555555555555/, 'object ids are shown in a personal chat');
    const [verdict] = await press(app, summary as Card, 'calling', { request: 'GET https://graph.microsoft.com/v1.0/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/members', flow: 'delegated' });
    assert.equal(verdict?.id, 'gad-check-output');
    assert.match(text(verdict), /Confirmed: Consent for GroupMember\.Read\.All is granted for one user only/);
  });

  it('in a group chat the output\'s people and object ids are hidden, permission ids are not', async () => {
    const group = { conversation: { id: '19:group-1@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: 't1' } };
    const [signIn] = cardsIn((await post(app.url, activity({ text: S.SIGN_IN_CA_FAILURE, ...group }))).json);
    assert.equal(signIn?.id, 'gad-check-output');
    assert.match(text(signIn), /Policy \\"Require MFA for all cloud apps\\" failed/);
    assert.doesNotMatch(text(signIn), /ada@contoso\.example/);
    assert.match(text(signIn), /hidden here/);
    const [grants] = cardsIn((await post(app.url, activity({ text: S.MG_GRANT_TABLE_ONE_USER, ...group }))).json);
    assert.doesNotMatch(text(grants), /11111111-2222-4333-8444-555555555555/);
    const [requested] = cardsIn((await post(app.url, activity({ text: S.AZ_PERMISSION_LIST_MIXED, ...group }))).json);
    assert.match(text(requested), /GroupMember\.Read\.All \(Application\)/);
  });

  it('tampered output facts get the friendly card', async () => {
    const res = await post(app.url, activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'calling', data: { outputFacts: { k: 'required-access', p: [['<script>', 'a', '']] }, request: 'GET /me' } }, trigger: 'manual' } }));
    const [card] = cardsIn(res.json);
    assert.equal(card?.id, 'gad-notice');
  });
});
