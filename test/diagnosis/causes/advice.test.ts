/**
 * What the card advises for each situation the paste shows (paste -> fix and checks). Every
 * statement here was checked against Microsoft Learn on 2026-12-01; the cause modules carry the
 * page beside each check.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { filledAdvice } from '../../../src/diagnosis/advice.js';
import { verdictById, verdicts } from '../../../src/diagnosis/causes/index.js';
import { valuesFromFacts } from '../../../src/diagnosis/fill-commands.js';
import { appOnly, delegated, mintToken, NOW } from '../../helpers/tokens.js';

type Paste = string | (() => Promise<string>);

interface Row {
  readonly name: string;
  readonly paste: Paste;
  readonly cause: string;
  /** The fix sentence the card leads with. */
  readonly fix: RegExp;
  /** Check titles that must be shown / must not be. */
  readonly shows?: readonly RegExp[];
  readonly hides?: readonly RegExp[];
  /** Text anywhere in the shown checks (verify, fix, trade-off). */
  readonly says?: readonly RegExp[];
}

async function advise(row: Row) {
  const text = typeof row.paste === 'string' ? row.paste : await row.paste();
  const d = diagnose(text, { now: NOW });
  const verdict = verdictById(row.cause);
  assert.ok(verdict);
  return { advice: filledAdvice(verdict, valuesFromFacts(d.facts, { group: false })) };
}

const DAEMON_PASSWORD = 'ClientSecretCredential, graphClient.Users[id].PatchAsync(new User { PasswordProfile = new PasswordProfile { Password = pwd } })\nPATCH https://graph.microsoft.com/v1.0/users/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\nODataError: Authorization_RequestDenied Insufficient privileges to complete the operation.';

const rows: Row[] = [
  {
    name: 'password, daemon: passwordProfile with User-PasswordProfile.ReadWrite.All plus a role on the service principal',
    paste: DAEMON_PASSWORD,
    cause: 'password-reset-app-only',
    fix: /User-PasswordProfile\.ReadWrite\.All.*service principal User Administrator \(Privileged Authentication Administrator for admins\).*PATCH passwordProfile/,
    shows: [/service principal holds a role/, /application permission for passwordProfile/],
    hides: [/signed-in admin holds/, /delegated permission/],
    says: [/Privileged Authentication Administrator/, /take over every account/, /A daemon can only use PATCH \/users\/\{id\} with passwordProfile: resetPassword and changePassword list "Application: Not supported"/],
  },
  {
    name: 'password, signed-in admin: the admin\'s role and the delegated permission',
    paste: async () => `POST https://graph.microsoft.com/v1.0/users/u1/authentication/methods/28c10230-6103-485e-b985-444c60001490/resetPassword\nAuthorization: Bearer ${await mintToken(delegated('User.Read'))}\n403 Forbidden Authorization_RequestDenied`,
    cause: 'password-reset-app-only',
    fix: /Signed in: .*UserAuthenticationMethod\.ReadWrite\.All for resetPassword/,
    shows: [/signed-in admin holds a role/, /delegated permission/],
    hides: [/service principal holds a role/],
  },
  {
    name: 'Conditional Access, client credentials: workload identities, service principal sign-ins, no MFA prompt',
    paste: 'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. (ConfidentialClientApplication.AcquireTokenForClient, client credentials)',
    cause: 'conditional-access',
    fix: /Conditional Access for workload identities.*MFA cannot help a daemon.*service principal sign-ins.*allowed network/,
    shows: [/service principal's sign-in/],
    hides: [/interactive prompt/, /user's sign-in/, /one person's MFA/],
    says: [/signInEventTypes\/any\(t: t eq 'servicePrincipal'\)/, /Get-MgBetaAuditLogSignIn/, /Entra ID P1/, /AuditLog\.Read\.All/, /Entra ID > Monitoring & health > Sign-in logs > Service principal sign-ins/],
  },
  {
    name: 'Conditional Access, interactive user: sign-in logs by correlation id and an interactive fallback',
    paste: 'MsalUiRequiredException: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication. acquireTokenSilent',
    cause: 'conditional-access',
    fix: /interaction_required.*sign the user in interactively/,
    shows: [/user's sign-in/, /interactive prompt/],
    hides: [/service principal's sign-in/],
    says: [/nonInteractiveUser/, /Reports Reader/],
  },
  {
    name: 'CAE claims challenge: a claims challenge, retried with the claims',
    paste: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwidmFsdWUiOiIxNzY0MDAwMDAwIn19fQ=="',
    cause: 'conditional-access',
    fix: /claims challenge, not a broken token.*pass it to the next token request/,
    shows: [/Claims challenges from Graph are handled/],
  },
  {
    name: 'Exchange, daemon: RBAC for Applications first, the Entra grant removed, legacy policy second',
    paste: 'GET https://graph.microsoft.com/v1.0/users/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/messages 403 {"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}} client credentials',
    cause: 'odata-access-disabled',
    fix: /RBAC for Applications \(New-ServicePrincipal, New-ManagementScope, New-ManagementRoleAssignment -App\).*remove the unscoped Mail\.\* grant/,
    shows: [/RBAC for Applications covers/, /Scope the app with RBAC/, /legacy application access policy/],
    hides: [/retiring/],
    says: [/New-ManagementRoleAssignment -App .* -CustomResourceScope/, /add up/],
  },
  {
    name: 'Exchange over EWS: the retirement is said',
    paste: 'The request failed. The remote server returned an error: (403) Forbidden. https://outlook.office365.com/EWS/Exchange.asmx ExchangeService ErrorAccessDenied EwsApplicationAccessPolicy',
    cause: 'odata-access-disabled',
    fix: /RBAC for Applications/,
    shows: [/EWS setting blocks/, /Exchange Online is retiring/],
    says: [/EwsEnabled/, /1 October 2026/],
  },
  {
    name: 'Azure AD Graph: migrate, not grant',
    paste: async () => `GET https://graph.windows.net/contoso.onmicrosoft.com/users?api-version=1.6 403 Authorization_RequestDenied\nAuthorization: Bearer ${await mintToken({ claims: { ...appOnly(['Directory.Read.All']).claims, aud: 'https://graph.windows.net' } })} and we call Microsoft Graph with the same token`,
    cause: 'wrong-audience',
    fix: /Azure AD Graph \(graph\.windows\.net\) is retired and no permission or token brings it back: move the calls to Microsoft Graph/,
    shows: [/not the retired Azure AD Graph/],
    hides: [/Your API receives/],
  },
  {
    name: 'IDX10511 in the developer\'s own API: request a token for that API',
    paste: 'Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10511: Signature validation failed. Keys tried: ... kid: ... Our ASP.NET Core API receives the access token the SPA got for https://graph.microsoft.com/User.Read',
    cause: 'wrong-audience',
    fix: /Your own API is validating a token issued for Microsoft Graph.*api:\/\/\{api-app-id\}\/\.default/,
    shows: [/Your API receives a token meant for itself/],
    hides: [/retired Azure AD Graph/],
  },
  {
    name: 'Permissions, daemon holding Sites.Selected: the site grant first, consent by a Privileged Role Administrator',
    paste: async () => `GET https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,1,2/drive 403 accessDenied\nAuthorization: Bearer ${await mintToken(appOnly(['Sites.Selected']))}`,
    cause: 'permissions-missing',
    fix: /Sites\.Selected grants nothing alone: an admin must also grant the app a role on the site/,
    shows: [/Sites\.Selected permission also has a grant on the site/, /Admin consent was granted/],
    hides: [/Users are allowed to consent/],
    says: [/POST \/v1\.0\/sites\/\{site-id\}\/permissions/, /Privileged Role Administrator/, /least privileged permission the call accepts/, /prefer Sites\.Selected plus a grant on the one site/],
  },
  {
    name: 'Permissions, daemon without a Selected permission: application permission and consent, no Sites.Selected check',
    paste: async () => `GET https://graph.microsoft.com/v1.0/groups/3e4f5a6b-0000-4000-8000-00000000c0de/members 403 Authorization_RequestDenied\nAuthorization: Bearer ${await mintToken(appOnly(['Mail.Read']))}`,
    cause: 'permissions-missing',
    fix: /For a daemon: .*application permission.*Privileged Role Administrator grant admin consent.*\/\.default token/,
    shows: [/Admin consent was granted/],
    hides: [/Sites\.Selected/, /Users are allowed to consent/],
  },
  {
    name: 'Permissions, signed-in user calling /users: no Sites.Selected check, even when the token holds Sites.Selected',
    paste: async () => `GET https://graph.microsoft.com/v1.0/users 403 Authorization_RequestDenied\nAuthorization: Bearer ${await mintToken(delegated('User.Read Sites.Selected'))}`,
    cause: 'permissions-missing',
    fix: /For a signed-in user: .*admin consent workflow/,
    shows: [/Users are allowed to consent/],
    hides: [/Sites\.Selected/],
  },
  {
    name: 'Consent, signed-in user: the user-consent setting and the admin consent workflow',
    paste: async () => `AADSTS90094: The grant requires admin permission. Need admin approval.\nAuthorization: Bearer ${await mintToken(delegated('User.Read'))}`,
    cause: 'permissions-missing',
    fix: /admin consent workflow/,
    shows: [/Users are allowed to consent, or can ask an admin/],
    says: [/Microsoft's managed setting blocks user consent to third-party apps for files and sites/, /Entra ID > Enterprise apps > Consent and permissions > User consent settings/],
  },
  {
    name: 'Guests: membership first, tenant-wide guest access only with its trade-off',
    paste: 'Our guest users get 403 Authorization_RequestDenied listing /users; members are fine. The account is a guest (#EXT#).',
    cause: 'user-access-or-license',
    fix: /invite guests into the team or group they need before loosening tenant-wide guest settings/,
    shows: [/Guests are allowed/],
    says: [/applies to every guest in the tenant/, /Entra ID > External Identities > External collaboration settings/],
  },
  {
    name: "Graph token sent to an upload session's own URL: send no Authorization header there, no other token",
    paste: 'LargeFileUploadTask for a 12 MB attachment. PUT to the uploadUrl with our Authorization: Bearer header gives 401 {"error":{"code":"InvalidAudienceForResource","message":"The audience claim value is invalid for current resource."}}',
    cause: 'wrong-audience',
    fix: /uploadUrl carries its own authorization: send the PUTs to it with no Authorization header/,
  },
  {
    name: 'Token lifetime: judged at the time of the failure',
    paste: 'InvalidAuthenticationToken: Lifetime validation failed, the token is expired. {"innerError":{"date":"2026-11-24T09:30:00"}}',
    cause: 'token-invalid',
    fix: /Ask MSAL for the token right before each call/,
    says: [/compare them with the time of the failure \(2026-11-24T09:30:00Z\), not with now/],
  },
];

describe('advice by situation (paste -> what the card says)', () => {
  for (const row of rows) {
    it(row.name, async () => {
      // Ranking is the classifier's job (tested per cause); this is the advice of the named cause.
      const { advice } = await advise(row);
      assert.match(advice.fix, row.fix);
      const titles = advice.checks.map((c) => c.title);
      for (const re of row.shows ?? []) assert.ok(titles.some((t) => re.test(t)), `${re} not among ${JSON.stringify(titles)}`);
      for (const re of row.hides ?? []) assert.ok(!titles.some((t) => re.test(t)), `${re} shown among ${JSON.stringify(titles)}`);
      const text = advice.checks.map((c) => [c.title, c.fix, c.tradeOff ?? '', ...Object.values(c.verify)].join('\n')).join('\n');
      for (const re of row.says ?? []) assert.match(text, re);
    });
  }
});

describe('the fix leads the card: one tight sentence', () => {
  // The first answer must fit at a glance (see test/cards/answer-budget.test.ts); details go to the checks.
  for (const v of verdicts) {
    it(`${v.id}: every fix, general or for a situation, is one sentence of at most 200 characters`, () => {
      for (const [where, fix] of [['general', v.wording.fix], ...Object.entries(v.wording.fixFor ?? {})] as [string, string][]) {
        assert.ok(fix.length <= (where === 'general' ? 200 : 185), `${where}: ${fix.length} characters`);
        assert.doesNotMatch(fix.replace(/\b(?:e\.g|i\.e)\./g, ''), /\.\s+[A-Z]/, `${where}: more than one sentence`);
      }
    });
  }
});

describe('every piece of advice rests on a dated Microsoft Learn page', () => {
  const learn = /^https:\/\/learn\.microsoft\.com\/[a-z0-9/#?=.&_-]+$/;
  for (const v of verdicts) {
    it(`${v.id}: a last-verified date, its pages, and a source for every check`, () => {
      assert.match(v.wording.lastVerified.on, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(v.wording.lastVerified.against.length > 0);
      for (const url of v.wording.lastVerified.against) assert.match(url, learn);
      for (const c of v.checks) {
        assert.match(c.source, learn, c.title);
        assert.ok(v.wording.lastVerified.against.some((u) => c.source.startsWith(u.split('#')[0] ?? u)), `${c.title}: ${c.source} is not among the pages the module was verified against`);
      }
    });
  }

  it('uses today\'s Entra admin center menus, never the old "Identity >" ones', () => {
    for (const v of verdicts) {
      for (const c of v.checks) {
        const portal = c.verify.portal ?? '';
        assert.doesNotMatch(portal, /Identity >|Azure Active Directory >|> Applications > App registrations/, `${v.id}: ${c.title}`);
      }
    }
  });
});
