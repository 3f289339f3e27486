import assert from 'node:assert/strict';
import { QUESTIONS, pickQuestions, contextAfter } from '../../src/diagnosis/questions.js';
import { isVerdictId } from '../../src/diagnosis/cause.js';

describe('diagnosis/questions', () => {
  it('every question has distinct choices whose effects name real causes', () => {
    const ids = QUESTIONS.map((q) => q.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const q of QUESTIONS) {
      assert.ok(q.choices.length >= 2);
      assert.equal(new Set(q.choices.map((c) => c.value)).size, q.choices.length);
      for (const c of q.choices) {
        for (const ctx of ['app-only', 'delegated', 'unknown', 'mixed'] as const) {
          const eff = typeof c.effects === 'function' ? c.effects(ctx) : c.effects;
          for (const id of Object.keys(eff)) assert.ok(isVerdictId(id), `${q.id}/${c.value}: ${id}`);
        }
      }
    }
  });

  const picks: { name: string; candidates: string[]; context: 'app-only' | 'delegated' | 'unknown'; first: string }[] = [
    { name: 'a permission-type question between type mismatch and missing permissions with a known flow', candidates: ['permissions-missing', 'permission-type-mismatch'], context: 'app-only', first: 'permission-type' },
    { name: 'the flow question when the flow is unknown and user access competes', candidates: ['permissions-missing', 'user-access-or-license', 'permission-type-mismatch'], context: 'unknown', first: 'sign-in-flow' },
    { name: 'the timing question for token problems vs audience', candidates: ['token-invalid', 'wrong-audience'], context: 'delegated', first: 'who-fails' },
  ];
  for (const p of picks) {
    it(`asks ${p.name}`, () => {
      const [q] = pickQuestions(p.candidates as never, { context: p.context, knowsAccount: false, hasToken: false }, {});
      assert.equal(q?.id, p.first);
    });
  }

  it('never asks an answered question again, nor the flow once the token shows it', () => {
    const qs = pickQuestions(['permissions-missing', 'permission-type-mismatch', 'user-access-or-license'] as never, { context: 'app-only', knowsAccount: true, hasToken: true }, { 'permission-type': 'delegated' });
    assert.ok(!qs.some((q) => q.id === 'permission-type' || q.id === 'sign-in-flow' || q.id === 'graph-explorer'));
  });

  it('an answer about the flow settles an unknown context', () => {
    assert.equal(contextAfter('unknown', { 'sign-in-flow': 'app-only' }), 'app-only');
    assert.equal(contextAfter('delegated', { 'sign-in-flow': 'app-only' }), 'delegated');
  });
});
