/**
 * Meta-tests over the cause catalog (the typescript-eslint docs.test idea): every cause module
 * is registered once, its id is its file name, its wording and checks are complete, it has a
 * test file, and its card renders completely.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CAUSE_IDS } from '../../src/diagnosis/cause.js';
import { causes, verdicts } from '../../src/diagnosis/causes/index.js';
import { CardRenderer } from '../../src/cards/render.js';
import { causeData } from '../../src/bot/present.js';
import { STATE_VERSION, type FollowUpState } from '../../src/bot/follow-up-state.js';
import { ROOT } from '../helpers/project.js';

const causeFiles = readdirSync(join(ROOT, 'src', 'diagnosis', 'causes'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('cause catalog', () => {
  it('registers every cause module exactly once, and nothing else', () => {
    assert.deepEqual([...verdicts.map((v) => v.id)].sort(), causeFiles);
    assert.equal(new Set(verdicts.map((v) => v.id)).size, verdicts.length);
  });

  it('has exactly the eight cause ids of the design, plus not-authorization', () => {
    assert.deepEqual([...causes.map((c) => c.id)].sort(), [...CAUSE_IDS].sort());
    assert.ok(verdicts.some((v) => v.id === 'not-authorization'));
  });

  for (const v of verdicts) {
    describe(v.id, () => {
      it('has a test file of its own', () => {
        assert.ok(existsSync(join(ROOT, 'test', 'diagnosis', 'causes', `${v.id}.test.ts`)));
      });
      it('has complete wording and a learn.microsoft.com link', () => {
        for (const key of ['title', 'what', 'why', 'fix'] as const) assert.ok(v.wording[key].trim().length > 10, key);
        assert.ok(v.wording.title.length <= 80, 'title fits a card header');
        assert.match(v.wording.learnMore.url, /^https:\/\/learn\.microsoft\.com\//);
        assert.notEqual(v.wording.fix, v.wording.what);
      });
      it('has signals with unique ids, and at least one that decides on its own', () => {
        const ids = v.signals.map((s) => s.id);
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(v.signals.some((s) => s.weight >= 4), 'a decisive signal');
      });
      if (v.id !== 'not-authorization') {
        it('walks through at least three checks, each verifiable and with a fix', () => {
          assert.ok(v.checks.length >= 3);
          for (const c of v.checks) {
            assert.ok(c.title && c.fix, c.title);
            assert.ok(c.verify.portal || c.verify.powershell || c.verify.cli || c.verify.claim, `${c.title}: how to verify`);
          }
        });
        it('renders its card with every binding resolved', () => {
          const state: FollowUpState = { v: STATE_VERSION, ranking: [{ id: v.id, points: 5, strongest: 5 }], tried: [], answers: {}, qc: { context: 'unknown', knowsAccount: false, hasToken: false }, facts: {}, history: [] };
          const card = new CardRenderer().card('cause', causeData(v.id, state, { group: false }));
          const json = JSON.stringify(card);
          assert.doesNotMatch(json, /\$\{/);
          assert.ok(json.includes(v.wording.title));
        });
      }
    });
  }
});
