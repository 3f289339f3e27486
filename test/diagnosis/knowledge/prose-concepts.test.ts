/** Prose concepts: each says its meaning in many word orders, and stays quiet when it is denied or absent. */
import assert from 'node:assert/strict';
import { conceptMatch } from '../../../src/diagnosis/concept-signals.js';
import { extractEvidence } from '../../../src/diagnosis/evidence/index.js';
import { PROSE_CONCEPTS } from '../../../src/diagnosis/knowledge/prose-concepts.js';
import { verdicts } from '../../../src/diagnosis/causes/index.js';

const now = new Date('2026-12-01T00:00:00Z');

/** Concept id -> pastes (written for this test) that say it, and pastes that must not count. */
const cases: Record<string, { says: string[]; not: string[] }> = {
  'audience-refused': {
    says: [
      "WWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"The audience 'https://graph.microsoft.com' is invalid\"",
      'x-ms-diagnostics: 2000003;reason="The audience claim value is invalid \'https://graph.microsoft.com\'."',
      'The token audience https://graph.microsoft.com does not match the expected audience api://{client-id}.',
      "IDX10214: Audience validation failed. Audiences: '00000003-0000-0000-c000-000000000000'. Did not match: validationParameters.ValidAudience: 'api://x'",
      'The access token has been obtained for wrong audience or resource',
      '{"error":{"code":"InvalidAuthenticationTokenAudience","message":"The access token has been obtained for a different resource."}}',
      "401 'Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException' was thrown.",
      'Our gateway logs "unexpected audience" for every call.',
      'com.nimbusds.jwt.proc.BadJWTException: JWT audience rejected: [00000003-0000-0000-c000-000000000000]',
      'The resource server says aud claim mismatch for the token from the SPA.',
    ],
    not: ['The audience is not invalid: it is https://graph.microsoft.com and we checked it.', 'No audience mismatch here: the aud is https://graph.microsoft.com.', 'Set the audience to https://graph.microsoft.com in the connector.', '403 Forbidden, insufficient privileges.'],
  },
  'admin-role-not-active': {
    says: [
      "Worked yesterday. Only thing different today is I didn't re-activate my Intune Administrator in PIM this morning.",
      'My PIM activation expired an hour ago and the report page went blank.',
      'The Security Reader role is only eligible for me, I never activate it.',
      'My User Administrator is eligible but not active right now.',
      'Ich bin für die Rolle Benutzeradministrator berechtigt (PIM), hab sie aber noch nicht aktiviert.',
      'Todavía no he activado el rol de Administrador de usuarios en PIM.',
      "Je n'ai pas encore activé le rôle d'administrateur Intune.",
      "I'm User Administrator, it's right there in the portal under My roles (Eligible tab).",
      'The role shows in the Eligible assignments tab for my account.',
    ],
    not: ['I activated my Intune Administrator role in PIM this morning and it still fails.', 'The app is activated and consented.', 'We are eligible for the E5 trial.'],
  },
  'spfx-api-request-pending': {
    says: ['SharePoint admin center > Advanced > API access: GroupMember.Read.All is still under "Pending requests".', 'The Sites.Read.All request is listed in Pending requests on the API access page.', 'Mail.Send sits in the pending requests list in the SharePoint admin center.'],
    not: ['The request was approved yesterday; it shows under Approved requests now; it still fails.', 'We had too many pending requests to the API so it throttled us.', 'API access: everything is under Approved requests.'],
  },
  'role-scoped-to-admin-unit': {
    says: ['Our technicians have Helpdesk Administrator scoped to the AU-Valencia administrative unit.', 'Los técnicos tienen el rol asignado con ámbito a la unidad administrativa "AU-Valencia".', 'Die Rolle ist auf die Verwaltungseinheit Nord beschränkt.', 'The role assignment scope is the administrative unit, not the directory.'],
    not: ['The role is not scoped to an administrative unit, it is tenant-wide.', 'We created an administrative unit for the pilot users.', 'Helpdesk Administrator for the whole directory.'],
  },
  'no-permissions-added-localized': {
    says: ['En "Permisos de API" no he añadido nada todavía.', 'La lista de permisos está vacía.', 'Não adicionei nenhuma permissão ainda.', 'Ich habe keine Berechtigungen hinzugefügt.', "Je n'ai ajouté aucune autorisation à l'application.", 'The permissions list is empty in the portal.'],
    not: ['He añadido Mail.Read y Mail.Send.', 'Adicionei todas as permissões.', 'Die Liste ist nicht leer.'],
  },
  'works-with-other-type': {
    says: ['Calling it with delegated permissions works fine, app-only gets 403.', 'It works with a delegated token but not with the daemon.', 'Using application permissions it works; with my signed-in user it does not.', 'With the user token we get 403. With client credentials it works.', 'It works with client credentials, not when a user signs in.'],
    not: ["It doesn't work with delegated permissions either.", 'I granted delegated permissions and admin consent.', 'The delegated permission Mail.Read is listed.'],
  },
  'token-kept-by-hand': {
    says: ['I grabbed the token by hand from the token endpoint in Postman this morning and pasted it into C:\\Scripts\\graph_token.txt.', 'We hardcoded the access token in the script for now.', 'I copied the token from Graph Explorer and saved it in the .env file.'],
    not: ['The token is fetched from the token endpoint on every run.', 'I copied the token into jwt.ms to look at its claims.', 'We never hardcoded the token in the script.', 'We got the access token from the token endpoint and stored it in a variable.', 'The SDK saved the token in the config cache.'],
  },
  'token-not-sent': {
    says: ['Our log says the access token is missing.', 'The second attempt goes out with a missing bearer token.', 'Access token missing, status 401.', 'The bearer token was not attached to the retry.', 'It turned out the Authorization header was not sent by the proxy.', 'The auth token seems to be missing from the request.'],
    not: ['401 "Access Token missing or malformed"', 'The access token is not missing, I checked the header.', 'The token is there and the Authorization header is set.', 'A refresh token missing from the cache makes MSAL sign the user in again.', 'Authentication_MissingOrMalformed'],
  },
  'fails-after-token-lifetime': {
    says: ['Graph calls fail ~1h after each deploy since security rolled out new policies.', 'The worker starts failing a bit over an hour after every deploy; restarting the container fixes it for another hour.', 'Our SPA works the first hour, after that every Graph call gives 401 until the user refreshes the page.', 'After about an hour the calls fail with 401 Unauthorized.', 'The service stops working after an hour until we restart it.', 'It works for an hour and then returns InvalidAuthenticationToken.', 'Exactly one hour after signing in, every request comes back with no response.', 'After the default 1 hour access token lifetime has passed, the calls made by the module start failing.',
      'Pero más o menos una hora después, cuando el token ya ha caducado, las mismas llamadas empiezan a fallar.', '但是认证后刚好一小时后，执行请求就收不到任何响应了。', 'ところが毎回だいたい 1 時間ちょっと経過すると、そこから先の Graph 呼び出しがすべて 401 になります。', '默认 1 小时的 access token 有效期一过，模块发出的 Graph 调用就开始失败。', 'Nach einer Stunde schlägt jeder Aufruf mit 401 fehl.', 'Une heure après, tous les appels échouent avec 401.', 'ログインから1時間後にエラーになります。'],
    not: ['The job fails 60 hours after each deploy, when the disk fills up.', 'One minute after every restart it fails to bind the port.', 'The export runs for an hour and finishes fine.', 'One hour after the backup starts it is done.', 'One hour after the start of the meeting the recording is available.', 'Una hora después del inicio de la reunión la grabación está disponible.', '会议开始 1 小时后录音就可以下载了。', 'We set the access token lifetime to two hours in a policy.', 'It does not stop working after an hour, it fails from the first call.', 'We cache the report for one hour.', 'The sync works for an hour and uploads everything, then it is done.'],
  },
  'tenant-without-entra-premium': {
    says: ['Run it against a G3 tenant that has no Azure AD Premium P2.', "The tenant's Entra license is Free (not P1 or P2).", 'The signInActivity filter only works when there is a Premium license.', 'Our tenant does not have Entra ID P1.', "La licence Entra du tenant est Free/basic (pas P1 ni P2).", 'El filtro solo funciona cuando hay licencia Premium.', 'Der Tenant hat weder P1 noch P2.'],
    not: ['The tenant has Microsoft Entra ID P2.', 'We bought Azure AD Premium P1 last year and it still fails.', 'It is free to call this API.', 'The free tier of our own product gets 403.'],
  },
  'license-absent': {
    says: ['We haven\'t assigned him an Office 365 license yet.', 'The license is not assigned to the new hires yet.', 'These accounts are not licensed yet.', 'A user without an Exchange Online license calls /me/messages.', "The account doesn't have a license for Teams.", 'These users are unlicensed.', 'The E5 license was removed last week.', 'The tenant has no Defender or E5 subscription.', 'The interns are on a different plan without SharePoint.', "Their license doesn't include Exchange.", 'Those failing have Teams disabled in their license.', 'They are on E3 without Teams.', 'Exchange Online was unchecked in the user license.'],
    not: ['We assigned him an E3 license yesterday.', 'The license was assigned and the mailbox exists.', 'It is not a license issue: every user has E5.', 'All users have an Office 365 E3 license assigned.', 'There is no subscription for this resource: create the webhook first.', 'We create the plan without Teams first.', 'Teams is disabled in the app manifest, not in their license? No: it is enabled in their license.', 'The shared mailbox has no license, which I read is fine for shared mailboxes.', 'It is an unlicensed shared mailbox.'],
  },
  'consent-not-given': {
    says: ['Graph Explorer keeps saying Scope consent failed.', 'I am unable to grant admin consent for the app.', 'The API permissions blade says "Not granted for Contoso" next to Mail.Read.', 'Admin consent has not been granted yet.', "We haven't granted admin consent.", 'It runs without admin consent.', 'Consent is still pending.', 'We added Mail.Send but forgot to click Grant admin consent.', 'The admin forgot to consent.', "Their IT admin hasn't used our admin-consent link yet.", 'The global admin has not approved the consent request.', "This operation requires the 'MailboxSettings.ReadWrite' delegated permission, which is not admin-consented on the app registration."],
    not: ['Admin consent has been granted for the tenant.', 'I granted admin consent yesterday.', "I didn't forget to grant admin consent: it shows Granted for Contoso.", 'Could not get App or System API User token. If you have not yet provided admin consent, please do that first.', 'The permission is admin-consented, not pending.', 'Is this because admin consent is missing for IMAP.AccessAsUser.All?', 'Could it be that consent was never granted?', 'The admin has not used the app since consent was granted.'],
  },
  'no-permissions-added': {
    says: ['The app registration has no API permissions at all.', "I haven't added any permissions to the app yet.", 'It runs without any Graph permissions.'],
    not: ['No application permissions were added, only delegated ones.', 'There is no permission issue, the token has Mail.Read.', 'It is a shared mailbox and the signed-in user has no permission on it.', 'The signed-in assistant has no permission on that calendar.'],
  },
  'permission-said-missing': {
    says: ['Missing application roles. API required roles: SecurityIncident.Read.All', 'The app lacks the Mail.Send permission.', 'The required scopes are missing from the token.', 'In the token, roles only has Mail.Read, Mail.Send is missing.', 'Im Token steht unter roles nur Mail.Read, Mail.Send fehlt.', 'Il manque la permission Sites.ReadWrite.All.', 'Falta el permiso Group.Read.All en el token.', 'Mail.Send está faltando no token.', 'トークンに Mail.Send の権限がありません。', '令牌里缺少 Mail.Send 权限。'],
    not: ['Nothing is missing: all the permissions are there.', 'The user is missing a license.', 'Admin consent done. Which permission is missing?', 'Is a permission missing from the app?', 'The appsettings.json file is missing.', 'Die config.json fehlt im Ordner.', 'Mail.Send is not missing, it is in the roles claim.', 'Il manque le fichier index.html.'],
  },
  'permission-said-required': {
    says: ['place.read.all permission is required to read company places', 'The Sites.Read.All permission is required for this operation.', 'Mail.Send and Mail.ReadWrite permissions are required.', 'Add Synchronization.Read.All permission - required for test 21886'],
    not: ['No Sites.Read.All permission is required for this.', 'A restart is required.', 'Admin consent is required for this app.', 'Which permission is required?'],
  },
  'permission-type-not-offered': {
    says: ['There is no application permission for this API, only delegated.', 'Application permissions are not supported for this call.', "This endpoint doesn't support application permissions.", 'The policies endpoint is only supported with delegated permissions.', 'That API supports only delegated access.', "Creating a chatThread in a channel isn't available with application permissions yet.", 'Sending channel messages is not supported with app-only tokens.', 'App-only tokens are not supported for this scenario.', 'To improve security, this API will no longer support app-only tokens.'],
    not: ['Call was made to the default drive, which is not supported for apponly tokens.', 'I added the application permission Mail.Read and consented it.', 'Delegated permissions are granted.', 'Reading mail is available with application permissions too.'],
  },
  'permission-type-not-offered-localized': {
    says: ['Soweit ich verstanden habe, ist das mit Application Permissions noch nicht verfügbar.', "Ce n'est pas encore disponible avec les permissions d'application.", 'No está disponible con permisos de aplicación.', 'Isso não é suportado com permissões de aplicativo.', 'チャネルへの投稿はアプリケーションの許可ではサポートされていません。', '这个接口不支持应用程序权限。'],
    not: ['Ich habe die Application Permission Mail.Read hinzugefügt und den Consent erteilt.', "J'ai ajouté la permission d'application Mail.Read.", 'アプリケーションの許可を付与しました。', '我已经添加了应用程序权限。'],
  },
  'not-shared': {
    says: ["We've never shared calendars with each other.", 'The other user never shared the calendar with me.', "Her mailbox hasn't been shared with the service account."],
    not: ['The folder is shared with me and I can open it in Outlook.', 'It fails on a shared mailbox.', 'These are user mailboxes, not shared mailboxes.'],
  },
  'not-shared-localized': {
    says: ['Ella nunca me ha compartido su calendario.', 'O diretor não compartilhou a agenda com ninguém.', "Elle ne m'a jamais partagé son calendrier.", 'Sie hat ihren Kalender nicht mit mir geteilt.', '部長の予定表は共有されていません。', '她没有共享日历给我。', '那位同事从来没有在 Outlook 里把日历共享给我。'],
    not: ['Es un buzón compartido.', 'A caixa compartilhada funciona.', 'Le calendrier partagé fonctionne.', 'Der Kalender ist mit mir geteilt.', '共有メールボックスです。', '共享邮箱可以访问。', '我们没有用共享邮箱，是她自己的邮箱。', '没有问题，共享给我的日历都能读。'],
  },
  'user-is-plain-member': {
    says: ["He's Application Administrator. I'm just a normal member account.", 'She is a regular user, nothing assigned in Entra.', 'I am only a standard user in our tenant.'],
    not: ['(I\'m a normal user, no admin stuff.) Clicking Consent shows "Need admin approval".', "I'm a regular user of this library and never had this before.", "I'm not a normal user, I'm the Global Administrator.", 'Normal users can sign in.'],
  },
  'admin-only-succeeds': {
    says: ['Only Global Admins can read the audit logs through our app.', 'If a user with no admin privilege runs the query, it returns 401.', 'It only works when I sign in as a global admin.', 'Signed in with the global admin account it works.', 'Users without admin rights get 403.', 'It works when a User Administrator signs in.', 'It works in Graph Explorer with my admin account, but not for the clerks.'],
    not: ['It only works after admin consent was granted.', 'I am a global admin and it still fails.', 'It works with my admin account and with the clerks too.'],
  },
  'id-token-sent': {
    says: ['I pass response.idToken in the Authorization header to Graph.', 'headers: { Authorization: `Bearer ${loginResponse.idToken}` }', 'I pass the id_token from the login response as the bearer.', 'MSAL returned only an ID token, no access token.', 'We were sending the idToken in the Authorization header.', 'String token = oidcUser.getIdToken().getTokenValue(); webClient.get().headers(h -> h.setBearerAuth(token))', "headers = {'Authorization': 'Bearer ' + result['id_token']}", 'The token from acquireTokenSilent, response.idToken, goes out as the bearer on every Graph call.', 'Our SPA uses the id_token as the access token for Graph.'],
    not: ['headers: { Authorization: `Bearer ${loginResponse.accessToken}` } while loginResponse.idToken names the user', 'String name = oidcUser.getIdToken().getClaim("name");', "headers = {'Authorization': 'Bearer ' + result['access_token']}; print(result['id_token'])", 'We send the access token, not the id token.', 'The id token claims show the right user.', 'The idToken is not meant to serve as the bearer, so we send accessToken.'],
  },
  'consent-not-given-localized': {
    says: ['Status: "Nicht gewährt für Contoso" – den Button kann ich nicht klicken.', "Le consentement administrateur n'a pas été accordé pour l'application.", 'La columna Estado dice "No concedido para Contoso".', 'Status: Não concedido para Contoso.', '管理者の同意が付与されていません。', '应用还未授予管理员同意。'],
    not: ['Die Administratorzustimmung wurde erteilt.', 'Le consentement a été accordé hier.', 'Ya hemos concedido el consentimiento de administrador.', '管理员同意已授予。'],
  },
  'incoming-token-forwarded': {
    says: ['The function calls Graph with the token from the incoming request header.', 'We query Microsoft Graph with the same bearer token from the caller\'s request.', 'In the API I take that same bearer token from the incoming request and forward it to graph.microsoft.com/v1.0/me.', 'Our web API forwards the incoming access token to Microsoft Graph and gets 401.', "We pass the user's token straight to Graph from the backend."],
    not: ['The API exchanges the incoming token on-behalf-of the user and sends the new token to Graph.', "We don't forward the incoming token to Graph, we use OBO.", 'The SPA sends the token to our API.'],
  },
  'id-token-without-access-token': {
    says: ['When I call /me I am not getting an access token. I do get an id token, however.', 'The B2C sign-in returned an ID token but no access token, and then Graph says 401.', "MSAL gets the id_token fine, it just doesn't return an access token for Graph."],
    not: ['I get an id token and an access token; Graph still answers 403.', 'No access token is needed for the public endpoint.', 'We send the access token, not the id token.'],
  },
  'token-for-another-resource': {
    says: ['The access token is for the wrong resource, I think. Graph returns 401 when I call /users.', 'Turns out I was requesting the token for my own API instead of Graph, so Graph rejected it.', 'The token was issued for a different API.', 'I was sending the Graph token rather than the SharePoint token to _api/web.', 'My token is meant for another resource, so how do I get one for Graph?'],
    not: ['The token is not for another resource: aud is https://graph.microsoft.com.', 'I get the token with MSAL instead of Graph Explorer.', 'The token has Sites.Read.All rather than Graph permissions I need.', 'Users in a different tenant get 403.', 'I use the token for other calls and they work.'],
  },
  'fails-in-graph-explorer-too': {
    says: ['I tried the same call in Graph Explorer (https://developer.microsoft.com/graph/graph-explorer) with the scopes enabled and it never worked.', 'Graph Explorer gives me the same error.', 'I get the same 403 in Graph Explorer.', 'Even in Graph Explorer the request fails with 403.'],
    not: ['In Graph Explorer it works, but my app does not work.', 'Graph Explorer works fine; the daemon gets the same error every time.', 'I have not tried Graph Explorer yet.', 'Graph Explorer sign in does not work: the spinner never stops.', 'Signing in to Graph Explorer fails too.'],
  },
  'own-endpoint-refuses-graph': {
    says: ['Graph calls our notificationUrl and our Azure Function returns 401.', 'The webhook endpoint responds with 403 Forbidden to the validation request.', 'Our callback URL answered Unauthorized.'],
    not: ['The webhook endpoint never returns 401, it answers 200 with the validation token.', 'POST /subscriptions returns 403 Forbidden.'],
  },
  'results-paged': {
    says: ['Our app reads /users with User.Read.All. It returns only 100 users; the rest are missing.', 'GET /me/messages only gives me the first 10 messages.', 'The groups call just returned 100 groups, we have 450.', 'It only shows about 200 members of the team.'],
    not: ['The job fails for only 100 users out of 5000.', 'Only 100 users have a license.', 'It returns 100 users, all of them.', "It doesn't return only 100 users anymore."],
  },
  'team-archived': {
    says: ['The team was archived last week and posting now fails.', 'We post to archived teams by mistake.'],
    not: ['The team is not archived.', 'We archived the old messages to a blob store.'],
  },
  'user-lacks-item-access': {
    says: ['Sign in with a user that does not have write access to the site, then create a page there.', 'Any account who lacks edit permissions on the list gets the error.', "I don't have read access to the library root, only to a folder inside it.", 'The user has no permission on that site.', 'We do not have access to the shared mailbox.', 'It is a shared mailbox and the signed-in user has no permission on it.', 'The signed-in assistant has no permission on that calendar.', 'Access denied on the document library, for users without edit rights.', 'The user has only Read permission on the library.', "I also can't open contoso.sharepoint.com/sites/HR in the browser with my account."],
    not: ['A user that has write access to the site gets it too.', 'I can open the site in the browser, only the web part fails.', 'I have full access to the site and still get 403.', 'The app has only read permission on the library.', "We don't have access to it yet: the app is waiting for approval.", "Users don't have access to the admin center, which is fine."],
  },
  'failure-blamed-on-type': {
    says: ['Turns out the 403 was due to me using application permissions for the export job.', 'It fails because we use an app-only token.', 'The 403 is caused by using delegated permissions in a background job.'],
    not: ['It is not because of using application permissions: delegated fail too.', 'Due to the outage we are using application permissions for now.'],
  },
  'item-permissions-unique': {
    says: ['The site owner says the list has unique permissions.', 'That folder has broken inheritance, the rest of the library works.', 'We stopped inheriting permissions on the HR library last month.', 'Permission inheritance was broken on the item by a flow.'],
    not: ['The list does not have unique permissions; it inherits from the site.', 'Every item has a unique id.', 'The folder inherits its permissions from the library.'],
  },
  'user-lacks-rights-for-action': {
    says: ["It seems my user doesn't have the necessary privileges to add a new team member.", 'The signed-in user does not have sufficient permissions to create the plan.', 'Set-MsolServicePrincipal : Access Denied. You do not have permissions to call this cmdlet.'],
    not: ['The app does not have the permissions to add members.', 'The user has the necessary privileges to add members.'],
  },
  'user-lacks-role': {
    says: ['The signed-in helpdesk account has no Entra role.', 'My account has no admin role in Entra ID.', "The signed in user doesn't have the Security Reader role.", 'I do not have the Global Reader role, only a normal user account.', 'The user lacks any directory role.', 'The helpdesk user has no admin role.'],
    not: ['The service account has no role assignment yet, so the app cannot write.', 'The application has no role for this.', "I don't have the admin role needed to grant consent for the app.", 'The token does not have the roles claim.', 'The user has the Global Administrator role.', 'The app does not have the role.'],
  },
  'others-succeed': {
    says: ['Our SecOps lead runs the exact same app fine, I am a plain dev account.', 'New-MgUser fails with Insufficient privileges, same script works for my colleague.', 'It worked fine for my manager last month.', 'My colleague ran the exact same branch from his machine and it went through.', 'Why can my colleague read the list items but I get 403 with the same app?', 'My colleague can open the file; I get Access denied.', 'Other members in my organisation can create these meetings.', 'It works fine with another account.', 'It fails only for my own account.', 'The sync works using a different work account on the same laptop.', 'One user gets 403 from /me/chats while everybody else is fine.', 'For everyone else it works.', 'My teammate Priya gets extracts back. I get a 403 Forbidden.', 'My colleague ran the same command against the same group and got the plans back.', 'A coworker worked through the same steps and succeeded.', "My lead (he's Global Admin) ran the exact same command last month and it worked, for me it dies."],
    not: ['My colleague went through the docs and found nothing.', 'It does not work for my colleague either.', 'My colleague gets the same 403.', 'My colleague got the same error yesterday.', 'A coworker worked on the app registration last week.', 'My team lead gets the same 403.', 'We lead the migration; it works on nothing yet.', 'My teammate gets an error too.', "Everyone else can't open it either.", 'It does not work with another account either.', 'Other apps in the tenant are unaffected.', "My colleague can't open it either."],
  },
  'token-without-permission-claims': {
    says: ['token : "scp": "User.Read", aucun "roles" dedans', 'El token no trae nada: sin claim roles.', 'token 里没有 roles 字段', 'トークンに roles クレームがありません。', 'Get-MgContext\nScopes : {}\nAuthType : AppOnly\nTokenCredentialType : ClientCertificate', 'The token does not contain the scp or roles claim.', 'I am not receiving scp/scope claim with the client credentials flow.', 'The access token has no roles claim.', 'IDW10201: Neither scope or roles claim was found in the bearer token.'],
    not: ['AuthType : Delegated\nScopes : {}', 'The roles claim holds Mail.Read.', 'Decoded, the scp claim shows User.Read.', 'Le token a bien les roles attendus.'],
  },
  'user-not-assigned': {
    says: ['In Enterprise applications the "User assignment required?" setting is Yes for the app.', 'New users are not assigned to the Moodle application, so their sign-in fails.', 'Assignment is required for this app.'],
    not: ['User assignment required is set to No.', 'Assign users to application during sync is ticked.', 'The license is not assigned yet.'],
  },
  'step-up-for-some-resources': {
    says: ['In the browser I get an extra authenticator prompt on those two sites, the others do not ask.', 'The label adds an authentication context to the site.', 'An additional MFA prompt shows up only for the finance app.'],
    not: ['There is no extra MFA prompt anywhere.', 'I answered the MFA prompt at sign-in.'],
  },
  'location-rule': {
    says: ['It fails for users working from home; in the office it still works.', 'The Graph call only works on the VPN.', "The security team added a policy that blocks sign-ins from unknown locations.", 'Only trusted IPs may sign in to the app.', 'Access is limited to named locations since Monday.', 'It works in the office but not from home.', 'We have a location-based Conditional Access policy.'],
    not: ['I work from home and the office printer works fine.', 'The VPN client works, but Graph returns 403 for everyone.', "It isn't limited to trusted IPs: we checked the policy.", "The Key Vault firewall lists our allowed IP addresses.", 'The office network proxy strips the Authorization header.', 'Our app lists the user\'s locations from the calendar.'],
  },
  'service-not-provisioned': {
    says: ['A 404 there means the user has no OneDrive provisioned.', "The service account's OneDrive was never provisioned.", 'These users do not have a OneDrive yet.', 'The user was created yesterday and never opened OneDrive.'],
    not: ['Every user has a OneDrive and the call still fails.', 'The OneDrive sync client is not installed.'],
  },
};

describe('prose concepts', () => {
  it("gives every concept to its verdict's signals", () => {
    for (const c of PROSE_CONCEPTS) {
      const verdict = verdicts.find((v) => v.id === c.cause);
      assert.ok(verdict?.signals.some((s) => s.id === `concept-${c.id}`), `${c.id} is not among ${c.cause}'s signals`);
    }
  });

  it('has a table of cases for every concept, and only for concepts that exist', () => {
    assert.deepEqual(Object.keys(cases).sort(), PROSE_CONCEPTS.map((c) => c.id).sort());
  });

  for (const concept of PROSE_CONCEPTS) {
    const table = cases[concept.id];
    if (!table) continue;
    describe(concept.id, () => {
      for (const paste of table.says) {
        it(`reads it in: ${paste.slice(0, 70)}`, () => {
          assert.ok(conceptMatch(extractEvidence(paste, { now }), concept) !== undefined);
        });
      }
      for (const paste of table.not) {
        it(`does not read it in: ${paste.slice(0, 70)}`, () => {
          assert.equal(conceptMatch(extractEvidence(paste, { now }), concept), undefined);
        });
      }
    });
  }
});
