/**
 * Outbound limits and draining over real HTTP (issue 10, item 7): a connector that accepts and
 * never answers, a token acquisition that never finishes, a cap on turns in flight, and a
 * shutdown that keeps answering health checks with 503 while the turns in flight finish.
 */
import assert from 'node:assert/strict';
import { ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';
import { activity, logEvents, post, startApp, type Running } from '../helpers/http.js';
import { heldConnector, listen, type HeldConnector, type Listening } from './local-channel.js';

/** A normal message: the reply goes to the connector at `serviceUrl` (no expectReplies). */
const message = (serviceUrl: string): Record<string, unknown> => activity({ text: 'AADSTS50076: use multi-factor authentication', serviceUrl: `${serviceUrl}/`, deliveryMode: undefined });

async function health(app: Running): Promise<{ status: number; body: { ready?: boolean; status?: string } }> {
  const res = await fetch(`${app.url}/healthz`);
  return { status: res.status, body: (await res.json()) as { ready?: boolean; status?: string } };
}

/** Local mode, but every token acquisition hangs (an Entra endpoint that never answers). */
class HangingTokenCredentials extends ServiceClientCredentialsFactory {
  async isValidAppId(): Promise<boolean> {
    return true;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return true;
  }
  async createCredentials(): Promise<ServiceClientCredentials> {
    return { signRequest: () => new Promise(() => undefined) } as unknown as ServiceClientCredentials;
  }
}

describe('host/outbound limits and draining (HTTP)', function () {
  this.timeout(20000);
  let connector: HeldConnector;
  beforeEach(async () => {
    connector = await heldConnector();
  });
  afterEach(() => {
    connector.releaseAll();
    connector.close();
  });

  it('gives up on a connector that never answers, frees its socket and ends the turn', async () => {
    const app = await startApp({ OUTBOUND_TIMEOUT_MS: '300' });
    try {
      const abandoned = connector.waitForAbandoned();
      const res = await post(app.url, message(connector.url));
      assert.equal(res.status, 200);
      await abandoned;
      assert.equal(logEvents(app.logs, 'outbound-timeout').length, 1);
      assert.equal(app.host.inFlight(), 0);
    } finally {
      await app.close();
    }
  });

  it('gives up on a token acquisition that never finishes, before anything reaches the connector', async () => {
    let received = 0;
    const answering: Listening = await listen((req, res) => {
      received++;
      req.resume();
      res.end('{}');
    });
    const app = await startApp({ OUTBOUND_TIMEOUT_MS: '300' }, { credentialsFactory: new HangingTokenCredentials() });
    try {
      const res = await post(app.url, message(answering.url));
      assert.equal(res.status, 200);
      assert.equal(logEvents(app.logs, 'outbound-timeout').length, 1);
      assert.equal(received, 0);
    } finally {
      await app.close();
      answering.close();
    }
  });

  it('answers 503 with Retry-After past MAX_TURNS_IN_FLIGHT, reports not ready, and recovers', async () => {
    const app = await startApp({ MAX_TURNS_IN_FLIGHT: '2', OUTBOUND_TIMEOUT_MS: '60000' });
    try {
      const first = [post(app.url, message(connector.url)), post(app.url, message(connector.url))];
      await connector.waitForPending(2);
      const refused = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(connector.url)) });
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), '1');
      assert.equal(((await refused.json()) as { error?: string }).error, 'ServiceUnavailable');
      const saturated = await health(app);
      assert.equal(saturated.status, 503);
      assert.equal(saturated.body.ready, false);
      assert.equal(saturated.body.status, 'saturated');
      connector.releaseAll();
      assert.deepEqual((await Promise.all(first)).map((r) => r.status), [200, 200]);
      const after = await health(app);
      assert.equal(after.status, 200);
      assert.equal(after.body.ready, true);
    } finally {
      await app.close();
    }
  });

  it('drains on shutdown: /healthz answers 503, new turns 503, the turn in flight finishes, then the listener closes', async () => {
    const app = await startApp({ OUTBOUND_TIMEOUT_MS: '60000' });
    const inFlight = post(app.url, message(connector.url));
    await connector.waitForPending(1);
    let stopped = false;
    const shutdown = app.host.shutdown(15000).then(() => (stopped = true));
    const draining = await health(app);
    assert.equal(draining.status, 503, 'health checks get an answer, not a refused connection');
    assert.equal(draining.body.status, 'draining');
    assert.equal(draining.body.ready, false);
    const refused = await post(app.url, message(connector.url));
    assert.equal(refused.status, 503);
    assert.equal(stopped, false, 'still waiting for the turn in flight');
    connector.releaseAll();
    assert.equal((await inFlight).status, 200, 'the turn in flight finished');
    await shutdown;
    await assert.rejects(fetch(`${app.url}/healthz`), 'the listener is closed once drained');
  });
});
