/** The narrow permissions table stays in step with Microsoft's data and says where each fact comes from. */
import assert from 'node:assert/strict';
import { comparePermissions, resolveRequirement } from '../../src/permissions/insight.js';
import { coversWrites, PROPERTY_PERMISSIONS } from '../../src/permissions/property-permissions.js';
import { toGraphRequest } from '../../src/permissions/request-path.js';

describe('permissions/property-permissions', () => {
  for (const row of PROPERTY_PERMISSIONS) {
    it(`${row.permission}: Microsoft's data accepts it on PATCH ${row.template}, and a Learn page says what it writes`, () => {
      const request = toGraphRequest('PATCH', row.template.replace('{id}', 'someone'));
      assert.ok(request);
      const req = resolveRequirement(request);
      const accepted = [...(req?.delegated ?? []), ...(req?.application ?? [])].map((p) => p.toLowerCase());
      // A row marked unlisted says Microsoft's data does not list it there, and is added only for a body writing its properties.
      if (row.unlistedSchemes) {
        assert.ok(!accepted.includes(row.permission.toLowerCase()), `${row.permission} is listed for PATCH ${row.template} now: drop unlistedSchemes`);
        const fitted = comparePermissions({ ...request, writes: row.properties }, { kind: 'delegated', permissions: [row.permission], from: 'text' });
        assert.equal(fitted.verdict, 'satisfied', fitted.message);
      } else assert.ok(accepted.includes(row.permission.toLowerCase()), `${row.permission} is not listed for PATCH ${row.template}`);
      assert.match(row.source, /^https:\/\/learn\.microsoft\.com\//);
      for (const p of row.properties) assert.equal(p, p.toLowerCase());
    });
  }

  const cases: { name: string; permission: string; writes: string[]; covers: boolean }[] = [
    { name: 'a narrow permission covers its own property', permission: 'User-PasswordProfile.ReadWrite.All', writes: ['passwordprofile'], covers: true },
    { name: 'not another one', permission: 'User-PasswordProfile.ReadWrite.All', writes: ['accountenabled'], covers: false },
    { name: 'not a body that writes more', permission: 'User-Phone.ReadWrite.All', writes: ['mobilephone', 'passwordprofile'], covers: false },
    { name: 'nor a body nobody has seen', permission: 'User.EnableDisableAccount.All', writes: [], covers: false },
    { name: 'a whole-profile permission covers any body', permission: 'User.ReadWrite.All', writes: ['passwordprofile'], covers: true },
    { name: 'the custom security attribute permission covers only those attributes', permission: 'CustomSecAttributeAssignment.ReadWrite.All', writes: ['customsecurityattributes', 'department'], covers: false },
  ];
  for (const c of cases) it(c.name, () => assert.equal(coversWrites(c.permission, '/users/{id}', c.writes), c.covers));
});
