/**
 * The last line of defence for a long-running server: an exception or rejection nobody caught
 * (a stream 'error' without a listener, in our code or a library's) is logged as one JSON line
 * and the process keeps serving. Exiting would hand anyone who finds such a path a
 * one-request denial of service; every request path also answers its own errors, so what
 * reaches here is a bug to fix from the log, not a state to crash on.
 */
import { routeConsole } from './framework-log.js';
import { describeError, type Logger } from './logger.js';

export function guardProcess(log: Logger): () => void {
  const onException = (error: unknown): void => log.error('uncaught-exception', describeError(error));
  const onRejection = (error: unknown): void => log.error('unhandled-rejection', describeError(error));
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  const restoreConsole = routeConsole(log);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
    restoreConsole();
  };
}
