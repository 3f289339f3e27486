/**
 * Inbound authentication for real: a local OpenID metadata + JWKS endpoint on loopback, channel
 * tokens signed with jose (RS256), and a local fake connector that receives the replies. Every
 * forged request gets 401 and no bot turn runs.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { MicrosoftAppCredentials, ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';
import { activity, post, startApp, type Running } from '../helpers/http.js';

const APP_ID = '3d4e5f60-7182-4394-a5b6-c7d8e9f0a1b2';
const ISSUER = 'https://api.botframework.com';
const KID = 'test-signing-key';

/** Outbound credentials without a call to Microsoft Entra: the fake connector needs none. */
class LocalCredentials extends ServiceClientCredentialsFactory {
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === APP_ID;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials(): Promise<ServiceClientCredentials> {
    return MicrosoftAppCredentials.Empty;
  }
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('inbound Bot Framework authentication (local OpenID metadata, jose-signed tokens)', function () {
  this.timeout(30000);
  let key: CryptoKey;
  let otherKey: CryptoKey;
  let metadata: { server: Server; url: string };
  let connector: { server: Server; url: string };
  const received: { path: string; body: string }[] = [];
  let app: Running;

  before(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    key = pair.privateKey;
    otherKey = (await generateKeyPair('RS256', { extractable: true })).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
    metadata = await listen((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/keys')) res.end(JSON.stringify({ keys: [jwk] }));
      else res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${metadata.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    });
    connector = await listen((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
      });
    });
    const openId = `${metadata.url}/.well-known/openidconfiguration`;
    app = await startApp(
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-used-by-the-local-credentials',
        MicrosoftAppType: 'MultiTenant',
        ToBotFromChannelOpenIdMetadataUrl: openId,
        ToBotFromChannelTokenIssuer: ISSUER,
        ToBotFromEmulatorOpenIdMetadataUrl: openId,
        ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
        ToChannelFromBotOAuthScope: 'https://api.botframework.com',
        OAuthUrl: 'https://api.botframework.com',
        CallerId: 'urn:botframework:azure',
        ValidateAuthority: 'true',
      },
      { credentialsFactory: new LocalCredentials() },
    );
  });

  after(async () => {
    await app.close();
    metadata.server.close();
    connector.server.close();
  });

  async function token(opts: { signWith?: CryptoKey; aud?: string; iss?: string; expiresIn?: number; serviceUrl?: string } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ serviceurl: opts.serviceUrl ?? `${connector.url}/` })
      .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
      .setIssuer(opts.iss ?? ISSUER)
      .setAudience(opts.aud ?? APP_ID)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (opts.expiresIn ?? 600))
      .sign(opts.signWith ?? key);
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
