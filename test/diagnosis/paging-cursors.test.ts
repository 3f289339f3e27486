/** A paging or sync cursor said to expire is not the access token. */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { cursorSaidExpired, onlyCursorExpired } from '../../src/diagnosis/paging-cursors.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';

const now = new Date('2026-12-07T12:00:00Z');
const read = (text: string) => extractEvidence(text, { now });

describe('diagnosis/paging-cursors', () => {
  const said: [string, string | undefined][] = [
    ['The sync state generation is not found. The delta token is expired and data must be synchronized again.', 'delta token is expired'],
    ['Error message: The specified page token value has expired and can no longer be included in your request.', 'page token value has expired'],
    ['our skiptoken expired overnight', 'skiptoken expired'],
    ['The access token has expired.', undefined],
    ['Lifetime validation failed, the token is expired.', undefined],
  ];
  for (const [text, cursor] of said) {
    it(`reads ${cursor === undefined ? 'no cursor' : `"${cursor}"`} in "${text.slice(0, 60)}"`, () => assert.equal(cursorSaidExpired(read(text)), cursor));
  }

  it('keeps an access token said to expire beside a cursor', () => {
    const expiries = ['token is expired', 'token has expired'];
    assert.equal(onlyCursorExpired(read('The delta token is expired and data must be synchronized again.'), expiries), true);
    assert.equal(onlyCursorExpired(read('The delta token is expired. Later the access token has expired too.'), expiries), false);
  });

  // What the user sees: a new sync, not a new sign-in.
  const pastes: [string, string][] = [
    ['GET https://graph.microsoft.com/v1.0/users/delta?$deltatoken=... -> 400\n{"error":{"code":"syncStateNotFound","message":"The sync state generation is not found. The delta token is expired and data must be synchronized again."}}', 'not-authorization'],
    ['Page 7 of the listing always dies:\nError code: Directory_ExpiredPageToken\nError message: The specified page token value has expired and can no longer be included in your request.\n400 : Bad Request', 'not-authorization'],
    ['GET https://graph.microsoft.com/v1.0/users/delta -> 401\n{"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}}', 'token-invalid'],
  ];
  for (const [text, cause] of pastes) {
    it(`answers ${cause} first for "${text.slice(0, 60)}…"`, () => assert.equal(diagnose(text).causes[0]?.id, cause));
  }
});
