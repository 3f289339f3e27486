/**
 * The HTTP host: restify with POST /api/messages (Bot Framework activities) and GET /healthz.
 * Rejects what is not a JSON activity before the bot sees it: wrong content type 415, bad
 * JSON 400, oversize 413. Logs one line per turn (no message text).
 */
import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { DoctorAdapter } from './adapter.js';
import type { DoctorBot } from '../bot/doctor-bot.js';
import { TURN_OUTCOME, type TurnOutcome } from '../bot/doctor-bot.js';
import type { Logger } from './logger.js';
import { describeError } from './logger.js';
import { processTurn } from './process-turn.js';

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

const ABOUT = [
  'Graph Auth Doctor',
  '',
  'A Microsoft Teams bot that diagnoses Microsoft Graph authorization errors (401, 403, AADSTS). Add it in Teams',
  'and paste the error, the request or the token you got: it names the documented cause and walks you through the fix.',
  'Privacy: /privacy. Terms of use: /terms.',
  '',
].join('\n');

export interface ServerDeps {
  readonly adapter: DoctorAdapter;
  readonly bot: DoctorBot;
  readonly log: Logger;
  readonly maxBodyBytes: number;
  readonly version: string;
}

export interface Host {
  readonly server: restify.Server;
  /** Stops accepting requests and resolves when in-flight turns have finished (or after timeoutMs). */
  shutdown(timeoutMs?: number): Promise<void>;
  inFlight(): number;
}

export function createServer(deps: ServerDeps): Host {
  const server = restify.createServer({ name: 'graph-auth-doctor', handleUncaughtExceptions: false });
  let inFlight = 0;
  let stopping = false;

  server.get('/healthz', (_req, res, next) => {
    res.send(stopping ? 503 : 200, { status: stopping ? 'stopping' : 'ok', ready: !stopping, version: deps.version, inFlight });
    return next();
  });

  // The manifest's website, privacy and terms links point here, so they always describe this deployment.
  server.get('/', (_req, res, next) => {
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.sendRaw(200, ABOUT);
    return next();
  });
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

  const requireJson: restify.RequestHandler = (req, res, next) => {
    if (!req.is('json')) {
      res.send(415, { error: 'UnsupportedMediaType', message: 'POST /api/messages takes application/json Bot Framework activities' });
      return next(false);
    }
    return next();
  };

  const requireActivity: restify.RequestHandler = (req, res, next) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: 'BadRequest', message: 'the body must be a Bot Framework activity (a JSON object with a type)' });
      return next(false);
    }
    return next();
  };

  server.post(
    '/api/messages',
    requireJson,
    restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false, mapFiles: false, rejectUnknown: true }),
    requireActivity,
    async (req: restify.Request, res: restify.Response) => {
      if (stopping) {
        res.send(503, { error: 'ServiceUnavailable', message: 'shutting down' });
        return;
      }
      inFlight++;
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
        inFlight--;
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

  // Errors restify raises itself (bad JSON, too large, unknown route) still get a JSON body.
  server.on('restifyError', (_req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    deps.log.debug('http-error', { errorName: err.name, status: err.statusCode });
    return callback();
  });

  return {
    server,
    inFlight: () => inFlight,
    async shutdown(timeoutMs = 10_000): Promise<void> {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await Promise.race([closed, new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())))]);
    },
  };
}
