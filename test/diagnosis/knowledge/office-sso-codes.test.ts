/** An Office add-in's SSO codes are read beside its getAccessToken call, and nowhere else. */
import assert from 'node:assert/strict';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { officeSsoCodes } from '../../../src/diagnosis/knowledge/office-sso-codes.js';
import { NOW } from '../../helpers/tokens.js';

describe('diagnosis/knowledge/office-sso-codes', () => {
  const read: [string, string, string[]][] = [
    ['the async call with its code', 'getaccesstokenasync returns error 13005', ['13005']],
    ['OfficeRuntime.auth with a JSON code', 'officeruntime.auth.getaccesstoken() failed: {"code":13013,"name":"sso error"}', ['13013']],
    ['an add-in\'s SSO said in words', 'our outlook add-in sso fails with 13007 and then 13002', ['13007', '13002']],
    ['a number the table does not list', 'getaccesstoken returns 13009', []],
    ['the number without the add-in call', 'order 13007 shipped, invoice 13005 paid', []],
  ];
  for (const [name, lower, codes] of read) {
    it(`reads ${name}`, () => assert.deepEqual(officeSsoCodes(lower).map((r) => r.code), codes));
  }

  const leads: [string, string, string][] = [
    ['Office not pre-authorized for the add-in\'s API (13005)', 'Office.auth.getAccessToken() rejects with {"code":13005,"message":"Invalid Grant"} for every user of our Word add-in.', 'permissions-missing'],
    ['a throttled retry loop (13013)', 'OfficeRuntime.auth.getAccessToken keeps failing with 13013 after our retry handler calls it again on every failure.', 'not-authorization'],
    ['a manifest whose resource does not match (13004)', 'getAccessToken error 13004 while sideloading the Excel add-in from localhost:3000.', 'not-authorization'],
  ];
  for (const [name, paste, cause] of leads) {
    it(`ranks ${cause} first for ${name}`, () => assert.equal(diagnose(paste, { now: NOW }).causes[0]?.id, cause));
  }
});
