/**
 * A card template compiled once into plain functions. adaptivecards-templating interprets each
 * `${…}` through adaptive-expressions on every expansion; for the small subset of the
 * templating language our cards use — property paths, `exists(p)`, `count(p) > n`, `!p`, `$data`
 * repetition and `$when` — a compiled closure does the same work in a fraction of the time.
 * Templates that use anything else are not compiled (compileTemplate returns undefined) and the
 * renderer keeps adaptivecards-templating for them. A test proves both give identical cards.
 */

interface Scope {
  readonly root: unknown;
  readonly data: unknown;
  readonly index: number;
}

type Expr = (s: Scope) => unknown;

/** What a node expands to when its $when is false: nothing. */
const OMIT: unique symbol = Symbol('omit');
/** What a `$data` node over an array expands to: one value per item, spread into the parent. */
class Many {
  constructor(readonly values: unknown[]) {}
}
/**
 * A compiled JSON node: its value, OMIT, or Many. Most nodes expand to exactly one value, so
 * they return it as is: wrapping every value in an array cost an allocation per card element.
 */
type Node = (s: Scope) => unknown;

class Unsupported extends Error {}

const IDENT = /^[$A-Za-z_][A-Za-z0-9_]*$/;

function get(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function compilePath(src: string): Expr {
  const parts = src.split('.');
  if (!parts.every((p) => IDENT.test(p))) throw new Unsupported(src);
  const [head, ...rest] = parts as [string, ...string[]];
  const start: Expr =
    head === '$root' ? (s) => s.root : head === '$data' ? (s) => s.data : head === '$index' ? (s) => s.index : (s) => get(s.data, head);
  if (rest.length === 0) return start;
  return (s) => {
    let v = start(s);
    for (const k of rest) v = get(v, k);
    return v;
  };
}

function compileExpr(source: string): Expr {
  const src = source.trim();
  let m: RegExpExecArray | null;
  if ((m = /^!\s*([$A-Za-z_][\w.]*)$/.exec(src))) {
    const p = compilePath(m[1] as string);
    return (s) => !p(s);
  }
  if ((m = /^exists\(\s*([$A-Za-z_][\w.]*)\s*\)$/.exec(src))) {
    const p = compilePath(m[1] as string);
    return (s) => p(s) !== undefined && p(s) !== null;
  }
  if ((m = /^count\(\s*([$A-Za-z_][\w.]*)\s*\)\s*(>|>=|==|<|<=)\s*(\d+)$/.exec(src))) {
    const p = compilePath(m[1] as string);
    const op = m[2];
    const n = Number(m[3]);
    const count = (s: Scope): number => {
      const v = p(s);
      return Array.isArray(v) || typeof v === 'string' ? v.length : 0;
    };
    if (op === '>') return (s) => count(s) > n;
    if (op === '>=') return (s) => count(s) >= n;
    if (op === '==') return (s) => count(s) === n;
    if (op === '<') return (s) => count(s) < n;
    return (s) => count(s) <= n;
  }
  return compilePath(src);
}

/** Splits "a ${x} b ${y}" into literal text and expressions; braces inside expressions are not used. */
function compileString(str: string): Expr | string {
  if (!str.includes('${')) return str;
  const whole = /^\$\{([^{}]*)\}$/.exec(str);
  if (whole) {
    const e = compileExpr(whole[1] as string);
    // An unresolved binding stays as written, as adaptivecards-templating leaves it.
    return (s) => {
      const v = e(s);
      return v === undefined || v === null ? str : v;
    };
  }
  const parts: (string | { src: string; e: Expr })[] = [];
  let rest = str;
  for (;;) {
    const at = rest.indexOf('${');
    if (at < 0) break;
    const end = rest.indexOf('}', at);
    if (end < 0) throw new Unsupported(str);
    if (at > 0) parts.push(rest.slice(0, at));
    const src = rest.slice(at + 2, end);
    if (src.includes('{')) throw new Unsupported(str);
    parts.push({ src, e: compileExpr(src) });
    rest = rest.slice(end + 1);
  }
  if (rest) parts.push(rest);
  return (s) => {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') out += p;
      else {
        const v = p.e(s);
        out += v === undefined || v === null ? `\${${p.src}}` : typeof v === 'object' ? JSON.stringify(v) : String(v);
      }
    }
    return out;
  };
}

function compileNode(json: unknown): Node {
  if (typeof json === 'string') {
    const c = compileString(json);
    return typeof c === 'string' ? () => c : c;
  }
  if (Array.isArray(json)) {
    const items = json.map(compileNode);
    return (s) => {
      const out: unknown[] = [];
      for (let i = 0; i < items.length; i++) {
        const v = (items[i] as Node)(s);
        if (v === OMIT) continue;
        if (v instanceof Many) for (const x of v.values) out.push(x);
        else out.push(v);
      }
      return out;
    };
  }
  if (json === null || typeof json !== 'object') return () => json;
  const obj = json as Record<string, unknown>;
  const whenSrc = obj.$when;
  const dataSrc = obj.$data;
  const when = typeof whenSrc === 'string' ? compileString(whenSrc) : undefined;
  const data = typeof dataSrc === 'string' ? compileString(dataSrc) : dataSrc !== undefined ? () => dataSrc : undefined;
  if (whenSrc !== undefined && typeof whenSrc !== 'string') throw new Unsupported('$when');
  const entries = Object.entries(obj).filter(([k]) => k !== '$when' && k !== '$data');
  // Parallel arrays and an index loop: this runs for every object of every card.
  const keys = entries.map(([k]) => compileString(k));
  const nodes = entries.map(([, v]) => compileNode(v));
  const build = (s: Scope): unknown => {
    if (when !== undefined) {
      const w = typeof when === 'string' ? when : when(s);
      if (w !== true && w !== 'true') return OMIT;
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < nodes.length; i++) {
      const k = keys[i] as string | Expr;
      const v = (nodes[i] as Node)(s);
      // A property whose value expands to nothing (or to several) keeps the first value or none,
      // as adaptivecards-templating does.
      out[typeof k === 'string' ? k : String(k(s))] = v === OMIT ? undefined : v instanceof Many ? v.values[0] : v;
    }
    return out;
  };
  if (!data) return build;
  return (s) => {
    const d = typeof data === 'function' ? data(s) : data;
    if (Array.isArray(d)) {
      const out: unknown[] = [];
      d.forEach((item, index) => {
        const v = build({ root: s.root, data: item, index });
        if (v !== OMIT) out.push(v);
      });
      return new Many(out);
    }
    return build({ root: s.root, data: d, index: 0 });
  };
}

export type CompiledTemplate = (root: unknown) => Record<string, unknown>;

/** Compiles a template, or returns undefined when it uses more than the supported subset. */
export function compileTemplate(template: object): CompiledTemplate | undefined {
  try {
    const node = compileNode(template);
    return (root) => {
      const v = node({ root, data: root, index: 0 });
      return (v === OMIT ? undefined : v instanceof Many ? v.values[0] : v) as Record<string, unknown>;
    };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
