/** The entry point as a process: local-mode banner, refusal of a public HOST, graceful SIGTERM. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/project.js';

const ENTRY = join(ROOT, 'dist', 'src', 'index.js');

describe('index (npm start)', () => {
  it('refuses a non-loopback HOST without credentials, in one line', () => {
    const r = spawnSync(process.execPath, [ENTRY], { env: { ...process.env, HOST: '0.0.0.0', PORT: '0', MicrosoftAppId: '' }, encoding: 'utf8', timeout: 15000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /configuration error: HOST: "0\.0\.0\.0" is not a loopback address/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('starts in local mode with a loud banner, serves, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [ENTRY], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${out} ${err}`)), 15000);
      child.stdout.on('data', () => {
        // stdout is JSON lines only: the address comes from the "listening" event.
        const m = /"event":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)\/api\/messages"/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    // stdout and stderr are separate pipes: the human line may arrive after the JSON event.
    await new Promise<void>((resolve) => {
      const done = (): void => {
        if (/listening on http:\/\/127\.0\.0\.1:\d+\/api\/messages/.test(err)) resolve();
      };
      child.stderr.on('data', done);
      done();
      setTimeout(resolve, 10000);
    });
    assert.match(err, /LOCAL MODE: inbound authentication is OFF/);
    assert.match(err, /listening on http:\/\/127\.0\.0\.1:\d+\/api\/messages/, 'the human line is on stderr');
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(out, /"event":"stopped"/);
  });
});
