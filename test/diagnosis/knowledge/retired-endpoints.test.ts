/** Retired endpoints are data with sources, matched by the address a request goes to. */
import assert from 'node:assert/strict';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { RETIRED_ENDPOINTS, retiredEndpointOf } from '../../../src/diagnosis/knowledge/retired-endpoints.js';

describe('diagnosis/knowledge/retired-endpoints', () => {
  it('sources every row to a Microsoft Learn page and names its replacement', () => {
    for (const r of RETIRED_ENDPOINTS) {
      assert.match(r.source, /^https:\/\/learn\.microsoft\.com\//, r.name);
      assert.ok(r.replacement.length > 10, r.name);
    }
  });

  const addresses: [string, boolean][] = [
    ['https://manage.office.com/api/v1.0/{tenant-id}/ServiceComms/CurrentStatus', true],
    ['https://manage.office.com/api/v1.0/contoso.onmicrosoft.com/ServiceComms/Messages', true],
    // The Management Activity API on the same host is not retired.
    ['https://manage.office.com/api/v1.0/{tenant-id}/activity/feed/subscriptions/list', false],
    ['https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/healthOverviews', false],
  ];
  for (const [url, retired] of addresses) {
    it(`${retired ? 'knows' : 'does not take'} ${url} ${retired ? 'as retired' : 'for retired'}`, () => assert.equal(retiredEndpointOf(url) !== undefined, retired));
  }

  it('answers a bare 403 from the retired endpoint as no authorization problem', () => {
    const d = diagnose('GET https://manage.office.com/api/v1.0/{tenant-id}/ServiceComms/CurrentStatus\nThe remote server returned an error: (403) Forbidden.\nThe app has ServiceHealth.Read with admin consent; it worked last year.');
    assert.equal(d.causes[0]?.id, 'not-authorization');
  });
});
