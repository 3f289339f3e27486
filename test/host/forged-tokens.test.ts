/**
 * Forged inbound tokens cost constant memory (issue 10, item 3). botframework-connector appends
 * issuer URLs to a global list for every new `tid` of an unverified token; here thousands of
 * forged tokens go over real HTTP to a bot whose authentication uses a local OpenID/JWKS
 * endpoint, and the framework's list must end where it started. A genuine token still works.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { routeConsole } from '../../src/host/framework-log.js';
import { emulatorIssuerCount } from '../../src/host/issuer-list.js';
import { createLogger } from '../../src/host/logger.js';
import { activity, post, startApp, type Running } from '../helpers/http.js';
import { APP_ID, KID, listen, localChannel, LocalCredentials, type Listening, type LocalChannel } from './local-channel.js';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const signature = (): string => randomBytes(256).toString('base64url');
/** An unsigned token shaped like an Emulator token for tenant `tid` (by default naming a key the channel does not have). */
const forged = (tid: unknown, header: Record<string, unknown> = { alg: 'RS256', kid: 'unknown-key', typ: 'JWT' }): string =>
  `Bearer ${b64(header)}.${b64({ iss: `https://sts.windows.net/${String(tid)}/`, tid, aud: APP_ID, ver: '1.0', appid: APP_ID, exp: 4102444800 })}.${signature()}`;

describe('host/forged tokens (local OpenID metadata, HTTP)', function () {
  this.timeout(120000);
  let channel: LocalChannel;
  let connector: Listening;
  let app: Running;
  let replies = 0;
  /** What botbuilder writes to the console, as the running server routes it (index.ts). */
  const consoleLines: string[] = [];
  let restoreConsole: () => void;

  before(async () => {
    restoreConsole = routeConsole(createLogger('debug', (l) => consoleLines.push(l)));
    channel = await localChannel();
    connector = await listen((req, res) => {
      req.resume();
      req.on('end', () => {
        replies++;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: 'r' }));
      });
    });
    app = await startApp(channel.env, { credentialsFactory: new LocalCredentials() });
  });
  after(async () => {
    restoreConsole();
    await app.close();
    channel.metadata.close();
    connector.close();
  });

  const message = (): Record<string, unknown> => activity({ text: 'AADSTS50076: use multi-factor authentication', serviceUrl: `${connector.url}/`, deliveryMode: undefined });

  /** Sends `count` requests, 16 at a time; every one must be refused with a JSON 401. */
  async function sendAll(count: number, auth: (i: number) => string): Promise<void> {
    for (let i = 0; i < count; i += 16) {
      const batch = await Promise.all(Array.from({ length: Math.min(16, count - i) }, (_, j) => post(app.url, message(), { authorization: auth(i + j) })));
      for (const r of batch) {
        assert.equal(r.status, 401);
        assert.equal((r.json as { error?: string }).error, 'Unauthorized');
      }
    }
  }

  const floods: { name: string; count: number; auth: (i: number) => string }[] = [
    { name: 'fresh GUID tenant ids (well-formed, unsigned)', count: 1000, auth: () => forged(randomUUID()) },
    { name: 'fresh 2 KB tenant ids', count: 1000, auth: (i) => forged(`${i}-${'t'.repeat(2048)}`) },
    { name: 'tenant ids that are not strings', count: 1000, auth: (i) => forged({ n: i }) },
  ];
  for (const f of floods) {
    it(`keeps the framework's issuer list at its shipped size after ${f.count} tokens with ${f.name}`, async () => {
      const { shipped } = emulatorIssuerCount();
      await sendAll(f.count, f.auth);
      assert.equal(emulatorIssuerCount().now, shipped);
      assert.equal(replies, 0, 'no turn ran');
    });
  }

  const shapes: { name: string; auth: string }[] = [
    { name: 'a token over 8 KB', auth: forged(randomUUID()) + 'A'.repeat(9000) },
    { name: 'two parts', auth: 'Bearer abc.def' },
    { name: 'four parts', auth: 'Bearer a.b.c.d' },
    { name: 'a part that is not base64url', auth: 'Bearer a+b.c/d.e=f' },
    { name: 'alg none', auth: forged(randomUUID(), { alg: 'none' }) },
    { name: 'alg HS256', auth: forged(randomUUID(), { alg: 'HS256' }) },
    { name: 'a header that is not JSON', auth: `Bearer ${Buffer.from('not json').toString('base64url')}.${b64({})}.${signature()}` },
    { name: 'another scheme', auth: 'Basic dXNlcjpwYXNz' },
  ];
  for (const s of shapes) {
    it(`refuses ${s.name} with a JSON 401`, async () => {
      const res = await post(app.url, message(), { authorization: s.auth });
      assert.equal(res.status, 401);
      assert.equal((res.json as { error?: string }).error, 'Unauthorized');
    });
  }

  it("turns botbuilder's console output on forged tokens into JSON lines without keys or stack traces", async () => {
    // Naming the channel's real key makes botbuilder try the signature, fail, and print the key.
    await sendAll(16, () => forged(randomUUID(), { alg: 'RS256', kid: KID, typ: 'JWT' }));
    assert.ok(consoleLines.length > 0, 'botbuilder did write to the console');
    for (const line of consoleLines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      assert.equal(entry.event, 'library-console');
      assert.doesNotMatch(line, /BEGIN|PUBLIC KEY|\n\s+at |Available keys/);
    }
  });

  it('still accepts a genuine channel token after the flood', async () => {
    const before = replies;
    const res = await post(app.url, message(), { authorization: `Bearer ${await channel.token(`${connector.url}/`)}` });
    assert.equal(res.status, 200);
    assert.equal(replies, before + 1, 'the reply reached the connector');
  });
});
