import assert from 'node:assert/strict';
import { extractEvidence } from '../../../src/diagnosis/evidence/index.js';
import { delegated, mintToken, NOW } from '../../helpers/tokens.js';

const HEADER = 'WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX19"';

describe('diagnosis/evidence/www-authenticate', () => {
  it('reads the error and decodes the claims challenge', () => {
    const e = extractEvidence(`HTTP/1.1 401 Unauthorized\n${HEADER}`, { now: NOW });
    assert.equal(e.challenge?.error, 'insufficient_claims');
    assert.equal(e.challenge?.claims, '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}');
  });

  it('still finds the header after a long token earlier in the paste', async () => {
    const token = await mintToken(delegated('User.Read'));
    const e = extractEvidence(`Authorization: Bearer ${token}\nHTTP/1.1 401 Unauthorized\n${HEADER}`, { now: NOW });
    assert.equal(e.challenge?.error, 'insufficient_claims');
    assert.equal(e.challenge?.hasClaims, true);
  });

  // RFC 7235 §4.1: the challenge opens with its auth-scheme, the kind of credentials the server accepts.
  const SCHEMES: [string, string][] = [
    [HEADER, 'bearer'],
    ['WWW-Authenticate: Key realm="kong"', 'key'],
    ['www-authenticate: Basic realm="EWS"', 'basic'],
  ];
  it('sees no challenge where the header is only named in prose', () => {
    assert.equal(extractEvidence('The function answers 401 with an empty body and no WWW-Authenticate at all.', { now: NOW }).challenge, undefined);
  });

  for (const [header, scheme] of SCHEMES) {
    it(`reads the auth-scheme ${scheme}`, () => assert.equal(extractEvidence(`HTTP/1.1 401 Unauthorized\n${header}`, { now: NOW }).challenge?.scheme, scheme));
  }

  // RFC 7235 §2.1: an auth-param's value is a token or a quoted string.
  const UNQUOTED: ReadonlyArray<{ name: string; header: string; error: string | undefined }> = [
    { name: 'an error given as a bare token', header: 'WWW-Authenticate: Bearer error=invalid_token, error_description=The access token is invalid', error: 'invalid_token' },
    { name: 'bare and quoted values mixed', header: 'WWW-Authenticate: Bearer realm="api", error=insufficient_scope, scope="Mail.Read"', error: 'insufficient_scope' },
    { name: 'a bare challenge naming its authority without quotes stays bare', header: 'WWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize, resource_id=https://contoso.crm.dynamics.com/', error: undefined },
  ];
  for (const c of UNQUOTED) {
    it(`reads unquoted parameters: ${c.name}`, () => {
      const e = extractEvidence(`HTTP/1.1 401 Unauthorized\n${c.header}`, { now: NOW });
      assert.equal(e.challenge?.error, c.error);
    });
  }

  it('reads a bare challenge (no error) as such', () => {
    const e = extractEvidence('401\nWWW-Authenticate: Bearer realm="", client_id="00000003-0000-0000-c000-000000000000"', { now: NOW });
    assert.equal(e.challenge?.error, undefined);
    assert.equal(e.challenge?.hasClaims, false);
  });
});
