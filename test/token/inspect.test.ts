import assert from 'node:assert/strict';
import { findTokens } from '../../src/token/find.js';
import { inspectToken, type TokenReport } from '../../src/token/inspect.js';
import { appOnly, delegated, mintToken, NOW, payloadOf, type TokenOptions } from '../helpers/tokens.js';

async function inspect(options: TokenOptions, transform: (t: string) => string = (t) => t): Promise<TokenReport> {
  const token = await mintToken(options);
  const [candidate] = findTokens(transform(token));
  assert.ok(candidate, 'token not found');
  return inspectToken(candidate, { now: NOW });
}

function check(r: TokenReport, id: string) {
  const c = r.checks.find((x) => x.id === id);
  assert.ok(c, `no ${id} check`);
  return c;
}

describe('token/inspect', () => {
  const lifetimes: { name: string; options: TokenOptions; verdict: string; expired: boolean; notYetValid: boolean }[] = [
    { name: 'valid now', options: { ...delegated('User.Read'), issuedAt: -600, lifetime: 3600 }, verdict: 'ok', expired: false, notYetValid: false },
    { name: 'expired four hours ago', options: { ...delegated('User.Read'), issuedAt: -20000, lifetime: 4800 }, verdict: 'fail', expired: true, notYetValid: false },
    { name: 'expired a minute ago (inside the skew)', options: { ...delegated('User.Read'), issuedAt: -3660, lifetime: 3600 }, verdict: 'warn', expired: false, notYetValid: false },
    { name: 'not valid for another 20 minutes', options: { ...delegated('User.Read'), issuedAt: 1200, lifetime: 3600 }, verdict: 'fail', expired: false, notYetValid: true },
    // Longer ago than any access token lives (28 hours), with no time of the error: the paste is old, not the token's expiry the cause.
    { name: 'expired three days ago, in a paste that does not say when it failed', options: { ...delegated('User.Read'), issuedAt: -264000, lifetime: 4800 }, verdict: 'warn', expired: false, notYetValid: false },
  ];
  for (const c of lifetimes) {
    it(`judges the lifetime of a token ${c.name}`, async () => {
      const r = await inspect(c.options);
      assert.equal(check(r, 'lifetime').verdict, c.verdict);
      assert.equal(r.expired, c.expired);
      assert.equal(r.notYetValid, c.notYetValid);
      assert.equal(r.expiredLongAgo, c.name.startsWith('expired three days ago'));
    });
  }

  const audiences: { aud: string; kind: string; verdict: string }[] = [
    { aud: 'https://graph.microsoft.com', kind: 'microsoft-graph', verdict: 'ok' },
    { aud: '00000003-0000-0000-c000-000000000000', kind: 'microsoft-graph', verdict: 'ok' },
    { aud: 'https://graph.windows.net', kind: 'azure-ad-graph', verdict: 'fail' },
    { aud: 'https://outlook.office.com', kind: 'exchange-outlook', verdict: 'fail' },
    { aud: 'https://fabrikam.sharepoint.com', kind: 'sharepoint', verdict: 'fail' },
    { aud: 'https://management.azure.com/', kind: 'azure-management', verdict: 'fail' },
    { aud: 'api://orders-api', kind: 'own-api', verdict: 'fail' },
  ];
  for (const c of audiences) {
    it(`classifies aud ${c.aud} as ${c.kind}`, async () => {
      const r = await inspect({ claims: { ...delegated('User.Read').claims, aud: c.aud } });
      assert.equal(r.audience?.kind, c.kind);
      assert.equal(check(r, 'audience').verdict, c.verdict);
    });
  }

  it('tells delegated, app-only and permission-less tokens apart', async () => {
    assert.equal((await inspect(delegated('Mail.Read User.Read'))).kind, 'delegated');
    const app = await inspect(appOnly(['Mail.Send']));
    assert.equal(app.kind, 'app-only');
    assert.deepEqual(app.permissions, ['Mail.Send']);
    const none = await inspect(appOnly(undefined));
    assert.equal(check(none, 'token-type').verdict, 'fail');
  });

  it('flags a personal Microsoft account token', async () => {
    const r = await inspect({ claims: { ...delegated('User.Read').claims, tid: '9188040d-6c67-4c5b-b112-36a304b66dad' } });
    assert.equal(r.personalAccount, true);
    assert.equal(check(r, 'tenant').verdict, 'fail');
  });

  it('flags a guest and names admin roles', async () => {
    const guest = await inspect(delegated('User.Read', { acct: 1 }));
    assert.equal(guest.guest, true);
    const admin = await inspect(delegated('User.Read', { wids: ['62e90394-69f5-4237-9190-012177145e10'] }));
    assert.deepEqual(admin.adminRoles, ['Global Administrator']);
  });

  it('recognises an ID token sent instead of an access token', async () => {
    const r = await inspect({ claims: { aud: APP_ID, nonce: 'n-123', preferred_username: 'ada@contoso.example', ver: '2.0' } });
    assert.equal(r.idToken, true);
    assert.equal(check(r, 'audience').verdict, 'fail');
  });

  it('decodes the payload segment alone', async () => {
    const r = await inspect(appOnly(['User.Read.All']), payloadOf);
    assert.equal(r.form, 'payload-only');
    assert.equal(r.kind, 'app-only');
  });

  it('reads xms_cc and never keeps personal claims', async () => {
    const r = await inspect(delegated('User.Read', { xms_cc: ['cp1'] }));
    assert.match(check(r, 'claims-challenge').reason, /cp1/);
    const shown = JSON.stringify(r);
    assert.doesNotMatch(shown, /ada@contoso|Ada Lovelace/);
  });

  it('explains an encrypted, an opaque and a damaged token, each differently', async () => {
    const token = await mintToken(delegated('User.Read'));
    const reports = [`${token}.eyJhIjoiYiJ9.xx`, 'Authorization: Bearer EwBwA8l6BAAURSN/FHlDW5xN74t6GzbtsBBeBUYAAZVu0i3xdl8v', `${token.slice(0, 40)}.%%%.abc`, 'eyJhbGciOiJub25lIn0.!!!notbase64!!!.x']
      .map((p) => findTokens(p)[0])
      .filter((c) => c !== undefined)
      .map((c) => inspectToken(c, { now: NOW }));
    const forms = reports.map((r) => r.form);
    assert.ok(forms.includes('encrypted'));
    assert.ok(forms.includes('opaque'));
    assert.ok(forms.includes('malformed'));
    const reasons = new Set(reports.map((r) => r.checks[0]?.reason));
    assert.equal(reasons.size, reports.length, 'each problem has its own message');
  });
});

const APP_ID = '99999999-8888-4777-8666-555555555555';
