/**
 * One pass over a paste finds every registered phrase (Aho–Corasick), instead of one
 * `includes` scan per phrase per signal: the text is read once whatever the number of phrases.
 * Cause modules register their phrase lists at load time through the signal builders.
 */

const registered = new Set<string>();
let automaton: Automaton | undefined;

interface Automaton {
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
  const queue: number[] = [];
  for (const child of next[0]?.values() ?? []) queue.push(child);
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi] as number;
    for (const [c, child] of next[node] ?? []) {
      let f = fail[node] as number;
      while (f > 0 && !next[f]?.has(c)) f = fail[f] as number;
      const target = next[f]?.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const inherited = outSets[fail[child] as number] ?? [];
      if (inherited.length > 0) outSets[child] = [...(outSets[child] ?? []), ...inherited];
      queue.push(child);
    }
  }
  return { next, fail, out: outSets };
}

/** Every registered phrase that occurs in the (lower-cased) text. */
export function findRegisteredPhrases(lower: string): Set<string> {
  const a = (automaton ??= build());
  const found = new Set<string>();
  let node = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let to = a.next[node]?.get(c);
    while (to === undefined && node > 0) {
      node = a.fail[node] as number;
      to = a.next[node]?.get(c);
    }
    node = to ?? 0;
    const out = a.out[node];
    if (out && out.length > 0) for (const p of out) found.add(p);
  }
  return found;
}
