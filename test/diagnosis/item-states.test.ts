/** The object's own state shown in the paste, refusing the write whatever the caller holds. */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { stateForbidsCall } from '../../src/diagnosis/item-states.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';

const now = new Date('2026-12-07T12:00:00Z');
const read = (text: string) => stateForbidsCall(extractEvidence(text, { now }));

describe('diagnosis/item-states', () => {
  // [paste, words the reason must carry, or undefined when no state forbids the call]
  const table: [string, string | undefined][] = [
    ['POST https://graph.microsoft.com/v1.0/teams/{team-id}/channels/{channel-id}/messages\nHTTP/1.1 403 Forbidden\nGET on the team: {"id":"{team-id}","isArchived": true}', 'archived'],
    ['GET https://graph.microsoft.com/v1.0/teams/{team-id} returns 403 and the team shows "isArchived": true', undefined],
    ['POST https://graph.microsoft.com/v1.0/teams/{team-id}/channels/{channel-id}/messages -> 403. The team is "isArchived": false.', undefined],
    // The team read to show its state, beside a write said in words.
    ['Our digest posts to 41 teams; one gets 403 Forbidden. GET /v1.0/teams/{team-id} for the failing one:\n{"id":"{team-id}","isArchived": true}', 'archived'],
    ['DELETE https://graph.microsoft.com/v1.0/drives/{drive-id}/items/{item-id}\nHTTP/1.1 403 Forbidden\nretentionLabel: {"retentionSettings":{"behaviorDuringRetentionPeriod":"retain","isDeleteAllowed": false}}', 'isDeleteAllowed'],
    ['PUT https://graph.microsoft.com/v1.0/drives/{drive-id}/items/{item-id}/content -> 403\n"retentionSettings": {"isContentUpdateAllowed": false, "isDeleteAllowed": false}', 'isContentUpdateAllowed'],
    ['DELETE https://graph.microsoft.com/v1.0/drives/{drive-id}/items/{item-id} -> 403 accessDenied\n"isDeleteAllowed": true', undefined],
    ['Microsoft.SharePoint.Client.ServerException: Access to this Web site has been blocked.\nUrl       : https://contoso.sharepoint.com/sites/legal\nLockState : NoAccess', 'NoAccess'.toLowerCase()],
    ['Get-PnPTenantSite | fl Url,LockState\nLockState : Unlock', undefined],
    // An anonymous sharing link refused beside a link of another scope made on the same item.
    ['POST /v1.0/drives/{drive-id}/items/{item-id}/createLink {"type":"view","scope":"organization"} => 201 Created\nPOST /v1.0/drives/{drive-id}/items/{item-id}/createLink {"type":"view","scope":"anonymous"} => 403 Forbidden', 'Anyone'],
    ['POST /v1.0/drives/{drive-id}/items/{item-id}/createLink {"type":"view","scope":"anonymous"} => 403 Forbidden', undefined],
    ['POST /v1.0/drives/{drive-id}/items/{item-id}/createLink {"type":"view","scope":"anonymous"} => 403 Forbidden; {"scope":"organization"} gives 403 as well', undefined],
  ];
  for (const [paste, said] of table) {
    it(`${said === undefined ? 'reads no state in' : `reads "${said}" in`} ${JSON.stringify(paste.slice(0, 60))}`, () => {
      const got = read(paste);
      if (said === undefined) assert.equal(got, undefined);
      else assert.ok(got?.includes(said), got);
    });
  }

  it('answers not-authorization first for an archived team refusing a new channel message', () => {
    const d = diagnose('Our bot posts a weekly digest (delegated, ChannelMessage.Send consented). One team fails:\nPOST https://graph.microsoft.com/v1.0/teams/{team-id}/channels/{channel-id}/messages\nHTTP/1.1 403 Forbidden\nGET on the team for comparison:\n{"id":"{team-id}","displayName":"FY22 Audit","isArchived": true}', { now });
    assert.equal(d.causes[0]?.id, 'not-authorization');
  });
});
