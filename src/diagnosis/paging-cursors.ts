/**
 * Graph's paging and sync cursors are called tokens too: the opaque $skiptoken in @odata.nextLink and the
 * $deltatoken in @odata.deltaLink (https://learn.microsoft.com/graph/paging,
 * https://learn.microsoft.com/graph/delta-query-overview). One said to expire ("The delta token is expired
 * and data must be synchronized again", "the page token value has expired") asks for a new sync or a new
 * first page, whatever the access token's state.
 */
import type { Evidence } from './evidence/index.js';
import { registerPhrases } from './phrase-index.js';

const CURSOR_WORDS = ['delta', 'page', 'paging', 'skip', 'sync', 'continuation'];
registerPhrases(CURSOR_WORDS);
const CURSOR_TOKEN_EXPIRED = /\b(?:delta|page|paging|skip|sync|continuation)[ _-]?token(?: value)? (?:is |has |was )?expired\b/g;

/** The cursor said to expire, as the paste says it; undefined when no cursor is. */
export function cursorSaidExpired(e: Evidence): string | undefined {
  if (!CURSOR_WORDS.some((w) => e.has(w))) return undefined;
  CURSOR_TOKEN_EXPIRED.lastIndex = 0;
  return CURSOR_TOKEN_EXPIRED.exec(e.lower)?.[0];
}

/** Every expiry the paste tells (`expiries`, lower-case phrases) is a cursor's, none the access token's. */
export function onlyCursorExpired(e: Evidence, expiries: readonly string[]): boolean {
  if (cursorSaidExpired(e) === undefined) return false;
  const rest = e.lower.replace(CURSOR_TOKEN_EXPIRED, ' ');
  return !expiries.some((p) => rest.includes(p));
}
