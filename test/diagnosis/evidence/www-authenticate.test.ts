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

  it('reads a bare challenge (no error) as such', () => {
    const e = extractEvidence('401\nWWW-Authenticate: Bearer realm="", client_id="00000003-0000-0000-c000-000000000000"', { now: NOW });
    assert.equal(e.challenge?.error, undefined);
    assert.equal(e.challenge?.hasClaims, false);
  });
});
