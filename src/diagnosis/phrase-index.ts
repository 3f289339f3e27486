/**
 * One pass over a paste finds every registered phrase (Aho–Corasick), instead of one
 * `includes` scan per phrase per signal: the text is read once whatever the number of phrases.
 * Cause modules register their phrase lists at load time through the signal builders.
 *
 * The automaton is stored compactly (each node's transitions in one sorted run of two typed
 * arrays, a dense table only for the root): a few hundred kilobytes of dense tables would fall
 * out of the CPU cache between turns of a busy server and cost more than they save.
 */

const registered = new Set<string>();
let automaton: Automaton | undefined;

interface Automaton {
  /** Transitions of node n are chars/targets[first[n] .. first[n+1]), sorted by char. */
  readonly first: Int32Array;
  readonly chars: Uint16Array;
  readonly targets: Int32Array;
  /** The root's transitions for every UTF-16 code unit below 128 (0 = stay at the root). */
  readonly root: Int32Array;
  readonly fail: Int32Array;
  /** Phrases ending at each node, including those reached through fail links. */
  readonly out: (readonly string[] | undefined)[];
}

export function registerPhrases(phrases: readonly string[]): void {
  for (const p of phrases) {
    const lower = p.toLowerCase();
    if (lower && !registered.has(lower)) {
      registered.add(lower);
      automaton = undefined;
    }
  }
}

export function isRegistered(lowerPhrase: string): boolean {
  return registered.has(lowerPhrase);
}

/** The child of `node` on char `c`, or -1. */
function step(a: Automaton, node: number, c: number): number {
  if (node === 0 && c < 128) {
    const t = a.root[c] as number;
    return t === 0 ? -1 : t;
  }
  let lo = a.first[node] as number;
  let hi = (a.first[node + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = a.chars[mid] as number;
    if (m === c) return a.targets[mid] as number;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function build(): Automaton {
  // A trie with Map children first, then flattened breadth-first into typed arrays.
  const kids: Map<number, number>[] = [new Map()];
  const ends: string[][] = [[]];
  for (const p of registered) {
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
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
  const n = kids.length;
  const first = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    first[i] = total;
    total += kids[i]?.size ?? 0;
  }
  first[n] = total;
  const chars = new Uint16Array(total);
  const targets = new Int32Array(total);
  for (let i = 0; i < n; i++) {
    const sorted = [...(kids[i] ?? new Map<number, number>())].sort((x, y) => x[0] - y[0]);
    sorted.forEach(([c, t], k) => {
      chars[(first[i] as number) + k] = c;
      targets[(first[i] as number) + k] = t;
    });
  }
  const root = new Int32Array(128);
  for (const [c, t] of kids[0] ?? []) if (c < 128) root[c] = t;
  const fail = new Int32Array(n);
  const out: (string[] | undefined)[] = ends.map((e) => (e.length > 0 ? e : undefined));
  const a: Automaton = { first, chars, targets, root, fail, out };
  const queue: number[] = [];
  for (const [, child] of kids[0] ?? []) queue.push(child);
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi] as number;
    for (const [c, child] of kids[node] ?? []) {
      let f = fail[node] as number;
      let t = step(a, f, c);
      while (t < 0 && f > 0) {
        f = fail[f] as number;
        t = step(a, f, c);
      }
      fail[child] = t > 0 && t !== child ? t : 0;
      const inherited = out[fail[child] as number];
      if (inherited) out[child] = [...(out[child] ?? []), ...inherited];
      queue.push(child);
    }
  }
  return a;
}

/** Every registered phrase that occurs in the (lower-cased) text, in the order first seen. */
export function findRegisteredPhrases(lower: string): Set<string> {
  const a = (automaton ??= build());
  const found = new Set<string>();
  let node = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let t = step(a, node, c);
    while (t < 0 && node > 0) {
      node = a.fail[node] as number;
      t = step(a, node, c);
    }
    node = t < 0 ? 0 : t;
    const o = a.out[node];
    if (o !== undefined) for (const p of o) found.add(p);
  }
  return found;
}
