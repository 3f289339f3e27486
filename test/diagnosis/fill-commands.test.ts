/**
 * Commands ready to copy: a paste goes in, the card's commands come out with the paste's own
 * values, and whatever the paste does not carry is named plainly.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { filledAdvice } from '../../src/diagnosis/advice.js';
import { verdictById, verdicts } from '../../src/diagnosis/causes/index.js';
import { fillCheck, valuesFromCarried, valuesFromFacts, withCarried } from '../../src/diagnosis/fill-commands.js';
import { appOnly, APP, mintToken, NOW, TENANT } from '../helpers/tokens.js';

const CORRELATION = '5f6a7b8c-1d2e-4f30-8a4b-5c6d7e8f9a0b';
const TRACE = '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9';
const PASTE_APP = '0f1e2d3c-4b5a-4968-8776-655443322110';
const PASTE_TENANT = 'aa11bb22-cc33-4d44-8e55-ff6677889900';
const USER_ID = '7c6b5a49-3827-4165-8a4b-3c2d1e0f9a8b';

function commands(paste: string, cause: string, group = false): { text: string; toFill: string[] } {
  const d = diagnose(paste, { now: NOW });
  const verdict = verdictById(cause);
  assert.ok(verdict);
  const advice = filledAdvice(verdict, valuesFromFacts(d.facts, { group }));
  const text = advice.checks.map((c) => Object.values(c.verify).join('\n')).join('\n');
  return { text, toFill: advice.checks.flatMap((c) => c.toFill) };
}

describe('diagnosis/fill-commands', () => {
  const rows: { name: string; paste: string | (() => Promise<string>); cause: string; has: RegExp[]; hasNot?: RegExp[]; named?: RegExp[] }[] = [
    {
      name: 'the request path and method go into Find-MgGraphCommand (template, version)',
      paste: 'PATCH https://graph.microsoft.com/beta/users/' + USER_ID + '\n403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}',
      cause: 'permissions-missing',
      has: [/Find-MgGraphCommand -Uri '\/users\/\{id\}' -Method PATCH -ApiVersion beta/],
      hasNot: [/Find-MgGraphCommand -Uri '\/users'/],
    },
    {
      name: 'the correlation id (not the trace id) goes into the sign-in log query',
      paste: `AADSTS53003: Access has been blocked by Conditional Access policies. Trace ID: ${TRACE} Correlation ID: ${CORRELATION} Timestamp: 2026-11-24 09:30:00Z (interactive sign-in, MSAL acquireTokenSilent)`,
      cause: 'conditional-access',
      has: [new RegExp(`correlationId eq '${CORRELATION}'`)],
      hasNot: [new RegExp(TRACE)],
    },
    {
      name: 'the app id and tenant named in an AADSTS message fill the commands',
      paste: `AADSTS65001: The user or administrator has not consented to use the application with ID '${PASTE_APP}' named 'Orders'. Trace ID: ${TRACE} Correlation ID: ${CORRELATION} tenant '${PASTE_TENANT}'`,
      cause: 'permissions-missing',
      has: [new RegExp(`az ad app permission list --id ${PASTE_APP}`), new RegExp(`appId eq '${PASTE_APP}'`)],
    },
    {
      name: 'a token\'s appid fills the service principal sign-in query of a daemon',
      paste: async () => `AADSTS53003: Access has been blocked by Conditional Access policies. client_credentials grant\nAuthorization: Bearer ${await mintToken(appOnly(['Mail.Read']))}`,
      cause: 'conditional-access',
      has: [new RegExp(`appId eq '${APP}' and signInEventTypes/any\\(t: t eq 'servicePrincipal'\\)`)],
      hasNot: [/\{app-id\}/],
    },
    {
      name: 'the user object id in the path fills the mailbox of the Exchange checks',
      paste: `GET https://graph.microsoft.com/v1.0/users/${USER_ID}/messages\n403 {"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}} (app-only, client credentials, client id ${PASTE_APP})`,
      cause: 'odata-access-disabled',
      has: [new RegExp(`Test-ServicePrincipalAuthorization -Identity ${PASTE_APP} -Resource ${USER_ID}`)],
      named: [/^\{sp-object-id\}: the object id of your app's service principal/],
    },
    {
      name: 'what the paste lacks is named plainly, and left as a placeholder',
      paste: '403 Forbidden Authorization_RequestDenied Insufficient privileges to complete the operation.',
      cause: 'permissions-missing',
      has: [/\{app-id\}/],
      named: [/^\{app-id\}: your app's application \(client\) id \(Entra ID > App registrations > your app > Overview\)$/, /^\{request-path\}: /],
    },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const paste = typeof row.paste === 'string' ? row.paste : await row.paste();
      const out = commands(paste, row.cause);
      for (const re of row.has) assert.match(out.text, re);
      for (const re of row.hasNot ?? []) assert.doesNotMatch(out.text, re);
      for (const re of row.named ?? []) assert.ok(out.toFill.some((t) => re.test(t)), `${re} not in ${JSON.stringify(out.toFill)}`);
    });
  }

  it('keeps ids read from a token out of a group chat\'s commands', async () => {
    const paste = `AADSTS53003: Access has been blocked by Conditional Access policies. client_credentials\nAuthorization: Bearer ${await mintToken(appOnly(['Mail.Read']))}`;
    assert.match(commands(paste, 'conditional-access', false).text, new RegExp(APP));
    const group = commands(paste, 'conditional-access', true);
    assert.doesNotMatch(group.text, new RegExp(`${APP}|${TENANT}`));
    assert.match(group.text, /\{app-id\}/);
  });

  const unsafe: { name: string; values: Record<string, string> }[] = [
    { name: 'a path with a quote', values: { path: "/users/x'; Remove-MgUser -UserId y; '" } },
    { name: 'a method that is not one', values: { method: 'GET; rm -rf /' } },
    { name: 'an app id that is not a GUID', values: { appId: "x' or 1 eq 1" } },
  ];
  for (const u of unsafe) {
    it(`never puts ${u.name} into a command`, () => {
      const check = { title: 't', fix: 'f', source: 'https://learn.microsoft.com/', verify: { powershell: "Find-MgGraphCommand -Uri '{request-path}' -Method {method}; Get-MgServicePrincipal -Filter \"appId eq '{app-id}'\"" } };
      const filled = fillCheck(check, u.values);
      assert.equal(filled.verify.powershell, check.verify.powershell);
      assert.ok(filled.toFill.length > 0);
    });
  }

  const carriedRows: { name: string; situations?: ('ews' | 'delegated' | 'app-only' | 'selected-permission')[]; context: string; want: string[]; setupKnown: boolean }[] = [
    { name: 'the carried setups and caller', situations: ['ews', 'delegated'], context: 'unknown', want: ['ews', 'delegated'], setupKnown: true },
    { name: 'the caller an answer settled', situations: ['ews', 'delegated'], context: 'app-only', want: ['ews', 'app-only'], setupKnown: true },
    { name: 'no situations at all, known as none', situations: [], context: 'mixed', want: [], setupKnown: true },
    { name: 'a card from before situations were carried', context: 'delegated', want: ['delegated'], setupKnown: false },
  ];
  for (const row of carriedRows) {
    it(`reads ${row.name} from a follow-up card`, () => {
      const v = valuesFromCarried({ request: 'GET /v1.0/users/7c6b5a49-3827-4165-8a4b-3c2d1e0f9a8b', template: '/users/{id}', appId: PASTE_APP, tenantId: PASTE_TENANT, userObjectId: USER_ID, correlationId: CORRELATION, situations: row.situations }, row.context);
      assert.deepEqual({ situations: v.situations, setupKnown: v.setupKnown }, { situations: row.want, setupKnown: row.setupKnown });
      assert.deepEqual({ path: v.path, appId: v.appId, tenantId: v.tenantId, userObjectId: v.userObjectId, correlationId: v.correlationId }, { path: '/users/{id}', appId: PASTE_APP, tenantId: PASTE_TENANT, userObjectId: USER_ID, correlationId: CORRELATION });
    });
  }

  it('completes a later reading with what the walkthrough carried', () => {
    const fresh = { method: 'GET', situations: ['app-only'] as const, appId: APP };
    const carried = { path: '/sites/{id}/drive', appId: PASTE_APP, tenantId: PASTE_TENANT, situations: ['selected-permission', 'delegated'] as const };
    const v = withCarried({ ...fresh, situations: [...fresh.situations] }, { ...carried, situations: [...carried.situations] });
    assert.deepEqual({ method: v.method, path: v.path, appId: v.appId, tenantId: v.tenantId, situations: v.situations }, { method: 'GET', path: '/sites/{id}/drive', appId: APP, tenantId: PASTE_TENANT, situations: ['selected-permission', 'app-only'] });
  });

  it('fills a follow-up card from what its button carries', () => {
    const v = valuesFromCarried({ request: 'PATCH /v1.0/users/abc', requestId: CORRELATION, date: '2026-11-24T09:30:00' }, 'app-only');
    assert.deepEqual({ method: v.method, path: v.path, apiVersion: v.apiVersion, timestamp: v.timestamp, situations: v.situations }, { method: 'PATCH', path: '/users/abc', apiVersion: 'v1.0', timestamp: '2026-11-24T09:30:00Z', situations: ['app-only'] });
  });
});

describe('every placeholder in a check is one the card can explain', () => {
  // Graph's own path parameters stay as Graph writes them; anything else in braces must be filled or explained.
  const GRAPH_PATH_PARTS = new Set(['id']);
  for (const v of verdicts) {
    it(`${v.id}: each {name} is filled from the paste or named with what to put there`, () => {
      for (const check of v.checks) {
        const text = [check.fix, ...Object.values(check.verify)].join('\n');
        const named = [...text.matchAll(/\{([a-z][a-z-]{0,30})\}/g)].map((m) => m[1] ?? '').filter((n) => !GRAPH_PATH_PARTS.has(n));
        const explained = new Set(fillCheck(check, {}).toFill.map((t) => /^\{([a-z-]+)\}: (.*)$/.exec(t)).filter((m) => m !== null && m[2] !== m[1]).map((m) => m?.[1]));
        for (const n of named) assert.ok(explained.has(n), `${check.title}: {${n}} is neither filled nor explained`);
      }
    });
  }
});
