/**
 * Tie-breakers from the words a paste is about (./knowledge/topic-words.ts): when no code,
 * message or claim decides, a paste that talks of licenses and mailboxes should list
 * user-access-or-license before a cause that only the HTTP status suggests. Half a point for the
 * first word of a cause's subject and half for a second: enough to order candidates that have
 * nothing else, never enough to outvote a real reason or to answer without asking.
 */
import type { Signal, VerdictId } from './cause.js';
import { TOPIC_WORDS } from './knowledge/topic-words.js';
import { registerPhrases } from './phrase-index.js';
import { oncePerPaste } from './once-per-paste.js';
import { TIE_BREAK_WEIGHT } from './rank.js';

const WEIGHT = TIE_BREAK_WEIGHT;
/** Characters that continue a token: a word inside an identifier, URL or path is not prose. */
const TOKEN_CHAR = /[a-z0-9:/_-]/;
/** An annotation's "@" before the word: "@odata.id", "@odata.type" name OData's own fields, not Exchange's OData access. */
const ANNOTATION_CHAR = '@';

registerPhrases(TOPIC_WORDS.flatMap((t) => t.words));

/**
 * An issue form's own words, which every report carries whatever it is about: "### Describe the
 * bug", "Bug report", "[BUG]", "type: bug". A word inside them says nothing of the paste.
 */
const FORM_BOILERPLATE = /describe the bug|bug report|\[bug\]|type: ?bug|labels?: ?bug/;

/** Whether the word stands on its own somewhere in the text (a scheme like "api://" always does), outside an issue form's words. */
function standsAlone(lower: string, word: string): boolean {
  if (word.endsWith('/')) return true;
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    if (TOKEN_CHAR.test(lower.charAt(at - 1)) || lower.charAt(at - 1) === ANNOTATION_CHAR || TOKEN_CHAR.test(lower.charAt(at + word.length))) continue;
    // A method called in code ("restTemplate.exchange(request, …)") names the code, not the subject.
    if (lower.charAt(at - 1) === '.' && lower.charAt(at + word.length) === '(') continue;
    if (FORM_BOILERPLATE.test(lower.slice(Math.max(0, at - 14), at + word.length + 8))) continue;
    return true;
  }
  return false;
}

/** Per evidence: each verdict's subject words the paste uses (read once, asked by two signals). */
const topicWords = oncePerPaste((e): ReadonlyMap<VerdictId, readonly string[]> => {
  const m = new Map<VerdictId, string[]>();
  for (const t of TOPIC_WORDS) {
    const said = t.words.filter((w) => e.has(w) && standsAlone(e.lower, w));
    m.set(t.cause, [...(m.get(t.cause) ?? []), ...said]);
  }
  return m;
});

function say(words: readonly string[]): string {
  return `The text is about what this cause concerns (${words.slice(0, 4).map((w) => `"${w}"`).join(', ')})`;
}

export function topicSignals(cause: VerdictId): Signal[] {
  return [
    { id: 'topic', weight: WEIGHT, tieBreak: true, test: (e) => { const w = topicWords(e).get(cause) ?? []; return w.length >= 1 ? say(w) : undefined; } },
    { id: 'topic-more', weight: WEIGHT, tieBreak: true, test: (e) => ((topicWords(e).get(cause) ?? []).length >= 2 ? 'More than one word of its subject' : undefined) },
  ];
}
