import assert from 'node:assert/strict';
import { subscriptionResource, SUBSCRIPTION_RESOURCES } from '../../../src/diagnosis/knowledge/subscription-resources.js';

describe('diagnosis/knowledge/subscription-resources', () => {
  // [the resource as written in a subscription, the row's resource or undefined]
  const table: [string, string | undefined][] = [
    ['/chats/getAllMessages', 'chats/getAllMessages'],
    ['chats/getallmessages', 'chats/getAllMessages'],
    ['/v1.0/teams/getAllMessages?$filter=x', 'teams/getAllMessages'],
    ['communications/callRecords', 'communications/callRecords'],
    // One chat's messages, and a user's mail, are GETs the permissions data answers for.
    ['/chats/19:abc@thread.v2/messages', undefined],
    ["me/mailFolders('Inbox')/messages", undefined],
  ];
  for (const [written, row] of table) {
    it(`reads "${written}" as ${row ?? 'no tenant-wide feed'}`, () => assert.equal(subscriptionResource(written)?.resource, row));
  }
  it('gives every row a permission of at least one type', () => {
    for (const r of SUBSCRIPTION_RESOURCES) assert.ok(r.delegated !== undefined || r.application !== undefined, r.resource);
  });
});
