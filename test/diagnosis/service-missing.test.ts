/** Whether the paste says the user lacks the service itself (OneDrive, mailbox, license). */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { personalSiteNotFound, serviceSaidMissing } from '../../src/diagnosis/service-missing.js';

const now = new Date('2026-11-24T12:00:00Z');
const read = (text: string) => extractEvidence(text, { now });

describe('diagnosis/service-missing', () => {
  const table: [string, string | undefined][] = [
    ['{"error":{"code":"BadRequest","message":"Unable to retrieve user\'s mysite URL."}}', "unable to retrieve user's mysite"],
    ["Code: ResourceNotFound Message: User's mysite not found.", "user's mysite not found"],
    ['The user was created yesterday and never opened OneDrive.', 'never opened onedrive'],
    ['A user without an Exchange Online license gets 404.', 'without an exchange online license'],
    ["I can't get the user's OneDrive items with my daemon.", undefined],
    ['The file was not found in the user\'s OneDrive.', undefined],
    ['Every user has a license and the call still fails.', undefined],
    ['GET https://graph.microsoft.com/v1.0/me/drive returns 404 itemNotFound for a new hire.', 'GET /me/drive was not found'],
    ['GET https://graph.microsoft.com/v1.0/users/jane@contoso.com/drive/root returns 404.', 'GET /users/{id}/drive/root was not found'],
    // A file below the root is missing, not the drive; /me from a daemon names no user at all.
    ['GET https://graph.microsoft.com/v1.0/me/drive/root:/Reports/x.xlsx returns 404 itemNotFound.', undefined],
    ['Our daemon (client credentials) calls GET https://graph.microsoft.com/v1.0/me/drive: 404 itemNotFound.', undefined],
    // A mailbox said to be missing in the other languages the product reads.
    ['Für einen User ohne Mailbox liefert der Endpoint 400 Bad Request.', 'ohne mailbox'],
    ['Para un usuario sin buzón devuelve 400.', 'sin buzón'],
    ['这个用户没有邮箱，所以返回 404。', '没有邮箱'],
    ['Der Benutzer hat ein Postfach, trotzdem 403.', undefined],
    // A mailbox on premises, said in English and in the other languages.
    ['Our tenant is hybrid and my mailbox is still on-premises.', 'mailbox is still on-premises'],
    // Only asked by a colleague, then answered no.
    ['is it an on-prem mailbox? we still have a few in hybrid\nnope, cloud mailbox, OWA works.', undefined],
    ['Passiert nur bei den lokalen (on-prem) Postfächern, Online-Postfächer funktionieren.', 'lokalen (on-prem) postfächern'],
    ['Mein Account hat ein Exchange-on-prem-Postfach hinter dem Hybrid-Connector.', 'on-prem-postfach'],
    ['Solo falla con los buzones locales de Exchange.', 'buzones locales'],
    ['オンプレミスのメールボックスのユーザーだけ失敗します。', 'オンプレミスのメールボックス'],
    ['我的账号的 mailbox 是 Exchange on-prem 的，走 hybrid connector。', 'mailbox 是 exchange on-prem'],
    ['We migrated from on-prem mailboxes to Exchange Online last year.', undefined],
  ];
  for (const [text, said] of table) {
    it(`${said === undefined ? 'reads no missing service' : `reads "${said}"`} in: ${text}`, () => assert.equal(serviceSaidMissing(read(text)), said));
  }

  it("reads the service's own words only for the personal site", () => {
    assert.equal(personalSiteNotFound(read('The user was created yesterday and never opened OneDrive.')), undefined);
    assert.equal(personalSiteNotFound(read("Unable to retrieve user's mysite URL.")), "unable to retrieve user's mysite");
  });
});
