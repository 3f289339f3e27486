import assert from 'node:assert/strict';
import { QUESTIONS, pickQuestions, contextAfter, notSureChoice, questionById, effectsOf, type QuestionContext } from '../../src/diagnosis/questions.js';
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

  it('every question asked after another names a real question', () => {
    const ids = new Set(QUESTIONS.map((q) => q.id));
    for (const q of QUESTIONS) if (q.after !== undefined) assert.ok(ids.has(q.after) && q.after !== q.id, `${q.id} after ${q.after}`);
  });

  const picks: { name: string; candidates: VerdictId[]; qc: QuestionContext; first: string }[] = [
    { name: 'a permission-type question between type mismatch and missing permissions with a known flow', candidates: ['permissions-missing', 'permission-type-mismatch'], qc: { ...base, context: 'app-only', topics: [] }, first: 'permission-type' },
    { name: 'the flow before the permission type when the flow is unknown (the type is read against the flow)', candidates: ['permissions-missing', 'permission-type-mismatch'], qc: { ...base, topics: [] }, first: 'sign-in-flow' },
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
    { name: 'when and for whom it fails, when the paste says it fails now and then', qc: { ...base, topics: ['when-known'] }, not: ['who-fails'] },
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

  // A path under /users/{id} names a person who may be the caller or someone else; /me does not.
  const whoseDataFromPaste: { paste: string; asked: boolean }[] = [
    { paste: 'Connect-MgGraph -Scopes MailboxSettings.Read\nGet-MgUserMailboxSetting -UserId $id\nGet-MgUserMailboxSetting_Get: Access is denied.', asked: true },
    { paste: 'GET https://graph.microsoft.com/v1.0/users/ada@contoso.example/messages -> 403 ErrorAccessDenied, with a delegated token', asked: true },
    { paste: 'GET https://graph.microsoft.com/v1.0/me/messages -> 403 ErrorAccessDenied, with a delegated token', asked: false },
    { paste: 'GET https://graph.microsoft.com/v1.0/groups -> 403 Authorization_RequestDenied, with a delegated token', asked: false },
  ];
  for (const w of whoseDataFromPaste) {
    it(`${w.asked ? 'may ask' : 'never asks'} whose data for "${w.paste.split('\n')[0]}"`, () => {
      const d = diagnose(w.paste);
      assert.equal(d.questionContext.topics?.includes('endpoint-known'), !w.asked);
    });
  }

  // When and for whom it fails, already said in the paste: not asked again.
  const whenSaid: { paste: string; asked: boolean }[] = [
    { paste: 'Since Monday every call to GET /users returns 403 Forbidden; nothing changed on our side.', asked: false },
    { paste: 'GET /groups/{id}/members returns 403 for normal users; it works for the global admin.', asked: false },
    { paste: 'Calls to GET /users intermittently return 403; a retry works.', asked: false },
    { paste: 'GET /users returns 403 Forbidden.', asked: true },
  ];
  for (const w of whenSaid) {
    it(`${w.asked ? 'may ask' : 'never asks'} when and for whom it fails for "${w.paste}"`, () => {
      const d = diagnose(w.paste);
      assert.equal(d.questions.some((q) => q.id === 'who-fails'), w.asked, d.questions.map((q) => q.id).join(', '));
    });
  }

  // The flow answered against what the endpoint takes (Microsoft's permissions data, and /me).
  const flowAgainstEndpoint: { name: string; paste: string; answers: Record<string, string>; leads: VerdictId }[] = [
    { name: '/me called app-only', paste: 'GET https://graph.microsoft.com/v1.0/me/messages returns 403 Forbidden', answers: { 'sign-in-flow': 'app-only' }, leads: 'permission-type-mismatch' },
    { name: '/me called app-only with an application permission', paste: 'GET https://graph.microsoft.com/v1.0/me/messages returns 403 Forbidden', answers: { 'sign-in-flow': 'app-only', 'permission-type': 'application' }, leads: 'permission-type-mismatch' },
    { name: '/me called with a user signed in', paste: 'GET https://graph.microsoft.com/v1.0/me/messages returns 403 Forbidden', answers: { 'sign-in-flow': 'delegated' }, leads: 'permissions-missing' },
    { name: 'an application-only endpoint called with a user signed in', paste: 'GET https://graph.microsoft.com/v1.0/communications/callRecords/{id} returns 403 Forbidden', answers: { 'sign-in-flow': 'delegated' }, leads: 'permission-type-mismatch' },
    { name: 'an application-only endpoint called with a user signed in and a delegated permission', paste: 'GET https://graph.microsoft.com/v1.0/communications/callRecords/{id} returns 403 Forbidden', answers: { 'sign-in-flow': 'delegated', 'permission-type': 'delegated' }, leads: 'permission-type-mismatch' },
    { name: 'an application-only endpoint called app-only', paste: 'GET https://graph.microsoft.com/v1.0/communications/callRecords/{id} returns 403 Forbidden', answers: { 'sign-in-flow': 'app-only' }, leads: 'permissions-missing' },
    { name: 'an Application permission named, and a user signs in', paste: 'GET https://graph.microsoft.com/v1.0/groups returns 403 Forbidden. I added Group.Read.All as an Application permission and granted admin consent.', answers: { 'sign-in-flow': 'delegated' }, leads: 'permission-type-mismatch' },
    { name: 'a Delegated permission named, and the app signs in without a user', paste: 'GET https://graph.microsoft.com/v1.0/groups returns 403 Forbidden. I added Group.Read.All as a Delegated permission and granted admin consent.', answers: { 'sign-in-flow': 'app-only' }, leads: 'permission-type-mismatch' },
    { name: 'a Delegated permission named, and a user signs in', paste: 'GET https://graph.microsoft.com/v1.0/groups returns 403 Forbidden. I added Group.Read.All as a Delegated permission and granted admin consent.', answers: { 'sign-in-flow': 'delegated' }, leads: 'permissions-missing' },
    { name: 'a password changed app-only (its own cause, not the type)', paste: 'POST https://graph.microsoft.com/v1.0/me/changePassword returns 403 Forbidden', answers: { 'sign-in-flow': 'app-only' }, leads: 'password-reset-app-only' },
  ];
  for (const f of flowAgainstEndpoint) {
    it(`leads with ${f.leads} for ${f.name}`, () => {
      assert.equal(diagnose(f.paste, { answers: f.answers }).causes[0]?.id, f.leads);
    });
  }

  // A tenant's licence is missing for everyone and for apps as well: where the paste speaks of
  // licences, "always, for everyone" and "without a user" leave user-access-or-license where it was.
  const licenceAnswers: Record<string, string>[] = [{ 'who-fails': 'always' }, { 'sign-in-flow': 'app-only' }];
  for (const answers of licenceAnswers) {
    it(`keeps user-access-or-license for a paste about licences, answered ${JSON.stringify(answers)}, and lowers it otherwise`, () => {
      const points = (paste: string, a: Record<string, string>): number => diagnose(paste, { answers: a }).causes.find((c) => c.id === 'user-access-or-license')?.points ?? 0;
      const aboutLicence = 'Our report fails with 403 Forbidden on GET https://graph.microsoft.com/v1.0/roleManagement/directory/roleEligibilitySchedules. Does the tenant need a P2 licence for this?';
      const notAboutLicence = 'Our report fails with 403 Forbidden on GET https://graph.microsoft.com/v1.0/roleManagement/directory/roleEligibilitySchedules.';
      assert.ok(points(aboutLicence, answers) >= points(aboutLicence, {}), 'a licence topic: not lowered');
      assert.ok(points(notAboutLicence, answers) < points(notAboutLicence, {}), 'no licence topic: lowered');
    });
  }

  // A user's service said to be missing is the licence's subject too: it is missing for an app's calls as well.
  it('keeps user-access-or-license for a user without a provisioned OneDrive when the app signs in without a user', () => {
    const paste = 'Our nightly export calls GET https://graph.microsoft.com/v1.0/users/{id}/drive and gets 404 itemNotFound for two new hires: their OneDrive was never provisioned.';
    const points = (a: Record<string, string>): number => diagnose(paste, { answers: a }).causes.find((c) => c.id === 'user-access-or-license')?.points ?? 0;
    assert.ok(points({ 'sign-in-flow': 'app-only' }) >= points({}));
  });

  it('an answer about the flow settles an unknown context', () => {
    assert.equal(contextAfter('unknown', { 'sign-in-flow': 'app-only' }), 'app-only');
    assert.equal(contextAfter('delegated', { 'sign-in-flow': 'app-only' }), 'delegated');
  });

  it('signing in as oneself in a Microsoft tool settles an unknown context as delegated', () => {
    assert.equal(contextAfter('unknown', { 'permission-type': 'microsoft-tool' }), 'delegated');
    assert.equal(contextAfter('mixed', { 'permission-type': 'microsoft-tool' }), 'delegated');
    assert.equal(contextAfter('app-only', { 'permission-type': 'microsoft-tool' }), 'app-only');
  });

  it('every question offers one "not sure" answer, and it moves no cause', () => {
    const paste = 'GET https://graph.microsoft.com/v1.0/groups -> 403 Forbidden';
    const before = diagnose(paste).causes.map((c) => [c.id, c.points]);
    for (const q of QUESTIONS) {
      const unsure = q.choices.filter((c) => c === notSureChoice(q));
      assert.equal(unsure.length, 1, q.id);
      const after = diagnose(paste, { answers: { [q.id]: unsure[0]?.value ?? '' } }).causes.map((c) => [c.id, c.points]);
      assert.deepEqual(after, before, q.id);
    }
  });

  const consentAsked: { name: string; qc: QuestionContext; answers: Record<string, string>; asked: boolean }[] = [
    { name: 'not before the permission is found', qc: { ...base, context: 'app-only', topics: [] }, answers: {}, asked: false },
    { name: 'once the paste names the permission type', qc: { ...base, context: 'app-only', topics: ['permission-type-known'] }, answers: {}, asked: true },
    { name: 'once the user found an Application permission', qc: { ...base, context: 'app-only', topics: [] }, answers: { 'permission-type': 'application' }, asked: true },
    { name: 'once the user found it listed as both types', qc: { ...base, context: 'app-only', topics: [] }, answers: { 'permission-type': 'both' }, asked: true },
    { name: 'not when no Graph permission is listed', qc: { ...base, context: 'app-only', topics: [] }, answers: { 'permission-type': 'none' }, asked: false },
    { name: 'not for a Microsoft tool without an app registration of ones own', qc: { ...base, topics: [] }, answers: { 'permission-type': 'microsoft-tool' }, asked: false },
    { name: 'not when the user cannot see the app registration', qc: { ...base, context: 'app-only', topics: [] }, answers: { 'permission-type': 'unsure' }, asked: false },
  ];
  for (const t of consentAsked) {
    it(`asks about consent ${t.name}`, () => {
      const qs = pickQuestions(['permissions-missing', 'permission-type-mismatch', 'user-access-or-license'], t.qc, t.answers);
      assert.equal(qs.some((q) => q.id === 'consent'), t.asked);
    });
  }

  it('asks about new sign-in policies for app-only flows too (workload identities)', () => {
    const qs = pickQuestions(['conditional-access', 'permissions-missing'], { ...base, context: 'app-only', knowsAccount: true, hasToken: true, topics: ['permission-type-known', 'consent-known', 'endpoint-known'] }, {});
    assert.equal(qs[0]?.id, 'policy-change');
  });

  // Pastes written for these tests: the flow each one shows decides which effects apply.
  const UNKNOWN_FLOW = 'HTTP/1.1 401 Unauthorized';
  const DELEGATED = 'A user signs in with the authorization code flow; GET https://graph.microsoft.com/v1.0/sites/{site-id}/drive/items returns 403 accessDenied';
  const APP_ONLY = 'Daemon with client credentials (client secret): GET https://graph.microsoft.com/v1.0/sites/{site-id}/drive/items returns 403 accessDenied';
  const PASSWORD = 'PATCH https://graph.microsoft.com/v1.0/users/{id} with passwordProfile returns 403 Authorization_RequestDenied';
  const SHAREPOINT_REST = 'GET https://contoso.sharepoint.com/_api/web/lists returns 401 Unauthorized';
  // Nothing here names another API, so only the answer can bring the audience forward.
  const GRAPH_401 = 'GET https://graph.microsoft.com/v1.0/me/drive returns 401 Unauthorized';
  const SIGNED_IN_403 = 'GET https://graph.microsoft.com/v1.0/me/drive returns 403 Forbidden from a signed-in web app';
  const answered: { question: string; answer: string; paste: string; up?: VerdictId[]; down?: VerdictId[]; same?: VerdictId[] }[] = [
    // token-audience: what was requested AND where it was sent.
    { question: 'token-audience', answer: 'graph', paste: UNKNOWN_FLOW, down: ['wrong-audience'] },
    { question: 'token-audience', answer: 'same-api', paste: UNKNOWN_FLOW, down: ['wrong-audience'] },
    { question: 'token-audience', answer: 'own-api', paste: UNKNOWN_FLOW, up: ['wrong-audience'], down: ['token-invalid'] },
    { question: 'token-audience', answer: 'other-api', paste: UNKNOWN_FLOW, up: ['wrong-audience'], down: ['token-invalid'] },
    { question: 'token-audience', answer: 'graph-elsewhere', paste: UNKNOWN_FLOW, up: ['wrong-audience'], down: ['token-invalid'] },
    { question: 'token-audience', answer: 'id-token', paste: UNKNOWN_FLOW, up: ['wrong-audience'], down: ['token-invalid'] },
    // Neither end is global Graph: another API, another SharePoint host, another cloud.
    { question: 'token-audience', answer: 'other-mismatch', paste: UNKNOWN_FLOW, up: ['wrong-audience'], down: ['token-invalid'] },
    { question: 'token-audience', answer: 'other-mismatch', paste: DELEGATED, up: ['wrong-audience'], down: ['token-invalid'] },
    // who-fails: stopped after an hour, or after days unused (an expired refresh token).
    { question: 'who-fails', answer: 'after-a-while', paste: DELEGATED, up: ['token-invalid', 'conditional-access'], same: ['wrong-audience', 'permission-type-mismatch'] },
    { question: 'who-fails', answer: 'after-a-while', paste: APP_ONLY, up: ['token-invalid'], same: ['permissions-missing'] },
    // who-fails: some objects for the same user, since a change, now and then.
    { question: 'who-fails', answer: 'some-objects', paste: DELEGATED, up: ['user-access-or-license', 'not-authorization'], down: ['permission-type-mismatch', 'token-invalid', 'wrong-audience'] },
    { question: 'who-fails', answer: 'some-objects', paste: APP_ONLY, up: ['permissions-missing', 'not-authorization'], down: ['permission-type-mismatch'], same: ['user-access-or-license'] },
    { question: 'who-fails', answer: 'since-a-change', paste: DELEGATED, up: ['conditional-access', 'token-invalid', 'user-access-or-license', 'not-authorization'], down: ['permission-type-mismatch', 'wrong-audience'] },
    { question: 'who-fails', answer: 'since-a-change', paste: APP_ONLY, up: ['conditional-access', 'token-invalid', 'permissions-missing', 'not-authorization'], same: ['user-access-or-license'] },
    { question: 'who-fails', answer: 'intermittent', paste: UNKNOWN_FLOW, up: ['not-authorization', 'conditional-access'], down: ['permission-type-mismatch', 'wrong-audience', 'permissions-missing'] },
    // permission-type: both types listed; a Microsoft tool without an app registration.
    { question: 'permission-type', answer: 'both', paste: APP_ONLY, down: ['permission-type-mismatch'], same: ['permissions-missing'] },
    { question: 'permission-type', answer: 'microsoft-tool', paste: UNKNOWN_FLOW, up: ['permissions-missing', 'user-access-or-license'] },
    { question: 'permission-type', answer: 'microsoft-tool', paste: PASSWORD, down: ['password-reset-app-only'] },
    // policy-change counts for an app signing in on its own too.
    { question: 'policy-change', answer: 'yes', paste: APP_ONLY, up: ['conditional-access'] },
    { question: 'policy-change', answer: 'no', paste: APP_ONLY, down: ['conditional-access'] },
    { question: 'policy-change', answer: 'yes', paste: DELEGATED, up: ['conditional-access'] },
  ];
  for (const t of answered) {
    it(`${t.question} = ${t.answer} on a ${t.paste === APP_ONLY ? 'app-only' : t.paste === DELEGATED ? 'delegated' : 'flow-unknown'} paste moves the right causes`, () => {
      // What the paste shows (flow, topics) decides the effect, exactly as when diagnosing; the
      // effect is read before ranking, which hides causes without points.
      const answers = { [t.question]: t.answer };
      const qc = diagnose(t.paste).questionContext;
      const context = contextAfter(qc.context, answers);
      const choice = questionById(t.question)?.choices.find((c) => c.value === t.answer);
      assert.ok(choice, `${t.question}=${t.answer} exists`);
      const effect = effectsOf(choice, context, { ...qc, context });
      for (const id of t.up ?? []) assert.ok((effect[id] ?? 0) > 0, `${id} should rise`);
      for (const id of t.down ?? []) assert.ok((effect[id] ?? 0) < 0, `${id} should fall`);
      for (const id of t.same ?? []) assert.equal(effect[id] ?? 0, 0, `${id} should not move`);
    });
  }

  const leads: { name: string; paste: string; answers: Record<string, string>; cause: VerdictId }[] = [
    { name: 'a Graph token sent to another API', paste: UNKNOWN_FLOW, answers: { 'token-audience': 'graph-elsewhere' }, cause: 'wrong-audience' },
    { name: 'an ID token sent', paste: UNKNOWN_FLOW, answers: { 'token-audience': 'id-token' }, cause: 'wrong-audience' },
    { name: "a token for one API, host or cloud sent to another", paste: GRAPH_401, answers: { 'token-audience': 'other-mismatch' }, cause: 'wrong-audience' },
    { name: 'a signed-in call that stopped working after a while (an hour, or days unused)', paste: SIGNED_IN_403, answers: { 'who-fails': 'after-a-while' }, cause: 'token-invalid' },
    { name: 'a new workload-identity policy for a daemon', paste: APP_ONLY, answers: { 'policy-change': 'yes', 'permission-type': 'both', consent: 'granted' }, cause: 'conditional-access' },
    { name: 'only some sites fail for the same signed-in user', paste: DELEGATED, answers: { 'who-fails': 'some-objects', 'permission-type': 'delegated', consent: 'granted' }, cause: 'user-access-or-license' },
  ];
  for (const t of leads) {
    it(`after the answers, ${t.name} leads`, () => {
      assert.notEqual(diagnose(t.paste).causes[0]?.id, t.cause);
      assert.equal(diagnose(t.paste, { answers: t.answers }).causes[0]?.id, t.cause);
    });
  }

  // Values that stateless follow-ups and recorded answers carry must keep working when labels widen.
  const kept: [question: string, value: string][] = [
    ['who-fails', 'after-a-while'],
    ['token-audience', 'graph'],
    ['token-audience', 'own-api'],
    ['token-audience', 'other-api'],
    ['token-audience', 'graph-elsewhere'],
    ['token-audience', 'id-token'],
  ];
  for (const [question, value] of kept) {
    it(`still accepts ${question} = ${value}`, () => {
      assert.ok(questionById(question)?.choices.some((c) => c.value === value));
    });
  }

  it('someone whose sign-in expired after days unused finds their answer under "after a while"', () => {
    const label = questionById('who-fails')?.choices.find((c) => c.value === 'after-a-while')?.label ?? '';
    assert.match(label, /hour/);
    assert.match(label, /day/);
  });

  it('the first answer does not change: questions act only once answered', () => {
    for (const paste of [UNKNOWN_FLOW, DELEGATED, APP_ONLY, PASSWORD, SHAREPOINT_REST, SIGNED_IN_403]) {
      assert.deepEqual(diagnose(paste, { answers: {} }).causes, diagnose(paste).causes);
    }
  });

  it('a new policy weighs less for an app than for a user: workload-identity policies only block, and cover fewer apps', () => {
    const rise = (paste: string) => (diagnose(paste, { answers: { 'policy-change': 'yes' } }).causes.find((c) => c.id === 'conditional-access')?.points ?? 0) - (diagnose(paste).causes.find((c) => c.id === 'conditional-access')?.points ?? 0);
    assert.ok(rise(APP_ONLY) < rise(DELEGATED));
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

  // "Every call fails the same way" clears the request for a 401 or 403 (the token or its
  // permissions), but beside a service fault it is an outage or throttling.
  const everyCallFails: { name: string; paste: string; leads: string }[] = [
    { name: 'a bare 503', paste: 'The call returns HTTP 503 and nothing else.', leads: 'not-authorization' },
    { name: 'a bad gateway on a calendar read', paste: 'GET /v1.0/me/events returns 502 Bad Gateway', leads: 'not-authorization' },
    { name: 'a 500 on every request since the morning', paste: 'Every request to Graph gets HTTP 500 since this morning.', leads: 'not-authorization' },
  ];
  for (const t of everyCallFails) {
    it(`"every call fails the same way" after ${t.name}: ${t.leads} leads`, () => {
      assert.equal(diagnose(t.paste, { answers: { 'only-this-request': 'all-fail' } }).causes[0]?.id, t.leads);
    });
  }

  // Answers that only say how the token is obtained, or that the type fits, keep a missing
  // permission in the lead: they make other causes possible, not likelier.
  const keepsLead: { name: string; paste: string; answers: Record<string, string> }[] = [
    { name: '"a user signs in" after a bare 403 on a group\'s members', paste: "Our web app lists a group's members: GET https://graph.microsoft.com/v1.0/groups/{id}/members returns 403 Forbidden.", answers: { 'sign-in-flow': 'delegated' } },
    { name: '"a user signs in" and "the permission is Delegated"', paste: 'GET https://graph.microsoft.com/v1.0/sites/root/lists returns 403 Forbidden', answers: { 'sign-in-flow': 'delegated', 'permission-type': 'delegated' } },
  ];
  for (const t of keepsLead) {
    it(`an answer that says nothing against the leader keeps it: ${t.name}`, () => {
      const before = diagnose(t.paste).causes[0]?.id;
      const after = diagnose(t.paste, { answers: t.answers }).causes[0]?.id;
      assert.equal(after, before);
    });
  }

  // The app-only rule covers every property only privileged callers may change for an admin, not
  // passwords alone (https://learn.microsoft.com/graph/api/resources/users#who-can-perform-sensitive-actions).
  for (const paste of [
    'Updating mobilePhone with PATCH /users/{id} fails with 403 Authorization_RequestDenied for some users only (the ones with an admin role).',
    'PATCH https://graph.microsoft.com/v1.0/users/{id} with {"accountEnabled": false} returns 403 Authorization_RequestDenied for the two Helpdesk Administrators.',
  ]) {
    it(`"without a user" supports the app-only rule for a sensitive property that is not a password: ${paste.slice(0, 40)}…`, () => {
      const points = (answers: Record<string, string>): number => diagnose(paste, { answers }).causes.find((c) => c.id === 'password-reset-app-only')?.points ?? 0;
      assert.ok(points({ 'sign-in-flow': 'app-only' }) > points({}), `${points({})} -> ${points({ 'sign-in-flow': 'app-only' })}`);
    });
  }
});
