/**
 * Wires the product together from a validated Config: permission sources, card renderer,
 * conversation, bot, adapter and HTTP host. Used by the entry point and by end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { DoctorBot } from '../bot/doctor-bot.js';
import { CardRenderer } from '../cards/render.js';
import { defaultPermissionsIndex } from '../permissions/default-index.js';
import { loadPermissionsFile } from '../permissions/permissions-file.js';
import type { PermissionSource } from '../permissions/requirement.js';
import { createAdapter } from './adapter.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createServer, type Host } from './server.js';

export interface App {
  readonly host: Host;
  readonly bot: DoctorBot;
  readonly permissionTemplates?: number;
}

export interface AppOptions {
  readonly now?: () => Date;
  /** Tests: outbound credentials without calling Microsoft Entra. */
  readonly credentialsFactory?: ServiceClientCredentialsFactory;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function createApp(config: Config, log: Logger, options: AppOptions = {}): App {
  // Microsoft's permissions data, loaded once at start: the shipped index, or a newer file.
  const permissions = config.permissionsFile ? loadPermissionsFile(config.permissionsFile) : defaultPermissionsIndex();
  const sources: PermissionSource[] = [permissions];
  const permissionTemplates = permissions.templateCount;
  const bot = new DoctorBot({
    renderer: new CardRenderer(),
    now: options.now ?? (() => new Date()),
    permissionSources: sources,
    privateChatUrl: config.appId ? `https://teams.microsoft.com/l/chat/0/0?users=28:${config.appId}` : undefined,
  });
  const adapter = createAdapter(config, log, options.credentialsFactory);
  const host = createServer({
    adapter,
    bot,
    log,
    maxBodyBytes: config.maxBodyBytes,
    maxTurnsInFlight: config.maxTurnsInFlight,
    authenticates: !config.localMode,
    version: packageVersion(),
  });
  return { host, bot, permissionTemplates };
}
