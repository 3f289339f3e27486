/**
 * Makes text from outside the bot inert in a card. Teams renders a TextBlock's text as a subset
 * of Markdown, autolinks bare URLs and reads "<at>" as a mention, so a paste such as
 * `[Re-consent here](https://evil.example)` would become a live link in the bot's own card.
 *
 * The rewrite keeps the text readable and (except for URLs) byte-for-byte copyable:
 * - `<` and `>` become the look-alikes ‹ › (no HTML, no mentions, no `<https://…>` autolinks);
 *   the cards already showed pasted placeholders such as `<user-id>` this way.
 * - A WORD JOINER (U+2060, invisible, zero width) goes where a link or list needs two characters
 *   to touch: after a URL scheme's colon (`https:⁠//…` no longer autolinks), inside `www.`,
 *   between `]` and `(`/`[`/`:` (no Markdown link, image or reference), after `@` of an address,
 *   after `&` of an entity, and before a list or heading marker at the start of a line.
 *   An invisible joiner keeps the text looking exactly as pasted; a `hxxps`-style rewrite or a
 *   code span (TextBlock has none) would not.
 * - `*` becomes U+2217 (∗): Markdown treats an asterisk inside a word as emphasis, and no
 *   invisible character changes that. Underscores at a word edge get a joiner on each side,
 *   which makes them "inside a word", where `_` never starts emphasis.
 * The function is idempotent, so text that passes twice (state carried by a button, then shown
 * again) looks the same.
 */
import { redact } from '../token/redact.js';

const JOIN = '\u2060';

/** What can make text live or change the layout; text without any of it is returned as is. */
const ACTIVE = /[<>*_@&\][]|:\/\/|www\.|(?:^|\n)[ \t]{0,3}(?:[-+#=|]|\d{1,9}[.)])|(?:mailto|tel|sms|sips?|callto|skype|msteams|javascript|vbscript|data|file):/i;

const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/</g, '‹'],
  [/>/g, '›'],
  [/\*/g, '∗'],
  // A scheme followed by "//", or one that links without it.
  [/\b([a-z][a-z0-9+.-]{0,30}):(?=\/\/)/gi, `$1:${JOIN}`],
  [/\b(mailto|tel|sms|sips?|callto|skype|msteams|javascript|vbscript|data|file):(?!\u2060)/gi, `$1:${JOIN}`],
  [/\b(www)\./gi, `$1${JOIN}.`],
  [/\](?=[([:])/g, `]${JOIN}`],
  [/@(?!\u2060)/g, `@${JOIN}`],
  [/&(?=#?[A-Za-z0-9]{1,8};)/g, `&${JOIN}`],
  [/(^|\n)([ \t]{0,3})(?=[-+#=|]|\d{1,9}[.)])/g, `$1$2${JOIN}`],
];

/**
 * An underscore at a word edge gets a joiner on the side that lacks a word character; one already
 * beside a joiner counts as inside a word, so a second pass changes nothing.
 */
const EDGE_UNDERSCORE = /(?<![A-Za-z0-9_\u2060])_|_(?![A-Za-z0-9_\u2060])/g;

function joinEdgeUnderscores(text: string): string {
  if (!text.includes('_')) return text;
  return text.replace(EDGE_UNDERSCORE, (_m, at: number) => {
    const wordBefore = at > 0 && /[A-Za-z0-9_\u2060]/.test(text.charAt(at - 1));
    const wordAfter = /[A-Za-z0-9_\u2060]/.test(text.charAt(at + 1));
    return `${wordBefore ? '' : JOIN}_${wordAfter ? '' : JOIN}`;
  });
}

/** The text with every link, mention, HTML tag and layout-changing Markdown made inert. */
export function inertText(text: string): string {
  if (!ACTIVE.test(text)) return text;
  let out = text;
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  return joinEdgeUnderscores(out);
}

/**
 * The bot's own fixed strings (card wording, check commands, links to Microsoft Learn) stay live:
 * the bot registers them, and an exact match is left untouched. Exact matching is what makes this
 * safe: pasted text can only equal a string the bot wrote itself.
 */
const trusted = new Set<string>();

export function trustCardText(texts: Iterable<string | undefined>): void {
  for (const t of texts) if (t) trusted.add(t);
}

/**
 * Links the bot builds per conversation from a fixed shape (the 1:1 chat deep link with the bot's
 * own id). Registered once as a pattern, never per message, so the trusted set cannot grow with
 * what strangers send; a pattern must match the whole string.
 */
const trustedShapes: RegExp[] = [];

export function trustCardTextShape(shape: RegExp): void {
  trustedShapes.push(shape);
}

function isTrusted(text: string): boolean {
  return trusted.has(text) || trustedShapes.some((re) => re.test(text));
}

/** Plain text shown outside a card (fallback text, notification summary, text-only channels): redacted and inert. */
export function safeShownText(text: string): string {
  return safeString(text, false);
}

/**
 * Data fields that only ever fill an Input.Text value: a text field shows its value as plain
 * text (no Markdown, no autolinks) and the user copies it out, so it is redacted but not
 * rewritten (joiners would ride along into the copy). cards.test checks these keys only appear as values.
 */
export const INPUT_VALUE_KEYS: ReadonlySet<string> = new Set(['questionBody']);

/** A button's data (it names a verb): returned to the bot, never shown, so it is redacted but not rewritten. */
function isActionData(o: object): boolean {
  return typeof (o as { verb?: unknown }).verb === 'string';
}

/**
 * No string the bot puts in a card is anywhere near this long (the Q&A draft, the longest, is a
 * few hundred characters); a longer one is cut, so the work per card stays bounded whatever
 * arrives in the data.
 */
const MAX_CARD_STRING = 8192;

function clipped(text: string): string {
  return text.length <= MAX_CARD_STRING ? text : `${text.slice(0, MAX_CARD_STRING - 1)}…`;
}

function safeString(text: string, inAction: boolean): string {
  if (isTrusted(text)) return text;
  const clean = redact(clipped(text));
  return inAction ? clean : inertText(clean);
}

/**
 * What one safeCardData call already made safe, per mode (shown text, button data): objects (the
 * buttons of a card share one state object, read once) and the strings that needed work (a card
 * repeats them: the walkthrough state rides on several buttons). Kept for one call only: what a
 * stranger pasted never outlives the card it went into.
 */
interface Done {
  shown?: Map<unknown, unknown>;
  action?: Map<unknown, unknown>;
}

function memoOf(done: Done, inAction: boolean): Map<unknown, unknown> {
  return inAction ? (done.action ??= new Map()) : (done.shown ??= new Map());
}

/** The walk behind safeCardData; objects are copied only where something changed. */
function safeValue(value: unknown, inAction: boolean, done: Done): unknown {
  if (typeof value === 'string') {
    // The bot's own strings (most of a card) are answered by one set lookup, without the memo.
    if (isTrusted(value)) return value;
    const memo = memoOf(done, inAction);
    let safe = memo.get(value) as string | undefined;
    if (safe === undefined) {
      safe = inAction ? redact(clipped(value)) : inertText(redact(clipped(value)));
      memo.set(value, safe);
    }
    return safe;
  }
  if (value === null || typeof value !== 'object') return value;
  const memo = memoOf(done, inAction);
  const seen = memo.get(value);
  if (seen !== undefined) return seen;
  let result: unknown;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const safe = safeValue(item, inAction, done);
      if (safe !== item) (copy ??= [...value])[i] = safe;
    }
    result = copy ?? value;
  } else {
    const action = inAction || isActionData(value);
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const item = record[key];
      if (item === undefined || typeof item === 'number' || typeof item === 'boolean') continue;
      const safe = safeValue(item, action || INPUT_VALUE_KEYS.has(key), done);
      if (safe !== item) (copy ??= { ...record })[key] = safe;
    }
    result = copy ?? value;
  }
  memo.set(value, result);
  return result;
}

/**
 * Card data as it may reach a card: every string redacted, and every string that is not the
 * bot's own made inert. Objects are copied only where something changed.
 */
export function safeCardData<T>(data: T): T {
  return safeValue(data, false, {}) as T;
}
