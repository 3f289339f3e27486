/**
 * The three shapes command output arrives in: JSON (az CLI, az rest, Graph, a portal export),
 * PowerShell's table format (a header line, a line of dashes, rows) and its list format
 * ("Name : value" lines, one blank line between objects). Each reader makes one pass over at
 * most MAX_OUTPUT characters, so any paste costs linear, bounded work.
 */
import { isRecord } from '../shared/is-record.js';

/** Pastes longer than this are read only up to here (the brief's bound: 64 KB). */
export const MAX_OUTPUT = 64 * 1024;
/** No command output this bot reads has more rows than this; more would only cost time. */
export const MAX_ROWS = 500;

export type Row = Readonly<Record<string, string>>;

export function bounded(text: string): string {
  return text.length > MAX_OUTPUT ? text.slice(0, MAX_OUTPUT) : text;
}

/**
 * The first JSON value in the text (an object or an array), tolerating what pasting adds:
 * a prompt or command line before it, text after it, and trailing commas (Microsoft's own
 * samples have them). Undefined when no JSON parses.
 */
export function readJson(text: string): unknown {
  const t = bounded(text);
  // JSON output starts a line; a "{app-id}" in a pasted command line before it does not.
  const first = /^[ \t]*[[{]/m.exec(t);
  if (!first) return undefined;
  const start = first.index + first[0].length - 1;
  const endObject = t.lastIndexOf('}');
  const endArray = t.lastIndexOf(']');
  const end = Math.max(endObject, endArray);
  if (end <= start) return undefined;
  const body = t.slice(start, end + 1);
  for (const candidate of [body, body.replace(/,(\s*[\]}])/g, '$1')]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next, more lenient form
    }
  }
  return undefined;
}

/** The objects of a JSON value: an array, Graph's { value: [...] }, or one object. */
export function jsonObjects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.filter(isRecord).slice(0, MAX_ROWS);
  if (isRecord(value)) {
    if (Array.isArray(value.value)) return value.value.filter(isRecord).slice(0, MAX_ROWS);
    return [value];
  }
  return [];
}

/** A property by name, any case (PowerShell prints PascalCase, Graph JSON camelCase). */
export function field(o: Readonly<Record<string, unknown>>, name: string): unknown {
  if (name in o) return o[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(o)) if (key.toLowerCase() === lower) return o[key];
  return undefined;
}

export function text(o: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const v = field(o, name);
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}

function lines(t: string): string[] {
  return bounded(t).split(/\r?\n/);
}

/** A dashes line under a header: groups of dashes separated by spaces ("--  ----- ---"). */
const DASHES = /^\s*-{2,}(?:\s+-{2,})*\s*$/;

/**
 * PowerShell's table format. Column boundaries come from the dashes line (each column starts
 * where its dashes start); cells are trimmed. Long values that PowerShell cut ("…" or "...")
 * are kept as printed; callers say when they cannot read them whole. Reads the first table.
 */
export function readTable(t: string): Row[] {
  const all = lines(t);
  const at = all.findIndex((l, i) => i > 0 && DASHES.test(l) && (all[i - 1] ?? '').trim().length > 0);
  if (at < 1) return [];
  const header = all[at - 1] as string;
  const dashes = all[at] as string;
  const starts: number[] = [];
  for (let i = 0; i < dashes.length; i++) if (dashes[i] === '-' && (i === 0 || dashes[i - 1] === ' ')) starts.push(i);
  const names = starts.map((s, k) => header.slice(s, starts[k + 1] ?? header.length).trim());
  if (names.some((n) => !n)) return [];
  const rows: Row[] = [];
  for (let i = at + 1; i < all.length && rows.length < MAX_ROWS; i++) {
    const line = all[i] as string;
    if (!line.trim()) {
      if (rows.length > 0) break;
      continue;
    }
    const row: Record<string, string> = {};
    starts.forEach((s, k) => {
      const end = starts[k + 1];
      // The last column takes the rest of the line (values such as scopes contain spaces).
      row[names[k] as string] = (end === undefined ? line.slice(s) : line.slice(s, end)).trim();
    });
    rows.push(row);
  }
  return rows;
}

/** "Name : value" (Format-List). Continuation lines (indented, no colon) extend the value. */
const LIST_LINE = /^([A-Za-z][A-Za-z0-9_.@]{0,60})\s*:\s?(.*)$/;

/** PowerShell's list format: one record per block of "Name : value" lines. */
export function readList(t: string): Row[] {
  const rows: Row[] = [];
  let current: Record<string, string> | undefined;
  let last: string | undefined;
  for (const line of lines(t)) {
    if (rows.length >= MAX_ROWS) break;
    if (!line.trim()) {
      if (current) rows.push(current);
      current = undefined;
      last = undefined;
      continue;
    }
    const m = LIST_LINE.exec(line);
    if (m) {
      current ??= {};
      last = m[1] as string;
      current[last] = (m[2] ?? '').trim();
    } else if (current && last && /^\s{2,}\S/.test(line)) {
      current[last] = `${current[last] ?? ''} ${line.trim()}`.trim();
    }
  }
  if (current && rows.length < MAX_ROWS) rows.push(current);
  // A block with one "Name : value" line is prose, not an object.
  return rows.filter((r) => Object.keys(r).length >= 2);
}

/** The rows of whichever shape the text has: JSON objects first, then a table, then a list. */
export function readRows(t: string): { rows: Record<string, unknown>[]; format: 'json' | 'table' | 'list' } | undefined {
  const json = readJson(t);
  const objects = jsonObjects(json);
  if (objects.length > 0) return { rows: objects, format: 'json' };
  if (Array.isArray(json) && json.length === 0) return { rows: [], format: 'json' };
  const table = readTable(t);
  if (table.length > 0) return { rows: table, format: 'table' };
  const list = readList(t);
  if (list.length > 0) return { rows: list, format: 'list' };
  return undefined;
}

/** PowerShell cut the value to fit the column ("Notes.Re..." / "{User.Read, Mail.Re…}"). */
export function isCut(value: string): boolean {
  return /(?:\.\.\.|…)\}?$/.test(value);
}

/** A PowerShell collection as printed ("{a, b}") or a JSON array, as strings. */
export function listValue(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter(Boolean);
  if (typeof v !== 'string') return [];
  const inner = v.trim().replace(/^\{/, '').replace(/\}$/, '');
  return inner.split(/,\s*/).map((x) => x.trim()).filter(Boolean);
}
