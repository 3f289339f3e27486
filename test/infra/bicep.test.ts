/**
 * infra/main.bicep read as text (the Bicep CLI ships on NuGet and GitHub, neither reachable from
 * this project's machines, so it is not compiled here): the settings the container gets are exactly
 * what src/host/config.ts reads, the probes, scale rule and secrets are what the README promises,
 * and azd finds the app.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.js';
import { configVariables } from './config-variables.js';

const BICEP = readFileSync(join(ROOT, 'infra', 'main.bicep'), 'utf8');

/** Variables config.ts reads that this deployment deliberately leaves unset, and why. */
const NOT_SET_BY_INFRA: Record<string, string> = {
  GRAPH_PERMISSIONS_FILE: 'optional path to Microsoft\'s full permissions file; the image carries none (mount one to use it)',
  CertificateThumbprint: 'certificate credentials are an alternative to the secret; this deployment uses a secret or a managed identity',
};

/** The block `var <name> = …` up to the next top-level declaration. */
function block(name: string): string {
  const start = BICEP.indexOf(`var ${name} =`);
  assert.ok(start >= 0, `main.bicep declares var ${name}`);
  const rest = BICEP.slice(start + 1);
  const end = rest.search(/\n(?:var|resource|module|output|param) /);
  return rest.slice(0, end < 0 ? undefined : end);
}

function settingNames(): string[] {
  return [...block('appSettings').matchAll(/name: '([A-Za-z_][A-Za-z0-9_]*)'/g)].map((m) => m[1] ?? '');
}

describe('infra/main.bicep', () => {
  it('finds the variables config.ts reads (the parser sees direct reads and helper calls)', () => {
    const names = configVariables("env.A; env['B']; integer(env, 'C', 1, 0, 2); x(env,'D'); other.E; env[key]");
    assert.deepEqual([...names].sort(), ['A', 'B', 'C', 'D']);
    assert.ok(configVariables().has('MicrosoftAppId'));
  });

  it('sets every variable config.ts reads, except the ones it declares it leaves unset', () => {
    const set = new Set(settingNames());
    const missing = [...configVariables()].filter((v) => !set.has(v) && !(v in NOT_SET_BY_INFRA));
    assert.deepEqual(missing, [], `add these to appSettings in infra/main.bicep (or to NOT_SET_BY_INFRA with a reason): ${missing.join(', ')}`);
  });

  it('sets nothing config.ts does not read', () => {
    const read = configVariables();
    assert.deepEqual(settingNames().filter((n) => !read.has(n)), []);
    assert.equal(new Set(settingNames()).size, settingNames().length, 'each setting once');
  });

  it('listens on all interfaces, on the port the ingress, probes and settings share', () => {
    assert.match(block('appSettings'), /name: 'HOST', value: '0\.0\.0\.0'/);
    assert.match(block('appSettings'), /name: 'PORT', value: string\(port\)/);
    assert.match(BICEP, /\nvar port = 3978\n/);
    assert.match(BICEP, /targetPort: port\b/);
  });

  it('probes /healthz for liveness and readiness', () => {
    for (const type of ['Liveness', 'Readiness']) {
      assert.match(BICEP, new RegExp(`type: '${type}'\\s+httpGet: \\{ path: '/healthz', port: port \\}`), type);
    }
  });

  it('lets liveness outlast the 10 s drain after SIGTERM (during which /healthz answers 503)', () => {
    const m = /type: 'Liveness'[\s\S]*?periodSeconds: (\d+)\s+failureThreshold: (\d+)/.exec(BICEP);
    assert.ok(m);
    assert.ok(Number(m[1]) * Number(m[2]) > 10, `${m[1]} s × ${m[2]} failures`);
  });

  it('scales on HTTP concurrency and keeps at least one replica warm', () => {
    assert.match(BICEP, /http: \{ metadata: \{ concurrentRequests: string\(concurrentRequests\) \} \}/);
    assert.match(BICEP, /minReplicas: minReplicas/);
    const min = /param minReplicas int = (\d+)/.exec(BICEP);
    assert.ok(Number(min?.[1]) >= 1);
    assert.match(BICEP, /@minValue\(1\)\s+@description\([^)]*\)\s+param minReplicas/);
  });

  it('keeps the client secret a secret: a secure parameter, a Container Apps secret, a secretRef', () => {
    assert.match(BICEP, /@secure\(\)\s+@description\([^\n]*\)\s+param botAppPassword string/);
    assert.match(block('appSettings'), /\{ name: 'MicrosoftAppPassword', secretRef: 'microsoft-app-password' \}/);
    assert.match(BICEP, /secrets: singleTenant \? \[\s+\{ name: 'microsoft-app-password', value: botAppPassword \}/);
    assert.doesNotMatch(BICEP.replace(/secrets: singleTenant[\s\S]*?\]/, ''), /value: botAppPassword/);
    assert.doesNotMatch(BICEP, /output [^\n]*(?:password|secret)/i);
  });

  it('registers the bot with the Teams channel, as SingleTenant or user-assigned managed identity only', () => {
    const bot = readFileSync(join(ROOT, 'infra', 'modules', 'azure-bot.bicep'), 'utf8');
    assert.match(bot, /@allowed\(\['SingleTenant', 'UserAssignedMSI'\]\)\s+param appType string/);
    assert.match(bot, /channelName: 'MsTeamsChannel'/);
    assert.match(BICEP, /messagingEndpoint: 'https:\/\/\$\{app\.properties\.configuration\.ingress\.fqdn\}\/api\/messages'/);
    assert.match(BICEP, /@allowed\(\['UserAssignedMSI', 'SingleTenant'\]\)\s+@description\([^\n]*\)\s+param botAuth string/);
  });

  it('tags the container app with the azd service name azure.yaml declares', () => {
    const azureYaml = readFileSync(join(ROOT, 'azure.yaml'), 'utf8');
    const service = /\nservices:\n {2}([a-z0-9-]+):\n[\s\S]*?host: containerapp/.exec(azureYaml)?.[1];
    assert.ok(service, 'azure.yaml declares a containerapp service');
    assert.match(BICEP, new RegExp(`tags: \\{ 'azd-service-name': '${service}' \\}`));
    assert.match(azureYaml, /docker:\n\s+path: \.\/Dockerfile/);
  });

  it('gives every parameter file only parameters main.bicep declares', () => {
    const declared = new Set([...BICEP.matchAll(/^param (\w+)/gm)].map((m) => m[1]));
    for (const file of ['main.parameters.json', 'toolkit.parameters.json']) {
      const params = Object.keys((JSON.parse(readFileSync(join(ROOT, 'infra', file), 'utf8')) as { parameters: object }).parameters);
      assert.deepEqual(params.filter((p) => !declared.has(p)), [], file);
      assert.ok(params.includes('environmentName'), `${file} names the resources`);
    }
  });
});
