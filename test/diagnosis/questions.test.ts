import assert from 'node:assert/strict';
import { QUESTIONS, pickQuestions, contextAfter, type QuestionContext } from '../../src/diagnosis/questions.js';
import { isVerdictId, type VerdictId } from '../../src/diagnosis/cause.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';

const base: QuestionContext = { context: 'unknown', knowsAccount: false, hasToken: false };

describe('diagnosis/questions', () => {
  it('every question has distinct choices whose effects name real causes', () => {
    const ids = QUESTIONS.map((q) => q.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const q of QUESTIONS) {
      assert.ok(q.choices.length >= 2);
      assert.equal(new Set(q.choices.map((c) => c.value)).size, q.choices.length);
      for (const c of q.choices) {
        for (const ctx of ['app-only', 'delegated', 'unknown', 'mixed'] as const) {
          const eff = typeof c.effects === 'function' ? c.effects(ctx, { ...base, context: ctx, topics: [] }) : c.effects;
          for (const id of Object.keys(eff)) assert.ok(isVerdictId(id), `${q.id}/${c.value}: ${id}`);
        }
      }
    }
  });

  const picks: { name: string; candidates: VerdictId[]; qc: QuestionContext; first: string }[] = [
    { name: 'a permission-type question between type mismatch and missing permissions with a known flow', candidates: ['permissions-missing', 'permission-type-mismatch'], qc: { ...base, context: 'app-only', topics: [] }, first: 'permission-type' },
    { name: 'the flow question when the flow is unknown and user access competes', candidates: ['permissions-missing', 'user-access-or-license', 'permission-type-mismatch'], qc: base, first: 'sign-in-flow' },
    { name: 'which API the token was requested for, between token and audience problems without a token', candidates: ['token-invalid', 'wrong-audience'], qc: { ...base, context: 'delegated' }, first: 'token-audience' },
    { name: 'the timing question for token problems vs audience when the token is pasted', candidates: ['token-invalid', 'wrong-audience'], qc: { ...base, context: 'delegated', knowsAccount: true, hasToken: true }, first: 'who-fails' },
    { name: 'the account kind first when a work-only API meets a token problem', candidates: ['token-invalid', 'permissions-missing', 'wrong-audience'], qc: { ...base, context: 'delegated', topics: ['work-only-api', 'endpoint-known'] }, first: 'account-type' },
    { name: 'whether only this request fails when not-authorization leads on weak evidence', candidates: ['not-authorization', 'permissions-missing', 'token-invalid'], qc: { ...base, topics: ['weak-not-authorization'] }, first: 'only-this-request' },
    { name: "whose data, between user access and an Exchange policy, when the endpoint is unknown", candidates: ['user-access-or-license', 'odata-access-disabled'], qc: { ...base, context: 'delegated', knowsAccount: true, topics: ['mailbox', 'permission-type-known', 'consent-known'] }, first: 'whose-data' },
  ];
  for (const p of picks) {
    it(`asks ${p.name}`, () => {
      const [q] = pickQuestions(p.candidates, p.qc, {});
      assert.equal(q?.id, p.first);
    });
  }

  const neverAsked: { name: string; qc: QuestionContext; answers?: Record<string, string>; not: string[] }[] = [
    { name: 'an answered question, nor the flow once the token shows it', qc: { context: 'app-only', knowsAccount: true, hasToken: true }, answers: { 'permission-type': 'delegated' }, not: ['permission-type', 'sign-in-flow', 'graph-explorer'] },
    { name: 'the permission type when the paste names it', qc: { ...base, topics: ['permission-type-known'] }, not: ['permission-type'] },
    { name: 'about consent when the paste says it was granted', qc: { ...base, topics: ['consent-known'] }, not: ['consent'] },
    { name: 'whose data when the endpoint was read from the paste', qc: { ...base, topics: ['endpoint-known'] }, not: ['whose-data'] },
    { name: 'about Graph Explorer when the call is made in Graph Explorer', qc: { ...base, context: 'delegated', topics: ['graph-explorer'] }, not: ['graph-explorer'] },
    { name: 'the account kind when the paste shows it', qc: { ...base, context: 'delegated', knowsAccount: true }, not: ['account-type'] },
  ];
  for (const n of neverAsked) {
    it(`never asks ${n.name}`, () => {
      const all: VerdictId[] = ['permissions-missing', 'permission-type-mismatch', 'user-access-or-license', 'token-invalid', 'wrong-audience', 'odata-access-disabled'];
      const qs = pickQuestions(all, n.qc, n.answers ?? {});
      for (const id of n.not) assert.ok(!qs.some((q) => q.id === id), id);
    });
  }

  it('an answer about the flow settles an unknown context', () => {
    assert.equal(contextAfter('unknown', { 'sign-in-flow': 'app-only' }), 'app-only');
    assert.equal(contextAfter('delegated', { 'sign-in-flow': 'app-only' }), 'delegated');
  });

  const topical: { name: string; paste: string; answers: Record<string, string>; cause: VerdictId; moves: 'up' | 'not' }[] = [
    { name: 'an app-only answer lifts the password cause when the paste changes a password', paste: 'PATCH https://graph.microsoft.com/v1.0/users/{id} with passwordProfile returns 403 Authorization_RequestDenied', answers: { 'sign-in-flow': 'app-only' }, cause: 'password-reset-app-only', moves: 'up' },
    { name: 'an app-only answer leaves the password cause alone when no password is involved', paste: 'GET https://graph.microsoft.com/v1.0/groups returns 403 Authorization_RequestDenied', answers: { 'sign-in-flow': 'app-only' }, cause: 'password-reset-app-only', moves: 'not' },
    { name: '"only some mailboxes" lifts the Exchange policy when mail is involved', paste: 'Reading mail app-only: 403 ErrorAccessDenied "Access is denied. Check credentials and try again." with client credentials', answers: { 'who-fails': 'some-users' }, cause: 'odata-access-disabled', moves: 'up' },
    { name: '"only some users" does not lift the Exchange policy for a directory call', paste: 'GET https://graph.microsoft.com/v1.0/groups returns 403 Authorization_RequestDenied', answers: { 'who-fails': 'some-users' }, cause: 'odata-access-disabled', moves: 'not' },
  ];
  for (const t of topical) {
    it(t.name, () => {
      const before = diagnose(t.paste).causes.find((c) => c.id === t.cause)?.points ?? 0;
      const after = diagnose(t.paste, { answers: t.answers }).causes.find((c) => c.id === t.cause)?.points ?? 0;
      if (t.moves === 'up') assert.ok(after > before, `${before} -> ${after}`);
      else assert.equal(after, before);
    });
  }

  it('asks a real question when not-authorization leads on weak evidence', () => {
    const d = diagnose('The call returns HTTP 404 and nothing else.');
    assert.equal(d.causes[0]?.id, 'not-authorization');
    assert.equal(d.confident, false);
    assert.equal(d.questions[0]?.id, 'only-this-request');
  });
});
