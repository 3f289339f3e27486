/** The readable report `diagnose` prints in a terminal (a CI log, an SSH session). */
import { verdictById } from '../diagnosis/causes/index.js';
import { filledAdvice } from '../diagnosis/advice.js';
import { valuesFromFacts } from '../diagnosis/fill-commands.js';
import type { Diagnosis } from '../diagnosis/diagnose.js';

export function formatReport(d: Diagnosis): string {
  const out: string[] = [];
  if (d.empty) {
    out.push('Nothing to diagnose: paste the Graph error body, the SDK exception, the AADSTS message or the response headers.');
    return out.join('\n');
  }
  const [top, ...rest] = d.causes;
  if (top) {
    const v = verdictById(top.id);
    const w = v?.wording;
    out.push(d.confident ? `Most likely: ${top.id} — ${w?.title ?? ''} (score ${top.score})` : `Not sure yet. Leading candidate: ${top.id} — ${w?.title ?? ''} (score ${top.score})`);
    for (const ev of top.evidence.slice(0, 4)) out.push(`  • ${ev}`);
    for (const ev of top.against.slice(0, 2)) out.push(`  ◦ against: ${ev}`);
    if (w && top.id !== 'not-authorization') out.push('', `What it means: ${w.what}`, `Fix: ${v ? filledAdvice(v, valuesFromFacts(d.facts, { group: false })).fix : w.fix}`, `Learn more: ${w.learnMore.url}`);
    if (w && top.id === 'not-authorization') out.push('', `${w.what} ${w.fix}`);
  }
  if (rest.length > 0) {
    out.push('', 'Runners-up:');
    for (const c of rest.slice(0, 4)) out.push(`  ${c.id} (score ${c.score})${c.evidence[0] ? ` — ${c.evidence[0]}` : ''}`);
  }
  if (d.insight) out.push('', `Permission check: ${d.insight.message}`);
  for (const t of d.tokens) {
    out.push('', `Token: ${t.description}`);
    for (const c of t.checks) out.push(`  [${c.verdict}] ${c.claim}: ${c.reason}`);
  }
  const f = d.facts;
  const facts = [
    f.status !== undefined ? `status ${f.status}` : '',
    f.codes.length ? `codes ${f.codes.join(', ')}` : '',
    f.aadsts.length ? f.aadsts.map((a) => a.code).join(', ') : '',
    f.method && f.url ? `${f.method} ${f.url}` : '',
    f.requestId ? `request-id ${f.requestId}` : '',
    f.date ? `date ${f.date}` : '',
  ].filter(Boolean);
  if (facts.length) out.push('', `Read from the paste: ${facts.join('; ')}`);
  if (!d.confident && d.questions.length > 0) {
    out.push('', 'To decide, answer:');
    for (const q of d.questions.slice(0, 3)) out.push(`  - ${q.prompt} (${q.choices.map((c) => c.label).join(' / ')})`);
  }
  for (const n of d.notes) out.push('', `Note: ${n}`);
  return out.join('\n');
}
