/**
 * The paste inside a Teams message: the text/html attachment when there is one (it keeps the
 * line breaks and code blocks that activity.text flattens), else activity.text; @mentions of
 * the bot removed either way.
 */
import type { Activity } from 'botbuilder';
import { htmlToText } from '../diagnosis/normalize.js';

/** Removes <at>…</at> mentions (what Teams puts in text for an @mention). */
export function stripMentions(text: string): string {
  return (/<at\b/i.test(text) ? text.replace(/<at\b[^<>]{0,200}>[^<]{0,200}<\/at>/gi, '') : text).trim();
}

export function pasteFromActivity(activity: Partial<Activity>): string {
  const html = (activity.attachments ?? []).find((a) => a.contentType === 'text/html' && typeof a.content === 'string');
  if (html && typeof html.content === 'string' && html.content.trim()) {
    const text = htmlToText(html.content).trim();
    if (text) return text;
  }
  return stripMentions(typeof activity.text === 'string' ? activity.text : '');
}

/** The body of a message a message extension action was invoked on. */
export function pasteFromMessagePayload(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null) return '';
  const body = (payload as { body?: { contentType?: string; content?: unknown } }).body;
  if (!body || typeof body.content !== 'string') return '';
  return body.contentType === 'html' ? htmlToText(body.content).trim() : body.content.trim();
}
