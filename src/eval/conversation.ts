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
 *
 * "Leads" forgives a truthful answer that moves a right first answer away: the case counted at the
 * start. The bot does not stop there, though: while it is unsure it asks, and the user reads the
 * answer it shows after their replies. `endsRight` judges that last answer, so an answer that
 * talks the bot out of the right cause counts against it.
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
  /**
   * Right after the bot has asked what it asks while unsure (up to MAX_QUESTIONS, answered as
   * recorded), judged on the answer it shows last.
   */
  readonly endsRight: boolean;
}

/** Undefined for a case without recorded answers. */
export function converse(c: CorpusCase): ConversationResult | undefined {
  if (!c.answers) return undefined;
  const recorded = c.answers;
  const given: Record<string, string> = {};
  const asked: string[] = [];
  let d = diagnose(c.text, { now: c.now });
  // The questions asked by the time the right cause first led; undefined while it never has.
  let leadsAsked: readonly string[] | undefined;
  for (let turn = 0; ; turn++) {
    const hit = judge({ id: c.id, expected: c.cause, got: d.causes.map((x) => x.id), confident: d.confident, hard: c.hard, micros: 0 }).hit;
    if (hit && leadsAsked === undefined) leadsAsked = [...asked];
    if (turn >= MAX_QUESTIONS || d.confident) break;
    const question = d.questions.find((q) => !(q.id in given));
    const answer = question ? (recorded[question.id] ?? notSureChoice(question)?.value) : undefined;
    if (!question || answer === undefined) break;
    asked.push(question.id);
    given[question.id] = answer;
    d = diagnose(c.text, { now: c.now, answers: { ...given } });
  }
  const endsRight = judge({ id: c.id, expected: c.cause, got: d.causes.map((x) => x.id), confident: d.confident, hard: c.hard, micros: 0 }).hit;
  return { leads: leadsAsked !== undefined, asked: leadsAsked ?? asked, endsRight };
}
