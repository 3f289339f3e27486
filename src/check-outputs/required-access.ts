/**
 * The permissions an app registration requests: `az ad app permission list --id {app-id}`
 * (JSON: [{ resourceAppId, resourceAccess: [{ id, type }] }],
 * https://learn.microsoft.com/cli/azure/ad/app/permission#az-ad-app-permission-list), the app
 * manifest or application object (requiredResourceAccess,
 * https://learn.microsoft.com/graph/api/resources/requiredresourceaccess), and
 * Get-AzADAppPermission's table (ApiId Id Type,
 * https://learn.microsoft.com/powershell/module/az.resources/get-azadapppermission).
 * Requested is not granted: consent shows in the grant and assignment outputs.
 */
import { isRecord } from '../shared/is-record.js';
import { describePermission, GRAPH_APP_ID, graphPermission, isGuid, kindOfType, otherPermission } from './graph-names.js';
import { emptyFacts, type OutputFormat, type OutputParser, type ParsedOutput, type ShownPermission } from './model.js';
import { field, jsonObjects, readJson, readList, readTable, text, type Row } from './text-shapes.js';

interface Requested {
  readonly resourceAppId: string;
  readonly id: string;
  readonly type: string;
}

function fromJson(value: unknown): Requested[] | undefined {
  // The manifest or application object wraps the list; az prints the list itself.
  const holder = isRecord(value) && Array.isArray(field(value, 'requiredResourceAccess')) ? (field(value, 'requiredResourceAccess') as unknown[]) : value;
  const groups = jsonObjects(holder).filter((g) => typeof field(g, 'resourceAppId') === 'string' && Array.isArray(field(g, 'resourceAccess')));
  if (groups.length === 0) return undefined;
  const out: Requested[] = [];
  for (const g of groups) {
    const app = text(g, 'resourceAppId') ?? '';
    for (const a of (field(g, 'resourceAccess') as unknown[]).filter(isRecord)) {
      const id = text(a, 'id');
      if (id) out.push({ resourceAppId: app, id, type: text(a, 'type') ?? '' });
    }
  }
  return out;
}

function fromRows(rows: readonly Row[]): Requested[] | undefined {
  const usable = rows.filter((r) => isGuid(text(r, 'ApiId')) && isGuid(text(r, 'Id')) && kindOfType(text(r, 'Type')));
  if (usable.length === 0) return undefined;
  return usable.map((r) => ({ resourceAppId: text(r, 'ApiId') ?? '', id: text(r, 'Id') ?? '', type: text(r, 'Type') ?? '' }));
}

function shown(r: Requested): ShownPermission | undefined {
  const kind = kindOfType(r.type);
  if (!kind) return undefined;
  return r.resourceAppId.toLowerCase() === GRAPH_APP_ID ? graphPermission(r.id, kind) : otherPermission(r.id, kind, 'other');
}

export function parseRequiredAccess(input: string): ParsedOutput | undefined {
  const json = readJson(input);
  let format: OutputFormat = 'json';
  let requested = json === undefined ? undefined : fromJson(json);
  if (!requested) {
    requested = fromRows(readTable(input));
    format = 'table';
  }
  if (!requested) {
    requested = fromRows(readList(input));
    format = 'list';
  }
  if (!requested) return undefined;
  const permissions = requested.map(shown).filter((p): p is ShownPermission => p !== undefined);
  const others = new Set(requested.filter((r) => r.resourceAppId.toLowerCase() !== GRAPH_APP_ID).map((r) => r.resourceAppId));
  const graph = permissions.filter((p) => p.resource === 'graph');
  const lines = [
    graph.length > 0 ? `Microsoft Graph: ${graph.map(describePermission).join(', ')}` : 'No Microsoft Graph permission is requested.',
    ...[...others].map((app) => `Another API (resourceAppId ${app}): ${requested.filter((r) => r.resourceAppId === app).length} permission(s), not Microsoft Graph — they do not count for Graph calls.`),
  ];
  return {
    kind: 'required-access',
    format,
    title: 'Permissions the app registration requests',
    lines,
    personal: [],
    facts: {
      ...emptyFacts('required-access'),
      permissions: graph.filter((p) => p.name && !p.note).map((p) => ({ name: p.name as string, kind: p.kind })),
      unnamed: graph.filter((p) => !p.name || p.note).length,
      otherApis: others.size,
    },
  };
}

export const requiredAccessParser: OutputParser = {
  kind: 'required-access',
  commands: ['az ad app permission list', 'Get-AzADAppPermission', 'requiredResourceAccess (app manifest)'],
  source: 'https://learn.microsoft.com/cli/azure/ad/app/permission#az-ad-app-permission-list',
  parse: parseRequiredAccess,
};
