/**
 * The answer card advises for the paste's situation, and keeps doing so through the walkthrough:
 * the situation's fix and only its checks on the first card; the same filled commands after
 * "Still failing" and "Back"; an opened check names its trade-off, what is left to fill in and
 * its Microsoft Learn page; in a group chat no id read from a token reaches the card or its buttons.
 */
import assert from 'node:assert/strict';
import { CardRenderer } from '../../src/cards/render.js';
import { shownMarkdown, visibleTexts } from '../../src/cards/visible-text.js';
import { handleAction, handlePaste, type TurnContextInfo } from '../../src/bot/conversation.js';
import { parseAction, type CardAction } from '../../src/bot/follow-up-state.js';
import { buttonData, cardsOf, deps, GROUP, PERSONAL, type Card } from '../helpers/sample-cards.js';
import { APP, appOnly, delegated, mintToken, TENANT } from '../helpers/tokens.js';

const renderer = new CardRenderer();
const d = deps(renderer);

type Paste = string | (() => Promise<string>);

async function text(paste: Paste): Promise<string> {
  return typeof paste === 'string' ? paste : paste();
}

function only(reply: ReturnType<typeof handlePaste>): Card {
  const cards = cardsOf(reply);
  assert.equal(cards.length, 1, 'one card');
  return cards[0] as Card;
}

function press(card: Card, verb: string): CardAction {
  const data = buttonData(card, verb);
  assert.ok(data, `no ${verb} button`);
  return parseAction(data);
}

/** What the card says to do (the "Do this:" line, as shown). */
function fixOf(card: Card): string {
  return visibleTexts(card).find((t) => t.startsWith('Do this:')) ?? assert.fail('no fix on the card');
}

/** The titles of the collapsed checks. */
function checkTitles(card: Card): string[] {
  return visibleTexts(card).filter((t) => t.startsWith('▸ ')).map((t) => t.replace(/^▸ \d+\. /, ''));
}

/** The elements that are found by id (a check's collapsed details). */
function elementById(card: unknown, id: string): Record<string, unknown> | undefined {
  if (Array.isArray(card)) {
    for (const c of card) {
      const found = elementById(c, id);
      if (found) return found;
    }
  } else if (card && typeof card === 'object') {
    const o = card as Record<string, unknown>;
    if (o.id === id) return o;
    for (const v of Object.values(o)) {
      const found = elementById(v, id);
      if (found) return found;
    }
  }
  return undefined;
}

/** What an opened check shows: its texts as a reader sees them, and its links. */
function openedCheck(card: Card, title: RegExp): { texts: string[]; links: string[] } {
  const n = checkTitles(card).findIndex((t) => title.test(t));
  assert.ok(n >= 0, `${title} not among ${JSON.stringify(checkTitles(card))}`);
  const details = elementById(card, `gad-check-${n + 1}`) ?? assert.fail('no details for the check');
  const raw = (details.items as { text?: string }[]).map((i) => i.text ?? '');
  return { texts: raw.map(shownMarkdown), links: raw.flatMap((t) => [...t.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '')) };
}

describe('bot/present: advice for the paste\'s situation', () => {
  const rows: { name: string; paste: Paste; cause: string; fix: RegExp; shows: RegExp[]; hides: RegExp[] }[] = [
    {
      name: 'a signed-in user calling GET /users: the delegated fix, no Sites.Selected or daemon checks',
      paste: async () => `GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer ${await mintToken(delegated('User.Read openid profile'))}\n403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}`,
      cause: 'permissions-missing',
      fix: /^Do this: For a signed-in user: /,
      shows: [/Users are allowed to consent/],
      hides: [/Sites\.Selected/],
    },
    {
      name: 'a daemon holding Sites.Selected on a site: the site grant, and its check',
      paste: async () => `GET https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,1,2/drive 403 accessDenied\nAuthorization: Bearer ${await mintToken(appOnly(['Sites.Selected']))}`,
      cause: 'permissions-missing',
      fix: /Sites\.Selected grants nothing alone/,
      shows: [/Sites\.Selected permission also has a grant on the site/],
      hides: [/Users are allowed to consent/],
    },
    {
      name: 'a daemon blocked by Conditional Access: workload identities, no MFA prompt',
      paste: 'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. (ConfidentialClientApplication.AcquireTokenForClient, client credentials)',
      cause: 'conditional-access',
      fix: /workload identities.*MFA cannot help a daemon/,
      shows: [/service principal's sign-in/],
      hides: [/interactive prompt/, /user's sign-in/, /one person's MFA/],
    },
    {
      name: 'a user asked for MFA: sign in interactively, no service principal checks',
      paste: 'MsalUiRequiredException: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication. acquireTokenSilent',
      cause: 'conditional-access',
      fix: /interaction_required.*interactively/,
      shows: [/user's sign-in/, /interactive prompt/],
      hides: [/service principal's sign-in/],
    },
    {
      name: 'a claims challenge: retried with the claims',
      paste: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwidmFsdWUiOiIxNzY0MDAwMDAwIn19fQ=="',
      cause: 'conditional-access',
      fix: /claims challenge, not a broken token/,
      shows: [/Claims challenges from Graph are handled/],
      hides: [],
    },
    {
      name: 'Azure AD Graph: migrate, and only its check among the setups',
      paste: async () => `GET https://graph.windows.net/contoso.onmicrosoft.com/users?api-version=1.6 401 Invalid audience\nAuthorization: Bearer ${await mintToken({ claims: { ...appOnly(['Directory.Read.All']).claims, aud: 'https://graph.windows.net' } })}`,
      cause: 'wrong-audience',
      fix: /Azure AD Graph \(graph\.windows\.net\) is retired/,
      shows: [/not the retired Azure AD Graph/],
      hides: [/Your API receives/],
    },
    {
      name: 'the developer\'s own API (IDX10511): a token for that API',
      paste: 'Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10511: Signature validation failed. Our ASP.NET Core API receives the access token the SPA got for https://graph.microsoft.com/User.Read and it says invalid audience',
      cause: 'wrong-audience',
      fix: /Your own API is validating a token issued for Microsoft Graph/,
      shows: [/Your API receives a token meant for itself/],
      hides: [/retired Azure AD Graph/],
    },
    {
      name: 'EWS: the retirement check shows',
      paste: 'POST https://outlook.office365.com/EWS/Exchange.asmx (app-only, client credentials) 403 ErrorAccessDenied: Access to OData is disabled.',
      cause: 'odata-access-disabled',
      fix: /RBAC for Applications/,
      shows: [/Exchange Online is retiring/],
      hides: [],
    },
    {
      name: 'Exchange through Graph: no EWS retirement check',
      paste: 'GET https://graph.microsoft.com/v1.0/users/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/messages 403 {"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}} client credentials',
      cause: 'odata-access-disabled',
      fix: /RBAC for Applications/,
      shows: [/RBAC for Applications covers this mailbox/],
      hides: [/retiring/],
    },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const reply = handlePaste(await text(row.paste), d, PERSONAL);
      assert.equal(reply.causeId, row.cause);
      const card = only(reply);
      assert.match(fixOf(card), row.fix);
      const titles = checkTitles(card);
      for (const re of row.shows) assert.ok(titles.some((t) => re.test(t)), `${re} not among ${JSON.stringify(titles)}`);
      for (const re of row.hides) assert.ok(!titles.some((t) => re.test(t)), `${re} shown among ${JSON.stringify(titles)}`);
    });
  }
});

const PASTE_APP = '0f1e2d3c-4b5a-4968-8776-655443322110';
const PASTE_TENANT = 'aa11bb22-cc33-4d44-8e55-ff6677889900';
const CORRELATION = '5f6a7b8c-1d2e-4f30-8a4b-5c6d7e8f9a0b';

/** The checks of a card as data: their commands, with whatever the paste filled in. */
function checksOf(card: Card): string {
  const out: string[] = [];
  for (let n = 1; ; n++) {
    const details = elementById(card, `gad-check-${n}`);
    if (!details) return out.join('\n');
    out.push(JSON.stringify(details));
  }
}

describe('bot/present: the filled values survive the walkthrough', () => {
  const rows: { name: string; paste: Paste; where: TurnContextInfo; has: RegExp[] }[] = [
    {
      name: 'ids written in an AADSTS message (personal chat)',
      paste: `AADSTS65001: The user or administrator has not consented to use the application with ID '${PASTE_APP}' named 'Orders'. Trace ID: 1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9 Correlation ID: ${CORRELATION} tenant '${PASTE_TENANT}'`,
      where: PERSONAL,
      has: [new RegExp(`--id ${PASTE_APP}`)],
    },
    {
      name: 'ids written in the paste are fine in a group chat too',
      paste: `AADSTS65001: The user or administrator has not consented to use the application with ID '${PASTE_APP}' named 'Orders'. Correlation ID: ${CORRELATION}`,
      where: GROUP,
      has: [new RegExp(`--id ${PASTE_APP}`)],
    },
    {
      name: 'the request template and a token\'s app id (personal chat)',
      paste: async () => `PATCH https://graph.microsoft.com/beta/users/7c6b5a49-3827-4165-8a4b-3c2d1e0f9a8b\n403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}\nAuthorization: Bearer ${await mintToken(appOnly(['User.Read.All']))}`,
      where: PERSONAL,
      has: [/Find-MgGraphCommand -Uri '\/users\/\{id\}' -Method PATCH -ApiVersion beta/, new RegExp(`appId eq '${APP}'`)],
    },
  ];
  for (const row of rows) {
    it(`${row.name}: after Still failing and Back`, async () => {
      const first = only(handlePaste(await text(row.paste), d, row.where));
      const checks = checksOf(first);
      for (const re of row.has) assert.match(checks, re, 'the first answer fills it');
      const next = only(handleAction(press(first, 'next'), d, row.where));
      const carried = press(next, 'back').state?.facts;
      assert.ok(carried?.situations, 'the situations are carried');
      const back = only(handleAction(press(next, 'back'), d, row.where));
      assert.equal(fixOf(back), fixOf(first), 'Back shows the same fix');
      assert.equal(checksOf(back), checks, 'Back shows the same checks, filled the same way');
    });
  }

  it('fills the next cause\'s commands with the values of the paste', () => {
    const paste = `AADSTS53003: Access has been blocked by Conditional Access policies. client_credentials, client id ${PASTE_APP}\nAADSTS65001 consent`;
    const first = only(handlePaste(paste, d, PERSONAL));
    let card = first;
    let later = 0;
    // Every card whose commands use the app id fills it: the first from the paste, later ones from the carried state.
    for (let step = 0; step < 4; step++) {
      if (/\{app-id\}|appId eq|--id /.test(checksOf(card))) {
        assert.doesNotMatch(checksOf(card), /\{app-id\}/);
        assert.match(checksOf(card), new RegExp(PASTE_APP));
        if (step > 0) later++;
      }
      const data = buttonData(card, 'next');
      if (!data) break;
      card = only(handleAction(parseAction(data), d, PERSONAL));
    }
    assert.ok(later > 0, 'a later cause used the app id');
  });
});

describe('bot/present: an opened check', () => {
  const rows: { name: string; paste: Paste; where?: TurnContextInfo; check: RegExp; says: RegExp[]; link: RegExp }[] = [
    {
      name: 'admin consent in a group chat: its trade-off, the app id to fill in (the token\'s stays private), its Microsoft Learn page',
      paste: async () => `GET https://graph.microsoft.com/v1.0/groups/3e4f5a6b-0000-4000-8000-00000000c0de/members 403 Authorization_RequestDenied\nAuthorization: Bearer ${await mintToken(appOnly(['Mail.Read']))}`,
      where: GROUP,
      check: /Admin consent was granted/,
      says: [/^Trade-off: Admin consent applies to the whole tenant/, /^Fill in: \{app-id\}: your app's application \(client\) id/],
      link: /^https:\/\/learn\.microsoft\.com\/entra\/identity\/enterprise-apps\/grant-admin-consent$/,
    },
    {
      name: 'the RBAC scope for Exchange: its trade-off and the service principal object id to fill in',
      paste: 'GET https://graph.microsoft.com/v1.0/users/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/messages 403 {"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}} client credentials',
      check: /Scope the app with RBAC/,
      says: [/^Trade-off: Entra ID grants and Exchange role assignments add up/, /^Fill in: \{sp-object-id\}: the object id of your app's service principal/],
      link: /^https:\/\/learn\.microsoft\.com\/exchange\/permissions-exo\/application-rbac$/,
    },
    {
      name: 'a check without a trade-off says none, and nothing to fill when the paste filled it all',
      paste: async () => `GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer ${await mintToken(delegated('User.Read'))}\n403 Authorization_RequestDenied Insufficient privileges to complete the operation.`,
      check: /Find which permissions the call accepts/,
      says: [/^Learn more$/],
      link: /^https:\/\/learn\.microsoft\.com\/powershell\/microsoftgraph\/find-mg-graph-command$/,
    },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const card = only(handlePaste(await text(row.paste), d, row.where ?? PERSONAL));
      const opened = openedCheck(card, row.check);
      for (const re of row.says) assert.ok(opened.texts.some((t) => re.test(t)), `${re} not in ${JSON.stringify(opened.texts)}`);
      assert.ok(opened.links.some((l) => row.link.test(l)), `${row.link} not in ${JSON.stringify(opened.links)}`);
      if (!row.says.some((re) => re.source.includes('Trade-off'))) assert.ok(!opened.texts.some((t) => t.startsWith('Trade-off:')));
      if (!row.says.some((re) => re.source.includes('Fill in'))) assert.ok(!opened.texts.some((t) => t.startsWith('Fill in:')));
    });
  }
});

describe('bot/present: group chats', () => {
  it('keeps ids read from a token out of the card and out of every button, on every step', async () => {
    const paste = `AADSTS53003: Access has been blocked by Conditional Access policies. client_credentials\nAuthorization: Bearer ${await mintToken(appOnly(['Mail.Read']))}`;
    const leaks = new RegExp(`${APP}|${TENANT}`, 'i');
    let card = only(handlePaste(paste, d, GROUP));
    for (let step = 0; step < 3; step++) {
      assert.doesNotMatch(JSON.stringify(card), leaks, `step ${step}`);
      const state = press(card, 'escalate').state;
      assert.equal(state?.facts.appId, undefined);
      assert.equal(state?.facts.tenantId, undefined);
      const data = buttonData(card, 'next');
      if (!data) break;
      card = only(handleAction(parseAction(data), d, GROUP));
    }
    // The same paste in a personal chat does fill them: the test above can fail.
    assert.match(JSON.stringify(only(handlePaste(paste, d, PERSONAL))), leaks);
  });
});
