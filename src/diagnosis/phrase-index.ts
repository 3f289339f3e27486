/**
 * One pass over a paste finds every registered phrase (Aho–Corasick), instead of one
 * `includes` scan per phrase per signal: the text is read once whatever the number of phrases.
 * Cause modules register their phrase lists at load time through the signal builders.
 *
 * Layout, chosen for a busy server where the tables are cold at the start of every turn: the
 * automaton is a full DFA (one table read per character, no failure-link loops) for the nodes a
 * few characters deep, where nearly all the reading happens, and for the ASCII characters, which
 * nearly all pastes are made of. Those rows stay narrow: the phrases in other scripts (Japanese,
 * Chinese, accented words) add hundreds of characters, which would widen every row. Any other
 * move — a deeper node, or a character outside ASCII — reads the node's few children in a sorted
 * run and falls back through failure links. A node with phrases ending there is marked in a byte
 * array, read once per character.
 */

/** Each registered phrase (lower case) and its ordinal, the order it was registered in. */
const registered = new Map<string, number>();
let automaton: Automaton | undefined;

/** Nodes up to this depth get a dense row. */
const DENSE_DEPTH = 4;

interface Automaton {
  /** Character class of each UTF-16 code unit below 128 (0: in no phrase). */
  readonly asciiClass: Uint8Array;
  /** Classes of the other code units that occur in phrases (all of them ≥ width). */
  readonly otherClass: ReadonlyMap<number, number>;
  /** Classes 0 … width-1 are ASCII characters: the columns of a dense row. */
  readonly width: number;
  /** Nodes 0..dense-1 (breadth-first, so the shallow ones) have a row of `width` moves in `table`. */
  readonly dense: number;
  readonly table: Uint16Array | Uint32Array;
  /** 1 where phrases end at the node (directly or through failure links). */
  readonly ends: Uint8Array;
  /** Children of node n: classes/targets[first[n] .. first[n + 1]), sorted by class. */
  readonly first: Int32Array;
  readonly childClass: Uint16Array;
  readonly childTarget: Int32Array;
  readonly fail: Int32Array;
  /** Phrases ending at each node, including those reached through failure links. */
  readonly out: (readonly string[] | undefined)[];
}

export function registerPhrases(phrases: readonly string[]): void {
  for (const p of phrases) {
    const lower = p.toLowerCase();
    if (lower && !registered.has(lower)) {
      registered.set(lower, registered.size);
      automaton = undefined;
    }
  }
}

/**
 * A paste's phrase look-up (lower-case phrase → does the paste hold it), with the one-pass finds by
 * ordinal when it has them: a caller holding ordinals (./word-gate.ts) then reads one byte each.
 */
export type PhraseLookup = ((lowerPhrase: string) => boolean) & { readonly found?: Uint8Array };

/** The ordinal of a registered phrase (0 … registeredCount() - 1), or undefined for any other text. */
export function phraseOrdinal(lowerPhrase: string): number | undefined {
  return registered.get(lowerPhrase);
}

export function registeredCount(): number {
  return registered.size;
}

function build(): Automaton {
  const asciiClass = new Uint8Array(128);
  const otherClass = new Map<number, number>();
  let classes = 1;
  // Sorted by code, so the ASCII characters take the first classes.
  for (const code of [...new Set([...registered.keys()].join(''))].map((ch) => ch.charCodeAt(0)).sort((a, b) => a - b)) {
    if (code < 128) asciiClass[code] = classes++;
    else if (!otherClass.has(code)) otherClass.set(code, classes++);
  }
  const width = Math.max(...asciiClass) + 1;
  const classOf = (code: number): number => (code < 128 ? (asciiClass[code] as number) : (otherClass.get(code) ?? 0));

  // The trie over character classes; renumbered breadth-first below so that ids grow with depth.
  const kids: Map<number, number>[] = [new Map()];
  const ends: string[][] = [[]];
  for (const p of registered.keys()) {
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = classOf(p.charCodeAt(i));
      let to = kids[node]?.get(c);
      if (to === undefined) {
        to = kids.length;
        kids.push(new Map());
        ends.push([]);
        kids[node]?.set(c, to);
      }
      node = to;
    }
    ends[node]?.push(p);
  }
  const order: number[] = [0];
  const depthOf: number[] = [0];
  for (let i = 0; i < order.length; i++) {
    const n = order[i] as number;
    for (const child of kids[n]?.values() ?? []) {
      depthOf[child] = (depthOf[n] as number) + 1;
      order.push(child);
    }
  }
  const id = new Int32Array(kids.length);
  order.forEach((n, i) => (id[n] = i));
  const count = order.length;
  const dense = order.filter((n) => (depthOf[n] as number) <= DENSE_DEPTH).length;

  const table = count <= 0x10000 ? new Uint16Array(dense * width) : new Uint32Array(dense * width);
  const fail = new Int32Array(count);
  const out: (string[] | undefined)[] = new Array<string[] | undefined>(count);
  const childOf = (n: number, c: number): number | undefined => {
    const k = kids[order[n] as number]?.get(c);
    return k === undefined ? undefined : (id[k] as number);
  };
  // The DFA move from node n on class c, through the dense rows already filled and failure links.
  const move = (n: number, c: number): number => {
    for (let at = n; ; at = fail[at] as number) {
      if (at < dense && c < width) return table[at * width + c] as number;
      const t = childOf(at, c);
      if (t !== undefined) return t;
      if (at === 0) return 0;
    }
  };
  // Breadth-first: a node's failure target is shallower, so its row, its link and its outputs
  // are ready when the node is reached.
  for (let n = 0; n < count; n++) {
    for (const [c, k] of kids[order[n] as number] ?? []) fail[id[k] as number] = n === 0 ? 0 : move(fail[n] as number, c);
    if (n < dense) for (let c = 0; c < width; c++) table[n * width + c] = childOf(n, c) ?? (n === 0 ? 0 : move(fail[n] as number, c));
  }
  const endsAt = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    const own = ends[order[n] as number] ?? [];
    const viaFail = n === 0 ? undefined : out[fail[n] as number];
    out[n] = own.length > 0 || viaFail ? [...own, ...(viaFail ?? [])] : undefined;
    if (out[n]) endsAt[n] = 1;
  }
  const first = new Int32Array(count + 1);
  let total = 0;
  for (let n = 0; n < count; n++) {
    first[n] = total;
    total += kids[order[n] as number]?.size ?? 0;
  }
  first[count] = total;
  const childClass = new Uint16Array(total);
  const childTarget = new Int32Array(total);
  for (let n = 0; n < count; n++) {
    const list = [...(kids[order[n] as number] ?? [])].map(([c, k]) => [c, id[k] as number] as const).sort((x, y) => x[0] - y[0]);
    list.forEach(([c, t], k) => {
      childClass[(first[n] as number) + k] = c;
      childTarget[(first[n] as number) + k] = t;
    });
  }
  return { asciiClass, otherClass, width, dense, table, ends: endsAt, first, childClass, childTarget, fail, out };
}

/** The child of node n on class c, or -1. */
function childOn(a: Automaton, n: number, c: number): number {
  let lo = a.first[n] as number;
  let hi = (a.first[n + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = a.childClass[mid] as number;
    if (m === c) return a.childTarget[mid] as number;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Every registered phrase that occurs in the (lower-cased) text, in the order first seen. */
export function findRegisteredPhrases(lower: string): Set<string> {
  const a = (automaton ??= build());
  const { asciiClass, otherClass, width, dense, table, ends, fail, out } = a;
  const found = new Set<string>();
  let node = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const c = code < 128 ? (asciiClass[code] as number) : (otherClass.get(code) ?? 0);
    if (c === 0) {
      // A character in no phrase: no phrase goes on through it.
      node = 0;
      continue;
    }
    if (node < dense && c < width) {
      // The common case: one read of a narrow row.
      node = table[node * width + c] as number;
    } else {
      for (;;) {
        const next = childOn(a, node, c);
        if (next >= 0) {
          node = next;
          break;
        }
        if (node === 0) break;
        node = fail[node] as number;
        if (node < dense && c < width) {
          node = table[node * width + c] as number;
          break;
        }
      }
    }
    if (ends[node] === 1) for (const p of out[node] as readonly string[]) found.add(p);
  }
  return found;
}
