import assert from 'node:assert/strict';
import { dropErrorsNotAsked } from '../../src/diagnosis/quoted-elsewhere.js';

describe('diagnosis/quoted-elsewhere', () => {
  // [name, paste, a line or sentence that must be gone, one that must stay]
  const dropped: [string, string, string, string][] = [
    ['a quote introduced as found on a forum', 'My flow gets 403 Forbidden with an empty message.\nfound this on a forum which looks similar:\n> {"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}}\nis it the same?', 'Access to OData is disabled', '403 Forbidden'],
    ['a quote introduced as another user\'s', 'Someone in another thread got this:\n> AADSTS50076: you must use multi-factor authentication\nMine is different: 403 Authorization_RequestDenied.', 'AADSTS50076', 'Authorization_RequestDenied'],
    ['an error told as met last month and fixed', 'Every user gets 403 ErrorAccessDenied "Access to OData is disabled."\nLast month the only error was MailboxNotEnabledForRESTAPI for a new user, and that went away once we licensed him. Nothing else changed.', 'MailboxNotEnabledForRESTAPI', 'Nothing else changed.'],
    ['an expiry the log shows renewed, not refused again', '01:00 GET /v1.0/drives/{id}/root/delta 200\n02:00 GET /v1.0/drives/{id}/root/delta 401 InvalidAuthenticationToken (token expired) -> refreshing\n02:00 GET /v1.0/drives/{id}/items/{id}/content 200\n02:18 GET /v1.0/drives/{id}/items/{id}/content 429 activityLimitReached', 'InvalidAuthenticationToken', '429 activityLimitReached'],
    ['an error told as fixed before, in Italian', 'GET /users/{id}/memberOf -> 404 Request_ResourceNotFound\nPrima avevo AADSTS65001 ma ho fatto dare il consenso admin e quello è sparito. Mi manca un altro permesso?', 'AADSTS65001', 'Mi manca un altro permesso?'],
  ];
  for (const [name, paste, gone, kept] of dropped) {
    it(`drops ${name}`, () => {
      const out = dropErrorsNotAsked(paste);
      assert.ok(!out.includes(gone), out);
      assert.ok(out.includes(kept), out);
      assert.equal(out.split('\n').length, paste.split('\n').length, 'line count kept');
    });
  }

  const keptWhole: [string, string][] = [
    ['a quote of the writer\'s own log', 'Here is my log:\n> 403 Forbidden: Insufficient privileges to complete the operation.'],
    ['a quote of what the writer\'s own users get', 'When someone from a customer signs in we get:\n> AADSTS50020: User account from identity provider does not exist in tenant'],
    ['an error fixed before that is back', 'Last month we fixed AADSTS50076 by registering MFA, but it is back again today.'],
    ['a fix told beside what happens now', 'Earlier AADSTS65001 went away after consent, but now I get 403 Authorization_RequestDenied.'],
    ['an expiry renewed and refused again', '02:00 GET /v1.0/users 401 (token expired) -> refreshing\n02:01 GET /v1.0/users 401 InvalidAuthenticationToken'],
    ['a fixed thing without any error named', 'Last week we fixed the redirect URI. Calls to /users give 403 Forbidden.'],
  ];
  for (const [name, paste] of keptWhole) it(`keeps ${name}`, () => assert.equal(dropErrorsNotAsked(paste), paste));
});
