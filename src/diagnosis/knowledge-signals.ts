/**
 * The signals every verdict takes from the knowledge tables: one per strength of a known row
 * (only the strongest level that fired counts, so a paste repeating a code does not add up),
 * and one for codes that are read by their words.
 */
import type { Signal, VerdictId } from './cause.js';
import type { Evidence } from './evidence/index.js';
import { knowledgeFindings, type KnownFinding } from './knowledge/findings.js';
import { AADSTS_BY_CODE } from './knowledge/aadsts.js';
import { SIGN_IN_WRAPPERS } from './knowledge/exceptions.js';
import { STRENGTH_WEIGHT, WORDS_WEIGHT, type Strength } from './knowledge/row.js';

const LEVELS: readonly Strength[] = ['decisive', 'strong', 'hint', 'generic'];

/**
 * An AADSTS code read on its own (not one another wraps) that Microsoft's table gives to another cause
 * than `cause`. With `includingNone`, also a code that is none of our causes (a missing client secret):
 * the code says what failed, whatever else the response carries.
 */
export function signInNamesAnother(e: Evidence, cause: VerdictId, includingNone = false): boolean {
  return e.aadsts.some((a) => {
    const row = a.wraps ? undefined : AADSTS_BY_CODE.get(a.code);
    return row !== undefined && row.cause !== cause && (includingNone || row.cause !== 'none');
  });
}

/** A specific row (decisive or strong) of another cause than `cause`, not itself a wrapper class. */
/** A decisive or strong row of Microsoft's code tables read in the paste names another cause than this one. */
export function specificRowNamesAnother(e: Evidence, cause: VerdictId): boolean {
  return knowledgeFindings(e).known.some((f) => f.row.cause !== cause && f.row.cause !== 'none' && (f.row.strength === 'decisive' || f.row.strength === 'strong') && !SIGN_IN_WRAPPERS.has(f.row.code.toLowerCase()));
}

function strongestFor(e: Evidence, cause: VerdictId): KnownFinding | undefined {
  let best: KnownFinding | undefined;
  for (const f of knowledgeFindings(e).known) {
    if (f.row.cause !== cause) continue;
    // MSAL's wrapper class says no more than the code or the message it carries
    // ("MsalUiRequiredException: No account or login hint was passed…" is about the token cache).
    if (SIGN_IN_WRAPPERS.has(f.row.code.toLowerCase()) && (signInNamesAnother(e, cause) || specificRowNamesAnother(e, cause))) continue;
    if (!best || LEVELS.indexOf(f.row.strength) < LEVELS.indexOf(best.row.strength)) best = f;
  }
  return best;
}

function say(f: KnownFinding): string {
  return f.as.toLowerCase() === f.row.meaning.toLowerCase() ? f.as : `${f.as}: ${f.row.meaning}`;
}

/** The knowledge signals of one verdict, to spread into its `signals` array. */
export function knowledgeSignals(cause: VerdictId): Signal[] {
  const levels: Signal[] = LEVELS.map((level) => ({
    id: `known-${level}`,
    weight: STRENGTH_WEIGHT[level],
    test: (e: Evidence) => {
      const f = strongestFor(e, cause);
      return f?.row.strength === level ? say(f) : undefined;
    },
  }));
  const words: Signal = {
    id: 'code-words',
    weight: WORDS_WEIGHT,
    test: (e: Evidence) => {
      // A known row for this verdict says more than any word of an unlisted code, unless it is a
      // generic one ("Forbidden"), which says less than the words of a specific code beside it.
      const known = strongestFor(e, cause);
      if (known && known.row.strength !== 'generic') return undefined;
      const f = knowledgeFindings(e).words.find((w) => w.rule.cause === cause && !w.rule.generic);
      return f && `${f.code} ${f.rule.meaning}`;
    },
  };
  return [...levels, words];
}

/** A known message, decisive or strong, that says the error is none of the authorization causes. */
export function messageSaysNotAuthorization(e: Evidence): boolean {
  return knowledgeFindings(e).known.some((f) => f.row.cause === 'not-authorization' && (f.row.strength === 'strong' || f.row.strength === 'decisive'));
}

/**
 * A known row or a word rule that makes the paste about identity or authorization. A 'hint' row
 * (a code that only points somewhere, like extensionError) already speaks for its own cause; it
 * makes the paste about authorization only when `withHints` asks for it. Any AADSTS code is a
 * sign-in error, so those always count.
 */
export function authorizationKnowledge(e: Evidence, withHints = true): string | undefined {
  const { known, words } = knowledgeFindings(e);
  // A sign-in code's own words can say what it is and that no authorization cause covers it ("… because
  // it is in an unmanaged state": the tenant has no administrator; "… need to use version 2.0 of the
  // protocol": the v1 endpoint): then neither an unlisted code nor a code that is none of our causes
  // counts as authorization evidence.
  const explained = messageSaysNotAuthorization(e);
  const row = known.find((f) => f.row.cause !== 'not-authorization' && !(explained && f.row.cause === 'none') && f.row.strength !== 'generic' && (withHints || f.row.strength !== 'hint' || AADSTS_BY_CODE.has(f.as.slice(6))));
  if (row) return row.as;
  const unlisted = e.aadsts.find((a) => !AADSTS_BY_CODE.has(a.code));
  if (unlisted && !explained) return `AADSTS${unlisted.code}`;
  return words.find((w) => w.rule.cause !== 'not-authorization' && w.rule.cause !== 'none' && !w.rule.generic)?.code;
}
