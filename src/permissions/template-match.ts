/** Matches request segments against permission path templates ("{id}" = any one segment). */

export interface CompiledTemplate<T> {
  readonly template: string;
  readonly parts: readonly string[];
  readonly literals: number;
  readonly value: T;
}

export function compileTemplate<T>(template: string, value: T): CompiledTemplate<T> {
  const parts = template.toLowerCase().split('/').filter(Boolean);
  return { template: '/' + parts.join('/'), parts, literals: parts.filter((p) => !p.startsWith('{')).length, value };
}

export function matches(parts: readonly string[], segments: readonly string[]): boolean {
  if (parts.length !== segments.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    if (!p.startsWith('{') && p !== segments[i]) return false;
  }
  return true;
}

/** The most specific template (most literal segments) that matches, if any. */
export function bestMatch<T>(templates: readonly CompiledTemplate<T>[], segments: readonly string[]): CompiledTemplate<T> | undefined {
  let best: CompiledTemplate<T> | undefined;
  for (const t of templates) {
    if (matches(t.parts, segments) && (!best || t.literals > best.literals)) best = t;
  }
  return best;
}
