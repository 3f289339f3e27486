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
