/** Ranking: what fills the three slots when the text gives nothing, ties, and when the leader is clear enough to answer. */
import assert from 'node:assert/strict';
import { isConfident, rankPoints, type Ranked } from '../../src/diagnosis/rank.js';
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
  it('puts a cause with points before every prior', () => {
    const points = new Map<VerdictId, number>([['wrong-audience', 0.5]]);
    assert.equal(rankPoints(points, points, 403, order)[0]?.id, 'wrong-audience');
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
