/**
 * Delegated consent: `az ad app permission list-grants` (JSON list of oAuth2PermissionGrant,
 * https://learn.microsoft.com/cli/azure/ad/app/permission#az-ad-app-permission-list-grants) and
 * Get-MgOauth2PermissionGrant / Get-MgServicePrincipalOauth2PermissionGrant (table or list,
 * https://learn.microsoft.com/powershell/module/microsoft.graph.identity.signins/get-mgoauth2permissiongrant).
 * Each grant: clientId, consentType (AllPrincipals = every user, Principal = one user),
 * principalId, resourceId and scope, a space-separated list of delegated permission names
 * (https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant).
 */
import { GRAPH_DISPLAY_NAME, scopeByName } from './graph-names.js';
import { emptyFacts, type ConsentScope, type OutputParser, type ParsedOutput, type ShownPermission } from './model.js';
import { isCut, readRows, text } from './text-shapes.js';

interface Grant {
  readonly consent: ConsentScope | undefined;
  readonly principalId?: string;
  readonly resourceId?: string;
  readonly resourceName?: string;
  readonly scopes: readonly string[];
  readonly cut: boolean;
}

function consentOf(value: string | undefined): ConsentScope | undefined {
  const v = value?.toLowerCase();
  return v === 'allprincipals' ? 'all-users' : v === 'principal' ? 'one-user' : undefined;
}

export function parseDelegatedGrants(input: string): ParsedOutput | undefined {
  const read = readRows(input);
  if (!read) return undefined;
  const grants: Grant[] = [];
  for (const r of read.rows) {
    const scope = text(r, 'scope');
    const consentType = text(r, 'consentType');
    // Both the consent type and the scope make it a grant; clientId alone is in many outputs.
    if (scope === undefined || consentType === undefined || text(r, 'clientId') === undefined) continue;
    const cut = isCut(scope);
    const names = scope.replace(/(?:\.\.\.|…)$/, '').split(/\s+/).filter(Boolean);
    grants.push({
      consent: consentOf(consentType),
      principalId: text(r, 'principalId') || undefined,
      resourceId: text(r, 'resourceId'),
      resourceName: text(r, 'resourceDisplayName'),
      // A cut last name is not a name.
      scopes: cut ? names.slice(0, -1) : names,
      cut,
    });
  }
  if (grants.length === 0) return undefined;
  const lines: string[] = [];
  const personal: string[] = [];
  const permissions: { name: string; kind: 'delegated'; consent?: ConsentScope }[] = [];
  let unnamed = 0;
  for (const g of grants) {
    // A grant on a named API other than Graph: its scope names are that API's, whatever they look like.
    const otherApi = g.resourceName !== undefined && g.resourceName.toLowerCase() !== GRAPH_DISPLAY_NAME;
    const shown: ShownPermission[] = otherApi ? [] : g.scopes.map(scopeByName);
    if (otherApi) unnamed += g.scopes.length;
    const graph = shown.filter((p) => p.resource === 'graph');
    unnamed += shown.length - graph.length;
    for (const p of graph) permissions.push({ name: p.name as string, kind: 'delegated', consent: g.consent });
    const who = g.consent === 'all-users' ? 'for all users (admin consent)' : g.consent === 'one-user' ? `for one user only (principalId ${g.principalId ?? 'not shown'})` : 'with an unknown consent type';
    if (g.principalId) personal.push(g.principalId);
    const api = g.resourceName ?? (g.resourceId ? `resource ${g.resourceId}` : 'an API not shown');
    lines.push(`${api}: ${g.scopes.join(' ') || '(no scopes)'} — ${who}${g.cut ? '; PowerShell cut the list, widen it with | Format-List' : ''}`);
  }
  return {
    kind: 'delegated-grants',
    format: read.format,
    title: 'Delegated permission grants (consent)',
    lines,
    personal,
    facts: { ...emptyFacts('delegated-grants'), permissions, unnamed, cut: grants.some((g) => g.cut) },
  };
}

export const delegatedGrantsParser: OutputParser = {
  kind: 'delegated-grants',
  commands: ['az ad app permission list-grants', 'Get-MgOauth2PermissionGrant', 'Get-MgServicePrincipalOauth2PermissionGrant'],
  source: 'https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant',
  parse: parseDelegatedGrants,
};
