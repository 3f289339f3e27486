/** Confidence is earned: a decisive reason, nothing contradicting it, and not on status or generic codes alone. */
import assert from 'node:assert/strict';
import { diagnose } from '../../src/diagnosis/diagnose.js';

describe('diagnosis: calibrated confidence', () => {
  const unsure: { name: string; paste: string }[] = [
    { name: 'a bare 403', paste: 'HTTP/1.1 403 Forbidden' },
    { name: 'a generic access-denied code', paste: '{"error":{"code":"accessDenied","message":"Access denied"}}' },
    { name: 'a 401 with only a generic code', paste: 'Status: 401 (Unauthorized) ErrorCode: Unauthorized' },
    { name: 'a decisive code beside text that contradicts it', paste: 'AADSTS65001: The user or administrator has not consented to use the application. I already granted admin consent for the tenant and it still fails after an hour.' },
    { name: 'a not-found while the person writes about users and permissions', paste: '{"error":{"code":"Request_ResourceNotFound","message":"Resource does not exist."}} The same call works for the admin user but other users get this; the app has User.Read.All permission.' },
    { name: 'a malformed sign-in request while the person says it works for another of their accounts', paste: 'AADSTS900561: This endpoint only accepts POST requests. Received a GET request. My colleague signs in fine with the same client; only my account ends here.' },
    { name: 'a not-found beside a 403 status', paste: 'HTTP/1.1 403 Forbidden\n{"error":{"code":"itemNotFound","message":"The resource could not be found."}}' },
    { name: 'a bad request while the person writes about the tenant and the client secret', paste: '400 {"error":{"code":"invalidRequest","message":"Invalid request"}} after we rotated the client secret for the tenant.' },
    {
      name: "another user's mail with a delegated own-mail permission (the .Shared permission and that user's sharing are both needed)",
      paste: 'Connect-MgGraph -Scopes "Mail.Read"\nGet-MgUserMessage -UserId colleague@contoso.com\nGet-MgUserMessage_List: Access is denied. Check credentials and try again.',
    },
  ];
  for (const u of unsure) {
    it(`is not confident on ${u.name}`, () => {
      assert.equal(diagnose(u.paste).confident, false);
    });
  }

  const sure: { name: string; paste: string }[] = [
    { name: 'an MFA code alone', paste: 'AADSTS50076: Due to a configuration change made by your administrator you must use multi-factor authentication.' },
    { name: 'a not-found with nothing about access', paste: '404 {"error":{"code":"Request_ResourceNotFound","message":"Resource \'abc\' does not exist or one of its queried reference-property objects are not present."}}' },
  ];
  for (const s of sure) {
    it(`is confident on ${s.name}`, () => {
      assert.equal(diagnose(s.paste).confident, true);
    });
  }

  // Graph refused the token before reading what kind it is: the /me-with-an-app-only-token reading waits
  // until Graph accepts a token, and no longer outvotes Graph's own words.
  it("answers Graph's own 'Invalid audience' first on an app-only /me call", () => {
    const d = diagnose('GET https://graph.microsoft.com/v1.0/me/messages\n401 {"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}} We use a client_secret.');
    assert.equal(d.causes[0]?.id, 'wrong-audience');
    assert.equal(d.confident, true);
  });
});
