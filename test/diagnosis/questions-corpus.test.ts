/**
 * Every answer recorded in the project's corpus is one the bot can receive: an existing question
 * id and one of its choice values. A renamed choice or question would otherwise silently drop
 * those answers from the conversation measure. Only ids and values are reported, never case text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionById } from '../../src/diagnosis/questions.js';
import { ROOT } from '../helpers/project.js';

const CORPUS_DIR = join(ROOT, 'test', 'corpus');

/** Each recorded answer with where it sits: file, line, question id and value. */
function recordedAnswers(): { where: string; question: string; value: unknown }[] {
  const out: { where: string; question: string; value: unknown }[] = [];
  for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const answers = (JSON.parse(line) as { answers?: Record<string, unknown> }).answers ?? {};
      for (const [question, value] of Object.entries(answers)) out.push({ where: `${file}:${i + 1}`, question, value });
    });
  }
  return out;
}

describe('diagnosis/questions: the answers recorded in test/corpus', () => {
  const recorded = recordedAnswers();

  it('are there to check (train and validation files both carry answers)', () => {
    assert.ok(recorded.some((r) => r.where.includes('.train.')));
    assert.ok(recorded.some((r) => r.where.includes('.validation.')));
  });

  it('each name an existing question and one of its choices', () => {
    const invalid = recorded
      .filter((r) => !questionById(r.question)?.choices.some((c) => c.value === r.value))
      .map((r) => `${r.where} ${r.question}=${String(r.value)}`);
    assert.deepEqual(invalid, []);
  });
});
