/**
 * The Bot Framework adapter: CloudAdapter with ConfigurationBotFrameworkAuthentication. With
 * an app id, every inbound request must carry a valid Bot Framework JWT; without one (local
 * mode) authentication is off. A failed turn gets a short apology; the log gets the error
 * without the message text.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type ServiceClientCredentialsFactory } from 'botframework-connector';

type Logic = (context: TurnContext) => Promise<void>;
import { ClientCachingAuthentication } from './client-cache.js';
import type { Config } from './config.js';
import { trimEmulatorIssuers } from './issuer-list.js';
import { describeError, type Logger } from './logger.js';
import { addOutboundDeadline, OutboundTimeoutError } from './outbound-deadline.js';

/** Errors jsonwebtoken throws for a token it rejects (bad signature, malformed, not active yet). */
const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder turns an expired token into a 401 but lets a bad signature escape as a plain error,
 * which CloudAdapter answers with 500. A forged request is an authentication failure: 401.
 */
export class DoctorAdapter extends CloudAdapter {
  /** A turn for an activity the host has already parsed and checked (see process-turn.ts). */
  runTurn(authorization: string, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }

  override processActivity(authHeader: string, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined>;
  override processActivity(authenticateRequestResult: AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined>;
  override async processActivity(auth: string | AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    try {
      return typeof auth === 'string' ? await super.processActivity(auth, activity, logic) : await super.processActivity(auth, activity, logic);
    } catch (error) {
      if (error instanceof Error && JWT_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized: ${error.message}`, 401);
      throw error;
    } finally {
      // Whatever the token was, the framework's issuer list goes back to its shipped size.
      trimEmulatorIssuers();
    }
  }
}

export function createAdapter(config: Config, log: Logger, credentialsFactory?: ServiceClientCredentialsFactory): DoctorAdapter {
  const options: Record<string, string | undefined> = {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
    ...config.botFrameworkAuth,
  };
  const auth = new ConfigurationBotFrameworkAuthentication(options as ConfigurationBotFrameworkAuthenticationOptions, credentialsFactory);
  const adapter = new DoctorAdapter(new ClientCachingAuthentication(auth, (client) => addOutboundDeadline(client, config.outboundTimeoutMs)));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    if (error instanceof OutboundTimeoutError) {
      // The channel is not answering: an apology would wait for the same deadline again.
      log.warn('outbound-timeout', { timeoutMs: error.timeoutMs, activityType: context.activity.type, channel: context.activity.channelId });
      return;
    }
    log.error('turn-error', { ...describeError(error), activityType: context.activity.type, channel: context.activity.channelId });
    try {
      if (context.activity.type === 'message') {
        await context.sendActivity('Sorry, something went wrong on my side while reading that. Please try again; if it keeps happening, paste a shorter part of the error.');
      }
    } catch (sendError) {
      log.error('turn-error-reply-failed', describeError(sendError));
    }
  };
  return adapter;
}
