/**
 * Entry point (npm start): read the configuration, build the app, listen, and drain on
 * SIGTERM/SIGINT (health 503, turns in flight finish, then exit). A configuration error ends the
 * start with one line naming the variable.
 */
import { createApp } from './host/app.js';
import { ConfigError, loadConfig } from './host/config.js';
import { createLogger, describeError } from './host/logger.js';
import { guardProcess } from './host/process-guard.js';
import { PermissionsFileError } from './permissions/permissions-file.js';

function start(): void {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`graph-auth-doctor: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  // From here on, stdout carries only JSON log lines and nothing uncaught ends the process.
  guardProcess(log);
  let app;
  try {
    app = createApp(config, log);
  } catch (error) {
    if (error instanceof PermissionsFileError) {
      process.stderr.write(`graph-auth-doctor: configuration error: GRAPH_PERMISSIONS_FILE: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const { host } = app;
  host.server.listen(config.port, config.host, () => {
    const address = host.server.address();
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}/api/messages`;
    if (config.localMode) {
      process.stderr.write(
        [
          '',
          '  ┌──────────────────────────────────────────────────────────────────────┐',
          '  │  LOCAL MODE: inbound authentication is OFF (no MicrosoftAppId set).   │',
          '  │  Listening on loopback only. Do not expose this port.                 │',
          '  └──────────────────────────────────────────────────────────────────────┘',
          '',
        ].join('\n'),
      );
    }
    log.info('listening', { url, localMode: config.localMode, permissionsFileTemplates: app.permissionTemplates });
    // For the person at the terminal; stdout stays one JSON object per line for log collectors.
    process.stderr.write(`graph-auth-doctor listening on ${url} (health: /healthz)\n`);
  });
  host.server.on('error', (error: Error) => {
    log.error('server-error', describeError(error));
    process.exit(1);
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('shutdown', { signal, inFlight: host.inFlight() });
    void host.shutdown(10_000).then(() => {
      log.info('stopped', {});
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

start();
