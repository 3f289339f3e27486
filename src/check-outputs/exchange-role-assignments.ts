/**
 * Exchange RBAC for Applications, as assigned: `Get-ManagementRoleAssignment -RoleAssignee {sp}`
 * (table or list: Name, Role, RoleAssigneeName, RoleAssigneeType, CustomResourceScope…,
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-managementroleassignment).
 * Application roles are named "Application <permission>", e.g. "Application Mail.Read"
 * (https://learn.microsoft.com/exchange/permissions-exo/application-rbac).
 */
import { emptyFacts, type OutputParser, type ParsedOutput } from './model.js';
import { readRows, text } from './text-shapes.js';

/** "Application Mail.Read" -> "Mail.Read"; other Exchange roles are not app permissions. */
export function applicationRolePermission(role: string | undefined): string | undefined {
  const m = /^Application\s+([A-Za-z][A-Za-z0-9.]{1,80})$/.exec(role?.trim() ?? '');
  return m?.[1];
}

export function parseExchangeRoleAssignments(input: string): ParsedOutput | undefined {
  const read = readRows(input);
  if (!read) return undefined;
  const rows = read.rows.filter((r) => text(r, 'Role') !== undefined && (text(r, 'RoleAssigneeName') !== undefined || text(r, 'RoleAssigneeType') !== undefined));
  if (rows.length === 0) return undefined;
  const roles: string[] = [];
  const lines: string[] = [];
  let scoped = false;
  for (const r of rows) {
    const permission = applicationRolePermission(text(r, 'Role'));
    const scope = text(r, 'CustomResourceScope') || text(r, 'RecipientWriteScope') || undefined;
    if (scope && !/^organization$/i.test(scope)) scoped = true;
    if (permission) roles.push(permission);
    lines.push(`${text(r, 'Role') as string}${scope ? ` — scope ${scope}` : ''}${text(r, 'RoleAssigneeType') ? ` (assigned to a ${text(r, 'RoleAssigneeType') as string})` : ''}`);
  }
  return {
    kind: 'exchange-role-assignments',
    format: read.format,
    title: 'Exchange role assignments of the app (RBAC for Applications)',
    lines,
    personal: [],
    facts: { ...emptyFacts('exchange-role-assignments'), exchange: { roles: [...new Set(roles)], scoped } },
  };
}

export const exchangeRoleAssignmentsParser: OutputParser = {
  kind: 'exchange-role-assignments',
  commands: ['Get-ManagementRoleAssignment -RoleAssignee'],
  source: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-managementroleassignment',
  parse: parseExchangeRoleAssignments,
};
