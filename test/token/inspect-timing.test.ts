/**
 * A token is judged at the moment the pasted error happened, when the paste says when that was;
 * absent claims are reported as absent; a claims challenge is not taken for a damaged token.
 */
import assert from 'node:assert/strict';
import { findTokens } from '../../src/token/find.js';
import { inspectToken, type TokenReport } from '../../src/token/inspect.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { delegated, mintToken, NOW, NOW_S, type TokenOptions } from '../helpers/tokens.js';

async function inspectAt(options: TokenOptions, errorTime?: Date): Promise<TokenReport> {
  const [candidate] = findTokens(await mintToken(options));
  assert.ok(candidate, 'token not found');
  return inspectToken(candidate, { now: NOW, errorTime });
}

function lifetime(r: TokenReport) {
  const c = r.checks.find((x) => x.id === 'lifetime');
  assert.ok(c, 'no lifetime check');
  return c;
}

/** Seconds relative to NOW as a Date. */
function at(offset: number): Date {
  return new Date((NOW_S + offset) * 1000);
}

describe('token/inspect at the error\'s time', () => {
  const rows: { name: string; options: TokenOptions; errorAt?: number; verdict: string; expired: boolean; notYetValid: boolean; says: RegExp }[] = [
    // Issued 3 h ago, lived 1 h: expired now, but the error happened 2 h 30 min ago, inside its life.
    { name: 'valid when the call failed though expired now', options: { ...delegated('User.Read'), issuedAt: -10800, lifetime: 3600 }, errorAt: -9000, verdict: 'info', expired: false, notYetValid: false, says: /Valid when the call failed .*expired since/ },
    { name: 'already expired when the call failed', options: { ...delegated('User.Read'), issuedAt: -10800, lifetime: 3600 }, errorAt: -3600, verdict: 'fail', expired: true, notYetValid: false, says: /Had already expired when the call failed \(2026-11-24T11:00:00Z\)/ },
    { name: 'valid then and now', options: { ...delegated('User.Read'), issuedAt: -600, lifetime: 3600 }, errorAt: -60, verdict: 'ok', expired: false, notYetValid: false, says: /Valid when the call failed .* still valid now/ },
    { name: 'not valid yet when the call failed, valid now', options: { ...delegated('User.Read'), issuedAt: -600, lifetime: 3600, claims: { ...delegated('User.Read').claims, iat: NOW_S - 1200 } }, errorAt: -1000, verdict: 'fail', expired: false, notYetValid: true, says: /not valid yet when the call failed.*\(it is valid now\)/ },
    { name: 'an error older than the token (not this token\'s error): judged now', options: { ...delegated('User.Read'), issuedAt: -600, lifetime: 3600 }, errorAt: -86400, verdict: 'ok', expired: false, notYetValid: false, says: /after the error's time .* not the token of that call/ },
    { name: 'no error time: judged now, as before', options: { ...delegated('User.Read'), issuedAt: -10800, lifetime: 3600 }, verdict: 'fail', expired: true, notYetValid: false, says: /^Expired 2 h 0 min ago/ },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const r = await inspectAt(row.options, row.errorAt === undefined ? undefined : at(row.errorAt));
      assert.equal(lifetime(r).verdict, row.verdict, lifetime(r).reason);
      assert.equal(r.expired, row.expired);
      assert.equal(r.notYetValid, row.notYetValid);
      assert.match(lifetime(r).reason, row.says);
    });
  }

  const pastes: { name: string; wrap: (token: string) => string; expired: boolean }[] = [
    { name: 'a Graph innerError date', wrap: (t) => `Authorization: Bearer ${t}\n{"error":{"code":"Authorization_RequestDenied","innerError":{"date":"2026-11-24T09:30:00","request-id":"3d0ad6f4-8d0e-4c56-9e7a-6a1f0f8b2c11"}}}`, expired: false },
    { name: 'an AADSTS Timestamp', wrap: (t) => `AADSTS50076: Due to a configuration change … Trace ID: 1b2c3d4e-0000-4000-8000-000000000001 Correlation ID: 5f6a7b8c-0000-4000-8000-000000000002 Timestamp: 2026-11-24 09:30:00Z\n${t}`, expired: false },
    { name: 'an HTTP Date header', wrap: (t) => `HTTP/1.1 403 Forbidden\nDate: Tue, 24 Nov 2026 09:30:00 GMT\nAuthorization: Bearer ${t}`, expired: false },
    { name: 'no date at all', wrap: (t) => `403 Forbidden Authorization: Bearer ${t}`, expired: true },
  ];
  for (const p of pastes) {
    it(`reads the error's time from ${p.name}`, async () => {
      // Issued 08:00 (4 h before NOW), valid 2 h: alive at 09:30, expired at NOW (12:00).
      const token = await mintToken({ ...delegated('User.Read'), issuedAt: -14400, lifetime: 7200 });
      const d = diagnose(p.wrap(token), { now: NOW });
      assert.equal(d.tokens[0]?.expired, p.expired, d.tokens[0]?.checks.find((c) => c.id === 'lifetime')?.reason);
    });
  }
});

describe('token/inspect: claims that are absent or not a token at all', () => {
  const wids: { name: string; extra: Record<string, unknown>; says: RegExp }[] = [
    { name: 'wids absent', extra: { wids: undefined }, says: /^No wids claim/ },
    { name: 'only the default member role', extra: { wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'] }, says: /holds no administrator role/ },
    { name: 'User Administrator', extra: { wids: ['fe930be7-5e62-47db-91af-98c3a49a38b1', 'b79fbf4d-3ef9-4689-8143-76b194e85509'] }, says: /holds: User Administrator/ },
    { name: 'a role id the table does not know', extra: { wids: ['00000000-1111-4222-8333-444444444444'] }, says: /cannot name/ },
  ];
  for (const row of wids) {
    it(`reports ${row.name}`, async () => {
      const r = await inspectAt(delegated('User.Read', row.extra));
      const c = r.checks.find((x) => x.id === 'admin-roles');
      assert.match(c?.reason ?? '', row.says);
    });
  }

  it('recognises a claims challenge value as a claims challenge, not a damaged token', () => {
    const claims = Buffer.from('{"access_token":{"nbf":{"essential":true,"value":"1764000000"}}}').toString('base64');
    const d = diagnose(`HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="${claims}"`, { now: NOW });
    assert.equal(d.tokens.length, 0, 'the claims value is not listed as a pasted token');
    assert.equal(d.causes[0]?.id, 'conditional-access');
    assert.ok(!d.causes.find((c) => c.id === 'token-invalid')?.evidence.some((e) => /damaged/.test(e)), 'no "damaged token" evidence');
    const [candidate] = findTokens(claims.replace(/=+$/, ''));
    assert.ok(candidate);
    assert.equal(inspectToken(candidate, { now: NOW }).form, 'claims-request');
  });
});
