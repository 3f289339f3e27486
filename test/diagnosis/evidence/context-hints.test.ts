import assert from 'node:assert/strict';
import { claimsAdminRole, claimsFreshToken, claimsIntermittent, claimsPermissionsGranted, findAccountHints, findFlows, findPermissionTypeMentions } from '../../../src/diagnosis/evidence/context-hints.js';

describe('diagnosis/evidence/context-hints', () => {
  const flows: [string, string][] = [
    // A Logic App's HTTP action in code view: ActiveDirectoryOAuth with a secret signs the app in on its own.
    ['"authentication": { "type": "ActiveDirectoryOAuth", "tenant": "{tenant-id}", "clientId": "{client-id}", "secret": "@parameters(\'graphSecret\')" }', 'client-credentials'],
    // Told, not weighed: a past switch, a need that is the reason for the flow.
    ['We switched to client credentials last week and now get 403', 'client-credentials'],
    ['Our API does OBO, the SPA sends its token to it', 'on-behalf-of'],
    ['Why does Graph answer 403 for my daemon?', 'client-credentials'],
    // A user signing in, in the other languages the product reads.
    ['一般ユーザーでサインインすると、同意画面の代わりにエラーが表示されます', 'auth-code'],
    ['普通用户登录后调用 /me/drive 返回 403', 'auth-code'],
    ['ユーザーでサインインして /me/messages を呼ぶと 403 になります', 'auth-code'],
    ['以用户身份登录后调用 /me/events 返回 403', 'auth-code'],
    ['Cuando el usuario inicia sesión, la app llama a /me/events', 'auth-code'],
    ['new ClientSecretCredential(tenant, id, secret)', 'client-credentials'],
    // An Azure DevOps pipeline signs in through its service connection: a service principal or managed identity.
    ['The release pipeline runs the script through our Azure service connection', 'client-credentials'],
    ['Setting otherMails from our service principal returns Authorization_RequestDenied', 'client-credentials'],
    ["We are not members of that plan's group (the flow runs as the app).", 'client-credentials'],
    // The user's flows said to work: the client secret's flow is the one that fails.
    ["With ClientSecret the token can't find Files.Read.All. With password grant and the popup sign-in, both fine.", 'client-credentials'],
    ['The background worker signs in with app credentials and reads every mailbox.', 'client-credentials'],
    ['The nightly script uses a certificate to sign in to Graph', 'certificate'],
    ['The script authenticates as the service principal and reads the sign-in logs', 'client-credentials'],
    ['We use the client secret flow to authenticate as an application', 'client-credentials'],
    ['Our sync service authenticates as itself with a certificate', 'client-credentials'],
    ['grant_type=client_credentials&scope=https://graph.microsoft.com/.default', 'client-credentials'],
    ['Connect-MgGraph -CertificateThumbprint $t -ClientId $c', 'certificate'],
    ['curl "$IDENTITY_ENDPOINT?resource=https://graph.microsoft.com"', 'managed-identity'],
    ['loginWithUsernamePassword(user, pass)', 'username-password'],
    // Office365-REST-Python-Client's user sign-in class, whatever the variable holding it is called.
    ['ctx = ClientContext(site).with_credentials(UserCredential(username, password))', 'username-password'],
    ['new DeviceCodeCredential()', 'device-code'],
    ['acquireTokenSilent failed', 'silent'],
    ['the OBO call to graph', 'on-behalf-of'],
    ['in Graph Explorer it works', 'graph-explorer'],
    ['the single-page app where users sign in', 'auth-code'],
    ['Node app with MSAL, delegated flow', 'auth-code'],
    ['I am using the client credential flow to get the token', 'client-credentials'],
    ['the script fails when it runs as a service principal', 'client-credentials'],
    ['Setting it with the service principal fails with 403', 'client-credentials'],
    ['The service principal has User.ReadWrite.All and still gets Insufficient privileges', 'client-credentials'],
    ['Go to https://developer.microsoft.com/en-us/graph/graph-explorer and run the sample query', 'graph-explorer'],
    ['I have logged in with user having directory role global administrator', 'auth-code'],
    ['Providers.globalProvider = new Msal2Provider({ clientId })', 'auth-code'],
    ['the page signs in with <mgt-login></mgt-login>', 'auth-code'],
    ["passport.use(new OIDCStrategy({ identityMetadata }))", 'auth-code'],
    ['providers: [AzureADProvider({ clientId, clientSecret, tenantId })]', 'auth-code'],
    ['Powershell authenticates to MsGraph using an app and ApplicationOnly permissions', 'client-credentials'],
    ['the app has application only permissions for Graph', 'client-credentials'],
    // The flows as Microsoft's localized pages name them.
    ['nuestro backend usa el flujo de credenciales de cliente', 'client-credentials'],
    ["le démon utilise le flux d'informations d'identification du client", 'client-credentials'],
    ['クライアント資格情報フローでトークンを取得しています', 'client-credentials'],
    ['クライアントシークレットでトークンを取得しています（ユーザーのサインインなし）', 'client-credentials'],
    ['die Logic App nutzt eine systemseitig zugewiesene verwaltete Identität', 'managed-identity'],
    ['デーモン アプリで /users を呼ぶと 403 になります', 'client-credentials'],
    ['notre service Windows (sans utilisateur connecté) appelle /users/{id}/messages', 'client-credentials'],
    ['el proceso corre sin usuario, con un secreto', 'client-credentials'],
    ["la fonction s'authentifie avec son identité managée", 'managed-identity'],
    // Nobody signed in, said in a sentence; an app token said to be held.
    ['The Teams bot reads channel messages without any user signed in', 'client-credentials'],
    ['it runs at night with no users logged in', 'client-credentials'],
    ['there is no user present, the worker just polls the mailbox', 'client-credentials'],
    ['nobody is signed in when the job runs', 'client-credentials'],
    ['Our background sync acquires an app token and calls /users/{id}/todo/lists', 'client-credentials'],
    ['using the application token from the token endpoint, the call fails', 'client-credentials'],
    // What Get-MgContext prints of the session.
    ['Get-MgContext\nClientId            : {client-id}\nAuthType            : AppOnly\nTokenCredentialType : ClientCertificate', 'client-credentials'],
    ['AuthType : Delegated\nTokenCredentialType : InteractiveBrowser', 'auth-code'],
    ['(Get-MgContext).AuthType = Delegated, Scopes = {openid, profile, User.Read, email}', 'auth-code'],
    ['$ctx.AuthType = AppOnly; $ctx.TokenCredentialType = ClientCertificate', 'client-credentials'],
    // The same printed as a table, the value under its column.
    ['PS> Get-MgContext | Select AuthType, Scopes\nAuthType Scopes\n-------- ------\nAppOnly  {Directory.Read.All}', 'client-credentials'],
    ['Get-MgContext | ft Account, AuthType\nAccount           AuthType\n-------           --------\nadmin@contoso.com Delegated', 'auth-code'],
    ['Azure Static Web Apps with a Function doing OBO', 'on-behalf-of'],
    ['services.AddMicrosoftIdentityWebAppAuthentication(Configuration).EnableTokenAcquisitionToCallDownstreamApi()', 'auth-code'],
    ['I signed in with my own account and accepted the consent prompt', 'auth-code'],
  ];
  for (const [text, flow] of flows) it(`sees the ${flow} flow in "${text}"`, () => assert.ok(findFlows(text.toLowerCase()).includes(flow as never)));
  const deniedFlows: [string, string][] = [
    // A web app's secret beside a user's sign-in that fails: the secret redeems the user's code, no app-only flow.
    ['Our web app uses the authorization code flow with its client secret; after login Graph returns 403.', 'client-credentials'],
    // A flow asked about, not told: "Do I need OBO?", "OBO が必要ですか？", "is on-behalf-of required?".
    ['Do I need OBO for this?', 'on-behalf-of'],
    ['Teams タブの SSO トークンで 401 になります。OBO が必要ですか？', 'on-behalf-of'],
    ['Is on-behalf-of required?', 'on-behalf-of'],
    // The pipeline that deploys an app its users sign in to: the user's flow is the one that calls.
    ['Our SPA: users sign in (loginPopup); the Azure DevOps service connection deploys it', 'client-credentials'],
    // Asked as advice, not told as what the app does.
    ['Should we authenticate as the application instead? Users sign in with loginPopup today.', 'client-credentials'],
    ['we are not using client credentials, it is a signed-in user', 'client-credentials'],
    ["it's not a daemon", 'client-credentials'],
    ['a nightly job: no user signs in', 'auth-code'],
    ['no managed identity here', 'managed-identity'],
    // An API's requirement, not what was sent; an app's token beside a user's flow is that user's token for the app.
    ['Does this endpoint require an app token?', 'client-credentials'],
    ['In the tab I get my app token with loginPopup and send it to Graph', 'client-credentials'],
    // A sign-in that fails for users is not a flow without them.
    ['no user can sign in since this morning', 'client-credentials'],
    ['the robot account signs in with a password', 'on-behalf-of'],
    // Proposed, not run.
    ['Should I switch to app-only and use the application permission to get around it?', 'client-credentials'],
    ['we could move to client credentials instead', 'client-credentials'],
    // A flow asked about as something to do, a few words of doing between.
    ['I send the getAuthToken() token to Graph. Do I have to do the OBO flow on the backend?', 'on-behalf-of'],
    ['Do we need to start using client credentials for this?', 'client-credentials'],
    ['¿Tengo que hacer el flujo OBO en el backend?', 'on-behalf-of'],
    ['Muss ich dafür den Client-Credentials-Flow verwenden?', 'client-credentials'],
    // Graph's refusal of /me for an app-only token names the flow the API needs, not the caller's.
    ['/me request is only valid with delegated authentication flow.', 'auth-code'],
  ];
  for (const [text, flow] of deniedFlows) it(`sees no ${flow} flow in "${text}"`, () => assert.ok(!findFlows(text.toLowerCase()).includes(flow as never)));

  const accounts: [string, string][] = [
    ['I am a guest user in their tenant', 'guest'],
    ['user#EXT#@contoso.onmicrosoft.com', 'guest'],
    ['Le compte invité reçoit 403 sur GET /groups', 'guest'],
    ['Mit einem Gastkonto schlägt der Aufruf fehl', 'guest'],
    // Several guests at once.
    ['The people from the partner agency (added to the team as guests last month) get 403', 'guest'],
    ['nos partenaires externes, invités dans le tenant, voient juste un bandeau rouge', 'guest'],
    ['失败的那些账号是合作伙伴公司的工作账号，是被邀请进我们 tenant 的（userType Guest）。', 'guest'],
    ['失败的都是来宾用户。', 'guest'],
    ['Ich habe nur ein privates Konto (@hotmail.de), damit ist auch mein Azure-Abo verknüpft.', 'personal-account'],
    ['Connect-MgGraph -Scopes "User.Read.All" -TenantId consumers', 'personal-account'],
    // An account another organization invited into its tenant is a guest there.
    ['I log in with my @fabrikam.com account, which they invited into their tenant last month.', 'guest'],
    ["The user isn't a member of that private channel", 'not-a-member'],
    ["Those users aren't members of the group", 'not-a-member'],
    ["It can't add members to a group the signed-in user doesn't own.", 'not-a-member'],
    ['Wenn ich mich selbst zum Owner einer Site mache, funktioniert es, aber das will ich vermeiden.', 'not-a-member'],
    ["Si je m'ajoute comme propriétaire du site, ça marche.", 'not-a-member'],
    ['Si me agrego como propietario del sitio, funciona.', 'not-a-member'],
    ['サイトの所有者に追加すると取得できます。', 'not-a-member'],
    ['signed in with bob@hotmail.com', 'personal-account'],
    // "A hotmail account" in Japanese and Spanish.
    ['Graph Explorer で /me/presence を叩くと毎回これです（hotmail のアカウントでサインイン）', 'personal-account'],
    ['Entro con mi cuenta de hotmail y /me/presence devuelve error.', 'personal-account'],
    // The domain written alone with its at-sign, the person's words in another language around it.
    ['mình test bằng tài khoản cá nhân @outlook.com của mình, đăng nhập ok', 'personal-account'],
    ['I sign in with my hotmail.com account and GET /me/presence returns 400', 'personal-account'],
    ["I'm logging in with my private Outlook account; calling /me/chats gives 403 Forbidden.", 'personal-account'],
    ['My test user is a Microsoft account (live.com) and /me/todo/lists returns 401.', 'personal-account'],
    // The account failing first, then another said to work: the failing one is the personal account.
    ['GET /me/onlineMeetings with my outlook.com account: 403 "Forbidden" - works with my work account.', 'personal-account'],
    // Two calls compared on one personal account: it is still the account signed in.
    ['Using a personal Microsoft account, POST /me/sendMail works but GET /me/joinedTeams returns 400 BadRequest.', 'personal-account'],
    ['it fails with my personal account, it works with a work account', 'personal-account'],
    ['Our helpdesk lead can load the device list, regular staff get this on the same page.', 'some-users-only'],
    ['Works for everyone except the 2 accounts finance keeps for themselves.', 'some-users-only'],
    // Someone else runs the same query and gets what they asked for ("gets her appointments"); the aside before the verb may be long.
    ['Maria (administrator in the LegalClinic staff list) runs the exact same query and gets her appointments.', 'some-users-only'],
    // Not in the business's or list's own roster.
    ["LegalClinic was set up by the law team and I'm not in its staff list.", 'not-a-member'],
    // Outcomes listed per account after a colon.
    ['- me (M365 E3): 200, 14 containers\n- pilot users (F3): 403 {"error":{"code":"accessDenied"}}', 'some-users-only'],
    // The one who owns the thing, doing the same and getting 200.
    ['paralegal opens the case -> 403 Forbidden. the case owner opens the same case: 200.', 'some-users-only'],
    // The ones that work are exactly those the account was added to.
    ['OK for 27 teams. The 27 that work are exactly the ones where svc-teamsreport was added as owner.', 'not-a-member'],
    ['It only works for the teams where the account is a member.', 'not-a-member'],
    // Not yet shown among the team's members, the team named by a few words.
    ["She isn't showing in the Store 42 team members list yet: the sync runs weekly.", 'not-a-member'],
    // Never added, the team named before in the sentence.
    ["only difference I can think of is she's the owner of that team and I was never added", 'not-a-member'],
    // Another person getting the success status the writer does not.
    ['She created the calendar. When she runs the same call in Graph Explorer she gets 200 with all details.', 'some-users-only'],
    ['Wenn sie denselben Call im Graph Explorer macht, bekommt sie 200 mit allen Details.', 'some-users-only'],
    // The writer's own success said first, in French, Spanish and Portuguese, beside someone else's failure.
    ["Pour moi ça marche (le PDF sort). Pour Jorge de la compta : 403 Forbidden.", 'some-users-only'],
    ['Para mí funciona; para Jorge de contabilidad: 403 Forbidden.', 'some-users-only'],
    ['Para mim funciona; para o Jorge da contabilidade: 403 Forbidden.', 'some-users-only'],
    // Outcomes listed per account: the writer's line works, a user's line holds the refusal (on the next line or joined).
    ['me (SCA on the whole tenant): works, 12 items\ntest user Ben:\n{"error":{"code":"accessDenied","message":"Access denied"}}', 'some-users-only'],
    ['me (SCA on the whole tenant): works, 12 items test user Ben: {"error":{"code":"accessDenied"}}', 'some-users-only'],
    ['The widget works when Daniel (our security admin) signs in, but for the analysts it returns 403.', 'some-users-only'],
    // Someone else runs the very same script and it goes through.
    ['New-MgGroupMember_Create: Insufficient privileges. Priya from the service desk runs the exact same script and the member gets added, no complaint.', 'some-users-only'],
    // Two people named as the ones it works for, in the state of being signed in.
    ['The intake tool works when Jana or Lukas are signed in, but for Oliver it fails straight away.', 'some-users-only'],
    // People named by their part of the organization and said to be fine.
    ['The tab says Access denied for about 15 users from Procurement. Finance people are fine.', 'some-users-only'],
    ['Since Monday the report fails for the Berlin office; the Munich users are unaffected.', 'some-users-only'],
    // A part of the organization it works for and the rest it fails for, in Spanish.
    ['A los usuarios de Compras les funciona bien, pero al resto de empleados les sale accessDenied.', 'some-users-only'],
    // The speaker's own run, the words turned around, with others named who fail.
    ['For me it works (I have delegate access). The two other assistants get ErrorAccessDenied.', 'some-users-only'],
    ['For me it lists devices fine. For the service desk people it blows up with Forbidden.', 'some-users-only'],
    ['As Global Admin it works fine; our normal users get 403 on the same page.', 'admin-works'],
    ['Since the review every normal employee gets Insufficient privileges; IT can still do it.', 'some-users-only'],
    ['Desde el viernes, un pequeño subconjunto de usuarios falla con 403.', 'some-users-only'],
    ['Bei einigen Benutzern kommt 403, bei den anderen nicht.', 'some-users-only'],
    ['Pour certains utilisateurs, la requête renvoie 403.', 'some-users-only'],
    ['Para alguns usuários a chamada retorna 403.', 'some-users-only'],
    ['一部のユーザーだけ 403 になります。', 'some-users-only'],
    ['部分用户调用时返回 403。', 'some-users-only'],
    ['我用管理员账号测试一切正常，给助理们开放以后他们全部报错。', 'admin-works'],
    // The same quantifier before "users" in it, nl, ru, pl, cs, tr, sv, ko, vi and id.
    ['Per alcuni utenti la chiamata restituisce 403.', 'some-users-only'],
    ['Bij sommige gebruikers krijgen we 403, bij de rest niet.', 'some-users-only'],
    ['У некоторых пользователей запрос возвращает 403.', 'some-users-only'],
    ['Dla niektórych użytkowników dostajemy 403.', 'some-users-only'],
    ['U některých uživatelů API vrací 403.', 'some-users-only'],
    ['Bazı kullanıcılarda 403 alıyoruz.', 'some-users-only'],
    ['För vissa användare får vi 403.', 'some-users-only'],
    ['특정 사용자만 403이 납니다.', 'some-users-only'],
    ['Một số người dùng bị lỗi 403.', 'some-users-only'],
    ['Beberapa pengguna mendapat 403.', 'some-users-only'],
    // A colleague signing in succeeds.
    ['同一个应用，服务台的同事登录就能看到设备。我登录就是 403。', 'some-users-only'],
    ['同僚がサインインすると取得できます。私だと 403 になります。', 'some-users-only'],
    ['Our app works for everyone in the tenant except one colleague, who gets 403 Forbidden.', 'some-users-only'],
    ['It is fine for all users but a handful of new hires.', 'some-users-only'],
    // The others said to be fine, the failing ones counted out, the speaker's own sign-in working beside a coworker's failing.
    ['Only one user in our tenant gets the 403, everyone else is fine.', 'some-users-only'],
    ['All other users are unaffected; Tom gets Access Denied.', 'some-users-only'],
    ['It works for everybody else in the team.', 'some-users-only'],
    ['Only two accounts fail with 403.', 'some-users-only'],
    ['It works when I log in, but my coworker gets Access Denied.', 'some-users-only'],
    ['The daemon can read every mailbox except those of the executives.', 'some-users-only'],
    ['the app allows personal Microsoft accounts, and I signed in with my personal Microsoft account', 'personal-account'],
    ['Graph Explorer let me sign in with my @hotmail.com account', 'personal-account'],
    ['it works for the global admin but not others', 'admin-works'],
    ['When running the script as a Global Administrator, it works. As a Global Reader, it fails.', 'admin-works'],
    ['a normal user gets 403 while I as global admin can do it', 'admin-works'],
    ['Admins can access it, regular users get Access Denied', 'admin-works'],
    ['Die App funktioniert und Admins können ohne Probleme Teams anfordern. Aber alle anderen User bekommen einen Fehler.', 'admin-works'],
    ['Bei mir klappt alles. Eine Kollegin bekommt für die Site aber 403.', 'some-users-only'],
    ['Me (Intune Administrator) -> 200, list of devices.\nHelpdesk accounts (plain users) -> 403 Forbidden.', 'some-users-only'],
    ['Con mi cuenta personal de prueba sí funciona, pero los demás reciben 403.', 'some-users-only'],
    ['Quando eu testo com a minha conta funciona. Quando as analistas usam o portal dá 403.', 'some-users-only'],
    ["Avec mon compte ça marche, pas pour les autres.", 'some-users-only'],
    ['私はそのチームには入っていません。', 'not-a-member'],
    ['我不是这个团队的成员。', 'not-a-member'],
    ['这些经理是组成员，但不是所有者。', 'not-a-member'],
    ['私はこのグループの所有者ではありません。', 'not-a-member'],
    ['funciona pros funcionários, mas nossos guests B2B recebem 403', 'guest'],
    ['Ich bin kein Mitglied dieser Gruppe.', 'not-a-member'],
    ['No soy miembro del equipo.', 'not-a-member'],
    ['Ça passe pour le groupe Compta, mais pas pour RH, où je ne suis ni propriétaire ni membre.', 'not-a-member'],
    ["Les admins peuvent créer l'équipe, les autres utilisateurs ont une erreur.", 'admin-works'],
    ['Como administrador puedo verlo, los demás usuarios reciben 403.', 'admin-works'],
    ['Os administradores conseguem acessar, os outros usuários recebem 403.', 'admin-works'],
    ['Mit meinem Admin-Konto funktioniert der Aufruf, mit den normalen Benutzerkonten kommt 403 Forbidden.', 'admin-works'],
    ['Con mi cuenta de administrador funciona, los usuarios normales reciben 403.', 'admin-works'],
    ['Avec mon compte admin ça marche, pas avec les utilisateurs.', 'admin-works'],
    ['Com minha conta de administrador funciona; os outros recebem 403.', 'admin-works'],
    ['My colleague who is an admin gets results with the same app', 'admin-works'],
    ['admins get the data, the rest of us a 403', 'admin-works'],
    // The same in the other languages the corpus holds.
    ['Hola, con mi usuario normal la app devuelve 403, pero con el administrador global funciona sin problema.', 'admin-works'],
    ['普通用户调用 /me/drive 返回 403，管理员账号可以正常访问。', 'admin-works'],
    ['一般ユーザーでは 403 ですが、管理者アカウントでは動作します。', 'admin-works'],
    ['管理者アカウントでサインインすると動きます。一般ユーザーだと同意画面の代わりにエラーが出ます。', 'admin-works'],
    ['個人用 Microsoft アカウント（outlook.com）でサインインすると失敗します。', 'personal-account'],
    ['Con una cuenta personal de Microsoft no funciona.', 'personal-account'],
    ['用个人账号登录就失败，提示无法使用个人帐户在此登录。', 'personal-account'],
    ['it works for the meeting organizer but another attendee gets 403', 'some-users-only'],
    ['works for the file owner, everyone else is denied', 'some-users-only'],
    ['fails for this one user only', 'some-users-only'],
    ['Interestingly, it does work for teams where the signed-in user is a member.', 'some-users-only'],
    // The kind of people it works for, named as a school, a hospital or a company names them.
    ['students get 403 on /me/joinedTeams. Teachers are fine.', 'some-users-only'],
    ['the call works for the staff but not for contractors', 'some-users-only'],
    ['the calendar call only works for the user who signed in, not for the others', 'some-users-only'],
    ['I can read my own mails, but /users/{id}/messages of a colleague gives 403', 'some-users-only'],
    ['regular users get 403 Authorization_RequestDenied when they add a member', 'some-users-only'],
    ['group owners can add members, everyone else is refused', 'some-users-only'],
    ['it works when the manager owns the team', 'some-users-only'],
    ['works if I am the organizer of the meeting', 'some-users-only'],
    ['it works only for meetings where the user is the organizer', 'some-users-only'],
    ['the download works for files I own and fails for the shared ones', 'some-users-only'],
    ['The script runs fine for me. My colleague on the service desk runs the identical script and gets 403.', 'some-users-only'],
    ["Managers get 403 on PATCH /users/{id}. When I (Global Admin) do the exact same thing through the portal it's 204.", 'admin-works'],
    ['When I sign in with my own account (Intune Administrator) I get the device list. When a helpdesk colleague signs in, they get 403.', 'some-users-only'],
    ["the call fails when they're only a member of the team", 'some-users-only'],
    ['transcripts are denied for meetings where I am only an attendee', 'some-users-only'],
    ["for the teams i don't belong to", 'not-a-member'],
    ['a user who was removed from the group still gets 403 on its files', 'not-a-member'],
    // Membership made it work: the user's own access to the site, team or group decided.
    ["once I add the admin to the user's OneDrive site as a site collection admin, it works", 'not-a-member'],
    ['manually adding the tenant admin to the site allows the drive to be opened', 'not-a-member'],
    ['if I add myself as a member of the group, creating the plan succeeds', 'not-a-member'],
    ['it worked after we added the account to the team', 'not-a-member'],
    // The items the user does not own or organize fail; the user's own work.
    ['it returns 403 for meetings I did not organize', 'some-users-only'],
    ["files the user doesn't own give accessDenied", 'some-users-only'],
    ['For my own meetings it works.', 'some-users-only'],
    ["Some users get 403 Forbidden from GET /me/chats and others don't", 'some-users-only'],
    ['certain users are denied on GET /me/drive', 'some-users-only'],
    ['When I test with my own account (I am Global Admin) it updates fine. When Petra logs in, 403.', 'admin-works'],
    ["I'm not in that site's members", 'not-a-member'],
    ['she is not in the team, so it fails', 'not-a-member'],
    // Not in it, the team named just before.
    ["Atlas is the private Team the bid people created, I'm not in it.", 'not-a-member'],
    // Said never to have been added to it.
    ["She wasn't added to that channel when it was created.", 'not-a-member'],
    ['She can find the team in "Join or create a team" but never joined it.', 'not-a-member'],
    ['Teams from /me/joinedTeams work; the ones I listed via /groups (not in them) all fail.', 'not-a-member'],
    ['I was never added to the site, only to the team.', 'not-a-member'],
    ['The ~15 teams that DO work are exactly the ones she is in herself.', 'some-items-only'],
    // The items the speaker belongs to named as the ones that work.
    ["Works for the 6 teams I'm a member of, 403 on all the others.", 'some-items-only'],
    ['Every other group I manage works with the same command.', 'some-items-only'],
    ['It works on the sites we belong to; every other site returns accessDenied.', 'some-items-only'],
    ['When I log in it works. When Sandra logs in: 403 Forbidden', 'some-users-only'],
    ['GET /me/onlineMeetings returns 403 for users in the Sales department; IT is fine.', 'some-users-only'],
    ['People from the Berlin office get 403 on the same call.', 'some-users-only'],
    ['GET /me/onlineMeetings/{id}/transcripts returns 403 for attendees. The organizer can download them fine with the same app.', 'some-users-only'],
    // The others said to fail as a group: someone succeeds.
    ['The 25 people in our pilot get insights back fine. Everyone else (same app, same kind of meeting) gets: 403 Forbidden', 'some-users-only'],
    ['the rest of the users get Access is denied', 'some-users-only'],
    ['Maria uses the exact same build and it loads fine for her. For Tom, the other user, it fails.', 'some-users-only'],
    ['María usa el mismo build y a ella le carga bien. A Tom le falla.', 'some-users-only'],
    ['Pra ela funciona, pra mim dá 403.', 'some-users-only'],
    ['Chez elle ça marche, chez moi 403.', 'some-users-only'],
    ['Bei ihr funktioniert es, bei mir kommt 403.', 'some-users-only'],
    // The speaker's own run said to work, beside other people running it.
    ["Works perfectly when I run it (I'm the Intune Administrator). When the L1 helpdesk guys run it: 403", 'some-users-only'],
    ['When I run it, everything is fine. My colleagues get 403 with the same script.', 'some-users-only'],
    ['I tested it end to end and it works. Since rollout the desk agents all get 403.', 'some-users-only'],
    ['Get-MgBookingBusiness works when Megan runs the script, but when Sam runs it: 404.', 'some-users-only'],
    ['Works perfectly when our teacher signs in. When I sign in with my student account: 403.', 'some-users-only'],
    // A personal account beside a work account named by its kind ("my work account is added"): the personal one signed in.
    ['The laptop is logged into Windows with my outlook.com account, my work account is only added under Access work or school.', 'personal-account'],
    // The same call said to work on a part of the items: a count of them, or the ones that work named by membership.
    ['The export shows only 12 of ~140 plans; every other group errors.', 'some-items-only'],
    ['the 12 that work are groups Klaus is a member of', 'some-items-only'],
  ];
  for (const [text, hint] of accounts) it(`sees ${hint} in "${text}"`, () => assert.ok(findAccountHints(text.toLowerCase()).includes(hint as never)));

  const deniedAccounts: [string, string][] = [
    // A permission never added is no person left out.
    ['The Mail.Send permission was never added, so the app gets 403.', 'not-a-member'],
    // One user comparing two endpoints is no comparison of accounts.
    ['i call get /me: 200\nget all users: 403', 'some-users-only'],
    // Guests as the people a call adds to a team: its targets, not the account signed in.
    ['adding people to a team works for our staff but external guests fail: Status Code: Forbidden', 'guest'],
    ['Maria runs the exact same query and gets her same error.', 'some-users-only'],
    // The writer's line works and the next names no user: machines compared, not people.
    ['me (my laptop): works\nthe build server: 403 Forbidden', 'some-users-only'],
    // The writer's own run, or a machine's, of the same script: runs or hosts compared, not people.
    ['I ran the exact same script and it worked yesterday, today the job gets 403.', 'some-users-only'],
    ['The pipeline runs the exact same script and it works; on my laptop it returns 403 for every user.', 'some-users-only'],
    // Permissions or settings "for users" said to be fine are not people who succeed.
    ["The delegated permissions for the users are fine, admin consent is granted.", 'some-users-only'],
    ['All users are fine with the new sign-in page, but the sync job gets 403.', 'some-users-only'],
    ['It works when the pipeline is signed in to Azure, and fails on my laptop.', 'some-users-only'],
    // What a scope serves, not who signed in.
    ['I use the scope Files.ReadWrite.AppFolder, which is only valid for personal accounts. A OneDrive for Business user gets accessDenied.', 'personal-account'],
    ['Does it work for everyone, except when the token expires?', 'some-users-only'],
    // The speaker is the admin and fails too: the portal working for them is another call, not a comparison of people.
    ["Graph Explorer, signed in with my account: 403. I'm Global Administrator, and the Sign-in logs blade in the portal loads fine for me.", 'admin-works'],
    ['It fails for everyone: every call except the token request returns 403.', 'some-users-only'],
    ['Like everyone else in this thread, I get 403 on /me/chats.', 'some-users-only'],
    // The run compared is placed on another machine, not done by another person.
    ['Works when I run it locally; in the Azure Function the users endpoint returns 403.', 'some-users-only'],
    ['Works perfectly when I run it. In the pipeline it fails with 403.', 'some-users-only'],
    // A run told as later, after a change: a comparison of times, not of people.
    ['I tried it again after the admin consent and it worked. The users had 403 before.', 'some-users-only'],
    ['I tested it in Graph Explorer and it works; the users get 403 in our app.', 'some-users-only'],
    ['It works when the pipeline runs it; the users get 403 from the portal.', 'some-users-only'],
    // The writer does not know which of their two accounts signed in.
    ["I also made a personal Microsoft account with the same address, and I don't remember which one I clicked last time.", 'personal-account'],
    ['Only 2 of the 5 steps are done; the users get 403.', 'some-items-only'],
    ['Nuestros usuarios reciben 403 todos, sin excepción.', 'some-users-only'],
    ['A ella le carga mal también.', 'some-users-only'],
    ['My colleague on another tenant says it just works for him. The users here get 403.', 'some-users-only'],
    ['It fails for our corporate work account. With personal accounts or other Office 365 tenants it does not happen.', 'personal-account'],
    ['It works fine with my personal Microsoft account, but fails for the work account', 'personal-account'],
    ['With personal accounts it works fine; with work accounts we get 403.', 'personal-account'],
    ['拿普通个人账号试了一下，完全没问题。换成教育版账号就拿不到权限。', 'personal-account'],
    ['For guest users it works; members get 403', 'guest'],
    ['GET /me -> 200\nGET /users -> 403 for every account', 'some-users-only'],
    ['I checked: GET /me -> 200\nGET /users -> 403', 'some-users-only'],
    // The same account in two tools is no difference between users.
    ['the old azuread and msonline modules work fine for me with the same account. i am not an admin', 'some-users-only'],
    // What an admin gets is no success unless it is the data: a prompt is a requirement.
    ['every account with an admin role gets an MFA prompt now', 'admin-works'],
    ['I am not a guest, I am a member of the tenant', 'guest'],
    ["GET /users?$filter=endsWith(mail,'@hotmail.com') returns Request_UnsupportedQuery", 'personal-account'],
    ['this is not a personal account, it is a work account', 'personal-account'],
    ["we don't use a personal account", 'personal-account'],
    ['AADSTS50020: … The account needs to be added as an external user in the tenant first.', 'guest'],
    ["my colleague who is an admin doesn't get results either", 'admin-works'],
    ['it does not work for the organizer either', 'some-users-only'],
    ['it fails only for members? no: it fails for everyone, owners included', 'admin-works'],
    ['the worker only runs when the queue has items', 'some-users-only'],
    ['It fails for everyone, in every department and every office.', 'some-users-only'],
    ["The organizer can't download them either.", 'some-users-only'],
    ['it does not work for the global admin either', 'admin-works'],
    ['Managers get 403, and as Global Admin I get a 403 too, not a 204.', 'admin-works'],
    ['管理员账号也不可以访问。', 'admin-works'],
    ['it does not work for the global administrator either', 'admin-works'],
    ['even as a global admin I cannot list them', 'admin-works'],
    ["it doesn't work for my own mailbox either", 'some-users-only'],
    // Adding the app is a grant to the app, and "still fails" undoes the membership.
    ['after adding the app to the site with Sites.Selected it works', 'not-a-member'],
    // The app not added to the site is Sites.Selected's grant, not the user's membership.
    ["The app hasn't been added to the site yet.", 'not-a-member'],
    ['even after adding the user to the team it still fails', 'not-a-member'],
    ["I added the user to the group but it doesn't work", 'not-a-member'],
    // A kind of people said to fail is only who called.
    ['students get 403 on /me/joinedTeams', 'some-users-only'],
    // Asked, not said.
    ['GET /users returns 403. Does it work for the global admin? I have not tried.', 'admin-works'],
    ['GET /me/drive returns 403. Would it work for some users only?', 'some-users-only'],
    ['it fails even for my own meetings', 'some-users-only'],
    ['I did not organize anything, the call just fails', 'some-users-only'],
    ['some users reported the same crash on startup', 'some-users-only'],
    ['is she not in the team?', 'not-a-member'],
    // A query that lists guests: the guests are the data, not who signed in.
    ["Get-AzureADUser -All $true -Filter \"userType eq 'Guest'\" stopped working in our stale-guest report", 'guest'],
    // What came back when the speaker signed in is the failure itself, a prompt or a page: no success to compare.
    ['When I sign in with my account I get the same error as everyone: 403.', 'some-users-only'],
    ['When I sign in I get a consent prompt and then 403 Forbidden.', 'some-users-only'],
    ['Do we really have to invite every customer user as a guest?', 'guest'],
    ["I'm owner of the group, so it's not a membership thing", 'not-a-member'],
    // The app registration's supported account types name whom the app admits, not who signed in.
    ['I set up the app registration with "Accounts in any organizational directory and personal Microsoft accounts"', 'personal-account'],
    ['Supported account types: Personal Microsoft accounts only', 'personal-account'],
    // A Graph page's permissions table quoted beside the error names the page's account kinds.
    ['From the docs:\n| Delegated (work or school account) | OnlineMeetings.ReadWrite |\n| Delegated (personal Microsoft account) | Not supported. |', 'personal-account'],
    // What a tool says it supports names no account that signed in.
    ['note: this server will work for both Office 365 and personal Outlook/Hotmail accounts', 'personal-account'],
    ['the global admin account updates nothing either: it fails the same', 'admin-works'],
    // Everyone fine with something else, the speaker among everyone, a sign-in named by its flow: no comparison of people.
    ['Everyone is fine with the old version.', 'some-users-only'],
    ['Like everyone else, I am fine with that.', 'some-users-only'],
    ['The daemon gets 403; it works when I sign in interactively.', 'some-users-only'],
    ['The daemon gets 403; it works when the user signs in with the browser.', 'some-users-only'],
    ['Exact same PATCH /users/{id} in Graph Explorer signed in as me works first time.', 'some-users-only'],
    ['管理员账号也不正常，普通用户也报错。', 'admin-works'],
  ];
  for (const [text, hint] of deniedAccounts) it(`sees no ${hint} in "${text}"`, () => assert.ok(!findAccountHints(text.toLowerCase()).includes(hint as never)));
  it('keeps a hint said after an unrelated negation', () => assert.ok(findAccountHints("it doesn't work, i am a guest user in their tenant").includes('guest')));

  const grantedClaims: [string, string | undefined][] = [
    ['Forbidden: the application only has the following permissions granted: Group.Read.All, User.Read.All', undefined],
    ['admin consent granted for contoso', 'admin consent granted'],
    ['we have the correct permissions and it still fails', 'correct permissions'],
    ['AADSTS65001: The user or administrator has not consented to use the application', undefined],
    ["the admin hasn't yet consented", undefined],
    ["I don't have all the permissions yet", undefined],
    ['no admin consent granted so far', undefined],
    ['it fails due to incorrect permissions on the app', undefined],
    ['AADSTS65001: has not consented. But I consented as admin an hour ago!', 'consented'],
    // The grant told after what else was done ("have set the API permissions and granted them").
    ['Even though I have registered the app and have set the API permissions and granted them to admin.', 'have set the api permissions and granted'],
    // Asked, not said.
    ['Can we confirm the docs are listing the correct permissions to add users to a directory role?', undefined],
    ['I granted admin consent, why does it still fail?', 'granted admin consent'],
    ['Have you granted admin consent for the app?', undefined],
    ['In the portal Group.Read.All has the green check "Granted for Fabrikam".', 'granted for f'],
    ['Status: Not granted for Fabrikam', undefined],
    ['User.Read  Delegated  Granted for Fabrikam\nUser.ReadWrite.All  Application  Not granted for Fabrikam', undefined],
    ['The permission is granted for the app only, not for users.', undefined],
    // The portal's button, pressed: today's "Grant admin consent for {tenant}" or its earlier "Grant permissions".
    ['I clicked the "Grant admin consent for Contoso" button and it still says 403', 'clicked the "grant admin consent'],
    ['Under Required permissions I used the Grant Permissions button for all accounts in the directory.', 'used the grant permissions'],
    ['Did you click grant permissions?', undefined],
    // In the words of Microsoft's localized consent pages; a grant not yet made is no claim.
    ['ドキュメントに記載されているアクセス許可スコープは間違いなく付与しており、それでも 403 になります', 'アクセス許可スコープは間違いなく付与しており'],
    ['管理者の同意は付与済みです', '同意は付与済み'],
    ['アクセス許可はまだ付与しておりません', undefined],
    ['APIのアクセス許可は以下の通りで、管理者の同意も済んでいます。', '同意も済んでいます'],
    ['管理者の同意はまだ済んでいません', undefined],
    ['管理者の同意を付与したいのですが', undefined],
    ['我已经授予了管理员同意,但还是返回 403', '已经授予'],
    ['权限还未授予', undefined],
    ['请求已被拒绝授权', undefined],
    ['관리자 동의를 부여했는데도 403 오류가 발생합니다', '동의를 부여했'],
    ['Ya hemos concedido el consentimiento de administrador y sigue fallando', 'ya hemos concedido'],
    ['todavía no hemos concedido el consentimiento', undefined],
    ['Ho già concesso il consenso amministratore', 'ho già concesso'],
    ['non ho concesso il consenso', undefined],
    ["So far I've only consented User.Read and Directory.Read.All in the Modify permissions tab.", undefined],
  ];
  for (const [text, claim] of grantedClaims) {
    it(`${claim ? `reads the claim "${claim}"` : 'reads no granted claim'} in "${text}"`, () => assert.equal(claimsPermissionsGranted(text.toLowerCase()), claim));
  }

  it('sees which permission type was granted', () => {
    assert.deepEqual(findPermissionTypeMentions('we added mail.send as an application permission'), ['application']);
    assert.deepEqual(findPermissionTypeMentions('consented delegated permissions user.read'), ['delegated']);
    assert.deepEqual(findPermissionTypeMentions('403 forbidden'), []);
    // The permission's name first, then the type it was added as.
    assert.deepEqual(findPermissionTypeMentions('in the app registration user.read.all is added as application and admin consent is granted'), ['application']);
    assert.deepEqual(findPermissionTypeMentions('mail.send was granted as delegated, nothing else'), ['delegated']);
    assert.deepEqual(findPermissionTypeMentions('contoso.example is registered as an application id uri'), []);
    // The API's full name between the type and the word, as the portal's table heads it.
    assert.deepEqual(findPermissionTypeMentions('the registration lists only delegated microsoft graph permissions'), ['delegated']);
    assert.deepEqual(findPermissionTypeMentions('the permission shows up in the portal under the delegated heading'), ['delegated']);
    assert.deepEqual(findPermissionTypeMentions('the setting is under application settings'), []);
    // The English type word kept inside another language's phrase.
    assert.deepEqual(findPermissionTypeMentions('añadí user.read.all como permiso de tipo application y di admin consent'), ['application']);
    assert.deepEqual(findPermissionTypeMentions("j'ai ajouté mail.read comme permission de type delegated"), ['delegated']);
    // The French portal's quoted type column, which keeps the English word for the application type.
    assert.deepEqual(findPermissionTypeMentions("l'inscription a group.read.all (type « application », consentement administrateur accordé)"), ['application']);
    assert.deepEqual(findPermissionTypeMentions('quel type d\'application faut-il choisir ?'), []);
    // The type said of the permission in a clause of its own.
    assert.deepEqual(findPermissionTypeMentions("user.read.all is there but it's the delegated one."), ['delegated']);
    assert.deepEqual(findPermissionTypeMentions('the mail.send permission is only delegated in our registration'), ['delegated']);
    assert.deepEqual(findPermissionTypeMentions('access is delegated to the helpdesk team'), []);
    assert.deepEqual(findPermissionTypeMentions('we granted the application microsoft graph permissions'), ['application']);
    // A type said not to be given to the app, beside the other type: the other one is what was granted.
    assert.deepEqual(findPermissionTypeMentions('i granted mail.read as an application permission. no delegated permissions are added.'), ['application']);
    assert.deepEqual(findPermissionTypeMentions("we added delegated user.read.all and didn't add any application permissions"), ['delegated']);
    assert.deepEqual(findPermissionTypeMentions('アプリケーションの許可で mail.read を付与しました。委任されたアクセス許可は付けていません。'), ['application']);
    assert.deepEqual(findPermissionTypeMentions('我们只加了应用程序权限 mail.read，没有添加委托权限'), ['application']);
    assert.deepEqual(findPermissionTypeMentions('die app hat anwendungsberechtigung mail.read, keine delegierten berechtigungen'), ['application']);
    // Said of the token, not of what the app was given; and a denial alone leaves the type named.
    assert.deepEqual(findPermissionTypeMentions('we added delegated mail.read but the token has no application permissions').sort(), ['application', 'delegated']);
    assert.deepEqual(findPermissionTypeMentions('no delegated permissions are added'), ['delegated']);
  });

  // The portal's permissions table pasted as text, and the type named as a type.
  const typeMentions: [string, string[]][] = [
    // The type word in brackets before the word "type": "(Application type, admin consent done)".
    ['calendars.readwrite is granted (application type, admin consent done) so the app can write any calendar', ['application']],
    ['mail.send (delegated type) was added last week', ['delegated']],
    // A type only proposed, a dotted permission name inside the proposal.
    ['the api is app-level isn\'t it? do we have to switch to mail.read application permission instead?', []],
    // "App role" names what the call assigns (appRoleAssignedTo), not a permission type; the permission AppRoleAssignment.ReadWrite.All does not make it so.
    ['requester asks for app role "invoice.approver" on our erp app; we post /serviceprincipals/{id}/approleassignedto as the approver.', []],
    ['the managed identity has the mail.read app role on microsoft graph; token scp: approleassignment.readwrite.all', ['application']],
    // A delegated permission grant made by hand holds delegated permissions only; not when that call is the refused one.
    ['new-mgoauth2permissiongrant -bodyparameter @{ clientid = $mi.id; consenttype = "allprincipals"; scope = "group.read.all" }', ['delegated']],
    ['new-mgoauth2permissiongrant : insufficient privileges to complete the operation. status: 403 (forbidden)', []],
    // Korean puts the type word before 권한.
    ['위임 권한 mail.read, mail.read.shared 둘 다 넣었고', ['delegated']],
    ['애플리케이션 권한 user.read.all 을 추가했습니다', ['application']],
    // The commands that add a permission write its type: Scope is delegated, Role is application.
    // A list closed by its type in brackets: "(both Application, …)", "(both delegated)".
    ['the app registration has user.read.all and auditlog.read.all (both application, admin consent granted, certificate uploaded too).', ['application']],
    ['mail.read and calendars.read (both delegated) are granted', ['delegated']],
    // French gives the type with "en": « Déléguées », « Application » (the English word only quoted).
    ["dans l'app : directory.read.all et policy.read.all en « déléguées » (consentement admin accordé).", ['delegated']],
    ['les deux permissions sont ajoutées en « application » dans le portail', ['application']],
    ["la règle est en application depuis lundi", []],
    // A type asked about in German ("braucht man zwingend Application-Permissions?") is not one granted.
    ['fehlt noch calendars.readwrite.shared oder braucht man zwingend application-permissions?', []],
    ['az ad app permission add --id $app --api 00000003-0000-0000-c000-000000000000 --api-permissions a154be20-db9c-4678-8ab7-66f6cc099a59=scope', ['delegated']],
    ['az ad app permission add --id $app --api 00000003-0000-0000-c000-000000000000 --api-permissions df021288-bdef-4463-88db-98f22de89214=role', ['application']],
    ['add-azadapppermission -objectid $o -apiid 00000003-0000-0000-c000-000000000000 -permissionid 5f8c59db-677d-491f-a6b8-5f174b11ec1d -type role', ['application']],
    ['new-azroleassignment -roledefinitionname reader -scope /subscriptions/{id}', []],
    ['Mail.Send | Delegated | Send mail as a user', ['delegated']],
    ['Here is my app permissions: <image>', []],
    ['I added the application permissions and the app roles show up in the token', ['application']],
    ['under API permissions I added Microsoft Graph > Delegated > User.Read.All', ['delegated']],
    ['the managed identity got Mail.Read in the portal under API permissions > delegated', ['delegated']],
    ['I picked API permissions > Application and added Sites.Read.All', ['application']],
    ['Registered delegated User.ReadWrite.All, admin consent granted', ['delegated']],
    ['Setup: React SPA. Delegated Files.ReadWrite.All + Sites.Read.All, admin consented.', ['delegated']],
    ["Dans la colonne « Type » c'est écrit « Déléguée » partout", ['delegated']],
    ['El tipo que aparece es "Delegado" y el administrador concedió el consentimiento', ['delegated']],
    ['DeviceManagementManagedDevices.Read.All は追加済みです（種類: 委任、管理者の同意: 付与済み）', ['delegated']],
    ['I added User.Read.All as an *Application* permission and granted admin consent', ['application']],
    ['Permissions: `Calendars.ReadWrite.Shared offline_access User.Read` (delegated, I signed in with my own account)', ['delegated']],
    ['the Application ID URI (application id uri) must be set', []],
    ['Should I switch to application permissions or is something missing on the consent?', []],
    ['C# / Graph SDK 5.56, delegated. I am building an assistant app', ['delegated']],
    ['internal portal (React + msal-browser, delegated):', ['delegated']],
    ['環境: C# / 委任アクセス許可（Files.Read.All）管理者の同意済み', ['delegated']],
    ['Chat.Read ist in der App-Registrierung eingetragen (Typ "Delegiert")', ['delegated']],
    ['AccessReview.Read.All und AccessReview.ReadWrite.All sind eingetragen, beide als "Delegiert".', ['delegated']],
    ['Mail.Send ist als Anwendungsberechtigung eingetragen.', ['application']],
    ['Mail.Send (Typ: Anwendung) mit Administratorzustimmung', ['application']],
    ['No registro do aplicativo, Reports.Read.All aparece como "Delegada"', ['delegated']],
    ['Sites.Read.All de tipo aplicación, con consentimiento', ['application']],
    ['Microsoft Graph > Application permissions > Mail.Read', ['application']],
    ['Mail.Send\tApplication\tSend mail as any user\tYes\tGranted for Contoso', ['application']],
    ['Microsoft Graph (3) Calendars.Read Delegated Read user calendars', ['delegated']],
    ['the type column says Delegated', ['delegated']],
    ['permission "Application.ReadWrite.All" of type "Delegate"', ['delegated']],
    ['I gave it delegate permissions only', ['delegated']],
    ['i gave it Calendars.ReadWrite (the one under "delegated") and consented', ['delegated']],
    ['Mail.Send is listed under Application permissions', ['application']],
    ['the client id is under application settings in our config', []],
    // The app's manifest names the type of each permission it requires: Scope (delegated), Role (application).
    ['"requiredResourceAccess": [{ "resourceAppId": "00000003-0000-0000-c000-000000000000", "resourceAccess": [{ "id": "e1fe6dd8", "type": "Scope" }] }]', ['delegated']],
    ['"resourceAccess": [ { "id": "df021288", "type": "Role" } ]', ['application']],
    ['{ "type": "Scope" } in a Graph change notification, no manifest', []],
    // Terraform's azuread provider writes the manifest in HCL.
    ['required_resource_access {\n  resource_access {\n    id   = "{id}"\n    type = "Scope"\n  }\n}', ['delegated']],
    ['resource_access {\n  id   = "{id}"\n  type = "Role"\n}', ['application']],
    // The types as Microsoft's localized pages name them
    ['アプリケーションのアクセス許可で User.Read.All を付与しました', ['application']],
    ['委任されたアクセス許可 Mail.Send を追加', ['delegated']],
    ['Wir haben Mail.Send als Anwendungsberechtigung hinzugefügt', ['application']],
    ['añadí Sites.Read.All en permisos delegados', ['delegated']],
    ['agregué Sites.Read.All en permisos de aplicación', ['application']],
    // The singular, and French and Portuguese "permission(s)" beside the portal's "autorisations".
    ['Nous avons ajouté Calendars.Read en permission déléguée', ['delegated']],
    ['Mail.Send est une permission d\'application', ['application']],
    ['o Mail.Read está como permissão delegada', ['delegated']],
    ['es un permiso delegado, no de aplicación', ['delegated']],
    // "The app's permissions" with the article is the app's permissions in general, no type (the portal says "Permisos de aplicación").
    ['¿Es un problema de permisos de la aplicación o de otra cosa?', []],
    ['我已经添加了应用程序权限 Mail.Read', ['application']],
    // The portal's Type column told with a sign or a verb, and the tab or section the permission was added in.
    ['the screenshot of API permissions shows Type = Delegated for both', ['delegated']],
    ['I gave that app Application.ReadWrite.All (delegated tab, admin consent done).', ['delegated']],
    ['added it in the Application permissions section', ['application']],
    ["az rest --headers 'Content-Type=application/json' --body '{}'", []],
    // Graph's own words for a token without the roles it needs name no type anyone granted.
    ['{"message":"Missing application roles. API required roles: SecurityAlert.Read.All,SecurityIncident.Read.All, application roles: ."}', []],
    // Without the 的 of Microsoft's zh-cn pages, as people write it, and the zh-tw portal's word.
    ['我们加了委托权限 Calendars.Read，管理员已同意', ['delegated']],
    ['已新增委派權限 Mail.Send', ['delegated']],
    // The type word beside the permission's name, in the order each language puts it.
    ['API のアクセス許可は委任された Mail.Send だけです', ['delegated']],
    ['只添加了委托的 Mail.Send 权限', ['delegated']],
    ['Die App hat nur Mail.Send delegiert', ['delegated']],
    ['Mail.Send (アプリケーション) を追加しました', ['application']],
    ['la app tiene Mail.Send delegado', ['delegated']],
    ['アプリケーション ID と Mail.Send を登録', []],
    ['además del User.Read delegado que viene por defecto', []],
    ['despite using delegated administrator permissions', ['delegated']],
    ['please delegate this task to an admin', []],
    ['the permissions are application type', ['application']],
    ['I granted the delegated and application permissions', ['delegated', 'application']],
    ['We have Presence.Read.All delegated.', ['delegated']],
    ['The registration has GroupMember.ReadWrite.All and User.Read.All, both delegated, consented by our GA.', ['delegated']],
    ['I clicked Grant admin consent for delegated User.Read.All', ['delegated']],
    ['we added the application Mail.Send permission', ['application']],
    ['our application Contoso.Sync calls Graph', []],
    ['The app has User.Read.All application, and nothing else', ['application']],
    ['We read Application.Read.All then call the API with the token', []],
    ['this runs in our application. it fails', []],
    ['Content-Type: application/json', []],
    ['Accept: application/json, type: application/xml', []],
  ];
  for (const [text, types] of typeMentions) {
    it(`reads the permission type in: ${text}`, () => {
      assert.deepEqual(findPermissionTypeMentions(text.toLowerCase()).sort(), [...types].sort());
    });
  }
});

describe('diagnosis/evidence/context-hints: claims of an admin role', () => {
  const table: [string, string | undefined][] = [
    ["I'm connected with my Global Admin account", "connected with my global admin account"],
    ['I am a global SharePoint Administrator', 'i am a global sharepoint administrator'],
    ['signed in as user administrator and still denied', 'signed in as user administrator'],
    ['I am not a global admin', undefined],
    ['ask your global admin to grant consent', undefined],
    ['the admin consent was granted', undefined],
    ['I have a Power BI administrator role assigned', 'i have a power bi administrator role'],
    ['signed in as Helpdesk Administrator', 'signed in as helpdesk administrator'],
    ['I have the Teams admin center open', undefined],
    ['I have an application admin consent workflow', undefined],
    ['Con sesión iniciada como Global Admin (delegated) devuelve 403', 'con sesión iniciada como global admin'],
    ['Logado como administrador global, dá 403', 'logado como administrador global'],
    ["Connecté en tant qu'administrateur global, j'ai un 403", "connecté en tant qu'administrateur global"],
    ['Als Global Admin angemeldet bekomme ich 403', 'als global admin angemeldet'],
    ['グローバル管理者でサインインしても 403 になります', 'グローバル管理者でサインイン'],
    ['请让全局管理员授予同意', undefined],
  ];
  for (const [text, said] of table) {
    it(`${said === undefined ? 'no claim' : 'a claim'} in "${text}"`, () => {
      assert.equal(claimsAdminRole(text.toLowerCase()), said);
    });
  }
});

describe('diagnosis/evidence/context-hints: a call said to fail only now and then', () => {
  const table: [string, string | undefined][] = [
    ['Our calls intermittently return 403 Forbidden', 'intermittently'],
    ['Sometimes it works, sometimes it fails with 401', 'sometimes it works'],
    ['OneDrive returns occasional http 401 responses', 'occasional http 401'],
    ['The upload works on the second attempt', 'works on the second attempt'],
    ['Retrying works after a few seconds', 'retrying works'],
    ['Retrying the failed request a moment later also works', 'retrying the failed request a moment later also works'],
    ['About 1 in 500 calls comes back 401, the rest are 200', '1 in 500 calls'],
    ['It fails every now and again with 403', 'now and again'],
    ['Retrying the same call a minute later does not work either', undefined],
    ['One in 5 users is a guest', undefined],
    ['It is not intermittent: every call fails', undefined],
    ['Retrying does not help, every call fails', undefined],
    ['We are occasional users of the API', undefined],
    ['Roughly half the runs die with this error', 'roughly half the runs'],
    ['Same code, same cached token, the next run goes through.', 'the next run goes through'],
    ['Half of the users are guests.', undefined],
    ['Mais de temps en temps, le même appel me renvoie une erreur 400.', 'de temps en temps'],
    ['A veces la misma llamada devuelve 403.', 'a veces'],
    ['Às vezes a mesma chamada retorna 403.', 'às vezes'],
    ['Manchmal liefert derselbe Aufruf 403.', 'manchmal'],
    ['同じ呼び出しが時々 403 になります。', '時々'],
    ['同样的调用有时候返回 403。', '有时候'],
    ['Lo hice de forma correcta y devuelve 403.', undefined],
    // "Sometimes" with the call's outcome beside it, not about something else.
    ['Ça marche parfois, et le reste du temps 401.', 'marche parfois'],
    ["J'ai lu qu'il fallait parfois attendre la propagation du consentement.", undefined],
    ['Manchmal dauert die Zustimmung eine Weile, habe ich gelesen.', undefined],
    ['A veces hay que esperar a que se propague el consentimiento.', undefined],
  ];
  for (const [text, said] of table) {
    it(`${said === undefined ? 'no claim' : 'a claim'} in "${text}"`, () => {
      assert.equal(claimsIntermittent(text.toLowerCase()), said);
    });
  }
});

// A fresh token tried rules expiry out; one only wished for or asked about does not.
describe('diagnosis/evidence/context-hints: a fresh token said to fail too', () => {
  const freshTokens: [string, string | undefined][] = [
    ['Even with a new token it fails', 'new token'],
    ['I refreshed the token and still get 401', 'refreshed the token'],
    ['It would be good if the modules refreshed the access token just before it expires', undefined],
    ['How do I refresh the token in the background?', undefined],
    ['We need to refresh the access token every hour', undefined],
    ['It did not work with a new token either', 'new token'],
    ['I tried to refresh the token and still get 401', 'refresh the token'],
    ['The expiry in session storage changes whenever it tries to get a new token', undefined],
    ['Clearing the cache gets a fresh token and things work again', undefined],
    ['Clearing the cache gets a fresh token but it does not work either', 'fresh token'],
    // Entra's own advice in a sign-in error's description is not the writer's try.
    ["{'error': 'invalid_grant', 'error_description': 'AADSTS500133: Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token.'}", undefined],
  ];
  for (const [text, said] of freshTokens) {
    it(`${said === undefined ? 'no fresh token tried' : 'a fresh token tried'} in "${text}"`, () => {
      assert.equal(claimsFreshToken(text.toLowerCase()), said);
    });
  }
});

describe('diagnosis/evidence/context-hints: outcomes listed per person by first name', () => {
  const table: [string, boolean][] = [
    ['Maria -> works, sees everything\nJonas (started Monday) -> 403\n  Code: ErrorAccessDenied', true],
    ['Priya: ok\nTom: 403 Forbidden', true],
    // A verb between the person and the arrow, and a success told by what came back.
    ['Priya runs it -> full channel history for the team\nI run it -> 403 on the messages call', true],
    // A failure anywhere on a person's line makes it a failure, whatever word opens it.
    ['Maria -> works\nTom -> gets 403 Forbidden', true],
    ['Maria -> works\nJonas -> all requests fail', true],
    // The writer's own line and a named person's, each outcome told last on its line.
    ['me (admin) -> GET /sites/contoso.sharepoint.com:/sites/chores:/lists/Chores/items  = 200 ✅\nAdele        -> same call, same app                      = 403 ❌', true],
    // Environments, tools and report fields open such lines too: they compare no people.
    ['Prod -> works\nDev -> 403', false],
    ['Chrome: works\nFirefox: 401', false],
    ['Expected: 200\nActual: 403', false],
    // One person only, or the same one both ways.
    ['Maria -> works', false],
    // A number inside a query string is no status told last.
    ['Maria -> works\nJonas: 403 on GET /users?$top=200', true],
    ['Priya: 403 on GET /users?$top=200\nTom: 403 Forbidden', false],
    ['Maria -> works on Monday\nMaria -> 403 on Tuesday', false],
  ];
  for (const [text, said] of table) {
    it(`${said ? 'sees' : 'sees no'} people compared in ${JSON.stringify(text.slice(0, 50))}`, () => assert.equal(findAccountHints(text.toLowerCase(), undefined, undefined, text).includes('some-users-only'), said));
  }
});
