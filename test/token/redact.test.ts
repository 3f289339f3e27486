import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { redact, SECRET_PLACEHOLDER, TOKEN_PLACEHOLDER } from '../../src/token/redact.js';
import { formatReport } from '../../src/report/text-report.js';
import { toJson } from '../../src/report/json-report.js';
import { appOnly, delegated, mintToken, NOW, payloadOf } from '../helpers/tokens.js';
import { CardRenderer } from '../../src/cards/render.js';
import { handlePaste } from '../../src/bot/conversation.js';
import { createLogger, describeError } from '../../src/host/logger.js';
import { deps, GROUP, PERSONAL } from '../helpers/sample-cards.js';

describe('token/redact', () => {
  const secrets: { name: string; paste: string; gone: string; kept?: string }[] = [
    { name: 'a client secret in a form body', paste: 'client_id=abc&client_secret=Qx8~S3cr3tValue.123&grant_type=client_credentials', gone: 'Qx8~S3cr3tValue.123', kept: 'grant_type=client_credentials' },
    { name: 'a JSON password', paste: '{"passwordProfile": {"password": "Tr0ub4dor&3", "forceChangePasswordNextSignIn": true}}', gone: 'Tr0ub4dor&3', kept: 'forceChangePasswordNextSignIn' },
    { name: 'a PowerShell secret parameter', paste: 'New-Object PSCredential; Connect-Thing -ClientSecret "s3cr3t-value-99"', gone: 's3cr3t-value-99' },
    { name: 'a storage account key', paste: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=Zm9vYmFyYmF6cXV4cXV1eA==;', gone: 'Zm9vYmFyYmF6cXV4cXV1eA==' },
    { name: 'a SAS signature', paste: 'https://x.blob.core.windows.net/c/b?sv=2022&sig=AbCdEf%2Bghij', gone: 'AbCdEf%2Bghij', kept: 'sv=2022' },
    { name: 'a basic Authorization header', paste: 'Authorization: Basic dXNlcjpwYXNz', gone: 'dXNlcjpwYXNz' },
    { name: 'a private key', paste: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----', gone: 'MIIEpAIBAAKCAQEA' },
    { name: 'a CLI --password argument', paste: 'az ad sp create-for-rbac --password "Sup3rS3cretValue!" --years 1', gone: 'Sup3rS3cretValue!', kept: '--years 1' },
    { name: 'an API key in YAML', paste: 'graph:\n  api_key: abcd1234efgh5678\n  tenant: contoso', gone: 'abcd1234efgh5678', kept: 'tenant: contoso' },
    { name: 'a JSON secret with a space before the colon', paste: '{ "client_secret" : "abc~def.ghi" }', gone: 'abc~def.ghi' },
    { name: 'a connection-string pwd', paste: 'Server=sql;User Id=app;Pwd=hunter22xyz;', gone: 'hunter22xyz', kept: 'User Id=app' },
    { name: 'an authorization code in a redirect', paste: 'https://localhost/cb?code=0.AXoAbcdefgh12345&state=xyz', gone: '0.AXoAbcdefgh12345', kept: 'state=xyz' },
    { name: 'a PowerShell certificate password', paste: 'Import-PfxCertificate -CertificatePassword  p4ssw0rdValue -FilePath c.pfx', gone: 'p4ssw0rdValue', kept: '-FilePath c.pfx' },
  ];
  for (const c of secrets) {
    it(`removes ${c.name}`, () => {
      const out = redact(c.paste);
      assert.ok(!out.includes(c.gone), out);
      assert.ok(out.includes(SECRET_PLACEHOLDER), out);
      if (c.kept) assert.ok(out.includes(c.kept), out);
    });
  }

  // Secrets without a label, or with labels the first version did not know (issue 10).
  const ENTRA = 'Zk38Q~aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z';
  const REFRESH = `0.AXoA${'bC3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z-_'.repeat(4)}`;
  const MSA = `EwBwA8l6BAAU${'kj1oO4JXbq8BAAQk2sIbkyb3s5K8+7XjeStw/'.repeat(3)}AA==`;
  const unlabelled: { name: string; paste: string; gone: string; kept?: string }[] = [
    { name: 'an Entra client secret quoted after AADSTS7000215', paste: `AADSTS7000215: Invalid client secret provided. I pass ${ENTRA} as the value.`, gone: 'aB3dE5fG7hJ9kL1mN3pQ5', kept: 'AADSTS7000215' },
    { name: 'a percent-encoded Entra client secret in a form body', paste: `grant_type=client_credentials&client_id=x&client_secr=${encodeURIComponent(ENTRA).replace('~', '%7E')}`, gone: 'aB3dE5fG7hJ9kL1mN3pQ5', kept: 'grant_type=client_credentials' },
    { name: 'a refresh token', paste: `I cached this: ${REFRESH} and now it fails`, gone: REFRESH.slice(10, 40), kept: 'now it fails' },
    { name: 'a v1 refresh token', paste: `"refresh":"AQABAAAAAAD${REFRESH.slice(6)}"`, gone: REFRESH.slice(10, 40) },
    { name: 'an opaque personal-account token', paste: `the token was ${MSA}`, gone: MSA.slice(12, 40) },
    { name: 'a SAS signature without ? or &', paste: 'SharedAccessSignature sr=x.servicebus.windows.net sig=AbCd1234EfGh5678%2B%3D se=1700000000', gone: 'AbCd1234EfGh5678', kept: 'se=1700000000' },
    { name: 'sign-in cookies', paste: 'Cookie: ESTSAUTH=1.AXoAq9w8e7r6t5y4u3i2o1p; ESTSAUTHPERSISTENT=0.AXoAz1x2c3v4b5n6m7; buid=0.AXoAbuidvalue123', gone: 'q9w8e7r6t5y4u3i2o1p' },
    { name: 'a session cookie alone', paste: 'set ESTSAUTHPERSISTENT=0.AXoAz1x2c3v4b5n6m7k8 in the browser', gone: 'z1x2c3v4b5n6m7k8', kept: 'in the browser' },
    { name: 'an API Management subscription key header', paste: 'Ocp-Apim-Subscription-Key: 0123456789abcdef0123456789abcdef', gone: '0123456789abcdef0123' },
    { name: 'an Azure Functions key header', paste: 'x-functions-key: Zm9vYmFy0123456789YmF6cXV4cXV1eA==', gone: 'Zm9vYmFy0123456789' },
    { name: 'an Azure Functions key in a URL', paste: 'POST https://fn.azurewebsites.net/api/hook?code=AbCdEf0123456789ZyXwVuTsRqPoNmLk==&clientId=default', gone: 'AbCdEf0123456789', kept: 'clientId=default' },
    { name: 'a connection-string password beginning with $', paste: 'Server=tcp:x.database.windows.net;User ID=app;Password=$ecr3tP@ss!;Encrypt=true', gone: '$ecr3tP@ss!', kept: 'Encrypt=true' },
    { name: 'a JSON password beginning with $', paste: '{"password": "$Up3r-Secret"}', gone: '$Up3r-Secret' },
    { name: 'query secrets: token, key, subscription-key, access_token', paste: 'https://api.example/x?token=tok123456&key=key123456&subscription-key=sub123456&access_token=at1234567&x=1', gone: '123456', kept: 'x=1' },
    { name: 'an implicit-flow fragment', paste: 'https://localhost/#access_token=opaque0123456789value&token_type=Bearer', gone: 'opaque0123456789value' },
    { name: 'a random value right after the word secret', paste: 'my client secret is Xy7_kP2qLm9RtZ4vBn8WcE1s and it still fails', gone: 'Xy7_kP2qLm9RtZ4vBn8WcE1s', kept: 'it still fails' },
    { name: 'a random value after "password was"', paste: 'the password was Lk93jdKd92jdLq0z, rotated yesterday', gone: 'Lk93jdKd92jdLq0z', kept: 'rotated yesterday' },
    { name: 'a PowerShell secure string', paste: '$s = ConvertTo-SecureString "Plain-Text-Secret-1" -AsPlainText -Force', gone: 'Plain-Text-Secret-1' },
    { name: 'az login -p', paste: 'az login --service-principal -u 99999999-8888-4777-8666-555555555555 -p VeryS3cret.Value --tenant x', gone: 'VeryS3cret.Value', kept: '--tenant x' },
  ];
  for (const c of unlabelled) {
    it(`removes ${c.name}`, () => {
      const out = redact(c.paste);
      assert.ok(!out.includes(c.gone), out);
      assert.ok(out.includes(SECRET_PLACEHOLDER) || out.includes(TOKEN_PLACEHOLDER), out);
      if (c.kept) assert.ok(out.includes(c.kept), out);
    });
  }

  it('keeps variables and placeholders that stand for a secret', () => {
    for (const text of ['Connect-Thing -ClientSecret $secret -TenantId x', 'Password=${DB_PASSWORD};', 'client_secret=<your-secret>&x=1', 'Authorization: Bearer <token>', '"client_secret": "{secret}"']) {
      assert.equal(redact(text), text);
    }
  });

  it('keeps ids, dates, permission names and ordinary long words next to "token"', () => {
    for (const text of [
      'token tid 11111111-2222-4333-8444-555555555555 and appid 99999999-8888-4777-8666-555555555555',
      'the token lacks DeviceManagementManagedDevices.ReadWrite.All',
      'the access token expired at 2026-11-24T10:00:00Z',
      'InvalidAuthenticationToken: Access token validation failure',
    ]) {
      assert.equal(redact(text), text);
    }
  });

  it('removes JWTs whose dots are encoded, JSON-escaped, or the whole token base64-encoded', async () => {
    const token = await mintToken(delegated('User.Read'));
    const core = payloadOf(token).slice(0, 40);
    for (const paste of [
      `token=${token.replace(/\./g, '%2E')}`,
      `{"t":"${token.replace(/\./g, '\\u002e')}"}`,
      `x${encodeURIComponent(token)}`,
      `blob ${Buffer.from(token).toString('base64')}`,
      `next=${encodeURIComponent(encodeURIComponent(`https://x/cb#access_token=${token}`))}`,
    ]) {
      const out = redact(paste);
      assert.ok(!out.includes(core), out);
      assert.ok(!out.includes(Buffer.from(token).toString('base64').slice(8, 48)), out);
    }
  });

  it('keeps a claims challenge readable and takes only secrets out of it', () => {
    const challenge = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
    assert.equal(redact(challenge), challenge);
    assert.equal(redact('{"access_token":{"nbf":{"essential":true}},"secret":"Lk93jdKd92jdLq0z"}'), `{"access_token":{"nbf":{"essential":true}},"secret":"${SECRET_PLACEHOLDER}"}`);
  });

  it('is idempotent', () => {
    for (const c of [...secrets, ...unlabelled]) assert.equal(redact(redact(c.paste)), redact(c.paste), c.name);
  });

  it('keeps what explains the error: codes, request ids, dates and placeholders', () => {
    const paste = '{"error":{"code":"ErrorAccessDenied","message":"Access is denied. (code=ErrorAccessDenied)","innerError":{"request-id":"0a1b2c3d-0000-4000-8000-000000000000","date":"2026-01-01T10:00:00"}}} Authorization: Bearer <token>';
    assert.equal(redact(paste), paste);
  });

  it('leaves prose that only names a secret or a token unchanged', () => {
    for (const text of ['Permissions were added; they need consent and a new token too', 'rotate the client secret and the API key', 'password reset needs a delegated call']) {
      assert.equal(redact(text), text);
    }
  });

  it('removes e-mail addresses only when asked', () => {
    assert.equal(redact('mail ada@contoso.example now'), 'mail ada@contoso.example now');
    assert.equal(redact('mail ada@contoso.example now', { emails: true }), 'mail [e-mail removed] now');
  });

  it('removes whole tokens, payload segments and header values', async () => {
    const token = await mintToken(delegated('User.Read'));
    for (const paste of [`Authorization: Bearer ${token}`, `token=${token}`, `here: ${payloadOf(token)}`, `"${token.match(/.{1,64}/g)?.join('\n')}"`]) {
      const out = redact(paste);
      assert.ok(!out.includes(payloadOf(token).slice(0, 40)), out);
      assert.ok(out.includes(TOKEN_PLACEHOLDER) || out.includes(SECRET_PLACEHOLDER), out);
    }
  });

  describe('property: no whole token or signature survives in any output', () => {
    let tokens: string[];
    before(async () => {
      tokens = await Promise.all([
        mintToken(delegated('User.Read Mail.Read')),
        mintToken(appOnly(['User.Read.All'])),
        mintToken({ ...delegated('User.Read'), issuedAt: -30000 }),
        mintToken({ claims: { ...delegated('User.Read').claims, aud: 'https://graph.windows.net' } }),
      ]);
    });

    const wrap = fc.constantFrom(
      (t: string) => `Authorization: Bearer ${t}`,
      (t: string) => `GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer ${t}\n403 Forbidden {"error":{"code":"Authorization_RequestDenied"}}`,
      (t: string) => `token: ${t.match(/.{1,70}/g)?.join('\n')}`,
      (t: string) => `<div>my token <code>${t}</code></div>`,
      (t: string) => `{"access_token":"${t}","token_type":"Bearer"}`,
      (t: string) => `payload ${payloadOf(t)} and the error InvalidAuthenticationToken`,
    );

    const renderer = new CardRenderer();
    it('holds for diagnose --json, the text report, every card and every log line', () => {
      fc.assert(
        fc.property(fc.nat(3), wrap, fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (i, shape, before, after) => {
          const token = tokens[i] as string;
          const paste = `${before}\n${shape(token)}\n${after}`;
          const d = diagnose(paste, { now: NOW });
          const logs: string[] = [];
          const log = createLogger('debug', (l) => logs.push(l));
          log.error('turn-error', describeError(new Error(`could not parse ${paste}`)));
          const personal = handlePaste(paste, deps(renderer), PERSONAL);
          const group = handlePaste(paste, deps(renderer), GROUP);
          log.info('turn', { outcome: personal.outcome, causeId: personal.causeId });
          const outputs = [JSON.stringify(toJson(d)), formatReport(d), redact(paste), JSON.stringify(personal), JSON.stringify(group), ...logs];
          const signature = token.split('.')[2] as string;
          for (const out of outputs) {
            assert.ok(!out.includes(token), 'whole token leaked');
            assert.ok(!out.includes(signature.slice(0, 24)), 'signature leaked');
          }
        }),
        { numRuns: 120 },
      );
    });
  });
});
