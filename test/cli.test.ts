/** The built CLI, run as a process the way users and CI run it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './helpers/project.js';
import { mintToken, delegated } from './helpers/tokens.js';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', encoding: 'utf8', timeout: 20000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'gad-'));
    dirs.push(d);
    return d;
  };
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('diagnose --json prints exactly one JSON object of the contract', () => {
    const { code, out } = run(['diagnose', '--json'], '{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}}');
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assert.equal(lines.length, 1);
    const j = JSON.parse(lines[0] as string) as { causes: { id: string; score: number; evidence: string[] }[]; confident: boolean; facts: Record<string, unknown> };
    assert.equal(j.causes[0]?.id, 'wrong-audience');
    assert.ok(j.causes[0] && j.causes[0].score > 0 && j.causes[0].score <= 1);
    assert.ok(j.causes[0]?.evidence.length);
    assert.equal(typeof j.confident, 'boolean');
    assert.deepEqual(j.facts.codes, ['InvalidAuthenticationToken']);
  });

  it('--now fixes the clock for token expiry', async () => {
    const token = await mintToken({ ...delegated('User.Read'), issuedAt: -600, lifetime: 3600 });
    const later = run(['diagnose', '--json', '--now', '2026-11-24T18:00:00Z'], `401 from graph, token ${token}`);
    const now = run(['diagnose', '--json', '--now', '2026-11-24T12:00:00Z'], `401 from graph, token ${token}`);
    assert.equal(JSON.parse(later.out).facts.token.expired, true);
    assert.equal(JSON.parse(now.out).facts.token.expired, false);
    assert.ok(!later.out.includes(token));
  });

  it('diagnose without --json prints a readable report', () => {
    const { code, out } = run(['diagnose'], 'AADSTS50076: Due to a configuration change you must use multi-factor authentication');
    assert.equal(code, 0);
    assert.match(out, /Most likely: conditional-access/);
    assert.match(out, /AADSTS50076/);
  });

  const usage: { name: string; args: string[]; input?: string; message: RegExp }[] = [
    { name: 'an empty stdin', args: ['diagnose'], input: '', message: /empty/ },
    { name: 'an unknown option', args: ['diagnose', '--fast'], message: /unknown option --fast/ },
    { name: 'a paste given as an argument by mistake (its secret not echoed)', args: ['diagnose', '401 from Graph, client_secret=Xyz8Q~abcdefghijklmnopqrstuvwxyz0123456'], message: /^(?![\s\S]*Xyz8Q~abcdefghij)[\s\S]*unknown option 401 from Graph/ },
    { name: 'a bad --now', args: ['diagnose', '--now', 'soon'], message: /ISO-8601/ },
    { name: 'no command', args: [], message: /usage/ },
    { name: 'a missing corpus file', args: ['eval', '/nonexistent/corpus.jsonl'], message: /cannot read/ },
  ];
  for (const u of usage) {
    it(`answers ${u.name} with one line and exit code 2`, () => {
      const { code, err } = run(u.args, u.input ?? 'x');
      assert.equal(code, 2);
      assert.equal(err.trim().split('\n').length, 1, err);
      assert.match(err, u.message);
      assert.doesNotMatch(err, /\s+at /);
    });
  }

  it('eval scores a corpus, as a table and as JSON', () => {
    const dir = tempDir();
    const file = join(dir, 'mini.jsonl');
    writeFileSync(file, [
      { id: 'a', cause: 'conditional-access', hard: false, text: 'AADSTS53003: Access has been blocked by Conditional Access policies.' },
      { id: 'b', cause: 'not-authorization', hard: false, text: '{"error":{"code":"Request_ResourceNotFound","message":"Resource does not exist"}}' },
      { id: 'c', cause: 'ambiguous', hard: false, text: '403 Forbidden' },
    ].map((c) => JSON.stringify(c)).join('\n'));
    const table = run(['eval', file]);
    assert.equal(table.code, 0);
    assert.match(table.out, /hits:\s+3\/3/);
    const json = JSON.parse(run(['eval', file, '--json']).out) as { summary: { hits: number }; cases: { id: string; expected: string; got: string[]; confident: boolean }[] };
    assert.equal(json.summary.hits, 3);
    assert.deepEqual(json.cases.map((c) => c.id), ['a', 'b', 'c']);
    assert.equal(json.cases[2]?.confident, false);
  });

  it('eval names the bad line of a broken corpus', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"a","cause":"ambiguous","text":"x"}\n{oops\n');
    const { code, err } = run(['eval', file]);
    assert.equal(code, 2);
    assert.match(err, /bad\.jsonl:2: not valid JSON/);
  });
});
