/**
 * The answer at a glance: the first card for a paste, and every card the walkthrough leads to,
 * shows at most ANSWER_BUDGET characters before anything is expanded (collapsed checks and
 * closed ShowCards do not count). Pastes: the sample pastes of the card tests and pastes shaped
 * like the development corpus (written for this test), with and without tokens, in a personal
 * chat and a group.
 */
import assert from 'node:assert/strict';
import { CardRenderer } from '../../src/cards/render.js';
import { visibleCharacters } from '../../src/cards/visible-text.js';
import { handleAction, handlePaste } from '../../src/bot/conversation.js';
import { parseAction } from '../../src/bot/follow-up-state.js';
import { buttonData, cardsOf, deps, GROUP, PERSONAL, type Card } from '../helpers/sample-cards.js';
import { appOnly, delegated, mintToken, payloadOf } from '../helpers/tokens.js';

export const ANSWER_BUDGET = 1400;

async function pastes(): Promise<string[]> {
  const user = await mintToken(delegated('User.Read openid profile email'));
  const app = await mintToken(appOnly(['Mail.Read']));
  const armToken = await mintToken({ claims: { aud: 'https://management.azure.com/', scp: 'user_impersonation', idtyp: 'user' } });
  const expired = await mintToken({ ...delegated('Calendars.ReadWrite'), issuedAt: -9000, lifetime: 3600 });
  const guest = await mintToken(delegated('User.Read', { acct: 1, wids: ['08372b87-7d02-482a-9e02-fb03ea5fe193'] }));
  return [
    'GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer ' + user + '\n403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation for ‹user-id›.","innerError":{"request-id":"0a1b2c3d-1111-4222-8333-444455556666","date":"2026-11-24T10:00:00"}}}',
    '403 Forbidden',
    '{"error":{"code":"TooManyRequests","message":"Too many requests. Please try again later."}} Retry-After: 20',
    '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2026-02-20T05:06:48","request-id":"b04ace1e-0000-4000-8000-f86dcca10985"}}}',
    'Access token validation failure. Invalid audience.\nconst options = { method: "GET", headers: { Authorization: "Bearer " + token }, url: "https://graph.microsoft.com/v1.0/users" };\nit says my token is invalid, why is this',
    'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.\nTrace ID: 0b1c2d3e-1111-4222-8333-444455556666\nCorrelation ID: 9f8e7d6c-1111-4222-8333-444455556666\nTimestamp: 2026-11-20 09:14:03Z',
    'AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
    'Update-MgUser -UserId $id -PasswordProfile $profile\nUpdate-MgUser : Insufficient privileges to complete the operation.\nStatus: 403 (Forbidden)\nErrorCode: Authorization_RequestDenied\nI use a client secret (app-only) with User.ReadWrite.All and Directory.ReadWrite.All granted.',
    'GET https://graph.microsoft.com/v1.0/users/someone@contoso.example/messages\n{"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}}',
    'Response 403: {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}\nThe app has only User.Read (delegated) but runs as a daemon with client credentials.',
    'POST https://graph.microsoft.com/v1.0/users/{id}/sendMail\n401 Unauthorized\nWWW-Authenticate: Bearer realm="", error="invalid_token", error_description="The audience is invalid"\nAuthorization: Bearer ' + armToken,
    'GET https://graph.microsoft.com/v1.0/me/events 401 {"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}}\n' + expired,
    'GET https://graph.microsoft.com/v1.0/groups/3e4f5a6b-0000-4000-8000-00000000c0de/members 403 Authorization_RequestDenied\n' + payloadOf(app),
    'Get-MgUser works for me but a guest user gets 403 Forbidden on GET /users: Authorization_RequestDenied Insufficient privileges\n' + guest,
    'HTTP/1.1 404 Not Found {"error":{"code":"Request_ResourceNotFound","message":"Resource \'x\' does not exist or one of its queried reference-property objects are not present."}}',
    'Code: generalException Message: An error occurred sending the request. Status: 500 Internal Server Error',
    'x'.repeat(40000) + ' 403 Authorization_RequestDenied',
  ];
}

describe('cards: the answer at a glance', function () {
  this.timeout(30000);
  const renderer = new CardRenderer();
  const d = deps(renderer);
  let all: string[] = [];
  before(async () => {
    all = await pastes();
  });

  it(`keeps every first answer within ${ANSWER_BUDGET} visible characters, in one card`, () => {
    for (const paste of all) {
      for (const where of [PERSONAL, GROUP]) {
        const cards = cardsOf(handlePaste(paste, d, where));
        assert.equal(cards.length, 1, paste.slice(0, 60));
        const n = visibleCharacters(cards[0]);
        assert.ok(n <= ANSWER_BUDGET, `${n} visible characters for ${paste.slice(0, 60)}`);
      }
    }
  });

  it(`keeps every walkthrough step within ${ANSWER_BUDGET} visible characters`, async () => {
    const token = payloadOf(await mintToken(appOnly(['User.Read.All'])));
    let steps = 0;
    for (const paste of all) {
      const [card] = cardsOf(handlePaste(paste, d, PERSONAL));
      if (!card) continue;
      for (const [verb, inputs] of [['next', {}], ['unsure', {}], ['escalate', {}], ['token', { token }], ['answer', { answer: 'app-only' }]] as const) {
        const data = buttonData(card, verb);
        if (!data) continue;
        let reply;
        try {
          reply = handleAction(parseAction({ ...(data as object), ...inputs }), d, PERSONAL);
        } catch {
          continue;
        }
        for (const next of cardsOf(reply) as Card[]) {
          steps++;
          const n = visibleCharacters(next);
          assert.ok(n <= ANSWER_BUDGET, `${n} visible characters after ${verb} on ${paste.slice(0, 60)}`);
        }
      }
    }
    assert.ok(steps > 30, `${steps} steps`);
  });
});
