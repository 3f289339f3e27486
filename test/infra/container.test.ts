/**
 * The container image's configuration (Dockerfile read as text: no Docker daemon here): it listens
 * on all interfaces, which the bot accepts only with credentials, on an LTS Node line.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/host/config.js';
import { ROOT } from '../helpers/project.js';

const DOCKERFILE = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
/** The Node lines this project supports and CI runs (.ci/run); the image must be on one of them. */
const SUPPORTED_NODE_LINES = [22, 24];
const CREDENTIALS = { MicrosoftAppId: '0b6f8a3c-1d2e-4f50-8a9b-0c1d2e3f4a5b', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: 'f1e2d3c4-b5a6-4789-8a0b-1c2d3e4f5a6b' };

/** The runtime stage's ENV (KEY=VALUE pairs, continued over backslash-newlines). */
function runtimeEnv(): Record<string, string> {
  const runtime = DOCKERFILE.slice(DOCKERFILE.lastIndexOf('\nFROM '));
  const env: Record<string, string> = {};
  for (const m of runtime.replace(/\\\n/g, ' ').matchAll(/^ENV (.+)$/gm)) {
    for (const pair of (m[1] ?? '').trim().split(/\s+/)) {
      const [key, value] = pair.split('=');
      if (key && value !== undefined) env[key] = value;
    }
  }
  return env;
}

describe('container image (Dockerfile)', () => {
  it('builds and runs on a supported LTS Node line', () => {
    const majors = [...DOCKERFILE.matchAll(/^FROM node:(\d+)[-\w.]* AS \w+$/gm)].map((m) => Number(m[1]));
    assert.equal(majors.length, 2, 'a build stage and a runtime stage');
    for (const major of majors) assert.ok(SUPPORTED_NODE_LINES.includes(major), `node:${major}`);
  });

  it('listens on all interfaces', () => {
    assert.equal(runtimeEnv().HOST, '0.0.0.0');
  });

  it('still refuses to start without credentials (local mode is loopback only)', () => {
    assert.throws(() => loadConfig(runtimeEnv()), (e: unknown) => e instanceof ConfigError && e.variable === 'HOST');
  });

  it('with credentials, serves on 0.0.0.0 as SingleTenant and stops cleanly on SIGTERM', async function () {
    // Starting a process that loads botbuilder takes seconds on a busy shared machine.
    this.timeout(90_000);
    const env = { ...process.env, ...runtimeEnv(), ...CREDENTIALS, PORT: '0', MicrosoftAppType: '' };
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'index.js')], { env });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    let port: string;
    try {
      port = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line after 60 s: ${out}`)), 60_000);
        // The JSON "listening" event on stdout carries the address (the human line goes to stderr).
        child.stdout.on('data', () => {
          const m = /"url":"http:\/\/0\.0\.0\.0:(\d+)\/api\/messages"/.exec(out);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      assert.doesNotMatch(out, /LOCAL MODE/);
      assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
      // Authentication is on: an activity without a Bot Framework token is refused.
      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'hi', serviceUrl: 'https://smba.trafficmanager.net/teams/', conversation: { id: 'c1' }, from: { id: 'u1' } }) });
      assert.equal(res.status, 401);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
