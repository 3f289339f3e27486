/**
 * Structured logs: one JSON object per line on stdout. Callers pass fields, never message
 * text or tokens; error objects are reduced to their name and a redacted message.
 */
import { redact } from '../token/redact.js';
import type { LogLevel } from './config.js';

const ORDER: Readonly<Record<LogLevel, number>> = { error: 0, warn: 1, info: 2, debug: 3 };

export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  error(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  debug(event: string, fields?: LogFields): void;
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const emit = (at: LogLevel, event: string, fields: LogFields = {}): void => {
    if (ORDER[at] > ORDER[level]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: at, event, ...fields })}\n`);
  };
  return {
    error: (e, f) => emit('error', e, f),
    warn: (e, f) => emit('warn', e, f),
    info: (e, f) => emit('info', e, f),
    debug: (e, f) => emit('debug', e, f),
  };
}

/**
 * An error for the log: its type and where it was thrown (file:line of the first frame), never
 * its message, which can quote the user's paste (a JSON parse error shows the text it choked on).
 */
export function describeError(error: unknown): { errorName: string; thrownAt?: string } {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const frame = /\(?((?:file:\/\/)?[^\s()]+:\d+):\d+\)?\s*$/m.exec((error.stack ?? '').split('\n')[1] ?? '');
  const at = frame?.[1]?.replace(/^.*\/(?=(?:src|dist|node_modules)\/)/, '');
  return { errorName: error.name, ...(at ? { thrownAt: redact(at) } : {}) };
}
