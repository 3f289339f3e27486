/** Ranking: what fills the three slots when the text gives nothing, and ties. */
import assert from 'node:assert/strict';
import { rankPoints } from '../../src/diagnosis/rank.js';
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
});
