import assert from 'node:assert/strict';
import { findStatuses } from '../../../src/diagnosis/evidence/http-status.js';

describe('diagnosis/evidence/http-status', () => {
  const table: [string, number][] = [
    ['HTTP/1.1 403 Forbidden', 403],
    ['< HTTP/2 401', 401],
    ['Status: 403 (Forbidden)', 403],
    ['statusCode: 403,', 403],
    ['"statusCode":401', 401],
    ['The remote server returned an error: (403) Forbidden.', 403],
    ['Unauthorized (401)', 401],
    ['403 : Forbidden', 403],
    ['responseStatusCode=403, error code X', 403],
    ['Graph call failed with httpCode=Forbidden, errorCode=X', 403],
    ['StatusCode:Unauthorized', 401],
    ['ERROR: Forbidden({"error":{}})', 403],
    ['HTTP 429; Too Many Requests', 429],
    ['the API returns a 403 error every time', 403],
  ];
  for (const [text, status] of table) {
    it(`reads ${status} from "${text}"`, () => {
      assert.equal(findStatuses(text)[0]?.status, status);
    });
  }
  it('does not mistake versions, ids or dates for statuses', () => {
    for (const text of ['graph-java/v3.9.403', 'request-id: 403e1b2c-0000', 'AADSTS50076', 'date: 2024-03-05T10:00:00', 'version 4.23.3']) {
      assert.deepEqual(findStatuses(text), [], text);
    }
  });
});
