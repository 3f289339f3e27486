/**
 * The project's own catalog of the Graph endpoints people most often get 403s on, with the
 * permissions that satisfy each (least privileged first) per scheme. An empty list means the
 * scheme does not exist for that call — the single most useful fact when an app-only token
 * hits a delegated-only API. Curated by hand from the Graph API reference; a test cross-checks
 * it against Microsoft's permissions file.
 */
import type { HttpMethod } from './request-path.js';
import type { PermissionSource, Requirement } from './requirement.js';
import { bestMatch, compileTemplate } from './template-match.js';

interface Entry {
  readonly delegated: readonly string[];
  readonly application: readonly string[];
  readonly note?: string;
  readonly variesByResource?: boolean;
}

const ME_ONLY = 'Paths under /me mean "the signed-in user": an app-only token has no user, so call /users/{id} instead or sign a user in.';
const PASSWORD = 'Resetting or setting another user\'s password has no application permission: only a delegated call by a signed-in administrator (User/Password/Helpdesk/Privileged Authentication Administrator as needed) works.';
const MIGRATION_ONLY = 'Application permission Teamwork.Migrate.All only allows importing messages during a migration; to post messages normally, use a delegated token of a signed-in user.';
const PROTECTED_TEAMS = 'Reading Teams messages with application permissions is a protected API: Microsoft must approve the app first (request access), and then the permission must be granted.';

const USER_READ_ALL_D = ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'];
const USER_READ_ALL_A = ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const USER_WRITE_D = ['User.ReadWrite.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'];
const USER_WRITE_A = ['User.ReadWrite.All', 'Directory.ReadWrite.All'];
const GROUP_READ_D = ['GroupMember.Read.All', 'Group.ReadBasic.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'];
const GROUP_READ_A = ['GroupMember.Read.All', 'Group.ReadBasic.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const MAIL_READ_D = ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'];
const MAIL_READ_A = ['Mail.ReadBasic.All', 'Mail.Read', 'Mail.ReadWrite'];
const CAL_READ = ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'];
const FILES_READ_D = ['Files.Read', 'Files.ReadWrite', 'Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'];
const FILES_READ_A = ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'];
const FILES_WRITE_D = ['Files.ReadWrite', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'];
const FILES_WRITE_A = ['Files.ReadWrite.All', 'Sites.ReadWrite.All'];
const SITES_READ = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const APP_READ_D = ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const APP_READ_A = ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'];
const APP_WRITE_D = ['Application.ReadWrite.All', 'Directory.ReadWrite.All'];
const APP_WRITE_A = ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.ReadWrite.All'];
const NONE: readonly string[] = [];

type Row = readonly [HttpMethod | readonly HttpMethod[], string, Entry];

const ROWS: readonly Row[] = [
  // Users
  ['GET', '/me', { delegated: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], application: NONE, note: ME_ONLY }],
  ['PATCH', '/me', { delegated: ['User.ReadWrite', 'User.ReadWrite.All', 'Directory.ReadWrite.All'], application: NONE, note: ME_ONLY }],
  ['GET', '/users', { delegated: USER_READ_ALL_D, application: USER_READ_ALL_A }],
  ['GET', '/users/{id}', { delegated: ['User.Read', ...USER_READ_ALL_D], application: USER_READ_ALL_A, note: 'User.Read covers only the signed-in user\'s own profile.' }],
  ['POST', '/users', { delegated: USER_WRITE_D, application: USER_WRITE_A }],
  ['PATCH', '/users/{id}', { delegated: USER_WRITE_D, application: USER_WRITE_A, note: 'Changing passwordProfile, or sensitive properties of an administrator, additionally needs an administrator role; password changes have no application path.' }],
  ['DELETE', '/users/{id}', { delegated: ['User.DeleteRestore.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'], application: ['User.DeleteRestore.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'] }],
  ['GET', '/users/{id}/manager', { delegated: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'], application: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'] }],
  ['PUT', '/users/{id}/manager', { delegated: USER_WRITE_D, application: USER_WRITE_A }],
  [['GET'], '/users/{id}/photo', { delegated: ['User.ReadBasic.All', 'ProfilePhoto.Read.All', 'User.Read.All'], application: ['ProfilePhoto.Read.All', 'User.ReadBasic.All', 'User.Read.All'] }],
  ['GET', '/me/photo', { delegated: ['User.Read', 'User.ReadBasic.All', 'ProfilePhoto.Read.All'], application: NONE, note: ME_ONLY }],
  ['POST', '/users/{id}/assignlicense', { delegated: ['LicenseAssignment.ReadWrite.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'], application: ['LicenseAssignment.ReadWrite.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'], note: 'A delegated caller also needs a role that may manage licenses (for example License Administrator or User Administrator).' }],
  ['GET', '/me/memberof', { delegated: ['User.Read', 'GroupMember.Read.All', 'Directory.Read.All'], application: NONE, note: ME_ONLY }],
  ['GET', '/users/{id}/memberof', { delegated: ['User.Read', 'GroupMember.Read.All', 'Directory.Read.All'], application: ['Directory.Read.All', 'GroupMember.ReadBasic.All', 'Group.ReadBasic.All'] }],
  ['POST', '/invitations', { delegated: ['User.Invite.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'], application: ['User.Invite.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'] }],
  // Authentication methods and passwords
  ['POST', '/users/{id}/authentication/methods/{id}/resetpassword', { delegated: ['UserAuthenticationMethod.ReadWrite.All'], application: NONE, note: PASSWORD }],
  ['POST', '/users/{id}/authentication/passwordmethods/{id}/resetpassword', { delegated: ['UserAuthenticationMethod.ReadWrite.All'], application: NONE, note: PASSWORD }],
  ['POST', '/me/changepassword', { delegated: ['User-PasswordProfile.ReadWrite.All', 'Directory.AccessAsUser.All'], application: NONE, note: ME_ONLY }],
  ['GET', '/users/{id}/authentication/methods', { delegated: ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'], application: ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'] }],
  // Groups
  ['GET', '/groups', { delegated: GROUP_READ_D, application: GROUP_READ_A }],
  ['GET', '/groups/{id}', { delegated: GROUP_READ_D, application: GROUP_READ_A }],
  ['POST', '/groups', { delegated: ['Group.ReadWrite.All', 'Directory.ReadWrite.All'], application: ['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'] }],
  ['GET', '/groups/{id}/members', { delegated: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], application: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] }],
  ['POST', '/groups/{id}/members', { delegated: ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'], application: ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'] }],
  ['GET', '/groups/{id}/conversations', { delegated: ['Group-Conversation.Read.All', 'Group.Read.All', 'Group.ReadWrite.All'], application: ['Group-Conversation.Read.All', 'Group.Read.All', 'Group.ReadWrite.All'] }],
  // Mail
  ['GET', '/me/messages', { delegated: MAIL_READ_D, application: NONE, note: ME_ONLY }],
  ['GET', '/me/messages/{id}', { delegated: MAIL_READ_D, application: NONE, note: ME_ONLY }],
  ['GET', '/me/mailfolders/{id}/messages', { delegated: MAIL_READ_D, application: NONE, note: ME_ONLY }],
  ['GET', '/users/{id}/messages', { delegated: MAIL_READ_D, application: MAIL_READ_A }],
  ['GET', '/users/{id}/messages/{id}', { delegated: MAIL_READ_D, application: MAIL_READ_A }],
  ['GET', '/users/{id}/mailfolders/{id}/messages', { delegated: MAIL_READ_D, application: MAIL_READ_A }],
  ['POST', '/me/messages', { delegated: ['Mail.ReadWrite'], application: NONE, note: ME_ONLY }],
  ['POST', '/users/{id}/messages', { delegated: ['Mail.ReadWrite'], application: ['Mail.ReadWrite'] }],
  ['POST', '/me/sendmail', { delegated: ['Mail.Send'], application: NONE, note: ME_ONLY }],
  ['POST', '/users/{id}/sendmail', { delegated: ['Mail.Send', 'Mail.Send.Shared'], application: ['Mail.Send'], note: 'A delegated Mail.Send token sends only as the signed-in user; sending as another mailbox needs Send As / Send on Behalf rights there (Mail.Send.Shared), or an application Mail.Send token.' }],
  // Calendar and contacts
  ['GET', '/me/events', { delegated: CAL_READ, application: NONE, note: ME_ONLY }],
  ['GET', '/me/calendar/events', { delegated: CAL_READ, application: NONE, note: ME_ONLY }],
  ['GET', '/users/{id}/events', { delegated: CAL_READ, application: CAL_READ }],
  ['GET', '/users/{id}/calendar/events', { delegated: CAL_READ, application: CAL_READ }],
  ['POST', '/me/events', { delegated: ['Calendars.ReadWrite'], application: NONE, note: ME_ONLY }],
  ['POST', '/users/{id}/events', { delegated: ['Calendars.ReadWrite'], application: ['Calendars.ReadWrite'] }],
  ['POST', '/me/findmeetingtimes', { delegated: ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'], application: NONE, note: ME_ONLY }],
  ['POST', '/users/{id}/findmeetingtimes', { delegated: ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'], application: NONE, note: 'findMeetingTimes works only for a signed-in user (delegated).' }],
  ['POST', '/users/{id}/calendar/getschedule', { delegated: CAL_READ, application: CAL_READ }],
  ['GET', '/me/contacts', { delegated: ['Contacts.Read', 'Contacts.ReadWrite'], application: NONE, note: ME_ONLY }],
  ['GET', '/users/{id}/contacts', { delegated: ['Contacts.Read', 'Contacts.ReadWrite'], application: ['Contacts.Read', 'Contacts.ReadWrite'] }],
  // Files and sites
  ['GET', '/me/drive', { delegated: FILES_READ_D, application: NONE, note: ME_ONLY }],
  ['GET', '/me/drive/root/children', { delegated: FILES_READ_D, application: NONE, note: ME_ONLY }],
  ['GET', '/me/drive/root/delta', { delegated: FILES_READ_D, application: NONE, note: ME_ONLY }],
  ['GET', '/users/{id}/drive', { delegated: FILES_READ_D, application: FILES_READ_A }],
  ['GET', '/drives/{id}/root/delta', { delegated: FILES_READ_D, application: FILES_READ_A }],
  ['GET', '/drives/{id}/items/{id}', { delegated: FILES_READ_D, application: FILES_READ_A }],
  ['GET', '/drives/{id}/items/{id}/children', { delegated: FILES_READ_D, application: FILES_READ_A }],
  ['PUT', '/drives/{id}/items/{id}/content', { delegated: FILES_WRITE_D, application: FILES_WRITE_A }],
  ['PUT', '/drives/{id}/root/content', { delegated: FILES_WRITE_D, application: FILES_WRITE_A }],
  ['GET', '/sites/{id}', { delegated: SITES_READ, application: [...SITES_READ, 'Sites.Selected'] }],
  ['GET', '/sites/{id}/lists', { delegated: SITES_READ, application: [...SITES_READ, 'Sites.Selected'] }],
  ['GET', '/sites/{id}/lists/{id}/items', { delegated: SITES_READ, application: [...SITES_READ, 'Sites.Selected'] }],
  ['GET', '/sites/{id}/drives', { delegated: FILES_READ_D, application: FILES_READ_A }],
  // Teams, channels, chats
  ['GET', '/me/joinedteams', { delegated: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'User.Read.All', 'Directory.Read.All'], application: NONE, note: ME_ONLY }],
  ['GET', '/users/{id}/joinedteams', { delegated: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'User.Read.All', 'Directory.Read.All'], application: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'User.Read.All', 'Directory.Read.All'] }],
  ['GET', '/teams/{id}', { delegated: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'Group.Read.All', 'Directory.Read.All'], application: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'Group.Read.All', 'Directory.Read.All'] }],
  ['GET', '/teams/{id}/channels', { delegated: ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'Group.Read.All', 'Directory.Read.All'], application: ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'Group.Read.All', 'Directory.Read.All'] }],
  ['GET', '/teams/{id}/channels/{id}/messages', { delegated: ['ChannelMessage.Read.All', 'Group.Read.All'], application: ['ChannelMessage.Read.All'], note: PROTECTED_TEAMS }],
  ['POST', '/teams/{id}/channels/{id}/messages', { delegated: ['ChannelMessage.Send', 'Group.ReadWrite.All'], application: NONE, note: MIGRATION_ONLY }],
  ['POST', '/teams/{id}/channels/{id}/messages/{id}/replies', { delegated: ['ChannelMessage.Send', 'Group.ReadWrite.All'], application: NONE, note: MIGRATION_ONLY }],
  ['GET', '/teams/{id}/members', { delegated: ['TeamMember.Read.All', 'TeamMember.ReadWrite.All'], application: ['TeamMember.Read.All', 'TeamMember.ReadWrite.All'] }],
  ['POST', '/teams/{id}/members', { delegated: ['TeamMember.ReadWrite.All'], application: ['TeamMember.ReadWrite.All'] }],
  ['GET', '/me/chats', { delegated: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'], application: NONE, note: ME_ONLY }],
  ['GET', '/chats/{id}/messages', { delegated: ['Chat.Read', 'Chat.ReadWrite'], application: ['Chat.Read.All', 'Chat.ReadWrite.All'], note: PROTECTED_TEAMS }],
  ['POST', '/chats/{id}/messages', { delegated: ['ChatMessage.Send', 'Chat.ReadWrite'], application: NONE, note: MIGRATION_ONLY }],
  // Presence
  ['GET', '/me/presence', { delegated: ['Presence.Read', 'Presence.Read.All'], application: NONE, note: ME_ONLY }],
  ['GET', '/users/{id}/presence', { delegated: ['Presence.Read.All'], application: ['Presence.Read.All'] }],
  ['POST', '/communications/getpresencesbyuserid', { delegated: ['Presence.Read.All'], application: ['Presence.Read.All'] }],
  // Applications and service principals
  ['GET', '/applications', { delegated: APP_READ_D, application: APP_READ_A }],
  ['GET', '/applications/{id}', { delegated: APP_READ_D, application: APP_READ_A }],
  ['POST', '/applications', { delegated: ['Application.ReadWrite.All'], application: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'], note: 'A delegated caller also needs a role that may register apps (Application Developer or higher) when users may not register apps.' }],
  ['PATCH', '/applications/{id}', { delegated: APP_WRITE_D, application: APP_WRITE_A }],
  ['POST', '/applications/{id}/addpassword', { delegated: APP_WRITE_D, application: APP_WRITE_A }],
  ['GET', '/serviceprincipals', { delegated: APP_READ_D, application: APP_READ_A }],
  ['POST', '/serviceprincipals', { delegated: APP_WRITE_D, application: APP_WRITE_A }],
  // Directory roles, audit, reports
  ['GET', '/directoryroles', { delegated: ['RoleManagement.Read.Directory', 'Directory.Read.All'], application: ['RoleManagement.Read.Directory', 'Directory.Read.All'] }],
  ['GET', '/rolemanagement/directory/roleassignments', { delegated: ['RoleManagement.Read.Directory', 'RoleManagement.ReadWrite.Directory'], application: ['RoleManagement.Read.Directory', 'RoleManagement.ReadWrite.Directory'] }],
  ['GET', '/auditlogs/signins', { delegated: ['AuditLog.Read.All'], application: ['AuditLog.Read.All'], note: 'Also needs a Microsoft Entra ID P1/P2 license, and a delegated caller needs a role such as Reports Reader.' }],
  ['GET', '/auditlogs/directoryaudits', { delegated: ['AuditLog.Read.All'], application: ['AuditLog.Read.All'] }],
  ['GET', '/reports/{id}', { delegated: ['Reports.Read.All'], application: ['Reports.Read.All'], note: 'A delegated caller also needs a role that may read usage reports.' }],
  // Planner, To Do
  ['GET', '/me/planner/tasks', { delegated: ['Tasks.Read', 'Tasks.ReadWrite'], application: NONE, note: ME_ONLY }],
  ['GET', '/planner/plans/{id}', { delegated: ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All'], application: ['Tasks.Read.All', 'Tasks.ReadWrite.All'] }],
  ['GET', '/me/todo/lists', { delegated: ['Tasks.Read', 'Tasks.ReadWrite'], application: NONE, note: ME_ONLY }],
  ['POST', '/me/todo/lists', { delegated: ['Tasks.ReadWrite'], application: NONE, note: ME_ONLY }],
  // Security, devices, tenant
  ['GET', '/security/alerts', { delegated: ['SecurityEvents.Read.All', 'SecurityEvents.ReadWrite.All'], application: ['SecurityEvents.Read.All', 'SecurityEvents.ReadWrite.All'], note: 'A delegated caller also needs a security role (Security Reader or higher).' }],
  ['GET', '/security/alerts_v2', { delegated: ['SecurityAlert.Read.All', 'SecurityAlert.ReadWrite.All'], application: ['SecurityAlert.Read.All', 'SecurityAlert.ReadWrite.All'], note: 'A delegated caller also needs a security role (Security Reader or higher).' }],
  ['GET', '/security/incidents', { delegated: ['SecurityIncident.Read.All', 'SecurityIncident.ReadWrite.All'], application: ['SecurityIncident.Read.All', 'SecurityIncident.ReadWrite.All'] }],
  ['GET', '/organization', { delegated: ['User.Read', 'Organization.Read.All', 'Directory.Read.All'], application: ['Organization.Read.All', 'Directory.Read.All'] }],
  ['GET', '/devices', { delegated: ['Device.Read.All', 'Directory.Read.All'], application: ['Device.Read.All', 'Directory.Read.All'] }],
  ['GET', '/devicemanagement/manageddevices', { delegated: ['DeviceManagementManagedDevices.Read.All', 'DeviceManagementManagedDevices.ReadWrite.All'], application: ['DeviceManagementManagedDevices.Read.All', 'DeviceManagementManagedDevices.ReadWrite.All'], note: 'The tenant also needs an Intune license.' }],
  ['GET', '/tenantrelationships/managedtenants/tenants', { delegated: ['ManagedTenants.Read.All', 'ManagedTenants.ReadWrite.All'], application: NONE, note: 'Microsoft 365 Lighthouse APIs work only for a tenant with the required subscriptions.' }],
  // Change notifications: the permission is the one that reading the watched resource needs.
  ['POST', '/subscriptions', { delegated: [], application: [], variesByResource: true, note: 'Creating a subscription needs the permission that reading the watched resource needs (for example Mail.ReadBasic for /users/{id}/messages, ChannelMessage.Read.All for channel messages), of the token\'s type; some resources also need an Exchange or Teams setting.' }],
  ['GET', '/subscriptions', { delegated: [], application: [], variesByResource: true, note: 'Listing subscriptions shows those created by this app; it needs the permissions used to create them.' }],
  ['POST', '/me/onlinemeetings', { delegated: ['OnlineMeetings.ReadWrite'], application: NONE, note: ME_ONLY }],
];

const COMPILED = ROWS.flatMap(([methods, template, entry]) =>
  (Array.isArray(methods) ? methods : [methods]).map((m: HttpMethod) => ({ method: m, compiled: compileTemplate(template, entry) })),
);

export const builtInCatalog: PermissionSource = {
  name: 'built-in',
  resolve(method, segments): Requirement | undefined {
    const candidates = COMPILED.filter((c) => c.method === method).map((c) => c.compiled);
    const hit = bestMatch(candidates, segments);
    if (!hit) return undefined;
    const { delegated, application, note, variesByResource } = hit.value;
    return { method, template: hit.template, delegated, application, note, variesByResource, source: 'built-in' };
  },
};

/** For meta-tests: every (method, template) pair in the catalog. */
export function builtInEntries(): { method: HttpMethod; template: string; delegated: readonly string[]; application: readonly string[] }[] {
  return COMPILED.filter((c) => !c.compiled.value.variesByResource).map((c) => ({ method: c.method, template: c.compiled.template, delegated: c.compiled.value.delegated, application: c.compiled.value.application }));
}
