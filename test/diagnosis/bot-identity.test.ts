/** A bot's own identity setup with Azure Bot Service, named beside the Bot Connector: the bot's registration, not Graph. */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { botIdentitySetup } from '../../src/diagnosis/bot-identity.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';

const now = new Date('2026-12-05T12:00:00Z');
const read = (text: string) => extractEvidence(text, { now });

describe('diagnosis/bot-identity', () => {
  const table: [string, string | undefined][] = [
    ['Our Teams bot replies fail with 401 Unauthorized from https://smba.trafficmanager.net/amer/v3/conversations/a/activities after we made the bot single tenant.', 'single tenant'],
    ['MicrosoftAppType=SingleTenant, MicrosoftAppTenantId is empty; POST https://smba.trafficmanager.net/emea/v3/conversations → 401', 'singletenant'],
    ['The sample as single-tenant gets 401 when it replies to a message from SMBA.', 'single-tenant'],
    ['BotFrameworkAuthentication is not registered, the bot connector answers Authorization has been denied for this request.', 'botframeworkauthentication'],
    // A Graph token sent to the Connector is the audience cause, not the bot's setup.
    ['The bot is single tenant; I request https://graph.microsoft.com/.default and send that token to smba.trafficmanager.net: Authorization has been denied.', undefined],
    // Single tenant without the Connector: an app's sign-in audience, nothing about a bot's replies.
    ['The app registration is single tenant and GET https://graph.microsoft.com/v1.0/me returns 403.', undefined],
    ['Replies to https://smba.trafficmanager.net/amer/ fail with 401 after the secret was rotated.', undefined],
  ];
  for (const [text, said] of table) {
    it(`${said === undefined ? 'reads no bot identity setup' : `reads "${said}"`} in: ${text.slice(0, 80)}`, () => assert.equal(botIdentitySetup(read(text)), said));
  }

  it('leads with not-authorization, the bot registration, for a single-tenant bot refused by the Connector', () => {
    const d = diagnose('Our Teams bot replies fail with 401 Unauthorized from https://smba.trafficmanager.net/amer/v3/conversations/x/activities since we switched the bot to SingleTenant; MicrosoftAppTenantId is not set.', { now });
    assert.equal(d.causes[0]?.id, 'not-authorization');
    assert.match(d.causes[0]?.evidence[0] ?? '', /identity setup with Azure Bot Service/);
  });

  it('leaves a Graph token sent to the Connector to the audience cause', () => {
    const d = diagnose('Bot is single tenant. Token from scope https://graph.microsoft.com/.default, POST https://smba.trafficmanager.net/amer/v3/conversations/x/activities → 401 Authorization has been denied for this request.', { now });
    assert.equal(d.causes[0]?.id, 'wrong-audience');
  });
});
