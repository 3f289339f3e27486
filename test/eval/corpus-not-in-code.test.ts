/**
 * The classifier learns what errors mean, not the cases it is measured on: no corpus case's id,
 * source thread or sentence stands in the code (issue "A diagnosis that generalises"). Microsoft
 * Learn pages are the exception for sources: a fact cites the page it rests on, and a few cases
 * quote an example from such a page.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// From dist/test/eval/ back to the project root.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpusFiles = [
  ...readdirSync(join(root, 'test', 'corpus')).filter((f) => f.endsWith('.jsonl')).map((f) => join(root, 'test', 'corpus', f)),
  join(root, '..', 'shared', 'corpus', 'dev.jsonl'),
].filter((f) => existsSync(f));

interface Case {
  readonly id: string;
  readonly text: string;
  readonly source?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

const code = sourceFiles(join(root, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
const codeLower = code.toLowerCase();
/** Every URL the code names, without the punctuation that ends a sentence or a string. */
const codeUrls = new Set([...code.matchAll(/https?:\/\/[^\s'"`)<>\]]+/g)].map((m) => normalUrl(m[0])));
const cases: Case[] = corpusFiles.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case),
);

function normalUrl(url: string): string {
  return url.replace(/[.,;:]+$/, '').replace(/\/+$/, '').toLowerCase();
}

/** A line long enough to be the person's own words rather than a stock message. */
const MIN_LINE = 70;

describe('no corpus case in the code', () => {
  it('reads the corpus and the code', () => {
    assert.ok(cases.length > 1000, `${cases.length} cases`);
    assert.ok(code.length > 100_000);
  });

  it('names no case id', () => {
    const named = cases.filter((c) => new RegExp(`['"\`/\\s]${c.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`/\\s]`).test(code)).map((c) => c.id);
    assert.deepEqual(named, []);
  });

  it('cites no case source thread (Microsoft Learn pages excepted)', () => {
    const cited = cases.filter((c) => c.source && !/^https:\/\/learn\.microsoft\.com\//.test(c.source) && codeUrls.has(normalUrl(c.source))).map((c) => `${c.id}: ${c.source}`);
    assert.deepEqual(cited, []);
  });

  it(`holds no line of ${MIN_LINE} characters or more of any case text`, () => {
    const copied: string[] = [];
    for (const c of cases) {
      for (const line of c.text.split('\n')) {
        const t = line.trim();
        if (t.length >= MIN_LINE && codeLower.includes(t.toLowerCase())) copied.push(`${c.id}: ${t.slice(0, 80)}`);
      }
    }
    assert.deepEqual(copied, []);
  });
});
