/**
 * Measures the conversation, not just the first answer: for a case that carries the truthful
 * `answers`, the bot asks its best question, gets the recorded answer, re-ranks, and asks again,
 * up to MAX_QUESTIONS questions. The case counts when the right verdict leads at the start or
 * after those answers (scored like a first answer: see ./score.ts judge).
 *
 * A question the case has no recorded answer for is answered "not sure" (the choice that moves
 * nothing) and still counts as asked. That is what a real user does when the thread gives no
 * answer: they pick "not sure" and the bot asks its next question. Stopping there instead would
 * blame the questions that follow for a gap in the recording, and would reward asking questions
 * nobody can answer.
 */
import { diagnose } from '../diagnosis/diagnose.js';
import { notSureChoice } from '../diagnosis/questions.js';
import type { CorpusCase } from './corpus.js';
import { judge } from './score.js';

export const MAX_QUESTIONS = 2;

export interface ConversationResult {
  /** Right at the start or within MAX_QUESTIONS asked questions. */
  readonly leads: boolean;
  /** The question ids the bot asked, in order (answered "not sure" included). */
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
    const answer = question ? (recorded[question.id] ?? notSureChoice(question)?.value) : undefined;
    if (!question || answer === undefined) return { leads: false, asked };
    asked.push(question.id);
    given[question.id] = answer;
    d = diagnose(c.text, { now: c.now, answers: { ...given } });
  }
}
