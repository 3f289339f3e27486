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
  // Codes come from error bodies only: a URL parameter named code is a key or an authorization code.
  const notCodes: [string, string][] = [
    ['an Azure Functions key in a query string', 'POST https://fn.azurewebsites.net/api/hook?code=AbCdEf0123456789ZyXwVuTsRqPoNm'],
    ['a code after another parameter', 'https://fn.azurewebsites.net/api/hook?clientId=default&code=FnKey_abc'],
    ['an authorization code in a redirect fragment', 'https://localhost/cb#code=ValueFromRedirect&state=1'],
    ['a random-looking value even in a field', '"code": "Zx81Kq0PlmW3nB7vR2tY6uE9"'],
  ];
  for (const [name, text] of notCodes) {
    it(`does not read ${name} as an error code`, () => assert.deepEqual(findGraphCodes(text), []));
  }
  it('reads the body\'s code when a URL in the same paste carries ?code=', () => {
    const text = 'POST https://fn.azurewebsites.net/api/hook?code=AbCdEf0123456789ZyXwVuTsRqPoNm\n403 {"error":{"code":"Authorization_RequestDenied"}}';
    assert.deepEqual(findGraphCodes(text), ['Authorization_RequestDenied']);
  });
  it('reads AADSTS codes with their description and OAuth errors', () => {
    const text = 'invalid_grant: AADSTS50076: Due to a configuration change you must use MFA.\nTrace ID: x';
    assert.deepEqual(findAadsts(text), [{ code: '50076', description: 'Due to a configuration change you must use MFA.' }]);
    assert.deepEqual(findOAuthErrors(text), ['invalid_grant']);
  });
  it('reads a code that another one wraps in its description, and marks the wrapper', () => {
    const text = 'MSAL: AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password.\nTrace ID: x';
    assert.deepEqual(findAadsts(text), [
      { code: '70002', description: 'Error validating credentials.', wraps: true },
      { code: '50126', description: 'Invalid username or password.' },
    ]);
  });
  it('leaves a code named later on the line to the description: an aside, not the error', () => {
    const text = 'AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application. AADSTS65001 was the previous error, fixed by consenting.';
    assert.deepEqual(findAadsts(text).map((a) => [a.code, a.wraps ?? false]), [['50011', false]]);
  });
  it('leaves a code told as history, met before and fixed, and reads one said to be back', () => {
    assert.deepEqual(findAadsts('Context: last month we hit AADSTS50076 during the MFA rollout and fixed it by excluding the bot account. Now a new 403.').map((a) => a.code), []);
    assert.deepEqual(findAadsts('Last month we fixed AADSTS50076 by excluding the bot account, but it is back again: AADSTS50076: Due to a configuration change you must use MFA.').map((a) => a.code), ['50076']);
    assert.deepEqual(findAadsts('AADSTS50076: Due to a configuration change you must use MFA. We fixed nothing yet.').map((a) => a.code), ['50076']);
  });
  it("reads the codes Entra's sign-in page and sign-in logs print without the prefix, when the reference lists them", () => {
    assert.deepEqual(findAadsts("You cannot access this right now\nError Code: 53003\nRequest Id: {request-id}\nCorrelation Id: {request-id}").map((a) => a.code), ['53003']);
    assert.deepEqual(findAadsts('From portal.azure.com:\nSign-in error code\n50199\nFailure reason\nFor security reasons, user confirmation is required for this request.').map((a) => a.code), ['50199']);
    // A bare number the reference does not list is something else: an add-in's own code, a socket error.
    assert.deepEqual(findAadsts('Office.auth.getAccessToken failed with error code 13005').map((a) => a.code), []);
    assert.deepEqual(findAadsts('recv failed, error code 10054').map((a) => a.code), []);
  });
  it('reads an AADSTS code in any case, as a log pipeline may lower-case it', () => {
    assert.deepEqual(findAadsts('error: aadsts50158: external security challenge not satisfied').map((a) => a.code), ['50158']);
  });

  it('reads the token endpoint\'s numbered error_codes, with or without the AADSTS prefix beside them', () => {
    assert.deepEqual(findAadsts('{"error":"invalid_grant","error_description":"The signed in user is not assigned to a role for the application.","error_codes":[50105]}'), [{ code: '50105', description: 'The signed in user is not assigned to a role for the application.' }]);
    assert.deepEqual(findAadsts("{'error': 'invalid_scope', 'error_codes': [1002012, 70011]}").map((a) => a.code), ['1002012', '70011']);
    assert.deepEqual(findAadsts('{"error_description":"AADSTS50076: MFA required.","error_codes":[50076]}').map((a) => a.code), ['50076']);
    assert.deepEqual(findAadsts('"error_codes": []').map((a) => a.code), []);
  });
  it('tells the request-id from the client-request-id, and reads the date', () => {
    const text = '"innerError":{"client-request-id":"aaaaaaaa-0000-4000-8000-000000000001","request-id":"bbbbbbbb-0000-4000-8000-000000000002","date":"2025-02-03T04:05:06"}';
    const ids = findRequestIds(text);
    assert.equal(ids.requestId, 'bbbbbbbb-0000-4000-8000-000000000002');
    assert.equal(ids.clientRequestId, 'aaaaaaaa-0000-4000-8000-000000000001');
    assert.equal(findDate(text), '2025-02-03T04:05:06');
  });
});
