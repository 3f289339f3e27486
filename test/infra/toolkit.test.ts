/**
 * The Microsoft 365 Agents Toolkit project read as text: every file it names exists, every
 * ${{NAME}} it (or the manifest, or the Bicep parameters) uses has a source in that environment,
 * the settings it writes for the bot are variables config.ts reads, and no secret is committed.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile } from '../../scripts/package-app.js';
import { ROOT } from '../helpers/project.js';
import { configVariables } from './config-variables.js';

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/** `key: VALUE` lines indented under every `<heading>:` line. */
function indentedUnder(yml: string, heading: string): [string, string][] {
  const out: [string, string][] = [];
  const lines = yml.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() !== `${heading}:`) return;
    const indent = line.length - line.trimStart().length;
    for (const next of lines.slice(i + 1)) {
      if (next.trim() === '' || next.length - next.trimStart().length <= indent) break;
      const m = /^\s*([A-Za-z_][A-Za-z0-9_]*):\s*(.*)$/.exec(next);
      if (m?.[1]) out.push([m[1], m[2] ?? '']);
    }
  });
  return out;
}

const bicepOutputs = [...read('infra/main.bicep').matchAll(/^output (\w+)/gm)].map((m) => m[1] ?? '');

// [environment, project file, files whose placeholders that environment fills, outputs it receives]
const ENVIRONMENTS: [string, string, string[], string[]][] = [
  ['dev', 'm365agents.yml', ['manifest/manifest.json', 'infra/toolkit.parameters.json'], bicepOutputs],
  ['local', 'm365agents.local.yml', ['manifest/manifest.json'], []],
  ['playground', 'm365agents.playground.yml', [], []],
];

describe('Agents Toolkit project', () => {
  for (const [env, file, filled, outputs] of ENVIRONMENTS) {
    describe(`${file} (env/.env.${env})`, () => {
      const yml = read(file);

      it('declares the schema version and names only files that exist', () => {
        const schema = /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/(v[\d.]+)\/yaml\.schema\.json$/m.exec(yml)?.[1];
        assert.ok(schema, 'names the Toolkit schema');
        assert.match(yml, new RegExp(`^version: ${schema.replaceAll('.', '\\.')}$`, 'm'), 'the version the schema describes');
        const paths = [...yml.matchAll(/^\s+-?\s*(?:manifestPath|path|parameters): (\.\/\S+)$/gm)].map((m) => m[1] ?? '');
        for (const path of paths) assert.ok(existsSync(join(ROOT, path)), `${path} exists`);
        if (env !== 'playground') assert.ok(paths.includes('./manifest/manifest.json'), 'validates the project\'s manifest');
      });

      it('has a source for every ${{NAME}} it and the files it fills use', () => {
        const known = new Set([...Object.keys(parseEnvFile(read(`env/.env.${env}`))), ...indentedUnder(yml, 'writeToEnvironmentFile').map(([, v]) => v), ...outputs]);
        const used = [...placeholders(yml), ...filled.flatMap((f) => placeholders(read(f)))];
        assert.deepEqual([...new Set(used.filter((n) => !known.has(n)))], []);
      });

      it('writes only settings config.ts reads for the bot', () => {
        const envs = indentedUnder(yml, 'envs').map(([k]) => k);
        const read = configVariables();
        assert.deepEqual(envs.filter((k) => !read.has(k)), []);
      });

      it('commits no secret', () => {
        const values = parseEnvFile(read(`env/.env.${env}`));
        assert.deepEqual(Object.keys(values).filter((k) => k.startsWith('SECRET_') || /PASSWORD/i.test(k)), []);
        for (const id of ['TEAMS_APP_ID', 'BOT_ID', 'BOT_TENANT_ID']) assert.ok(!values[id], `${id} is left for provision to fill`);
      });
    });
  }

  it('keeps the secrets provision writes, and the generated bot settings, out of git', () => {
    const ignored = read('.gitignore').split('\n');
    for (const pattern of ['env/.env.*.user', '.localConfigs', '.localConfigs.*', 'devTools/']) assert.ok(ignored.includes(pattern), pattern);
  });

  it('runs the Playground against the bot in local mode on the port the playground env writes', () => {
    const envs = Object.fromEntries(indentedUnder(read('m365agents.playground.yml'), 'envs'));
    assert.equal(envs.MicrosoftAppId, '""', 'no app id: local mode, as the Playground sends no token');
    assert.equal(envs.HOST, '127.0.0.1');
    const launch = read('.vscode/launch.json');
    assert.match(launch, /"envFile": "\$\{workspaceFolder\}\/\.localConfigs\.playground"/);
    assert.match(launch, new RegExp(`"BOT_ENDPOINT": "http://127\\.0\\.0\\.1:${envs.PORT}/api/messages"`));
    assert.match(launch, /"preLaunchTask": "Deploy \(Microsoft 365 Agents Playground\)"/);
    assert.match(read('.vscode/tasks.json'), /"label": "Deploy \(Microsoft 365 Agents Playground\)",\s+"type": "teamsfx",\s+"command": "deploy",\s+"args": \{ "env": "playground" \}/);
  });
});
