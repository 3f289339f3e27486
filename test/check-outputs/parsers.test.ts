/** Each format the bot reads: what it recognizes, and the names and facts it takes from it. */
import assert from 'node:assert/strict';
import { OUTPUT_PARSERS, readCheckOutput } from '../../src/check-outputs/index.js';
import type { OutputKind } from '../../src/check-outputs/model.js';
import * as S from './samples.js';

interface Case {
  readonly name: string;
  readonly paste: string;
  readonly kind: OutputKind;
  readonly format: string;
  /** Graph permissions in the facts, as "Name/kind". */
  readonly permissions?: readonly string[];
  /** Text every line together must contain. */
  readonly shows?: readonly string[];
  readonly unnamed?: number;
  readonly otherApis?: number;
}

const CASES: readonly Case[] = [
  { name: 'az ad app permission list (JSON, Scope ids)', paste: S.AZ_PERMISSION_LIST_DELEGATED, kind: 'required-access', format: 'json', permissions: ['GroupMember.Read.All/delegated', 'User.Read/delegated'], shows: ['GroupMember.Read.All (Delegated)'] },
  { name: 'az ad app permission list with a prompt, trailing comma, unknown id and another API', paste: S.AZ_PERMISSION_LIST_MIXED, kind: 'required-access', format: 'json', permissions: ['GroupMember.Read.All/application'], shows: ['unknown id', 'resourceAppId 00000002-0000-0000-c000-000000000000', 'not Microsoft Graph'], unnamed: 1, otherApis: 1 },
  { name: 'Get-AzADAppPermission table', paste: S.AZ_AD_APP_PERMISSION_TABLE, kind: 'required-access', format: 'table', shows: ['not a delegated permission'], unnamed: 2 },
  { name: 'app manifest requiredResourceAccess', paste: S.MANIFEST, kind: 'required-access', format: 'json', permissions: ['Mail.Read/application'] },
  { name: 'az ad app permission list-grants (JSON)', paste: S.AZ_LIST_GRANTS_ALL, kind: 'delegated-grants', format: 'json', permissions: ['User.Read/delegated', 'GroupMember.Read.All/delegated'], shows: ['for all users'] },
  { name: 'Get-MgOauth2PermissionGrant table', paste: S.MG_GRANT_TABLE_ONE_USER, kind: 'delegated-grants', format: 'table', permissions: ['User.Read/delegated', 'GroupMember.Read.All/delegated'], shows: ['for one user only', '11111111-2222-4333-8444-555555555555'] },
  { name: 'Get-MgOauth2PermissionGrant list', paste: S.MG_GRANT_LIST, kind: 'delegated-grants', format: 'list', permissions: ['Mail.Read/delegated'], shows: ['for all users'] },
  { name: 'az rest appRoleAssignments', paste: S.AZ_REST_APP_ROLES, kind: 'app-role-assignments', format: 'json', permissions: ['GroupMember.Read.All/application'], shows: ['granted to nightly-sync'] },
  { name: 'Get-MgServicePrincipalAppRoleAssignment table without the resource', paste: S.MG_APP_ROLES_TABLE, kind: 'app-role-assignments', format: 'table', permissions: ['Directory.Read.All/application'], shows: ['does not show resourceDisplayName'] },
  { name: 'Get-MgServicePrincipalAppRoleAssignment list, another API', paste: S.MG_APP_ROLES_LIST_OTHER_API, kind: 'app-role-assignments', format: 'list', permissions: [], shows: ['Contoso Orders API, not Microsoft Graph'], otherApis: 1 },
  { name: 'sign-in log: Conditional Access failure', paste: S.SIGN_IN_CA_FAILURE, kind: 'sign-in', format: 'json', shows: ['AADSTS53003', 'Policy "Require MFA for all cloud apps" failed: it requires Mfa'] },
  { name: 'sign-in log: success in a list', paste: S.SIGN_IN_SUCCESS, kind: 'sign-in', format: 'json', shows: ['succeeded', '1 policy was satisfied'] },
  { name: 'Get-MgUserLicenseDetail table', paste: S.MG_LICENSE_TABLE, kind: 'licenses', format: 'table', shows: ['ENTERPRISEPACK', 'service plans are not shown'] },
  { name: 'licenseDetails: none', paste: S.LICENSE_NONE, kind: 'licenses', format: 'json', shows: ['no license'] },
  { name: 'Get-EXOMailbox list', paste: S.EXO_MAILBOX_LIST, kind: 'mailbox', format: 'list', shows: ['UserMailbox'] },
  { name: 'Get-EXOMailbox: not found', paste: S.EXO_MAILBOX_NOT_FOUND, kind: 'mailbox', format: 'text', shows: ['no mailbox'] },
  { name: 'Get-ManagementRoleAssignment table', paste: S.EXO_ROLE_ASSIGNMENTS, kind: 'exchange-role-assignments', format: 'table', shows: ['Application Mail.Read'] },
  { name: 'Test-ServicePrincipalAuthorization table', paste: S.EXO_AUTH_TEST_OUT_OF_SCOPE, kind: 'exchange-authorization-test', format: 'table', shows: ['Mail.Read — scope Canadian Employees (CustomRecipientScope): the mailbox is NOT in scope'] },
];

describe('check outputs: recognising each format', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const parsed = readCheckOutput(c.paste);
      assert.ok(parsed, 'recognised');
      assert.equal(parsed.kind, c.kind);
      assert.equal(parsed.format, c.format);
      if (c.permissions) assert.deepEqual(parsed.facts.permissions.map((p) => `${p.name}/${p.kind}`), c.permissions);
      const all = [parsed.title, ...parsed.lines].join('\n');
      for (const s of c.shows ?? []) assert.ok(all.includes(s), `"${s}" in:\n${all}`);
      if (c.unnamed !== undefined) assert.equal(parsed.facts.unnamed, c.unnamed);
      if (c.otherApis !== undefined) assert.equal(parsed.facts.otherApis, c.otherApis);
    });
  }

  const NOT_OUTPUTS: readonly [string, string][] = [
    ['a Graph error body', '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}'],
    ['an AADSTS error', 'AADSTS65001: The user or administrator has not consented to use the application with ID 6f1b2c3d.'],
    ['prose that names a field', 'I checked consentType and it looks fine, but I still get 403.'],
    ['a table of something else', 'Name   Value\n----   -----\nfoo    bar'],
  ];
  for (const [name, paste] of NOT_OUTPUTS) {
    it(`does not take ${name} for an output`, () => {
      assert.equal(readCheckOutput(paste), undefined);
    });
  }

  it('names no id it does not know and never names one across clouds or types', () => {
    const parsed = readCheckOutput(S.AZ_AD_APP_PERMISSION_TABLE);
    // Get-AzADAppPermission's sample lists application ids with type Scope: said, not renamed.
    assert.ok(parsed?.lines.join(' ').includes('User.Read.All (Delegated) — this id is the application User.Read.All'));
    assert.equal(parsed?.facts.permissions.length, 0);
  });

  it('keeps every parser linear: a 64 KB table of a thousand rows is read in bounded rows', () => {
    const row = '00000003-0000-0000-c000-000000000000 df021288-bdef-4463-88db-98f22de89214 Role\n';
    const header = 'ApiId                                Id                                   Type\n-----                                --                                   ----\n';
    const parsed = readCheckOutput(header + row.repeat(2000));
    assert.equal(parsed?.kind, 'required-access');
    assert.ok((parsed?.facts.permissions.length ?? 0) <= 500);
  });

  it('every parser cites where its shape is documented', () => {
    for (const p of OUTPUT_PARSERS) assert.match(p.source, /^https:\/\/learn\.microsoft\.com\//);
  });
});
