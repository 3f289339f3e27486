/** Scores diagnoses against labels with the rules of shared/corpus/README.md. */
import { CAUSE_IDS, type CauseId } from '../diagnosis/cause.js';
import type { Label } from './corpus.js';

export interface CaseResult {
  readonly id: string;
  readonly expected: Label;
  readonly got: readonly string[];
  readonly confident: boolean;
  readonly hard: boolean;
  readonly micros: number;
}

export interface Outcome {
  readonly hit: boolean;
  readonly top3?: boolean;
  readonly confidentlyWrong: boolean;
}

export function judge(r: CaseResult): Outcome {
  const first = r.got[0];
  if (r.expected === 'ambiguous') return { hit: !r.confident, confidentlyWrong: false };
  if (r.expected === 'not-authorization') return { hit: first === 'not-authorization', confidentlyWrong: r.confident && first !== 'not-authorization' };
  return { hit: first === r.expected, top3: r.got.slice(0, 3).includes(r.expected), confidentlyWrong: r.confident && first !== r.expected };
}

export interface Row {
  readonly label: Label;
  readonly cases: number;
  readonly hits: number;
  readonly top3?: number;
  readonly confidentlyWrong: number;
}

export interface Summary {
  readonly cases: number;
  readonly hits: number;
  readonly hitRate: number;
  readonly top3Rate: number;
  readonly confidentlyWrong: number;
  readonly confidentlyWrongRate: number;
  readonly nonHardHitRate: number;
  readonly medianMicros: number;
  readonly p99Micros: number;
  readonly perLabel: readonly Row[];
}

function rate(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((n / d) * 10000) / 10000;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? 0;
}

export function summarize(results: readonly CaseResult[]): Summary {
  const judged = results.map((r) => ({ r, o: judge(r) }));
  const eight = judged.filter(({ r }) => (CAUSE_IDS as readonly string[]).includes(r.expected));
  const nonHard = judged.filter(({ r }) => !r.hard);
  const labels: Label[] = [...CAUSE_IDS, 'not-authorization', 'ambiguous'];
  const perLabel = labels
    .map((label) => {
      const of = judged.filter(({ r }) => r.expected === label);
      const isCause = (CAUSE_IDS as readonly string[]).includes(label);
      return {
        label,
        cases: of.length,
        hits: of.filter(({ o }) => o.hit).length,
        top3: isCause ? of.filter(({ o }) => o.top3).length : undefined,
        confidentlyWrong: of.filter(({ o }) => o.confidentlyWrong).length,
      };
    })
    .filter((row) => row.cases > 0);
  const times = results.map((r) => r.micros).sort((a, b) => a - b);
  const hits = judged.filter(({ o }) => o.hit).length;
  const wrong = judged.filter(({ o }) => o.confidentlyWrong).length;
  return {
    cases: results.length,
    hits,
    hitRate: rate(hits, results.length),
    top3Rate: rate(eight.filter(({ o }) => o.top3).length, eight.length),
    confidentlyWrong: wrong,
    confidentlyWrongRate: rate(wrong, results.length),
    nonHardHitRate: rate(nonHard.filter(({ o }) => o.hit).length, nonHard.length),
    medianMicros: percentile(times, 50),
    p99Micros: percentile(times, 99),
    perLabel,
  };
}

export function isCauseLabel(label: Label): label is CauseId {
  return (CAUSE_IDS as readonly string[]).includes(label);
}
