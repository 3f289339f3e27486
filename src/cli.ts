#!/usr/bin/env node
/**
 * The terminal face of the engine:
 *   diagnose [--json] [--now ISO-8601]   reads one paste on stdin
 *   eval FILE.jsonl… [--json]            scores labelled corpora, each file and all together
 * Bad usage gets one line on stderr and exit code 2; never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { diagnose } from './diagnosis/diagnose.js';
import { parseCorpus, CorpusError, type CorpusCase } from './eval/corpus.js';
import { runCorpus, summarizeConversations } from './eval/run.js';
import { summarize } from './eval/score.js';
import { formatSummary } from './eval/format.js';
import { formatReport } from './report/text-report.js';
import { toJson } from './report/json-report.js';
import { redact } from './token/redact.js';

class UsageError extends Error {}

/**
 * An argument named back in a usage error: a paste given as an argument by mistake may hold a token
 * or a secret, so it is redacted and cut short like every other output of the tool.
 */
function shownArg(arg: string | undefined): string {
  const shown = redact(String(arg)).replace(/\s+/g, ' ');
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

const USAGE = 'usage: diagnose [--json] [--now ISO-8601] < paste.txt | eval FILE.jsonl... [--json] [--min-hits RATE] [--max-confidently-wrong RATE]';

function parseNow(value: string | undefined): Date {
  if (value === undefined) throw new UsageError('--now needs an ISO-8601 time, e.g. --now 2026-11-24T12:00:00Z');
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not an ISO-8601 time: ${value}`);
  return d;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('diagnose reads the paste on stdin: pipe or redirect it, e.g. diagnose < error.txt');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function runDiagnose(args: string[]): Promise<void> {
  let json = false;
  let now: Date | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--now') now = parseNow(args[++i]);
    else if (a?.startsWith('--now=')) now = parseNow(a.slice(6));
    else throw new UsageError(`unknown option ${shownArg(a)}. ${USAGE}`);
  }
  const paste = await readStdin();
  if (!paste.trim()) throw new UsageError('the paste on stdin is empty');
  const d = diagnose(paste, { now });
  process.stdout.write(json ? `${JSON.stringify(toJson(d))}\n` : `${formatReport(d)}\n`);
}

function parseRate(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${flag} needs a rate between 0 and 1, e.g. ${flag} 0.9`);
  return n;
}

function runEval(args: string[]): void {
  let json = false;
  const files: string[] = [];
  let minHits: number | undefined;
  let maxWrong: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json') json = true;
    else if (a === '--min-hits') minHits = parseRate(a, args[++i]);
    else if (a === '--max-confidently-wrong') maxWrong = parseRate(a, args[++i]);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${shownArg(a)}. ${USAGE}`);
    else files.push(a);
  }
  if (files.length === 0) throw new UsageError(`eval needs a corpus file. ${USAGE}`);
  const all: CorpusCase[] = [];
  const reports = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const cases = parseCorpus(text, file);
    all.push(...cases);
    return { file, ...runCorpus(cases) };
  });
  // With several files, the floors below apply to all of them together.
  const results = reports.flatMap((r) => r.results);
  const summary = reports.length === 1 && reports[0] ? reports[0].summary : summarize(results);
  const conversation = reports.length === 1 && reports[0] ? reports[0].conversation : summarizeConversations(all);
  if (json) {
    const perFile = reports.map((r) => ({ file: r.file, summary: r.summary, conversation: r.conversation }));
    process.stdout.write(`${JSON.stringify({ summary, conversation, files: perFile, cases: results.map(({ id, expected, got, confident }) => ({ id, expected, got, confident })) })}\n`);
  } else if (reports.length === 1) {
    process.stdout.write(`${formatSummary(summary, conversation)}\n`);
  } else {
    for (const r of reports) process.stdout.write(`== ${r.file}\n${formatSummary(r.summary, r.conversation)}\n\n`);
    process.stdout.write(`== all ${reports.length} files\n${formatSummary(summary, conversation)}\n`);
  }
  // Regression floors for CI: below them the run fails.
  const below: string[] = [];
  if (minHits !== undefined && summary.hitRate < minHits) below.push(`hit rate ${summary.hitRate} < ${minHits}`);
  if (maxWrong !== undefined && summary.confidentlyWrongRate > maxWrong) below.push(`confidently wrong ${summary.confidentlyWrongRate} > ${maxWrong}`);
  if (below.length > 0) {
    process.stderr.write(`eval below the floor: ${below.join('; ')}\n`);
    process.exitCode = 1;
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'diagnose') return runDiagnose(rest);
  if (command === 'eval') return runEval(rest);
  throw new UsageError(USAGE);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof CorpusError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`internal error: ${error instanceof Error ? error.name : 'unknown'}; please report it\n`);
    process.exitCode = 1;
  }
});
