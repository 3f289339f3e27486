/**
 * Microsoft APIs that are not Microsoft Graph, by host and by the name people give them. Each is
 * its own resource: a token requested for Graph (scope https://graph.microsoft.com/.default) is
 * refused there, and theirs by Graph, because an API accepts only tokens whose `aud` names it
 * (https://learn.microsoft.com/entra/identity-platform/access-tokens; the resource is chosen by
 * the scope's prefix: https://learn.microsoft.com/entra/identity-platform/scopes-oidc).
 */
import { registerPhrases } from '../phrase-index.js';

export interface OtherApi {
  readonly name: string;
  /** Host names, or suffixes starting with a dot. */
  readonly hosts: readonly string[];
  /** How people name the API in prose (lower case, specific enough not to name anything else). */
  readonly names: readonly string[];
  /** An abbreviation that names it only as a word of its own ("EWS", not the letters in "news"). */
  readonly word?: RegExp;
}

export const OTHER_APIS: readonly OtherApi[] = [
  { name: 'Azure Resource Manager', hosts: ['management.azure.com', 'management.core.windows.net'], names: ['azure resource manager', 'arm api', 'azure management api', 'azure rest api', 'azure service management'] },
  { name: 'Azure Key Vault', hosts: ['.vault.azure.net'], names: ['key vault api', 'key vault rest'] },
  { name: 'Azure Storage', hosts: ['.blob.core.windows.net', '.queue.core.windows.net', '.table.core.windows.net', '.file.core.windows.net', '.dfs.core.windows.net'], names: ['azure storage api', 'blob storage api', 'storage rest api'] },
  { name: 'Power BI REST API', hosts: ['api.powerbi.com'], names: ['power bi rest api', 'power bi api', 'powerbi rest api', 'powerbi api'] },
  { name: 'Microsoft Defender API', hosts: ['api.securitycenter.microsoft.com', 'api.security.microsoft.com', 'api-eu.securitycenter.microsoft.com', 'api-us.securitycenter.microsoft.com'], names: ['defender for endpoint api', 'defender api', 'securitycenter api', 'security center api', 'mde api'] },
  { name: 'SharePoint REST API', hosts: ['.sharepoint.com'], names: ['sharepoint rest api', 'sharepoint rest', '/_api/', 'sharepoint csom'] },
  // The EWS Managed API's own classes name it in code: ExchangeService, with OAuthCredentials for a token
  // (https://learn.microsoft.com/exchange/client-developer/exchange-web-services/how-to-authenticate-an-ews-application-by-using-oauth).
  // IMAP, POP and SMTP AUTH take OAuth through SASL XOAUTH2, with a token for Exchange Online
  // (https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office365.com/.default), not for Graph:
  // https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
  // Only the mechanism's name counts: "we moved from IMAP to Graph" names the protocol as history.
  // MailKit names the same mechanism in code (SaslMechanismOAuth2 sends XOAUTH2:
  // http://www.mimekit.net/docs/html/T_MailKit_Security_SaslMechanismOAuth2.htm). SMTP AUTH client
  // submission is smtp.office365.com (https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365).
  { name: 'Exchange (Outlook REST / EWS / IMAP / POP / SMTP)', hosts: ['outlook.office365.com', 'outlook.office.com', 'smtp.office365.com'], names: ['outlook rest api', 'exchange web services', 'ews api', 'ews managed api', 'microsoft.exchange.webservices', 'exchangeservice', 'oauthcredentials', 'xoauth2', 'saslmechanismoauth2'], word: /\bews\b/ },
  { name: 'Azure DevOps REST API', hosts: ['dev.azure.com', '.visualstudio.com'], names: ['azure devops api', 'azure devops rest'] },
  { name: 'Dataverse / Dynamics 365 Web API', hosts: ['.crm.dynamics.com', '.api.crm.dynamics.com'], names: ['dataverse web api', 'dataverse api', 'dynamics 365 web api', 'dynamics web api'] },
  { name: 'Office 365 Management Activity API', hosts: ['manage.office.com'], names: ['management activity api', 'office 365 management api'] },
  // The Bot Connector service takes tokens for https://api.botframework.com (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication).
  // A bot reaches it at the activity's serviceUrl (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#base-uri);
  // Teams' are smba.trafficmanager.net and, in the US government clouds, smba.infra.*
  // (https://learn.microsoft.com/dotnet/api/microsoft.agents.extensions.teams.teamsproactiveserviceendpoints?view=m365-agents-sdk,
  // values in https://microsoft.github.io/Agents-for-js/variables/_microsoft_agents-hosting.TeamsServiceEndpoints.html).
  { name: 'Bot Framework Connector', hosts: ['api.botframework.com', 'smba.trafficmanager.net', 'smba.infra.gcc.teams.microsoft.com', 'smba.infra.gov.teams.microsoft.us', 'smba.infra.dod.teams.microsoft.us'], names: ['bot connector', 'bot framework connector', 'botframework api', 'bot framework api'] },
  // OneDrive's direct endpoint for personal accounts, outside Graph, with tokens of its own
  // (https://learn.microsoft.com/onedrive/developer/rest-api/concepts/direct-endpoint-differences).
  { name: 'OneDrive direct endpoint (api.onedrive.com)', hosts: ['api.onedrive.com'], names: [] },
  // Azure Monitor's query API signs in through Microsoft Entra ID with a token of its own
  // (https://learn.microsoft.com/azure/azure-monitor/logs/api/access-api: api.loganalytics.azure.com,
  // replacing api.loganalytics.io, which stays supported).
  { name: 'Log Analytics query API', hosts: ['api.loganalytics.io', 'api.loganalytics.azure.com'], names: ['log analytics api', 'log analytics query api', 'log analytics rest api'] },
  // Microsoft Fabric's REST APIs take a token for the Fabric service with its own scopes
  // (https://learn.microsoft.com/rest/api/fabric/articles/scopes, …/get-started/fabric-api-quickstart).
  { name: 'Microsoft Fabric REST API', hosts: ['api.fabric.microsoft.com'], names: ['fabric rest api', 'fabric api'] },
  { name: 'Azure AD Graph (retired)', hosts: ['graph.windows.net'], names: ['azure ad graph api', 'azure active directory graph api'] },
];

/**
 * How people name their own API, the one that validates the token itself (Microsoft.Identity.Web,
 * Spring, Express or Functions middleware): a Graph token sent there is refused, since its aud is
 * Graph (https://learn.microsoft.com/entra/identity-platform/access-tokens: "validate tokens only
 * for your own API").
 */
export const OWN_API_NAMES: readonly string[] = ['my api', 'my own api', 'our api', 'my web api', 'our web api', 'my backend', 'our backend', 'the backend', 'backend api', 'my rest api', 'protected api', 'spring boot', 'asp.net core web api', 'asp.net web api', 'express api', 'fastapi', 'my azure function', 'our azure function', 'function app',
  // The validators an API puts in front of itself, named by what they are: App Service's built-in
  // authentication (https://learn.microsoft.com/azure/app-service/overview-authentication-authorization),
  // API Management's validate-jwt policy (https://learn.microsoft.com/azure/api-management/validate-jwt-policy),
  // Microsoft.Identity.Web's web API setup (https://learn.microsoft.com/entra/identity-platform/scenario-protected-web-api-app-configuration).
  'app service authentication', 'easy auth', 'easyauth', 'validate-jwt', 'resource server', 'addmicrosoftidentitywebapi',
  // ASP.NET Core's JWT bearer handler (https://learn.microsoft.com/aspnet/core/security/authentication/configure-jwt-bearer-authentication)
  // and passport-azure-ad's bearer strategy, the validators Node.js web APIs used.
  'addjwtbearer', 'jwtbearer', 'bearerstrategy',
  // The same said in the other languages the product reads: "自前のAPI", "我们自己的 API", "unsere API", "notre API", "nuestra API", "nossa API".
  '自前のapi', '自作のapi', '独自のapi', '自社のapi', '自己的api', '自己的 api', '我们的api', '我们的 api', '后端api', '后端 api', 'unsere api', 'meine api', 'unser backend', 'notre api', 'mon api', 'notre backend', 'nuestra api', 'mi api', 'nuestro backend', 'nossa api', 'minha api', 'nosso backend'];
registerPhrases(OWN_API_NAMES);

// A URL as written or URL-encoded in a form body (https%3A%2F%2Fapi.botframework.com).
const HOST_PATTERN = /https?(?::\/\/|%3a%2f%2f)([a-z0-9.-]{3,253})/g;
const NAMES = OTHER_APIS.flatMap((a) => a.names.map((n) => [n, a] as const));
registerPhrases(NAMES.map(([n]) => n));
const WORDS = OTHER_APIS.filter((a) => a.word !== undefined);

/** The other Microsoft API a host belongs to (contoso.sharepoint.com is SharePoint's), if any. */
export function apiOfHost(host: string): OtherApi | undefined {
  return OTHER_APIS.find((a) => a.hosts.some((h) => (h.startsWith('.') ? host.endsWith(h) : host === h)));
}

/**
 * A host written without a scheme ("the token for mytenant.sharepoint.com"), standing on its own:
 * not inside a path such as Graph's /sites/contoso.sharepoint.com:/sites/hr.
 */
const HOST_RUN = /[a-z0-9.-]+/g;
/** Characters that, just before a run, put it inside a path, URL or identifier. */
const INSIDE = /[\w./:%-]/;
const HOST_HINTS: readonly string[] = [...new Set(OTHER_APIS.flatMap((a) => a.hosts))];

/**
 * An App Service or Functions app setting that is a Key Vault reference ("@Microsoft.KeyVault(SecretUri=https://…)"):
 * the platform resolves it with the app's own identity when it loads the setting
 * (https://learn.microsoft.com/azure/app-service/app-service-key-vault-references), so its URL is configuration, not a call the code makes.
 */
const KEY_VAULT_REFERENCE_BEFORE = /@microsoft\.keyvault\((?:secreturi|vaultname)?=?\s*$/;

/** The first other Microsoft API a URL of the paste goes to (written with its scheme, or URL-encoded), if any. */
export function otherApiInUrl(lower: string): OtherApi | undefined {
  if (!lower.includes('://') && !lower.includes('%3a%2f%2f')) return undefined;
  HOST_PATTERN.lastIndex = 0;
  for (let m = HOST_PATTERN.exec(lower); m; m = HOST_PATTERN.exec(lower)) {
    if (KEY_VAULT_REFERENCE_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    const api = apiOfHost(m[1] ?? '');
    if (api) return api;
  }
  return undefined;
}

/** The first other Microsoft API the paste calls or names, if any. */
export function otherApiNamed(lower: string, has: (p: string) => boolean): OtherApi | undefined {
  const called = otherApiInUrl(lower);
  if (called) return called;
  if (HOST_HINTS.some((h) => lower.includes(h))) {
    // Runs of host characters, each read once (no pattern that could backtrack), judged in code.
    HOST_RUN.lastIndex = 0;
    for (let m = HOST_RUN.exec(lower); m; m = HOST_RUN.exec(lower)) {
      const before = lower.charAt(m.index - 1);
      const after = lower.charAt(m.index + m[0].length);
      // A port after the host ("smtp.office365.com:587") still names it; a path after a colon does not.
      if (INSIDE.test(before) || after === '_' || after === '/' || (after === ':' && !/\d/.test(lower.charAt(m.index + m[0].length + 1)))) continue;
      const api = apiOfHost(m[0].replace(/\.+$/, ''));
      if (api) return api;
    }
  }
  return NAMES.find(([n]) => has(n))?.[1] ?? WORDS.find((a) => a.word?.test(lower));
}
