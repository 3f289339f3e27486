/** Ranking: what fills the three slots when the text gives nothing, ties, and when the leader is clear enough to answer. */
import assert from 'node:assert/strict';
import { impliedStatus, isConfident, rankPoints, type Ranked } from '../../src/diagnosis/rank.js';
import type { VerdictId } from '../../src/diagnosis/cause.js';
import { verdicts } from '../../src/diagnosis/causes/index.js';

const order = verdicts.map((v) => v.id);
const none = new Map<VerdictId, number>();

const priors: { name: string; status: number | undefined; first3: VerdictId[] }[] = [
  { name: 'no status: causes that seldom show themselves', status: undefined, first3: ['permissions-missing', 'permission-type-mismatch', 'user-access-or-license'] },
  { name: '401: token, audience, policy', status: 401, first3: ['token-invalid', 'wrong-audience', 'conditional-access'] },
  { name: '403: permission, type, user', status: 403, first3: ['permissions-missing', 'permission-type-mismatch', 'user-access-or-license'] },
];

describe('diagnosis/rank', () => {
  for (const t of priors) {
    it(`with nothing in the text, lists ${t.name}`, () => {
      assert.deepEqual(rankPoints(none, none, t.status, order).map((r) => r.id), t.first3);
    });
  }
  // Without a pasted status, the error names imply one: an API's bearer errors go with their own
  // status (RFC 6750 §3.1), the token endpoint's with 400.
  const implied: { name: string; codes: string[]; oauth: string[]; status: number | undefined }[] = [
    { name: "an API's invalid_token: 401", codes: [], oauth: ['invalid_token'], status: 401 },
    { name: "an API's insufficient_scope: 403", codes: [], oauth: ['insufficient_scope'], status: 403 },
    { name: "the token endpoint's invalid_grant: 400", codes: [], oauth: ['invalid_grant'], status: 400 },
    { name: 'Authorization_RequestDenied: 403', codes: ['authorization_requestdenied'], oauth: [], status: 403 },
    { name: 'nothing named: no status', codes: [], oauth: [], status: undefined },
  ];
  for (const t of implied) {
    it(`implies the status of ${t.name}`, () => {
      assert.equal(impliedStatus(undefined, new Set(t.codes), t.oauth), t.status);
    });
  }
  it('keeps a pasted status over what the error names imply', () => {
    assert.equal(impliedStatus(400, new Set(), ['invalid_token']), 400);
  });

  it('puts a cause with points before every prior', () => {
    const points = new Map<VerdictId, number>([['wrong-audience', 0.5]]);
    assert.equal(rankPoints(points, points, 403, order)[0]?.id, 'wrong-audience');
  });

  // A 401 whose paste mentions licenses in passing (a tie-breaker word): token-invalid leads on a
  // real reason; the status's usual runner-up, wrong-audience, comes before the cause that has
  // nothing but a subject word.
  it("puts the status's usual causes behind the leader ahead of a cause with only a tie-breaker word", () => {
    const points = new Map<VerdictId, number>([['token-invalid', 4], ['user-access-or-license', 1]]);
    const strongest = new Map<VerdictId, number>([['token-invalid', 4], ['user-access-or-license', 0.5]]);
    assert.deepEqual(rankPoints(points, strongest, 401, order).slice(0, 3).map((r) => r.id), ['token-invalid', 'wrong-audience', 'user-access-or-license']);
  });

  it('keeps a usual cause the text speaks against behind a cause with a subject word', () => {
    const points = new Map<VerdictId, number>([['token-invalid', 4], ['wrong-audience', -2], ['user-access-or-license', 0.5]]);
    const strongest = new Map<VerdictId, number>([['token-invalid', 4], ['wrong-audience', 0.5], ['user-access-or-license', 0.5]]);
    const ids = rankPoints(points, strongest, 401, order).map((r) => r.id);
    assert.ok(ids.indexOf('user-access-or-license') < ids.indexOf('wrong-audience'), ids.join(', '));
  });

  it('still lets a runner-up with a real reason come before the status priors', () => {
    const points = new Map<VerdictId, number>([['token-invalid', 4], ['user-access-or-license', 1]]);
    const strongest = new Map<VerdictId, number>([['token-invalid', 4], ['user-access-or-license', 1]]);
    assert.deepEqual(rankPoints(points, strongest, 401, order).slice(0, 2).map((r) => r.id), ['token-invalid', 'user-access-or-license']);
  });

  const leader = (points: number, strongest: number): Ranked => ({ id: 'user-access-or-license', points, score: 0, strongest });
  const runnerUp: Ranked = { id: 'permissions-missing', points: 0.8, score: 0, strongest: 0.8 };
  const confidence: { name: string; top: Ranked; confident: boolean }[] = [
    { name: 'a decisive reason alone', top: leader(7, 7), confident: true },
    { name: 'a strong reason alone (a strong code row or phrase): it leads, but asks', top: leader(5, 5), confident: false },
    { name: 'a strong reason with another beside it', top: leader(7.5, 5), confident: true },
    { name: 'hints adding up without one strong reason', top: leader(8, 3), confident: false },
  ];
  for (const c of confidence) {
    it(`${c.confident ? 'answers' : 'still asks'} on ${c.name}`, () => {
      assert.equal(isConfident([c.top, runnerUp]), c.confident);
    });
  }
});
