import assert from 'node:assert/strict';
import { comparePermissions, type HeldPermissions } from '../../src/permissions/insight.js';
import { toGraphRequest, type HttpMethod } from '../../src/permissions/request-path.js';
import { SHARED_TWINS } from '../../src/permissions/shared-twins.js';
import { permissionByName } from '../../src/permissions/default-index.js';

function insight(method: HttpMethod, url: string, held?: HeldPermissions, writes?: string[]) {
  const request = toGraphRequest(method, url);
  assert.ok(request);
  return comparePermissions(writes ? { ...request, writes } : request, held);
}

const delegated = (...permissions: string[]): HeldPermissions => ({ kind: 'delegated', permissions, from: 'token' });
const appOnly = (...permissions: string[]): HeldPermissions => ({ kind: 'app-only', permissions, from: 'token' });

describe('permissions/insight: verdicts from Microsoft\'s data', () => {
  const table: { name: string; method: HttpMethod; url: string; held?: HeldPermissions; verdict: string; fix?: string; message: RegExp }[] = [
    { name: 'names the least privileged permission per type', method: 'GET', url: 'https://graph.microsoft.com/v1.0/users', held: delegated('User.Read', 'openid'), verdict: 'missing', fix: 'User.ReadBasic.All', message: /carries User\.Read; GET \/users needs User\.ReadBasic\.All \(delegated\) or User\.ReadBasic\.All \(application\), the least privileged ones Microsoft lists/ },
    { name: 'accepts a higher permission, case-insensitively', method: 'GET', url: '/users', held: appOnly('user.read.all'), verdict: 'satisfied', message: /accepts: the permission itself is not what is missing/ },
    { name: 'User.Read on /users/{id} covers only the signed-in user', method: 'GET', url: '/users/ada@contoso.example', held: delegated('User.Read'), verdict: 'missing', fix: 'User.ReadBasic.All', message: /User\.Read, which covers \/users\/\{id\} only when \{id\} is the signed-in user; for another user GET \/users\/\{id\} needs User\.ReadBasic\.All \(delegated\), the least privileged Microsoft lists/ },
    { name: "Tasks.Read on another user's lists: nothing broader is listed, so that user's sharing decides", method: 'GET', url: '/users/ada@contoso.example/todo/lists', held: delegated('Tasks.Read'), verdict: 'satisfied', message: /carries Tasks\.Read, as much as Microsoft lists for GET \/users\/\{id\}\/todo\/lists; for another user's data it reaches only what that user shared/ },
    // Outlook's .Shared twins, which Microsoft's data does not list on /users/{id}/… (src/permissions/shared-twins.ts).
    { name: "Mail.Read on another user's folders: Mail.Read.Shared, and that user's share", method: 'GET', url: '/users/ada@contoso.example/mailFolders', held: delegated('Mail.Read'), verdict: 'missing', fix: 'Mail.Read.Shared', message: /carries Mail\.Read, which covers \/users\/\{id\}\/mailfolders only when \{id\} is the signed-in user; for another user GET \/users\/\{id\}\/mailfolders needs Mail\.Read\.Shared \(delegated\), and that user's share or delegation to the signed-in user \(https:\/\/learn\.microsoft\.com\/graph\/outlook-share-messages-folders\)/ },
    { name: 'Mail.Send from a shared mailbox: Mail.Send.Shared', method: 'POST', url: '/users/support@contoso.example/sendMail', held: delegated('Mail.Send', 'Mail.ReadWrite'), verdict: 'missing', fix: 'Mail.Send.Shared', message: /needs Mail\.Send\.Shared \(delegated\), and that user's share or delegation to the signed-in user \(https:\/\/learn\.microsoft\.com\/graph\/outlook-send-mail-from-other-user\)/ },
    { name: "Calendars.Read on a colleague's calendar view: Calendars.Read.Shared", method: 'GET', url: '/users/ada@contoso.example/calendarView?startDateTime=2024-06-03T00:00:00Z', held: delegated('Calendars.Read', 'User.Read'), verdict: 'missing', fix: 'Calendars.Read.Shared', message: /needs Calendars\.Read\.Shared \(delegated\)/ },
    { name: 'the .Shared twin held: what that user shared decides', method: 'GET', url: '/users/ada@contoso.example/calendarView', held: delegated('Calendars.Read', 'Calendars.Read.Shared'), verdict: 'satisfied', message: /carries Calendars\.Read\.Shared, which reaches another user's items that user shared or delegated to the signed-in user/ },
    { name: "a read's .Shared twin held beside a write permission: reading another user's events needs no write twin", method: 'GET', url: '/users/boss@contoso.example/calendar/events', held: delegated('Calendars.ReadWrite', 'Calendars.Read.Shared'), verdict: 'satisfied', message: /carries Calendars\.Read\.Shared, which reaches another user's items/ },
    { name: 'Mail.Send is enough for /me/sendMail', method: 'POST', url: '/me/sendMail', held: delegated('Mail.Send'), verdict: 'satisfied', message: /carries Mail\.Send/ },
    { name: "Files.ReadWrite on a shared item: the signed-in user's own files only, a share is most often someone else's", method: 'GET', url: '/shares/u!aHR0cHM6Ly9jb250b3NvLmV4YW1wbGU', held: delegated('Files.ReadWrite'), verdict: 'missing', fix: 'Files.ReadWrite.All', message: /Files\.ReadWrite, which covers \/shares\/\{id\} only for the signed-in user's own items; for an item another user shared, GET \/shares\/\{id\} needs Files\.ReadWrite\.All \(delegated\)/ },
    { name: 'User.Read is enough for /me', method: 'GET', url: '/me', held: delegated('User.Read'), verdict: 'satisfied', message: /carries User\.Read/ },
    { name: 'group members: GroupMember.ReadBasic.All is the least', method: 'GET', url: '/groups/g1/members', held: appOnly('User.Read.All'), verdict: 'missing', fix: 'GroupMember.ReadBasic.All', message: /GroupMember\.ReadBasic\.All \(application\)/ },
    { name: 'an app-only token on /me: no application permission', method: 'GET', url: '/me', held: appOnly('User.Read.All'), verdict: 'no-scheme-for-token', fix: 'User.Read', message: /no application permission at all; it needs a delegated token with User\.Read \(delegated\)/ },
    { name: 'a delegated token on the site grant call: application only', method: 'POST', url: '/sites/s1/permissions', held: delegated('Sites.FullControl.All'), verdict: 'no-scheme-for-token', fix: 'Sites.FullControl.All', message: /no delegated permission at all; it needs an application token with Sites\.FullControl\.All \(application\)/ },
    { name: 'resetPassword has no application permission', method: 'POST', url: '/users/u/authentication/methods/m/resetPassword', held: appOnly('User.ReadWrite.All'), verdict: 'no-scheme-for-token', message: /no application permission at all/ },
    { name: 'posting to a channel app-only: only the migration permission exists', method: 'POST', url: '/teams/t/channels/c/messages', held: appOnly('ChannelMessage.Read.All'), verdict: 'missing', fix: 'Teamwork.Migrate.All', message: /migration mode/ },
    { name: 'a subscription needs the watched resource\'s permission', method: 'POST', url: '/subscriptions', held: appOnly('Mail.Read'), verdict: 'varies-by-resource', message: /watched resource/ },
    { name: 'without a token: the least privileged of each type', method: 'GET', url: '/groups/g1/members', verdict: 'no-permissions-known', message: /needs GroupMember\.ReadBasic\.All \(delegated\) or GroupMember\.ReadBasic\.All \(application\), the least privileged ones Microsoft lists/ },
    { name: 'a personal account holding only work permissions', method: 'GET', url: '/users/u/onenote/sections/s', held: { ...delegated('Notes.ReadWrite.All'), personalAccount: true }, verdict: 'missing', message: /For a personal Microsoft account/ },
    { name: 'a personal account holding a permission personal accounts can use', method: 'GET', url: '/me/onenote/sections', held: { ...delegated('Notes.Read'), personalAccount: true }, verdict: 'satisfied', message: /carries Notes\.Read/ },
    { name: 'an unknown call is said to be unknown', method: 'GET', url: '/nothing/here', held: appOnly('User.Read.All'), verdict: 'unknown-endpoint', message: /not in Microsoft's permissions data/ },
  ];
  for (const c of table) {
    it(c.name, () => {
      const i = insight(c.method, c.url, c.held);
      assert.equal(i.verdict, c.verdict, i.message);
      if (c.fix) assert.equal(i.fix, c.fix);
      assert.match(i.message, c.message);
    });
  }
});

describe('permissions/insight: *.Selected permissions are never "satisfied"', () => {
  const table: { name: string; method: HttpMethod; url: string; held: HeldPermissions; fix: string; accepted: boolean; message: RegExp[] }[] = [
    {
      name: 'app-only Sites.Selected on a site: grants nothing until the site grant, which needs Sites.FullControl.All',
      method: 'GET',
      url: '/sites/contoso.sharepoint.com,1,2',
      held: appOnly('Sites.Selected'),
      fix: 'Sites.Read.All',
      accepted: false,
      message: [/carries Sites\.Selected, which grants nothing until an administrator grants this app a role on that site with POST \/sites\/\{site-id\}\/permissions \(which needs Sites\.FullControl\.All \(application\)\)/, /does not list it for GET \/sites\/\{id\}; what it lists there is Sites\.Read\.All \(application\)/],
    },
    {
      name: 'delegated Sites.Selected: the user needs access too',
      method: 'GET',
      url: '/sites/s1',
      held: delegated('Sites.Selected'),
      fix: 'Sites.Read.All',
      accepted: false,
      message: [/delegated token carries Sites\.Selected/, /signed-in user also needs access/],
    },
    {
      name: 'where the data accepts Sites.Selected, the fix stays Sites.Selected plus its grant',
      method: 'GET',
      url: '/sites/s/lists/l/items/i/documentsetversions',
      held: appOnly('Sites.Selected'),
      fix: 'Sites.Selected',
      accepted: true,
      message: [/accepts it once that grant exists/],
    },
    {
      name: 'a list-level Selected permission names the list grant',
      method: 'GET',
      url: '/sites/s/lists/l/items',
      held: appOnly('Lists.SelectedOperations.Selected'),
      fix: 'Sites.Read.All',
      accepted: false,
      message: [/POST \/sites\/\{site-id\}\/lists\/\{list-id\}\/permissions/],
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      const i = insight(c.method, c.url, c.held);
      assert.equal(i.verdict, 'missing', i.message);
      assert.equal(i.fix, c.fix);
      assert.equal(i.resourceGrant?.acceptedHere, c.accepted);
      for (const m of c.message) assert.match(i.message, m);
    });
  }
  it('a broad permission held beside Sites.Selected still satisfies the call', () => {
    assert.equal(insight('GET', '/sites/s1', appOnly('Sites.Selected', 'Sites.Read.All')).verdict, 'satisfied');
  });
});

describe('permissions/insight: a write is fitted to the properties its body names', () => {
  const table: { name: string; held: HeldPermissions; writes: string[]; verdict: string; fix?: string; message: RegExp; notMessage?: RegExp }[] = [
    { name: 'a passwordProfile write names the password permission and the Entra role it also takes', held: appOnly('User.Read.All'), writes: ['passwordprofile'], verdict: 'missing', fix: 'User-PasswordProfile.ReadWrite.All', message: /needs User-PasswordProfile\.ReadWrite\.All \(application\).*User Administrator at least/ },
    { name: 'enabling accounts does not write passwords', held: appOnly('User.EnableDisableAccount.All'), writes: ['passwordprofile'], verdict: 'missing', fix: 'User-PasswordProfile.ReadWrite.All', message: /carries User\.EnableDisableAccount\.All; PATCH \/users\/\{id\} needs User-PasswordProfile/ },
    { name: 'the permission for accountEnabled is enough for an accountEnabled write', held: appOnly('User.EnableDisableAccount.All'), writes: ['accountenabled'], verdict: 'satisfied', message: /carries User\.EnableDisableAccount\.All, which PATCH \/users\/\{id\} accepts/ },
    { name: 'a body that also writes other properties needs the whole-profile permission', held: appOnly('User.EnableDisableAccount.All'), writes: ['accountenabled', 'passwordprofile'], verdict: 'missing', fix: 'User.ReadWrite.All', message: /needs User\.ReadWrite\.All \(application\)/ },
    { name: 'disabling an account: the narrow permission and the read permission Microsoft pairs it with', held: appOnly('Mail.Read'), writes: ['accountenabled'], verdict: 'missing', fix: 'User.EnableDisableAccount.All', message: /needs User\.EnableDisableAccount\.All \(application\).*together with User\.Read\.All/ },
    { name: 'a body not shown: narrow permissions are never offered as broader ones', held: appOnly('User.Read.All'), writes: [], verdict: 'missing', fix: 'User.ReadWrite.All', message: /needs User\.ReadWrite\.All/, notMessage: /ManageIdentities|EnableDisableAccount|broader ones that also work: User-/ },
  ];
  for (const c of table) {
    it(c.name, () => {
      const i = insight('PATCH', '/users/ada@contoso.example', c.held, c.writes);
      assert.equal(i.verdict, c.verdict, i.message);
      if (c.fix) assert.equal(i.fix, c.fix);
      assert.match(i.message, c.message);
      if (c.notMessage) assert.doesNotMatch(i.message, c.notMessage);
    });
  }
});

describe("permissions/shared-twins: Outlook's .Shared permissions", () => {
  for (const t of SHARED_TWINS) {
    it(`${t.own} -> ${t.shared}: both are delegated permissions in Microsoft's data, with a Learn source`, () => {
      for (const name of [t.own, t.shared]) assert.ok(permissionByName(name)?.ids.some((i) => i.scheme === 'delegated'), name);
      assert.match(t.source, /^https:\/\/learn\.microsoft\.com\/graph\/outlook-/);
    });
  }
});
