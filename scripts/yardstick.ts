/**
 * The bot beside another reader of the same pastes, scored by the same rules: first answer,
 * top-3 over the eight causes, confidently wrong, per label, and case by case who was right.
 *
 *   npm run yardstick                                   the stored answers, train and validation
 *   node dist/scripts/yardstick.js ANSWERS.jsonl CORPUS.jsonl…
 *
 * The stored answers (test/corpus/yardstick/) come from a general-purpose LLM that read each
 * paste alone, with the cause catalog and nothing else (test/corpus/README.md says how).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, type CorpusCase } from '../src/eval/corpus.js';
import { runCorpus } from '../src/eval/run.js';
import { summarize, type Summary } from '../src/eval/score.js';
import { agreement, parseReaderAnswers, readerResults } from '../src/eval/yardstick.js';

const CORPUS_DIR = 'test/corpus';
const STORED = join(CORPUS_DIR, 'yardstick');

function readCases(files: readonly string[]): CorpusCase[] {
  return files.flatMap((f) => parseCorpus(readFileSync(f, 'utf8'), f));
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

function compare(title: string, answersFile: string, corpusFiles: readonly string[]): void {
  const cases = readCases(corpusFiles);
  const reader = summarizeReader(cases, answersFile);
  const bot = runCorpus(cases).results;
  const b = summarize(bot);
  const r = reader.summary;
  const a = agreement(bot, reader.results);
  console.log(`== ${title}: ${cases.length} cases (reader: ${answersFile})`);
  console.log(`${'label'.padEnd(26)} ${'cases'.padStart(5)} ${'bot'.padStart(5)} ${'reader'.padStart(6)}`);
  for (const row of b.perLabel) {
    const other = r.perLabel.find((x) => x.label === row.label);
    console.log(`${row.label.padEnd(26)} ${String(row.cases).padStart(5)} ${String(row.hits).padStart(5)} ${String(other?.hits ?? 0).padStart(6)}`);
  }
  console.log(`first answer right:  bot ${b.hits} (${pct(b.hits, b.cases)})  reader ${r.hits} (${pct(r.hits, r.cases)})`);
  console.log(`top-3 (8 causes):    bot ${pct(b.top3Rate, 1)}  reader ${pct(r.top3Rate, 1)}`);
  console.log(`confidently wrong:   bot ${b.confidentlyWrong} (${pct(b.confidentlyWrong, b.cases)})  reader ${r.confidentlyWrong} (${pct(r.confidentlyWrong, r.cases)})`);
  console.log(`case by case:        both right ${a.both}, only the bot ${a.onlyBot}, only the reader ${a.onlyReader}, neither ${a.neither}`);
  console.log('');
}

function summarizeReader(cases: readonly CorpusCase[], answersFile: string): { results: ReturnType<typeof readerResults>; summary: Summary } {
  const results = readerResults(cases, parseReaderAnswers(readFileSync(answersFile, 'utf8'), answersFile));
  return { results, summary: summarize(results) };
}

const [answers, ...corpus] = process.argv.slice(2);
if (answers && corpus.length > 0) {
  compare('given corpus', answers, corpus);
} else if (answers) {
  console.error('usage: yardstick [ANSWERS.jsonl CORPUS.jsonl…]');
  process.exit(2);
} else {
  const corpusFiles = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl'));
  for (const stored of readdirSync(STORED).filter((f) => f.endsWith('.jsonl')).sort()) {
    const split = /\.(train|validation)\.jsonl$/.exec(stored)?.[1];
    if (!split) continue;
    const files = corpusFiles.filter((f) => f.endsWith(`.${split}.jsonl`)).map((f) => join(CORPUS_DIR, f));
    compare(split, join(STORED, stored), files);
  }
}
