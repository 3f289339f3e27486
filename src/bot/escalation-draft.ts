/**
 * The drafted Microsoft Q&A question. Honest: it says only what the paste showed and what the
 * user did and answered in the walkthrough (a cause is "checked" only when they pressed "Still
 * failing" on it). The title names the status, code, request and token type, cut at a word
 * boundary. Everything passes through the one redaction (tokens, secrets, e-mail addresses)
 * once more before it is shown.
 */
import { verdictById } from '../diagnosis/causes/index.js';
import { notSureChoice, questionById } from '../diagnosis/questions.js';
import { redact } from '../token/redact.js';
import type { FollowUpState } from './follow-up-state.js';

export const QNA_URL = 'https://learn.microsoft.com/answers/tags/161/ms-graph';

/** Microsoft Q&A titles are short; longer ones are cut after the last whole word (or path segment). */
export const MAX_TITLE = 150;

export interface Draft {
  readonly title: string;
  readonly body: string;
}

const TOKEN_KIND: Readonly<Record<string, string>> = { 'app-only': 'an app-only token', delegated: 'a delegated token' };

/** Ids in a request path become "{id}": they identify the caller's data, and readers need the shape. */
function requestShape(request: string): string {
  return request.replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$|\s)/gi, '/{id}').replace(/\/[^/\s]*@[^/\s]*(?=\/|$|\s)/g, '/{id}');
}

export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('/'));
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:·/-]+$/, '')}…`;
}

function draftTitle(state: FollowUpState): string {
  const f = state.facts;
  const error = [f.status ? String(f.status) : undefined, f.code ?? f.aadsts?.split(':')[0]].filter(Boolean).join(' ');
  const parts = [`Microsoft Graph ${error || 'authorization error'}`];
  if (f.request) parts.push(`on ${requestShape(f.request)}`);
  const kind = TOKEN_KIND[state.qc.context];
  if (kind) parts.push(`with ${kind}`);
  return cutAtWord(parts.join(' '), MAX_TITLE);
}

function whatHappened(state: FollowUpState): string {
  const f = state.facts;
  const call = f.request ? `My call ${requestShape(f.request)} to Microsoft Graph` : 'My call to Microsoft Graph';
  const kind = TOKEN_KIND[state.qc.context];
  const got = [f.status ? `HTTP ${f.status}` : undefined, f.code ? `the error code ${f.code}` : undefined].filter(Boolean).join(' with ');
  if (got) return `${call}${kind ? `, made with ${kind},` : ''} fails with ${got}.`;
  if (f.aadsts) return `Getting a token for Microsoft Graph fails with a sign-in error.`;
  return `${call}${kind ? `, made with ${kind},` : ''} is refused.`;
}

export function draftQuestion(state: FollowUpState, now: Date = new Date()): Draft {
  const f = state.facts;
  const lines: string[] = [whatHappened(state)];
  if (f.message) lines.push(`Message: ${f.message}`);
  if (f.aadsts) lines.push(`Sign-in error: ${f.aadsts}`);
  if (f.permission) lines.push(`Permission check: ${f.permission}`);
  const ids: string[] = [];
  if (f.status) ids.push(`- status: ${f.status}`);
  if (f.code) ids.push(`- error code: ${f.code}`);
  if (f.requestId) ids.push(`- request-id: ${f.requestId}`);
  if (f.correlationId) ids.push(`- correlation id: ${f.correlationId}`);
  if (f.traceId) ids.push(`- trace id: ${f.traceId}`);
  ids.push(f.date ? `- date: ${f.date}` : `- date of this question: ${now.toISOString().slice(0, 10)}`);
  lines.push('', 'For support:', ...ids);
  // Only causes the user walked through and reported as still failing count as checked.
  if (state.tried.length > 0) {
    lines.push('', 'What I already checked (still failing afterwards):');
    for (const id of state.tried) lines.push(`- ${verdictById(id)?.wording.title ?? id}`);
  }
  // A "not sure" answer tells the people on Q&A nothing: only real answers go in.
  const answered = Object.entries(state.answers).filter(([qid, value]) => {
    const q = questionById(qid);
    return !q || notSureChoice(q)?.value !== value;
  });
  if (answered.length > 0) {
    lines.push('', 'Details:');
    for (const [qid, value] of answered) {
      const q = questionById(qid);
      const label = q?.choices.find((c) => c.value === value)?.label ?? value;
      lines.push(`- ${q?.prompt ?? qid} ${label}`);
    }
  }
  lines.push('', 'What else should I check?');
  return { title: redact(draftTitle(state), { emails: true }), body: redact(lines.join('\n'), { emails: true }) };
}
