import assert from 'node:assert/strict';
import { REQUEST_STATUSES, requestStatusIn } from '../../../src/diagnosis/knowledge/request-statuses.js';

describe('diagnosis/knowledge/request-statuses', () => {
  const cases: [readonly number[], number | undefined][] = [
    [[413], 413],
    [[200, 412], 412],
    [[409, 415], 409],
    // The statuses Graph also answers for a refused call are not in the table: they only break ties.
    [[400], undefined],
    [[404], undefined],
    [[500, 503], undefined],
    [[401, 403], undefined],
    [[429], undefined],
  ];
  for (const [statuses, want] of cases) {
    it(`reads [${statuses.join(', ')}] as ${want ?? 'none of them'}`, () => assert.equal(requestStatusIn(statuses)?.status, want));
  }
  it('says what each status means, in a sentence of its own', () => {
    for (const r of REQUEST_STATUSES) assert.ok(r.meaning.length > 20 && !/\b(?:permission|consent)\b/.test(r.meaning), String(r.status));
  });
});
