/**
 * The words a pattern cannot match without: a set of literal strings such that every match of the
 * pattern contains at least one of them. A paste that holds none of them cannot match, and the
 * one-pass phrase index (./phrase-index.ts) says which it holds at no extra reading of the text, so
 * a pattern gated by its words (./word-gate.ts) is not run over a paste that lacks them.
 *
 * This is the prefilter that regular-expression engines build for the same purpose (RE2's
 * "prefilter", Google Code Search's trigram query), reduced to what the patterns of this project
 * use: literals, small character classes, groups, alternation, quantifiers, anchors, \b and
 * look-arounds. Anything it does not model (backreferences, Unicode property escapes, the u and v
 * flags) makes it give up: no words means the pattern is always run. A wrong word would make a
 * pattern miss what it should match, so every step errs on the side of fewer words.
 */

/** What is known of a piece of pattern: every match of it is one of `exact`, or contains one of `needs`. */
interface Known {
  /** The strings it matches, when they are few (the empty string included where it may match nothing). */
  readonly exact?: ReadonlySet<string>;
  /** Literals one of which every match contains. */
  readonly needs?: ReadonlySet<string>;
}

/** Beyond this many strings, a set stops being tracked (cross products grow fast). */
const MAX_SET = 64;
/**
 * The words of alternatives may add up to more: each alternative brings its own few, and the phrase
 * index takes hundreds at no cost per character.
 */
const MAX_WORDS = 256;
/** Words shorter than this are in nearly every paste: a gate on them would only cost. */
export const MIN_WORD_LENGTH = 3;

const NOTHING: Known = {};
const EMPTY: Known = { exact: new Set(['']) };

class GiveUp extends Error {}

/**
 * Outside ASCII, case folding under the i flag follows Unicode's case mappings, which this reader
 * does not model: such a letter makes it give up (or, in a class, know nothing).
 */
function isCasedNonAscii(ch: string): boolean {
  return ch.charCodeAt(0) > 0x7f && ch.toLowerCase() !== ch.toUpperCase();
}

/** The shortest string of a set: the weakest word decides how often the gate opens. */
function shortest(set: ReadonlySet<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

/** The better of two requirements: longer shortest word first, then fewer words. */
function better(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const la = shortest(a);
  const lb = shortest(b);
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

/** The words a piece needs: its own requirement, or its exact strings when none of them is empty. */
function usable(k: Known): ReadonlySet<string> | undefined {
  const fromExact = k.exact && !k.exact.has('') ? k.exact : undefined;
  return better(k.needs, fromExact);
}

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_SET) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function concat(parts: readonly Known[]): Known {
  let run: ReadonlySet<string> = new Set(['']);
  let whole = true;
  let needs: ReadonlySet<string> | undefined;
  for (const p of parts) {
    const joined = p.exact ? cross(run, p.exact) : undefined;
    if (joined) {
      run = joined;
      continue;
    }
    // The run of exact pieces so far ends here: any match holds one of its strings, contiguous.
    whole = false;
    if (!run.has('')) needs = better(needs, run);
    needs = better(needs, usable(p));
    run = p.exact ?? new Set(['']);
  }
  if (whole) return { exact: run };
  if (!run.has('')) needs = better(needs, run);
  return { needs };
}

function alternation(branches: readonly Known[]): Known {
  let exact: Set<string> | undefined = new Set();
  const needs = new Set<string>();
  let needsKnown = true;
  for (const b of branches) {
    if (exact && b.exact && exact.size + b.exact.size <= MAX_SET) for (const s of b.exact) exact.add(s);
    else exact = undefined;
    const u = usable(b);
    if (u === undefined || needs.size + u.size > MAX_WORDS) needsKnown = false;
    else for (const s of u) needs.add(s);
  }
  return { exact, needs: needsKnown ? needs : undefined };
}

function repeat(k: Known, min: number, max: number): Known {
  // Optional: its strings or nothing; repeated any number of times: no string is known.
  if (min === 0) return max === 1 && k.exact && k.exact.size < MAX_SET ? { exact: new Set([...k.exact, '']) } : NOTHING;
  if (min === 1 && max === 1) return k;
  // At least `min` times in a row: its strings that many times over, while they stay few.
  let times: ReadonlySet<string> | undefined = k.exact;
  for (let i = 1; i < min && times; i++) times = cross(times, k.exact as ReadonlySet<string>);
  const needs = usable({ exact: times, needs: k.needs });
  return min === max ? { exact: times, needs } : { needs };
}

/** A recursive-descent reader over a pattern's source. */
class Reader {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly fold: boolean,
  ) {}

  read(): Known {
    const k = this.alternatives();
    if (this.at !== this.src.length) throw new GiveUp();
    return k;
  }

  private alternatives(): Known {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Known) : alternation(branches);
  }

  private sequence(): Known {
    const parts: Known[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') parts.push(this.quantified(this.atom()));
    return concat(parts);
  }

  private quantified(k: Known): Known {
    const c = this.src[this.at];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return k; // a literal brace, read by atom() next time round
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
    } else return k;
    if (this.src[this.at] === '?') this.at++; // lazy: the same strings
    return repeat(k, min, max);
  }

  private literal(ch: string): Known {
    if (this.fold && isCasedNonAscii(ch)) throw new GiveUp();
    return { exact: new Set([this.fold ? ch.toLowerCase() : ch]) };
  }

  private atom(): Known {
    const c = this.src[this.at++] as string;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '.':
        return NOTHING;
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new GiveUp();
      default:
        return this.literal(c);
    }
  }

  private group(): Known {
    let lookaround = false;
    if (this.src.startsWith('?:', this.at)) this.at += 2;
    else if (this.src.startsWith('?=', this.at) || this.src.startsWith('?!', this.at)) {
      this.at += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.at) || this.src.startsWith('?<!', this.at)) {
      this.at += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.at)) {
      const close = this.src.indexOf('>', this.at);
      if (close < 0) throw new GiveUp();
      this.at = close + 1;
    } else if (this.src[this.at] === '?') throw new GiveUp();
    const inner = this.alternatives();
    if (this.src[this.at] !== ')') throw new GiveUp();
    this.at++;
    // A look-around matches no characters of its own: it adds no word.
    return lookaround ? EMPTY : inner;
  }

  /** One character of a class, or undefined for a class escape (\w, \s …) that stands for many. */
  private classChar(): string | undefined {
    const c = this.src[this.at++];
    if (c === undefined) throw new GiveUp();
    if (c !== '\\') return c;
    const e = this.src[this.at++];
    if (e === undefined) throw new GiveUp();
    if ('dDwWsS'.includes(e)) return undefined;
    return this.escapedChar(e);
  }

  private charClass(): Known {
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let many = false;
    while (this.src[this.at] !== ']') {
      if (this.at >= this.src.length) throw new GiveUp();
      const from = this.classChar();
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        this.at++;
        const to = this.classChar();
        if (from === undefined || to === undefined) throw new GiveUp();
        const span = (to.codePointAt(0) as number) - (from.codePointAt(0) as number);
        if (span < 0) throw new GiveUp();
        if (span > 8) many = true;
        else for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
        continue;
      }
      if (from === undefined) many = true;
      else chars.add(from);
    }
    this.at++; // ]
    if (negated || many || chars.size === 0 || chars.size > 8) return NOTHING;
    const out = new Set<string>();
    for (const ch of chars) {
      if (this.fold && isCasedNonAscii(ch)) return NOTHING;
      out.add(this.fold ? ch.toLowerCase() : ch);
    }
    return { exact: out };
  }

  /** The character an escape outside a class stands for (after the backslash). */
  private escapedChar(e: string): string {
    switch (e) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '0':
        // \0 followed by digits is a legacy octal escape (\012 is a line feed): not modelled.
        if (/[0-9]/.test(this.src[this.at] ?? '')) throw new GiveUp();
        return '\0';
      case 'b':
        return '\b'; // inside a class, \b is the backspace
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.at));
        if (!hex) throw new GiveUp();
        this.at += 2;
        return String.fromCharCode(parseInt(hex[0], 16));
      }
      case 'u': {
        const hex = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.at));
        if (!hex) throw new GiveUp();
        this.at += 4;
        return String.fromCharCode(parseInt(hex[0], 16));
      }
      default:
        // Back-references, \c, \k and \p are not modelled; any other escaped character is itself.
        if (/[1-9ckpPBdDwWsS]/.test(e)) throw new GiveUp();
        if (/[A-Za-z]/.test(e)) throw new GiveUp();
        return e;
    }
  }

  private escape(): Known {
    const e = this.src[this.at++];
    if (e === undefined) throw new GiveUp();
    if (e === 'b' || e === 'B') return EMPTY;
    if ('dDwWsS'.includes(e)) return NOTHING;
    return this.literal(this.escapedChar(e));
  }
}

/**
 * The words one of which every match of the pattern contains (lower-cased when it ignores case),
 * or undefined when no such set of words at least MIN_WORD_LENGTH long is known.
 */
export function requiredWords(pattern: RegExp): readonly string[] | undefined {
  if (/[uv]/.test(pattern.flags)) return undefined;
  try {
    const words = usable(new Reader(pattern.source, pattern.flags.includes('i')).read());
    if (words === undefined || words.size === 0 || shortest(words) < MIN_WORD_LENGTH) return undefined;
    return [...words];
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  }
}
