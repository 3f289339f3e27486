import assert from 'node:assert/strict';
import { encodeState, InvalidActionData, parseAction, parseState, STATE_VERSION, type FollowUpState } from '../../src/bot/follow-up-state.js';

const state: FollowUpState = {
  v: STATE_VERSION,
  ranking: [
    { id: 'permissions-missing', points: 3.04, strongest: 2.5 },
    { id: 'user-access-or-license', points: -1, strongest: 1 },
  ],
  current: 'permissions-missing',
  tried: ['token-invalid'],
  answers: { 'sign-in-flow': 'app-only' },
  asking: 'consent',
  qc: { context: 'unknown', knowsAccount: false, hasToken: true, topics: ['mailbox', 'permission-type-known'] },
  facts: { status: 403, code: 'Authorization_RequestDenied', requestId: '0a1b2c3d-0000-4000-8000-000000000000', request: 'GET /v1.0/users' },
  history: [],
};
const good = encodeState(state);

describe('bot/follow-up-state', () => {
  it('round-trips through the compact wire form', () => {
    const back = parseState(JSON.parse(JSON.stringify(good)));
    assert.deepEqual(back.ranking.map((r) => r.id), ['permissions-missing', 'user-access-or-license']);
    assert.equal(back.ranking[0]?.points, 3);
    const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
    assert.deepEqual(plain({ ...back, ranking: [] }), plain({ ...state, ranking: [] }));
  });

  it('is small: a card carries it on every button', () => {
    assert.ok(JSON.stringify(good).length < 260, `${JSON.stringify(good).length} bytes`);
  });

  it('accepts what the cards send', () => {
    const a = parseAction({ verb: 'next', state: good });
    assert.equal(a.verb, 'next');
    assert.equal(a.state?.current, 'permissions-missing');
  });

  it('carries the ids, template and situations later commands need, and an empty situation list as known', () => {
    const facts = { appId: '0f1e2d3c-4b5a-4968-8776-655443322110', tenantId: 'aa11bb22-cc33-4d44-8e55-ff6677889900', userObjectId: '7c6b5a49-3827-4165-8a4b-3c2d1e0f9a8b', template: '/users/{id}', situations: ['selected-permission', 'app-only'] } as const;
    const back = parseState(JSON.parse(JSON.stringify(encodeState({ ...state, facts: { ...state.facts, ...facts } }))));
    assert.deepEqual({ appId: back.facts.appId, tenantId: back.facts.tenantId, userObjectId: back.facts.userObjectId, template: back.facts.template, situations: back.facts.situations }, facts);
    assert.deepEqual(parseState(JSON.parse(JSON.stringify(encodeState({ ...state, facts: { situations: [] } })))).facts.situations, []);
    assert.equal(parseState(good).facts.situations, undefined, 'a card from before: situations unknown');
  });

  it('carries what the paste was about, so later questions skip what it said; a card from before carries none', () => {
    assert.deepEqual(parseState(JSON.parse(JSON.stringify(good))).qc.topics, ['mailbox', 'permission-type-known']);
    assert.deepEqual(parseState(JSON.parse(JSON.stringify(encodeState({ ...state, qc: { ...state.qc, topics: [] } })))).qc.topics, [], 'known to be about nothing');
    const before: Record<string, unknown> = { ...good };
    delete before.k;
    assert.equal(parseState(before).qc.topics, undefined, 'unknown: answers keep their topic-independent effect');
  });

  const tampered: [string, unknown][] = [
    ['an unknown topic', { verb: 'next', state: { ...good, k: 'mz' } }],
    ['a repeated topic', { verb: 'next', state: { ...good, k: 'mm' } }],
    ['topics that are not a string', { verb: 'next', state: { ...good, k: ['mailbox'] } }],
    ['an app id that is not a GUID', { verb: 'next', state: { ...good, f: { a: "x' or 1 eq 1" } } }],
    ['a tenant id that is not a GUID', { verb: 'next', state: { ...good, f: { n: 42 } } }],
    ['a user id that is not a GUID', { verb: 'next', state: { ...good, f: { u: 'someone@contoso.example' } } }],
    ['a template with a quote', { verb: 'next', state: { ...good, f: { y: "/users'; Remove-MgUser" } } }],
    ['an unknown situation', { verb: 'next', state: { ...good, f: { w: 'az' } } }],
    ['a repeated situation', { verb: 'next', state: { ...good, f: { w: 'aa' } } }],
    ['situations that are not a string', { verb: 'next', state: { ...good, f: { w: ['app-only'] } } }],
    ['no data', undefined],
    ['an unknown verb', { verb: 'delete-tenant' }],
    ['a wrong version', { verb: 'next', state: { ...good, v: 99 } }],
    ['an unknown cause', { verb: 'next', state: { ...good, c: 'rm' } }],
    ['an unknown cause in the ranking', { verb: 'next', state: { ...good, r: [['zz', 1, 1]] } }],
    ['a malformed ranking entry', { verb: 'next', state: { ...good, r: [{ id: 'pm' }] } }],
    ['non-numeric points', { verb: 'next', state: { ...good, r: [['ti', '1e999', 1]] } }],
    ['an infinite score', { verb: 'next', state: { ...good, r: [['ti', 1e308 * 10, 1]] } }],
    ['an unknown answer', { verb: 'next', state: { ...good, a: { 'sign-in-flow': 'maybe' } } }],
    ['an unknown question', { verb: 'next', state: { ...good, a: { 'favourite-colour': 'blue' } } }],
    ['a bad context', { verb: 'next', state: { ...good, x: 'z99' } }],
    ['an oversized fact', { verb: 'next', state: { ...good, f: { m: 'x'.repeat(5000) } } }],
    ['a huge ranking', { verb: 'next', state: { ...good, r: Array.from({ length: 50 }, () => ['pm', 1, 1]) } }],
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
