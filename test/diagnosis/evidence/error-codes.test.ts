import assert from 'node:assert/strict';
import { findAadsts, findDate, findGraphCodes, findOAuthErrors, findRequestIds } from '../../../src/diagnosis/evidence/error-codes.js';

describe('diagnosis/evidence/error-codes', () => {
  const codes: [string, string][] = [
    ['{"error":{"code":"Authorization_RequestDenied"}}', 'Authorization_RequestDenied'],
    ['Code: MailboxNotEnabledForRESTAPI\nMessage: x', 'MailboxNotEnabledForRESTAPI'],
    ['ErrorCode: AccessDenied', 'AccessDenied'],
    ["code: 'InvalidAuthenticationToken',", 'InvalidAuthenticationToken'],
    ['code: Some(\n "InvalidAuthenticationToken",', 'InvalidAuthenticationToken'],
    ['(code=ErrorAccessDenied, message=...)', 'ErrorAccessDenied'],
  ];
  for (const [text, code] of codes) {
    it(`reads the Graph code ${code}`, () => assert.ok(findGraphCodes(text).includes(code), JSON.stringify(findGraphCodes(text))));
  }
  it('reads AADSTS codes with their description and OAuth errors', () => {
    const text = 'invalid_grant: AADSTS50076: Due to a configuration change you must use MFA.\nTrace ID: x';
    assert.deepEqual(findAadsts(text), [{ code: '50076', description: 'Due to a configuration change you must use MFA.' }]);
    assert.deepEqual(findOAuthErrors(text), ['invalid_grant']);
  });
  it('tells the request-id from the client-request-id, and reads the date', () => {
    const text = '"innerError":{"client-request-id":"aaaaaaaa-0000-4000-8000-000000000001","request-id":"bbbbbbbb-0000-4000-8000-000000000002","date":"2025-02-03T04:05:06"}';
    const ids = findRequestIds(text);
    assert.equal(ids.requestId, 'bbbbbbbb-0000-4000-8000-000000000002');
    assert.equal(ids.clientRequestId, 'aaaaaaaa-0000-4000-8000-000000000001');
    assert.equal(findDate(text), '2025-02-03T04:05:06');
  });
});
