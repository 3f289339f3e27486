/**
 * The key words of authorization errors as Microsoft spells them, whatever the person typed.
 * People retype messages into titles and prose ("Insuficient privileges", "permision denied",
 * "wrong audiance") and write British English ("unauthorised", "no SharePoint licence"), while the
 * phrase lists hold Microsoft's US spelling (Microsoft Writing Style Guide, "US English":
 * https://learn.microsoft.com/style-guide/word-choice/use-us-spelling-avoid-non-english-words).
 *
 * Only the lower-cased reading copy is respelt, never the paste itself: codes, ids and messages
 * are read as typed (a phrase the bot quotes from the reading copy shows Microsoft's spelling). A word is
 * respelt when it is one slip (a letter inserted, dropped or changed, or two letters swapped)
 * away from a key word of eight letters or more, and is not a form of that word with another
 * ending ("privileged", "delegates", "applications"): short words are too close to other words to
 * guess at. British spellings are a table, as they are regular and not slips.
 */

/** Key words of the error messages and of the prose around them, in Microsoft's spelling. */
const KEY_WORDS: readonly string[] = [
  'insufficient', 'privileges', 'privilege', 'forbidden', 'unauthorized', 'authorization', 'authentication',
  'permission', 'permissions', 'delegated', 'application', 'principal', 'conditional', 'audience', 'consented',
  // The tools and services people name in the same sentences ("Graph Exploler", "Sharepiont", "OneDirve", "Exchnage").
  'explorer', 'sharepoint', 'onedrive', 'exchange',
];

/** British spellings of the same words (regular variants, not slips). */
const BRITISH: ReadonlyMap<string, string> = new Map([
  ['licence', 'license'], ['licences', 'licenses'], ['licenced', 'licensed'], ['unlicenced', 'unlicensed'],
  ['unauthorised', 'unauthorized'], ['authorisation', 'authorization'], ['authorised', 'authorized'], ['authorise', 'authorize'],
  ['organisation', 'organization'], ['organisations', 'organizations'], ['organisational', 'organizational'],
]);

const KEYS = new Set(KEY_WORDS);
const MIN_KEY = 8;
/**
 * Words that could be a slip of a key word: as long as one give or take a letter, and starting
 * with a letter a key word or a British form starts with (a slip in the first letter is not
 * guessed at), so most words of a paste are never looked at.
 */
const WORD = new RegExp(String.raw`\b[${[...new Set([...KEY_WORDS, ...BRITISH.keys()].map((w) => w.charAt(0)))].join('')}][a-z]{6,}`, 'g');
/** Verdicts on words seen before, shared by all pastes; cleared when full, so it never grows past this. */
const SEEN_LIMIT = 4096;
const seen = new Map<string, string>();

/** One slip at most: Damerau's insertion, deletion, substitution or transposition of neighbours. */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** "privileged" for "privileges", "permissions" for "permission": the same word with another ending. */
function anotherEnding(word: string, key: string): boolean {
  const stem = Math.min(word.length, key.length) - 2;
  return word.slice(0, stem) === key.slice(0, stem);
}

function respell(word: string): string {
  if (KEYS.has(word)) return word;
  const known = BRITISH.get(word) ?? seen.get(word);
  if (known !== undefined) return known;
  let out = word;
  for (const key of KEY_WORDS) {
    if (key.length >= MIN_KEY && oneSlipApart(word, key) && !anotherEnding(word, key)) {
      out = key;
      break;
    }
  }
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.set(word, out);
  return out;
}

/** The lower-cased text with the key words respelt as Microsoft spells them. */
export function canonicalSpelling(lower: string): string {
  return lower.replace(WORD, (w) => (w.length > 16 ? w : respell(w)));
}
