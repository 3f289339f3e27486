/**
 * What Microsoft identity platform claims mean for a Graph call: which resource an `aud`
 * names, the personal-account tenant, and the directory roles in `wids`. Facts from the
 * claims reference and the first-party application list (see shared/facts/anchors.md §8).
 */

export type AudienceKind =
  | 'microsoft-graph'
  | 'azure-ad-graph'
  | 'exchange-outlook'
  | 'sharepoint'
  | 'azure-management'
  | 'own-api'
  | 'unknown';

export interface Audience {
  readonly kind: AudienceKind;
  readonly value: string;
  /** A short, human name for the resource the token was issued for. */
  readonly name: string;
}

export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const PERSONAL_ACCOUNT_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

/** Microsoft Graph in the global service and the national clouds (https://learn.microsoft.com/graph/deployments). */
export const GRAPH_HOSTS: readonly string[] = ['graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn', 'graph.microsoft.de'];
const AAD_GRAPH_HOSTS = ['graph.windows.net', 'graph.chinacloudapi.cn', 'graph.cloudapi.de', 'graph.microsoftazure.de'];
const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com'];
const MANAGEMENT_HOSTS = ['management.azure.com', 'management.core.windows.net', 'management.usgovcloudapi.net', 'management.chinacloudapi.cn'];

const WELL_KNOWN_APP_IDS: Readonly<Record<string, { kind: AudienceKind; name: string }>> = {
  [MICROSOFT_GRAPH_APP_ID]: { kind: 'microsoft-graph', name: 'Microsoft Graph' },
  '00000002-0000-0000-c000-000000000000': { kind: 'azure-ad-graph', name: 'Azure AD Graph (retired)' },
  '00000002-0000-0ff1-ce00-000000000000': { kind: 'exchange-outlook', name: 'Exchange Online / Outlook REST' },
  '00000003-0000-0ff1-ce00-000000000000': { kind: 'sharepoint', name: 'SharePoint Online REST' },
  '797f4846-ba00-4fd7-ba43-dac1f8f63013': { kind: 'azure-management', name: 'Azure Resource Manager' },
};

/** The lower-cased host of a URI (https://contoso-my.sharepoint.com/… -> contoso-my.sharepoint.com). */
export function hostOf(value: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(value);
  return m?.[1]?.toLowerCase();
}

/** Classifies an `aud` claim (a URI or an application id). */
export function classifyAudience(aud: string): Audience {
  const value = aud.trim();
  const known = WELL_KNOWN_APP_IDS[value.toLowerCase()];
  if (known) return { ...known, value };
  const host = hostOf(value);
  if (host) {
    if (GRAPH_HOSTS.includes(host)) return { kind: 'microsoft-graph', value, name: 'Microsoft Graph' };
    if (AAD_GRAPH_HOSTS.includes(host)) return { kind: 'azure-ad-graph', value, name: 'Azure AD Graph (retired)' };
    if (OUTLOOK_HOSTS.includes(host)) return { kind: 'exchange-outlook', value, name: 'Exchange Online / Outlook REST' };
    if (host.endsWith('.sharepoint.com') || host === 'sharepoint.com') return { kind: 'sharepoint', value, name: 'SharePoint Online REST' };
    if (MANAGEMENT_HOSTS.includes(host)) return { kind: 'azure-management', value, name: 'Azure Resource Manager' };
    return { kind: 'own-api', value, name: `another API (${host})` };
  }
  if (/^api:\/\//i.test(value) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    return { kind: 'own-api', value, name: "an app's own API" };
  }
  return { kind: 'unknown', value, name: 'an unrecognised resource' };
}

/** Classifies the host of a request URL the same way as an audience. */
export function classifyHost(host: string): AudienceKind {
  return classifyAudience(`https://${host}`).kind;
}

/** Directory role template ids (the `wids` claim) worth naming in a diagnosis. */
const DIRECTORY_ROLES: Readonly<Record<string, string>> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  'e8611ab8-c189-46e8-94e1-60213ab1f814': 'Privileged Role Administrator',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13': 'Privileged Authentication Administrator',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
  '966707d0-3269-4727-9be2-8c3a10f19b9d': 'Password Administrator',
  'c4e39bd9-1100-46d3-8c65-fb160da0071f': 'Authentication Administrator',
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3': 'Application Administrator',
  '158c047a-c907-4556-b7ef-446551a6b5f7': 'Cloud Application Administrator',
  '29232cdf-9323-42fd-ade2-1d097af3e4de': 'Exchange Administrator',
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': 'SharePoint Administrator',
  '69091246-20e8-4a56-aa4d-066075b2a7a8': 'Teams Administrator',
  '194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
  '5d6b6bb7-de71-4623-b4af-96380a352509': 'Security Reader',
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451': 'Global Reader',
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b': 'Directory Readers',
  'b79fbf4d-3ef9-4689-8143-76b194e85509': 'member user (default role)',
  '10dae51f-b6af-4016-8d66-8c2a99b929b3': 'guest user (default role)',
  '2af84b1e-32c8-42b7-82bc-daa82404023b': 'restricted guest user (default role)',
};

const GUEST_ROLE_IDS = new Set(['10dae51f-b6af-4016-8d66-8c2a99b929b3', '2af84b1e-32c8-42b7-82bc-daa82404023b']);
const ADMIN_EXCLUDED = new Set(['b79fbf4d-3ef9-4689-8143-76b194e85509', ...GUEST_ROLE_IDS]);

export function roleName(id: string): string | undefined {
  return DIRECTORY_ROLES[id.toLowerCase()];
}

export function isGuestRole(id: string): boolean {
  return GUEST_ROLE_IDS.has(id.toLowerCase());
}

/** A known administrator role (not the default member/guest roles). */
export function isAdminRole(id: string): boolean {
  const lower = id.toLowerCase();
  return lower in DIRECTORY_ROLES && !ADMIN_EXCLUDED.has(lower);
}
