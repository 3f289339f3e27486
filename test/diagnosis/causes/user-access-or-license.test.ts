import { describeCause } from '../../helpers/cause-table.js';
import { delegated, mintToken } from '../../helpers/tokens.js';

describeCause('user-access-or-license', {
  matches: [
    { name: 'a mailbox not in Exchange Online', paste: 'Code: MailboxNotEnabledForRESTAPI\nMessage: The mailbox is either inactive, soft-deleted, or is hosted on-premise.', confident: true },
    { name: "a not-found for a user said to have no license: the license explains it", paste: 'A user without an Exchange Online license: sendMail returns 404 ResourceNotFound. With a licensed user the same code works.' },
    { name: 'a not-found drive for a user who never opened OneDrive', paste: 'Calling /me/drive for one of our users gives 404 itemNotFound. The user was created yesterday and never opened OneDrive.' },
    { name: "the service cannot find the user's personal site (a 400 in words)", paste: 'GET https://graph.microsoft.com/v1.0/me/drive/root/children\n{"error":{"code":"BadRequest","message":"Unable to retrieve user\'s mysite URL."}}' },
    { name: "the service says the user's mysite does not exist", paste: 'Creating a folder fails: Code: ResourceNotFound Message: User\'s mysite not found.' },
    { name: "an app-only read of a user whose OneDrive was never provisioned: the target lacks the service", paste: "GET /users/{id}/drive returns 404 itemNotFound via app-only Files.Read.All: the user's OneDrive is not provisioned." },
    { name: 'a signed-in user who is not an owner of the team', paste: "The account I'm signed in with is not an owner of the team, and I try to add a member: 403 Forbidden." },
    { name: 'no SharePoint license', paste: '{"error":{"code":"BadRequest","message":"Tenant does not have a SPO license."}}', confident: true },
    { name: 'a guest listing groups', paste: 'I am a guest user in the partner tenant. GET https://graph.microsoft.com/v1.0/groups returns 403 Authorization_RequestDenied, reading one group by id works.', confident: false },
    { name: 'it works for the admin only', paste: 'GET /v1.0/users/{id}/photo/$value works for the global admin but fails for normal users: 403 Authorization_RequestDenied' },
    { name: 'a valid token that already has the scope', paste: async () => `Works for most colleagues, fails for this one user.\nGET https://graph.microsoft.com/v1.0/me/events\nAuthorization: Bearer ${await mintToken(delegated('Calendars.Read User.Read'))}\n403 Forbidden {"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}` },
    { name: 'a user not assigned to an app that requires assignment', paste: 'AADSTS50105: Your administrator has configured the application to block users unless they are specifically granted access to the application.', confident: false },
    { name: 'the Azure CLI signed in as a user without a directory role', paste: 'az ad app create --display-name ci-app\nERROR: Insufficient privileges to complete the operation.' },
    { name: 'a Global Administrator reading custom security attribute sets', paste: "I'm Global Administrator and consented CustomSecAttributeDefinition.Read.All, yet Get-MgBetaDirectoryAttributeSet returns Authorization_RequestDenied: Insufficient privileges to complete the operation." },
    { name: 'a signed-in user said to hold no admin role, on a directory write', paste: 'Connect-MgGraph -Scopes Application.ReadWrite.All, then New-MgApplication: Insufficient privileges to complete the operation. ErrorCode: Authorization_RequestDenied. My account has no admin role in Entra ID.' },
    { name: "a delegated read of another user's calendar the signed-in person has no permission on", paste: 'Our web app (delegated Calendars.Read.Shared) reads a manager\'s calendar: GET /users/boss@contoso.com/calendar/events returns 403 ErrorAccessDenied "Access is denied. Check credentials and try again." The signed-in assistant has no permission on that calendar.' },
    { name: 'a delegated read of a SharePoint list that stopped inheriting its permissions', paste: 'Using delegated auth, the user can list the SharePoint site lists but reading this one list returns 403 {"error":{"code":"accessDenied","message":"Access denied"}}. The site owner says the list has unique permissions.' },
    { name: "the user's drive itself not found, no words about licences", paste: 'GET https://graph.microsoft.com/v1.0/me/drive returns 404 {"error":{"code":"itemNotFound","message":"Item not found"}} for a user we created last week.' },
    { name: 'a user said to have no mailbox at all', paste: 'POST /users/{id}/sendMail returns 404 ErrorInvalidUser for the new intern. He has no mailbox yet, HR only gave him a Teams license.' },
  ],
  ignores: [
    { name: 'a sign-in account with no mailbox permissions on the mailbox it sends from: a right on another mailbox, not a missing mailbox', paste: 'The service account signs in with username and password and sends as noreply@contoso.com: POST /users/noreply@contoso.com/sendMail returns 403 ErrorAccessDenied "Access is denied. Check credentials and try again." Mail.Send is granted as an Application permission. The service account has no mailbox permissions on noreply.' },
    { name: 'a file path below the drive root not found: a missing file', paste: 'GET https://graph.microsoft.com/v1.0/me/drive/root:/Reports/2024.xlsx returns 404 {"error":{"code":"itemNotFound","message":"The resource could not be found."}}' },
    { name: "the drive of a user id the directory does not know", paste: 'GET /v1.0/users/<object-id>/drive -> 404 Request_ResourceNotFound: Resource \'<object-id>\' does not exist or one of its queried reference-property objects are not present.' },
    { name: 'an app-only call', paste: 'Our daemon (client credentials) gets 403 Authorization_RequestDenied on GET /groups' },
    { name: 'a call on the directory role API itself: the role is the data, not one the user lacks', paste: 'POST https://graph.microsoft.com/v1.0/directoryRoles/{id}/members/$ref to put a user in the directory role returns Authorization_RequestDenied: Insufficient privileges to complete the operation, although RoleManagement.ReadWrite.Directory is consented.' },
    { name: 'adding a member to a directory role, said in prose', paste: 'Adding a member to a directory role fails with Authorization_RequestDenied: Insufficient privileges to complete the operation, although RoleManagement.ReadWrite.Directory is consented.' },
    { name: 'custom security attributes read by a daemon: there the application permission is enough', paste: 'Our daemon (client credentials) lists custom security attributes: GET /directory/customSecurityAttributeDefinitions returns 403 Authorization_RequestDenied.' },
    { name: 'a throttled mailbox', paste: '{"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}}' },
  ],
});
