/**
 * A reading of the paste that several signals of one diagnosis ask for, done once: the result is
 * kept with the evidence object (a WeakMap, so it goes when the diagnosis does), `undefined`
 * results included.
 */
import type { Evidence } from './evidence/index.js';

export function oncePerPaste<T>(read: (e: Evidence) => T): (e: Evidence) => T {
  const kept = new WeakMap<Evidence, T>();
  return (e) => {
    if (kept.has(e)) return kept.get(e) as T;
    const value = read(e);
    kept.set(e, value);
    return value;
  };
}
