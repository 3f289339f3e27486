/**
 * A reading of the paste that several signals of one diagnosis ask for, done once: the result is
 * kept with the evidence object (a WeakMap, so it goes when the diagnosis does), `undefined`
 * results included.
 */
import type { Evidence } from './evidence/index.js';

/** Stands for a kept `undefined`, so that one lookup answers every repeated ask. */
const NONE: unique symbol = Symbol('none');

export function oncePerPaste<T>(read: (e: Evidence) => T): (e: Evidence) => T {
  const kept = new WeakMap<Evidence, T | typeof NONE>();
  return (e) => {
    const held = kept.get(e);
    if (held !== undefined) return held === NONE ? (undefined as T) : held;
    const value = read(e);
    kept.set(e, value === undefined ? NONE : value);
    return value;
  };
}
