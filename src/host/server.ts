/**
 * The HTTP host: restify with POST /api/messages (Bot Framework activities) and GET /healthz.
 * Every request to /api/messages passes, in order: admission (503 with Retry-After while
 * draining or when MAX_TURNS_IN_FLIGHT requests are already being served), content type (415),
 * the body within its limits (body-reader.ts: 413/415/400), the activity's shape (400) and, with
 * authentication on, the bearer token's shape (401) — all before botbuilder sees the request.
 * Logs one line per turn (no message text). restify's own logger is replaced (framework-log.ts).
 */
import type { Server as HttpServer } from 'node:http';
import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import { activityProblem } from './activity-shape.js';
import type { DoctorAdapter } from './adapter.js';
import { bearerProblem } from './bearer-shape.js';
import { jsonBody } from './body-reader.js';
import type { DoctorBot } from '../bot/doctor-bot.js';
import { TURN_OUTCOME, type TurnOutcome } from '../bot/doctor-bot.js';
import { restifyLog } from './framework-log.js';
import type { Logger } from './logger.js';
import { describeError } from './logger.js';
import { processTurn } from './process-turn.js';

/** Seconds a client is asked to wait: a busy instance frees a slot within a turn or two. */
const RETRY_AFTER_BUSY_S = 1;
/** While draining the instance is going away: come back (to another instance) a little later. */
const RETRY_AFTER_DRAINING_S = 5;

const PRIVACY = [
  'Graph Auth Doctor: privacy',
  '',
  'What you paste is read in memory to diagnose it and is not stored. Access tokens are only decoded locally: never',
  'sent anywhere, logged or stored, and their claims are never shown in group chats or channels.',
  'The service logs one line per message with the message type, the outcome and the cause it found, never the text.',
  'Card buttons carry the few facts needed for the next step inside the card itself; there is no conversation store.',
  '',
].join('\n');

const TERMS = [
  'Graph Auth Doctor: terms of use',
  '',
  'The diagnosis is guidance based on Microsoft\'s documented causes of Microsoft Graph authorization errors;',
  'verify each step in your tenant before changing permissions, roles or policies. Provided as is, without warranty.',
  '',
].join('\n');

export interface ServerDeps {
  readonly adapter: DoctorAdapter;
  readonly bot: DoctorBot;
  readonly log: Logger;
  readonly maxBodyBytes: number;
  readonly maxTurnsInFlight: number;
  /** Inbound requests must carry a Bot Framework token (not local mode): its shape is checked first. */
  readonly authenticates: boolean;
  readonly version: string;
}

export interface Host {
  readonly server: restify.Server;
  /**
   * Drains: from now on /healthz answers 503 and new turns get 503, while the turns in flight
   * finish; then the listener closes. Resolves when they have (or after timeoutMs).
   */
  shutdown(timeoutMs?: number): Promise<void>;
  inFlight(): number;
}

export function createServer(deps: ServerDeps): Host {
  const server = restify.createServer({ name: 'graph-auth-doctor', handleUncaughtExceptions: false, log: restifyLog(deps.log) as unknown as restify.ServerOptions['log'] });
  let inFlight = 0;
  let draining = false;
  let whenIdle: (() => void) | undefined;

  const state = (): 'ok' | 'saturated' | 'draining' => (draining ? 'draining' : inFlight >= deps.maxTurnsInFlight ? 'saturated' : 'ok');

  server.get('/healthz', (_req, res, next) => {
    const now = state();
    res.send(now === 'ok' ? 200 : 503, { status: now, ready: now === 'ok', version: deps.version, inFlight, maxTurnsInFlight: deps.maxTurnsInFlight });
    return next();
  });

  // The manifest's privacy and terms links point here, so they always describe this deployment.
  server.get('/privacy', (_req, res, next) => {
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.sendRaw(200, PRIVACY);
    return next();
  });
  server.get('/terms', (_req, res, next) => {
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.sendRaw(200, TERMS);
    return next();
  });

  /** Takes a slot for the whole life of the request (body, turn, reply); the response's end frees it. */
  const admit: restify.RequestHandler = (_req, res, next) => {
    const now = state();
    if (now !== 'ok') {
      res.setHeader('retry-after', String(now === 'draining' ? RETRY_AFTER_DRAINING_S : RETRY_AFTER_BUSY_S));
      res.setHeader('connection', 'close');
      res.send(503, { error: 'ServiceUnavailable', message: now === 'draining' ? 'this instance is shutting down' : `busy: ${deps.maxTurnsInFlight} turns in flight` });
      deps.log.debug('turn-refused', { reason: now });
      return next(false);
    }
    inFlight++;
    let released = false;
    res.once('close', () => {
      if (released) return;
      released = true;
      inFlight--;
      if (inFlight === 0) whenIdle?.();
    });
    return next();
  };

  const requireJson: restify.RequestHandler = (req, res, next) => {
    if (!req.is('json')) {
      res.send(415, { error: 'UnsupportedMediaType', message: 'POST /api/messages takes application/json Bot Framework activities' });
      return next(false);
    }
    return next();
  };

  const requireActivity: restify.RequestHandler = (req, res, next) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: 'BadRequest', message: problem });
      return next(false);
    }
    return next();
  };

  /** With authentication on, only a plausible Bot Framework token reaches botbuilder (bearer-shape.ts). */
  const requireBearerShape: restify.RequestHandler = (req, res, next) => {
    if (!deps.authenticates) return next();
    const header = req.headers.authorization;
    const problem = typeof header === 'string' ? bearerProblem(header) : 'missing';
    if (problem) {
      deps.log.debug('auth-refused', { reason: problem });
      res.send(401, { error: 'Unauthorized', message: 'the request does not carry a valid Bot Framework token' });
      return next(false);
    }
    return next();
  };

  server.post(
    '/api/messages',
    admit,
    requireJson,
    jsonBody({ maxBytes: deps.maxBodyBytes }),
    requireActivity,
    requireBearerShape,
    async (req: restify.Request, res: restify.Response) => {
      const started = performance.now();
      let activityType = 'unknown';
      let channel: string | undefined;
      let outcome: TurnOutcome | undefined;
      try {
        await processTurn(deps.adapter, req, res, async (context: TurnContext) => {
          activityType = context.activity.type;
          channel = context.activity.channelId;
          await deps.bot.run(context);
          outcome = context.turnState.get(TURN_OUTCOME) as TurnOutcome | undefined;
        });
      } catch (error) {
        deps.log.error('request-failed', describeError(error));
        if (!res.headersSent) res.send(500, { error: 'InternalError' });
      } finally {
        deps.log.info('turn', {
          activityType,
          channel,
          status: res.statusCode,
          outcome: outcome?.outcome,
          causeId: outcome?.causeId,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        });
      }
    },
  );

  // Errors restify raises itself (unknown route, wrong method) still get a JSON body.
  server.on('restifyError', (_req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    deps.log.debug('http-error', { errorName: err.name, status: err.statusCode });
    return callback();
  });

  return {
    server,
    inFlight: () => inFlight,
    async shutdown(timeoutMs = 10_000): Promise<void> {
      draining = true;
      const deadline = Date.now() + timeoutMs;
      const remaining = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())).unref());
      // The listener stays open while draining, so health checks see 503 rather than a refused connection.
      if (inFlight > 0) await Promise.race([new Promise<void>((resolve) => (whenIdle = resolve)), remaining()]);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.race([closed, remaining()]);
      // Keep-alive sockets of health checkers would otherwise hold the close.
      (server.server as HttpServer).closeAllConnections();
    },
  };
}
