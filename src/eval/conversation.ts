/**
 * Measures the conversation, not just the first answer: for a case that carries the truthful
 * `answers`, the bot asks its best question, gets the recorded answer, re-ranks, and may ask
 * once more. The case counts when the right verdict leads at the start or after at most
 * MAX_QUESTIONS answers (scored like a first answer: see ./score.ts judge).
 */
import { diagnose } from '../diagnosis/diagnose.js';
import type { CorpusCase } from './corpus.js';
import { judge } from './score.js';

export const MAX_QUESTIONS = 2;

export interface ConversationResult {
  /** Right at the start or within MAX_QUESTIONS recorded answers. */
  readonly leads: boolean;
  /** The question ids the bot asked, in order. */
  readonly asked: readonly string[];
}

/** Undefined for a case without recorded answers. */
export function converse(c: CorpusCase): ConversationResult | undefined {
  if (!c.answers) return undefined;
  const recorded = c.answers;
  const given: Record<string, string> = {};
  const asked: string[] = [];
  let d = diagnose(c.text, { now: c.now });
  for (let turn = 0; ; turn++) {
    const hit = judge({ id: c.id, expected: c.cause, got: d.causes.map((x) => x.id), confident: d.confident, hard: c.hard, micros: 0 }).hit;
    if (hit) return { leads: true, asked };
    if (turn >= MAX_QUESTIONS || d.confident) return { leads: false, asked };
    const question = d.questions.find((q) => !(q.id in given));
    const answer = question ? recorded[question.id] : undefined;
    if (!question || answer === undefined) return { leads: false, asked };
    asked.push(question.id);
    given[question.id] = answer;
    d = diagnose(c.text, { now: c.now, answers: { ...given } });
  }
}
