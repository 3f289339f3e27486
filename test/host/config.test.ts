import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/host/config.js';

const APP = '0b6f8a3c-1d2e-4f50-8a9b-0c1d2e3f4a5b';
const TENANT = 'f1e2d3c4-b5a6-4789-8a0b-1c2d3e4f5a6b';

describe('host/config', () => {
  it('defaults to local mode on 127.0.0.1:3978', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3978);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.localMode, true);
  });

  it('reads a full single-tenant configuration', () => {
    const c = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppType: 'singletenant', MicrosoftAppTenantId: TENANT, HOST: '0.0.0.0', PORT: '8080', LOG_LEVEL: 'warn' });
    assert.equal(c.localMode, false);
    assert.equal(c.appType, 'SingleTenant');
    assert.equal(c.port, 8080);
  });

  // MicrosoftAppType when unset: what the variables that are set imply (tenant id -> SingleTenant;
  // managed identity only when asked for). [variables, expected type]
  const inferred: [string, Record<string, string>, string][] = [
    ['tenant id and a secret', { MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT }, 'SingleTenant'],
    ['tenant id and a certificate', { MicrosoftAppId: APP, CertificateThumbprint: 'AB12', MicrosoftAppTenantId: TENANT }, 'SingleTenant'],
    ['no tenant id', { MicrosoftAppId: APP, MicrosoftAppPassword: 'x' }, 'MultiTenant'],
    ['a managed identity, set explicitly', { MicrosoftAppId: APP, MicrosoftAppTenantId: TENANT, MicrosoftAppType: 'UserAssignedMSI' }, 'UserAssignedMSI'],
    ['an explicit type in any case', { MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT, MicrosoftAppType: 'SINGLETENANT' }, 'SingleTenant'],
  ];
  for (const [what, env, appType] of inferred) {
    it(`MicrosoftAppType from ${what}: ${appType}`, () => {
      assert.equal(loadConfig(env).appType, appType);
    });
  }

  it('a tenant id without a secret is not taken for a managed identity, but the refusal says how to ask for one', () => {
    assert.throws(() => loadConfig({ MicrosoftAppId: APP, MicrosoftAppTenantId: TENANT }), (e: unknown) => e instanceof ConfigError && /MicrosoftAppType=UserAssignedMSI/.test(e.message));
  });

  it('runs in a container: HOST=0.0.0.0 with credentials is served, without them refused', () => {
    const c = loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT });
    assert.equal(c.host, '0.0.0.0');
    assert.equal(c.localMode, false);
    assert.throws(() => loadConfig({ HOST: '0.0.0.0', MicrosoftAppTenantId: TENANT }), (e: unknown) => e instanceof ConfigError && e.variable === 'HOST');
  });

  const bad: [Record<string, string>, string][] = [
    // Contradictions: each names the variable to change, in one line.
    [{ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT, MicrosoftAppType: 'MultiTenant' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: APP, MicrosoftAppTenantId: TENANT }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT, MicrosoftAppType: 'UserAssignedMSI' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: APP, MicrosoftAppType: 'UserAssignedMSI' }, 'MicrosoftAppTenantId'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ MicrosoftAppId: 'my-bot' }, 'MicrosoftAppId'],
    [{ MicrosoftAppId: APP }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppType: 'Anything' }, 'MicrosoftAppType'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MAX_BODY_BYTES: '10' }, 'MAX_BODY_BYTES'],
  ];
  for (const [env, variable] of bad) {
    it(`stops on a bad ${variable} with a message naming it`, () => {
      assert.throws(() => loadConfig(env), (e: unknown) => e instanceof ConfigError && e.variable === variable && e.message.startsWith(`${variable}:`) && !e.message.includes('\n'));
    });
  }
});
