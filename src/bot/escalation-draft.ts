/**
 * The drafted Microsoft Q&A question: a title and body with the error code, message,
 * request-id, date, what was checked and the answers given. Everything passes through the
 * one redaction (tokens, secrets, e-mail addresses) once more before it is shown.
 */
import { verdictById } from '../diagnosis/causes/index.js';
import { questionById } from '../diagnosis/questions.js';
import { redact } from '../token/redact.js';
import type { FollowUpState } from './follow-up-state.js';

export const QNA_URL = 'https://learn.microsoft.com/answers/tags/161/ms-graph';

export interface Draft {
  readonly title: string;
  readonly body: string;
}

export function draftQuestion(state: FollowUpState): Draft {
  const f = state.facts;
  const what = f.code ?? f.aadsts ?? (f.status ? `HTTP ${f.status}` : 'an authorization error');
  const where = f.request ? ` on ${f.request}` : '';
  const title = `Microsoft Graph ${f.status ?? ''} ${what}${where}`.replace(/\s+/g, ' ').trim().slice(0, 150);
  const lines: string[] = [];
  lines.push(`I get ${f.status ? `HTTP ${f.status} ` : ''}${f.code ? `"${f.code}" ` : ''}from Microsoft Graph${where}.`);
  if (f.message) lines.push(`Message: ${f.message}`);
  if (f.aadsts) lines.push(`Sign-in error: ${f.aadsts}`);
  if (f.requestId) lines.push(`request-id: ${f.requestId}`);
  if (f.date) lines.push(`date: ${f.date}`);
  if (f.permission) lines.push(`Permission check: ${f.permission}`);
  const checked = state.tried.length > 0 ? state.tried : state.current ? [state.current] : [];
  if (checked.length > 0) {
    lines.push('', 'What I already checked:');
    for (const id of checked) lines.push(`- ${verdictById(id)?.wording.title ?? id}: still failing`);
  }
  const answered = Object.entries(state.answers);
  if (answered.length > 0) {
    lines.push('', 'Details:');
    for (const [qid, value] of answered) {
      const q = questionById(qid);
      const label = q?.choices.find((c) => c.value === value)?.label ?? value;
      lines.push(`- ${q?.prompt ?? qid} ${label}`);
    }
  }
  lines.push('', 'What else should I check?');
  return { title: redact(title, { emails: true }), body: redact(lines.join('\n'), { emails: true }) };
}
