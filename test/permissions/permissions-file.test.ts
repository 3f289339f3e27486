import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_INDEX_PATH } from '../../src/permissions/default-index.js';
import { comparePermissions } from '../../src/permissions/insight.js';
import { buildPermissionsIndex, loadPermissionsFile, PermissionsFileError } from '../../src/permissions/permissions-file.js';
import { toGraphRequest } from '../../src/permissions/request-path.js';
import { PERMISSIONS_FILE } from '../helpers/project.js';

/** A newer Kibali file, reduced to what the test needs: one permission that allows GET /widgets. */
const NEWER = {
  permissions: {
    'Widget.Read.All': {
      schemes: { DelegatedWork: { privilegeLevel: 2 }, Application: { privilegeLevel: 2, requiresAdminConsent: true } },
      pathSets: [{ schemeKeys: ['DelegatedWork', 'Application'], methods: ['GET'], paths: { '/widgets': 'least=DelegatedWork,Application' } }],
    },
    'Widget.ReadWrite.All': {
      schemes: { DelegatedWork: { privilegeLevel: 3 }, Application: { privilegeLevel: 3 } },
      pathSets: [{ schemeKeys: ['Application'], methods: ['GET', 'POST'], paths: { '/widgets': 'least=Application' } }],
    },
  },
};

describe('permissions/permissions-file (the GRAPH_PERMISSIONS_FILE override)', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'perm-file-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('answers from a newer Kibali file, per method, least privileged first', () => {
    const path = join(dir, 'permissions.json');
    writeFileSync(path, JSON.stringify(NEWER));
    const file = loadPermissionsFile(path);
    const get = file.resolve('GET', ['widgets']);
    assert.equal(get?.source, 'permissions-file');
    assert.deepEqual(get?.application, ['Widget.Read.All', 'Widget.ReadWrite.All'], 'the single-method marker wins for GET');
    assert.deepEqual(file.resolve('POST', ['widgets'])?.application, ['Widget.ReadWrite.All']);
    assert.deepEqual(file.resolve('POST', ['widgets'])?.delegated, []);
    const request = toGraphRequest('GET', '/v1.0/widgets');
    assert.ok(request);
    assert.equal(comparePermissions(request, { kind: 'app-only', permissions: ['Widget.ReadWrite.All'], from: 'token' }, [file]).verdict, 'satisfied');
  });

  it("carries a permission's delegated and application titles where Microsoft gives them different ones", () => {
    const titled = {
      permissions: {
        'Widget.Send': {
          schemes: { DelegatedWork: { adminDisplayName: 'Send widgets as a user ' }, Application: { adminDisplayName: 'Send widgets as any user' } },
          pathSets: [{ schemeKeys: ['DelegatedWork', 'Application'], methods: ['POST'], paths: { '/widgets': 'least=DelegatedWork,Application' } }],
        },
        'Widget.Read.All': {
          schemes: { DelegatedWork: { adminDisplayName: 'Read all widgets' }, Application: { adminDisplayName: 'Read all widgets' } },
          pathSets: [{ schemeKeys: ['DelegatedWork', 'Application'], methods: ['GET'], paths: { '/widgets': 'least=DelegatedWork,Application' } }],
        },
      },
    };
    const file = buildPermissionsIndex(titled);
    assert.deepEqual(file.consentTitles('widget.send'), { delegated: 'Send widgets as a user', application: 'Send widgets as any user' });
    assert.equal(file.consentTitles('Widget.Read.All'), undefined, 'one title for both types tells no type');
  });

  it('also accepts an index built by npm run permissions:index', () => {
    const file = loadPermissionsFile(DEFAULT_INDEX_PATH);
    assert.ok(file.templateCount > 5000);
    assert.equal(file.resolve('GET', ['users'])?.source, 'permissions-file');
  });

  it('loads Microsoft\'s full file as well', function () {
    if (!existsSync(PERMISSIONS_FILE)) this.skip();
    const file = loadPermissionsFile(PERMISSIONS_FILE);
    assert.ok(file.templateCount > 5000);
    assert.deepEqual(file.resolve('POST', ['users', 'x', 'sendmail'])?.application.slice(0, 1), ['Mail.Send']);
    // The shipped index carries the same titles as Microsoft's file.
    assert.deepEqual(loadPermissionsFile(DEFAULT_INDEX_PATH).consentTitles('Mail.Send'), file.consentTitles('Mail.Send'));
  });

  it('rejects a file that is not a permissions file, with a one-line reason', () => {
    assert.throws(() => buildPermissionsIndex({ hello: 1 }), PermissionsFileError);
    assert.throws(() => loadPermissionsFile('/nonexistent/permissions.json'), /cannot read/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{');
    assert.throws(() => loadPermissionsFile(bad), /not valid JSON/);
  });
});
