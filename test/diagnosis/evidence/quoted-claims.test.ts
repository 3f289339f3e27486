import assert from 'node:assert/strict';
import { findQuotedClaims } from '../../../src/diagnosis/evidence/quoted-claims.js';

describe('diagnosis/evidence/quoted-claims', () => {
  const table: { text: string; roles?: string[]; scopes?: string[]; scp?: string[] }[] = [
    { text: '"roles": ["User.Read.All", "Mail.Send"]', roles: ['User.Read.All', 'Mail.Send'] },
    // A request body's own "roles" (a site permission's) before the token's claims: the token's list is the one read.
    { text: 'POST /sites/{site-id}/permissions {"roles":["write"],"grantedToIdentities":[]}\n403 accessDenied\ntoken: "roles": [ "Sites.Selected", "Group.ReadWrite.All" ]', roles: ['Sites.Selected', 'Group.ReadWrite.All'] },
    { text: '"scp": "User.Read Mail.Read"', scp: ['User.Read', 'Mail.Read'] },
    { text: "scopes = ['User.Read', 'Mail.Send']", scopes: ['User.Read', 'Mail.Send'] },
    // Where the claim comes from named above it ("scp from jwt.ms:"): the value is the one on the claim's own line.
    { text: 'nope, cloud mailbox. scp from jwt.ms:\n"scp": "openid profile User.Read email",\n"aud": "00000003-0000-0000-c000-000000000000"', scp: ['openid', 'profile', 'User.Read', 'email'] },
    // The separator left out before an array in prose.
    { text: 'The SPA gets a token with scopes ["User.Read"] and sends it to my API.', scopes: ['User.Read'] },
    { text: 'var scopes = new string[] { "User.Read", "Calendars.Read" };', scopes: ['User.Read', 'Calendars.Read'] },
    // An array written one scope a line.
    { text: "scope: [\n  'offline_access',\n  'https://graph.microsoft.com/Mail.Read'\n]", scopes: ['offline_access', 'https://graph.microsoft.com/Mail.Read'] },
    // The claim told in prose, its permissions unquoted; words after it that are no permissions say nothing.
    { text: 'The token aud is https://graph.microsoft.com and scp User.Read; 403 on /users.', scp: ['User.Read'] },
    { text: 'the scp claim only has User.Read and openid', scp: ['User.Read', 'openid'] },
    // The token named by whose it is.
    { text: 'scp in my connection\'s token: "openid Reports.Read.All User.Read"', scp: ['openid', 'Reports.Read.All', 'User.Read'] },
    // Where the claim sits, said in German, with the decoder named after it.
    { text: 'Consent ist da (scp im Token laut jwt.ms: "Mail.Read Mail.Read.Shared User.Read")', scp: ['Mail.Read', 'Mail.Read.Shared', 'User.Read'] },
    // jwt.ms's Claims table, pasted as text: claim | value | description.
    { text: 'scp | Directory.AccessAsUser.All User.ReadWrite.All User.Read | Set of the scopes exposed by your application', scp: ['Directory.AccessAsUser.All', 'User.ReadWrite.All', 'User.Read'] },
    { text: 'roles: User.Read.All, Group.Read.All in the token', roles: ['User.Read.All', 'Group.Read.All'] },
    { text: 'I decoded the token and roles only shows ["User.Read.All"], which I do not understand', roles: ['User.Read.All'] },
    { text: "roles contains ['Sites.Read.All', 'User.Read.All']", roles: ['Sites.Read.All', 'User.Read.All'] },
    // What Graph's own 403 says the token carried, also where PowerShell wraps the message.
    { text: "Missing role permissions on the request. API required one of 'Chat.Read.All'. Roles on the request 'Chat.ReadWrite.All'", roles: ['Chat.ReadWrite.All'] },
    { text: "Missing scope permissions on the request. API requires one of 'Chat.ReadBasic, Chat.Read'. Scopes on the request\n     | 'User.Read'", scp: ['User.Read'] },
    // Where the claim is, said between its name and its value.
    { text: 'roles in the token: ["Mail.ReadBasic.All","User.Read.All"]', roles: ['Mail.ReadBasic.All', 'User.Read.All'] },
    { text: 'scp in token: ChannelMessage.Read.All Group.Read.All User.Read', scp: ['ChannelMessage.Read.All', 'Group.Read.All', 'User.Read'] },
    { text: 'scp in that token: "Group.ReadWrite.All openid User.ReadWrite.All"', scp: ['Group.ReadWrite.All', 'openid', 'User.ReadWrite.All'] },
    { text: 'the scp claim is missing from the token', scp: undefined },
    // The linking word of another language, the list in backticks.
    { text: 'jwt.ms 里看 scp 是 `Calendars.Read User.Read openid profile email`。', scp: ['Calendars.Read', 'User.Read', 'openid', 'profile', 'email'] },
    { text: 'Im Token ist scp ist Mail.Read, sonst nichts.', scp: ['Mail.Read'] },
    { text: 'el scp es un problema', scp: undefined },
    // What Get-MgContext prints of the session's consented scopes: its table, or one a line; a table cut short is not the whole list.
    { text: 'ClientId : {client-id}\nScopes   : {openid, profile, User.Read, email}\nAuthType : Delegated', scp: ['openid', 'profile', 'User.Read', 'email'] },
    { text: 'PS> (Get-MgContext).Scopes\nopenid\nprofile\nUser.Read\nemail\n\nPS> Get-MgGroup -All', scp: ['openid', 'profile', 'User.Read', 'email'] },
    { text: 'Get-MgContext | Select -ExpandProperty Scopes\nUser.Read.All\nGroup.Read.All\nAuthType : AppOnly', roles: ['User.Read.All', 'Group.Read.All'] },
    // Without an AuthType printed, the Connect-MgGraph that opened the session says whose permissions they are.
    { text: 'Connect-MgGraph -Scopes "User.ReadWrite.All"   # on my workstation: fine\nIn Azure Automation:\nConnect-MgGraph -Identity\nUpdate-MgUser : Insufficient privileges\nPS> (Get-MgContext).Scopes\nUser.Read.All\n', roles: ['User.Read.All'], scopes: ['User.ReadWrite.All'] },
    { text: 'Connect-MgGraph -Identity   # the runbook\nlocally instead:\nConnect-MgGraph -Scopes "User.Read.All"\nPS> (Get-MgContext).Scopes\nUser.Read.All\n\nPS> Get-MgUser -All', scp: ['User.Read.All'], scopes: ['User.Read.All'] },
    { text: 'Scopes                : {AppRoleAssignment.ReadWrite.All, Directory.AccessAsUser.All, Directory.ReadWrite.All, Group.ReadWrite.All...}\nAuthType              : Delegated', scp: undefined },
    // The token's permissions under a label that names the token: the type word says the claim, else the names do.
    { text: 'Delegated scopes in token: Group.Read.All Tasks.Read User.Read', scp: ['Group.Read.All', 'Tasks.Read', 'User.Read'] },
    { text: 'Application permissions in the access token: Sites.Read.All, User.Read.All', roles: ['Sites.Read.All', 'User.Read.All'] },
    { text: 'Permissions in my token: User.Read, openid', scp: ['User.Read', 'openid'] },
    { text: 'No permissions in the token: that is the problem', scp: undefined, roles: undefined },
    // The scopes asked for, told in prose after a word of asking; what a 403 says is missing is not what was asked for.
    { text: 'I request the token with scope User.Read and send it to the API.', scopes: ['User.Read'] },
    { text: 'acquired for the scopes Mail.Read and Mail.Send', scopes: ['Mail.Read', 'Mail.Send'] },
    { text: 'Authorization failed due to missing permission scope RoleManagement.ReadWrite.Directory.', scopes: undefined },
    // The token's permissions named without their claim: the claim follows from how Microsoft defines the names.
    { text: 'I decoded the access token: it says the token provides "User.Read" permissions, and that is all.', scp: ['User.Read'] },
    { text: 'I decoded the token and it only has User.Read and openid.', scp: ['User.Read', 'openid'] },
    { text: 'The decoded token contains Application.ReadWrite.OwnedBy, nothing else.', roles: ['Application.ReadWrite.OwnedBy'] },
    // Names defined both ways (or one of each kind) say nothing about the claim; a negation names none.
    { text: 'The token has Mail.Send and User.Read.All.', scp: undefined, roles: undefined },
    { text: 'The token has User.Read and Application.ReadWrite.OwnedBy.', scp: undefined, roles: undefined },
    { text: 'The token does not have User.Read, it seems.', scp: undefined },
    // Unclosed brackets before the real list: each is read only up to the next "[", and the list is still found.
    { text: `${'"roles": ['.repeat(2000)}\n"roles": ["Sites.Read.All"]`, roles: ['Sites.Read.All'] },
    { text: `${'scope=['.repeat(2000)}\nscope=[Files.Read]`, scopes: ['Files.Read'] },
  ];
  // The resource a token was issued for, as code writes it and as prose says it.
  const resources: { text: string; resource: string | undefined }[] = [
    { text: 'body: grant_type=client_credentials&resource=https://outlook.office365.com&client_id=x', resource: 'https://outlook.office365.com' },
    { text: 'We got a token for https://outlook.office365.com and call Graph with it.', resource: 'https://outlook.office365.com' },
    { text: 'the access token was issued for api://orders-api.', resource: 'api://orders-api' },
    // A settings page's label, capitalised as the page writes it.
    { text: 'Authority URL:   https://login.microsoftonline.com/{tenant-id}\n  Resource:   https://graph.windows.net\n  API endpoint:  https://graph.microsoft.com/v1.0/', resource: 'https://graph.windows.net' },
    { text: 'Waiting for https://graph.microsoft.com to answer, the token is cached.', resource: undefined },
  ];
  // The token's audience told in prose, not the one an API expects.
  const audiences: { text: string; aud: string | undefined }[] = [
    { text: 'the token audience always comes back as the GUID for MS Graph (00000003-0000-0000-c000-000000000000)', aud: '00000003-0000-0000-c000-000000000000' },
    { text: 'Its aud is https://graph.microsoft.com, and our API answers 401.', aud: 'https://graph.microsoft.com' },
    // A dot inside a word ("jwt.ms") is no end of the sentence.
    { text: 'aud in jwt.ms is api://orders-api and roles has Orders.Read.', aud: 'api://orders-api' },
    { text: 'The valid audience should be api://orders-api, says the API.', aud: undefined },
    // The audience an API's settings hold is what it accepts, not what a token carries.
    { text: 'appsettings has "Audience": "api://00000000-0000-0000-0000-000000000000". Is msal giving me a broken token?', aud: undefined },
    { text: 'Audience matters for this one; see https://learn.microsoft.com for details.', aud: undefined },
  ];
  for (const a of audiences) {
    it(`reads the audience in ${JSON.stringify(a.text.slice(0, 50))}`, () => assert.equal(findQuotedClaims(a.text).aud, a.aud));
  }
  for (const r of resources) {
    it(`reads the resource in ${JSON.stringify(r.text.slice(0, 50))}`, () => {
      assert.equal(findQuotedClaims(r.text).resource, r.resource);
    });
  }

  for (const c of table) {
    it(`reads ${JSON.stringify(c.text.slice(-40))}`, () => {
      const q = findQuotedClaims(c.text);
      assert.deepEqual(q.roles, c.roles);
      assert.deepEqual(q.scopes, c.scopes);
      assert.deepEqual(q.scp, c.scp);
    });
  }
  // The claims of an ID token, quoted from jwt.ms: a sign-in-only claim and no scp or roles.
  const idTokens: [string, string, boolean][] = [
    ['an ID token with a placeholder audience', '{ "aud": "{client-id}", "iss": "https://login.microsoftonline.com/{tenant-id}/v2.0", "nonce": "abc", "name": "Ada" }', true],
    ['an ID token with the app id as audience and at_hash', '"aud": "6f1c2a3b-1111-2222-3333-444455556666", "at_hash": "x1y2", "preferred_username": "ada@contoso.com"', true],
    ["a Graph access token's header nonce beside its scp", '{"typ":"JWT","nonce":"n0","alg":"RS256"} . {"aud":"00000003-0000-0000-c000-000000000000","scp":"User.Read"}', false],
    ['an app-only Graph token without roles, whose header has a nonce', '{"typ":"JWT","nonce":"n0","alg":"RS256"} . {"aud":"https://graph.microsoft.com","appid":"{client-id}"}', false],
    ['an access token for an API of its own', '{"aud":"api://orders","scp":"Orders.Read","nonce":"n0"}', false],
    ['claims named in prose only', 'the aud is my client id and there is a nonce but no scp', false],
  ];
  for (const [name, text, want] of idTokens) {
    it(`${want ? 'reads' : 'does not read'} ${name} as an ID token`, () => assert.equal(findQuotedClaims(text).idToken === true, want));
  }
  // Graph's own report of an app-only token without any roles.
  const noRoles: [string, string, boolean][] = [
    ['the roles on the request, empty', "Missing role permissions on the request. API requires one of 'ChannelMessage.Read.All'. Roles on the request ''. Resource specific consent grants on the request ''.", true],
    ['the application roles, empty', '{"message":"Missing application roles. API required roles: SecurityAlert.Read.All, application roles: ."}', true],
    ['the roles on the request, listed', "Missing role permissions on the request. API required one of 'Chat.Read.All'. Roles on the request 'Chat.ReadWrite.All'", false],
  ];
  for (const [name, text, want] of noRoles) {
    it(`${want ? 'reads' : 'does not read'} ${name} as a token without roles`, () => assert.equal(findQuotedClaims(text).rolesEmpty === true, want));
  }
});

describe('diagnosis/evidence/quoted-claims: a guest by the acct claim', () => {
  // [text, guest] (acct is 1 for a guest of the tenant, 0 for a member: https://learn.microsoft.com/entra/identity-platform/optional-claims-reference)
  const table: [string, boolean][] = [
    ['"idp": "live.com",\n  "acct": 1,\n  "scp": "User.Read.All"', true],
    ['acct: 1, tid: {tenant-id}', true],
    ['"acct": 0, "scp": "User.Read"', false],
  ];
  for (const [text, guest] of table) it(`${guest ? 'reads' : 'does not read'} a guest in ${JSON.stringify(text)}`, () => assert.equal(findQuotedClaims(text).guest === true, guest));
});
