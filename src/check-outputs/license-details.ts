/**
 * A user's licenses: Get-MgUserLicenseDetail (table: Id SkuId SkuPartNumber; with
 * -Property/ConvertTo-Json also ServicePlans) or `GET /users/{id}/licenseDetails` (JSON).
 * Each: skuId, skuPartNumber, servicePlans[] with servicePlanName and provisioningStatus
 * (https://learn.microsoft.com/graph/api/resources/licensedetails,
 * https://learn.microsoft.com/graph/api/resources/serviceplaninfo).
 */
import { isRecord } from '../shared/is-record.js';
import { emptyFacts, type OutputParser, type ParsedOutput } from './model.js';
import { field, readJson, readRows, text } from './text-shapes.js';

/** Plans that are switched off for the user do not give them the service. */
function enabledPlans(row: Record<string, unknown>): string[] | undefined {
  const plans = field(row, 'servicePlans');
  if (!Array.isArray(plans)) return undefined;
  return plans
    .filter(isRecord)
    .filter((p) => !/^disabled$/i.test(text(p, 'provisioningStatus') ?? ''))
    .map((p) => text(p, 'servicePlanName'))
    .filter((n): n is string => typeof n === 'string' && n.length > 0)
    .slice(0, 100);
}

export function parseLicenseDetails(input: string): ParsedOutput | undefined {
  const json = readJson(input);
  // An empty licenseDetails collection is an answer: the user has no license.
  const empty = isRecord(json) && Array.isArray(json.value) && json.value.length === 0 && String(json['@odata.context'] ?? '').toLowerCase().includes('licensedetails');
  const read = empty ? { rows: [], format: 'json' as const } : readRows(input);
  if (!read) return undefined;
  const rows = read.rows.filter((r) => typeof text(r, 'skuPartNumber') === 'string');
  if (rows.length === 0 && !empty) return undefined;
  const skus = rows.map((r) => text(r, 'skuPartNumber') as string).slice(0, 40);
  const planLists = rows.map(enabledPlans);
  const plans = planLists.every((p) => p === undefined) ? undefined : [...new Set(planLists.flatMap((p) => p ?? []))];
  const lines = skus.length === 0 ? ['The user has no license.'] : [`Licenses: ${skus.join(', ')}`];
  if (plans) lines.push(plans.length > 0 ? `Enabled service plans: ${plans.join(', ')}` : 'No service plan is enabled.');
  else if (skus.length > 0) lines.push('The service plans are not shown: add | Select-Object -ExpandProperty ServicePlans to see which services the licenses switch on.');
  return {
    kind: 'licenses',
    format: read.format,
    title: 'The user\'s licenses',
    lines,
    personal: [],
    facts: { ...emptyFacts('licenses'), licenses: { skus, plans } },
  };
}

export const licenseDetailsParser: OutputParser = {
  kind: 'licenses',
  commands: ['Get-MgUserLicenseDetail', 'GET /users/{id}/licenseDetails'],
  source: 'https://learn.microsoft.com/graph/api/resources/licensedetails',
  parse: parseLicenseDetails,
};
