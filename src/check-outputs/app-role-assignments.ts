/**
 * Application consent: Get-MgServicePrincipalAppRoleAssignment (table or list) and
 * `az rest --uri https://graph.microsoft.com/v1.0/servicePrincipals/{id}/appRoleAssignments`
 * (JSON { value: [...] }). Each assignment: appRoleId (the permission's id), principalDisplayName,
 * principalId, principalType, resourceDisplayName ("Microsoft Graph"), resourceId — the
 * resource's service principal object id, which differs per tenant
 * (https://learn.microsoft.com/graph/api/serviceprincipal-list-approleassignments,
 * https://learn.microsoft.com/graph/api/resources/approleassignment).
 */
import { describePermission, GRAPH_DISPLAY_NAME, graphPermission, isGuid, otherPermission } from './graph-names.js';
import { emptyFacts, type OutputParser, type ParsedOutput, type ShownPermission } from './model.js';
import { isCut, readRows, text } from './text-shapes.js';

export function parseAppRoleAssignments(input: string): ParsedOutput | undefined {
  const read = readRows(input);
  if (!read) return undefined;
  const rows = read.rows.filter((r) => isGuid(text(r, 'appRoleId')) && text(r, 'principalId') !== undefined);
  if (rows.length === 0) return undefined;
  const shown: ShownPermission[] = [];
  const principals = new Set<string>();
  let cut = false;
  for (const r of rows) {
    const id = text(r, 'appRoleId') as string;
    const resource = text(r, 'resourceDisplayName');
    if (resource !== undefined && isCut(resource)) cut = true;
    const principal = text(r, 'principalDisplayName');
    if (principal) principals.add(principal);
    if (resource === undefined || resource === '' || isCut(resource)) {
      // The output does not say the API. A Graph app role id is Microsoft's own GUID, so a
      // match names it, and the line says the resource was not shown.
      const p = graphPermission(id, 'application');
      shown.push(p.name && !p.note ? { ...p, note: 'the output does not show the API; this id is Microsoft Graph\'s' } : otherPermission(id, 'application', 'unknown'));
    } else if (resource.toLowerCase() === GRAPH_DISPLAY_NAME) {
      shown.push(graphPermission(id, 'application'));
    } else {
      shown.push({ ...otherPermission(id, 'application', 'other'), note: `an app role of ${resource}, not Microsoft Graph` });
    }
  }
  const graph = shown.filter((p) => p.name && (p.resource === 'graph') && (!p.note || p.note.startsWith('the output does not show')));
  const lines = [
    graph.length > 0 ? `Application permissions with admin consent on Microsoft Graph: ${graph.map((p) => `${p.name as string}`).join(', ')}` : 'No Microsoft Graph application permission is granted (assigned).',
    ...shown.filter((p) => !graph.includes(p)).map(describePermission),
  ];
  if (shown.some((p) => p.note?.startsWith('the output does not show'))) lines.push('The output does not show resourceDisplayName; ids were named only where they are Microsoft Graph\'s own.');
  return {
    kind: 'app-role-assignments',
    format: read.format,
    title: principals.size === 1 ? `Application permissions granted to ${[...principals][0] as string}` : 'Application permissions granted (app role assignments)',
    lines,
    personal: [],
    facts: {
      ...emptyFacts('app-role-assignments'),
      permissions: graph.map((p) => ({ name: p.name as string, kind: 'application' as const })),
      unnamed: shown.filter((p) => p.resource !== 'other' && !graph.includes(p)).length,
      otherApis: shown.filter((p) => p.resource === 'other').length,
      cut,
    },
  };
}

export const appRoleAssignmentsParser: OutputParser = {
  kind: 'app-role-assignments',
  commands: ['Get-MgServicePrincipalAppRoleAssignment', 'az rest …/servicePrincipals/{id}/appRoleAssignments'],
  source: 'https://learn.microsoft.com/graph/api/serviceprincipal-list-approleassignments',
  parse: parseAppRoleAssignments,
};
