/** How an admin PowerShell session signed in decides what its refusals and missing cmdlets mean. */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { adminModuleAppOnlyWithoutRole, commandNotFound } from '../../src/diagnosis/powershell-sessions.js';

const now = new Date('2026-12-08T00:00:00Z');
const read = (text: string) => extractEvidence(text, { now });

describe('diagnosis/powershell-sessions: an app-only admin session whose service principal holds no role', () => {
  const table: [string, boolean][] = [
    ['Connect-MicrosoftTeams -CertificateThumbprint $tp -ApplicationId $appId -TenantId $t\nSet-CsPhoneNumberAssignment : Access Denied.\nIn Entra > Roles and admins the app shows "No assignments".', true],
    ['Connect-ExchangeOnline -AppId $id -CertificateThumbprint $tp -Organization contoso.onmicrosoft.com\nSet-Mailbox: Forbidden. The app has no Entra role on purpose.', true],
    // Signed in as a user: the user's roles, not the app's, are what such a session runs with.
    ['Connect-MicrosoftTeams\nSet-CsPhoneNumberAssignment : Access Denied.\nMy account has no role assignments.', false],
    // The role said to be there.
    ['Connect-MicrosoftTeams -CertificateThumbprint $tp -ApplicationId $appId\nAccess Denied.\nThe app is not without roles: it holds Teams Administrator.', false],
  ];
  for (const [paste, said] of table) {
    it(`${said ? 'reads' : 'does not read'} it in ${JSON.stringify(paste.slice(0, 60))}`, () => assert.equal(adminModuleAppOnlyWithoutRole(read(paste)) !== undefined, said));
  }
});

describe('diagnosis/powershell-sessions: a cmdlet PowerShell does not recognize', () => {
  const table: [string, 'exchange-user' | 'other' | undefined][] = [
    ["Runbook after updating the modules:\nThe term 'Select-MgProfile' is not recognized as a name of a cmdlet, function, script file, or executable program.", 'other'],
    ["PS C:\\> Connect-ExchangeOnline -UserPrincipalName helpdesk@contoso.com\nSet-Mailbox: The term 'Set-Mailbox' is not recognized as a name of a cmdlet, function, script file, or executable program.", 'exchange-user'],
    // A service relaying the words from its own side says nothing of the writer's modules.
    ["DELETE /solutions/bookingBusinesses/{id} -> 400 Bad Request, the term 'Remove-mailbox' is not recognized as a name of a cmdlet, function, script file, or operable program", undefined],
    ['Get-MgUser works fine here.', undefined],
  ];
  for (const [paste, kind] of table) {
    it(`reads ${String(kind)} in ${JSON.stringify(paste.slice(0, 60))}`, () => assert.equal(commandNotFound(read(paste)), kind));
  }
});
