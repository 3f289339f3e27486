/**
 * What a stranger can send before authentication, over real HTTP: compressed, corrupt,
 * oversize-after-inflating, deeply nested or mistyped bodies each get a 4xx JSON answer, and the
 * process keeps serving (issue 10, items 1, 2 and 8).
 */
import assert from 'node:assert/strict';
import { deflateSync, gzipSync } from 'node:zlib';
import { activity, cardIds, startApp, type Running } from '../helpers/http.js';

interface Case {
  readonly name: string;
  readonly body: () => Buffer | string;
  readonly encoding?: string;
  readonly status: number;
}

const PASTE = { text: 'AADSTS50076: you must use multi-factor authentication' };
const json = (value: unknown): string => JSON.stringify(value);
const DEEP = '['.repeat(20_000) + ']'.repeat(20_000);
let bombCache: Buffer | undefined;
/** 200 MB of zeros, gzipped to about 200 KB (built once: compressing it takes a second). */
const bomb = (): Buffer => (bombCache ??= gzipSync(Buffer.alloc(200 * 1024 * 1024)));
/** An activity with `field` replaced by 20,000 nested arrays. */
const deep = (field: string): string => json(activity({ ...PASTE, [field]: 'DEEP' })).replace('"DEEP"', DEEP);

async function send(app: Running, body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, json: parsed };
}

describe('host/body limits (HTTP, before authentication)', function () {
  this.timeout(60000);
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  async function healthy(): Promise<void> {
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200, 'the process is still serving');
  }

  const accepted: Case[] = [
    { name: 'a gzip-compressed activity', body: () => gzipSync(json(activity(PASTE))), encoding: 'gzip', status: 200 },
    { name: 'a deflate-compressed activity', body: () => deflateSync(json(activity(PASTE))), encoding: 'deflate', status: 200 },
    { name: 'an identity-encoded activity', body: () => json(activity(PASTE)), encoding: 'identity', status: 200 },
  ];
  for (const c of accepted) {
    it(`diagnoses ${c.name}`, async () => {
      const res = await send(app, c.body(), c.encoding ? { 'content-encoding': c.encoding } : {});
      assert.equal(res.status, c.status);
      assert.ok(cardIds(res.json).length > 0, 'a card came back');
    });
  }

  const refused: Case[] = [
    { name: 'a body labelled gzip that is not gzip', body: () => 'this is not gzip at all', encoding: 'gzip', status: 400 },
    { name: 'a truncated gzip body', body: () => gzipSync(json(activity(PASTE))).subarray(0, 40), encoding: 'gzip', status: 400 },
    { name: 'a body labelled deflate that is not deflate', body: () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]), encoding: 'deflate', status: 400 },
    { name: 'a brotli body', body: () => json(activity(PASTE)), encoding: 'br', status: 415 },
    { name: 'a body encoded twice', body: () => gzipSync(gzipSync(json(activity(PASTE)))), encoding: 'gzip, gzip', status: 415 },
    { name: 'a decompression bomb (200 KB of gzip, 200 MB of zeros)', body: bomb, encoding: 'gzip', status: 413 },
    { name: 'a small gzip whose activity inflates past the limit', body: () => gzipSync(json(activity({ text: 'a'.repeat(2 * 1024 * 1024) }))), encoding: 'gzip', status: 413 },
    ...['conversation', 'from', 'id', 'locale', 'value', 'channelData'].map((field) => ({ name: `an activity whose ${field} nests 20,000 levels deep`, body: () => deep(field), status: 400 })),
    { name: 'a serviceUrl that is a number', body: () => json(activity({ ...PASTE, serviceUrl: 42 })), status: 400 },
    { name: 'a conversation that is a list', body: () => json(activity({ ...PASTE, conversation: ['a'] })), status: 400 },
    { name: 'attachments: [null]', body: () => json(activity({ ...PASTE, attachments: [null] })), status: 400 },
    { name: 'entities that are strings', body: () => json(activity({ ...PASTE, entities: ['mention'] })), status: 400 },
    { name: 'a from.id that is an object', body: () => json(activity({ ...PASTE, from: { id: { x: 1 } } })), status: 400 },
    // Nothing to reply to: botbuilder threw a TypeError answering these.
    { name: 'a message without a conversation', body: () => json({ ...activity(PASTE), conversation: undefined }), status: 400 },
    { name: 'a message whose conversation has no id', body: () => json(activity({ ...PASTE, conversation: {} })), status: 400 },
    { name: 'a message without a serviceUrl', body: () => json({ ...activity(PASTE), serviceUrl: undefined }), status: 400 },
  ];
  for (const c of refused) {
    it(`answers ${c.name} with ${c.status} and keeps serving`, async () => {
      const body = c.body();
      const res = await send(app, body, c.encoding ? { 'content-encoding': c.encoding } : {});
      assert.equal(res.status, c.status);
      assert.equal(typeof (res.json as { error?: unknown } | undefined)?.error, 'string', 'a JSON error body');
      await healthy();
    });
  }

  it('inflates a bomb no further than the limit (memory stays flat)', async () => {
    assert.ok(bomb().length < 256 * 1024, 'the bomb itself fits under MAX_BODY_BYTES');
    global.gc?.();
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 3; i++) assert.equal((await send(app, bomb(), { 'content-encoding': 'gzip' })).status, 413);
    const grown = process.memoryUsage().rss - before;
    // Inflating even one bomb whole would add 200 MB; the cap keeps it to a few times 256 KB.
    assert.ok(grown < 100 * 1024 * 1024, `RSS grew by ${Math.round(grown / 1024 / 1024)} MB`);
  });
});
