/**
 * A bot's own identity with Azure AI Bot Service, named beside a call to the Bot Connector: the
 * bot registered as a single-tenant app (or with a user-assigned managed identity) signs in for
 * the Connector through its own tenant, so its app type and tenant id must be configured in the bot
 * (MicrosoftAppType, MicrosoftAppTenantId) or the Connector answers its replies with 401. Which app
 * types exist and which SDKs support them:
 * https://learn.microsoft.com/azure/bot-service/bot-service-quickstart-registration
 * The Connector takes tokens issued for https://api.botframework.com, its own resource:
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 * That is the bot's registration, not a Graph permission; a Graph token sent to the Connector is
 * the audience cause instead, and is left to it.
 */
import type { Evidence } from './evidence/index.js';
import { otherApiNamed } from './knowledge/other-apis.js';
import { registerPhrases } from './phrase-index.js';
import { oncePerPaste } from './once-per-paste.js';

const CONNECTOR = 'Bot Framework Connector';
/** The Connector's hosts in Teams (smba.trafficmanager.net, smba.infra.…) give it the name people say: "the reply from SMBA". */
const CONNECTOR_NICKNAME = 'smba';
registerPhrases([CONNECTOR_NICKNAME]);

/** The bot's identity settings and app types as its SDKs and the Azure Bot resource name them. */
const IDENTITY_SETUP = ['single tenant', 'single-tenant', 'singletenant', 'microsoftapptype', 'microsoftapptenantid', 'microsoft_app_tenant_id', 'microsoft_app_type', 'apptenantid', 'msaapptype', 'msaapptenantid', 'channelauthtenant', 'botframeworkauthentication', 'userassignedmsi'];
registerPhrases(IDENTITY_SETUP);

/** A token for Graph is what reaches the Connector: Graph's scope or a token called Graph's. */
const GRAPH_TOKEN_FOR_CONNECTOR = ['graph.microsoft.com/.default', 'graph.microsoft.com%2f.default', 'graph token', 'token for graph', 'token for microsoft graph'];
registerPhrases(GRAPH_TOKEN_FOR_CONNECTOR);

/** The identity setting named when the paste is about the Bot Connector and no Graph token is sent to it. */
export const botIdentitySetup = oncePerPaste((e: Evidence): string | undefined => {
  const setting = IDENTITY_SETUP.find((w) => e.has(w));
  if (setting === undefined || GRAPH_TOKEN_FOR_CONNECTOR.some((w) => e.has(w))) return undefined;
  return e.has(CONNECTOR_NICKNAME) || otherApiNamed(e.lower, e.has)?.name === CONNECTOR ? setting : undefined;
});
