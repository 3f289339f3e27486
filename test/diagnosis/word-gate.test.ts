/**
 * The word gate may skip a pattern only where it cannot match. Checked for every pattern the
 * engine declares, on every paste of the project's corpus: a pattern that matches a paste always
 * finds one of its words in it. Only pattern ids and case ids are reported, never case text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../src/diagnosis/diagnose.js';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { gated, gatedPatterns, gateWords, mayMatch, testIn } from '../../src/diagnosis/word-gate.js';
import { ROOT } from '../helpers/project.js';

const CORPUS_DIR = join(ROOT, 'test', 'corpus');

function corpusTexts(): { id: string; text: string }[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(CORPUS_DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string }),
    );
}

describe('diagnosis/word-gate', () => {
  const pattern = gated(/\bforbidden for (?:guests|external members)\b/);

  it('declares a pattern with the words it cannot match without', () => {
    assert.deepEqual([...(gateWords(pattern) ?? [])].sort(), ['forbidden for external members', 'forbidden for guests']);
  });

  const cases: { name: string; text: string; may: boolean; matches: boolean }[] = [
    { name: 'a paste without the words: skipped', text: 'the call is forbidden for everyone', may: false, matches: false },
    { name: 'a paste with one of the words: run', text: 'it is forbidden for guests only', may: true, matches: true },
    { name: 'the words inside a longer word still open the gate (the pattern decides)', text: 'forbidden for guestsxyz', may: true, matches: false },
  ];
  for (const c of cases) {
    it(`gates ${c.name}`, () => {
      const e = extractEvidence(c.text, { now: new Date('2026-12-01T00:00:00Z') });
      assert.equal(mayMatch(pattern, e.has), c.may);
      assert.equal(testIn(pattern, e), c.matches);
    });
  }

  it('runs a pattern declared after the paste was read (its words were not looked for)', () => {
    const e = extractEvidence('the request was throttled by the late gate', { now: new Date('2026-12-01T00:00:00Z') });
    const late = gated(/\blate gate\b/);
    assert.equal(mayMatch(late, e.has), true);
    assert.equal(testIn(late, e), true);
  });

  it('always runs a pattern that was never declared', () => {
    assert.equal(mayMatch(/zzz never declared/, () => false), true);
  });

  it('the engine declares patterns, and each one that matches a corpus paste finds one of its words there', () => {
    const patterns = gatedPatterns();
    assert.ok(patterns.length >= 50, `only ${patterns.length} patterns declared`);
    const misses: string[] = [];
    for (const { id, text } of corpusTexts()) {
      const lower = extractEvidence(text, { now: new Date('2026-12-01T00:00:00Z') }).lower;
      patterns.forEach((p, i) => {
        p.lastIndex = 0;
        if (!p.test(lower)) return;
        if (!(gateWords(p) ?? []).some((w) => lower.includes(w))) misses.push(`pattern #${i} on ${id}`);
      });
    }
    assert.deepEqual(misses, []);
  });
});
