/**
 * Reuses the outbound clients botbuilder would otherwise build on every turn. CloudAdapter asks
 * the authentication for a ConnectorClient and a UserTokenClient per request, and each one
 * constructs a full Azure HTTP pipeline — measured here as more than half of a bare echo turn —
 * even when the turn sends nothing through them (expectReplies, invokes). The clients hold no
 * per-turn state (a base URL, credentials that cache their own tokens, a pipeline), so one per
 * (app id, service URL, audience) serves every turn. Authentication itself is not touched:
 * every request is still validated by the wrapped BotFrameworkAuthentication.
 */
import {
  BotFrameworkAuthentication,
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** A small bounded map: the oldest entry goes when it is full. */
class Bounded<V> {
  private readonly map = new Map<string, Promise<V>>();
  constructor(private readonly max: number) {}

  get(key: string, make: () => Promise<V>): Promise<V> {
    let v = this.map.get(key);
    if (!v) {
      v = make();
      // A failed creation is not cached: the next turn tries again.
      v.catch(() => this.map.delete(key));
      if (this.map.size >= this.max) {
        const oldest = this.map.keys().next().value;
        if (oldest !== undefined) this.map.delete(oldest);
      }
      this.map.set(key, v);
    }
    return v;
  }

  get size(): number {
    return this.map.size;
  }
}

function appIdOf(identity: ClaimsIdentity): string {
  try {
    return JwtTokenValidation.getAppIdFromClaims(identity.claims) ?? '';
  } catch {
    return '';
  }
}

class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly cache: Bounded<ConnectorClient>,
    private readonly prepare: (client: ConnectorClient) => void,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.get(`${this.appId}|${serviceUrl}|${audience ?? ''}`, async () => {
      const client = await this.inner.create(serviceUrl, audience);
      this.prepare(client);
      return client;
    });
  }
}

export class ClientCachingAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new Bounded<ConnectorClient>(64);
  private readonly tokenClients = new Bounded<UserTokenClient>(16);

  /** `prepare` runs once on each new ConnectorClient (the host adds its outbound deadline there). */
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly prepare: (client: ConnectorClient) => void = () => undefined,
  ) {
    super();
  }

  private wrap(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: new CachingConnectorFactory(result.connectorFactory, appIdOf(result.claimsIdentity), this.connectors, this.prepare) };
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.wrap(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.wrap(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachingConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.connectors, this.prepare);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  /** For tests: how many distinct clients are alive. */
  get cachedConnectorClients(): number {
    return this.connectors.size;
  }
}
