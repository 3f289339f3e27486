/**
 * The shape shared by the knowledge tables: what a code, message or name means for the
 * diagnosis, how much it says on its own, and the page that says so. Adding knowledge is
 * adding a row; the signals in ../knowledge-signals.ts read every table the same way.
 */
import type { VerdictId } from '../cause.js';

/** A verdict, or 'none': an identity or authorization error that is none of our causes. */
export type KnownVerdict = VerdictId | 'none';

/**
 * How much one row says on its own:
 * - decisive: names the cause (a specific code);
 * - strong: usually the cause, but other evidence may overrule it;
 * - hint: points there, needs company;
 * - generic: "access denied" and the like: it only breaks ties.
 */
export type Strength = 'decisive' | 'strong' | 'hint' | 'generic';

/** Points per strength (the scale of cause.ts: about 6 decides, 3-4 is strong, 1-2 a hint). */
export const STRENGTH_WEIGHT: Readonly<Record<Strength, number>> = { decisive: 7, strong: 5, hint: 2.5, generic: 0.8 };

/** A code or name whose own words match a rule (./code-words.ts) counts less than a known one. */
export const WORDS_WEIGHT = 2;

export interface KnowledgeRow {
  /** The code or name as Microsoft writes it (matched case-insensitively). */
  readonly code: string;
  readonly cause: KnownVerdict;
  readonly strength: Strength;
  /** What it means, in a few words of our own. */
  readonly meaning: string;
  /** The Microsoft page (or Microsoft source file) the meaning rests on. */
  readonly source: string;
  /**
   * For a message: the code whose particular case it names ("AADSTS70011" for "… are not compatible
   * with each other"). Found together, the message speaks and the code's broader row stays silent.
   */
  readonly refines?: string;
  /**
   * For a message: the codes whose own words it is ("does not match the redirect uris configured"
   * is AADSTS50011's). Libraries pass the words on without the code; where the code is there too,
   * its row speaks and the message stays silent, so one fact is not counted twice.
   */
  readonly wordsOf?: readonly string[];
}

/** Builds rows that share a source, from [code, cause, strength, meaning] tuples. */
export function rows(source: string, list: readonly (readonly [string, KnownVerdict, Strength, string, string?])[]): KnowledgeRow[] {
  return list.map(([code, cause, strength, meaning, refines]) => (refines === undefined ? { code, cause, strength, meaning, source } : { code, cause, strength, meaning, source, refines }));
}

/** Builds message rows that are the words of codes, from [message, cause, strength, meaning, codes] tuples. */
export function codeWordRows(source: string, list: readonly (readonly [string, KnownVerdict, Strength, string, readonly string[]])[]): KnowledgeRow[] {
  return list.map(([code, cause, strength, meaning, wordsOf]) => ({ code, cause, strength, meaning, source, wordsOf }));
}

/** Index by lower-cased code; the first row for a code wins. */
export function indexRows(table: readonly KnowledgeRow[]): ReadonlyMap<string, KnowledgeRow> {
  const out = new Map<string, KnowledgeRow>();
  for (const r of table) if (!out.has(r.code.toLowerCase())) out.set(r.code.toLowerCase(), r);
  return out;
}
