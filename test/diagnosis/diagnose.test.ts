import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { isVerdictId } from '../../src/diagnosis/cause.js';
import { appOnly, mintToken, NOW } from '../helpers/tokens.js';

describe('diagnosis/diagnose', () => {
  it('reads a token pasted over lines whole, even where a line starts lower-case as prose would', async () => {
    const jwt = await mintToken(appOnly(['Mail.Read']));
    // A wrap width at which some continuation line starts with a lower-case letter.
    const lines = (w: number): string[] => jwt.match(new RegExp(`.{1,${w}}`, 'g')) ?? [];
    const width = [60, 64, 68, 72, 76, 80, 84, 88].find((w) => lines(w).slice(1).some((l) => /^[a-z]/.test(l)));
    assert.ok(width, 'the token has a line that starts lower-case at some width');
    const paste = `TOKEN = """${lines(width).join('\n')}"""\nGET https://graph.microsoft.com/v1.0/me returns 403`;
    const d = diagnose(paste, { now: NOW });
    assert.equal(d.tokens[0]?.form, 'jwt', 'the whole token is decoded');
    assert.equal(d.tokens[0]?.kind, 'app-only');
  });

  it('names the missing permission for GET /users with a User.Read token', async () => {
    const token = await mintToken({ claims: { scp: 'User.Read', idtyp: 'user' } });
    const d = diagnose(`GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer ${token}\n403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}`, { now: NOW });
    assert.equal(d.causes[0]?.id, 'permissions-missing');
    assert.equal(d.confident, true);
    assert.equal(d.insight?.verdict, 'missing');
    assert.match(d.insight?.message ?? '', /User\.Read\b.*GET \/users needs User\.ReadBasic\.All \(delegated\) or User\.ReadBasic\.All \(application\)/);
    assert.match(d.insight?.message ?? '', /User\.Read\.All/);
    assert.equal(d.facts.permission?.needed, 'User.ReadBasic.All');
  });

  it('reads an old pasted token for its audience, not for an expiry the paste cannot date', async () => {
    // Issued and expired days before "now", and the paste gives no time of the error.
    const token = await mintToken({ claims: { aud: 'https://outlook.office.com', scp: 'Mail.Read', idtyp: 'user' }, issuedAt: -300000, lifetime: 4800 });
    const d = diagnose(`GET https://graph.microsoft.com/v1.0/me/messages\nAuthorization: Bearer ${token}\n401 Unauthorized`, { now: NOW });
    assert.equal(d.causes[0]?.id, 'wrong-audience');
    assert.ok(!d.causes.some((c) => c.evidence.some((x) => /^The pasted token expired:/.test(x))));
  });

  it('says when an endpoint has no application permission at all', async () => {
    const token = await mintToken(appOnly(['User.Read.All']));
    const d = diagnose(`GET https://graph.microsoft.com/v1.0/me\nAuthorization: Bearer ${token}\n400 BadRequest`, { now: NOW });
    assert.equal(d.insight?.verdict, 'no-scheme-for-token');
    assert.match(d.insight?.message ?? '', /no application permission/);
    assert.equal(d.causes[0]?.id, 'permission-type-mismatch');
  });

  it('reports the facts of the contract: status, codes, request-id, date, method, url and redacted claims', async () => {
    const token = await mintToken({ claims: { scp: 'User.Read', idtyp: 'user', upn: 'ada@contoso.example' } });
    const d = diagnose(`PATCH https://graph.microsoft.com/v1.0/users/u1\nAuthorization: Bearer ${token}\nHTTP/1.1 403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2026-11-24T11:00:00","request-id":"12345678-1234-4234-8234-123456789abc"}}}`, { now: NOW });
    assert.equal(d.facts.status, 403);
    assert.deepEqual(d.facts.codes, ['Authorization_RequestDenied']);
    assert.equal(d.facts.requestId, '12345678-1234-4234-8234-123456789abc');
    assert.equal(d.facts.date, '2026-11-24T11:00:00');
    assert.equal(d.facts.method, 'PATCH');
    assert.equal(d.facts.url, 'https://graph.microsoft.com/v1.0/users/u1');
    assert.equal(d.facts.token?.claims.scp, 'User.Read');
    assert.doesNotMatch(JSON.stringify(d.facts), /ada@contoso/);
  });

  // A token refused and a call denied, both current: each is answered alone, the two together are asked about.
  const expired = '{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}';
  const denied = '{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}';
  const failures: [string, string, boolean][] = [
    ['an expired token alone', `ERR status=401 ${expired}`, true],
    ['the expired token and a denial alternating in one log', `ERR status=401 ${expired}\nERR status=403 ${denied}\nERR status=403 ${denied}\nERR status=401 ${expired}`, false],
    ['the expired token told as fixed before the denial of now', `Last week we fixed the 401 InvalidAuthenticationToken by renewing the secret.\nNow GET https://graph.microsoft.com/v1.0/groups returns 403 ${denied}\nToken roles: ["User.Read.All"] (client credentials).`, true],
  ];
  for (const [name, paste, confident] of failures) {
    it(`${confident ? 'answers' : 'asks about'} ${name}`, () => assert.equal(diagnose(paste, { now: NOW }).confident, confident));
  }

  it('asks instead of guessing on a bare 403, and always shows runners-up, each with a reason', () => {
    const d = diagnose('403 Forbidden', { now: NOW });
    assert.equal(d.confident, false);
    assert.ok(d.causes.length >= 3);
    assert.ok(d.questions.length > 0);
    for (const c of d.causes) assert.ok(c.evidence.length > 0 && c.evidence.every((x) => x.length > 10), c.id);
  });

  it('answers move the ranking: an app-only flow makes a permission-type mismatch more likely', () => {
    const paste = '403 {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}';
    const before = diagnose(paste, { now: NOW });
    const after = diagnose(paste, { now: NOW, answers: { 'sign-in-flow': 'app-only', 'permission-type': 'delegated' } });
    const rank = (d: typeof before, id: string) => d.causes.findIndex((c) => c.id === id);
    assert.ok(rank(after, 'permission-type-mismatch') < rank(before, 'permission-type-mismatch') || rank(before, 'permission-type-mismatch') === -1);
    assert.equal(after.causes[0]?.id, 'permission-type-mismatch');
    assert.equal(after.confident, true);
  });

  // An API's bearer errors (RFC 6750 §3.1) carry their own status when none is pasted.
  it("reads an API's insufficient_scope as a scope the token lacks", () => {
    const d = diagnose('Sync job log: GET https://graph.microsoft.com/v1.0/groups failed. error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token."', { now: NOW });
    assert.equal(d.causes[0]?.id, 'permissions-missing');
    assert.ok(d.causes[0]?.evidence.some((x) => x.startsWith('insufficient_scope:')), d.causes[0]?.evidence.join(' | '));
  });
  it("lists the 401 causes beside an API's invalid_token, not the token endpoint's", () => {
    const d = diagnose('fetch failed: {"error":"invalid_token","error_description":"The access token is invalid."} when calling my API with the token from acquireTokenSilent', { now: NOW });
    assert.deepEqual(d.causes.slice(0, 3).map((c) => c.id), ['token-invalid', 'wrong-audience', 'conditional-access']);
  });

  it('says nothing is there when the paste holds no error', () => {
    assert.equal(diagnose('hello, how are you?', { now: NOW }).empty, true);
  });

  it('reads a 1 MB paste partly and says so', () => {
    const d = diagnose(`${'{"a":'.repeat(1000)}\n403 Authorization_RequestDenied\n${'x'.repeat(1024 * 1024)}`, { now: NOW });
    assert.ok(d.notes.some((n) => /first 64 KB/.test(n)));
    assert.equal(d.facts.truncated, true);
  });

  describe('property: always returns a well-formed diagnosis, never throws', () => {
    const adversarial = fc.constantFrom(
      'a'.repeat(70000),
      'eyJ'.repeat(20000),
      `${'eyJhbGciOiJSUzI1NiJ9.'.repeat(3000)}`,
      '\\"'.repeat(30000),
      '<div>'.repeat(15000),
      '&amp;'.repeat(15000),
      'Bearer '.repeat(10000),
      `${'{"error":'.repeat(5000)}${'}'.repeat(5000)}`,
      'GET /'.repeat(12000),
      'www-authenticate: Bearer claims="'.repeat(1000),
      'code: '.repeat(12000),
      ' 403 '.repeat(12000),
      'status'.repeat(12000),
      '\u202e\u0301\u{1F600}'.repeat(10000),
      '\uD800'.repeat(1000),
    );
    it('for random and adversarial strings', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), adversarial, fc.json({ maxDepth: 12 })), (paste) => {
          const d = diagnose(paste, { now: NOW });
          assert.ok(Array.isArray(d.causes));
          for (const c of d.causes) {
            assert.ok(isVerdictId(c.id));
            assert.ok(c.score >= 0 && c.score <= 1);
          }
          assert.equal(typeof d.confident, 'boolean');
        }),
        { numRuns: 300 },
      );
    });
  });
});
