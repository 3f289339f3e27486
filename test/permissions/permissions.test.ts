import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { builtInCatalog, builtInEntries } from '../../src/permissions/built-in-catalog.js';
import { comparePermissions } from '../../src/permissions/insight.js';
import { loadPermissionsFile, PermissionsFileError, buildPermissionsIndex } from '../../src/permissions/permissions-file.js';
import { parseGraphPath, toGraphRequest, type HttpMethod } from '../../src/permissions/request-path.js';
import { PERMISSIONS_FILE } from '../helpers/project.js';

describe('permissions/request-path', () => {
  const table: [string, string[]][] = [
    ['https://graph.microsoft.com/v1.0/users?$select=id', ['users']],
    ['https://graph.microsoft.com/beta/Users/ada@contoso.example/sendMail', ['users', 'ada@contoso.example', 'sendmail']],
    ["/users('u1')/messages", ['users', 'u1', 'messages']],
    ['/me/drive/root:/Reports/q1.xlsx:/content', ['me', 'drive', 'root', 'content']],
    ['/reports/getOffice365ActiveUserDetail(period=\'D7\')', ['reports', 'getoffice365activeuserdetail']],
    ['/users/{id}/photo/$value', ['users', '{id}', 'photo']],
  ];
  for (const [url, segments] of table) it(`normalizes ${url}`, () => assert.deepEqual(parseGraphPath(url).segments, segments));
});

describe('permissions/built-in-catalog', () => {
  const table: { method: HttpMethod; url: string; template: string; delegated: string; application?: string }[] = [
    { method: 'GET', url: '/v1.0/users', template: '/users', delegated: 'User.ReadBasic.All', application: 'User.ReadBasic.All' },
    { method: 'GET', url: '/users/ada@contoso.example', template: '/users/{id}', delegated: 'User.Read' },
    { method: 'POST', url: '/users/x/sendMail', template: '/users/{id}/sendmail', delegated: 'Mail.Send', application: 'Mail.Send' },
    { method: 'GET', url: '/me', template: '/me', delegated: 'User.Read' },
    { method: 'POST', url: '/users/u/authentication/methods/m/resetPassword', template: '/users/{id}/authentication/methods/{id}/resetpassword', delegated: 'UserAuthenticationMethod.ReadWrite.All' },
    { method: 'GET', url: '/teams/t/channels/c/messages', template: '/teams/{id}/channels/{id}/messages', delegated: 'ChannelMessage.Read.All', application: 'ChannelMessage.Read.All' },
  ];
  for (const c of table) {
    it(`resolves ${c.method} ${c.url}`, () => {
      const r = toGraphRequest(c.method, c.url);
      assert.ok(r);
      const req = builtInCatalog.resolve(r.method, r.segments);
      assert.equal(req?.template, c.template);
      assert.equal(req?.delegated[0], c.delegated);
      if (c.application) assert.equal(req?.application[0], c.application);
    });
  }
  it('knows which endpoints have no application permission (me, password reset, posting messages)', () => {
    for (const [m, u] of [['GET', '/me'], ['POST', '/users/u/authentication/methods/m/resetPassword'], ['POST', '/chats/c/messages']] as const) {
      const r = toGraphRequest(m, u);
      assert.ok(r);
      assert.deepEqual(builtInCatalog.resolve(r.method, r.segments)?.application, [], u);
    }
  });
});

describe('permissions/insight', () => {
  const users = toGraphRequest('GET', 'https://graph.microsoft.com/v1.0/users');
  it('names the missing permission and its type', () => {
    assert.ok(users);
    const i = comparePermissions(users, { kind: 'delegated', permissions: ['User.Read', 'openid'], from: 'token' });
    assert.equal(i.verdict, 'missing');
    assert.equal(i.fix, 'User.ReadBasic.All');
    assert.match(i.message, /carries User\.Read;/);
  });
  it('accepts a higher permission, case-insensitively', () => {
    assert.ok(users);
    assert.equal(comparePermissions(users, { kind: 'app-only', permissions: ['user.read.all'], from: 'token' }).verdict, 'satisfied');
  });
  it('explains that a subscription needs the permission of the watched resource', () => {
    const subs = toGraphRequest('POST', 'https://graph.microsoft.com/v1.0/subscriptions');
    assert.ok(subs);
    const i = comparePermissions(subs, { kind: 'app-only', permissions: ['Mail.Read'], from: 'token' });
    assert.equal(i.verdict, 'varies-by-resource');
    assert.match(i.message, /watched resource/);
  });
  it('says when the token type has no permission for the endpoint', () => {
    const me = toGraphRequest('GET', '/me');
    assert.ok(me);
    const i = comparePermissions(me, { kind: 'app-only', permissions: ['User.Read.All'], from: 'token' });
    assert.equal(i.verdict, 'no-scheme-for-token');
    assert.match(i.message, /no application permission/);
  });
});

describe('permissions/permissions-file (the real file in shared/)', function () {
  before(function () {
    if (!existsSync(PERMISSIONS_FILE)) this.skip();
  });

  it('loads and resolves per method, preferring the least privileged permission of that method', () => {
    const file = loadPermissionsFile(PERMISSIONS_FILE);
    assert.ok(file.templateCount > 5000);
    const get = file.resolve('GET', ['me', 'messages']);
    assert.ok(get?.delegated.includes('Mail.Read'));
    assert.equal(get?.application.length, 0, '/me has no application permission');
    const post = file.resolve('POST', ['users', 'x', 'sendmail']);
    assert.deepEqual(post?.application.slice(0, 1), ['Mail.Send']);
    const reset = file.resolve('POST', ['users', 'u', 'authentication', 'methods', 'm', 'resetpassword']);
    assert.deepEqual(reset?.delegated.slice(0, 1), ['UserAuthenticationMethod.ReadWrite.All']);
    assert.deepEqual(reset?.application, []);
  });

  it('agrees with the built-in catalog: every permission the catalog accepts is one the file allows', () => {
    const file = loadPermissionsFile(PERMISSIONS_FILE);
    const disagreements: string[] = [];
    for (const e of builtInEntries()) {
      const segments = e.template.split('/').filter(Boolean);
      const fromFile = file.resolve(e.method, segments);
      if (!fromFile) continue;
      for (const p of e.delegated.slice(0, 1)) if (!fromFile.delegated.includes(p)) disagreements.push(`${e.method} ${e.template} delegated ${p}`);
      for (const p of e.application.slice(0, 1)) if (!fromFile.application.includes(p) && !e.template.startsWith('/me')) disagreements.push(`${e.method} ${e.template} application ${p}`);
    }
    assert.deepEqual(disagreements, []);
  });

  it('rejects a file that is not a permissions file, with a one-line reason', () => {
    assert.throws(() => buildPermissionsIndex({ hello: 1 }), PermissionsFileError);
    assert.throws(() => loadPermissionsFile('/nonexistent/permissions.json'), /cannot read/);
  });
});
