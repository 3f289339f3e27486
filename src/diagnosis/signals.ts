/** Small builders for the signals cause modules declare. */
import type { Evidence } from './evidence/index.js';
import type { Signal } from './cause.js';
import { registerPhrases } from './phrase-index.js';
import { isStated } from './evidence/negation.js';

/** For each phrase, the phrase lists (by index) of the phrase signals that contain it. */
const listsOfPhrase = new Map<string, number[]>();
let phraseLists = 0;

/**
 * For one evidence: each phrase list's phrases that the text holds, in the order first seen.
 * One pass over the few phrases present, instead of every phrase signal scanning all of them.
 * A diagnosis tests all its signals on one evidence in a row, so the last result is kept.
 */
let groupedFor: ReadonlySet<string> | undefined;
let grouped: (string[] | undefined)[] = [];
function presentByList(present: ReadonlySet<string>): readonly (string[] | undefined)[] {
  if (present !== groupedFor) {
    grouped = [];
    for (const p of present) for (const k of listsOfPhrase.get(p) ?? []) (grouped[k] ??= []).push(p);
    groupedFor = present;
  }
  return grouped;
}

/** Fires when the lower-cased paste states one of the phrases (not denies it); says which one. */
export function phrase(id: string, weight: number, phrases: readonly string[], say: (found: string) => string): Signal {
  const lowered = [...new Set(phrases.map((p) => p.toLowerCase()))];
  registerPhrases(lowered);
  const list = phraseLists++;
  for (const p of lowered) {
    const lists = listsOfPhrase.get(p);
    if (lists) lists.push(list);
    else listsOfPhrase.set(p, [list]);
  }
  return {
    id,
    weight,
    test: (e) => {
      for (const p of presentByList(e.present)[list] ?? []) if (isStated(e.lower, p)) return say(p);
      return undefined;
    },
  };
}

/** Fires when one of the Graph error codes is present (as a field or anywhere in the text). */
export function errorCode(id: string, weight: number, codes: readonly string[], say: (code: string) => string): Signal {
  const lowerCodes = codes.map((c) => c.toLowerCase());
  registerPhrases(lowerCodes);
  return {
    id,
    weight,
    test: (e) => {
      const found = lowerCodes.find((c) => e.codesLower.has(c) || e.has(c));
      return found === undefined ? undefined : say(codes[lowerCodes.indexOf(found)] ?? found);
    },
  };
}

/** Fires on an AADSTS code from the list; says the code and what it means. */
export function aadsts(id: string, weight: number, meanings: Readonly<Record<string, string>>): Signal {
  return {
    id,
    weight,
    test: (e) => {
      const found = e.aadsts.find((a) => a.code in meanings);
      return found === undefined ? undefined : `AADSTS${found.code}: ${meanings[found.code]}`;
    },
  };
}

/** A signal with its own test. */
export function when(id: string, weight: number, test: (e: Evidence) => string | undefined | false): Signal {
  return { id, weight, test: (e) => test(e) || undefined };
}

/** Declares a phrase list used with firstPhrase/hasCode so the one-pass index covers it. */
export function phrases<T extends readonly string[]>(list: T): T {
  registerPhrases(list);
  return list;
}

/** Marks a signal whose explanation quotes claims of a pasted token. */
export function fromToken(signal: Signal): Signal {
  return { ...signal, fromToken: true };
}

/** The first phrase of the list the paste contains, if any. */
export function firstPhrase(e: Evidence, phrases: readonly string[]): string | undefined {
  return phrases.find((p) => e.has(p));
}

export function hasStatus(e: Evidence, ...statuses: number[]): boolean {
  return e.statuses.some((s) => statuses.includes(s));
}

export function hasCode(e: Evidence, ...codes: string[]): boolean {
  return codes.some((c) => {
    const lower = c.toLowerCase();
    return e.codesLower.has(lower) || e.has(lower);
  });
}

/** Graph or token-endpoint evidence that this is about authorization at all. */
registerPhrases(['mailbox']);

export const DENIED_CODES = phrases(['Authorization_RequestDenied', 'ErrorAccessDenied', 'AccessDenied', 'Forbidden', 'insufficient privileges', 'access is denied'].map((c) => c.toLowerCase()));

export function isDenied(e: Evidence): boolean {
  return hasStatus(e, 403) || hasCode(e, ...DENIED_CODES);
}

const SOME_MAILBOXES = /\bworks? (?:fine |well )?(?:for|with|on) (?:other|most|some|all other) mailbox|\bfails? (?:only )?(?:for|on) (?:one|some|this|certain|specific|a few|other) mailbox|\bonly (?:for|on) (?:one|some|certain|specific) mailbox/;

/** "Works for other mailboxes", "fails for this one user": the same app and permission work elsewhere. */
export function worksForSomeOnly(e: Evidence): boolean {
  return e.accountHints.includes('some-users-only') || e.accountHints.includes('admin-works') || (e.has('mailbox') && SOME_MAILBOXES.test(e.lower));
}
