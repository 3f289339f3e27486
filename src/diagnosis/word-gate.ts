/**
 * Patterns run over the whole lower-cased paste, gated by the words they cannot match without
 * (./required-words.ts). The words join the one-pass phrase index at load time, so whether the
 * paste holds any of them is known before the pattern would scan it: most patterns read prose that
 * most pastes do not have, and a scan of a pattern with many alternatives costs far more than one
 * look-up. Only for patterns tested on the very text the phrase index read (Evidence.lower):
 * another text (the original case, a slice) may hold words the lower-cased paste spells otherwise.
 */
import { phraseOrdinal, registerPhrases, type PhraseLookup } from './phrase-index.js';
import { requiredWords } from './required-words.js';

const wordsOf = new WeakMap<RegExp, readonly string[]>();
/** The words' ordinals in the phrase index, fixed once registered: a paste's finds are read by them. */
const ordinalsOf = new WeakMap<RegExp, Int32Array>();
/** Every pattern declared, in order (for the test that checks each against real pastes). */
const declared: RegExp[] = [];

/** Declares a pattern tested on the lower-cased paste; returns it unchanged. */
export function gated<T extends RegExp>(pattern: T): T {
  const words = requiredWords(pattern);
  if (words !== undefined && !wordsOf.has(pattern)) {
    registerPhrases(words);
    wordsOf.set(pattern, words);
    ordinalsOf.set(pattern, Int32Array.from(words, (w) => phraseOrdinal(w.toLowerCase()) as number));
    declared.push(pattern);
  }
  return pattern;
}

/** Declares each pattern of a list (see gated). */
export function gatedAll<T extends readonly RegExp[]>(patterns: T): T {
  for (const p of patterns) gated(p);
  return patterns;
}

/**
 * False when the lower-cased paste holds none of the pattern's words, so the pattern cannot match
 * it; true otherwise, and for a pattern never declared. `has` is the paste's phrase look-up (Evidence.has).
 */
export function mayMatch(pattern: RegExp, has: PhraseLookup): boolean {
  const words = wordsOf.get(pattern);
  if (words === undefined) return true;
  const found = has.found;
  const ordinals = ordinalsOf.get(pattern);
  if (found === undefined || ordinals === undefined) return words.some(has);
  // A word with capitals is looked up lower-cased: found more often than it could match, never less.
  // A word registered after this paste was read (a pattern declared late) is past its finds: run the pattern.
  for (let k = 0; k < ordinals.length; k++) {
    const i = ordinals[k] as number;
    if (i >= found.length || found[i] === 1) return true;
  }
  return false;
}

/** The words a declared pattern is gated by (for tests). */
export function gateWords(pattern: RegExp): readonly string[] | undefined {
  return wordsOf.get(pattern);
}

/** Every declared pattern that has words (for tests). */
export function gatedPatterns(): readonly RegExp[] {
  return declared;
}

/** The lower-cased paste with its phrase look-up: what Evidence holds. */
export interface GatedText {
  readonly lower: string;
  readonly has: PhraseLookup;
}

/** pattern.test on the lower-cased paste, skipped when its words are absent. */
export function testIn(pattern: RegExp, t: GatedText): boolean {
  return mayMatch(pattern, t.has) && pattern.test(t.lower);
}

/** pattern.exec on the lower-cased paste, skipped (null) when its words are absent. */
export function execIn(pattern: RegExp, t: GatedText): RegExpExecArray | null {
  return mayMatch(pattern, t.has) ? pattern.exec(t.lower) : null;
}
