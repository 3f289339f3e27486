/**
 * An Entra sign-in log entry: the JSON of `GET /auditLogs/signIns` (one entry or { value: [...] },
 * https://learn.microsoft.com/graph/api/signin-list) or the same fields downloaded from the
 * admin center. Read: status.errorCode (0 = success), status.failureReason,
 * conditionalAccessStatus, appliedConditionalAccessPolicies[] with displayName, result and
 * enforcedGrantControls (https://learn.microsoft.com/graph/api/resources/signin,
 * https://learn.microsoft.com/graph/api/resources/appliedconditionalaccesspolicy).
 */
import { isRecord } from '../shared/is-record.js';
import { emptyFacts, type OutputParser, type ParsedOutput } from './model.js';
import { field, jsonObjects, readJson, text } from './text-shapes.js';

/** Results that mean the policy was enforced and failed (report-only failures enforce nothing). */
const FAILED = new Set(['failure']);

function entryOf(json: unknown): Record<string, unknown> | undefined {
  return jsonObjects(json).find((o) => isRecord(field(o, 'status')) || Array.isArray(field(o, 'appliedConditionalAccessPolicies')) || typeof field(o, 'conditionalAccessStatus') === 'string');
}

export function parseSignInLog(input: string): ParsedOutput | undefined {
  const json = readJson(input);
  if (json === undefined) return undefined;
  const e = entryOf(json);
  if (!e) return undefined;
  const status = isRecord(field(e, 'status')) ? (field(e, 'status') as Record<string, unknown>) : {};
  const rawCode = field(status, 'errorCode');
  const errorCode = typeof rawCode === 'number' ? rawCode : typeof rawCode === 'string' && /^\d{1,7}$/.test(rawCode) ? Number(rawCode) : undefined;
  const failureReason = text(status, 'failureReason');
  const details = text(status, 'additionalDetails');
  const caStatus = text(e, 'conditionalAccessStatus');
  const policies = (Array.isArray(field(e, 'appliedConditionalAccessPolicies')) ? (field(e, 'appliedConditionalAccessPolicies') as unknown[]) : []).filter(isRecord).slice(0, 50);
  const failedPolicies = policies
    .filter((p) => FAILED.has((text(p, 'result') ?? '').toLowerCase()))
    .map((p) => ({ name: (text(p, 'displayName') ?? 'unnamed policy').slice(0, 120), controls: (Array.isArray(field(p, 'enforcedGrantControls')) ? (field(p, 'enforcedGrantControls') as unknown[]) : []).filter((c): c is string => typeof c === 'string').slice(0, 6) }));
  // Service principal sign-ins (client credentials) name the service principal, not a user.
  const appOnly = text(e, 'servicePrincipalId') ? true : text(e, 'userPrincipalName') ? false : undefined;
  const user = text(e, 'userPrincipalName');
  const app = text(e, 'appDisplayName') ?? text(e, 'servicePrincipalName');
  const resource = text(e, 'resourceDisplayName');
  const lines: string[] = [];
  lines.push(errorCode === 0 ? 'The sign-in succeeded (errorCode 0).' : errorCode !== undefined ? `The sign-in failed: AADSTS${errorCode}${failureReason ? ` — ${failureReason}` : ''}` : 'The entry has no error code.');
  if (details) lines.push(`Details: ${details}`);
  if (app || resource) lines.push(`App ${app ?? 'not shown'} → ${resource ?? 'resource not shown'}${user ? `, user ${user}` : appOnly ? ', no user (app-only)' : ''}`);
  if (caStatus) lines.push(`Conditional Access: ${caStatus}`);
  for (const p of failedPolicies) lines.push(`Policy "${p.name}" failed${p.controls.length > 0 ? `: it requires ${p.controls.join(', ')}` : ''}`);
  const applied = policies.filter((p) => (text(p, 'result') ?? '').toLowerCase() === 'success').length;
  if (applied > 0) lines.push(`${applied} polic${applied === 1 ? 'y was' : 'ies were'} satisfied.`);
  return {
    kind: 'sign-in',
    format: 'json',
    title: 'Entra sign-in log entry',
    lines,
    personal: [user, text(e, 'userId'), text(e, 'ipAddress'), text(e, 'correlationId')].filter((v): v is string => typeof v === 'string' && v.length > 0),
    facts: { ...emptyFacts('sign-in'), signIn: { errorCode, failureReason: failureReason?.slice(0, 200), caStatus, failedPolicies, appOnly } },
  };
}

export const signInLogParser: OutputParser = {
  kind: 'sign-in',
  commands: ['Entra sign-in logs (JSON)', 'GET /auditLogs/signIns', 'Get-MgAuditLogSignIn | ConvertTo-Json'],
  source: 'https://learn.microsoft.com/graph/api/resources/signin',
  parse: parseSignInLog,
};
