/**
 * Exchange RBAC for Applications, tested: Test-ServicePrincipalAuthorization -Identity {sp}
 * [-Resource {mailbox}] prints RoleName, GrantedPermissions, AllowedResourceScope, ScopeType
 * and InScope (True/False against the mailbox, "Not Run" without -Resource)
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/test-serviceprincipalauthorization).
 */
import { emptyFacts, type OutputParser, type ParsedOutput } from './model.js';
import { applicationRolePermission } from './exchange-role-assignments.js';
import { readRows, text } from './text-shapes.js';

export function parseExchangeAuthorizationTest(input: string): ParsedOutput | undefined {
  const read = readRows(input);
  if (!read) return undefined;
  const rows = read.rows.filter((r) => text(r, 'RoleName') !== undefined && text(r, 'InScope') !== undefined);
  if (rows.length === 0) return undefined;
  const inScope: Record<string, boolean> = {};
  const roles: string[] = [];
  const lines: string[] = [];
  let scoped = false;
  for (const r of rows) {
    const permission = text(r, 'GrantedPermissions') || applicationRolePermission(text(r, 'RoleName'));
    const result = (text(r, 'InScope') ?? '').toLowerCase();
    const scopeType = text(r, 'ScopeType') ?? '';
    if (scopeType && !/^organization$/i.test(scopeType)) scoped = true;
    if (permission) {
      roles.push(permission);
      if (result === 'true' || result === 'false') inScope[permission] = result === 'true';
    }
    const verdict = result === 'true' ? 'the mailbox is in scope' : result === 'false' ? 'the mailbox is NOT in scope' : 'not tested against a mailbox (add -Resource {mailbox})';
    lines.push(`${permission ?? text(r, 'RoleName') as string} — scope ${text(r, 'AllowedResourceScope') ?? 'not shown'} (${scopeType || 'type not shown'}): ${verdict}`);
  }
  return {
    kind: 'exchange-authorization-test',
    format: read.format,
    title: 'What RBAC for Applications lets the app do',
    lines,
    personal: [],
    facts: { ...emptyFacts('exchange-authorization-test'), exchange: { roles: [...new Set(roles)], inScope: Object.keys(inScope).length > 0 ? inScope : undefined, scoped } },
  };
}

export const exchangeAuthorizationTestParser: OutputParser = {
  kind: 'exchange-authorization-test',
  commands: ['Test-ServicePrincipalAuthorization'],
  source: 'https://learn.microsoft.com/powershell/module/exchangepowershell/test-serviceprincipalauthorization',
  parse: parseExchangeAuthorizationTest,
};
