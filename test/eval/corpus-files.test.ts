/**
 * The project's corpus keeps its promises (test/corpus/README.md): every file parses, every case
 * sits on the side its source's hash puts it, and no paste is there twice — a mirror thread under a
 * second URL would otherwise teach the classifier on one side what it is measured on on the other.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCorpus } from '../../src/eval/corpus.js';

// From dist/test/eval/ back to the project root.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = `${root}test/corpus/`;
const devCorpus = `${root}../shared/corpus/dev.jsonl`;

interface Row {
  readonly file: string;
  readonly id: string;
  readonly text: string;
  readonly source?: string;
}

function rows(path: string, file: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as { id: string; text: string; source?: string };
      return { file, id: o.id, text: o.text, source: o.source };
    });
}

/** Eight-word shingles of the text with placeholders and punctuation gone. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().replace(/\{[^}]*\}|<[^>]*>/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(' '));
  return out;
}

const files = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl'));

describe('the project corpus (test/corpus)', () => {
  it('has train and validation files, each parsing as a corpus', () => {
    assert.ok(files.some((f) => f.endsWith('.train.jsonl')) && files.some((f) => f.endsWith('.validation.jsonl')));
    for (const f of files) assert.ok(parseCorpus(readFileSync(corpusDir + f, 'utf8'), f).length > 0, f);
  });

  it('puts every case on the side the sha256 of its source says (0-7 train, 8-f validation)', () => {
    for (const f of files) {
      for (const r of rows(corpusDir + f, f)) {
        assert.ok(r.source, `${f} ${r.id}: no source`);
        const first = createHash('sha256').update(r.source, 'utf8').digest('hex')[0] ?? '';
        const side = Number.parseInt(first, 16) < 8 ? 'train' : 'validation';
        assert.ok(f.endsWith(`.${side}.jsonl`), `${f} ${r.id}: its source hashes to ${side}`);
      }
    }
  });

  it('holds no case id twice and no paste twice (three quarters of its wording in another case, the development corpus included)', () => {
    const all = files.flatMap((f) => rows(corpusDir + f, f));
    const ids = new Set<string>();
    for (const r of all) {
      assert.ok(!ids.has(r.id), `${r.file}: id ${r.id} repeats`);
      ids.add(r.id);
    }
    const others = existsSync(devCorpus) ? [...all, ...rows(devCorpus, 'dev.jsonl')] : all;
    const index = new Map<string, number[]>();
    const sets = others.map((r) => shingles(r.text));
    sets.forEach((set, i) => {
      for (const s of set) index.set(s, [...(index.get(s) ?? []), i]);
    });
    for (let i = 0; i < all.length; i++) {
      const mine = sets[i] ?? new Set<string>();
      if (mine.size < 3) continue;
      const shared = new Map<number, number>();
      for (const s of mine) for (const j of index.get(s) ?? []) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
      for (const [j, n] of shared) {
        const other = sets[j] ?? new Set<string>();
        if (other.size < 3) continue;
        // Of the longer text: a short paste that is only a standard error message shares it with many.
        const overlap = n / Math.max(mine.size, other.size);
        assert.ok(overlap < 0.75, `${all[i]?.file} ${all[i]?.id} repeats ${others[j]?.file} ${others[j]?.id} (${Math.round(overlap * 100)} % of its wording)`);
      }
    }
  });
});
