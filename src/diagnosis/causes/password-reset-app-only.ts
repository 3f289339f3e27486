/** 403: a password change lacks the permission or the directory role it needs (app-only: passwordProfile + a role on the service principal; resetPassword is delegated-only). */
import { execIn, gated, mayMatch, testIn } from '../word-gate.js';
import { defineVerdict, type Cause } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { firstPhrase, fromToken, isDenied, phrases, when } from '../signals.js';
import { knowledgeSignals, messageSaysNotAuthorization } from '../knowledge-signals.js';
import { isAffirmed, isNegatedAt } from '../evidence/negation.js';
import { registerPhrases } from '../phrase-index.js';
import { topicSignals } from '../topic-signals.js';
import { oncePerPaste } from '../once-per-paste.js';
import { PASSWORD_POLICY_PHRASES } from '../knowledge/password-policy.js';
import { consentSaidMissing } from '../concept-signals.js';
import { callsAs } from '../reasoning.js';

// The Entra roles that exist to reset passwords name the topic themselves (authenticationmethod-resetpassword:
// https://learn.microsoft.com/graph/api/authenticationmethod-resetpassword lists User, Helpdesk, Password and
// Authentication Administrators; users#who-can-reset-passwords adds Privileged Authentication Administrator).
// User Administrator is left out: it administers much more than passwords.
const PASSWORD_ROLE_NAMES = ['password administrator', 'helpdesk administrator', 'authentication administrator'];
const PASSWORD_ROLES = phrases(PASSWORD_ROLE_NAMES);
const PASSWORD_TOPIC = phrases(['passwordprofile', 'password profile', 'resetpassword', 'reset password', 'reset-password', 'password reset', 'reset the password', 'resetting password', 'resetting the password', 'change password', 'changepassword', 'change the password', 'update the password', 'updating the password', 'updating password', 'set password', 'set the password', 'setting the password', 'forcechangepasswordnextsignin', 'passwordmethods', 'passwordpolicies', 'authentication methods', 'authentication/methods', 'authenticationmethods', 
  // The same acts in the other languages the product reads: the noun alone is no act (Chinese 密码 also names
  // the portal's "Certificates & secrets", 证书和密码), as the English list holds "reset password", not "password".
  'passwort zurücksetzen', 'passwort ändern', 'passwort setzen', 'kennwort zurücksetzen', 'kennwort ändern', 'zurücksetzen des passworts', 'zurücksetzen des kennworts',
  'réinitialiser le mot de passe', 'réinitialisation du mot de passe', 'changer le mot de passe', 'modifier le mot de passe', 'définir le mot de passe',
  'restablecer la contraseña', 'restablecimiento de contraseña', 'cambiar la contraseña', 'resetear la contraseña', 'establecer la contraseña',
  'redefinir a senha', 'redefinição de senha', 'alterar a senha', 'trocar a senha', 'resetar a senha', 'definir a senha',
  'パスワードをリセット', 'パスワードのリセット', 'パスワードを変更', 'パスワードの変更', 'パスワードを設定', 'パスワードの設定',
  '重置密码', '重设密码', '修改密码', '更改密码', '设置密码', '重置用户密码', '修改用户密码',
  // A temporary password is one an admin or a helpdesk sets for someone else.
  'temporary password', 'temp password', 'contraseña temporal', 'senha temporária', 'mot de passe temporaire', 'temporäres passwort', 'temporäres kennwort', '一時パスワード', '仮パスワード', '临时密码']);
// A built-in role's own name ("the Password Administrator role", "User Administrator role") names what
// the caller holds, not an administrator as the target.
const ADMIN_TARGET = gated(/\b(?:password (?:of|for) (?:the |an )?admin|admin(?:istrator)?(?:'s)? password|(?:target|the) user (?:is|has) an? (?:admin|administrator|privileged)|role is an? admin|whose (?:organizational )?role is an? admin|global admin(?:istrator)? user|(?<!\b(?:password|user|helpdesk|authentication|privileged authentication|application|cloud application|groups|exchange|sharepoint|teams|intune|security) )administrator role|admin users?)\b|\b(?:for|of|on) (?:the |our |some |all |a |an )?(?:[a-z-]+ )?(?:admins|administrators|admin accounts?|privileged (?:users|accounts))\b|\b(?:users?|accounts?) (?:who|that|which) (?:are|is) (?:an? |also )?(?:admins|administrators|admin|administrator|privileged)\b|\b(?:users|accounts) (?:(?:who|that|which) )?(?:do )?(?:have |hold |with )(?:an? |some )?(?:admin(?:istrator|istrative)?|privileged|directory) (?:roles?|permissions|rights|privileges)\b|\bprivileged (?:users?|accounts?)\b|(?<!\bwork(?:s|ed|ing)?(?: fine| well| ok)? )\b(?:for|of|on) (?:a|an|the) (?:global|privileged|privileged authentication|user|helpdesk|exchange|sharepoint|teams|security|billing|intune|authentication|application|cloud application) admin(?:istrator)?\b(?! role)|管理者/);

/**
 * Setting someone's password in other words: "reset a user's password", "changing passwords of
 * users", "update their passwords". Not a sign-in error's own sentence ("the user might have
 * changed or reset their password" is why a refresh token died, not a password call), so the
 * perfect tenses and AADSTS texts are left out. The word may be quoted as code, the way a
 * Terraform or Bicep attribute is named ("rotating the `password`").
 */
const PASSWORD_INTENT = gated(/\b(?:reset|resets|resetting|change|changes|changing|update|updates|updating|set|sets|setting|modify|modifying|rotate|rotating|send|sends|sending|assign|assigns|assigning)\s+(?:(?:a|an|the|their|his|her|its|our|user|user'?s|users'?|other|another|existing|new|temporary|initial|of|local|account)\s+){0,3}[`'"]?passwords?\b/);
/**
 * What the person's own code or pipeline did, told afterwards: "we changed the password of an
 * existing user", "I reset the passwords for the new hires". Only with a subject that is the
 * person and a user whose password it was: "I changed my password" is a sign-in story instead.
 */
const PASSWORD_DONE = gated(/\b(?:we|i)\s+(?:\w+\s+)?(?:changed|reset|updated)\s+(?:the\s+)?passwords?\s+(?:of|for)\s+(?!my\b|our own\b)/);
const FAILS_TO = /\b(?:can(?:no|')t|could(?:n't| not)|unable to|fails? to|failed to)\s+$/;
// Nor one said to work ("I can reset his password in the portal all day, so why not disable him"): the comparison, not the failing call.
const NOT_A_CALL = /(?:have|has|had|might have|may have)\s+(?:\w+\s+){0,2}$|(?<!\bhow )\b(?:i|we|they|he|she) (?:can|am able to|are able to|is able to)\s+$/;

registerPhrases(['password', 'azuread_user']);

/** A password role given to an app, not held by the signed-in user: "the service principal needs Password Administrator". */
const ROLE_FOR_AN_APP = /\b(?:service principal|app principal|managed identity|daemon|enterprise app(?:lication)?)\b|\b(?:assign|assigned|assigning|give|gave|given|giving|grant|granted|granting|add|added|adding)\b[^.\n]{0,40}\bto (?:the |my |our |this )?app(?:lication)?\b/;

/** A password role held by the signed-in user is that user's role (another cause reads it), not a password call. */
function passwordRoleForAnApp(e: Evidence): string | undefined {
  const role = firstPhrase(e, PASSWORD_ROLES);
  return role !== undefined && ROLE_FOR_AN_APP.test(e.lower) ? role : undefined;
}

/** The authentication-methods API: about passwords when it changes one, not when a method list is read. */
const AUTH_METHOD_WORDS = new Set(['authentication methods', 'authentication/methods', 'authenticationmethods']);

/** A stated GET of a user's authentication methods reads them; it changes no password. */
function readsAuthMethods(e: Evidence): boolean {
  return e.request?.methodStated === true && e.request.method === 'GET' && /\/authentication\/methods\b/.test(e.request.url.toLowerCase());
}

/**
 * A command that changes a password, by PowerShell's verb-noun convention or a CLI switch:
 * Reset-MgUserAuthenticationMethodPassword (the resetPassword API,
 * https://learn.microsoft.com/powershell/module/microsoft.graph.identity.signins/reset-mguserauthenticationmethodpassword),
 * Set-AzureADUserPassword, Set-MsolUserPassword, and `az ad user update --password`
 * (https://learn.microsoft.com/cli/azure/ad/user#az-ad-user-update).
 */
const PASSWORD_COMMAND = gated(/\b(?:set|reset|update)-[a-z]*password\b|\b(az ad user (?:update|create))\b[^\n]{0,200}?--password\b/);
/**
 * Terraform's Entra user resource (azuread_user) changing its `password` argument, which the provider
 * writes as the user's passwordProfile (https://learn.microsoft.com/graph/api/user-update): the plan's
 * changed-attribute line ("~ password = (sensitive value)"), or the argument named as the one that
 * changes ("whenever the password field changes", "password 字段一变").
 */
// The plan line also quoted inline in prose: "the plan is just `~ password = (sensitive value)`", "plan only shows ~ password = …".
const TERRAFORM_PASSWORD = gated(/^[ \t│|]*[~+][ \t]+password[ \t]+=|[`'"\s][~+][ \t]+password[ \t]+=|\bpassword\s*(?:field|attribute|argument)\b|\bpassword\s*(?:字段|属性|フィールド)/m);

/**
 * Creating a user (POST /users) gives the new account its first password in passwordProfile, which
 * the create call requires, and User.ReadWrite.All alone allows it
 * (https://learn.microsoft.com/graph/api/user-post-users). The Entra role an app needs is for
 * changing an existing user's password (https://learn.microsoft.com/graph/api/user-update).
 */
const INITIAL_PASSWORD_WORDS: ReadonlySet<string> = new Set(['passwordprofile', 'password profile', 'forcechangepasswordnextsignin']);

function createsUser(e: Evidence): boolean {
  const r = e.graphRequest;
  if (r?.method === 'POST' && r.segments.length === 1 && r.segments[0] === 'users') return true;
  // A user created one step before the failing call ("POST /users with … passwordProfile", then
  // assignLicense fails): the password properties are that creation's, unless the failing call itself
  // writes the user.
  const writesUser = r !== undefined && r.segments[0] === 'users' && (r.method === 'PATCH' || r.method === 'PUT');
  return !writesUser && e.requests.some((q) => q.method === 'POST' && USERS_COLLECTION.test(q.url));
}
/** The users collection itself, as an absolute or relative URL: POST to it creates a user. */
const USERS_COLLECTION = /^(?:https?:\/\/[^/\s]+)?(?:\/v1\.0|\/beta)?\/users\/?(?:\?|$)/i;

/**
 * The text without a new user's first-password properties ("changepassword" inside
 * forceChangePasswordNextSignIn is no call): built once per paste, as several phrases ask.
 */
const withoutInitialPassword = oncePerPaste((e: Evidence): string => {
  let out = e.lower;
  for (const w of INITIAL_PASSWORD_WORDS) out = out.split(w).join(' ');
  return out;
});

/** Password words that speak of a password call: not a method list read, not a new user's first password. */
function countsAsPasswordWord(e: Evidence, phrase: string): boolean {
  if (AUTH_METHOD_WORDS.has(phrase) && readsAuthMethods(e)) return false;
  return !createsUser(e) || (!INITIAL_PASSWORD_WORDS.has(phrase) && withoutInitialPassword(e).includes(phrase));
}

/**
 * The failing call is stated as a GET somewhere else than the users and their authentication
 * methods (a report, a site, a mailbox): it reads, so password words in the prose ("she can reset
 * passwords through our helpdesk tool") tell of something else than this call.
 */
function readsElsewhere(e: Evidence): boolean {
  const stated = e.requests.filter((r) => r.methodStated);
  return stated.length > 0 && stated.every((r) => r.method === 'GET' && !USERS_OR_ME.test(r.url));
}
/** A path under the users or the signed-in user, where passwords and authentication methods live. */
const USERS_OR_ME = /(?:^|\/)(?:users|me)(?:[/?(]|$)/i;

/**
 * The call creates or changes another authentication method than the password (a Temporary Access
 * Pass, a phone, FIDO2, Authenticator): no password is set, whatever the prose says of "password
 * reset" (https://learn.microsoft.com/graph/api/resources/authenticationmethods-overview).
 */
const OTHER_AUTH_METHOD = /temporaryaccesspassmethods|phonemethods|fido2methods|microsoftauthenticatormethods|emailmethods|softwareoathmethods|windowshelloforbusinessmethods/;
function writesAnotherMethod(e: Evidence): boolean {
  const path = e.graphRequest?.segments.join('/') ?? '';
  return OTHER_AUTH_METHOD.test(path);
}

/** What the paste says about setting a password, read once per paste (eight signals of three causes ask). */
export const passwordTopic = oncePerPaste(readPasswordTopic);

// The password named in the call itself: a property, an action or a parameter of the request.
const PASSWORD_IN_CALL = /passwordprofile|password_profile|resetpassword|changepassword|newpassword|forcechangepassword/;
/**
 * The failing request is shown writing named properties of the user, none a password (PATCH /users/{id} with
 * department, mobilePhone): the prose's password words compare ("like for password resets"), the call sets none.
 */
function writesOtherProperties(e: Evidence): boolean {
  const writes = e.graphRequest?.writes;
  return writes !== undefined && writes.length > 0 && !writes.some((w) => w.includes('password')) && !PASSWORD_IN_CALL.test(e.lower);
}

function readPasswordTopic(e: Evidence): string | undefined {
  if (readsElsewhere(e) || writesAnotherMethod(e) || writesOtherProperties(e)) return undefined;
  const first = firstPhrase(e, PASSWORD_TOPIC);
  const topic = first !== undefined && !countsAsPasswordWord(e, first) ? PASSWORD_TOPIC.find((p) => e.has(p) && countsAsPasswordWord(e, p)) : first;
  const listed = topic ?? passwordRoleForAnApp(e);
  if (listed !== undefined || e.aadsts.length > 0 || !e.has('password')) return listed;
  // Quoted as the command and its switch only: the arguments between them (user names) stay out of the card.
  const command = execIn(PASSWORD_COMMAND, e);
  if (command) return command[1] !== undefined ? `${command[1]} … --password` : command[0];
  if (e.has('azuread_user')) {
    const terraform = execIn(TERRAFORM_PASSWORD, e);
    if (terraform) return `azuread_user ${terraform[0].replace(/^[\s│|~+]+/, '').trim()}`;
  }
  const done = execIn(PASSWORD_DONE, e);
  if (done && !isNegatedAt(e.lower, done.index)) return done[0].trim();
  const m = execIn(PASSWORD_INTENT, e);
  if (!m) return undefined;
  const before = e.lower.slice(Math.max(0, m.index - 30), m.index);
  // "Can't reset the password" is the failing call itself, not a denial that one is made.
  if (NOT_A_CALL.test(before) || (isNegatedAt(e.lower, m.index) && !FAILS_TO.test(before))) return undefined;
  return m[0];
}

/** An app updating (or deleting) user objects: "update user properties", "Update-MgUser", PATCH /users/{id}. */
function updatesUsers(e: Evidence): boolean {
  return /\bupdat(?:e|ing) (?:an? |the )?users?\b|\bpatch\b[^\n]{0,80}\/users\/|\b(?:update|remove)-mguser\b/.test(e.lower) || (e.graphRequest !== undefined && (e.graphRequest.method === 'PATCH' || e.graphRequest.method === 'DELETE') && e.graphRequest.segments[0] === 'users');
}

/** Properties Microsoft lists as sensitive (only some admins, or an app holding such a role, may change them for other admins). */
const SENSITIVE_PROPERTY = /\b(business ?phones?|mobile ?phone|other ?mails|account ?enabled)\b|\b(?:disabl(?:e|es|ed|ing)|block(?:s|ed|ing)?) (?:the |an? |their |his |her )?(?:admin(?:istrator)?(?:'s)? |user(?:'s)? )*(account|sign-?in)\b|\b(?:disabl(?:e|es|ing)|enabl(?:e|es|ing)|block(?:s|ing)?) (?:the |an? |this |that )?(?:admin(?:istrator)? )?(user)\b(?!s|'s)/;
const SENSITIVE_PROPERTY_ALL = gated(new RegExp(SENSITIVE_PROPERTY.source, 'g'));
/**
 * A property named in the list of what a read returns (Get-MgUser -Property …, $select=…,
 * .select(…)) is read, not written.
 */
const READ_LIST_BEFORE = /(?:-property|-select|\$select=|\bselect=|\.select\(\s*\[?)\s*["'`]?[\w"'`, ]*$/;
const WRITE_WORDS = gated(/\b(?:patch|update|updating|updates|set|sets|setting|write|writes|writing|wrote|change|changing|disables?|disabling|enables?|enabling|blocks?|blocking)\b|"(?:businessphones|mobilephone|othermails|accountenabled)"\s*:/);

const OTHER_PROPERTIES_WORK = gated(/\bworks? (?:fine |well |ok )?(?:with|for|on) (?:the |all )?other (?:fields|properties|attributes)\b|\bother (?:fields|properties|attributes) (?:can be |are )?(?:updated|changed|work)\b/);

/** Disabling or enabling a user account said in other languages (the verb is in the phrase). */
const LOCALIZED_ACCOUNT_TOGGLE = gated(/(?:禁用|启用|停用|禁止或启用)(?:的)?用户|ユーザー(?:アカウント)?を(?:無効|有効)|(?:benutzer|konto)\w* (?:de)?aktivieren|(?:désactiver|activer) (?:l'|un |le |les )?(?:utilisateur|compte)|(?:deshabilitar|habilitar|desactivar) (?:el |un |la |los )?(?:usuario|cuenta)|(?:desativar|desabilitar|bloquear) (?:o |um |a |os )?(?:usuário|conta)/);

/** The sensitive property the call writes, if it writes one (several signals ask: read once per diagnosis). */
const sensitivePropertyWrite = oncePerPaste(readSensitivePropertyWrite);

/**
 * accountEnabled of a service principal, an app or a device is no user's sensitive property (the users
 * page lists user properties). A service principal named as the caller ("from our service principal")
 * is the app signing in, not the object changed.
 */
const NOT_A_USER_OBJECT = gated(/serviceprincipals?\b(?!\s*(?:credential|secret|login|auth))|\b(?:disabl\w*|enabl\w*|block\w*|turn\w* off|accountenabled (?:of|on|for)) (?:the |a |an |our |this |that )?(?:service principal|enterprise app)|service principal'?s? (?:accountenabled|sign-?in)|\/applications\/|\/devices\/|-mgdevice|-mgapplication/);

function readSensitivePropertyWrite(e: Evidence): string | undefined {
  if (testIn(NOT_A_USER_OBJECT, e) && !/\/users\/|-mguser[a-z]*\b/.test(e.lower)) return undefined;
  // A new user's accountEnabled is set as it is created, not changed on someone who holds a role.
  if (createsUser(e)) return undefined;
  if (testIn(LOCALIZED_ACCOUNT_TOGGLE, e)) return 'accountEnabled';
  const m = (mayMatch(SENSITIVE_PROPERTY_ALL, e.has) ? [...e.lower.matchAll(SENSITIVE_PROPERTY_ALL)] : []).find((x) => !READ_LIST_BEFORE.test(e.lower.slice(Math.max(0, x.index - 120), x.index)));
  if (!m || !testIn(WRITE_WORDS, e) || /\$filter=[^\s&]*accountenabled/.test(e.lower)) return undefined;
  const said = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s|-/g, '').replace(/s$/, '');
  return { businessphone: 'businessPhones', mobilephone: 'mobilePhone', othermail: 'otherMails', accountenabled: 'accountEnabled', account: 'accountEnabled', signin: 'accountEnabled', user: 'accountEnabled' }[said];
}

/** App-only by its flow or token, or by prose that names application permissions and not delegated ones as well. */
function appOnly(e: Evidence): boolean {
  return e.context === 'app-only' || (e.context !== 'delegated' && e.permissionTypes.includes('application') && !e.permissionTypes.includes('delegated'));
}

/** The calls that set another user's password: PATCH passwordProfile, an authentication method's resetPassword. */
const OTHERS_PASSWORD_CALL = /passwordprofile|password profile|resetpassword|authentication\/methods/;
/** One's own password changed (POST /me/changePassword), not forceChangePasswordNextSignIn inside a passwordProfile. */
const CHANGE_OWN_PASSWORD = /\bchangepassword\b/;
/** A write of passwordProfile, the way both an admin and an app set another user's password. */
const PASSWORD_PROFILE = /passwordprofile|password profile/;
/** The application permissions that write passwordProfile (with an Entra role on the service principal besides). */
const APP_PASSWORD_WRITE_ROLES = new Set(['user-passwordprofile.readwrite.all', 'user.readwrite.all', 'directory.readwrite.all']);
/** The delegated permissions that let a signed-in admin set passwords (passwordProfile, resetPassword). */
const PASSWORD_WRITE_SCOPES = new Set(['user-passwordprofile.readwrite.all', 'directory.accessasuser.all', 'userauthenticationmethod.readwrite.all']);

/**
 * The paste changes a password or a sensitive property: then "it works for ordinary users but not
 * for admins" is the rule on admin targets, not a difference in the failing users' own access.
 */
/**
 * A signed-in user's token, its delegated permissions shown, none of them one a write of someone
 * else's password takes: passwordProfile needs User-PasswordProfile.ReadWrite.All (or
 * Directory.AccessAsUser.All), which User.ReadWrite.All does not include
 * (https://learn.microsoft.com/graph/api/user-update, the passwordProfile property); resetPassword
 * needs UserAuthenticationMethod.ReadWrite.All
 * (https://learn.microsoft.com/graph/api/authenticationmethod-resetpassword). One's own password
 * (changePassword) takes an ordinary permission. Returns what the token carries and what it needs.
 */
export function delegatedPasswordScopeNotHeld(e: Evidence): string | undefined {
  if (!OTHERS_PASSWORD_CALL.test(e.lower) || CHANGE_OWN_PASSWORD.test(e.lower) || e.held?.kind !== 'delegated' || e.held.permissions.length === 0) return undefined;
  if (e.held.permissions.some((p) => PASSWORD_WRITE_SCOPES.has(p.toLowerCase()))) return undefined;
  const needs = PASSWORD_PROFILE.test(e.lower) ? 'passwordProfile needs User-PasswordProfile.ReadWrite.All, which User.ReadWrite.All does not include' : 'resetPassword needs UserAuthenticationMethod.ReadWrite.All';
  return `The signed-in user's token carries ${e.held.permissions.filter((p) => p.includes('.')).slice(0, 3).join(', ')} but no password permission: ${needs}`;
}

/**
 * A signed-in user's denied change of someone else's password, with the delegated scope in place or
 * the target or the failing users pointing at roles: the signed-in user's own Entra role decides
 * who they may reset (Password, Helpdesk, Authentication, User Administrators reset non-admins; an
 * administrator's password needs Privileged Authentication Administrator:
 * https://learn.microsoft.com/graph/api/resources/users#who-can-reset-passwords). Returns why.
 */
export function signedInPasswordRole(e: Evidence): string | undefined {
  if (!callsAs(e, 'delegated') || !OTHERS_PASSWORD_CALL.test(e.lower) || CHANGE_OWN_PASSWORD.test(e.lower) || !isDenied(e) || delegatedPasswordScopeNotHeld(e) !== undefined) return undefined;
  if (testIn(ADMIN_TARGET, e)) return 'the target is an administrator, whose password only Privileged Authentication Administrator (or Global Administrator) may reset';
  if (e.accountHints.includes('some-users-only') || e.accountHints.includes('admin-works')) return 'it works for some signed-in users and not others with the same app';
  if (e.held?.kind === 'delegated' && e.held.permissions.some((p) => PASSWORD_WRITE_SCOPES.has(p.toLowerCase()))) return 'the token carries the password permission';
  return undefined;
}

export function changesProtectedUserData(e: Evidence): boolean {
  return passwordTopic(e) !== undefined || sensitivePropertyWrite(e) !== undefined;
}

export default defineVerdict({
  id: 'password-reset-app-only',
  wording: {
    title: 'Changing this password needs a role as well as a permission',
    what: 'The call sets or resets another user\'s password. Two APIs do it and they differ: updating passwordProfile (PATCH /users/{id}) works for a signed-in admin and for an app on its own; the authentication-method resetPassword action works only for a signed-in admin. Either way, the caller also needs a directory role that may reset this user\'s password.',
    why: 'Passwords are a sensitive property. Besides the Graph permission (User-PasswordProfile.ReadWrite.All is the least privileged one for passwordProfile), the caller — the signed-in admin, or for a daemon the app\'s own service principal — must hold an Entra role that covers the target: User Administrator covers regular users, and only Privileged Authentication Administrator (or Global Administrator) covers other administrators. resetPassword and changePassword have no application permission at all.',
    fix: 'Grant User-PasswordProfile.ReadWrite.All of your flow\'s type and give the caller a role covering the user (User Administrator; Privileged Authentication Administrator for admins).',
    fixFor: {
      'app-only': 'App-only: grant User-PasswordProfile.ReadWrite.All, give the service principal User Administrator (Privileged Authentication Administrator for admins), PATCH passwordProfile.',
      delegated: 'Signed in: the admin needs a role covering this user; the app, the delegated User-PasswordProfile.ReadWrite.All (UserAuthenticationMethod.ReadWrite.All for resetPassword).',
    },
    learnMore: { title: 'Update user: the passwordProfile property', url: 'https://learn.microsoft.com/graph/api/user-update' },
    lastVerified: {
      on: '2026-12-01',
      against: [
        'https://learn.microsoft.com/graph/api/user-update',
        'https://learn.microsoft.com/graph/api/resources/users#who-can-reset-passwords',
        'https://learn.microsoft.com/graph/api/authenticationmethod-resetpassword',
        'https://learn.microsoft.com/graph/api/user-changepassword',
        'https://learn.microsoft.com/entra/identity/role-based-access-control/manage-roles-portal',
      ],
    },
  },
  checks: [
    {
      title: 'Know which password API the call uses',
      verify: { claim: 'PATCH /users/{id} with passwordProfile in the body, or POST /users/{id}/authentication/methods/{id}/resetPassword, or POST /me/changePassword (one\'s own password).' },
      fix: 'A daemon can only use PATCH /users/{id} with passwordProfile: resetPassword and changePassword list "Application: Not supported". If no password is meant to change, leave passwordProfile out of the body.',
      source: 'https://learn.microsoft.com/graph/api/authenticationmethod-resetpassword',
    },
    {
      title: 'The app holds the application permission for passwordProfile',
      verify: {
        claim: 'roles contains User-PasswordProfile.ReadWrite.All (the least privileged permission for passwordProfile) or the broader User.ReadWrite.All.',
        powershell: "$sp = Get-MgServicePrincipal -Filter \"appId eq '{app-id}'\"; Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id",
      },
      fix: 'Add User-PasswordProfile.ReadWrite.All under Microsoft Graph > Application permissions, grant admin consent (a Privileged Role Administrator can), then request a new token.',
      source: 'https://learn.microsoft.com/graph/api/user-update',
      appliesTo: ['app-only'],
    },
    {
      title: 'The app\'s service principal holds a role that covers the target user',
      verify: {
        portal: 'Entra admin center > Entra ID > Roles & admins > User Administrator (or Privileged Authentication Administrator) > Assignments: is your app listed?',
        powershell: "$sp = Get-MgServicePrincipal -Filter \"appId eq '{app-id}'\"; Get-MgRoleManagementDirectoryRoleAssignment -Filter \"principalId eq '$($sp.Id)'\" -ExpandProperty RoleDefinition | Select-Object -ExpandProperty RoleDefinition | Select-Object DisplayName",
      },
      fix: 'Assign the service principal User Administrator for regular users; only Privileged Authentication Administrator (or Global Administrator) may reset another administrator\'s password. Roles apply to new tokens only.',
      source: 'https://learn.microsoft.com/graph/api/resources/users#who-can-reset-passwords',
      appliesTo: ['app-only'],
      tradeOff: 'An app holding this role can take over every account it may reset. Prefer a certificate or managed identity over a client secret, keep the role at User Administrator unless administrators really are targets, and consider assigning it over an administrative unit only.',
    },
    {
      title: 'The signed-in admin holds a role that may reset this user\'s password',
      verify: {
        portal: 'Entra admin center > Entra ID > Roles & admins: check the signed-in admin\'s assignments against Microsoft\'s "who can reset passwords" table.',
        powershell: "Get-MgRoleManagementDirectoryRoleAssignment -Filter \"principalId eq '{admin-object-id}'\" -ExpandProperty RoleDefinition | Select-Object -ExpandProperty RoleDefinition | Select-Object DisplayName",
        claim: 'wids lists the signed-in user\'s directory roles (template ids) when the token carries it.',
      },
      fix: 'Password, Helpdesk, Authentication and User Administrators may reset non-administrators; resetting an administrator needs Privileged Authentication Administrator (or Global Administrator).',
      source: 'https://learn.microsoft.com/graph/api/resources/users#who-can-reset-passwords',
      appliesTo: ['delegated'],
    },
    {
      title: 'The app holds the delegated permission for the API it calls',
      verify: { claim: 'scp contains User-PasswordProfile.ReadWrite.All (passwordProfile) or UserAuthenticationMethod.ReadWrite.All (resetPassword).' },
      fix: 'Add the delegated permission under Microsoft Graph, grant admin consent (both need it), and sign in again for a new token.',
      source: 'https://learn.microsoft.com/graph/api/authenticationmethod-resetpassword',
      appliesTo: ['delegated'],
    },
  ],
  signals: [
    ...topicSignals('password-reset-app-only'),
    ...knowledgeSignals('password-reset-app-only'),
    // Not where a known message says the write was refused for another reason than rights (the user is synced
    // from on-premises, whose directory owns the password): what an app needs to set passwords explains nothing then.
    when('password-topic', 3.5, (e) => {
      const p = passwordTopic(e);
      if (!p || messageSaysNotAuthorization(e)) return false;
      return PASSWORD_ROLE_NAMES.includes(p) ? `It names ${p.replace(/\b\w/g, (c) => c.toUpperCase())}, an Entra role that exists to reset passwords` : `The call changes a password ("${p}")`;
    }),
    when('password-app-only', 4.5, (e) => passwordTopic(e) !== undefined && appOnly(e) && !messageSaysNotAuthorization(e) && 'It runs without a signed-in user (app-only): an app sets passwordProfile only with User-PasswordProfile.ReadWrite.All plus an Entra role (such as User Administrator) on its service principal, and resetPassword of an authentication method has no application permission'),
    // "Works for normal users" beside such a write says the same: the others hold a role.
    // The new password's value refused by the policy: the service got as far as checking it, so the call was allowed.
    when('password-value-refused', -4, (e) => {
      const p = PASSWORD_POLICY_PHRASES.find((x) => e.has(x) && isAffirmed(e.lower, x));
      return p !== undefined && `…but the password value itself is said to break the policy ("${p}"): the service checked the value, so the call got past authorization`;
    }),
    when('password-admin-target', 1.5, (e) => (passwordTopic(e) !== undefined || sensitivePropertyWrite(e) !== undefined) && (testIn(ADMIN_TARGET, e) || e.accountHints.includes('some-users-only')) && 'The target is an administrator (or it works only for some users): changing their password (or sensitive properties such as accountEnabled) needs Privileged Authentication Administrator (or Global Administrator) on the caller, the signed-in admin or the app\'s service principal'),
    when('password-denied', 1, (e) => passwordTopic(e) !== undefined && isDenied(e) && 'The password change was denied (403 / Authorization_RequestDenied)'),
    fromToken(when('reset-endpoint-app-only', 6, (e) => e.insight?.verdict === 'no-scheme-for-token' && /password/.test(e.insight.request.path) && e.insight.message)),
    // An app-only token whose roles hold none of the application permissions that
    // write passwordProfile (User-PasswordProfile.ReadWrite.All, or the broader User.ReadWrite.All and
    // Directory.ReadWrite.All: https://learn.microsoft.com/graph/api/user-update, the passwordProfile
    // property, and the permissions data's paths for User-PasswordProfile.ReadWrite.All). The role on the
    // service principal is needed besides, so both halves are this cause's to name. Not where the paste
    // says the consent is what is missing: an ungranted permission is permissions-missing's own reason.
    when('app-password-permission-not-held', 4, (e) => {
      if (!PASSWORD_PROFILE.test(e.lower) || e.held?.kind !== 'app-only' || e.held.permissions.length === 0 || consentSaidMissing(e) !== undefined) return false;
      if (e.held.permissions.some((p) => APP_PASSWORD_WRITE_ROLES.has(p.toLowerCase()))) return false;
      return `The app-only token carries ${e.held.permissions.slice(0, 3).join(', ')} but no permission that writes passwordProfile: an app needs User-PasswordProfile.ReadWrite.All (or User.ReadWrite.All), and an Entra role such as User Administrator on its service principal besides`;
    }),
    // A signed-in user's call: this cause is the app signing in on its own (the catalog's app-only
    // context); the delegated scope (permissions-missing) or the user's role (user-access-or-license) decides.
    when('password-delegated', -4, (e) => passwordTopic(e) !== undefined && callsAs(e, 'delegated') && 'The call is delegated (a signed-in user): the app-only rule does not apply; the delegated scope or the signed-in user\'s role decides'),
    // https://learn.microsoft.com/graph/api/resources/users (who can update sensitive properties) and
    // https://learn.microsoft.com/graph/api/user-update: app-only, the app itself needs the admin role.
    when('sensitive-property-app-only', 4, (e) => {
      const property = appOnly(e) && isDenied(e) ? sensitivePropertyWrite(e) : undefined;
      return property !== undefined && `It updates ${property}, a sensitive property: for users who hold admin roles an app needs an Entra role on its service principal (as for passwords), not only User.ReadWrite.All`;
    }),
    // Without a flow named, the same write denied still points here, more weakly (a signed-in admin needs the role too).
    when('sensitive-property-denied', 2.5, (e) => {
      const property = !appOnly(e) && e.context !== 'delegated' && isDenied(e) && passwordTopic(e) === undefined ? sensitivePropertyWrite(e) : undefined;
      return property !== undefined && `A denied write of ${property}, a sensitive property that only some admin roles (or an app holding one) may change for other admins`;
    }),
    // Only the protected property fails: the same update works for the user's other properties.
    when('other-properties-work', 2, (e) => {
      const property = testIn(OTHER_PROPERTIES_WORK, e) ? sensitivePropertyWrite(e) : undefined;
      return property !== undefined && `The same update works for other properties and fails for ${property}: that property is protected, not the user object`;
    }),
    when('app-only-user-update', 2.5, (e) =>
      passwordTopic(e) === undefined && appOnly(e) && isDenied(e) && updatesUsers(e) &&
      'An app-only update of a user was denied: sensitive properties such as passwordProfile need, besides the Graph permission, an Entra role (such as User Administrator) on the app\'s service principal'),
    // The users it fails for hold admin roles ("works for all users but a bunch of privileged ones"):
    // for those, User.ReadWrite.All is not enough in app-only calls, whatever the property; the app
    // needs a higher privileged role on its service principal
    // (https://learn.microsoft.com/graph/api/resources/users#who-can-perform-sensitive-actions).
    when('app-only-update-of-admins', 3.5, (e) =>
      appOnly(e) && isDenied(e) && (updatesUsers(e) || sensitivePropertyWrite(e) !== undefined) && (testIn(ADMIN_TARGET, e) || e.accountHints.includes('some-users-only')) &&
      'The app changes users and fails only for those who hold admin roles: for them User.ReadWrite.All is not enough, the app\'s service principal needs a higher privileged Entra role'),
  ],
}) satisfies Cause;
