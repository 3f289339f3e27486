/**
 * Inbound authentication for real: a local OpenID metadata + JWKS endpoint on loopback, channel
 * tokens signed with jose (RS256), and a local fake connector that receives the replies. Every
 * forged request gets 401 and no bot turn runs.
 */
import assert from 'node:assert/strict';
import { generateKeyPair, type CryptoKey } from 'jose';
import { activity, post, startApp, type Running } from '../helpers/http.js';
import { listen, localChannel, LocalCredentials, type Listening, type LocalChannel, type TokenOptions } from './local-channel.js';

describe('inbound Bot Framework authentication (local OpenID metadata, jose-signed tokens)', function () {
  this.timeout(30000);
  let channel: LocalChannel;
  let otherKey: CryptoKey;
  let connector: Listening;
  const received: { path: string; body: string }[] = [];
  let app: Running;

  before(async () => {
    channel = await localChannel();
    otherKey = (await generateKeyPair('RS256', { extractable: true })).privateKey;
    connector = await listen((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
      });
    });
    app = await startApp(channel.env, { credentialsFactory: new LocalCredentials() });
  });

  after(async () => {
    await app.close();
    channel.metadata.close();
    connector.close();
  });

  function token(opts: TokenOptions & { serviceUrl?: string } = {}): Promise<string> {
    return channel.token(opts.serviceUrl ?? `${connector.url}/`, opts);
  }

  function message(): Record<string, unknown> {
    return activity({ text: 'AADSTS50076: you must use multi-factor authentication', serviceUrl: `${connector.url}/`, deliveryMode: undefined });
  }

  it('accepts a valid channel token and sends the reply to the connector', async () => {
    const before = received.length;
    const res = await post(app.url, message(), { authorization: `Bearer ${await token()}` });
    assert.equal(res.status, 200);
    assert.equal(received.length, before + 1, 'one reply reached the fake connector');
    const last = received[received.length - 1];
    assert.match(last?.path ?? '', /^\/v3\/conversations\/.+\/activities\//);
    assert.match(last?.body ?? '', /application\/vnd\.microsoft\.card\.adaptive/);
  });

  const forged: { name: string; auth: () => Promise<string | undefined> }[] = [
    { name: 'no Authorization header', auth: async () => undefined },
    { name: 'a bad signature', auth: async () => `Bearer ${(await token()).slice(0, -6)}AAAAAA` },
    { name: 'a token signed by another key', auth: async () => `Bearer ${await token({ signWith: otherKey })}` },
    { name: 'an expired token', auth: async () => `Bearer ${await token({ expiresIn: -3600 })}` },
    { name: 'a wrong audience', auth: async () => `Bearer ${await token({ aud: '00000000-0000-4000-8000-000000000000' })}` },
    { name: 'a wrong issuer', auth: async () => `Bearer ${await token({ iss: 'https://issuer.example' })}` },
    { name: 'a serviceurl claim that does not match the activity', auth: async () => `Bearer ${await token({ serviceUrl: 'https://elsewhere.example/' })}` },
  ];
  for (const f of forged) {
    it(`rejects ${f.name} with 401 and runs no turn`, async () => {
      const before = received.length;
      const turnsBefore = app.logs.filter((l) => l.includes('"event":"turn"') && l.includes('"outcome"')).length;
      const auth = await f.auth();
      const res = await post(app.url, message(), auth ? { authorization: auth } : {});
      assert.equal(res.status, 401);
      assert.equal(received.length, before, 'nothing was sent to the connector');
      const turnsAfter = app.logs.filter((l) => l.includes('"event":"turn"') && l.includes('"outcome"')).length;
      assert.equal(turnsAfter, turnsBefore, 'the bot did not run');
    });
  }
});
