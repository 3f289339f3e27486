import assert from 'node:assert/strict';
import { delegatedRoles, rolesList } from '../../src/permissions/delegated-roles.js';
import { parseGraphPath } from '../../src/permissions/request-path.js';
import { ENTRA_ROLE_NAMES } from '../../src/diagnosis/knowledge/entra-roles.js';
import type { HttpMethod } from '../../src/permissions/request-path.js';

const rolesOf = (method: HttpMethod, url: string): readonly string[] | undefined => delegatedRoles(method, parseGraphPath(url).segments)?.roles;

describe('permissions/delegated-roles', () => {
  // The request as pasted (host, version, real ids, any case) finds the operation's row.
  const found: [HttpMethod, string, string][] = [
    ['GET', 'https://graph.microsoft.com/v1.0/auditLogs/directoryAudits?$top=5', 'Reports Reader'],
    ['GET', 'https://graph.microsoft.com/v1.0/auditLogs/signIns?$filter=userPrincipalName eq \'a@contoso.com\'', 'Security Reader'],
    ['GET', '/directory/attributeSets/Engineering', 'Attribute Definition Reader'],
    ['GET', 'https://graph.microsoft.com/v1.0/users/ada@contoso.com/authentication/methods', 'Authentication Administrator'],
    ['PATCH', '/policies/authorizationPolicy', 'Privileged Role Administrator'],
    ['GET', '/identityGovernance/lifecycleWorkflows/workflows', 'Lifecycle Workflows Administrator'],
    ['PATCH', 'https://graph.microsoft.com/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Sms', 'Authentication Policy Administrator'],
  ];
  for (const [method, url, role] of found) {
    it(`names ${role} for ${method} ${url}`, () => assert.ok(rolesOf(method, url)?.includes(role)));
  }
  // Another method on the same path, a path the pages name no role for, a sub-resource not listed.
  const notFound: [HttpMethod, string][] = [
    ['POST', '/auditLogs/directoryAudits'],
    ['GET', '/users'],
    ['GET', '/auditLogs/signIns/{id}/extra'],
    ['GET', '/me/authentication/methods'],
  ];
  for (const [method, url] of notFound) it(`names no role for ${method} ${url}`, () => assert.equal(rolesOf(method, url), undefined));

  it('cites a Graph API reference page for every operation', () => {
    for (const method of ['GET', 'POST', 'PATCH'] as const) {
      for (const url of ['/auditLogs/directoryAudits', '/directory/attributeSets', '/policies/authenticationMethodsPolicy']) {
        const r = delegatedRoles(method, parseGraphPath(url).segments);
        if (r) assert.match(r.learnMore, /^https:\/\/learn\.microsoft\.com\/graph\/api\/[a-z0-9-]+$/);
      }
    }
  });

  it('lists only role names the diagnosis reads in prose', () => {
    for (const url of ['/auditLogs/directoryAudits', '/auditLogs/signIns', '/auditLogs/provisioning', '/directory/attributeSets', '/directory/customSecurityAttributeDefinitions', '/identityProtection/riskDetections', '/identityProtection/riskyServicePrincipals', '/directory/deviceLocalCredentials', '/identityGovernance/lifecycleWorkflows/workflows', '/policies/authenticationMethodsPolicy']) {
      for (const role of rolesOf('GET', url) ?? []) assert.ok(ENTRA_ROLE_NAMES.includes(role.toLowerCase()), `${role} (${url})`);
    }
  });

  it('joins the roles as a sentence does', () => {
    assert.equal(rolesList(['Reports Reader']), 'Reports Reader');
    assert.equal(rolesList(['Reports Reader', 'Security Reader', 'Security Administrator']), 'Reports Reader, Security Reader or Security Administrator');
  });
});
