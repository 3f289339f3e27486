/**
 * The one reader of process.env: reads, validates and types the configuration once. A bad
 * value stops the start with one line that names the variable.
 */

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** No app id: local mode (no inbound authentication, loopback only). */
  readonly localMode: boolean;
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType: AppType;
  readonly tenantId?: string;
  readonly logLevel: LogLevel;
  readonly maxBodyBytes: number;
  /** Turns served at once; past it POST /api/messages answers 503 and /healthz says not ready. */
  readonly maxTurnsInFlight: number;
  /** Deadline for each outbound call to the channel (a reply), the token it needs included. */
  readonly outboundTimeoutMs: number;
  readonly permissionsFile?: string;
  /** Passed through to ConfigurationBotFrameworkAuthentication (endpoint overrides for tests and clouds). */
  readonly botFrameworkAuth: Readonly<Record<string, string>>;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const APP_TYPES: readonly AppType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];
const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug'];
/** Bot Framework authentication keys passed through as they are (all or none: see facts §5). */
const AUTH_PASSTHROUGH = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'OAuthUrl',
  'CallerId',
  'ValidateAuthority',
  'ChannelService',
  'CertificateThumbprint',
  'CertificatePrivateKey',
] as const;

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
export const DEFAULT_MAX_TURNS_IN_FLIGHT = 64;
export const DEFAULT_OUTBOUND_TIMEOUT_MS = 15_000;

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

function blank(v: string | undefined): v is undefined {
  return v === undefined || v.trim() === '';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (blank(raw)) return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw.trim());
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3978, 0, 65535);
  const host = blank(env.HOST) ? '127.0.0.1' : env.HOST.trim();
  const appId = blank(env.MicrosoftAppId) ? undefined : env.MicrosoftAppId.trim();
  const appPassword = blank(env.MicrosoftAppPassword) ? undefined : env.MicrosoftAppPassword;
  const appTypeRaw = blank(env.MicrosoftAppType) ? 'MultiTenant' : env.MicrosoftAppType.trim();
  const appType = APP_TYPES.find((t) => t.toLowerCase() === appTypeRaw.toLowerCase());
  if (!appType) throw new ConfigError('MicrosoftAppType', `must be one of ${APP_TYPES.join(', ')}, got "${appTypeRaw}"`);
  const tenantId = blank(env.MicrosoftAppTenantId) ? undefined : env.MicrosoftAppTenantId.trim();
  if (appId !== undefined && !GUID.test(appId)) throw new ConfigError('MicrosoftAppId', 'must be the bot\'s Microsoft Entra application (client) id, a GUID');
  if (tenantId !== undefined && !GUID.test(tenantId)) throw new ConfigError('MicrosoftAppTenantId', 'must be a tenant id (GUID)');
  if (appId !== undefined) {
    if (appType === 'SingleTenant' && !tenantId) throw new ConfigError('MicrosoftAppTenantId', 'is required when MicrosoftAppType is SingleTenant');
    if (appType === 'UserAssignedMSI') {
      if (!tenantId) throw new ConfigError('MicrosoftAppTenantId', 'is required when MicrosoftAppType is UserAssignedMSI');
      if (appPassword) throw new ConfigError('MicrosoftAppPassword', 'must be empty when MicrosoftAppType is UserAssignedMSI');
    } else if (!appPassword && blank(env.CertificateThumbprint)) {
      throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set (or use a certificate)');
    }
  }
  const localMode = appId === undefined;
  if (localMode && !isLoopback(host)) {
    throw new ConfigError('HOST', `"${host}" is not a loopback address; without MicrosoftAppId the bot runs unauthenticated and only listens on loopback (127.0.0.1, ::1, localhost)`);
  }
  const levelRaw = blank(env.LOG_LEVEL) ? 'info' : env.LOG_LEVEL.trim().toLowerCase();
  const logLevel = LOG_LEVELS.find((l) => l === levelRaw);
  if (!logLevel) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const maxBodyBytes = integer(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 4096, 4 * 1024 * 1024);
  const maxTurnsInFlight = integer(env, 'MAX_TURNS_IN_FLIGHT', DEFAULT_MAX_TURNS_IN_FLIGHT, 1, 10_000);
  const outboundTimeoutMs = integer(env, 'OUTBOUND_TIMEOUT_MS', DEFAULT_OUTBOUND_TIMEOUT_MS, 50, 120_000);
  const permissionsFile = blank(env.GRAPH_PERMISSIONS_FILE) ? undefined : env.GRAPH_PERMISSIONS_FILE.trim();
  const botFrameworkAuth: Record<string, string> = {};
  for (const key of AUTH_PASSTHROUGH) {
    const v = env[key];
    if (!blank(v)) botFrameworkAuth[key] = v;
  }
  return { port, host, localMode, appId, appPassword, appType, tenantId, logLevel, maxBodyBytes, maxTurnsInFlight, outboundTimeoutMs, permissionsFile, botFrameworkAuth };
}
