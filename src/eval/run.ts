/** Runs the engine over one corpus file: timed diagnoses, the scoring summary and the conversation measure. */
import { performance } from 'node:perf_hooks';
import { diagnose } from '../diagnosis/diagnose.js';
import type { CorpusCase } from './corpus.js';
import { converse } from './conversation.js';
import { summarize, type CaseResult, type Summary } from './score.js';

export interface ConversationSummary {
  /** Cases that carry recorded answers. */
  readonly cases: number;
  /** Of those, the right verdict leads within the first two answered questions. */
  readonly leads: number;
  readonly rate: number;
  /** Of those, the right verdict is the answer shown after the bot's questions (see converse). */
  readonly endsRight: number;
  readonly endsRightRate: number;
}

export interface FileReport {
  readonly results: readonly CaseResult[];
  readonly summary: Summary;
  readonly conversation: ConversationSummary;
}

export function runCorpus(cases: readonly CorpusCase[]): FileReport {
  // One untimed pass first: the timings describe a warm, long-running bot, not start-up.
  for (const c of cases) diagnose(c.text, { now: c.now });
  const results: CaseResult[] = cases.map((c) => {
    const start = performance.now();
    const d = diagnose(c.text, { now: c.now });
    const micros = Math.round((performance.now() - start) * 1000);
    return { id: c.id, expected: c.cause, got: d.causes.map((x) => x.id), confident: d.confident, hard: c.hard, micros };
  });
  return { results, summary: summarize(results), conversation: summarizeConversations(cases) };
}

export function summarizeConversations(cases: readonly CorpusCase[]): ConversationSummary {
  let with_ = 0;
  let leads = 0;
  let endsRight = 0;
  for (const c of cases) {
    const r = converse(c);
    if (!r) continue;
    with_++;
    if (r.leads) leads++;
    if (r.endsRight) endsRight++;
  }
  const rate = (n: number): number => (with_ === 0 ? 0 : Math.round((n / with_) * 10000) / 10000);
  return { cases: with_, leads, rate: rate(leads), endsRight, endsRightRate: rate(endsRight) };
}
