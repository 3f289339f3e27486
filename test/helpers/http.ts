/** Real HTTP on loopback: start the app on an ephemeral port and post Teams-shaped activities. */
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../../src/host/app.js';
import type { Host } from '../../src/host/server.js';
import { loadConfig } from '../../src/host/config.js';
import { createLogger } from '../../src/host/logger.js';
import { NOW } from './tokens.js';

export interface Running {
  readonly url: string;
  readonly logs: string[];
  readonly host: Host;
  close(): Promise<void>;
}

export async function startApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<Running> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env });
  const logs: string[] = [];
  const app = createApp(config, createLogger(config.logLevel, (l) => logs.push(l)), { now: () => NOW, ...options });
  await new Promise<void>((resolve) => app.host.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = app.host.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, logs, host: app.host, close: () => app.host.shutdown(2000) };
}

let seq = 0;

export function activity(fields: Record<string, unknown> = {}): Record<string, unknown> {
  seq++;
  return {
    type: 'message',
    id: `act-${seq}`,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/teams/',
    from: { id: '29:user-1', name: 'Ada', aadObjectId: '00000000-0000-4000-8000-000000000001' },
    recipient: { id: '28:bot', name: 'Graph Auth Doctor' },
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 't1' },
    channelData: { tenant: { id: 't1' } },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; text: string }> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

export type Reply = { type: string; text?: string; summary?: string; attachments?: { contentType: string; content: Record<string, unknown> }[]; value?: { status: number; body: Record<string, unknown> } };

export function replies(json: unknown): Reply[] {
  return ((json as { activities?: Reply[] })?.activities ?? []) as Reply[];
}

export function cardIds(json: unknown): string[] {
  return replies(json).flatMap((a) => (a.attachments ?? []).map((x) => String(x.content.id)));
}

/** The parsed log lines with the given event name. */
export function logEvents(logs: readonly string[], event: string): Record<string, unknown>[] {
  return logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === event);
}
