/**
 * Microsoft Entra roles the signed-in user must hold, besides the app's delegated permission, for
 * the operations whose Graph API reference says so: "In delegated scenarios with work or school
 * accounts, the signed-in user must be assigned a supported Microsoft Entra role or a custom role
 * with a supported role permission" (the rbac-for-apis includes of microsoft-graph-docs). The
 * permissions data names no role, so these rows carry it: the request line as the page writes it,
 * the roles in the page's order (least privileged first), and the page itself. Adding an operation
 * is adding a row.
 *
 * App-only calls need no role: there the application permission alone decides.
 */
import type { HttpMethod } from './request-path.js';
import { compileTemplate, matches, type CompiledTemplate } from './template-match.js';

export interface DelegatedRoles {
  /** The matched request template, e.g. "/auditLogs/directoryAudits". */
  readonly template: string;
  /** The built-in roles the page lists as the least privileged for the operation, in its order. */
  readonly roles: readonly string[];
  /** The Graph API reference page that lists them. */
  readonly learnMore: string;
}

const API = 'https://learn.microsoft.com/graph/api/';

const AUDIT_READERS = ['Reports Reader', 'Security Administrator', 'Security Reader'];
const SIGN_IN_LOG_READERS = ['Global Administrator', 'Global Reader', 'Reports Reader', 'Security Administrator', 'Security Operator', 'Security Reader'];
const PROVISIONING_LOG_READERS = ['Reports Reader', 'Security Reader', 'Security Administrator', 'Global Reader', 'Security Operator', 'Application Administrator', 'Cloud Application Administrator'];
/** By default Global Administrator and the other administrator roles can't read, define or assign custom security attributes. */
const ATTRIBUTE_READERS = ['Attribute Assignment Reader', 'Attribute Definition Reader', 'Attribute Assignment Administrator', 'Attribute Definition Administrator'];
const ATTRIBUTE_DEFINITION_READERS = ['Attribute Definition Reader', 'Attribute Assignment Administrator', 'Attribute Definition Administrator'];
const CONDITIONAL_ACCESS_READERS = ['Global Secure Access Administrator', 'Security Reader', 'Security Administrator', 'Global Reader', 'Conditional Access Administrator'];
const RISK_READERS = ['Global Reader', 'Security Operator', 'Security Reader', 'Security Administrator'];
const AUTH_METHOD_READERS = ['Global Reader', 'Authentication Administrator', 'Privileged Authentication Administrator'];
const AUTH_METHOD_WRITERS = ['Authentication Administrator', 'Privileged Authentication Administrator'];
const DEVICE_CREDENTIAL_READERS = ['Cloud Device Administrator', 'Helpdesk Administrator', 'Intune Service Administrator', 'Security Administrator', 'Security Reader', 'Global Reader'];
const WORKFLOW_READERS = ['Global Reader', 'Lifecycle Workflows Administrator'];
const WORKFLOW_WRITERS = ['Lifecycle Workflows Administrator'];

/** [method, request template as the page writes it (ids as {id}), roles, page name]. */
const ROWS: readonly (readonly [HttpMethod, string, readonly string[], string])[] = [
  // Audit, sign-in and provisioning logs.
  ['GET', '/auditLogs/directoryAudits', AUDIT_READERS, 'directoryaudit-list'],
  ['GET', '/auditLogs/signIns', SIGN_IN_LOG_READERS, 'signin-list'],
  ['GET', '/auditLogs/provisioning', PROVISIONING_LOG_READERS, 'provisioningobjectsummary-list'],
  // Custom security attributes.
  ['GET', '/directory/attributeSets', ATTRIBUTE_READERS, 'directory-list-attributesets'],
  ['GET', '/directory/attributeSets/{id}', ATTRIBUTE_READERS, 'attributeset-get'],
  ['POST', '/directory/attributeSets', ['Attribute Definition Administrator'], 'directory-post-attributesets'],
  ['GET', '/directory/customSecurityAttributeDefinitions', ATTRIBUTE_DEFINITION_READERS, 'directory-list-customsecurityattributedefinitions'],
  // Conditional Access and Identity Protection.
  ['GET', '/identity/conditionalAccess/policies/{id}', CONDITIONAL_ACCESS_READERS, 'conditionalaccesspolicy-get'],
  ['GET', '/identityProtection/riskDetections', RISK_READERS, 'riskdetection-list'],
  ['GET', '/identityProtection/riskyUsers/{id}/history', RISK_READERS, 'riskyuser-list-history'],
  ['GET', '/identityProtection/riskyServicePrincipals/{id}/history', RISK_READERS, 'riskyserviceprincipal-list-history'],
  ['GET', '/identityProtection/riskyServicePrincipals', ['Security Administrator'], 'identityprotectionroot-list-riskyserviceprincipals'],
  ['POST', '/identityProtection/riskyServicePrincipals/confirmCompromised', ['Security Administrator'], 'riskyserviceprincipal-confirmcompromised'],
  // Another user's authentication methods, and the tenant's authentication policies.
  ['GET', '/users/{id}/authentication/methods', AUTH_METHOD_READERS, 'authentication-list-methods'],
  ['GET', '/users/{id}/authentication/phoneMethods', AUTH_METHOD_READERS, 'authentication-list-phonemethods'],
  ['POST', '/users/{id}/authentication/phoneMethods', AUTH_METHOD_WRITERS, 'authentication-post-phonemethods'],
  ['GET', '/policies/authenticationMethodsPolicy', ['Global Reader', 'Authentication Policy Administrator'], 'authenticationmethodspolicy-get'],
  ['PATCH', '/policies/authenticationMethodsPolicy', ['Authentication Policy Administrator'], 'authenticationmethodspolicy-update'],
  // One method's settings (sms, email, fido2, microsoftAuthenticator …): each method's update page names the same role.
  ['PATCH', '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/{id}', ['Authentication Policy Administrator'], 'smsauthenticationmethodconfiguration-update'],
  ['PATCH', '/policies/authorizationPolicy', ['Privileged Role Administrator'], 'authorizationpolicy-update'],
  // Privileged Identity Management of directory roles.
  ['POST', '/roleManagement/directory/roleEligibilityScheduleRequests', ['Privileged Role Administrator'], 'rbacapplication-post-roleeligibilityschedulerequests'],
  // Local administrator passwords (LAPS) of devices.
  ['GET', '/directory/deviceLocalCredentials', DEVICE_CREDENTIAL_READERS, 'directory-list-devicelocalcredentials'],
  // The page's request line has been /deviceLocalCredentials/{id}; the collection lives under /directory.
  ['GET', '/directory/deviceLocalCredentials/{id}', DEVICE_CREDENTIAL_READERS, 'devicelocalcredentialinfo-get'],
  ['GET', '/deviceLocalCredentials/{id}', DEVICE_CREDENTIAL_READERS, 'devicelocalcredentialinfo-get'],
  // Lifecycle workflows.
  ['GET', '/identityGovernance/lifecycleWorkflows/workflows', WORKFLOW_READERS, 'identitygovernance-lifecycleworkflowscontainer-list-workflows'],
  ['GET', '/identityGovernance/lifecycleWorkflows/workflows/{id}', WORKFLOW_READERS, 'identitygovernance-workflow-get'],
  ['POST', '/identityGovernance/lifecycleWorkflows/workflows', WORKFLOW_WRITERS, 'identitygovernance-lifecycleworkflowscontainer-post-workflows'],
  ['POST', '/identityGovernance/lifecycleWorkflows/workflows/{id}/activate', WORKFLOW_WRITERS, 'identitygovernance-workflow-activate'],
  ['GET', '/identityGovernance/lifecycleWorkflows/taskDefinitions', WORKFLOW_READERS, 'identitygovernance-lifecycleworkflowscontainer-list-taskdefinitions'],
  // Company branding.
  ['PATCH', '/organization/{id}/branding/localizations/{id}', ['Organizational Branding Administrator'], 'organizationalbrandinglocalization-update'],
];

const COMPILED: readonly { method: HttpMethod; compiled: CompiledTemplate<DelegatedRoles> }[] = ROWS.map(([method, template, roles, page]) => ({
  method,
  compiled: compileTemplate(template, { template, roles, learnMore: API + page }),
}));

/** The roles a delegated call of METHOD on these (lower-cased) segments needs, when its page names them. */
export function delegatedRoles(method: HttpMethod, segments: readonly string[]): DelegatedRoles | undefined {
  return COMPILED.find((c) => c.method === method && matches(c.compiled.parts, segments))?.compiled.value;
}

/** "A, B or C". */
export function rolesList(roles: readonly string[]): string {
  return roles.length < 2 ? (roles[0] ?? '') : `${roles.slice(0, -1).join(', ')} or ${roles[roles.length - 1]}`;
}
