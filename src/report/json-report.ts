/** The JSON object `diagnose --json` prints (the stable contract of design §3), redacted as a whole. */
import type { Diagnosis } from '../diagnosis/diagnose.js';
import { redactDeep } from '../token/redact.js';

export function toJson(d: Diagnosis): object {
  return redactDeep({
    causes: d.causes.map((c) => ({ id: c.id, score: c.score, evidence: c.evidence })),
    confident: d.confident,
    facts: d.facts,
    ...(d.questions.length ? { questions: d.questions.map((q) => ({ id: q.id, prompt: q.prompt, choices: q.choices.map((c) => c.value) })) } : {}),
    ...(d.notes.length ? { notes: d.notes } : {}),
  });
}
