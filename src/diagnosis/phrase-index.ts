/**
 * One pass over a paste finds every registered phrase (Aho–Corasick), instead of one
 * `includes` scan per phrase per signal: the text is read once whatever the number of phrases.
 * Cause modules register their phrase lists at load time through the signal builders.
 */

const registered = new Set<string>();
let automaton: Automaton | undefined;

interface Automaton {
  /** Dense transitions for ASCII: delta[node * 128 + charCode] is the next node (a full DFA). */
  readonly delta: Int32Array;
  readonly next: Map<number, number>[];
  readonly fail: number[];
  /** Phrases ending at each node, including those reached through fail links. */
  readonly out: (readonly string[])[];
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

function build(): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const outSets: string[][] = [[]];
  for (const p of registered) {
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let to = next[node]?.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        outSets.push([]);
        next[node]?.set(c, to);
      }
      node = to;
    }
    outSets[node]?.push(p);
  }
  const fail = new Array<number>(next.length).fill(0);
  const delta = new Int32Array(next.length * 128);
  // Breadth-first: a node's fail link and ASCII transitions are final before its children's.
  const queue: number[] = [0];
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi] as number;
    const f = fail[node] as number;
    for (let c = 0; c < 128; c++) {
      const child = next[node]?.get(c);
      if (child !== undefined) delta[node * 128 + c] = child;
      else delta[node * 128 + c] = node === 0 ? 0 : (delta[f * 128 + c] as number);
    }
    for (const [c, child] of next[node] ?? []) {
      if (node === 0) fail[child] = 0;
      else if (c < 128) fail[child] = delta[f * 128 + c] as number;
      else {
        let g = f;
        while (g > 0 && !next[g]?.has(c)) g = fail[g] as number;
        const target = next[g]?.get(c);
        fail[child] = target !== undefined && target !== child ? target : 0;
      }
      const inherited = outSets[fail[child] as number] ?? [];
      if (inherited.length > 0) outSets[child] = [...(outSets[child] ?? []), ...inherited];
      queue.push(child);
    }
  }
  return { delta, next, fail, out: outSets };
}

/** Every registered phrase that occurs in the (lower-cased) text. */
export function findRegisteredPhrases(lower: string): Set<string> {
  const a = (automaton ??= build());
  const found = new Set<string>();
  const { delta, next, fail, out } = a;
  let node = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) {
      node = delta[node * 128 + c] as number;
    } else {
      // Rare non-ASCII characters (localized phrases) walk the trie with fail links.
      let to = next[node]?.get(c);
      while (to === undefined && node > 0) {
        node = fail[node] as number;
        to = next[node]?.get(c);
      }
      node = to ?? 0;
    }
    const o = out[node];
    if (o !== undefined && o.length > 0) for (const p of o) found.add(p);
  }
  return found;
}
