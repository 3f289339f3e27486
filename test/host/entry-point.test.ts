/**
 * The server as it runs in production (node dist/src/index.js), in authenticated mode against a
 * local OpenID/JWKS endpoint: forged tokens, a corrupt gzip body and a 20,000-level activity
 * carrying a bearer token leave stdout one JSON object per line, with no key, token, body or
 * stack trace in either stream, and the process keeps serving (issue 10, items 1 and 8).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { activity } from '../helpers/http.js';
import { ROOT } from '../helpers/project.js';
import { APP_ID, KID, localChannel, type LocalChannel } from './local-channel.js';

const ENTRY = join(ROOT, 'dist', 'src', 'index.js');
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const SIGNATURE_MARK = 'c2lnbmF0dXJlLW1hcmstOTkx';
/** Well-formed, names the channel's real key, signature forged: botbuilder tries it and fails. */
const forgedBearer = (): string =>
  `Bearer ${b64({ alg: 'RS256', kid: KID, typ: 'JWT' })}.${b64({ iss: 'https://api.botframework.com', aud: APP_ID, tid: randomUUID(), exp: 4102444800 })}.${SIGNATURE_MARK}${'A'.repeat(320)}`;

describe('host/entry point (the real process, authenticated mode)', function () {
  this.timeout(30000);
  let channel: LocalChannel;
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let out = '';
  let err = '';

  before(async () => {
    channel = await localChannel();
    child = spawn(process.execPath, [ENTRY], { env: { ...process.env, ...channel.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug' } });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not start')), 15000);
      child.stdout.on('data', () => {
        const m = /"event":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)\/api\/messages"/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
  });
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    channel.metadata.close();
  });

  const attacks: { name: string; headers: Record<string, string>; body: () => string; status: number }[] = [
    { name: 'a forged token naming the channel key', headers: { authorization: forgedBearer() }, body: () => JSON.stringify(activity({ text: 'hi' })), status: 401 },
    { name: 'a body labelled gzip that is not gzip', headers: { 'content-encoding': 'gzip' }, body: () => 'not gzip', status: 400 },
    {
      name: 'an activity nested 20,000 levels deep with a bearer token',
      headers: { authorization: forgedBearer() },
      body: () => JSON.stringify(activity({ text: 'hi', conversation: 'DEEP' })).replace('"DEEP"', '['.repeat(20_000) + ']'.repeat(20_000)),
      status: 400,
    },
  ];
  for (const a of attacks) {
    it(`answers ${a.name} with ${a.status} and keeps serving`, async () => {
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...a.headers }, body: a.body() });
      assert.equal(res.status, a.status);
      assert.equal((await fetch(`${url}/healthz`)).status, 200);
    });
  }

  it('keeps stdout one JSON object per line and prints no key, token, body or stack trace', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the last lines arrive
    const lines = out.split('\n').filter((l) => l.trim() !== '');
    assert.ok(lines.length > 0);
    for (const line of lines) assert.equal(typeof (JSON.parse(line) as { event?: unknown }).event, 'string', line.slice(0, 120));
    assert.ok(lines.some((l) => l.includes('"event":"library-console"')), "botbuilder's console output arrived as log events");
    for (const text of [out, err]) assert.doesNotMatch(text, new RegExp(`BEGIN|PUBLIC KEY|${SIGNATURE_MARK}|\\[\\[\\[\\[|\\n\\s+at `));
    assert.deepEqual(err.trim().split('\n').filter((l) => !/^graph-auth-doctor listening on /.test(l)), [], 'stderr has only the human start line');
  });

  it('drains and exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(out, /"event":"shutdown"/);
    assert.match(out, /"event":"stopped"/);
  });
});
