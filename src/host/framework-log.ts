/**
 * What restify and botbuilder would print, routed into the one-JSON-line log without its
 * content. restify logs the whole request (headers with the bearer token, the raw body) when a
 * response cannot be formatted; botbuilder prints the channel's public keys and stack traces to
 * stderr on every forged token. Neither text is ever useful enough to risk: the log keeps that
 * something happened, where, and the error's type.
 */
import { describeError, type Logger } from './logger.js';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** The pino-shaped logger restify requires (options.log), reduced to event lines. */
export interface RestifyLog {
  readonly level: string;
  child(): RestifyLog;
  trace(...args: unknown[]): boolean | undefined;
  debug(...args: unknown[]): boolean | undefined;
  info(...args: unknown[]): boolean | undefined;
  warn(...args: unknown[]): boolean | undefined;
  error(...args: unknown[]): boolean | undefined;
  fatal(...args: unknown[]): boolean | undefined;
}

function errorIn(args: readonly unknown[]): unknown {
  for (const a of args) {
    if (a instanceof Error) return a;
    const err = typeof a === 'object' && a !== null ? (a as { err?: unknown }).err : undefined;
    if (err instanceof Error) return err;
  }
  return undefined;
}

export function restifyLog(log: Logger): RestifyLog {
  const at = (level: Level) => (...args: unknown[]): boolean | undefined => {
    // restify calls log.trace() with no arguments to ask whether tracing is on: it is not.
    if (args.length === 0) return false;
    if (level === 'trace' || level === 'debug' || level === 'info') return undefined;
    const error = errorIn(args);
    log.warn('http-framework', { source: 'restify', level, ...(error ? describeError(error) : {}) });
    return undefined;
  };
  const self: RestifyLog = { level: 'warn', child: () => self, trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), fatal: at('fatal') };
  return self;
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Replaces console.* for the whole process: a library line becomes one debug event carrying the
 * console method and, for an Error argument, its type and place. Returns the undo (for tests).
 * Our own code never writes to the console (logs go through Logger, the banner to stderr).
 */
export function routeConsole(log: Logger): () => void {
  const saved = CONSOLE_METHODS.map((m) => [m, console[m]] as const);
  for (const method of CONSOLE_METHODS) {
    console[method] = (...args: unknown[]): void => {
      const error = errorIn(args);
      log.debug('library-console', { method, ...(error ? describeError(error) : {}) });
    };
  }
  return () => {
    for (const [method, fn] of saved) console[method] = fn;
  };
}
