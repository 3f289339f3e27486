/**
 * Loopback stand-ins for the Bot Framework's side: an OpenID metadata + JWKS endpoint whose key
 * signs channel tokens (jose, RS256), and connectors that answer, hold or never answer replies.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { MicrosoftAppCredentials, ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';

export const APP_ID = '3d4e5f60-7182-4394-a5b6-c7d8e9f0a1b2';
export const ISSUER = 'https://api.botframework.com';
export const KID = 'test-signing-key';

export interface Listening {
  readonly server: Server;
  readonly url: string;
  close(): void;
}

export function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Listening> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      }),
    ),
  );
}

/** Outbound credentials without a call to Microsoft Entra: the fake connectors need none. */
export class LocalCredentials extends ServiceClientCredentialsFactory {
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === APP_ID;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials(): Promise<ServiceClientCredentials> {
    return MicrosoftAppCredentials.Empty;
  }
}

/** What a forged channel token changes: another key, audience, issuer or lifetime. */
export interface TokenOptions {
  readonly signWith?: CryptoKey;
  readonly aud?: string;
  readonly iss?: string;
  readonly expiresIn?: number;
}

export interface LocalChannel {
  readonly metadata: Listening;
  /** The environment that points the bot's inbound authentication at the local metadata. */
  readonly env: Record<string, string>;
  /** A channel token signed with the published key (or as the options forge it). */
  token(serviceUrl: string, options?: TokenOptions): Promise<string>;
}

export async function localChannel(): Promise<LocalChannel> {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const key: CryptoKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
  const metadata: Listening = await listen((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/keys')) res.end(JSON.stringify({ keys: [jwk] }));
    else res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${metadata.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
  });
  const openId = `${metadata.url}/.well-known/openidconfiguration`;
  return {
    metadata,
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-by-the-local-credentials',
      MicrosoftAppType: 'MultiTenant',
      ToBotFromChannelOpenIdMetadataUrl: openId,
      ToBotFromChannelTokenIssuer: ISSUER,
      ToBotFromEmulatorOpenIdMetadataUrl: openId,
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      OAuthUrl: 'https://api.botframework.com',
      CallerId: 'urn:botframework:azure',
      ValidateAuthority: 'true',
    },
    async token(serviceUrl: string, options: TokenOptions = {}): Promise<string> {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ serviceurl: serviceUrl })
        .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
        .setIssuer(options.iss ?? ISSUER)
        .setAudience(options.aud ?? APP_ID)
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(now + (options.expiresIn ?? 600))
        .sign(options.signWith ?? key);
    },
  };
}

/** A connector that accepts each reply and answers only when released (or never). */
export interface HeldConnector extends Listening {
  /** Replies received and not yet answered. */
  pending(): number;
  /** Resolves when `n` replies are waiting. */
  waitForPending(n: number): Promise<void>;
  /** Resolves when a held request's connection has been closed by the bot. */
  waitForAbandoned(): Promise<void>;
  releaseAll(): void;
}

export async function heldConnector(): Promise<HeldConnector> {
  const held: ServerResponse[] = [];
  const waiters: (() => void)[] = [];
  const abandonWaiters: (() => void)[] = [];
  const notify = (): void => {
    for (const w of waiters.splice(0)) w();
  };
  const server = await listen((req, res) => {
    req.resume();
    held.push(res);
    res.once('close', () => {
      if (!res.writableEnded) for (const w of abandonWaiters.splice(0)) w();
    });
    notify();
  });
  return {
    ...server,
    pending: () => held.length,
    async waitForPending(n: number): Promise<void> {
      while (held.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    waitForAbandoned: () => new Promise<void>((resolve) => abandonWaiters.push(resolve)),
    releaseAll(): void {
      for (const res of held.splice(0)) {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: 'reply' }));
      }
    },
  };
}
