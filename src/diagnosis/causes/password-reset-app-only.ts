/** 403: resetting a password has no application permission; only a signed-in admin can. */
import { defineVerdict, type Cause } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { firstPhrase, fromToken, isDenied, phrases, when } from '../signals.js';
import { knowledgeSignals } from '../knowledge-signals.js';

const PASSWORD_TOPIC = phrases(['passwordprofile', 'password profile', 'resetpassword', 'reset password', 'reset-password', 'password reset', 'reset the password', 'resetting password', 'resetting the password', 'change password', 'changepassword', 'change the password', 'update the password', 'updating the password', 'updating password', 'set password', 'set the password', 'setting the password', 'forcechangepasswordnextsignin', 'passwordmethods', 'passwordpolicies', 'authentication methods', 'authentication/methods', 'authenticationmethods', 'passwort', 'mot de passe', 'contraseña', 'senha', 'パスワード', '密码']);
const ADMIN_TARGET = /\b(?:password (?:of|for) (?:the |an )?admin|admin(?:istrator)?(?:'s)? password|(?:target|the) user (?:is|has) an? (?:admin|administrator|privileged)|role is an? admin|whose (?:organizational )?role is an? admin|global admin(?:istrator)? user|administrator role|admin users?)\b|管理者/;

function passwordTopic(e: Evidence): string | undefined {
  return firstPhrase(e, PASSWORD_TOPIC);
}

function appOnly(e: Evidence): boolean {
  return e.context === 'app-only' || (e.context !== 'delegated' && e.permissionTypes.includes('application'));
}

export default defineVerdict({
  id: 'password-reset-app-only',
  wording: {
    title: 'Passwords cannot be reset with an app-only token',
    what: 'Setting or resetting another user\'s password (passwordProfile, resetPassword) has no application permission: an app without a signed-in user is refused even with Directory.ReadWrite.All or User.ReadWrite.All, and administrators\' passwords are protected further.',
    why: 'Microsoft allows password changes only in a delegated flow where a signed-in administrator with a suitable role (Password, Helpdesk, User or Privileged Authentication Administrator) acts; the app\'s own permissions are not enough.',
    fix: 'Run the reset in a delegated flow signed in as an administrator with the right role (UserAuthenticationMethod.ReadWrite.All or Directory.AccessAsUser.All delegated), or leave passwords to self-service password reset.',
    learnMore: { title: 'Reset a password (authenticationMethod: resetPassword)', url: 'https://learn.microsoft.com/graph/api/authenticationmethod-resetpassword' },
  },
  checks: [
    {
      title: 'The request changes a password',
      verify: { claim: 'The body sets passwordProfile, or the URL ends in /resetPassword or /changePassword.' },
      fix: 'If password fields are not needed, remove them from the PATCH body: other user properties can be updated app-only.',
    },
    {
      title: 'The token is delegated, from a signed-in administrator',
      verify: { claim: 'The token must have scp (delegated); idtyp = app or a roles claim means app-only, which cannot reset passwords.', powershell: 'Get-MgContext | Select-Object AuthType  # must be Delegated' },
      fix: 'Use an interactive, device-code or authorization-code sign-in by an administrator instead of client credentials or a managed identity.',
    },
    {
      title: 'The signed-in admin holds a role that may reset this user\'s password',
      verify: { portal: 'Entra admin center > Identity > Roles & admins > Roles & admins: check the caller\'s assignments (Password/Helpdesk/User/Privileged Authentication Administrator).', powershell: "Get-MgRoleManagementDirectoryRoleAssignment -Filter \"principalId eq '{admin-object-id}'\"" },
      fix: 'Resetting an administrator\'s password needs a higher role (Privileged Authentication Administrator) than resetting a regular user\'s.',
    },
    {
      title: 'The delegated permission is granted',
      verify: { claim: 'scp contains UserAuthenticationMethod.ReadWrite.All (resetPassword) or Directory.AccessAsUser.All (passwordProfile).' },
      fix: 'Add the delegated permission under Microsoft Graph and grant admin consent.',
    },
  ],
  signals: [
    ...knowledgeSignals('password-reset-app-only'),
    when('password-topic', 3.5, (e) => {
      const p = passwordTopic(e);
      return p && `The call changes a password ("${p}")`;
    }),
    when('password-app-only', 4.5, (e) => passwordTopic(e) !== undefined && appOnly(e) && 'It runs without a signed-in user (app-only), and no application permission can change passwords'),
    when('password-admin-target', 1.5, (e) => passwordTopic(e) !== undefined && ADMIN_TARGET.test(e.lower) && 'The target is an administrator: their password needs a privileged delegated caller'),
    when('password-denied', 1, (e) => passwordTopic(e) !== undefined && isDenied(e) && 'The password change was denied (403 / Authorization_RequestDenied)'),
    fromToken(when('reset-endpoint-app-only', 6, (e) => e.insight?.verdict === 'no-scheme-for-token' && /password/.test(e.insight.request.path) && e.insight.message)),
    when('password-delegated', -2, (e) => passwordTopic(e) !== undefined && e.context === 'delegated' && !ADMIN_TARGET.test(e.lower) && 'The call is delegated (a signed-in user), which is the supported way'),
    when('app-only-user-update', 2.5, (e) =>
      passwordTopic(e) === undefined && appOnly(e) && isDenied(e) && (/\bupdat(?:e|ing) (?:an? |the )?users?\b|\bpatch\b[^\n]{0,80}\/users\//.test(e.lower) || (e.graphRequest?.method === 'PATCH' && e.graphRequest.segments[0] === 'users')) &&
      'An app-only update of a user was denied: password and administrator properties cannot be changed app-only'),
  ],
}) satisfies Cause;
