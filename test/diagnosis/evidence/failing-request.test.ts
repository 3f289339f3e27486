/** The request the error belongs to: not the one the prose says works. */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../../src/diagnosis/evidence/index.js';

const now = new Date('2026-12-01T00:00:00Z');

const cases: { name: string; paste: string; url: string | undefined }[] = [
  {
    name: 'the granting cmdlet itself named by the error record, beside the lookup that found its inputs',
    paste: 'Connect-MgGraph -Scopes "Application.Read.All","AppRoleAssignment.ReadWrite.All"\n$graphSp = Get-MgServicePrincipal -Filter "appId eq \'00000003-0000-0000-c000-000000000000\'"\nNew-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $mi.Id -PrincipalId $mi.Id -ResourceId $graphSp.Id -AppRoleId $role.Id\nNew-MgServicePrincipalAppRoleAssignment_CreateExpanded: Insufficient privileges to complete the operation.',
    url: '/serviceprincipals/{id}/approleassignments',
  },
  {
    name: 'the cmdlet that granted the app its permission, beside the SDK call that failed',
    paste: 'var graph = new GraphServiceClient(new ManagedIdentityCredential());\nawait graph.Users[upn].Events.PostAsync(ev);\nI granted the identity Calendars.ReadWrite with New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $mi -PrincipalId $mi -ResourceId $graphSp -AppRoleId $role\nStill 403 ErrorAccessDenied.',
    url: '/users/{id}/events',
  },
  {
    name: "of two SDK calls in the code, the one whose request builder the stack trace names threw",
    paste: 'This works:\nvar mine = await graph.Me.MailFolders["inbox"].Messages.GetAsync();\nThis does not:\nvar hers = await graph.Users["user@contoso.com"].MailFolders["inbox"].Messages.GetAsync();\nMicrosoft.Graph.Models.ODataErrors.ODataError: Access is denied. Check credentials and try again.\n   at Microsoft.Graph.Users.Item.MailFolders.Item.Messages.MessagesRequestBuilder.GetAsync(...)',
    url: '/users/{id}/mailfolders/{id}/messages',
  },
  {
    name: 'the granting cmdlet alone: it is the call that failed',
    paste: 'New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $mi -PrincipalId $mi -ResourceId $graphSp -AppRoleId $role\nNew-MgServicePrincipalAppRoleAssignment_Create: Insufficient privileges to complete the operation.',
    url: '/serviceprincipals/{id}/approleassignments',
  },
  {
    name: "a call said to work in its own sentence, the next sentence naming the other call as the forbidden one",
    paste: 'resp = requests.get(f"https://graph.microsoft.com/v1.0/teams/{team_id}/channels/getAllMessages", headers=h)\n-> 403 Forbidden\nGET /teams/{id}/channels/{id}/messages with the very same token works channel by channel. Only getAllMessages is forbidden.',
    url: 'https://graph.microsoft.com/v1.0/teams/{team_id}/channels/getAllMessages',
  },
  {
    name: 'in a log, the call refused with 403 rather than an earlier one throttled and retried',
    paste: '02:10:05 WARN  GET /v1.0/teams/{id}/channels -> 429 TooManyRequests, Retry-After: 4\n02:10:09 INFO  retry 1 -> 200\n02:10:17 ERROR GET /v1.0/teams/{id}/channels/{channel-id}/messages -> 403\n{"error":{"code":"Forbidden","message":"Missing role permissions on the request."}}',
    url: '/v1.0/teams/{id}/channels/{channel-id}/messages',
  },
  {
    name: 'a working call shown beside the failing one',
    paste: 'GET https://graph.microsoft.com/v1.0/me works fine.\nPOST https://graph.microsoft.com/v1.0/me/sendMail returns 403 ErrorAccessDenied.',
    url: 'https://graph.microsoft.com/v1.0/me/sendMail',
  },
  {
    name: 'the only call shown is said to succeed',
    paste: 'Sending mail with the CLI fails with Access Denied. Calls to https://graph.microsoft.com/v1.0/me return successfully with the same token.',
    url: undefined,
  },
  {
    name: 'works in one tool but fails in the app: still the failing call',
    paste: 'GET https://graph.microsoft.com/v1.0/users works in Graph Explorer but fails in my app with 403.',
    url: 'https://graph.microsoft.com/v1.0/users',
  },
  {
    name: "a call said not to work",
    paste: "GET https://graph.microsoft.com/v1.0/users doesn't work: 403 Authorization_RequestDenied.",
    url: 'https://graph.microsoft.com/v1.0/users',
  },
  {
    name: 'two calls on one line: the one after "works, but" failed',
    paste: 'In Graph Explorer GET /users works, but GET /users/{id}/authentication/methods gives 403 Forbidden.',
    url: '/users/{id}/authentication/methods',
  },
  {
    name: 'two calls on one line: "fine" alone says the first one works',
    paste: 'GET /me fine, but GET /me/drive/root/children returns 403 accessDenied.',
    url: '/me/drive/root/children',
  },
  {
    name: 'two calls on one line, the first one failing: still the first',
    paste: 'GET /users/{id}/manager returns 403 while GET /users/{id} works.',
    url: '/users/{id}/manager',
  },
  {
    name: 'a call shown with its success status after an arrow (→ 200) is not the failing one',
    paste: 'GET https://graph.microsoft.com/v1.0/me/calendar/calendarView → 200\nGET https://graph.microsoft.com/v1.0/users/{id}/calendar/calendarView\n{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}',
    url: 'https://graph.microsoft.com/v1.0/users/{id}/calendar/calendarView',
  },
  {
    name: 'a call said to give HTTP 200 is not the failing one (ASCII arrow and words)',
    paste: 'GET /me/messages -> 200\nGET /users/{id}/messages gives 403 ErrorAccessDenied',
    url: '/users/{id}/messages',
  },
  {
    name: 'a page size of 200 in the URL says nothing of the outcome',
    paste: 'GET https://graph.microsoft.com/v1.0/users?$top=200 returns 403 Authorization_RequestDenied',
    url: 'https://graph.microsoft.com/v1.0/users?$top=200',
  },
  {
    name: "of two cmdlets, the one PowerShell's error record names (<cmdlet>_<parameter set>: …)",
    paste: '$u = Get-MgUser -Filter "displayName eq \'x\'"\n$d = Get-MgUserDefaultDrive -UserId $u.Id\nGet-MgUserDefaultDrive_Get: Access denied\nStatus: 403 (Forbidden)',
    url: '/users/{id}/drive',
  },
  {
    name: 'of two cmdlets without an error record, the first one shown',
    paste: '$u = Get-MgUser -Filter "displayName eq \'x\'"\n$d = Get-MgUserDefaultDrive -UserId $u.Id\nStatus: 403 (Forbidden)',
    url: '/users',
  },
  {
    name: "two SDK calls labelled by the writer's comments above them ('// 1) fine', '// 2) boom'): the second failed",
    paste: '// 1) fine\nvar folders = await graph.Users["support@contoso.com"].MailFolders.Request().GetAsync();\n// 2) boom\nvar msgs = await graph.Me.MailFolders[esc.Id].Messages.Request().Top(50).GetAsync();\nMicrosoft.Graph.ServiceException: Code: ErrorItemNotFound\nMessage: The specified object was not found in the store.',
    url: '/me/mailfolders/{id}/messages',
  },
  {
    name: 'a call whose status, alone on the line under it, is 200: the call with the 404 under it failed',
    paste: 'GET https://graph.microsoft.com/v1.0/solutions/bookingBusinesses\n200 ->\n{ "value": [ { "id": "ContosoDental@contoso.onmicrosoft.com" } ] }\nGET https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/ContosoDental\n404 ->\n{"error":{"code":"ErrorNonExistentMailbox"}}',
    url: 'https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/ContosoDental',
  },
  {
    name: "a call under a label line that says it works ('list (works, 200):'): the other call failed",
    paste: 'list (works, 200):\nGET https://graph.microsoft.com/v1.0/users/support@contoso.com/mailFolders/inbox/messages?$top=25\n\nopen (fails):\nlet url = URL(string: "https://graph.microsoft.com/v1.0/me/messages/\\(id)")!\nHTTP 404 {"error":{"code":"ErrorItemNotFound"}}',
    url: 'https://graph.microsoft.com/v1.0/me/messages/',
  },
  {
    name: 'a Power Automate HTTP action (its method on the line above the URI), the step before it told as going through in German',
    paste: 'Der Schritt davor (Benutzer anlegen, POST /users) läuft mit derselben Verbindung problemlos durch.\nMethode: PATCH\nURI: https://graph.microsoft.com/v1.0/users/user@contoso.com\nAntwort 403: Authorization_RequestDenied',
    url: 'https://graph.microsoft.com/v1.0/users/user@contoso.com',
  },
];

describe('diagnosis/evidence: the failing request', () => {
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(extractEvidence(c.paste, { now }).request?.url, c.url);
    });
  }
});

// A URL written without its method is a GET, unless Microsoft's permissions data lists the path for
// one other method only (an action such as sendMail is POST).
const methods: { name: string; paste: string; method: string }[] = [
  { name: 'an action only POST reaches (sendMail), its URL quoted by an HTTP client without the method', paste: 'Error sending email: 403 Client Error: Forbidden for url: https://graph.microsoft.com/v1.0/me/sendMail', method: 'POST' },
  { name: 'a path Graph reads with GET, its URL quoted the same way', paste: '403 Client Error: Forbidden for url: https://graph.microsoft.com/v1.0/me/messages', method: 'GET' },
  { name: "a method on the form's line above the URI (Power Automate's HTTP action)", paste: 'Method: PATCH\nURI: https://graph.microsoft.com/v1.0/users/user@contoso.com\nBody: {"passwordProfile": {"password": "x"}}\n403 Forbidden', method: 'PATCH' },
  { name: 'a method said outright, even where the data has no such call', paste: 'GET https://graph.microsoft.com/v1.0/me/sendMail -> 405 Method Not Allowed', method: 'GET' },
];

describe('diagnosis/evidence: the method of a request', () => {
  for (const m of methods) {
    it(m.name, () => {
      assert.equal(extractEvidence(m.paste, { now }).graphRequest?.method, m.method);
    });
  }
});
