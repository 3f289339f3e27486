import assert from 'node:assert/strict';
import { otherApiNamed } from '../../../src/diagnosis/knowledge/other-apis.js';

/** The API a paste names, by host, by name or by an abbreviation standing as a word of its own. */
const CASES: ReadonlyArray<{ name: string; text: string; api: string | undefined }> = [
  { name: 'a host in a URL', text: 'GET https://management.azure.com/subscriptions?api-version=2020-01-01', api: 'Azure Resource Manager' },
  { name: 'a name in prose', text: 'the power bi rest api returns 403', api: 'Power BI REST API' },
  { name: 'EWS as a word of its own', text: 'ews request with oauth fails with 401', api: 'Exchange (Outlook REST / EWS / IMAP / POP / SMTP)' },
  { name: 'EWS in brackets', text: 'calling exchange (ews) with the token', api: 'Exchange (Outlook REST / EWS / IMAP / POP / SMTP)' },
  { name: "OneDrive's direct endpoint for personal accounts, outside Graph", text: 'the token i retrieve from https://api.onedrive.com/v1.0 gives 401 on graph', api: 'OneDrive direct endpoint (api.onedrive.com)' },
  { name: "MailKit's XOAUTH2 mechanism named in code", text: 'await imap.authenticateasync(new saslmechanismoauth2(user, token.accesstoken));', api: 'Exchange (Outlook REST / EWS / IMAP / POP / SMTP)' },
  { name: 'the SMTP AUTH submission host with its port', text: 'connecting to smtp.office365.com:587 with starttls', api: 'Exchange (Outlook REST / EWS / IMAP / POP / SMTP)' },
  { name: 'a host followed by a path after a colon is part of that path', text: 'graph path contoso.sharepoint.com:/sites/hr is read', api: undefined },
  { name: "Azure Monitor's query host", text: 'post https://api.loganalytics.io/v1/workspaces/{id}/query answers 403 invalidtokenerror', api: 'Log Analytics query API' },
  { name: "Microsoft Fabric's REST host", text: 'get https://api.fabric.microsoft.com/v1/workspaces returns 401 tokenaudiencenotmatched', api: 'Microsoft Fabric REST API' },
  { name: 'the letters inside another word', text: 'the news feed views fail with 401', api: undefined },
  { name: "an app setting's Key Vault reference is configuration the platform resolves, not a call", text: '"baseurl": "@microsoft.keyvault(secreturi=https://kv-contoso.vault.azure.net/secrets/graphbase/)" then get https://graph.microsoft.com/v1.0/users returns 401', api: undefined },
  { name: 'a call to Key Vault itself', text: 'get https://kv-contoso.vault.azure.net/secrets/graphbase?api-version=7.4 returns 401', api: 'Azure Key Vault' },
  { name: 'nothing but Graph', text: 'GET https://graph.microsoft.com/v1.0/me returns 401', api: undefined },
];

describe('diagnosis/knowledge/other-apis', () => {
  for (const c of CASES) {
    it(`names the API: ${c.name}`, () => {
      assert.equal(otherApiNamed(c.text, (p) => c.text.includes(p))?.name, c.api);
    });
  }
});
