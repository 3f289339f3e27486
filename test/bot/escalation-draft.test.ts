import assert from 'node:assert/strict';
import { cutAtWord, draftQuestion, MAX_TITLE } from '../../src/bot/escalation-draft.js';
import { STATE_VERSION, type FollowUpState } from '../../src/bot/follow-up-state.js';
import { stateFromDiagnosis } from '../../src/bot/present.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';

const base: FollowUpState = {
  v: STATE_VERSION,
  ranking: [{ id: 'permissions-missing', points: 5, strongest: 5 }],
  current: 'permissions-missing',
  tried: [],
  answers: {},
  qc: { context: 'app-only', knowsAccount: false, hasToken: false },
  facts: { status: 403, code: 'Authorization_RequestDenied', request: 'GET /v1.0/groups/3e4f5a6b-0000-4000-8000-00000000c0de/members', requestId: '7b1e2d3c-0000-4000-8000-0000000000aa' },
  history: [],
};
const NOW = new Date('2026-11-24T12:00:00Z');

describe('bot/escalation-draft', () => {
  it('titles the question with status, code, request shape and token type', () => {
    assert.equal(draftQuestion(base, NOW).title, 'Microsoft Graph 403 Authorization_RequestDenied on GET /v1.0/groups/{id}/members with an app-only token');
  });

  it('lists the answers given, leaving out "not sure" ones', () => {
    const body = draftQuestion({ ...base, answers: { 'permission-type': 'application', 'who-fails': 'unsure', 'graph-explorer': 'not-tried' } }, NOW).body;
    assert.match(body, /Details:\n- In the app registration \(API permissions\), which type is the Microsoft Graph permission you rely on\? Application\n\nWhat else/);
    assert.doesNotMatch(body, /not sure|haven't tried/i);
    assert.doesNotMatch(draftQuestion({ ...base, answers: { 'who-fails': 'unsure' } }, NOW).body, /Details:/);
  });

  it('says nothing was checked when the user never pressed "Still failing"', () => {
    const body = draftQuestion(base, NOW).body;
    assert.doesNotMatch(body, /already checked|still failing/i);
    const walked = draftQuestion({ ...base, tried: ['permissions-missing'] }, NOW).body;
    assert.match(walked, /What I already checked \(still failing afterwards\):\n- The app lacks the permission this call needs/);
  });

  const bodies: { name: string; facts: FollowUpState['facts']; context?: FollowUpState['qc']['context']; first: RegExp }[] = [
    { name: 'status and code', facts: base.facts, first: /^My call GET \/v1\.0\/groups\/\{id\}\/members to Microsoft Graph, made with an app-only token, fails with HTTP 403 with the error code Authorization_RequestDenied\.$/ },
    { name: 'nothing but a message', facts: { message: 'Access denied' }, context: 'unknown', first: /^My call to Microsoft Graph is refused\.$/ },
    { name: 'a sign-in error', facts: { aadsts: 'AADSTS53003: blocked by Conditional Access' }, context: 'unknown', first: /^Getting a token for Microsoft Graph fails with a sign-in error\.$/ },
  ];
  for (const b of bodies) {
    it(`opens with a whole sentence for ${b.name}`, () => {
      const [first] = draftQuestion({ ...base, facts: b.facts, qc: { ...base.qc, context: b.context ?? base.qc.context } }, NOW).body.split('\n');
      assert.match(first ?? '', b.first);
    });
  }

  it('lists the ids support asks for, and a date', () => {
    const body = draftQuestion({ ...base, facts: { ...base.facts, correlationId: '9f8e7d6c-1111-4222-8333-444455556666', traceId: '0b1c2d3e-1111-4222-8333-444455556666' } }, NOW).body;
    for (const line of ['- status: 403', '- error code: Authorization_RequestDenied', '- request-id: 7b1e2d3c', '- correlation id: 9f8e7d6c', '- trace id: 0b1c2d3e', '- date of this question: 2026-11-24']) assert.ok(body.includes(line), line);
  });

  it('cuts a long title at a word boundary', () => {
    const long = draftQuestion({ ...base, facts: { ...base.facts, request: `GET /v1.0/${'segment/'.repeat(30)}end` } }, NOW).title;
    assert.ok(long.length <= MAX_TITLE, `${long.length}`);
    assert.match(long, /(?:segment|\d|v1\.0)…$/);
    assert.equal(cutAtWord('alpha beta gamma', 12), 'alpha beta…');
  });

  it('redacts e-mail addresses and tokens', () => {
    const d = draftQuestion({ ...base, facts: { ...base.facts, message: 'Denied for ada@contoso.example with eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2lnbmF0dXJlc2lnbmF0dXJl' } }, NOW);
    assert.doesNotMatch(d.body, /ada@contoso|eyJ0eXAi/);
  });
});

describe('bot/escalation-draft: from what the diagnosis read', () => {
  const cases: { paste: string; says: RegExp[]; saysNot?: RegExp[] }[] = [
    { paste: 'Response 403: {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}', says: [/^- status: 403$/m, /Microsoft Graph 403 Authorization_RequestDenied/] },
    {
      paste: 'AADSTS53003: Access has been blocked by Conditional Access policies.\nTrace ID: 0b1c2d3e-1111-4222-8333-444455556666\nCorrelation ID: 9f8e7d6c-1111-4222-8333-444455556666',
      says: [/^- correlation id: 9f8e7d6c-1111-4222-8333-444455556666$/m, /^- trace id: 0b1c2d3e-1111-4222-8333-444455556666$/m],
    },
    // A status said in prose counts (the classifier reads it too); a code outside an error body does not.
    { paste: 'the response 403 was odd, Authorization_RequestDenied', says: [/fails with HTTP 403\./, /^- status: 403$/m] },
  ];
  for (const c of cases) {
    it(`drafts ${JSON.stringify(c.paste.slice(0, 40))}`, () => {
      const draft = draftQuestion(stateFromDiagnosis(diagnose(c.paste, { now: NOW }), { group: false }), NOW);
      const text = `${draft.title}\n${draft.body}`;
      for (const re of c.says) assert.match(text, re);
      for (const re of c.saysNot ?? []) assert.doesNotMatch(text, re);
    });
  }
});
