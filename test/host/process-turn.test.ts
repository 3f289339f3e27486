/**
 * The lean replacement of CloudAdapter.process(): what reaches the bot and what goes back on
 * the wire. (Real tokens and real HTTP: auth.test.ts and server.test.ts.)
 */
import assert from 'node:assert/strict';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type restify from 'restify';
import type { DoctorAdapter } from '../../src/host/adapter.js';
import { processTurn } from '../../src/host/process-turn.js';

interface Written {
  status?: number;
  body?: unknown;
  ended: boolean;
}

function fakeResponse(): { res: restify.Response; written: Written } {
  const written: Written = { ended: false };
  const res = {
    send(status: number, body: unknown) {
      written.status = status;
      written.body = body;
      written.ended = true;
    },
    status(code: number) {
      written.status = code;
    },
    end() {
      written.ended = true;
    },
  };
  return { res: res as unknown as restify.Response, written };
}

/** An adapter whose turn gives back `outcome` (or throws it) and records what it was given. */
function fakeAdapter(outcome: InvokeResponse | undefined | Error) {
  const seen: { authorization?: string; activity?: Activity } = {};
  const adapter = {
    async runTurn(authorization: string, activity: Activity, logic: (c: TurnContext) => Promise<void>) {
      seen.authorization = authorization;
      seen.activity = activity;
      if (outcome instanceof Error) throw outcome;
      await logic({} as TurnContext);
      return outcome;
    },
  };
  return { adapter: adapter as unknown as DoctorAdapter, seen };
}

function request(body: object, authorization?: string): restify.Request {
  return { headers: authorization ? { authorization } : {}, body } as unknown as restify.Request;
}

describe('host/process-turn', () => {
  const cases: { name: string; outcome: InvokeResponse | undefined; status: number; body?: unknown }[] = [
    { name: 'expectReplies: the replies as the body', outcome: { status: 200, body: { activities: [{ type: 'message', text: 'hi' }] } }, status: 200, body: { activities: [{ type: 'message', text: 'hi' }] } },
    { name: 'an invoke answered with a card', outcome: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: {} } }, status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: {} } },
    { name: 'an invoke nobody handled', outcome: { status: 501 }, status: 501 },
    { name: 'a normal message (replies went to the connector)', outcome: undefined, status: 200 },
  ];
  for (const c of cases) {
    it(`answers ${c.name} with ${c.status}`, async () => {
      const { adapter } = fakeAdapter(c.outcome);
      const { res, written } = fakeResponse();
      await processTurn(adapter, request({ type: 'message' }), res, async () => undefined);
      assert.equal(written.status, c.status);
      assert.deepEqual(written.body, c.body);
      assert.ok(written.ended);
    });
  }

  it('passes the Authorization header through to authentication (empty when there is none)', async () => {
    for (const header of ['Bearer abc.def.ghi', undefined]) {
      const { adapter, seen } = fakeAdapter(undefined);
      await processTurn(adapter, request({ type: 'message' }, header), fakeResponse().res, async () => undefined);
      assert.equal(seen.authorization, header ?? '');
    }
  });

  it('answers a failed authentication with 401 and a JSON reason, and runs no bot logic', async () => {
    const { adapter } = fakeAdapter(new AuthenticationError('Unauthorized: invalid signature', 401));
    const { res, written } = fakeResponse();
    let ran = false;
    await processTurn(adapter, request({ type: 'message' }), res, async () => {
      ran = true;
    });
    assert.equal(written.status, 401);
    assert.equal((written.body as { error?: string }).error, 'Unauthorized');
    assert.equal(ran, false);
  });

  it('lets any other failure reach the host (which answers 500 and logs it)', async () => {
    const { adapter } = fakeAdapter(new TypeError('boom'));
    await assert.rejects(processTurn(adapter, request({ type: 'message' }), fakeResponse().res, async () => undefined), TypeError);
  });

  it('turns the channel timestamps into Dates and keeps the raw strings, as botbuilder does', async () => {
    const { adapter, seen } = fakeAdapter(undefined);
    const body = { type: 'message', timestamp: '2026-11-24T09:00:00.123Z', localTimestamp: '2026-11-24T10:00:00.123+01:00', expiration: '2026-11-24T09:05:00Z' };
    await processTurn(adapter, request(body), fakeResponse().res, async () => undefined);
    const a = seen.activity as Activity & Record<string, unknown>;
    assert.ok(a.timestamp instanceof Date);
    assert.equal((a.timestamp as Date).toISOString(), '2026-11-24T09:00:00.123Z');
    assert.equal(a.rawTimestamp, '2026-11-24T09:00:00.123Z');
    assert.ok(a.localTimestamp instanceof Date);
    assert.equal(a.rawLocalTimestamp, '2026-11-24T10:00:00.123+01:00');
    assert.ok(a.expiration instanceof Date);
    assert.equal(a.rawExpiration, '2026-11-24T09:05:00Z');
  });
});
