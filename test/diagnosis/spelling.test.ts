/** The key words read as Microsoft spells them, whatever was typed; other words left as they are. */
import assert from 'node:assert/strict';
import { canonicalSpelling } from '../../src/diagnosis/spelling.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';

const respelt: [string, string][] = [
  ['insuficient privileges to complete the operation', 'insufficient privileges to complete the operation'],
  ['403 fordidden', '403 forbidden'],
  ['missing persmission on the app', 'missing permission on the app'],
  ['the premissions are granted', 'the permissions are granted'],
  ['wrong audiance in the token', 'wrong audience in the token'],
  ['graph exploler returns 403', 'graph explorer returns 403'],
  ['the sharepiont site and the onedirve folder', 'the sharepoint site and the onedrive folder'],
  ['exchnage online mailbox', 'exchange online mailbox'],
  ['service pricipal of the app', 'service principal of the app'],
  ['delagated permissions only', 'delegated permissions only'],
  ['unauthorised: no sharepoint licence', 'unauthorized: no sharepoint license'],
  ['the user is unlicenced', 'the user is unlicensed'],
];

const untouched: string[] = [
  'the tokens were exchanged and the explorers opened the onedrives',
  // Other endings of the same word are other words.
  'a privileged role', 'the app delegates to the api', 'two applications', 'the permissioned site', 'service principals',
  // Words one slip from a key word but shorter than eight letters are not guessed at.
  'the tenant has a mailbox', 'expire soon',
  // Two slips away is another word.
  'in principle it should work',
];

describe('diagnosis/spelling', () => {
  for (const [typed, read] of respelt) it(`reads "${typed}" as "${read}"`, () => assert.equal(canonicalSpelling(typed), read));
  for (const text of untouched) it(`leaves "${text}" as it is`, () => assert.equal(canonicalSpelling(text), text));

  it('reads a retyped directory denial as the denial', () => {
    const d = diagnose('Graph call from our admin tool fails: "Insuficient privileges to complete the operation."');
    assert.equal(d.causes[0]?.id, 'permissions-missing', d.causes.map((c) => c.id).join(', '));
    assert.ok(d.causes[0]?.evidence.some((x) => /insufficient privileges/i.test(x)), d.causes[0]?.evidence.join(' | '));
  });

  it('stays linear on a megabyte of near-miss words', () => {
    const big = 'insuficient persmission audiance '.repeat(32_000);
    assert.equal(canonicalSpelling(big).length, 'insufficient permission audience '.repeat(32_000).length);
  });
});
