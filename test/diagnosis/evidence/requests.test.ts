import assert from 'node:assert/strict';
import { findRequests } from '../../../src/diagnosis/evidence/requests.js';

describe('diagnosis/evidence/requests', () => {
  const table: { text: string; method: string; url: string; target?: string }[] = [
    { text: 'GET https://graph.microsoft.com/v1.0/users?$top=5 HTTP/1.1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/users?$top=5', target: 'microsoft-graph' },
    // A web server's access-log record is the request the writer's own server received.
    { text: '127.0.0.1 - - [08/Jan/2024 10:02:11] "GET /alerts HTTP/1.1" 500 -', method: 'GET', url: '/alerts', target: 'own-api' },
    { text: 'GET /alerts HTTP/1.1', method: 'GET', url: '/alerts', target: 'relative' },
    // The sign-in service's own endpoint written without its host is the token request, not a Graph call.
    { text: 'token: POST /{tenant}/oauth2/v2.0/token grant_type=client_credentials', method: 'POST', url: '/{tenant}/oauth2/v2.0/token', target: 'unknown' },
    { text: 'curl -s -X POST "https://graph.microsoft.com/v1.0/me/sendMail" -H "x: y"', method: 'POST', url: 'https://graph.microsoft.com/v1.0/me/sendMail' },
    { text: 'az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/<object-id>" --body x', method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/applications/<object-id>' },
    { text: "const r = await client.api('/groups').filter('x').get();", method: 'GET', url: '/groups' },
    { text: "await client.api('/me/sendMail').post({ message });", method: 'POST', url: '/me/sendMail' },
    // An OData function's parameters quoted with the other quote: the path runs to the quote that opened it.
    { text: 'this.context.msGraphClientFactory … .api("/reports/getOffice365GroupsActivityDetail(period=\'D180\')").get(cb)', method: 'GET', url: "/reports/getOffice365GroupsActivityDetail(period='D180')" },
    { text: "client.api(`/users/${id}/memberOf`).get()", method: 'GET', url: '/users/${id}/memberOf' },
    { text: 'graphClient.users(id).messages().buildRequest().get();', method: 'GET', url: '/users/{id}/messages' },
    // PHP steps with "->".
    { text: '$user = $graphServiceClient->me()->get()->wait();', method: 'GET', url: '/me' },
    { text: '$graphServiceClient->users()->byUserId($userId)->messages()->post($message)->wait();', method: 'POST', url: '/users/{id}/messages' },
    { text: 'await graphClient.Users["u1"].Request().UpdateAsync(user);', method: 'PATCH', url: '/users/{id}' },
    { text: 'await graphClient.Chats[chatId].Messages.PostAsync(body);', method: 'POST', url: '/chats/{id}/messages' },
    // A private field named with an underscore.
    { text: 'var msgs = await _graph.Me.Messages.GetAsync();', method: 'GET', url: '/me/messages' },
    // Fluent chains broken over indented lines, as IDEs format them.
    { text: 'var page = await graphClient\n            .Users[mailboxId]\n            .MailFolders\n            .Inbox\n            .Messages\n            .Request()\n            .GetAsync();', method: 'GET', url: '/users/{id}/mailfolders/inbox/messages' },
    { text: 'result = await graph_client\n        .users.by_user_id(uid)\n        .calendar\n        .events\n        .get()', method: 'GET', url: '/users/{id}/calendar/events' },
    // Dots inside an argument (a site id, a UPN) are part of the id, not steps of the chain.
    { text: 'drive = await graph.sites.by_site_id("contoso.sharepoint.com,0000,1111").drive.get()', method: 'GET', url: '/sites/{id}/drive' },
    { text: 'await graphClient.Users["ada.lovelace@contoso.com"].Messages.GetAsync();', method: 'GET', url: '/users/{id}/messages' },
    { text: 'Set-MgUserLicense -UserId x -AddLicenses @()', method: 'POST', url: '/users/{id}/assignLicense' },
    // The HTTP client's own call says the method: around the URL, or taking the variable the URL was put in.
    { text: 'resp = requests.patch("https://graph.microsoft.com/v1.0/users/abc", json=body)', method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/users/abc' },
    { text: 'var response = await http.PostAsync("https://graph.microsoft.com/v1.0/me/sendMail", content);', method: 'POST', url: 'https://graph.microsoft.com/v1.0/me/sendMail' },
    { text: 'url = f"https://graph.microsoft.com/v1.0/users/{uid}/authentication/methods/{mid}/resetPassword"\nr = requests.post(url, json={"newPassword": pw}, headers=h)', method: 'POST', url: 'https://graph.microsoft.com/v1.0/users/{uid}/authentication/methods/{mid}/resetPassword' },
    { text: 'const endpoint = "https://graph.microsoft.com/v1.0/me/events";\nconst r = await axios.post(endpoint, body, cfg);', method: 'POST', url: 'https://graph.microsoft.com/v1.0/me/events' },
    { text: '$uri = "https://graph.microsoft.com/v1.0/users/abc/sendMail"\nInvoke-RestMethod -Uri $uri -Method Post -Headers $h -Body $b', method: 'POST', url: 'https://graph.microsoft.com/v1.0/users/abc/sendMail' },
    { text: 'url = "https://graph.microsoft.com/v1.0/me/messages"\nprint(url)', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me/messages' },
    { text: 'Get-MgUser_List: Either scp or roles claim need to be present', method: 'GET', url: '/users' },
    // A placeholder segment in an absolute URL keeps the URL whole: its path is not read as a bare Graph path.
    { text: 'the token is sent to https://graph.windows.net/{tenant-id}/users?api-version=1.6 and comes back 403', method: 'GET', url: 'https://graph.windows.net/{tenant-id}/users?api-version=1.6', target: 'azure-ad-graph' },
    // Other cmdlets: the noun's words against the segments of Microsoft's permissions data.
    { text: 'Get-MgUserMailFolder -UserId $u\nGet-MgUserMailFolder_List: Access is denied.', method: 'GET', url: '/users/{id}/mailfolders' },
    { text: 'Get-MgUserMailFolderMessage -UserId $u -MailFolderId inbox', method: 'GET', url: '/users/{id}/mailfolders/{id}/messages' },
    { text: 'Get-MgUserCalendarEvent -UserId $u -CalendarId $c', method: 'GET', url: '/users/{id}/calendars/{id}/events' },
    { text: 'Get-MgTeamChannelMessage -TeamId $t -ChannelId $c -ChatMessageId $m', method: 'GET', url: '/teams/{id}/channels/{id}/messages' },
    { text: 'Remove-MgUserMessage -UserId $u -MessageId $m', method: 'DELETE', url: '/users/{id}/messages/{id}' },
    { text: 'Get-MgSiteListItem -SiteId $s -ListId $l', method: 'GET', url: '/sites/{id}/lists/{id}/items' },
    { text: 'Get-MgUserDefaultDrive -UserId $u', method: 'GET', url: '/users/{id}/drive' },
    // A New- cmdlet creates in the collection: POST /subscriptions, not /subscriptions/{id}.
    { text: 'New-MgSubscription -ChangeType created -Resource "/chats/getAllMessages" -NotificationUrl $url', method: 'POST', url: '/subscriptions' },
    // Written relative to Graph's root, as people shorten it.
    { text: 'Executing: GET ../beta/users/id/drive', method: 'GET', url: '/beta/users/id/drive' },
    { text: 'GET v1.0/me/messages', method: 'GET', url: '/v1.0/me/messages' },
    { text: 'Request URL: https://graph.windows.net/contoso/users', method: 'GET', url: 'https://graph.windows.net/contoso/users', target: 'azure-ad-graph' },
    // An HTTP client's call on a URL built from a base in a variable that names Graph (or a path with Graph's version).
    { text: 'r = requests.patch(f"{GRAPH}/users/{upn}", headers=h, json={"accountEnabled": False})', method: 'PATCH', url: '/users/{upn}' },
    { text: 'const res = await axios.get(`${graphBase}/me/messages`, { headers });', method: 'GET', url: '/me/messages' },
    { text: 'var r = http.post(GRAPH_URL + "/users", body);', method: 'POST', url: '/users' },
    { text: 'r = session.delete(f"{base}/v1.0/groups/{gid}")', method: 'DELETE', url: '/v1.0/groups/{gid}' },
    // A shell command continued onto the next line: the method flag stands on the line before the URL.
    { text: 'curl -s -X POST -H "Authorization: Bearer $TOKEN" \\\n  "https://graph.microsoft.com/v1.0/users/{id}/authentication/methods/{m}/resetPassword" \\\n  -d "{}"', method: 'POST', url: 'https://graph.microsoft.com/v1.0/users/{id}/authentication/methods/{m}/resetPassword' },
    { text: 'Invoke-RestMethod -Method Patch -Headers $h `\n  -Uri "https://graph.microsoft.com/v1.0/users/{id}"', method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/users/{id}' },
    // The call's options on the lines after the URL: fetch(url, {⏎ method: … }), up to the next URL only.
    { text: 'await fetch(`https://graph.microsoft.com/v1.0/users/${id}`, {\n  method: "PATCH",\n  headers: h,\n});', method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/users/${id}' },
    { text: 'const r = await axios({\n  url: "https://graph.microsoft.com/v1.0/me/events",\n  method: \'post\',\n  data: body });', method: 'POST', url: 'https://graph.microsoft.com/v1.0/me/events' },
    { text: 'await fetch("https://graph.microsoft.com/v1.0/me/messages");\nawait fetch("https://graph.microsoft.com/v1.0/me/sendMail", {\n  method: "POST" });', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me/messages' },
  ];
  for (const c of table) {
    it(`reads ${c.method} ${c.url}`, () => {
      const [r] = findRequests(c.text);
      assert.ok(r, 'no request found');
      assert.equal(r.method, c.method);
      assert.equal(r.url, c.url);
      if (c.target) assert.equal(r.target, c.target);
    });
  }
  it("reads no Graph request from a client call on a base that names no Graph and no version", () => {
    assert.deepEqual(findRequests('r = requests.get(f"{JIRA}/rest/api/2/issue/{key}")').map((x) => x.url), []);
  });
  // Azure Resource Manager scopes look like Graph's /subscriptions but are no Graph request.
  for (const text of ['az ad sp create-for-rbac --name ci --role contributor --scopes /subscriptions/<subscription-id>', 'New-AzRoleAssignment -RoleDefinitionName Reader -Scope /subscriptions/abc/resourceGroups/rg', 'the role is on /subscriptions/abc/providers/Microsoft.Web/sites/app']) {
    it(`reads no Graph request in the Azure scope of "${text}"`, () => assert.deepEqual(findRequests(text).map((r) => r.url), []));
  }
  // A URL handed to a cmdlet that is not a request cmdlet names what it works on; Invoke-* cmdlets make the call written.
  const cmdletUrls: [string, string[]][] = [
    ['Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -Interactive', []],
    ['Grant-PnPAzureADAppSitePermission -AppId x -Permissions Write -Site "https://contoso.sharepoint.com/sites/hr"', []],
    ['Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/users -Headers $h', ['https://graph.microsoft.com/v1.0/users']],
    ['Invoke-PnPSPRestMethod -Url https://contoso.sharepoint.com/_api/web', ['https://contoso.sharepoint.com/_api/web']],
  ];
  for (const [text, urls] of cmdletUrls) it(`reads ${urls.length ? 'the call' : 'no request'} in "${text}"`, () => assert.deepEqual(findRequests(text).map((r) => r.url), urls));
  // A scope written as a URL names what a token is for, not a call.
  it('reads the call, not the scope URL, in a token request beside it', () => {
    assert.deepEqual(findRequests('scope https://graph.microsoft.com/.default, then https://graph.microsoft.us/v1.0/users').map((r) => r.url), ['https://graph.microsoft.us/v1.0/users']);
    assert.deepEqual(findRequests('scopes: ["https://graph.microsoft.com/User.Read", "https://graph.microsoft.com/Mail.Send"]').map((r) => r.url), []);
  });
  it('keeps the closing brace of a placeholder at the end of a path', () => {
    assert.equal(findRequests('GET /users/{id} fails')[0]?.url, '/users/{id}');
    assert.equal(findRequests('calling /users/{id}.')[0]?.url, '/users/{id}');
    assert.equal(findRequests('see {"url":"/users/abc"}')[0]?.url, '/users/abc');
  });
  it("still reads Graph's own /subscriptions in prose", () => assert.equal(findRequests('renewing via the /subscriptions/<id> api fails')[0]?.url, '/subscriptions/<id>'));
  it('leaves a cmdlet whose words name no path in the data alone', () => {
    assert.equal(findRequests('Get-MgFooBarBaz -Id x').length, 0);
  });
  it('reads the method flag on the line of each URL, with many URLs on one line', () => {
    const line = `curl -X DELETE -H "Accept: */*" ${Array.from({ length: 3000 }, (_, i) => `https://graph.microsoft.com/v1.0/users/u${i}`).join(' ')}`;
    const found = findRequests(`GET https://example.com/x\n${line}`);
    assert.equal(found.length, 10, 'at most ten requests are kept');
    assert.equal(found[0]?.url, 'https://example.com/x');
    assert.ok(found.slice(1).every((r) => r.method === 'DELETE' && r.methodStated && r.source === 'url'), JSON.stringify(found.slice(0, 3)));
  });
  const logs: { name: string; text: string; urls: string[] }[] = [
    { name: 'one request line repeated in a log', text: 'GET https://graph.microsoft.com/v1.0/me\n'.repeat(2000), urls: ['https://graph.microsoft.com/v1.0/me'] },
    {
      name: 'two request lines alternating in a log',
      text: 'GET https://graph.microsoft.com/v1.0/me\nPOST https://graph.microsoft.com/v1.0/me/sendMail\n'.repeat(1000),
      urls: ['https://graph.microsoft.com/v1.0/me', 'https://graph.microsoft.com/v1.0/me/sendMail'],
    },
    { name: 'one fluent chain repeated over indented lines', text: 'await graphClient\n    .Users[id]\n    .Messages\n    .GetAsync();\n'.repeat(2000), urls: ['/users/{id}/messages'] },
    { name: 'a bare URL repeated', text: 'see https://graph.microsoft.com/v1.0/groups '.repeat(2000), urls: ['https://graph.microsoft.com/v1.0/groups'] },
  ];
  for (const c of logs) {
    it(`reads each request once from ${c.name}`, () => {
      assert.deepEqual(
        findRequests(c.text).map((r) => r.url),
        c.urls,
      );
    });
  }
  it('reads the -<Noun>Id parameter of a cmdlet, as a whole word', () => {
    assert.equal(findRequests('Get-MgGroup -GroupId abc')[0]?.url, '/groups/{id}');
    assert.equal(findRequests('Get-MgGroup -GroupIdentity abc')[0]?.url, '/groups');
  });
  it("reads a cmdlet's parameters up to the pipe or the statement's end, not the next cmdlet's", () => {
    assert.equal(findRequests('Get-MgGroup -All | % { Get-MgGroupMember -GroupId $_.Id -All }')[0]?.url, '/groups');
    assert.equal(findRequests('Get-MgGroup -All; Get-MgGroupMember -GroupId $g')[0]?.url, '/groups');
    assert.equal(findRequests('Get-MgGroup -Filter "displayName eq \'a|b\'" -GroupId $g')[0]?.url, '/groups/{id}');
  });
  it('finds nothing in prose without a request', () => {
    assert.deepEqual(findRequests('it fails with insufficient privileges since monday'), []);
  });
});
