import assert from 'node:assert/strict';
import { dropErrorsNotAsked } from '../../src/diagnosis/quoted-elsewhere.js';

describe('diagnosis/quoted-elsewhere', () => {
  // [name, paste, a line or sentence that must be gone, one that must stay]
  const dropped: [string, string, string, string][] = [
    // The earlier failure and the turn to now in one sentence: only that sentence's earlier part goes.
    ['an earlier failure and the turn to now in one line', 'last week this job failed with InvalidAuthenticationToken / token expired because we cached the token, and now it doesn\'t even get a token:\nMsalServiceException: AADSTS1002012: The provided value for scope Mail.Read is not valid.', 'token expired', 'AADSTS1002012'],
    ['a quote introduced as found on a forum', 'My flow gets 403 Forbidden with an empty message.\nfound this on a forum which looks similar:\n> {"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}}\nis it the same?', 'Access to OData is disabled', '403 Forbidden'],
    ['a quote introduced as another user\'s', 'Someone in another thread got this:\n> AADSTS50076: you must use multi-factor authentication\nMine is different: 403 Authorization_RequestDenied.', 'AADSTS50076', 'Authorization_RequestDenied'],
    ['an error told as met last month and fixed', 'Every user gets 403 ErrorAccessDenied "Access to OData is disabled."\nLast month the only error was MailboxNotEnabledForRESTAPI for a new user, and that went away once we licensed him. Nothing else changed.', 'MailboxNotEnabledForRESTAPI', 'Nothing else changed.'],
    ['an expiry the log shows renewed, not refused again', '01:00 GET /v1.0/drives/{id}/root/delta 200\n02:00 GET /v1.0/drives/{id}/root/delta 401 InvalidAuthenticationToken (token expired) -> refreshing\n02:00 GET /v1.0/drives/{id}/items/{id}/content 200\n02:18 GET /v1.0/drives/{id}/items/{id}/content 429 activityLimitReached', 'InvalidAuthenticationToken', '429 activityLimitReached'],
    ['an error of a first attempt, fixed, then a new one "now"', 'First attempt:\nAADSTS65001: The user or administrator has not consented to use the application.\nGot admin consent for Application.ReadWrite.All.\n\nNow:\n404 Not Found\n{"error":{"code":"Request_ResourceNotFound","message":"Resource does not exist."}}', 'AADSTS65001', 'Request_ResourceNotFound'],
    ['a whole error body of yesterday, then today\'s', 'yesterday:\n{\n "error": {\n  "code": "InvalidAuthenticationToken",\n  "message": "Access token has expired or is not yet valid."\n }\n}\nwired up a proper auth provider, gone.\ntoday:\nCode: BadRequest\nMessage: Invalid filter clause', 'Access token has expired', 'Invalid filter clause'],
    ['an error of v1, gone, then v2', 'v1 failed with 403 Authorization_RequestDenied. That\'s gone.\nv2 (now):\n{"error":{"code":"BadRequest","message":"Unable to read JSON request payload."}}', 'Authorization_RequestDenied', 'Unable to read JSON request payload'],
    ['a fixed error before the turn, the request\'s own body kept', 'At first the action returned\n{"error":{"code":"InvalidAuthenticationToken","message":"Invalid audience."}}\nChanged the Audience and that\'s gone.\nBody:\n{\n  "passwordProfile": {\n    "forceChangePasswordNextSignIn": true\n  }\n}\nNow:\n{"statusCode": 403, "body": {"error": {"code": "Authorization_RequestDenied"}}}', 'Invalid audience', 'passwordProfile'],
    ['an error told as fixed yesterday in a clause before "now"', 'Fixed the consent problem yesterday (we were getting AADSTS65001 for the API), now a new one:\nAADSTS500131: Assertion audience does not match the Client app presenting the assertion.', 'AADSTS65001', 'AADSTS500131'],
    ['the first log line told as fixed by its place', 'The consent thing was sorted in January (first line, fixed after the admin clicked grant). Every user gets the last one.\n2024-01-09 WARN AADSTS65001: The user or administrator has not consented to use the application.\n2024-04-02 ERROR AADSTS7000112: Application is disabled.', 'AADSTS65001', 'AADSTS7000112'],
    ['the first error of a console session told as gone in lower-case prose, the turn in the next sentence', "helper output from this morning. first one was yesterday's stale login, i re-logged and that's gone. but now:\n$ ./teamsctl sync\nerror: 401 {\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token has expired or is not yet valid.\"}}\n$ ./teamsctl login\nLogged in.\n{\"code\":\"PERMISSION_DENIED\",\"message\":\"Permission denied: Forbidden\"}", 'InvalidAuthenticationToken', 'PERMISSION_DENIED'],
    ['MSAL\'s "sign in interactively" signal the log shows answered by an interactive sign-in', 'Users report this:\nMicrosoft.Identity.Client.MsalClientException: User canceled authentication.\nOur log just before: AcquireTokenSilent -> MsalUiRequiredException (token expired), falling back to interactive.\nThen the window opens and they close it.', 'MsalUiRequiredException', 'User canceled authentication'],
    ['an expiry the log shows renewed after a dash, the writer saying in prose that the 401 retried fine', '14:22:09 GET /v1.0/me -> 401 InvalidAuthenticationToken (Access token has expired or is not yet valid.) - refreshing\n14:22:09 GET /v1.0/me (retry) -> 200\n14:22:10 ErrorAccessDenied: Access is denied. Check credentials and try again.\nthe 401 was just the token expiring, that retried fine.', 'Access token has expired', 'ErrorAccessDenied'],
    ['an error told as fixed before, in Italian', 'GET /users/{id}/memberOf -> 404 Request_ResourceNotFound\nPrima avevo AADSTS65001 ma ho fatto dare il consenso admin e quello è sparito. Mi manca un altro permesso?', 'AADSTS65001', 'Mi manca un altro permesso?'],
  ];
  for (const [name, paste, gone, kept] of dropped) {
    it(`drops ${name}`, () => {
      const out = dropErrorsNotAsked(paste);
      assert.ok(!out.includes(gone), out);
      assert.ok(out.includes(kept), out);
      assert.equal(out.split('\n').length, paste.split('\n').length, 'line count kept');
    });
  }

  const keptWhole: [string, string][] = [
    // An earlier state that names no failure ("worked last week … when I signed in"), then "now": the comparison stays.
    ['an earlier success then the turn to now in one line', 'Invoke-MSGraphRequest : 403 Forbidden\nsame registration worked last week from my laptop when I signed in interactively; now it runs as a scheduled task with a client secret.'],
    ['a quote of the writer\'s own log', 'Here is my log:\n> 403 Forbidden: Insufficient privileges to complete the operation.'],
    ['a quote of what the writer\'s own users get', 'When someone from a customer signs in we get:\n> AADSTS50020: User account from identity provider does not exist in tenant'],
    ['an error fixed before that is back', 'Last month we fixed AADSTS50076 by registering MFA, but it is back again today.'],
    ['a fix told beside what happens now', 'Earlier AADSTS65001 went away after consent, but now I get 403 Authorization_RequestDenied.'],
    ['an expiry renewed and refused again', '02:00 GET /v1.0/users 401 (token expired) -> refreshing\n02:01 GET /v1.0/users 401 InvalidAuthenticationToken'],
    ['a fixed thing without any error named', 'Last week we fixed the redirect URI. Calls to /users give 403 Forbidden.'],
    ['a failure that started yesterday, not a fix', 'Since yesterday we get AADSTS65001 and nothing we fixed helps.'],
    ['the first line told as fixed, with one error line only', 'The first line was fixed last week.\nAADSTS65001: The user or administrator has not consented to use the application.'],
    ['a first attempt whose error is said to go on', 'First attempt:\n403 Authorization_RequestDenied\nGot admin consent.\nNow:\nstill 403 Authorization_RequestDenied'],
    ['a fix that did not help, then the error again', 'At first: 403 Forbidden.\nAdded Sites.Read.All, it did not help.\nUpdate: now I get the same error: 403 Forbidden'],
    ['the interactive fallback as the only error told', 'AcquireTokenSilent -> MsalUiRequiredException, falling back to interactive, and then nothing happens.'],
    ['an earlier state without any error after the turn', 'Initially we used the v1.0 endpoint.\nNow we call beta, and it works.'],
    ['an SDK cmdlet opening a line ("Update-MgUser"), not an update note', 'Initially the job ran at night.\nUpdate-MgUser_UpdateExpanded: Insufficient privileges to complete the operation.\nStatus: 403 (Forbidden)'],

  ];
  for (const [name, paste] of keptWhole) it(`keeps ${name}`, () => assert.equal(dropErrorsNotAsked(paste), paste));
});
