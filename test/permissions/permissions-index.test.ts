import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_INDEX_PATH, defaultPermissionsIndex, endpointSupport, permissionById, permissionByName } from '../../src/permissions/default-index.js';
import { normalizeTemplate } from '../../src/permissions/index-format.js';
import type { HttpMethod } from '../../src/permissions/request-path.js';
import { PERMISSIONS_FILE, PROVISIONING_FILE } from '../helpers/project.js';

const SCHEMES = ['DelegatedWork', 'DelegatedPersonal', 'Application'] as const;
type Scheme = (typeof SCHEMES)[number];

interface SourceGrant {
  /** For one property of its resource ("Group-NestingSupport.ReadWrite.All": "… groups' disableNesting property"). */
  property?: string;
  least: boolean;
  singleMethodLeast: boolean;
  level: number;
}

/** Reads Microsoft's file directly, independent of derive-index.ts: key -> method -> scheme -> name -> grant. */
function readSource(): { groups: Map<string, Map<string, Map<Scheme, Map<string, SourceGrant>>>> } {
  const json = JSON.parse(readFileSync(PERMISSIONS_FILE, 'utf8')) as {
    permissions: Record<string, { schemes: Record<string, { privilegeLevel?: number; adminDisplayName?: string }>; pathSets: { schemeKeys: string[]; methods: string[]; paths: Record<string, string> }[] }>;
  };
  const groups = new Map<string, Map<string, Map<Scheme, Map<string, SourceGrant>>>>();
  for (const [name, def] of Object.entries(json.permissions)) {
    const qualifier = name.split('.')[0]?.split('-')[1];
    const ofProperty = qualifier && Object.values(def.schemes).some((s) => /^(read|update|write)\b[^.]*\bpropert(y|ies)\b/i.test(s.adminDisplayName ?? ''));
    const property = ofProperty ? (/^[A-Z]?[a-z]+/.exec(qualifier)?.[0] ?? qualifier).toLowerCase() : undefined;
    for (const set of def.pathSets) {
      for (const [path, marker] of Object.entries(set.paths)) {
        const least = /(?:^|;)least=([^;]*)/.exec(marker)?.[1]?.split(',') ?? [];
        const key = normalizeTemplate(path);
        for (const method of set.methods) {
          for (const scheme of set.schemeKeys as Scheme[]) {
            const byMethod = groups.get(key) ?? new Map();
            groups.set(key, byMethod);
            const byScheme = byMethod.get(method) ?? new Map();
            byMethod.set(method, byScheme);
            const byName: Map<string, SourceGrant> = byScheme.get(scheme) ?? new Map();
            byScheme.set(scheme, byName);
            const g = byName.get(name) ?? { property, least: false, singleMethodLeast: false, level: def.schemes[scheme]?.privilegeLevel ?? 0 };
            g.least ||= least.includes(scheme);
            g.singleMethodLeast ||= least.includes(scheme) && set.methods.length === 1;
            byName.set(name, g);
          }
        }
      }
    }
  }
  return { groups };
}

describe('permissions index: the committed file', () => {
  it('carries the MIT notice, the source and the snapshot date, and stays small', () => {
    const text = readFileSync(DEFAULT_INDEX_PATH, 'utf8');
    const json = JSON.parse(text) as { source: { snapshot: string; license: string; notice: string; repository: string } };
    assert.equal(json.source.snapshot, '2026-08-07');
    assert.equal(json.source.license, 'MIT');
    assert.match(json.source.notice, /^MIT License[\s\S]*Permission is hereby granted/);
    assert.match(json.source.repository, /microsoftgraph\/microsoft-graph-devx-content/);
    assert.ok(text.length < 1.5 * 1024 * 1024, `${text.length} bytes`);
    assert.doesNotMatch(text, /Allows the app to/, 'no description text from the source');
  });
});

describe('permissions index against Microsoft\'s permissions.json', function () {
  this.timeout(20_000);
  before(function () {
    if (!existsSync(PERMISSIONS_FILE) || !existsSync(PROVISIONING_FILE)) this.skip();
  });

  it('every path, method and scheme in the source resolves to the same permissions, and nothing more', () => {
    const { groups } = readSource();
    const index = defaultPermissionsIndex();
    const wrong: string[] = [];
    let checked = 0;
    for (const [key, byMethod] of groups) {
      for (const [method, byScheme] of byMethod) {
        const e = index.entry(method as HttpMethod, key);
        if (!e) {
          wrong.push(`${method} ${key}: missing`);
          continue;
        }
        const got: Record<Scheme, string[]> = { DelegatedWork: e.delegatedWork, DelegatedPersonal: e.delegatedPersonal, Application: e.application };
        for (const scheme of SCHEMES) {
          const want = [...(byScheme.get(scheme)?.keys() ?? [])].sort();
          if (JSON.stringify([...got[scheme]].sort()) !== JSON.stringify(want)) wrong.push(`${method} ${key} ${scheme}`);
          checked++;
        }
      }
    }
    assert.deepEqual(wrong.slice(0, 10), []);
    assert.ok(checked > 30_000, `${checked} checks`);
  });

  it('orders each method\'s permissions least privileged first: single-method least markers, else the set\'s markers, then by privilege level; a property\'s permission last where the path is not about it', () => {
    const { groups } = readSource();
    const index = defaultPermissionsIndex();
    const wrong: string[] = [];
    for (const [key, byMethod] of groups) {
      for (const [method, byScheme] of byMethod) {
        const e = index.entry(method as HttpMethod, key);
        if (!e) continue;
        const lists: Record<Scheme, string[]> = { DelegatedWork: e.delegatedWork, DelegatedPersonal: e.delegatedPersonal, Application: e.application };
        SCHEMES.forEach((scheme, i) => {
          const all = byScheme.get(scheme) ?? new Map<string, SourceGrant>();
          const elsewhere = (g: SourceGrant): boolean => g.property !== undefined && !key.includes(g.property);
          const grants = new Map([...all].filter(([, g]) => !elsewhere(g)));
          const properties = [...all].filter(([, g]) => elsewhere(g)).map(([n]) => n);
          const single = [...grants].filter(([, g]) => g.singleMethodLeast).map(([n]) => n);
          const least = single.length > 0 ? single : [...grants].filter(([, g]) => g.least).map(([n]) => n);
          const list = lists[scheme].slice(0, lists[scheme].length - properties.length);
          if (JSON.stringify(lists[scheme].slice(list.length).sort()) !== JSON.stringify(properties.sort())) wrong.push(`${method} ${key} ${scheme}: property permissions not last`);
          const count = e.least[i] as number;
          if (JSON.stringify(list.slice(0, count).sort()) !== JSON.stringify([...least].sort())) wrong.push(`${method} ${key} ${scheme}: least ${list.slice(0, count)} vs ${least}`);
          const level = (n: string): number => grants.get(n)?.level || Number.MAX_SAFE_INTEGER;
          for (const part of [list.slice(0, count), list.slice(count)]) {
            for (let j = 1; j < part.length; j++) if (level(part[j - 1] as string) > level(part[j] as string)) wrong.push(`${method} ${key} ${scheme}: ${part[j - 1]} before ${part[j]}`);
          }
        });
      }
    }
    assert.deepEqual(wrong.slice(0, 10), []);
  });

  it('turns every public-cloud id of provisioningInfo.json into its name and type, and every name back into its ids', () => {
    const json = JSON.parse(readFileSync(PROVISIONING_FILE, 'utf8')) as { permissionDeployments: Record<string, { id?: string; scheme: string; environment: string }[]> };
    const wrong: string[] = [];
    let checked = 0;
    for (const [name, entries] of Object.entries(json.permissionDeployments)) {
      for (const e of entries) {
        const id = e.id;
        if (!id) continue;
        const scheme = e.scheme === 'Application' ? 'application' : 'delegated';
        const found = defaultPermissionsIndex().permissionsById(id.toUpperCase());
        if (!found.some((f) => f.name === name && f.scheme === scheme)) wrong.push(`${id} -> ${name}`);
        if (!permissionByName(name)?.ids.some((i) => i.id === id.toLowerCase() && i.scheme === scheme)) wrong.push(`${name} -> ${id}`);
        checked++;
      }
    }
    assert.deepEqual(wrong.slice(0, 10), []);
    assert.ok(checked > 1900, `${checked} ids`);
  });
});

describe('permissions index: endpoints a developer asks about', () => {
  const table: { method: string; path: string; template: string; work?: string; personal?: string; application?: string; tokenTypes: string; personalAccounts: boolean }[] = [
    { method: 'GET', path: '/me', template: '/me', work: 'User.Read', personal: 'User.Read', tokenTypes: 'delegated-only', personalAccounts: true },
    { method: 'GET', path: 'https://graph.microsoft.com/v1.0/users/ada@contoso.example?$select=id', template: '/users/{id}', work: 'User.ReadBasic.All', application: 'User.ReadBasic.All', personal: 'User.Read', tokenTypes: 'both', personalAccounts: true },
    { method: 'GET', path: '/groups/{id}/members', template: '/groups/{id}/members', work: 'GroupMember.ReadBasic.All', application: 'GroupMember.ReadBasic.All', tokenTypes: 'both', personalAccounts: false },
    { method: 'POST', path: '/v1.0/applications', template: '/applications', work: 'AppRegistration.Create', application: 'AppRegistration.Create', personal: 'Application.ReadWrite.All', tokenTypes: 'both', personalAccounts: true },
    { method: 'PATCH', path: '/users/u1', template: '/users/{id}', work: 'User.ReadWrite.All', application: 'User.ReadWrite.All', personal: 'User.ReadWrite', tokenTypes: 'both', personalAccounts: true },
    { method: 'GET', path: '/sites/contoso.sharepoint.com,1,2', template: '/sites/{id}', work: 'Sites.Read.All', application: 'Sites.Read.All', tokenTypes: 'both', personalAccounts: false },
    { method: 'GET', path: '/teams/t/channels/c/messages', template: '/teams/{id}/channels/{id}/messages', work: 'ChannelMessage.Read.All', application: 'ChannelMessage.Read.Group', tokenTypes: 'both', personalAccounts: false },
    { method: 'GET', path: '/chats/c/messages', template: '/chats/{id}/messages', work: 'Chat.Read', application: 'ChatMessage.Read.Chat', tokenTypes: 'both', personalAccounts: false },
    { method: 'POST', path: '/users/u/authentication/methods/m/resetPassword', template: '/users/{id}/authentication/methods/{id}/resetpassword', work: 'UserAuthenticationMethod.ReadWrite.All', tokenTypes: 'delegated-only', personalAccounts: false },
    { method: 'POST', path: '/sites/s/permissions', template: '/sites/{id}/permissions', application: 'Sites.FullControl.All', tokenTypes: 'app-only', personalAccounts: false },
    { method: 'GET', path: '/me/messages', template: '/me/messages', work: 'Mail.ReadBasic', personal: 'Mail.ReadBasic', tokenTypes: 'delegated-only', personalAccounts: true },
  ];
  for (const c of table) {
    it(`${c.method} ${c.path}`, () => {
      const s = endpointSupport(c.method, c.path);
      assert.ok(s);
      assert.equal(s.template, c.template);
      assert.equal(s.leastPrivileged.delegatedWork[0], c.work);
      assert.equal(s.leastPrivileged.delegatedPersonal[0], c.personal);
      assert.equal(s.leastPrivileged.application[0], c.application);
      assert.equal(s.delegatedWork[0], c.work, 'the least privileged comes first');
      assert.equal(s.tokenTypes, c.tokenTypes);
      assert.equal(s.personalAccounts, c.personalAccounts);
    });
  }
  it('a permission for one property of a group never leads a read or an update of the group', () => {
    // Microsoft's file marks Group-NestingSupport.ReadWrite.All ("Read and write groups' disableNesting
    // property") least privileged on GET /groups and GET and PATCH /groups/{id}.
    assert.equal(endpointSupport('GET', '/groups')?.leastPrivileged.application[0], 'Group.ReadBasic.All');
    for (const [method, path] of [['GET', '/groups/g1'], ['PATCH', '/groups/g1']] as const) {
      const s = endpointSupport(method, path);
      assert.ok(s);
      assert.ok(!s.delegatedWork[0]?.includes('-') && !s.application[0]?.includes('-'), `${method} ${path}: ${s.delegatedWork[0]}, ${s.application[0]}`);
      assert.ok(s.application.includes('Group-NestingSupport.ReadWrite.All'), 'still accepted, for its property');
    }
  });
  it('User.Read is accepted on /users/{id} only after User.ReadBasic.All (it covers the signed-in user)', () => {
    const s = endpointSupport('GET', '/users/x');
    assert.ok(s);
    assert.ok(s.delegatedWork.indexOf('User.Read') > s.delegatedWork.indexOf('User.ReadBasic.All'));
  });
  it('has no application permission under /me even where Microsoft\'s shared path sets list one', () => {
    assert.ok(defaultPermissionsIndex().entry('POST', '/me/getmembergroups')?.application.length, 'the data lists one');
    assert.deepEqual(endpointSupport('POST', '/me/getMemberGroups')?.application, []);
  });
  it('prefers the literal segment over {id}', () => {
    assert.equal(endpointSupport('GET', '/users/delta')?.template, '/users/delta');
  });
  it('finds a path from its segments in any case, an item as {id}, only for a method the data has', () => {
    const index = defaultPermissionsIndex();
    assert.equal(index.pathOfSegments('GET', ['Users', '{id}', 'MailFolders']), '/users/{id}/mailfolders');
    assert.equal(index.pathOfSegments('GET', ['me', 'Calendar', 'Events']), '/me/calendar/events');
    assert.equal(index.pathOfSegments('POST', ['users', '{id}', 'SendMail']), '/users/{id}/sendmail');
    assert.equal(index.pathOfSegments('GET', ['users', '{id}', 'sendMail']), undefined);
    assert.equal(index.pathOfSegments('GET', ['widgets']), undefined);
    assert.equal(index.pathOfSegments('GET', []), undefined);
  });
  it('says nothing about a call the data does not know', () => {
    assert.equal(endpointSupport('GET', '/nothing/here'), undefined);
    assert.equal(endpointSupport('TRACE', '/users'), undefined);
  });
});

describe('permissions index: ids and names', () => {
  const table: { id: string; name: string; scheme: 'delegated' | 'application' }[] = [
    { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', name: 'User.Read', scheme: 'delegated' },
    { id: '883EA226-0BF2-4A8F-9F9D-92C9162A727D', name: 'Sites.Selected', scheme: 'application' },
    { id: 'f89c84ef-20d0-4b54-87e9-02e856d66d53', name: 'Sites.Selected', scheme: 'delegated' },
    { id: '7ab1d382-f21e-4acd-a863-ba3e13f7da61', name: 'Directory.Read.All', scheme: 'application' },
  ];
  for (const c of table) {
    it(`${c.id} is ${c.name} (${c.scheme}, public cloud)`, () => {
      const p = permissionById(c.id);
      assert.equal(p?.name, c.name);
      assert.equal(p?.scheme, c.scheme);
      assert.equal(p?.publicCloud, true);
    });
  }
  it('says when an id is unknown rather than guessing', () => {
    assert.equal(permissionById('00000000-1111-2222-3333-444444444444'), undefined);
  });
  it('marks an id Microsoft deploys outside the public cloud only', () => {
    const other = JSON.parse(readFileSync(DEFAULT_INDEX_PATH, 'utf8')) as { deployments: [number, string, string, string, string][] };
    const ppeOnly = other.deployments.find((d) => d[3] === 'PPE');
    assert.ok(ppeOnly, 'the snapshot has PPE-only ids');
    const p = permissionById(ppeOnly[2]);
    assert.equal(p?.publicCloud, false);
    assert.equal(p?.environment, 'PPE');
  });
  it('finds a name in any case, with its ids and admin-consent facts', () => {
    const p = permissionByName('sites.selected');
    assert.equal(p?.name, 'Sites.Selected');
    assert.deepEqual(p?.ids.map((i) => i.scheme).sort(), ['application', 'delegated']);
    assert.equal(p?.application?.requiresAdminConsent, true);
    assert.equal(permissionByName('No.Such.Permission'), undefined);
  });
  it('the type given decides between a shared id\'s schemes', () => {
    const shared = '405a51b5-8d8d-430b-9842-8be4b0e9f324';
    assert.equal(permissionById(shared, 'application')?.scheme, 'application');
    assert.equal(permissionById(shared, 'delegated')?.scheme, 'delegated');
  });
  it('says which permissions a personal Microsoft account can hold, from the DelegatedPersonal lists of the source', function () {
    // Compares with Microsoft's source file, which sits beside the project only in the workspace.
    if (!existsSync(PERMISSIONS_FILE)) this.skip();
    const source = JSON.parse(readFileSync(PERMISSIONS_FILE, 'utf8')) as { permissions: Record<string, { pathSets?: { schemeKeys?: string[] }[] }> };
    const personalInSource = (name: string): boolean => (source.permissions[name]?.pathSets ?? []).some((ps) => (ps.schemeKeys ?? []).includes('DelegatedPersonal'));
    const index = defaultPermissionsIndex();
    for (const name of ['Mail.Read', 'Calendars.ReadWrite', 'Files.Read', 'Chat.ReadWrite', 'Presence.ReadWrite', 'Team.ReadBasic.All', 'User.Read.All']) {
      assert.equal(index.servesPersonalAccounts(name), personalInSource(name), name);
      assert.equal(index.servesPersonalAccounts(name.toUpperCase()), personalInSource(name), `${name} in upper case`);
    }
    assert.equal(index.servesPersonalAccounts('Chat.ReadWrite'), false);
    assert.equal(index.servesPersonalAccounts('Mail.Read'), true);
    // Protocol permissions outside Graph's paths: their own schemes list DelegatedPersonal (Outlook.com accounts use IMAP, POP and SMTP with OAuth).
    for (const name of ['IMAP.AccessAsUser.All', 'POP.AccessAsUser.All', 'SMTP.Send']) assert.equal(index.servesPersonalAccounts(name), true, name);
    assert.equal(index.servesPersonalAccounts('No.Such.Permission'), undefined);
  });
});
