/** A reading several signals ask for is done once per paste, undefined results included. */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { oncePerPaste } from '../../src/diagnosis/once-per-paste.js';

const now = new Date('2026-11-24T12:00:00Z');

describe('diagnosis/once-per-paste', () => {
  it('reads each paste once, and each new paste again', () => {
    let reads = 0;
    const read = oncePerPaste((e) => {
      reads++;
      return e.lower.includes('forbidden') ? 'denied' : undefined;
    });
    const a = extractEvidence('403 Forbidden', { now });
    const b = extractEvidence('all fine', { now });
    assert.equal(read(a), 'denied');
    assert.equal(read(a), 'denied');
    assert.equal(read(b), undefined);
    assert.equal(read(b), undefined);
    assert.equal(reads, 2);
  });
});
