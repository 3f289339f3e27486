/** A granted permission's type told by the title Microsoft gives that type (its permissions data). */
import assert from 'node:assert/strict';
import { typesByConsentRequired, typesByConsentTitle } from '../../../src/diagnosis/evidence/consent-titles.js';
import { consentTitlesOf } from '../../../src/permissions/default-index.js';

describe('diagnosis/evidence/consent-titles', () => {
  it('carries both titles for a permission Microsoft titles differently per type', () => {
    assert.deepEqual(consentTitlesOf('mail.send'), { delegated: 'Send mail as a user', application: 'Send mail as any user' });
    assert.equal(consentTitlesOf('User.Read.All'), undefined, 'the same title for both types says nothing');
  });

  const table: [string, string[]][] = [
    ['  Mail.Send     Send mail as a user                 No    ✓ Granted for Contoso', ['delegated']],
    ['  Mail.Send     Send mail as any user               Yes   ✓ Granted for Contoso', ['application']],
    ['  Mail.Read  | Read mail in all mailboxes | Admin consent required: Yes | Granted for Contoso', ['application']],
    ['Mail.Read - Read user mail - granted', ['delegated']],
    // A title on another line than the name is not that name's.
    ['Mail.Send is granted\nSend mail as any user is what the docs call it', []],
    ['We granted User.Read.All (Read all users\' full profiles).', []],
  ];
  for (const [text, types] of table) {
    it(`reads ${types.join(', ') || 'no type'} in ${JSON.stringify(text.slice(0, 50))}`, () => assert.deepEqual(typesByConsentTitle(text).sort(), types));
  }

  // Every application permission needs admin consent (Microsoft's data): "No" fits only a delegated form that needs none.
  const required: [string, string[]][] = [
    ['I added Calendars.ReadWrite. The portal said "Admin consent required: No" for that one.', ['delegated']],
    ['Calendars.ReadWrite | Admin consent required | No | Not granted for Contoso', ['delegated']],
    ['I added Calendars.ReadWrite. The portal said "Admin consent required: Yes".', []],
    // A delegated form that itself needs admin consent (User.Read.All) leaves "No" unexplained.
    ['User.Read.All, Calendars.ReadWrite: Admin consent required: No', []],
    ['Admin consent required: No', []],
  ];
  for (const [text, types] of required) {
    it(`reads ${types.join(', ') || 'no type'} from the consent column in ${JSON.stringify(text.slice(0, 50))}`, () => assert.deepEqual(typesByConsentRequired(text, text.toLowerCase()), types));
  }
});
