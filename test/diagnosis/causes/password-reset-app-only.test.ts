import assert from 'node:assert/strict';
import { describeCause } from '../../helpers/cause-table.js';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { appOnly, mintToken, NOW } from '../../helpers/tokens.js';

describeCause('password-reset-app-only', {
  matches: [
    { name: "an app-only passwordProfile write whose decoded token lacks the password permission: this cause's gap, confidently", confident: true, paste: 'PATCH https://graph.microsoft.com/v1.0/users/{id}\n{"passwordProfile":{"forceChangePasswordNextSignIn":true,"password":"{password}"}}\n403 {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}\ntoken payload: {"aud":"https://graph.microsoft.com","idtyp":"app","roles":["User.Read.All"],"tid":"{tenant-id}"}' },
    { name: 'an app-only passwordProfile write whose token holds only read roles, the role on the service principal said to be in place', paste: 'IdM connector, app-only (ClientSecretCredential, scope https://graph.microsoft.com/.default), sets an initial password:\ngraph.users().byUserId(userId).patch(user) with setPasswordProfile(pp)\nODataError: Insufficient privileges to complete the operation.\nThe service principal is User Administrator. Token: "roles": ["User.Read.All", "Directory.Read.All"], "idtyp": "app". Reading users works.' },
    { name: 'a new password sent for a user by a service principal, other properties updating fine', paste: 'Sending a new password for a user via Graph with the service principal fails: "Insufficient privileges to complete the operation". Everything else on the user (department, jobTitle) updates fine with the same app.' },
    { name: 'a temporary password set by a function app through its managed identity, told in Spanish beside the create call that works', paste: 'Azure Function con identidad administrada (DefaultAzureCredential). Crear el usuario con POST /users funciona; el endpoint que genera una contraseña temporal para el service desk falla:\ngraphClient.users().byUserId(userId).patch(patch);\nODataError: Insufficient privileges to complete the operation.\nRoles de la MI: User.ReadWrite.All.' },
    { name: "a signed-in helpdesk admin's token without a password permission (User.ReadWrite.All does not cover passwordProfile)", paste: 'Helpdesk portal, msal-react, delegated. The helpdesk users are User Administrators.\nawait graphClient.api(`/users/${upn}`).patch({ passwordProfile: { password: tempPw, forceChangePasswordNextSignIn: true } });\nGraphError: Insufficient privileges to complete the operation. statusCode: 403, code: "Authorization_RequestDenied"\nToken from our app: scp = "User.Read.All User.ReadWrite.All openid profile".' },
    { name: 'an app-only password reset told in Chinese', paste: '我们的后台用 client credentials（ClientSecretCredential）调用 PATCH https://graph.microsoft.com/v1.0/users/{id} 重置用户密码，返回 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. 应用已经有 User.ReadWrite.All（应用程序权限）并且管理员已同意。' },
    { name: 'a sensitive property written app-only on a user named by an admin role in the singular', paste: 'Our provisioning service (app-only) can update jobTitle and department but setting mobilePhone for a Global Administrator returns 403 Authorization_RequestDenied.' },
    { name: 'the reset written as its Graph PowerShell cmdlet, signed in with a certificate', paste: 'Reset-MgUserAuthenticationMethodPassword -UserId $u -AuthenticationMethodId 28c10230-6103-485e-b985-444c60001490 -NewPassword $p fails with Forbidden when connected with -CertificateThumbprint.' },
    { name: "the new password set with the Azure CLI's --password switch as a service principal", paste: "az ad user update --id bob@contoso.com --password 'Xyz!2345' -> Insufficient privileges to complete the operation. Logged in with az login --service-principal." },
    { name: 'an app-only HR sync that updates job titles and fails only for users who hold admin roles', paste: 'Our nightly HR sync (app-only, User.ReadWrite.All) sets department and jobTitle with Update-MgUser. It works for all users except a few privileged users who hold admin roles: Insufficient privileges to complete the operation. Status: 403 (Forbidden) ErrorCode: Authorization_RequestDenied' },
    { name: 'an app-only sign-in block of one compromised admin account, fine for normal users', paste: 'Trying to revoke sessions and block sign-in for a compromised admin account from our SOAR playbook (app-only): PATCH accountEnabled false -> 403 Insufficient privileges to complete the operation. Works for normal users.' },
    { name: 'a password change that fails only for some users (admin targets), not a user-access difference', paste: 'Our service resets passwords through PATCH /users/{id} with passwordProfile. It works for regular users but fails for some users with 403 Authorization_RequestDenied.' },
    { name: 'only the mobile phone fails while other properties update', paste: 'Updating mobilePhone returns 403 Insufficient privileges to complete the operation. The same PATCH works fine with other properties such as department.' },
    { name: 'a daemon setting passwordProfile', paste: 'ClientSecretCredential + graphClient.Users[id].PatchAsync(new User { PasswordProfile = new PasswordProfile { Password = pwd } })\nODataError: Authorization_RequestDenied Insufficient privileges to complete the operation.', confident: true },
    { name: 'resetPassword with an app-only token', paste: async () => `POST https://graph.microsoft.com/v1.0/users/u1/authentication/methods/28c10230-6103-485e-b985-444c60001490/resetPassword\nAuthorization: Bearer ${await mintToken(appOnly(['UserAuthenticationMethod.ReadWrite.All']))}\n403 Forbidden`, confident: true },
    { name: 'resetting an administrator\'s password with application permissions', paste: 'With application permissions (Directory.ReadWrite.All) we can reset passwords of normal users, but updating the password of an admin fails with Authorization_RequestDenied.' },
    { name: "\"can't reset user password\" with application permissions: the failing call, not a denial", paste: "Can't reset user password via Graph API with application permissions. Directory.ReadWrite.All granted. Error: Insufficient privileges to complete the operation." },
    { name: 'a localized paste', paste: '{"odata.error":{"code":"Authorization_RequestDenied","message":{"lang":"de","value":"Unzureichende Berechtigungen"}}} beim Zurücksetzen des Passworts über eine Daemon-App (client credentials)' },
    { name: 'a sensitive property written by a managed identity, refused for admin accounts only', paste: "Our provisioning service (managed identity) updates users' businessPhones; it gets Insufficient privileges to complete the operation for admin accounts only." },
    { name: 'the Entra role that resets passwords named for the service principal, with no password verb', paste: 'Our daemon needs the Helpdesk Administrator role on its service principal, but adding it under API permissions is not possible. Insufficient privileges to complete the operation.' },
    { name: 'a daemon writing a sensitive property, refused only for the users who are admins', paste: 'Using client credentials we update the mobilePhone of users: 403 Authorization_RequestDenied "Insufficient privileges to complete the operation". It works for normal users but not for users who are admins. User.ReadWrite.All is granted.' },
    { name: 'an HR sync writing phone numbers, refused for the users with admin roles', paste: 'Our HR sync (app registration, client secret) writes businessPhones. Most users update, but users with admin roles fail with Insufficient privileges to complete the operation (403).' },
    { name: 'a daemon writing phone numbers, refused for privileged users', paste: 'Our sync writes mobilePhone with ApplicationOnly permissions. It works for everyone except privileged users: Insufficient privileges to complete the operation. Status: 403 (Forbidden) ErrorCode: Authorization_RequestDenied' },
    { name: "a pipeline's service principal that changed a user's password, told afterwards", paste: 'Our deployment pipeline signs in as a service principal with a client secret. Creating users worked; then we changed the password of an existing user and the apply fails: 403 Authorization_RequestDenied: Insufficient privileges to complete the operation.' },
    { name: "a pipeline's service principal rotating a user's password named as the Terraform attribute, quoted as code", paste: 'Terraform in our pipeline, signed in as a service principal (ARM_CLIENT_SECRET). Creating users and renaming them applies fine, rotating the `password` of the kiosk account fails:\nError: Updating user: unexpected status 403 with OData error: Authorization_RequestDenied: Insufficient privileges to complete the operation.' },
    { name: 'sensitive contact properties written by the app signed in as its service principal', paste: 'Setting otherMails / businessPhones for a user through Graph from our service principal returns Authorization_RequestDenied, while changing the jobTitle works.' },
    { name: "an offboarding script that sets accountEnabled on a privileged admin, signed in with a certificate", paste: 'Revoking sessions works, but when our offboarding script sets accountEnabled=false on a Privileged Role Administrator it fails with Authorization_RequestDenied. The script uses a certificate.' },
  ],
  ignores: [
    { name: "a service principal's own accountEnabled turned off (not a user's property)", paste: 'PATCH https://graph.microsoft.com/v1.0/servicePrincipals/{id} with {"accountEnabled": false} from our automation returns 403 Authorization_RequestDenied.' },
    // Chinese names the portal's "Certificates & secrets" 证书和密码: the word 密码 alone is no password call.
    { name: 'a client secret refused, copied from the portal page named with 密码', paste: 'curl -X POST https://login.microsoftonline.com/{tenant-id}/oauth2/v2.0/token -d grant_type=client_credentials -d client_secret=... \n{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}\n我是在“证书和密码”里刚创建完就马上复制的，所以肯定是新的。' },
    { name: 'a Temporary Access Pass issued app-only, refused by the tenant\'s method policy (no password is set)', paste: 'Onboarding bot issues a Temporary Access Pass so new hires can set up passwordless sign-in instead of a password reset. App-only, UserAuthenticationMethod.ReadWrite.All consented.\nawait graph.Users[userId].Authentication.TemporaryAccessPassMethods.PostAsync(tap);\nODataError: Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].' },

    { name: 'a licence assignment failing one step after a user was created with its first password', paste: 'POST https://graph.microsoft.com/v1.0/users/{user-id}/assignLicense -> 400 {"error":{"code":"Request_BadRequest","message":"License assignment cannot be done for user with invalid usage location."}}\nRunning as a daemon (client credentials). The users are created one step earlier via POST /users with displayName, mailNickname, upn, passwordProfile, accountEnabled.' },
    { name: "a daemon creating a user with its first password (POST /users needs no admin role for that)", paste: 'Our onboarding daemon (client credentials) creates accounts: POST https://graph.microsoft.com/v1.0/users with {"accountEnabled": true, "displayName": "New Hire", "mailNickname": "newhire", "userPrincipalName": "newhire@contoso.example", "passwordProfile": {"forceChangePasswordNextSignIn": true, "password": "<initial>"}} returns 403 Authorization_RequestDenied.' },
    { name: 'a person who changed their own password, and a daemon denied on groups', paste: 'I changed the password for my own account yesterday. Separately our daemon (client credentials) gets 403 Authorization_RequestDenied on GET /groups.' },
    { name: 'an app-only update denied for every user: a permission, not the targets\' roles', paste: 'Our nightly HR sync (app-only) sets department with Update-MgUser and every call fails: Insufficient privileges to complete the operation. Status: 403 (Forbidden) ErrorCode: Authorization_RequestDenied. The app has only User.Read.All.' },
    { name: "a signed-in user reading someone's authentication methods: a read, no password change", paste: 'I already added every permission (User.Read.All, Directory.Read.All, delegated, admin consent granted) but the signed-in user still gets 403 on GET /users/{id}/authentication/methods. She is a normal user with no admin role.' },
    { name: 'a password role the signed-in user holds, on a call that reads sign-in logs', paste: 'I hold the Helpdesk Administrator role and Get-MgAuditLogSignIn fails: Insufficient privileges to complete the operation.' },
    { name: "re-enabling a service principal (its accountEnabled is no user's sensitive property)", paste: 'Get-MsolServicePrincipal -AppPrincipalId 00000002-0000-0ff1-ce00-000000000000 | Set-MsolServicePrincipal -AccountEnabled $true\nSet-MsolServicePrincipal : Access Denied. You do not have permissions to call this cmdlet.' },
    { name: 'a normal user update by a daemon that lacks the permission entirely', paste: async () => `GET /v1.0/users 403 Authorization_RequestDenied, token ${await mintToken(appOnly(['Mail.Send']))}` },
    { name: "a signed-in guest's profile update that only asks whether application permissions are needed too", paste: 'As a guest user with the Application Administrator role I update another user\'s mobilePhone and department through Graph client. Authorization_RequestDenied: Insufficient privileges to complete the operation. Are delegated permissions sufficient, or do I have to add application permissions as well?' },
    { name: 'a daemon that says it never changes user passwords', paste: 'Our sync daemon never changes user passwords; it only lists groups with client credentials and gets 403 Authorization_RequestDenied.' },
    { name: 'an expired token on a password call', paste: 'PATCH /users/{id} {"passwordProfile":{}} -> 401 InvalidAuthenticationToken: Access token has expired or is not yet valid.' },
  ],
});

describe('password-reset-app-only: disabling a user account, in English and other languages', () => {
  const ENGLISH = 'Our background service (client credentials) disables a user: Authorization_RequestDenied: Insufficient privileges to complete the operation.';
  const same: [string, string][] = [
    ['Chinese', '后台服务使用 client credentials，禁用用户时提示 Authorization_RequestDenied: Insufficient privileges to complete the operation.'],
    ['German', 'Unser Hintergrunddienst (client credentials) soll Benutzer deaktivieren: Authorization_RequestDenied: Insufficient privileges to complete the operation.'],
    ['Spanish', 'Nuestro servicio (client credentials) intenta deshabilitar el usuario: Authorization_RequestDenied: Insufficient privileges to complete the operation.'],
  ];
  const ids = (text: string) => diagnose(text).causes.slice(0, 3).map((c) => c.id);
  it('reads the English paste as a sensitive-property write, listed among the first three', () => assert.ok(ids(ENGLISH).includes('password-reset-app-only')));
  for (const [language, text] of same) it(`ranks the ${language} paste as the English one`, () => assert.deepEqual(ids(text), ids(ENGLISH)));
  it('does not read listing disabled users as a write', () => assert.ok(!ids('List all disabled users with the daemon: Authorization_RequestDenied').includes('password-reset-app-only')));
});

describe('cause password-reset-app-only: quoting a password command', () => {
  it('quotes the command and its switch, not the user names between them', () => {
    const d = diagnose("az ad user update --id bob@contoso.com --display-name 'Bob' --password 'Xyz!2345' -> Insufficient privileges to complete the operation. Logged in with az login --service-principal.");
    const said = d.causes[0]?.evidence.join(' ') ?? '';
    assert.match(said, /"az ad user update … --password"/);
    assert.doesNotMatch(said, /bob@contoso\.com|Xyz!2345/i);
  });
});

describe('cause password-reset-app-only: who the administrator is', () => {
  // "Works for the Global Administrator" names who calls, not whose password is changed.
  it('does not read an administrator it works for as the target', () => {
    const d = diagnose("Resetting a user's password from our helpdesk portal (users sign in, delegated UserAuthenticationMethod.ReadWrite.All) works for the Global Administrator but fails with 403 for our helpdesk operators.", { now: NOW });
    assert.ok(!d.causes.some((c) => c.evidence.some((x) => x.startsWith('The target is an administrator'))), d.causes.map((c) => c.evidence.join(' | ')).join(' || '));
  });
  // "The managed identity has the Password Administrator role" names the caller's role, not an administrator as the target.
  it("does not read a built-in role held by the caller as the target's", () => {
    const d = diagnose('Our runbook resets passwords with the managed identity (PATCH /users/{id} passwordProfile). The managed identity has the Password Administrator role. It fails with 403 Authorization_RequestDenied.', { now: NOW });
    assert.ok(!d.causes.some((c) => c.evidence.some((x) => x.startsWith('The target is an administrator'))), d.causes.map((c) => c.evidence.join(' | ')).join(' || '));
  });
});
