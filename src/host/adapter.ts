/**
 * The Bot Framework adapter: CloudAdapter with ConfigurationBotFrameworkAuthentication. With
 * an app id, every inbound request must carry a valid Bot Framework JWT; without one (local
 * mode) authentication is off. A failed turn gets a short apology; the log gets the error
 * without the message text.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from './config.js';
import { describeError, type Logger } from './logger.js';

export function createAdapter(config: Config, log: Logger, credentialsFactory?: ServiceClientCredentialsFactory): CloudAdapter {
  const options: Record<string, string | undefined> = {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
    ...config.botFrameworkAuth,
  };
  const auth = new ConfigurationBotFrameworkAuthentication(options as ConfigurationBotFrameworkAuthenticationOptions, credentialsFactory);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
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
