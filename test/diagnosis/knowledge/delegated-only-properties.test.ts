import assert from 'node:assert/strict';
import { delegatedOnlyPropertyNamed } from '../../../src/diagnosis/knowledge/delegated-only-properties.js';

/** A delegated-only property named as Graph spells it, as another tool spells it, or in words. */
const CASES: ReadonlyArray<[string, string, string | undefined]> = [
  ["Graph's own name in a request body", 'PATCH /groups/{id} {"allowExternalSenders": true}', 'allowExternalSenders'],
  ["Terraform's attribute, its words in another order", 'Error: Failed to set `external_senders_allowed` for group', 'allowExternalSenders'],
  ['in prose', 'we want to auto subscribe new members of the group', 'autoSubscribeNewMembers'],
  ['a $select of the unseen count', 'GET /groups/{id}?$select=unseenCount', 'unseenCount'],
  ['senders in another sense', 'the external senders list of the mail flow rule is empty', undefined],
  ['a subscription that is no group subscription', 'POST /subscriptions for new messages returns 403', undefined],
];

describe('diagnosis/knowledge/delegated-only-properties', () => {
  for (const [name, text, property] of CASES) {
    it(name, () => assert.equal(delegatedOnlyPropertyNamed(text)?.property, property));
  }
});
