/**
 * Another reader's answers to the same corpus (test/corpus/yardstick/), scored by the rules the
 * bot is scored by, so the two can be compared case by case: a fair yardstick for "is the bot
 * right as often as someone who reads the paste?".
 *
 * A reader's answer is a cause (or "ambiguous" when it could not decide), its top three, and
 * whether it would answer without asking. "ambiguous" counts as not answering without asking, with
 * the reader's first runner-up as its answer: the same treatment as the bot's ranking when it is
 * not confident.
 */
import { isVerdictId, type VerdictId } from '../diagnosis/cause.js';
import { CorpusError, jsonObjectLines, type CorpusCase } from './corpus.js';
import { judge, type CaseResult } from './score.js';

export interface ReaderAnswer {
  readonly id: string;
  readonly cause: VerdictId | 'ambiguous';
  /** Most likely first; never "ambiguous". */
  readonly top3: readonly VerdictId[];
  /** Would answer without asking a question. */
  readonly sure: boolean;
}

export function parseReaderAnswers(jsonl: string, source = 'answers'): Map<string, ReaderAnswer> {
  const out = new Map<string, ReaderAnswer>();
  for (const { obj, where } of jsonObjectLines(jsonl, source)) {
    const { id, cause, top3, sure } = obj;
    if (typeof id !== 'string' || !id) throw new CorpusError(`${where}: "id" must be a non-empty string`);
    if (out.has(id)) throw new CorpusError(`${where}: "${id}" answered twice`);
    if (!(cause === 'ambiguous' || isVerdictId(cause))) throw new CorpusError(`${where}: unknown cause ${JSON.stringify(cause)}`);
    if (!Array.isArray(top3) || top3.length === 0 || top3.length > 3 || !top3.every(isVerdictId)) {
      throw new CorpusError(`${where}: "top3" must list one to three causes (never "ambiguous")`);
    }
    if (cause !== 'ambiguous' && top3[0] !== cause) throw new CorpusError(`${where}: "top3" must start with the cause`);
    if (typeof sure !== 'boolean') throw new CorpusError(`${where}: "sure" must be true or false`);
    out.set(id, { id, cause, top3, sure });
  }
  return out;
}

/** The reader's answers as results the bot's scorer takes. A case the reader did not answer is an error. */
export function readerResults(cases: readonly CorpusCase[], answers: ReadonlyMap<string, ReaderAnswer>): CaseResult[] {
  return cases.map((c) => {
    const a = answers.get(c.id);
    if (!a) throw new CorpusError(`no answer for case "${c.id}"`);
    return { id: c.id, expected: c.cause, got: a.top3, confident: a.sure && a.cause !== 'ambiguous', hard: c.hard, micros: 0 };
  });
}

export interface Agreement {
  readonly both: number;
  readonly onlyBot: number;
  readonly onlyReader: number;
  readonly neither: number;
}

/** Case by case: who got the first answer right (results matched by id). */
export function agreement(bot: readonly CaseResult[], reader: readonly CaseResult[]): Agreement {
  const byId = new Map(reader.map((r) => [r.id, judge(r).hit]));
  let both = 0;
  let onlyBot = 0;
  let onlyReader = 0;
  let neither = 0;
  for (const r of bot) {
    const b = judge(r).hit;
    const o = byId.get(r.id);
    if (o === undefined) throw new CorpusError(`no reader result for case "${r.id}"`);
    if (b && o) both++;
    else if (b) onlyBot++;
    else if (o) onlyReader++;
    else neither++;
  }
  return { both, onlyBot, onlyReader, neither };
}
