/**
 * bench:diagnose — in-process speed of the diagnosis engine (design §6: p99 < 1 ms for a paste
 * of at most 8 KB, a 1 MB paste < 50 ms). Uses the development corpus when it is beside the
 * project (../shared/corpus/dev.jsonl) and built-in pastes otherwise. A benchmark, not a test:
 * it prints numbers and exits 1 only when a budget is missed by the median of several runs.
 * Beside the wall clock it prints the CPU time per call and the machine's load, because on a
 * shared machine the wall-clock p99 measures the neighbours as much as the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { diagnose } from '../src/diagnosis/diagnose.js';
import { parseCorpus } from '../src/eval/corpus.js';

/** dist/bench/ -> the project root; shared/ sits beside it (main checkout) or one level further up (worktree). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = [resolve(ROOT, '..', 'shared'), resolve(ROOT, '..', '..', 'shared')].map((d) => join(d, 'corpus', 'dev.jsonl')).find((f) => existsSync(f)) ?? join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

function fixtures(): { text: string; now?: Date }[] {
  if (existsSync(CORPUS)) return parseCorpus(readFileSync(CORPUS, 'utf8')).map((c) => ({ text: c.text, now: c.now }));
  return [
    { text: '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}' },
    { text: 'AADSTS50076: Due to a configuration change made by your administrator you must use multi-factor authentication.' },
    { text: 'GET https://graph.microsoft.com/v1.0/me\nHTTP/1.1 401 Unauthorized\n{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}' },
  ];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/**
 * CPU µs of one call (user + system of the process). On a machine shared with other jobs the
 * wall clock of a 200 µs call also holds the time a neighbour had the core, which decides the
 * p99 under load; the CPU time is what the call itself costs.
 */
function cpuTime(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return d.user + d.system;
}

function main(): void {
  const pastes = fixtures().filter((p) => Buffer.byteLength(p.text) <= 8 * 1024);
  for (let i = 0; i < 5; i++) for (const p of pastes) diagnose(p.text, { now: p.now });
  const samples: number[] = [];
  const byPaste: number[][] = pastes.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    pastes.forEach((p, i) => {
      const t = time(() => diagnose(p.text, { now: p.now })) * 1000;
      samples.push(t);
      byPaste[i]?.push(t);
    });
  }
  samples.sort((a, b) => a - b);
  // Each paste's median over the rounds: what the code costs on that paste, with a neighbour's
  // turn on the core (which lands on one round, not on most) left out. Compare builds with these.
  const medians = byPaste.map((ts) => [...ts].sort((a, b) => a - b)[Math.floor(ts.length / 2)] ?? 0).sort((a, b) => a - b);
  const cpu: number[] = [];
  for (let r = 0; r < ROUNDS; r++) for (const p of pastes) cpu.push(cpuTime(() => diagnose(p.text, { now: p.now })));
  cpu.sort((a, b) => a - b);

  const megabyte = [
    'x'.repeat(1024 * 1024),
    `${'{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}} '.repeat(13000)}`,
    `${'eyJhbGciOiJSUzI1NiJ9.'.repeat(50000)}`,
    `${'<div>&quot;\\"'.repeat(80000)}`,
    // A post told in time order whose every line could be the turn to "now" (quoted-elsewhere.ts).
    `Earlier it failed.\n${'then 403 Forbidden\n'.repeat(60000)}`,
  ].map((s) => s.slice(0, 1024 * 1024));
  const big = megabyte.map((paste) => {
    const runs = Array.from({ length: 9 }, () => time(() => diagnose(paste)));
    runs.sort((a, b) => a - b);
    return runs[4] ?? 0;
  });
  const worstBig = Math.max(...big);

  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  console.log(`diagnose, pastes ≤ 8 KB: ${pastes.length} pastes × ${ROUNDS} rounds = ${samples.length} runs`);
  console.log(`  p50 ${p50.toFixed(0)} µs   p99 ${p99.toFixed(0)} µs   max ${samples[samples.length - 1]?.toFixed(0)} µs   (budget: p99 < 1000 µs)`);
  console.log(`  per-paste medians: p50 ${percentile(medians, 50).toFixed(0)} µs   p99 ${percentile(medians, 99).toFixed(0)} µs   slowest ${medians[medians.length - 1]?.toFixed(0)} µs`);
  console.log(`  CPU time: p50 ${percentile(cpu, 50).toFixed(0)} µs   p99 ${percentile(cpu, 99).toFixed(0)} µs   (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores)`);
  console.log(`diagnose, 1 MB pastes (median of 9 each): ${big.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}   (budget: < 50 ms)`);
  const ok = p99 < 1000 && worstBig < 50;
  console.log(ok ? 'within budget' : 'OVER BUDGET');
  if (!ok) process.exitCode = 1;
}

main();
