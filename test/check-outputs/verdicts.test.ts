/** A verdict per check: what each output confirms or rules out, given the call and the token kind. */
import assert from 'node:assert/strict';
import { readCheckOutput } from '../../src/check-outputs/index.js';
import { judgeOutput, type CheckContext, type Outcome } from '../../src/check-outputs/verdicts.js';
import type { VerdictId } from '../../src/diagnosis/cause.js';
import * as S from './samples.js';

interface Case {
  readonly name: string;
  readonly paste: string;
  readonly context: CheckContext;
  readonly outcome: Outcome;
  /** The cause the headline speaks of, and the direction its points move. */
  readonly cause: VerdictId;
  readonly moves: 'up' | 'down' | 'none';
  readonly headline: RegExp;
  readonly answers?: Readonly<Record<string, string>>;
}

const GROUP_MEMBERS = { method: 'GET', path: 'https://graph.microsoft.com/v1.0/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/members' } as const;
const MESSAGES = { method: 'GET', path: '/users/ada@contoso.example/messages' } as const;

const CASES: readonly Case[] = [
  { name: 'a daemon whose app has the permission only as Delegated', paste: S.AZ_PERMISSION_LIST_DELEGATED, context: { ...GROUP_MEMBERS, tokenKind: 'app-only', cause: 'permission-type-mismatch' }, outcome: 'confirmed', cause: 'permission-type-mismatch', moves: 'up', headline: /^Confirmed: The app has GroupMember\.Read\.All only as Delegated; an app without a user \(a daemon\) needs it as Application with admin consent/, answers: { 'permission-type': 'delegated' } },
  { name: 'a daemon whose app requests it as Application', paste: S.AZ_PERMISSION_LIST_MIXED, context: { ...GROUP_MEMBERS, tokenKind: 'app-only', cause: 'permission-type-mismatch' }, outcome: 'ruled-out', cause: 'permission-type-mismatch', moves: 'down', headline: /^Ruled out: The app has GroupMember\.Read\.All as Application/ },
  { name: 'a user flow with delegated consent for all users', paste: S.AZ_LIST_GRANTS_ALL, context: { ...GROUP_MEMBERS, tokenKind: 'delegated', cause: 'permissions-missing' }, outcome: 'ruled-out', cause: 'permissions-missing', moves: 'down', headline: /^Ruled out: Consent for GroupMember\.Read\.All is granted for all users/, answers: { consent: 'granted', 'permission-type': 'delegated' } },
  { name: 'a user flow with consent by one user only', paste: S.MG_GRANT_TABLE_ONE_USER, context: { ...GROUP_MEMBERS, tokenKind: 'delegated', cause: 'permissions-missing' }, outcome: 'confirmed', cause: 'permissions-missing', moves: 'up', headline: /granted for one user only/ },
  { name: 'a daemon with the application permission granted', paste: S.AZ_REST_APP_ROLES, context: { ...GROUP_MEMBERS, tokenKind: 'app-only', cause: 'permissions-missing' }, outcome: 'ruled-out', cause: 'permissions-missing', moves: 'down', headline: /^Ruled out: GroupMember\.Read\.All is granted as Application with admin consent/ },
  { name: 'a daemon granted a permission the call does not accept', paste: S.AZ_REST_APP_ROLES, context: { ...MESSAGES, tokenKind: 'app-only', cause: 'permissions-missing' }, outcome: 'confirmed', cause: 'permissions-missing', moves: 'up', headline: /None of the Application permissions GET \/users\/\{id\}\/messages accepts is granted with admin consent: add Mail\.ReadBasic\.All/ },
  { name: 'a daemon whose app has no Graph permission at all (no request known)', paste: S.MG_APP_ROLES_LIST_OTHER_API, context: { tokenKind: 'app-only' }, outcome: 'confirmed', cause: 'permissions-missing', moves: 'up', headline: /No Microsoft Graph permission is granted with admin consent/ },
  { name: 'delegated consent pasted for an app-only call', paste: S.MG_GRANT_LIST, context: { ...MESSAGES, tokenKind: 'app-only' }, outcome: 'open', cause: 'permission-type-mismatch', moves: 'none', headline: /does not count for an app-only token/ },
  { name: 'a call with no application permission at all, from a daemon', paste: S.MANIFEST, context: { method: 'GET', path: '/me/messages', tokenKind: 'app-only', cause: 'permission-type-mismatch' }, outcome: 'confirmed', cause: 'permission-type-mismatch', moves: 'up', headline: /accepts no Application permission at all/ },
  { name: 'permissions with no token kind: none fits the call', paste: S.MANIFEST, context: { ...GROUP_MEMBERS }, outcome: 'confirmed', cause: 'permissions-missing', moves: 'up', headline: /None of the permissions GET \/groups\/\{id\}\/members accepts is requested/ },
  { name: 'a sign-in blocked by Conditional Access', paste: S.SIGN_IN_CA_FAILURE, context: { cause: 'conditional-access' }, outcome: 'confirmed', cause: 'conditional-access', moves: 'up', headline: /^Confirmed: Conditional Access policy "Require MFA for all cloud apps" failed: it requires Mfa/, answers: { 'policy-change': 'yes' } },
  { name: 'a successful sign-in', paste: S.SIGN_IN_SUCCESS, context: { cause: 'conditional-access' }, outcome: 'ruled-out', cause: 'conditional-access', moves: 'down', headline: /^Ruled out: This sign-in succeeded/ },
  { name: 'a sign-in that failed on consent', paste: S.SIGN_IN_CONSENT, context: { cause: 'conditional-access' }, outcome: 'ruled-out', cause: 'conditional-access', moves: 'down', headline: /No Conditional Access policy applied/ },
  { name: 'a user without a license', paste: S.LICENSE_NONE, context: { cause: 'user-access-or-license' }, outcome: 'confirmed', cause: 'user-access-or-license', moves: 'up', headline: /The user has no license/ },
  { name: 'a user with licenses but no plans shown', paste: S.MG_LICENSE_TABLE, context: { cause: 'user-access-or-license' }, outcome: 'open', cause: 'user-access-or-license', moves: 'none', headline: /ENTERPRISEPACK/ },
  { name: 'a user with a mailbox', paste: S.EXO_MAILBOX_LIST, context: { cause: 'user-access-or-license' }, outcome: 'ruled-out', cause: 'user-access-or-license', moves: 'down', headline: /has an Exchange Online mailbox \(UserMailbox\)/ },
  { name: 'a user without a mailbox', paste: S.EXO_MAILBOX_NOT_FOUND, context: { cause: 'user-access-or-license' }, outcome: 'confirmed', cause: 'user-access-or-license', moves: 'up', headline: /no mailbox in Exchange Online/ },
  { name: 'a mailbox outside the app\'s RBAC scope', paste: S.EXO_AUTH_TEST_OUT_OF_SCOPE, context: { ...MESSAGES, tokenKind: 'app-only', cause: 'odata-access-disabled' }, outcome: 'confirmed', cause: 'odata-access-disabled', moves: 'up', headline: /outside the scope of Mail\.Read/ },
  { name: 'a mailbox inside the app\'s RBAC scope', paste: S.EXO_AUTH_TEST_IN_SCOPE, context: { ...MESSAGES, tokenKind: 'app-only', cause: 'odata-access-disabled' }, outcome: 'ruled-out', cause: 'odata-access-disabled', moves: 'down', headline: /lets the app use Mail\.Read on this mailbox/ },
  { name: 'Exchange role assignments without a scope test', paste: S.EXO_ROLE_ASSIGNMENTS, context: { cause: 'odata-access-disabled' }, outcome: 'open', cause: 'odata-access-disabled', moves: 'none', headline: /Mail\.Read/ },
];

describe('check outputs: verdicts', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const parsed = readCheckOutput(c.paste);
      assert.ok(parsed);
      const v = judgeOutput(parsed.facts, c.context);
      assert.equal(v.outcome, c.outcome, v.headline);
      assert.match(v.headline, c.headline);
      const delta = v.effects[c.cause] ?? 0;
      if (c.moves === 'up') assert.ok(delta > 0, `${c.cause} moves up (${delta})`);
      if (c.moves === 'down') assert.ok(delta < 0, `${c.cause} moves down (${delta})`);
      if (c.moves === 'none') assert.equal(delta, 0);
      for (const [q, a] of Object.entries(c.answers ?? {})) assert.equal(v.answers[q], a);
    });
  }

  it('asks for what is missing instead of guessing', () => {
    const parsed = readCheckOutput(S.AZ_PERMISSION_LIST_DELEGATED);
    assert.ok(parsed);
    const v = judgeOutput(parsed.facts, {});
    assert.equal(v.outcome, 'open');
    assert.match(v.needs ?? '', /request/);
  });
});
