/** Reads a labelled corpus (JSON Lines, the format of shared/corpus/README.md). */
import { isVerdictId, type VerdictId } from '../diagnosis/cause.js';
import { isRecord } from '../shared/is-record.js';

export type Label = VerdictId | 'ambiguous';

export interface CorpusCase {
  readonly id: string;
  readonly cause: Label;
  readonly hard: boolean;
  readonly now?: Date;
  readonly text: string;
  /**
   * Optional: the truthful answer to each guided question (question id -> choice value), as the
   * person in the thread would have given it. With it, eval also measures the conversation: does
   * the right cause lead once the bot's first questions are answered this way?
   */
  readonly answers?: Readonly<Record<string, string>>;
}

export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

/** Each non-blank line of a JSON Lines file as an object, with where it stands for error messages. */
export function jsonObjectLines(jsonl: string, source: string): { obj: Record<string, unknown>; where: string }[] {
  const out: { obj: Record<string, unknown>; where: string }[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new CorpusError(`${where}: not valid JSON`);
    }
    if (!isRecord(obj)) throw new CorpusError(`${where}: expected a JSON object`);
    out.push({ obj, where });
  });
  return out;
}

export function parseCorpus(jsonl: string, source = 'corpus'): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const { obj, where } of jsonObjectLines(jsonl, source)) {
    const { id, cause, hard, now, text, answers } = obj;
    if (typeof id !== 'string' || !id) throw new CorpusError(`${where}: "id" must be a non-empty string`);
    if (typeof text !== 'string') throw new CorpusError(`${where}: "text" must be a string`);
    if (!(cause === 'ambiguous' || isVerdictId(cause))) throw new CorpusError(`${where}: unknown cause ${JSON.stringify(cause)}`);
    let clock: Date | undefined;
    if (now !== undefined) {
      clock = typeof now === 'string' ? new Date(now) : undefined;
      if (!clock || Number.isNaN(clock.getTime())) throw new CorpusError(`${where}: "now" must be an ISO-8601 time`);
    }
    if (answers !== undefined && !(isRecord(answers) && Object.values(answers).every((v) => typeof v === 'string'))) {
      throw new CorpusError(`${where}: "answers" must map question ids to answer values (strings)`);
    }
    cases.push({ id, cause, hard: hard === true, now: clock, text, answers: answers as Record<string, string> | undefined });
  }
  if (cases.length === 0) throw new CorpusError(`${source}: no cases`);
  return cases;
}
