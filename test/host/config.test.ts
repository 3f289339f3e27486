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

  const bad: [Record<string, string>, string][] = [
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
