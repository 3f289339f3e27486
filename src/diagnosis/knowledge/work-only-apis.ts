/**
 * Graph APIs that serve work or school accounts only: their reference pages list "Delegated
 * (personal Microsoft account): Not supported". Personal accounts reach a few consumer
 * workloads (mail, calendar, contacts, OneDrive files, To Do, their own profile); the directory,
 * Teams, SharePoint sites, reports, security, Intune and policy APIs are organizational. The
 * permissions index (src/permissions) can answer this per endpoint once it carries the schemes.
 */
export const WORK_ONLY_SOURCE = 'https://learn.microsoft.com/graph/permissions-overview';

/** First path segments of organization-only API families. */
export const WORK_ONLY_ROOTS: ReadonlySet<string> = new Set([
  'groups', 'teams', 'chats', 'sites', 'applications', 'serviceprincipals', 'directoryroles', 'directory', 'rolemanagement',
  'auditlogs', 'reports', 'security', 'organization', 'devices', 'devicemanagement', 'policies', 'identity', 'identitygovernance',
  'invitations', 'education', 'solutions', 'admin', 'communications', 'planner', 'subscribedskus', 'domains', 'teamwork',
]);

export function isWorkOnlyPath(segments: readonly string[]): boolean {
  return WORK_ONLY_ROOTS.has(segments[0] ?? '');
}
