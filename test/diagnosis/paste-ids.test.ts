/** The ids a paste carries in its text, for commands and for the drafted support question. */
import assert from 'node:assert/strict';
import { findPasteIds, type PasteIds } from '../../src/diagnosis/paste-ids.js';

const TRACE = '0b1c2d3e-1111-4222-8333-444455556666';
const CORRELATION = '9f8e7d6c-1111-4222-8333-444455556666';
const APP = '0f1e2d3c-4b5a-4968-8776-655443322110';
const TENANT = 'aa11bb22-cc33-4d44-8e55-ff6677889900';
const USER = '7c6b5a49-3827-4165-8a4b-3c2d1e0f9a8b';

describe('diagnosis/paste-ids', () => {
  const cases: { paste: string; url?: string; want: PasteIds }[] = [
    { paste: 'Response 403: {"error":{}}', want: { responseStatus: 403 } },
    { paste: 'Response status 401 (Unauthorized)', want: { responseStatus: 401 } },
    { paste: 'the response 403 was odd', want: {} },
    { paste: `Trace ID: ${TRACE} Correlation ID: ${CORRELATION}`, want: { correlationId: CORRELATION, traceId: TRACE } },
    { paste: `Trace ID: ${TRACE.toUpperCase()}`, want: { traceId: TRACE } },
    { paste: `AADSTS65001: The user or administrator has not consented to use the application with ID '${APP}' named 'Orders'.`, want: { appId: APP } },
    { paste: `AADSTS500011: resource '00000003-0000-0000-c000-000000000000' client_id: ${APP}`, want: { appId: APP } },
    { paste: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`, want: { tenantId: TENANT } },
    { paste: 'GET …', url: `https://graph.microsoft.com/v1.0/users/${USER}/messages`, want: { userObjectId: USER } },
    { paste: 'appid: not-a-guid, Correlation ID: 12345', want: {} },
  ];
  for (const c of cases) {
    it(`reads ${JSON.stringify(c.paste.slice(0, 50))}`, () => {
      assert.deepEqual(findPasteIds(c.paste, c.url), c.want);
    });
  }
});
