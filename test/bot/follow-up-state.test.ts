import assert from 'node:assert/strict';
import { InvalidActionData, parseAction, STATE_VERSION } from '../../src/bot/follow-up-state.js';

const good = {
  v: STATE_VERSION,
  ranking: [{ id: 'permissions-missing', points: 3, strongest: 2.5 }, { id: 'user-access-or-license', points: 1, strongest: 1 }],
  current: 'permissions-missing',
  tried: [],
  answers: { 'sign-in-flow': 'app-only' },
  qc: { context: 'unknown', knowsAccount: false, hasToken: false },
  facts: { status: 403, code: 'Authorization_RequestDenied' },
};

describe('bot/follow-up-state', () => {
  it('accepts what the cards send', () => {
    const a = parseAction({ verb: 'next', state: good });
    assert.equal(a.verb, 'next');
    assert.equal(a.state?.current, 'permissions-missing');
  });

  const tampered: [string, unknown][] = [
    ['no data', undefined],
    ['an unknown verb', { verb: 'delete-tenant' }],
    ['a wrong version', { verb: 'next', state: { ...good, v: 99 } }],
    ['an unknown cause', { verb: 'next', state: { ...good, current: 'rm -rf' } }],
    ['an unknown cause in the ranking', { verb: 'next', state: { ...good, ranking: [{ id: 'x', points: 1, strongest: 1 }] } }],
    ['non-numeric points', { verb: 'next', state: { ...good, ranking: [{ id: 'token-invalid', points: '1e999', strongest: 1 }] } }],
    ['an infinite score', { verb: 'next', state: { ...good, ranking: [{ id: 'token-invalid', points: 1e308 * 10, strongest: 1 }] } }],
    ['an unknown answer', { verb: 'next', state: { ...good, answers: { 'sign-in-flow': 'maybe' } } }],
    ['an unknown question', { verb: 'next', state: { ...good, answers: { 'favourite-colour': 'blue' } } }],
    ['an oversized fact', { verb: 'next', state: { ...good, facts: { message: 'x'.repeat(5000) } } }],
    ['a huge ranking', { verb: 'next', state: { ...good, ranking: Array.from({ length: 50 }, () => good.ranking[0]) } }],
    ['a prototype-polluting key', JSON.parse('{"verb":"next","state":{"v":1,"__proto__":{"admin":true}}}')],
    ['an array instead of an object', ['next']],
  ];
  for (const [name, data] of tampered) {
    it(`rejects ${name}`, () => {
      assert.throws(() => parseAction(data), InvalidActionData);
      assert.equal(({} as Record<string, unknown>).admin, undefined);
    });
  }
});
