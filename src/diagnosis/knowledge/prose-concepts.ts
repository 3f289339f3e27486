/**
 * What people and services say in words, read as meaning rather than as fixed sentences. A
 * concept is a subject and what is said of it, a few words apart and in either order: "the
 * audience 'https://…' is invalid", "invalid audience", "the audience claim value is invalid" are
 * one concept; so are "the user has no Exchange Online license" and "users without a license".
 *
 * Each row names the verdict it speaks for, how much it says, the words that must be in the text
 * before its pattern runs (the gate keeps the scan cheap: most pastes hold none of them), and
 * whether the pattern is a statement that a negation in front would deny ("not an invalid
 * audience") or one that is negative already ("no license", "consent not granted"). Where the
 * meaning is a platform fact, the row keeps the Microsoft page it rests on.
 */
import type { VerdictId } from '../cause.js';
import { registerPhrases } from '../phrase-index.js';

export interface ProseConcept {
  readonly id: string;
  readonly cause: VerdictId;
  readonly weight: number;
  /** One of these (lower case) must be in the text before the pattern is tried. */
  readonly gate: readonly string[];
  /** Matched against the lower-cased paste. */
  readonly pattern: RegExp;
  /** True when a negation just before the match denies it; false when the pattern is negative already. */
  readonly deniable: boolean;
  /** What the bot says it saw; `found` is the matched text. */
  readonly say: (found: string) => string;
  readonly source?: string;
}

const ACCESS_TOKENS = 'https://learn.microsoft.com/entra/identity-platform/access-tokens';
const CONSENT = 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent';
const LICENSES = 'https://learn.microsoft.com/entra/fundamentals/license-users-groups';

/** A Graph permission's name as Microsoft forms them, lower-cased: resource.operation.constraint (Mail.Send, Sites.Read.All, User.ReadBasic.All; https://learn.microsoft.com/security/zero-trust/develop/protected-api-example). */
const PERMISSION_NAME = String.raw`[a-z]{3,40}\.(?:read|readwrite|readbasic|send|manage|write|create|accessasuser|invite|selected|fullcontrol|export|import|migrate)(?:\.[a-z]+){0,3}\b`;

/** "invalid", "not valid", "did not match", "was rejected": what a validator says of a value it refused. */
/** No access token comes back: "not getting an access token", "but no access token", "doesn't return an access token". */
const NO_ACCESS_TOKEN = String.raw`\b(?:no|not (?:getting|receiving|get|receive)|never (?:get|gets|got|receive)|(?:doesn't|does not|don't|do not|didn't|did not) (?:get|return|receive|give)(?: me| back)?)\s+(?:an?\s+|any\s+|the\s+)?access[_ ]?tokens?\b`;

/** What a list call is said to have given back: "returns", "gets", "shows", "brings back". */
const RESULTS_VERB = String.raw`(?:returns?|returned|returning|gets?|got|getting|shows?|showed|showing|lists?|listed|listing|gives?|gave|giving|brings?\s+back|comes?\s+back\s+with|receives?|received|see|seeing)`;

const REFUSED = String.raw`(?:(?:is|was|are|were)\s+(?:not\s+valid|invalid|incorrect|wrong|not\s+accepted|not\s+allowed|rejected|unexpected)|(?:does|do|did)(?:n't|\s+not)\s+match)`;

/**
 * It works for about an hour, then fails: said in English ("works for an hour, then 401", "exactly one
 * hour after signing in … no response", "after the default 1 hour access token lifetime has passed",
 * the failure first: "the calls fail after about 1 hour").
 */
const HOUR_THEN_FAILS = /\b(?:works?|worked|working|fine)\s+(?:for\s+)?(?:the\s+first|about\s+an|roughly\s+an|around\s+an|an|one|1)\s+hour\b[^.\n]{0,40}?\b(?:then|after that|afterwards|after which|but)\b[^.\n]{0,60}?(?:\bfail\w*|\b401\b|\berrors?\b|\bunauthori[sz]ed\b|\bstop(?:s|ped)?\b|\bexpire[sd]?\b|\bdenied\b|\binvalid\w*)|\b(?:after|every)\s+(?:about\s+|roughly\s+|around\s+|exactly\s+)?(?:an|one|1|60)\s+(?:hour|minutes?|mins?)\b[^.\n]{0,60}?\b(?:fails?|failing|401|unauthori[sz]ed|stops? working|stopped working|expires?|expired|errors?)\b|\b(?:stops?|stopped) working after (?:about |roughly |around )?(?:an|one|1|60) (?:hour|minutes?)\b|\b(?:(?:an|one|1)\s*(?:hours?|h)|60\s*(?:minutes?|mins?))\s+after\s+(?:the\s+|each\s+|every\s+)?(?:(?:user\s+)?(?:sign(?:ing)?|log(?:ging)?)[- ]?in|authenticat\w+|start(?:ing|up)?|(?:re)?deploy(?:ment|s)?|restarts?|launch|boot)\b(?:(?!\.\s)[^\n]){0,160}?(?:\bfail\w*|\b401\b|\berrors?\b|\bunauthori[sz]ed\b|\bstop\w*|\bexpire[sd]?\b|\bdenied\b|\binvalid\w*|\bno response\b|\bnot return\w*)|\b(?:fail(?:s|ed|ing)?|401s?|unauthori[sz]ed|stops? working|stopped working|expires?|expired)\b[^.\n]{0,30}?\bafter\s+(?:about|roughly|around|approximately|exactly|~)?\s*(?:an|one|1|60)\s*(?:hours?|minutes?|mins?|h)\b(?!\s+(?:of|or so of)\s+(?:retry|retries|waiting|trying))|\bafter\s+(?:the\s+)?(?:default\s+)?(?:(?:an|one|1|60)[- ](?:hour|minutes?)\s+)?(?:access[- ])?token(?:'s)?\s+lifetime\s+(?:has\s+|had\s+|is\s+)?(?:passed|elapsed|expired|ended|run out|ran out|over)\b|\b(?:fail(?:s|ed|ing)?|401s?|unauthori[sz]ed|stops? working|stopped working)\b[^.\n]{0,30}?~?\s*(?:(?:an|one|1)\s*(?:hours?|h)|60\s*(?:minutes?|mins?))\s+after\s+(?:the\s+|each\s+|every\s+)?(?:(?:re)?deploy(?:ment|s)?|restarts?|start(?:ing|up)?|launch|boot|(?:user\s+)?(?:sign(?:ing)?|log(?:ging)?)[- ]?in)\b/;
/**
 * The same in the other languages the product reads prose in, the hour and the failure in one
 * sentence: "una hora después … caducado", "1 小时后 … 没有响应", "有效期一过 … 失败", "nach einer
 * Stunde … schlägt fehl", "une heure après … échoue", "1時間後 … エラー", or the failure first: "fallan de forma
 * intermitente pasada más o menos 1 hora", "échouent après environ une heure".
 */
const LOCALIZED_HOUR_THEN_FAILS = String.raw`\b(?:una|1) hora (?:después|más tarde|de uso)[^.\n]{0,80}?(?:fall\w*|caduc\w*|expir\w*|\b401\b|error)|\b(?:uma|1) hora (?:depois|mais tarde)[^.\n]{0,80}?(?:falh\w*|expir\w*|\b401\b|erro)|\b(?:une|1) heure (?:après|plus tard)[^.\n]{0,80}?(?:échou\w*|expir\w*|\b401\b|erreur)|\bnach (?:einer|1) stunde[^.\n]{0,80}?(?:fehl\w*|schl[äa]gt|abgelaufen|\b401\b)|(?:1|一)\s?(?:个)?\s?小时(?:后|之后|以后)[^。\n]{0,80}?(?:失败|没有响应|没响应|收不到|报错|出错|401|过期)|有效期(?:一过|过了|到期)[^。\n]{0,80}?(?:失败|报错|出错|401)|1\s?時間(?:ちょっと|ほど|くらい|ぐらい|程度|強)?(?:後|経つと|経過後|経過すると|で)[^。\n]{0,80}?(?:失敗|エラー|401|期限切れ|応答が(?:ない|返ら))|(?:\b(?:fall(?:a|an|aba|aban|aron)|falh(?:a|am|ou|aram)|plant(?:e|ent))\b|(?<![\wà-ÿ])échou(?:e|ent|ait)\b|\bfalló(?!\w))[^.\n]{0,50}?\b(?:pasada|pasadas|después de|tras|depois de|após|après)\s+(?:más o menos\s+|aproximadamente\s+|cerca de\s+|unos?\s+|environ\s+|à peu près\s+)?(?:una|uma|une|1)\s+(?:hora|heure)\b`;

/**
 * The call said to work with the other permission type, in the other languages the product reads
 * prose in: "Delegated の Group.Read.All 権限を付けた場合は、同じリクエストが通ります", "用委托权限就可以",
 * "mit delegierten Berechtigungen funktioniert es", "con permisos delegados funciona", "avec la permission
 * déléguée ça marche", "com permissão delegada funciona".
 */
const LOCALIZED_WORKS_WITH_OTHER_TYPE = String.raw`(?:delegated|application|委任|アプリケーション)[^。\n]{0,40}?(?:場合|とき|と)[^。\n]{0,20}?(?:通ります|通る|動きます|動く|成功します|うまくいきます)|(?:委托|委派|delegated|application|应用程序)(?:权限)?[^。\n]{0,20}?(?:就|则)?(?<!不)(?:可以|成功|正常)|\bmit (?:den |der )?(?:delegierten?|delegated|anwendungs)\w*[^.\n]{0,40}?\b(?:funktioniert|klappt|geht)\b(?!\s+(?:es\s+)?nicht)|\bcon (?:el |los |la |las )?(?:permisos? |token )?(?:delegad|de aplicaci)\w*[^.\n]{0,40}?(?<!\bno )\bfunciona|\bavec (?:des |la |les |le )?(?:permissions? |jeton )?(?:délégu|d'application)\w*[^.\n]{0,40}?(?<!\bne )\b(?:marche|fonctionne)\b(?!\s+pas)|\bcom (?:a |as |o )?(?:permiss\w* |token )?(?:delegad|de aplica)\w*[^.\n]{0,40}?(?<!não )\bfunciona`;

export const PROSE_CONCEPTS: readonly ProseConcept[] = [
  {
    id: 'audience-refused',
    cause: 'wrong-audience',
    weight: 5.5,
    gate: ['aud'],
    // Subject first ("the audience claim value 'x' is invalid"), quality first ("wrong audience"),
    // or the validator's "Audiences: '…'. Did not match: …".
    pattern: new RegExp(
      String.raw`\baud(?:ience)?s?\b(?:\s+(?:claim|value|uri))*(?:\s+(?:['"‘“][^'"’”\n]{0,160}['"’”]|[a-z]+:\/\/[^\s'"]{1,160}))?\s+${REFUSED}\b` +
        String.raw`|\b(?:invalid|wrong|incorrect|mismatched|unexpected|bad)\s+(?:token\s+)?aud(?:ience)?s?\b` +
        // "JWT audience rejected" (Spring Security's own words), "aud claim mismatch".
        String.raw`|\baud(?:ience)?\s+(?:claim\s+)?(?:validation\s+)?(?:mismatch|failed|failure|rejected)\b` +
        String.raw`|\baudiences?:[^\n]{0,200}?did not match\b` +
        String.raw`|\bobtained for (?:the )?wrong audience\b` +
        // The words inside code and exception names: InvalidAuthenticationTokenAudience, AudienceUriValidationFailedException.
        String.raw`|\binvalid[a-z]{0,30}audience\b|\baudience[a-z]{0,20}(?:invalid|mismatch|validationfailed)[a-z]{0,20}\b`,
    ),
    deniable: true,
    say: (found) => `The token's audience was refused ("${found.trim()}")`,
    source: ACCESS_TOKENS,
  },
  {
    id: 'tenant-without-entra-premium',
    cause: 'user-access-or-license',
    weight: 4.5,
    gate: ['premium', 'p1', 'p2', 'free'],
    // The tenant's own Microsoft Entra edition, said to be below what the feature needs: "no Azure AD
    // Premium P2", "our Entra license is Free (not P1 or P2)", "it only works with a Premium license".
    // Sign-in logs through the reporting API answer only in a tenant with Microsoft Entra ID P1 or P2
    // (the source below); no app permission replaces the license.
    pattern: /\b(?:no|without|lacks?|lacking|(?:does|do|did)(?:n't| not) have|(?:has|have)(?:n't| not)(?: got)?)\s+(?:an?\s+|any\s+)?(?:azure ad|aad|(?:microsoft\s+)?entra(?: id)?)\s+(?:premium\s*)?(?:p[12]|premium)\b|\b(?:azure ad|aad|(?:microsoft\s+)?entra(?: id)?)(?:\s+licen[cs]e)?\s+(?:is\s+)?(?:the\s+)?(?:free|basic)\b|\bnot\s+(?:entra id\s+|azure ad\s+)?p1\s+(?:or|nor)\s+p2\b|\bonly\s+works?\s+(?:when|if|with)\s+(?:there\s+is\s+|we\s+have\s+|you\s+have\s+)?(?:an?\s+)?(?:entra id\s+|azure ad\s+)?(?:premium|p1|p2)\b|\b(?:pas|ni|no|nem|weder|kein|keine)\s+(?:de\s+)?p1\s+(?:ni|ou|o|nem|noch|oder|nor|or)\s+(?:de\s+)?p2\b|\bkeine?n?\s+(?:azure ad|aad|(?:microsoft\s+)?entra(?: id)?)\s+premium\b|\bs[oó]lo\s+funciona\s+(?:cuando|si|con)\s+(?:hay\s+|tenemos\s+)?(?:una?\s+)?licencia\s+premium\b/,
    deniable: true,
    say: (found) => `The tenant is said to lack Microsoft Entra ID P1/P2 ("${found.trim()}"): sign-in logs and other premium features answer only in a tenant licensed for them`,
    source: 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-configure-prerequisites-for-reporting-api',
  },
  {
    id: 'admin-role-not-active',
    cause: 'user-access-or-license',
    weight: 4.5,
    gate: ['activat', 'eligible', 'aktiviert', 'activad', 'activé'],
    // A role held through Privileged Identity Management is only eligible until activated, and each
    // activation lasts a set time: "I didn't re-activate my Intune Administrator in PIM this morning",
    // "my PIM activation expired", "the role is only eligible", "it's under My roles (Eligible tab)", and in German, Spanish and French ("die Rolle (PIM) … noch nicht
    // aktiviert", "no he activado el rol", "je n'ai pas encore activé le rôle"). Until then the signed-in user holds no such role,
    // whatever the app's delegated permissions (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-activate-role).
    pattern: /\b(?:didn'?t|did not|forgot to|haven'?t|have not|hasn'?t|has not|wasn'?t|was not|isn'?t|is not|not)\s+(?:yet\s+)?(?:re-?)?activat(?:e|ed)\s+(?:(?:my|the|his|her|their|our)\s+)?(?:[a-z]+\s+){0,3}?(?:role|admin(?:istrator)?|reader|operator)\b[^.\n]{0,30}?(?:\bin pim\b|\bpim\b)?|\b(?:pim\s+)?(?:role\s+)?activation\s+(?:has\s+|had\s+)?(?:expired|lapsed|ran out|run out|ended)\b|\b(?:role|admin(?:istrator)?)\s+(?:is|was)\s+(?:only\s+)?eligible\b(?!\s+(?:and|but)\s+(?:active|activated))|\bonly\s+eligible\b|\beligible\s+(?:but\s+)?(?:not\s+(?:yet\s+)?active|inactive)\b|\(eligible(?: assignments?)?(?: tab)?\)|\b(?:in|under|on)\s+(?:the\s+)?eligible(?: assignments?)?\s+tab\b|(?:\brolle\b|\brol\b|\brôle\b|\bpim\b)[^.\n]{0,80}?\b(?:noch nicht|nicht|no|pas(?: encore)?)\s+(?:\w+\s+){0,2}?(?:aktiviert|activad[oa]|activée?)(?!\w)|\b(?:noch nicht|nicht|no|pas(?: encore)?)\s+(?:\w+\s+){0,2}?(?:aktiviert|activad[oa]|activée?)\s+(?:\w+\s+){0,3}?(?:rolle|rol|rôle|pim)\b/,
    deniable: false,
    say: (found) => `The signed-in user's admin role is not active ("${found.trim()}"): a role held through Privileged Identity Management counts only while activated`,
    source: 'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-activate-role',
  },
  {
    id: 'role-scoped-to-admin-unit',
    cause: 'user-access-or-license',
    weight: 4.5,
    gate: ['administrative unit', 'unidad administrativa', 'verwaltungseinheit', 'unité administrative', 'unidade administrativa'],
    // An admin role assigned over an administrative unit manages only that unit's members: "Helpdesk Administrator
    // scoped to the AU-Valencia administrative unit", "con ámbito a la unidad administrativa", "auf die Verwaltungseinheit
    // beschränkt". A user outside the unit is beyond the signed-in admin's role, whatever the app's delegated permissions.
    pattern: /\b(?:scoped|limited|restricted|assigned)\s+(?:to|over|on)\s+(?:the\s+|an?\s+|our\s+|their\s+)?(?:[\w"'“”-]+\s+){0,2}?administrative units?\b|\badministrative units?\b[^.\n]{0,40}\b(?:scope|scoped)\b|\bscope\b[^.\n]{0,30}\badministrative units?\b|(?<![a-zà-ÿ])ámbito\b[^.\n]{0,30}\bunidad(?:es)? administrativas?\b|\bunidad(?:es)? administrativas?\b[^.\n]{0,30}(?<![a-zà-ÿ])ámbito\b|\bverwaltungseinheit\w*\b[^.\n]{0,40}\b(?:beschränkt|bereich|scope)|\b(?:beschränkt|bereich)\b[^.\n]{0,40}\bverwaltungseinheit|\bunité administrative\b[^.\n]{0,40}(?<![a-zà-ÿ])(?:étendue|limité|restreint|portée)|(?<![a-zà-ÿ])(?:étendue|limité|restreint|portée)\b[^.\n]{0,40}\bunité administrative\b|\bunidade administrativa\b[^.\n]{0,40}\b(?:escopo|limitad|restrit)|\b(?:escopo|limitad\w*|restrit\w*)\b[^.\n]{0,40}\bunidade administrativa\b/,
    deniable: true,
    say: (found) => `The admin role is scoped to an administrative unit ("${found.trim()}"): it manages only that unit's members, so a user outside it is beyond the signed-in admin's role`,
    source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/admin-units-manage',
  },
  {
    id: 'license-absent',
    cause: 'user-access-or-license',
    weight: 5,
    gate: ['licen', 'subscription', 'plan', 'sku', 'without sharepoint', 'without exchange', 'without onedrive', 'without teams', 'without intune', 'without copilot'],
    // Negative already: "without an Exchange Online license", "doesn't have a license", "no O365 license",
    // or the assignment not made: "we haven't assigned him a license yet", "the license is not assigned", "not licensed yet".
    // A plan that leaves a service out says the same: "a different plan without SharePoint", "a license that doesn't include Exchange"
    // (a plan named as a license plan: a Planner plan "without Teams" is something else).
    // A service plan switched off inside a license ("Teams disabled in their license", "E3 without Teams") is the same:
    // a license's service plans are disabled one by one (disabledPlans, https://learn.microsoft.com/graph/api/user-assignlicense).
    // Not a shared mailbox's ("the shared mailbox has no license"): it needs none
    // (https://learn.microsoft.com/microsoft-365/admin/email/about-shared-mailboxes).
    // A tenant's licenses are bought as subscriptions to a plan: "no Defender or E5 subscription". Only
    // with a plan's name: a bare "no subscription" is as often Graph's change notifications or Azure's.
    pattern:
      /\b(?:no|without|lacks?|lacking|missing|(?:does|do|did)(?:n't| not) have|(?:has|have)(?:n't| not)(?: got)?|not assigned)(?<!\bshared mailbox(?:es)?\s(?:[\w']+\s){0,3}(?:no|without|lacks?|lacking|missing|(?:does|do|did)(?:n't| not) have|(?:has|have)(?:n't| not)(?: got)?|not assigned))\s+(?:an?\s+|the\s+|any\s+|valid\s+|required\s+)?(?:[\w.-]+\s+){0,3}?licen[cs]es?\b(?!\s+(?:issue|problem))|\bunlicen[cs]ed\b(?!\s+shared mailbox)|\blicen[cs]es?\s+(?:is\s+|was\s+|has been\s+)?(?:missing|expired|removed|revoked)\b|\b(?:no|without|lacks?|lacking|(?:does|do|did)(?:n't| not) have|(?:has|have)(?:n't| not)(?: got)?)\s+(?:an?\s+|any\s+)?(?:[\w.-]+\s+(?:or\s+|and\s+|nor\s+)?){0,3}?(?:defender|e3|e5|a3|a5|g3|g5|f3|p1|p2|intune|premium|365|copilot|exchange online|sharepoint online|teams)\s+subscriptions?\b|\b(?:licen[cs]e|subscription|sku|(?:different|cheaper|basic|lower|smaller|kiosk|frontline|licen[cs]e|licensing|service|(?:microsoft|office) 365) plan)s?\s+(?:that\s+)?(?:without|lacking|with no|(?:does|do)(?:n't| not) (?:include|contain|come with|have))\s+(?:an?\s+|the\s+|any\s+)?(?:sharepoint|exchange|onedrive|teams|intune|copilot|mailbox(?:es)?|e-?mail|entra id p[12]|azure ad p[12])\b|\b(?:sharepoint|exchange|onedrive|teams|intune|copilot|mailbox)(?: online)?(?: service)?(?: plan)? (?:is |was |are |were )?(?:disabled|turned off|switched off|unchecked|removed|not enabled|not assigned) (?:in|from|on) (?:their|the|his|her|my|our|its|that|this) (?:user'?s? )?licen[cs]es?\b|\b(?:e[1-5]|f[13]|a[1-5]|g[1-5]|business (?:basic|standard|premium))(?: licen[cs]es?)? (?:without|with no|lacking) (?:sharepoint|exchange|onedrive|teams|intune|copilot)\b|\b(?:(?:has|have|had)(?:n't| not)(?: yet)?|(?:do|does|did)(?:n't| not)|never|not yet)\s+(?:been\s+)?(?:assign(?:ed)?|give[n]?|gave|bought|purchased)\s+(?:(?:him|her|them|it|the user|the account|this user|that user|users?)\s+)?(?:an?\s+|any\s+|the\s+)?(?:[\w.-]+\s+){0,3}?licen[cs]es?\b|\blicen[cs]es?\s+(?:is\s+|was\s+|are\s+|were\s+|has\s+|have\s+)?(?:not|never)\s+(?:yet\s+)?(?:been\s+)?assigned\b|\b(?:not|never|(?:has|have|had)(?:n't| not))\s+(?:yet\s+)?(?:been\s+)?licen[cs]ed\b/,
    deniable: false,
    say: (found) => `A user or tenant lacks a license ("${found.trim()}"): Graph serves mail, files and Teams data only for licensed, provisioned users`,
    source: LICENSES,
  },
  {
    id: 'consent-not-given',
    cause: 'permissions-missing',
    weight: 5,
    gate: ['consent', 'not granted'],
    // The portal's status column ("Not granted for Contoso"), prose that says consent is missing, and
    // a consent that could not be given ("scope consent failed", "unable to grant admin consent"), or
    // was forgotten ("forgot to click Grant admin consent"), or an admin who has not acted on it yet
    // ("hasn't used our admin-consent link yet", "has not approved the consent request").
    pattern:
      /\bnot granted for\b|\b(?:admin(?:istrator)?\s+)?consent\s+(?:is\s+|was\s+|has\s+|had\s+)?(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:granted|given|done|provided)\b|\b(?:is|are|was|were)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:admin|tenant|administrator)[- ]consented\b|\b(?:have|has|had|did|do|does)(?:n't| not| never)\s+(?:yet\s+)?(?:\w+\s+){0,2}(?:granted|given|provided|used|clicked|opened|followed|approved|accepted|completed)\s+(?:\w+[\s-]+){0,2}consent\b|\bwithout (?:an? )?(?:admin(?:istrator)?\s+)?consent\b|\bconsent (?:is |was )?(?:still )?(?:missing|pending)\b|\bpending (?:admin(?:istrator)?\s+)?consent\b|\b(?:scope |admin(?:istrator)? )?consent (?:failed|fails|failing|errors?)\b|\b(?:unable|not able|can't|cannot|could not|couldn't|failed) to (?:provide|grant|give|complete) (?:the |admin(?:istrator)? |tenant-wide )*consent\b|(?<!(?:n't|\bnot|\bnever) )\b(?:forgot|forgotten|forget|neglected|missed) to (?:(?:\w+ ){0,2}?(?:grant|give|provide|click|press|do)\b[^.\n]{0,30}?\bconsent|consent)\b/,
    deniable: false,
    say: (found) => `Consent is said to be missing ("${found.trim()}")`,
    source: CONSENT,
  },
  {
    id: 'spfx-api-request-pending',
    cause: 'permissions-missing',
    weight: 5,
    gate: ['pending request'],
    // A SharePoint Framework solution's permission request still listed under "Pending requests" on the
    // SharePoint admin center's API access page: until an admin approves it, the scope is not granted to the
    // SharePoint Online Client Extensibility principal, so the web part's token lacks it.
    pattern: /\b(?:still\s+)?(?:under|in|on|listed (?:as|under|in))\s+(?:the\s+)?["'“]?pending requests?\b|\bpending requests?\b["'”]?\s+(?:list\s+)?(?:in|on|under)\s+(?:the\s+)?(?:sharepoint\s+admin|api access)\b/,
    deniable: false,
    say: (found) => `The solution's API permission request is still pending approval ("${found.trim()}"): until an admin approves it on the API access page, the scope never reaches the token`,
    source: 'https://learn.microsoft.com/sharepoint/api-access',
  },
  {
    id: 'consent-not-given-localized',
    cause: 'permissions-missing',
    weight: 5,
    gate: ['gewährt', 'erteilt', 'zustimmung', 'accordé', 'consentement', 'concedid', 'consentimiento', '同意', '授予'],
    // The same in the other languages the product reads: the portal's status said in them ("Nicht
    // gewährt für Contoso", "Non accordé pour Contoso", "No concedido para Contoso", "Não concedido
    // para Contoso") and prose that says consent is missing ("die Administratorzustimmung wurde nie
    // erteilt", "le consentement administrateur n'a pas été accordé", "sin consentimiento del
    // administrador", "管理者の同意が付与されていません", "未授予管理员同意").
    pattern: new RegExp([
      String.raw`\bnicht (?:gewährt|erteilt) für\b|\b(?:administrator|admin)?zustimmung\w*\s+(?:\w+\s+){0,3}?(?:nicht|nie|noch nicht)\s+(?:erteilt|gegeben|gewährt)\b|\bohne (?:administrator|admin)?zustimmung\b`,
      String.raw`\bnon accordée? pour\b|\bconsentement\s+(?:\w+\s+){0,2}?(?:n'a|n'ont) (?:pas|jamais) été (?:accordé|donné)|\bsans (?:le )?consentement\b`,
      String.raw`\bno concedido para\b|\bconsentimiento\s+(?:\w+\s+){0,3}?no (?:se )?(?:ha sido |fue )?(?:concedido|otorgado|dado)\b|\bsin (?:el )?consentimiento\b`,
      String.raw`\bnão concedido para\b|\bconsentimento\s+(?:\w+\s+){0,3}?não (?:foi )?(?:concedido|dado)\b|\bsem (?:o )?consentimento\b`,
      String.raw`同意が?(?:付与|許可)されていません|同意(?:を)?(?:まだ)?(?:していません|していない|されていない)|未授予(?:管理员)?同意|(?:没有|未|尚未)(?:授予|给予)(?:管理员)?同意|管理员同意(?:尚未|还没有?|未)(?:授予|给予|完成)`,
    ].join('|')),
    deniable: false,
    say: (found) => `Consent is said to be missing ("${found.trim()}")`,
    source: CONSENT,
  },
  {
    id: 'no-permissions-added',
    cause: 'permissions-missing',
    weight: 4,
    gate: ['permission'],
    // "no API permissions added", "without any Graph permissions": none of either type (a type
    // named here — "no application permissions" — is the other cause's business). Not a person's
    // own ("the user has no permission on it") nor one on an item ("no permission on that calendar"):
    // that is access to the item, not the app's permissions.
    pattern: /\b(?:no|without|(?:have|has|did|do)(?:n't| not| never)\s+(?:\w+\s+)?(?:added|granted|assigned|configured))(?<!\b(?:user|users|he|she|they|account)\s+(?:has|have)\s+no)\s+(?:any\s+)?(?:api\s+|graph\s+|microsoft graph\s+)?permissions?\b(?!\s+(?:issue|problem|error))(?!\s+(?:on|to|over|in)\s+(?:that|this|the|his|her|their|those|these|my|your)\s+(?:\w+\s+)?(?:calendars?|mailbox(?:es)?|sites?|folders?|files?|librar(?:y|ies)|teams?|channels?|groups?|plans?|lists?|documents?|drives?|items?|notebooks?)\b)/,
    deniable: false,
    say: (found) => `No permission is said to be added or granted ("${found.trim()}")`,
  },
  {
    id: 'no-permissions-added-localized',
    cause: 'permissions-missing',
    weight: 4,
    gate: ['añadido', 'agregado', 'agregu', 'adicion', 'hinzugefügt', 'ajouté', 'aucune', 'vacía', 'vazia', 'leer', 'list is empty'],
    // The same in the other languages the product reads: "no he añadido nada todavía", "no agregué ningún permiso",
    // "la lista está vacía", "não adicionei nenhuma permissão", "keine Berechtigungen hinzugefügt", "je n'ai ajouté
    // aucune autorisation", and the portal's list said empty.
    pattern: /\bno\s+(?:he|hemos|había|habíamos)\s+(?:añadido|agregado)\s+(?:nada|ningún\s+permiso|ninguna\s+api)\b|\bno\s+(?:añadí|agregué)\s+(?:nada|ningún\s+permiso)\b|(?:permisos(?:\s+de\s+api)?|la\s+lista)\s+(?:está|están|estaba)\s+vací[ao]s?\b|\bnão\s+(?:adicionei|adicionamos|foi\s+adicionad[ao])\s+(?:nada|nenhuma\s+permissão)\b|(?:permissões|a\s+lista)\s+(?:está|estão)\s+vazias?\b|\bkeine\s+(?:api-)?berechtigungen\s+(?:\w+\s+)?(?:hinzugefügt|eingetragen|konfiguriert)\b|\b(?:n'ai|n'avons|n'a)\s+ajouté\s+aucune\s+(?:permission|autorisation)\b|\baucune\s+(?:permission|autorisation)\s+(?:n'est\s+)?(?:ajoutée|configurée)\b|\bthe\s+(?:permissions?\s+)?list\s+is\s+empty\b/,
    deniable: false,
    say: (found) => `No permission is said to be added ("${found.trim()}")`,
  },
  {
    id: 'permission-said-missing',
    cause: 'permissions-missing',
    weight: 4,
    gate: ['missing', 'lack', 'fehlt', 'manque', 'falta', 'ありません', '足りません', '不足', '含まれていません', '缺少', '缺失'],
    // "Missing application roles", "the app lacks the Mail.Send permission", "scopes are missing":
    // an app permission (application role, scope) is what is said to be absent, not a user's role.
    // Graph's own "Missing role permissions on the request" is read once, by permissions-missing's missing-role.
    // A permission named by its name, then said to be missing, in English and in the other languages the
    // product reads: "Mail.Send is missing", "Mail.Send fehlt", "il manque Mail.Send", "falta el permiso
    // Mail.Send", "Mail.Send está faltando", "Mail.Send の権限がありません", "缺少 Mail.Send 权限". A name
    // is told by Microsoft's naming pattern {resource}.{operation}[.{constraint}]
    // (https://learn.microsoft.com/security/zero-trust/develop/protected-api-example, "Naming convention for permission names"), so a file name
    // such as config.json is not one.
    pattern: new RegExp(
      String.raw`\b(?:missing|lacks?|lacking)\s+(?:(?:the|an?|required|needed|some|graph|api)\s+)?(?:(?:application|app|api|graph|delegated)\s+)?(?:[A-Z]?[\w-]+\.[\w.-]+\s+)?(?:permissions?|scopes?|application roles?|app roles?)\b(?!\s+(?:permissions?\s+)?on the request)|\b(?:application roles?|app roles?|permissions?|scopes?)\s+(?:is|are)\s+missing\b` +
        String.raw`|\b${PERMISSION_NAME}\s+(?:permission\s+|scope\s+|role\s+)?(?:is|was)\s+(?:still\s+)?missing\b` +
        String.raw`|\b${PERMISSION_NAME}\s+(?:berechtigung\s+)?fehlt\b|\bes fehlt\s+(?:die\s+)?(?:berechtigung\s+)?${PERMISSION_NAME}` +
        String.raw`|\bmanque\s+(?:la\s+|le\s+)?(?:permission\s+|scope\s+)?${PERMISSION_NAME}|\b${PERMISSION_NAME}\s+manque\b` +
        String.raw`|\bfalta\s+(?:el\s+|a\s+)?(?:permiso\s+|permissão\s+|scope\s+)?${PERMISSION_NAME}|\b${PERMISSION_NAME}\s+(?:está\s+)?faltando\b` +
        String.raw`|${PERMISSION_NAME}\s?(?:の)?(?:権限|アクセス許可|スコープ)?\s?(?:が|は)?\s?(?:ありません|足りません|不足しています|含まれていません)` +
        String.raw`|缺少\s?(?:权限\s?)?${PERMISSION_NAME}|${PERMISSION_NAME}\s?(?:权限)?\s?缺失`,
    ),
    deniable: true,
    say: (found) => `An app permission is said to be missing ("${found.trim()}")`,
  },
  {
    id: 'permission-said-required',
    cause: 'permissions-missing',
    weight: 3,
    gate: ['required'],
    // A service naming, in its own sentence, the permission it checks for: "place.read.all permission is
    // required to read company places", "the Sites.Read.All permission is required for this operation", or a
    // title that says so after a dash ("Add Synchronization.Read.All permission - required for test 21886").
    pattern: new RegExp(String.raw`\b${PERMISSION_NAME}\s+(?:permission|scope|role)s?\s+(?:(?:is|are)\s+|[-–—:]\s*)required\b`),
    deniable: true,
    say: (found) => `The permission the call checks for is named ("${found.trim()}")`,
  },
  {
    id: 'permission-type-not-offered',
    cause: 'permission-type-mismatch',
    weight: 3.5,
    gate: ['delegated', 'application', 'app-only', 'app only', 'apponly'],
    // The API has no permission of the type the flow needs: "there is no application permission
    // for this", "only delegated", "does not support application permissions", "isn't available with
    // application permissions yet"; and as services say it of the token: "App-only tokens are not
    // supported for this scenario", "will no longer support app-only tokens"; or narrows what it serves to
    // them ("Application permission is only supported for the following entity types: …"). Not OneDrive's "call was made to the
    // default drive, which is not supported for apponly tokens": its engineers explain it as a user whose
    // OneDrive was never provisioned, which an app-only call cannot do, so that wording is left to other readings.
    pattern: /\b(?:there is no|there's no|no such|doesn'?t (?:exist|have)|does not (?:exist|have))\s+(?:an?\s+)?(?:application|delegated|app-only)\s+permissions?\b|\b(?:application|delegated|app-only)\s+permissions?\s+(?:(?:is|are)\s+)?(?:not\s+(?:supported|available|offered)|doesn'?t exist|does not exist)\b|\bdoes(?:n't| not)\s+support\s+(?:application|delegated|app-only)\b|\bonly\s+(?:as\s+)?(?:a\s+)?delegated(?:\s+permissions?)?\s*(?:[),.;]|$)|\bonly\s+(?:be\s+)?(?:supported|available|allowed|possible)\s+(?:with|for|in|using|via|through)\s+(?:a\s+|the\s+)?delegated\b|\bsupports?\s+only\s+delegated\b|\bdelegated\s+permissions?\s+only\b|\b(?:not|isn't|is not|aren't|are not)\s+(?:yet\s+)?(?:available|supported|possible|allowed|offered)\s+(?:yet\s+)?(?:with|for|using|via|through|in)\s+(?:an?\s+|the\s+)?(?:application|app-only|app only)\s+(?:permissions?|context|tokens?|access)\b|\b(?:app-only|app only|apponly)\s+tokens?\s+(?:(?:is|are)\s+)?(?:not|no longer)\s+(?:supported|accepted|allowed)\b|\bno longer\s+(?:support|supports|accept|accepts)\s+(?:app-only|app only|apponly)\s+tokens?\b|\b(?:application|app-only|app only)\s+(?:permissions?|tokens?|access)\s+(?:is|are)\s+only\s+(?:supported|available|allowed|accepted)\s+(?:for|with|on|in)\b/m,
    deniable: false,
    say: (found) => `The permission type the flow needs is said not to exist for this API ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'permission-type-not-offered-localized',
    cause: 'permission-type-mismatch',
    weight: 3.5,
    gate: ['application', 'anwendungs', "d'application", 'de aplicación', 'de aplicativo', 'アプリケーション', '应用程序', '应用权限'],
    // The same in the other languages the product reads: "mit Application Permissions noch nicht
    // verfügbar", "n'est pas encore disponible avec les permissions d'application", "no está disponible
    // con permisos de aplicación", "não é suportado com permissões de aplicativo",
    // "アプリケーションの許可ではサポートされていない", "不支持应用程序权限".
    pattern: new RegExp([
      String.raw`\b(?:mit|für) (?:application|anwendungs)[ -]?(?:permissions?|berechtigungen)\s+(?:\w+\s+){0,2}(?:noch )?nicht\s+(?:verfügbar|unterstützt|möglich)`,
      String.raw`\b(?:application|anwendungs)[ -]?(?:permissions?|berechtigungen)\s+(?:werden|sind|ist)\s+(?:noch\s+)?nicht\s+(?:verfügbar|unterstützt)`,
      String.raw`\bn'est pas (?:encore )?(?:disponible|pris en charge|supporté|possible) (?:avec|pour) (?:les |des )?(?:permissions?|autorisations?) (?:d'application|application)`,
      String.raw`\b(?:permissions?|autorisations?) (?:d'application|application) (?:ne sont pas|n'est pas) (?:encore )?(?:prises? en charge|disponibles?|supportées?)`,
      String.raw`\bno (?:está|es) (?:todavía |aún )?(?:disponible|soportad[oa]|compatible|posible) con (?:los |las )?permisos de (?:aplicación|application)`,
      String.raw`\bpermisos de aplicación no (?:están|son) (?:todavía |aún )?(?:disponibles|soportados|compatibles)`,
      String.raw`\bnão (?:está|é) (?:ainda )?(?:disponível|suportad[oa]|possível) com (?:as )?permiss(?:ões|ão) de aplicativo`,
      String.raw`\bpermiss(?:ões|ão) de aplicativo não (?:são|é|está|estão) (?:ainda )?(?:suportad|disponív)`,
      String.raw`アプリケーション(?:の)?(?:アクセス)?(?:許可|権限)(?:で|では)(?:まだ)?(?:サポートされていない|サポートされていません|利用できない|利用できません|使えない|使用できない)`,
      String.raw`(?:应用程序|应用)权限(?:还|尚)?(?:不支持|不可用|无法使用)|不支持(?:使用)?(?:应用程序|应用)权限`,
    ].join('|')),
    deniable: false,
    say: (found) => `The permission type the flow needs is said not to exist for this API ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'works-with-other-type',
    cause: 'permission-type-mismatch',
    weight: 3.5,
    gate: ['delegated', 'application', 'app-only', 'app permission', 'client credential', 'client-credential', '委任', '委托', '委派', 'アプリケーション', '应用程序', 'delegiert', 'anwendungs', 'delegad', 'délégu', "d'application", 'aplicaci', 'aplica'],
    // The same call succeeds with one permission type and fails with the other: "calling with
    // delegated permissions works fine", "it works with a delegated token". An API lists per type
    // whether it takes it at all (https://learn.microsoft.com/graph/permissions-overview).
    // The client credentials flow named for the app-only side: "with client credentials it works".
    pattern: new RegExp(String.raw`\b(?:works?|worked|working|succeeds?|succeeded)\s+(?:\w+\s+){0,2}(?:with|using|via|through)\s+(?:a\s+|an\s+|the\s+)?(?:(?:delegated|application|app-only|app)\s+(?:permissions?|tokens?|auth\w*|flow|access|context)|client[ -]credentials?)\b|\b(?:with|using|via)\s+(?:the\s+)?client[ -]credentials?(?:\s+(?:flow|grant))?,?\s+(?:it\s+|this\s+|the call\s+)?(?:works?|worked|succeeds?|is fine)\b|\b(?:with|using)\s+(?:a\s+|the\s+)?(?:delegated|application|app-only)\s+(?:permissions?|tokens?|auth\w*|flow|access)\s+(?:it\s+|this\s+|the call\s+)?(?:works?|worked|succeeds?|is fine)\b|` + LOCALIZED_WORKS_WITH_OTHER_TYPE),
    deniable: true,
    say: (found) => `The call is said to work with the other permission type ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'failure-blamed-on-type',
    cause: 'permission-type-mismatch',
    weight: 3.5,
    gate: ['delegated', 'application', 'app-only'],
    // The person traced the failure to the permission type itself: "it failed because of using
    // application permissions", "because we use an app-only token". Each API lists per type whether
    // it takes it at all (https://learn.microsoft.com/graph/permissions-overview).
    pattern: /\b(?:due to|because of|caused by|because)\s+(?:me\s+|us\s+|my\s+|our\s+|i\s+|we\s+|it\s+)?(?:(?:was|were|am|are|is)\s+)?(?:using|use|uses|having|calling with)\s+(?:the\s+|an?\s+)?(?:application|app-only|delegated)\s+(?:permissions?|tokens?|auth\w*|flow|access|context)\b/,
    deniable: true,
    say: (found) => `The failure is traced to the permission type ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'not-shared',
    cause: 'user-access-or-license',
    weight: 3.5,
    gate: ['shared', 'share'],
    // Delegated access to another person's mailbox, calendar or files needs their share. "Not shared
    // mailboxes" names a kind of mailbox; "never shared calendars with each other" is the share itself.
    pattern: /\b(?:not|never|hasn'?t|has not|haven'?t|have not|didn'?t|did not|isn'?t|is not|wasn'?t)\s+(?:been\s+|yet\s+)?(?:shared|share)\b(?!\s+(?:mailbox(?:es)?|calendars?|drives?|folders?|channels?)\b(?!\s+with\b))/,
    deniable: false,
    say: (found) => `Another person's data is said not to be shared with the user ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/outlook-share-messages-folders',
  },
  {
    id: 'not-shared-localized',
    cause: 'user-access-or-license',
    weight: 3.5,
    gate: ['compart', 'partag', 'geteilt', 'freigegeben', '共有', '共享', '分享'],
    // The same in the other languages the product reads prose in, the negation right before the
    // share: "nunca me ha compartido su calendario", "não compartilhou a caixa", "elle ne m'a jamais
    // partagé son calendrier", "hat ihren Kalender nicht mit mir geteilt", "共有されていません", "没有共享", "从来没有在 Outlook 里把日历共享给我" (the negation a few words before the share).
    pattern: new RegExp([
      String.raw`\b(?:no|nunca)\s+(?:me\s+|nos\s+|le\s+|les\s+|lo\s+|la\s+)?(?:(?:ha|han|había|habían|he|hemos)\s+)?(?:sido\s+)?compart(?:ido|ida|idos|idas|ió|ieron|e|en)\b`,
      String.raw`\b(?:não|nunca)\s+(?:me\s+|nos\s+|lhe\s+)?(?:(?:foi|foram|tem|têm|tinha)\s+)?compartilh(?:ou|aram|ado|ada|ados|adas|a|am)\b`,
      String.raw`\bn'(?:a|ont|est|était)\s+(?:jamais|pas)\s+(?:été\s+)?partagée?s?\b|\bne\s+(?:m'|nous\s+|lui\s+)?(?:a|ont)\s+(?:jamais|pas)\s+partagé`,
      String.raw`\b(?:nicht|nie|niemals|noch nicht)\s+(?:mit\s+(?:mir|uns|ihm|ihr)\s+)?(?:geteilt|freigegeben)\b`,
      String.raw`共有(?:されていません|されていない|していません|していない|されてない)|(?:没有|未|没|从未|從未|沒有)(?:[^。，,；;\n]{0,20}?)(?:被)?(?:共享|分享)(?!邮箱|信箱|郵箱)`,
    ].join('|')),
    deniable: false,
    say: (found) => `Another person's data is said not to be shared with the user ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/outlook-share-messages-folders',
  },
  {
    id: 'admin-only-succeeds',
    cause: 'user-access-or-license',
    weight: 3.5,
    gate: ['admin'],
    // The same call works for an administrator and fails for users without the role: delegated
    // access is the app's permission intersected with what the signed-in user may do
    // (https://learn.microsoft.com/graph/permissions-overview).
    pattern: /\b(?:users?|accounts?|someone|people)\s+(?:with\s+no|without(?:\s+any)?|who (?:is|are) not|that (?:is|are) not|lacking)\s+(?:an?\s+)?(?:\w+\s+)?admin(?:istrator|istrative)?s?(?:\s+(?:privileges?|rights|roles?|permissions?))?\b|\bonly\s+(?:works\s+|succeeds\s+)?(?:when|if|with|for)\s+(?:(?:the|an?|my|our|i|we|you|they|it|is|am|are|sign|signed|signing|log|logged|logging|run|running|in|as|with|using)\s+){0,6}(?:global\s+|tenant\s+|intune\s+)?admin(?:istrator)?s?\b(?!\s+consent)|\b(?:signed|signing|logged|logging)\s+in\s+(?:with|as)\s+(?:an?\s+|the\s+)?(?:global\s+)?admin(?:istrator)?\s+(?:credentials|account|user)?\s*,?\s*(?:it\s+)?(?:works|succeeds|returns)|\b(?:works?|succeeds?)\s+(?:fine\s+)?(?:when|if|once)\s+(?:an?\s+|the\s+|our\s+)?(?:global\s+|user\s+|tenant\s+|intune\s+|exchange\s+|sharepoint\s+)?admin(?:istrator)?s?\s+(?:signs|logs|sign|log|is signed|is logged)\s+in\b|\bonly\s+(?:the\s+)?(?:global\s+|tenant\s+)?admin(?:istrator)?s\s+(?:can|are able to|may)\s+(?:read|see|list|get|open|access|call|use|do)\b|\b(?:works?|succeeds?)\b[^.\n]{0,40}?\b(?:with|for|using)\s+(?:my|an?|the|our)\s+(?:global\s+|tenant\s+)?admin(?:istrator)?\s+(?:account|user)\b[^.\n]{0,20}?\bbut\b/,
    deniable: false,
    say: (found) => `It succeeds only for an administrator ("${found.trim()}"): the failing users lack the role the service checks`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'id-token-sent',
    cause: 'wrong-audience',
    weight: 4.5,
    gate: ['id token', 'id_token', 'idtoken'],
    // An ID token tells the app who signed in; it is never an access token for an API
    // (https://learn.microsoft.com/entra/identity-platform/id-tokens). Code says it too: the
    // bearer built from a sign-in result's idToken ("Bearer ${response.idToken}"), Spring Security's
    // raw ID token (oidcUser.getIdToken().getTokenValue()) and a token response's "id_token" field
    // put in the Authorization header, or the ID token said to serve "as the bearer".
    pattern: /\b(?:only|just)\s+(?:an?\s+|the\s+)?id[_ ]?token\b|\bid[_ ]?token\b[^.\n]{0,40}\b(?:instead of|rather than|and not)\s+(?:an?\s+|the\s+)?access[_ ]?token\b|\b(?:send|sending|sent|pass|passing|passed|use|using|used)\s+(?:the\s+|my\s+|an?\s+|that\s+)?id[_ ]?token\b(?!\s+(?:claims?|for sign))|\b(?:send|sending|sent|pass|passing|passed|use|using|used|put|putting)\s+(?:the\s+|my\s+)?[a-z_]\w{0,30}\.id_?token\b|\bbearer\W{1,8}(?:\$\{\s{0,2})?[a-z_][\w.]{0,40}\.id_?token\b|\.getidtoken\(\)\s{0,4}\.\s{0,4}gettokenvalue\(\)|\b(?:bearer|authorization)\b[^\n;}]{0,60}\[\s?['"]id_token['"]\s?\]|\bid[_ ]?token\b(?:(?!\bnot\b|\bnever\b|n't\b)[^.\n]){0,25}?\bas\s+(?:the\s+|an?\s+|my\s+)?(?:bearer|access[_ ]token|authorization)\b/,
    deniable: true,
    say: (found) => `An ID token is sent as if it were an access token ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/entra/identity-platform/id-tokens',
  },
  {
    id: 'incoming-token-forwarded',
    cause: 'wrong-audience',
    weight: 4.5,
    gate: ['forward', 'relay', 'pass', 'reus', 'incoming', 'same'],
    // An API that forwards the token it received to Graph sends a token issued for itself: a
    // middle-tier API must exchange it on-behalf-of the user for a Graph token first
    // (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow). Told as the
    // received token sent on ("forward the incoming token to Graph", "take that same bearer token
    // from the request and forward it to graph").
    pattern: /\b(?:forward(?:s|ed|ing)?|pass(?:es|ed|ing)?|reus(?:e|es|ed|ing)|relay(?:s|ed|ing)?|send(?:s|ing)?|sent)\s+(?:the\s+|that\s+|this\s+)?(?:same\s+|very\s+same\s+)?(?:incoming\s+|received\s+|caller'?s\s+|user'?s\s+|client'?s\s+|front[- ]?end'?s\s+|spa'?s\s+)(?:bearer\s+|access\s+)?token\b[^.\n]{0,60}?\bto\s+(?:the\s+)?(?:microsoft\s+)?graph\b|\b(?:same|incoming|received)\s+(?:bearer\s+|access\s+)?token\b[^.\n]{0,60}?\b(?:forward|pass|send|reuse|relay)\w*\s+(?:it\s+)?(?:on\s+|along\s+|straight\s+)?to\s+(?:the\s+)?(?:microsoft\s+)?graph\b|\b(?:call(?:s|ed|ing)?|quer(?:y|ies|ied|ying))\s+(?:the\s+)?(?:microsoft\s+)?graph\b[^.\n]{0,30}?\bwith\s+(?:the\s+)?(?:same\s+)?(?:bearer\s+|access\s+)?token\s+(?:from|of|in)\s+(?:the\s+)?(?:incoming|received|original|caller'?s|client'?s)\s+(?:request|call|http request|authorization header|header)\b/,
    deniable: true,
    say: (found) => `The token the API received is sent on to Graph ("${found.trim()}"): it was issued for the API itself; exchange it on-behalf-of the user for a Graph token`,
    source: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow',
  },
  {
    id: 'id-token-without-access-token',
    cause: 'wrong-audience',
    weight: 4.5,
    gate: ['id token', 'id_token', 'idtoken'],
    // The sign-in hands back an ID token and no access token ("I do get an id token, however. I am
    // not getting an access token"): what the app then sends to Graph can only be the ID token,
    // which proves who signed in and is never an API's access token (the source below).
    pattern: new RegExp(
      String.raw`\b(?:get|gets|got|getting|receive|receives|received|returns?|returned)\s+(?:an?\s+|the\s+|my\s+)?id[_ ]?token\b[\s\S]{0,200}?${NO_ACCESS_TOKEN}` +
        String.raw`|${NO_ACCESS_TOKEN}[\s\S]{0,200}?\b(?:get|gets|got|getting|receive|receives|received|returns?|returned)\s+(?:an?\s+|the\s+|my\s+)?id[_ ]?token\b`,
    ),
    // Not deniable: its own words are a negation ("not getting an access token").
    deniable: false,
    say: () => 'The sign-in returns an ID token but no access token, so what reaches Graph is the ID token',
    source: 'https://learn.microsoft.com/entra/identity-platform/id-tokens',
  },
  {
    id: 'token-for-another-resource',
    cause: 'wrong-audience',
    weight: 4.5,
    gate: ['wrong', 'other', 'different', 'instead of', 'rather than'],
    // An access token is valid only for the resource it was requested for, named in its aud claim
    // (the source below): a token for one API is refused by another. Told in words rather than shown
    // as a claim: "the token is for the wrong resource", "it was issued for a different API", "I was
    // requesting the token for my own API instead of Graph", "sending the Graph token rather than the
    // SharePoint one". Not when the sentence denies it ("the token is not for another resource") nor
    // when Graph's own tools or permissions are what is compared ("instead of Graph Explorer").
    pattern: new RegExp(
      String.raw`\btokens?\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.\n]){0,50}?\bfor\s+(?:the\s+|a\s+|an\s+|some\s+)?(?:wrong|another|different|other)\s+(?:resource|api|audience|service)s?\b` +
        String.raw`|\btokens?\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.\n]){0,60}?\b(?:instead of|rather than)\s+(?:for\s+|one\s+for\s+)?(?:the\s+)?(?:microsoft\s+)?graph\b(?!\s*(?:explorer|sdk|client|powershell|module|library|cli|api\s+permissions?|permissions?|scopes?|roles?)\b)` +
        String.raw`|\bgraph\s+(?:access\s+)?token\b[^.\n]{0,40}?\b(?:instead of|rather than)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?(?:[\w.-]+\s+){0,3}?(?:token|api)\b`,
    ),
    deniable: true,
    say: (found) => `The token is said to be for another resource than the one called ("${found.trim()}"): an access token is accepted only by the API named in its audience`,
    source: ACCESS_TOKENS,
  },
  {
    id: 'user-lacks-item-access',
    cause: 'user-access-or-license',
    weight: 4,
    gate: ['access', 'permission', 'rights', 'browser', 'in outlook', 'in owa'],
    // "I don't have read access to the library root", "the user has no permission on that site",
    // "the user has only Read permission on the library" (and the call writes to it):
    // a delegated call reaches only what the signed-in user may open
    // (https://learn.microsoft.com/graph/permissions-overview).
    // The subject may carry a relative clause: "log in with a user that does not have write access to the site".
    // Or the user said to be unable to open the item themselves in the product's own client: "I also can't open
    // contoso.sharepoint.com/sites/HR in the browser with my account".
    pattern: /\b(?:i|we|the user|users?|he|she|they|my account|the account|the signed[- ]in \w+|(?:an?|any|the)\s+(?:user|account)s?\s+(?:that|who))\s+(?:do(?:n't| not)|does(?:n't| not)|did(?:n't| not)|has no|have no|lacks?)\s+(?:have\s+)?(?:any\s+|the\s+)?(?:\w+\s+)?(?:access|permissions?|rights)\s+(?:to|on|for|in)\s+(?:the\s+|that\s+|this\s+|those\s+|these\s+|a\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:sites?|librar(?:y|ies)|folders?|files?|teams?|channels?|groups?|mailbox(?:es)?|calendars?|plans?|lists?|documents?|drives?|root|items?|pages?|bookings?|notebooks?)\b|\b(?:the user|the signed-in user|the signed in user|users|he|she|my account|the account)\s+(?:do(?:n't| not)|does(?:n't| not)|did(?:n't| not)|has no|have no|lacks?)\s+(?:have\s+)?(?:any\s+)?(?:access|permissions?|rights)\s+(?:to|on|over)\s+(?:it|them)\b|\b(?:users?|people|members|accounts?)\s+(?:without|who lack|lacking)\s+(?:edit|write|read|contribute|owner|full control)\s+(?:rights|permissions?|access)\b|\b(?:i|we|the user|users?|he|she|they|my account|the account|the signed[- ]in \w+)\s+(?:only\s+(?:has|have|had)|(?:has|have|had)\s+only)\s+(?:read|view|read-only|view-only|visitor)\s+(?:access|permissions?|rights)\s+(?:to|on|in|for)\b|\b(?:i|we|he|she|they|the user|my account)\s+(?:also\s+)?(?:can't|cannot|can not|couldn't|could not|am not able to|is not able to|isn't able to)\s+(?:even\s+)?(?:open|access|see|view|reach)\s+(?:[^.\n]|\.(?=\w)){1,80}?\bin (?:the |a )?(?:browser|outlook|owa|teams|sharepoint|onedrive)\b/,
    deniable: false,
    say: (found) => `The signed-in user is said to lack access to the item itself ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'item-permissions-unique',
    cause: 'user-access-or-license',
    weight: 3,
    gate: ['unique', 'inherit'],
    // A SharePoint or OneDrive site, list, library, folder or file that stopped inheriting its
    // permissions answers only to the people on its own list: role assignments of the parent no
    // longer apply to it (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee535228(v=office.14)).
    // A signed-in user who can open the site may still be refused there. A hint, not a decision:
    // an app-only token with Sites.Read.All reads past it.
    pattern: /\b(?:has|have|had|with|uses?|got|gets?|given)\s+(?:its\s+own\s+|their\s+own\s+)?unique\s+(?:permissions?|role\s+assignments?)\b|\b(?:broke|broken|break(?:s|ing)?)\s+(?:the\s+)?(?:permissions?\s+|role\s+)?inheritance\b|\bstop(?:ped|s)?\s+inheriting\s+(?:its\s+|their\s+)?permissions\b|\bpermissions?\s+inheritance\s+(?:is|was)\s+(?:broken|disabled|stopped)\b/,
    deniable: true,
    say: (found) => `The item is said to have its own permissions ("${found.trim()}"): only the people on its own list may open it`,
    source: 'https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee535228(v=office.14)',
  },
  {
    id: 'user-lacks-rights-for-action',
    cause: 'user-access-or-license',
    weight: 3.5,
    gate: ['privilege', 'permission', 'rights', 'access', 'role'],
    // The person running the call, not the app, is said to lack what an action needs: "my user doesn't
    // have the necessary privileges to add a team member". A delegated call may do only what the
    // signed-in user may do (https://learn.microsoft.com/graph/permissions-overview).
    pattern: /\b(?:my user|this user|our users?|the user|the signed[- ]in user|the logged[- ]in user|the current user|my account|the account|the service account|the admin account)\s+(?:do(?:n't| not)|does(?:n't| not)|did(?:n't| not)|has no|have no|lacks?)\s+(?:have\s+)?(?:the\s+|any\s+|enough\s+)?(?:necessary\s+|required\s+|needed\s+|sufficient\s+|right\s+|proper\s+)?(?:privileges?|permissions?|rights|access|role)\s+to\s+(?!access\b|the\b)[a-z]+|\byou do(?:n't| not) have (?:the )?(?:permissions?|rights|access) to (?:call|run|use|execute) this cmdlet\b/,
    deniable: false,
    say: (found) => `The signed-in user is said to lack what the action needs ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'user-is-plain-member',
    cause: 'user-access-or-license',
    weight: 2.5,
    gate: ['normal', 'regular', 'standard', 'plain', 'ordinary', 'non-admin'],
    // Who signed in is said to be a user without any role ("I'm just a normal member account", "she is a
    // regular user"): a delegated call reaches only what that user may do, and many directory and admin
    // APIs check the user's Entra role (https://learn.microsoft.com/graph/permissions-overview). Not "a
    // regular user of this library" (someone who uses it often), nor beside a consent prompt only an admin
    // can answer: then the role matters for consenting, which is the app's permission.
    pattern: /\b(?:i'?m|i am|my account is|the (?:signed[- ]in |logged[- ]in )?(?:user|account) is|they'?re|they are|she'?s|he'?s|she is|he is)\s+(?:just\s+|only\s+|merely\s+|simply\s+)?(?:an?\s+)?(?:normal|regular|standard|plain|ordinary|non-admin)\s+(?:member\s+)?(?:users?|members?|accounts?|employees?)(?:\s+accounts?)?\b(?!\s+of\b)(?![\s\S]{0,400}\b(?:admin approval|admin consent|only an admin can grant|consent to the permissions))/,
    deniable: true,
    say: (found) => `The person signed in is said to hold no admin role ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'user-lacks-role',
    cause: 'user-access-or-license',
    weight: 3.5,
    gate: ['role'],
    // The person signed in is said to hold no directory role ("my account has no admin role", "the
    // signed-in user doesn't have the Security Reader role"). A delegated call may do only what the
    // signed-in user may do, and many Graph APIs also check the user's Entra role
    // (https://learn.microsoft.com/graph/permissions-overview). Lacking a role *to consent* is about
    // the app's permission, so a sentence that goes on to consent is left out.
    // The subject may name the account's kind between: "the signed-in helpdesk account", "the helpdesk user".
    pattern: /\b(?:i|my user|this user|the user|the (?:signed|logged)[- ]in (?:[\w-]+ )?(?:user|account)|(?:the|our|that) (?!app\b|application\b|service\b)[\w-]+ (?:user|account)|the current user|my account|the account|my admin account|the calling user)\s+(?:do(?:n't| not)|does(?:n't| not)|has no|have no|lacks?|(?:is|am) not assigned)\s+(?:have\s+|hold\s+)?(?:the\s+|any\s+|an?\s+|sufficient\s+|enough\s+|required\s+|necessary\s+)?(?:[\w-]+\s+){0,3}?roles?\b(?!\s+claims?\b)(?![^.\n]{0,60}\bconsent)/,
    deniable: false,
    say: (found) => `The signed-in user is said to hold no role for this ("${found.trim()}")`,
    source: 'https://learn.microsoft.com/graph/permissions-overview',
  },
  {
    id: 'others-succeed',
    cause: 'user-access-or-license',
    weight: 3,
    gate: ['other', 'another', 'different', 'only', 'colleague', 'coworker', 'co-worker', 'teammate', ' else', 'lead', 'boss', 'supervisor', 'manager'],
    // The same app and call work for colleagues (a lead, a boss) or another account and fail for one: the
    // difference is the failing account's own rights, license or membership.
    // A colleague who "works on" or "works at" something is at work, not succeeding.
    // A colleague's run that "went through" or "ran fine" succeeded too ("my colleague ran the same branch and it went through",
    // "our SecOps lead runs the exact same app fine").
    // A colleague "gets" (or "got") what was asked for ("my teammate Priya gets extracts back"), not an error of their own
    // ("gets the same error"); "with the same build" is the comparison, not the error.
    pattern: /\b(?:my|a|one|our)\s+(?:[a-z]{2,12}\s+)?(?:colleagues?|coworkers?|co-workers?|teammates?|(?:team\s+)?leads?|boss|supervisor)\b[^.\n]{0,90}?\b(?:(?:can|could)(?!not|n't|'t|\s+not)|are able|is able|was able|(?:works?|worked)(?!\s+(?:on|at|as|in)\b)|succeeds?|succeeded|it (?:went|goes|has gone) through|(?:ran|runs) (?:it |the (?:exact |very )?same [\w-]+ )?(?:fine|ok|okay|without (?:an? )?(?:error|issue|problem)s?)|(?:gets?|got)\b(?![^.\n]{0,30}\b(?:403|401|error|errors|denied|forbidden|exception|the same(?!\s+(?:build|code|app|version|script|setup|config|configuration|token|scopes|permissions|machine|query|request))|it too|that too)\b))\b|\bwhy (?:can|could|does|do) (?:my|a|one|our|other) (?:colleagues?|coworkers?|co-workers?|teammates?|users?)\b|\b(?:other|another|different)\s+(?:users?|members?|accounts?|people|colleagues|employees)\b[^.\n]{0,60}?\b(?:can|could|are able|is able|works?|succeeds?|have no (?:issue|problem)s?|has no (?:issue|problem)s?|have the permission)\b|\b(?:works?|succeeds?)\b[^.\n]{0,40}?\b(?:with|for|using)\s+(?:another|a different|other|my (?:private|personal|test|second))\s+(?:[a-z0-9-]+\s+)?(?:users?|accounts?|members?)\b|\b(?:works?|worked|succeeds?|succeeded)\s+(?:fine\s+)?for\s+(?:my|a|one|our)\s+(?:colleagues?|coworkers?|co-workers?|teammates?|boss|manager|(?:team\s+)?lead)\b|\bonly (?:for|with) (?:my|this|one|a single|one specific) (?:own |original )?(?:user|account)\b|\b(?:everyone|everybody|anyone|all) else\b[^.\n]{0,30}?\b(?:is fine|are fine|is ok|are ok|works?|can(?!'t|not|\s+not)|succeeds?|has no (?:issue|problem)s?|have no (?:issue|problem)s?)\b|\bfor (?:everyone|everybody|all the others) else\b[^.\n]{0,20}?\b(?:it )?(?:works?|is fine|succeeds?)\b/,
    deniable: true,
    say: (found) => `It works for other accounts ("${found.trim()}"): the failing account's own access differs`,
  },
  {
    id: 'fails-in-graph-explorer-too',
    cause: 'user-access-or-license',
    weight: 2.5,
    gate: ['graph explorer'],
    // The same call fails in Graph Explorer too ("tried it in Graph Explorer … it never worked",
    // "Graph Explorer gives the same error"). Graph Explorer signs the same user in with its own app
    // and the scopes consented there, so the app's permissions are not the difference: the user's own
    // access, licence or mailbox is the likelier one (https://learn.microsoft.com/graph/graph-explorer/graph-explorer-overview).
    // Not "works in Graph Explorer, but not in my app": a success between them ends the reading.
    // Nor Graph Explorer's own sign-in failing ("Graph Explorer sign in does not work", "signing in
    // to Graph Explorer fails"): no call was made there to compare with.
    pattern: /(?<!\b(?:sign|signing|log|logging)\s+in(?:to)?\s+(?:to\s+)?(?:the\s+)?)\bgraph explorer\b(?!\s+(?:sign(?:ing)?[- ]?in|log(?:ging)?[- ]?in|login)\b)(?:(?!\bworks?\b|\bworked\b|\bsucceed|\bfine\b|\bbut\b|\bwhile\b|\bwhereas\b)(?:[^.\n]|\.(?=\S))){0,150}?\b(?:(?:it\s+)?never\s+work(?:s|ed)?|(?:does|did|do)(?:n't|\s+not)\s+work\b|fail(?:s|ed)?\s+(?:too|as\s+well|also)|also\s+fail(?:s|ed)?|(?:gives?|returns?|shows?|got|get)\s+(?:me\s+)?the\s+same\b|the\s+same\s+(?:error|result|response|issue|problem|message|403|401)|(?:403|401|forbidden|access\s+denied)\s+(?:too|as\s+well|also))|\b(?:the\s+same\s+(?:error|result|response|issue|problem|message|403|401)|also\s+fail(?:s|ed)?|fail(?:s|ed)?\s+(?:too|as\s+well)|(?:403|401|forbidden)\s+(?:too|as\s+well))\s+(?:in|with|from|using|via|on)\s+(?:the\s+)?graph explorer\b|\b(?:even|also)\s+in\s+(?:the\s+)?graph explorer\b[^.\n]{0,40}?\b(?:fail(?:s|ed)?|403|401|forbidden|denied|same error)\b/,
    deniable: false,
    say: (found) => `The call is said to fail in Graph Explorer too ("${found.trim().slice(0, 80)}"): the app's permissions are not the difference, the user's own access may be`,
    source: 'https://learn.microsoft.com/graph/graph-explorer/graph-explorer-overview',
  },
  {
    id: 'own-endpoint-refuses-graph',
    cause: 'not-authorization',
    weight: 4.5,
    gate: ['notification', 'webhook', 'callback'],
    // Graph calls the app's own endpoint (a change notification's notificationUrl, a lifecycle or
    // callback URL) and that endpoint answers 401 or 403: the refusal is the app's own, of Graph's
    // call, so no Graph permission or token of the app changes it. The endpoint must answer Graph's
    // validation request and notifications (https://learn.microsoft.com/graph/change-notifications-delivery-webhooks).
    pattern: /\b(?:notification\s?url|notification\s+endpoint|lifecycle\s?notification\s?url|webhook(?:\s+(?:endpoint|url|receiver|handler))?|callback\s+(?:url|endpoint))\b(?:(?!\bnever\b|\bnot\b|n't\b)[^.\n]){0,80}?\b(?:returns?|returned|answers?|answered|responds?|responded|replies|replied|gives?|gave|rejects?|rejected)\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:http\s+)?(?:401|403|unauthori[sz]ed|forbidden)\b/,
    deniable: true,
    say: (found) => `The app's own endpoint refuses Graph's call ("${found.trim().slice(0, 90)}"): the 401/403 is the endpoint's, not Graph's; let Graph's validation and notification requests through`,
    source: 'https://learn.microsoft.com/graph/change-notifications-delivery-webhooks',
  },
  {
    id: 'team-archived',
    cause: 'not-authorization',
    weight: 4.5,
    gate: ['archived'],
    // An archived team is read-only: "users can no longer send or like messages on any channel in
    // the team, edit the team's name, description, or other settings" (https://learn.microsoft.com/graph/api/team-archive).
    // A write refused there is the team's state, not a permission; unarchive it first.
    pattern: /\b(?:team|channel|teams)\s+(?:is|was|has been|had been|got|were|are)\s+(?:now\s+|already\s+)?archived\b|\barchived\s+(?:teams?|channels?)\b/,
    deniable: true,
    say: (found) => `The team is said to be archived ("${found.trim()}"): an archived team is read-only (no messages, no settings changes) until it is unarchived`,
    source: 'https://learn.microsoft.com/graph/api/team-archive',
  },
  {
    id: 'results-paged',
    cause: 'not-authorization',
    weight: 4,
    gate: ['only', 'just'],
    // "It returns only 100 users", "just the first 200 messages": Graph pages a collection, the rest
    // behind @odata.nextLink ("the GET /users endpoint returns a default of 100 results in a single
    // page", https://learn.microsoft.com/graph/paging). Items missing past a round page size are
    // paging, not a permission that hides them.
    pattern: new RegExp(String.raw`\b(?:(?:only|just)\s+${RESULTS_VERB}(?:\s+(?:me|us|back))?|${RESULTS_VERB}\s+(?:me\s+|us\s+|back\s+)?(?:only|just))\s+(?:the\s+first\s+|about\s+|around\s+)?(?:10|20|50|100|200|250|500|999|1000)\s+(?:\w+\s+)?(?:users|items|results|messages|mails|emails|groups|records|rows|entries|members|events|files|devices|contacts|objects|sites|teams|chats|channels)\b`),
    deniable: true,
    say: (found) => `Only a round number of results came back ("${found.trim()}"): Graph returns a collection in pages; follow @odata.nextLink (or raise $top) to read the rest`,
    source: 'https://learn.microsoft.com/graph/paging',
  },
  {
    id: 'token-without-permission-claims',
    cause: 'permission-type-mismatch',
    weight: 4,
    gate: ['scp', 'roles', 'apponly'],
    // A token with neither claim carries no permission of the kind its flow uses: an app-only token
    // holds application permissions in roles, a user's token delegated ones in scp
    // (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
    // Get-MgContext prints an app-only session's roles as its Scopes: "Scopes : {}" beside "AuthType : AppOnly"
    // (https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/get-mgcontext).
    pattern: /\bscopes\s{0,30}:\s{0,5}\{\s{0,3}\}(?=[\s\S]{0,600}?\bauthtype\s{0,30}:\s{0,5}apponly\b)|\bauthtype\s{0,30}:\s{0,5}apponly\b[\s\S]{0,600}?\bscopes\s{0,30}:\s{0,5}\{\s{0,3}\}|\b(?:no|without|missing|(?:does|do)(?:n't| not)\s+(?:contain|have|include|get|receive)|not\s+(?:receiving|getting))\s+(?:the\s+|a\s+|any\s+)?(?:scp|roles)(?:\s*(?:\/|or|nor)\s*(?:scope|scp|roles))*\s+claims?\b|\bneither\s+(?:the\s+)?(?:scp|scope)\s+(?:or|nor)\s+(?:the\s+)?roles?\s+claims?\b|\b(?:aucun|aucune|sans|sin|ningún|ninguna|sem|nenhum|nenhuma|kein|keine|keinen|ohne)\s+(?:claim\s+)?["'“]?(?:roles|scp)\b|(?:没有|沒有|不含)\s?["'“]?(?:roles|scp)\b|\b(?:roles|scp)["'”]?\s?(?:クレーム)?(?:が|は)(?:ない|ありません|含まれていない|入っていない)/,
    deniable: false,
    say: (found) => `The token is said to carry no permission claim ("${found.trim()}"): none of the type its flow uses was granted`,
    source: 'https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference',
  },
  {
    id: 'fails-after-token-lifetime',
    cause: 'token-invalid',
    weight: 4,
    gate: ['hour', '1h', '60 min', '60min', 'lifetime', 'hora', 'heure', 'stunde', '小时', '時間', '有效期'],
    // It works for about an hour and then fails until the app is restarted or the page reloaded: the
    // access token's lifetime (60–90 minutes by default) ran out and nothing asked for a new one
    // (https://learn.microsoft.com/entra/identity-platform/configurable-token-lifetimes). Told also
    // as when it starts ("exactly one hour after signing in … no response", the failure in the same
    // sentence, whose code may hold dots) or as the lifetime itself running out.
    pattern: new RegExp(`${HOUR_THEN_FAILS.source}|${LOCALIZED_HOUR_THEN_FAILS}`),
    deniable: true,
    say: (found) => `It works for about an hour and then fails ("${found.trim()}"): an access token lives 60–90 minutes, so the app keeps using one that has expired`,
    source: 'https://learn.microsoft.com/entra/identity-platform/configurable-token-lifetimes',
  },
  {
    id: 'token-kept-by-hand',
    cause: 'token-invalid',
    weight: 3.5,
    gate: ['token'],
    // An access token copied by hand (from Postman, Graph Explorer, the browser's network tab) and kept in a
    // file, a script or a setting for later runs: nothing renews it, and it lives 60–90 minutes by default
    // (https://learn.microsoft.com/entra/identity-platform/configurable-token-lifetimes), so the runs after
    // that are refused.
    pattern: /\b(?:grabbed|copied|took|pulled)\s+(?:the\s+|a\s+|an\s+|my\s+)?(?:access\s+|bearer\s+)?token\s+(?:by hand|manually|from\s+(?:postman|graph explorer|jwt\.ms|the browser|(?:the\s+)?dev\s?tools|the network tab|fiddler))\b[^.\n]{0,80}?\b(?:pasted|saved|stored|put|hard-?coded|wrote)\b|\b(?:pasted|hard-?coded|saved|stored)\s+(?:the\s+|an?\s+)?(?:access\s+|bearer\s+)?token\s+(?:in|into)\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:script|(?:text\s+)?file|config(?:uration)?\s+file|\.env|env(?:ironment)?\s+var(?:iable)?|app\s+settings?)\b/,
    deniable: true,
    say: (found) => `A token was copied by hand and kept for later runs ("${found.trim()}"): nothing renews it, and an access token lives 60–90 minutes`,
    source: 'https://learn.microsoft.com/entra/identity-platform/configurable-token-lifetimes',
  },
  {
    id: 'token-not-sent',
    cause: 'token-invalid',
    weight: 5,
    gate: ['token', 'authorization header'],
    // The request reached the API without its token: told as the token (or the header carrying it)
    // missing or never sent, in either order ("the access token is missing", "missing bearer token",
    // "the Authorization header was not sent"). Graph answers that 401: required authentication
    // information is missing (https://learn.microsoft.com/graph/errors). Not the services' "missing or
    // malformed", which says only that the token was not accepted.
    pattern: /\b(?:access|bearer|auth)[ _-]?token\s+(?:is\s+|was\s+|seems\s+(?:to\s+be\s+)?)?(?:missing|absent|not\s+(?:sent|attached|included|present|provided|passed|set))\b(?!\s+or\s+(?:malformed|invalid|expired))|\bmissing\s+(?:an?\s+|the\s+)?(?:access|bearer)[ _-]?token\b|\bauthorization\s+header\s+(?:is\s+|was\s+)?(?:absent|not\s+(?:sent|set|attached|included|present))\b/,
    deniable: true,
    say: (found) => `No token reached the API ("${found.trim()}"): a request without its bearer token is refused as unauthenticated`,
    source: 'https://learn.microsoft.com/graph/errors',
  },
  {
    id: 'user-not-assigned',
    cause: 'user-access-or-license',
    weight: 3.5,
    gate: ['assign'],
    // An app that requires user assignment blocks everyone not assigned to it (AADSTS50105: "Your
    // administrator has configured the application … to block users unless they're specifically
    // granted ('assigned') access", https://learn.microsoft.com/entra/identity-platform/reference-error-codes):
    // told as the enterprise app's setting ("User assignment required?") or as the users left out.
    pattern: /\b(?:user )?assignment (?:is )?required\b(?!\W{0,3}(?:is |was )?(?:set to |switched to |turned |to )?(?:no|off|false|disabled)\b)|\b(?:is|are|was|were)(?:n't| not) (?:yet )?assigned to (?:the |this |our )?(?:[\w-]+ )?(?:app|application|enterprise app(?:lication)?)\b/,
    deniable: true,
    say: (found) => `Only users assigned to the app may sign in ("${found.trim()}"): with assignment required, Entra blocks everyone else (AADSTS50105)`,
    source: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
  },
  {
    id: 'location-rule',
    cause: 'conditional-access',
    weight: 3,
    gate: ['location', 'network', 'countr', 'office', 'ip range', 'ip address', 'trusted', 'ips', 'vpn'],
    // Conditional Access decides by where the sign-in comes from: named and trusted locations, IP
    // ranges and countries (the location condition,
    // https://learn.microsoft.com/entra/identity/conditional-access/howto-conditional-access-policy-location).
    // Told as the rule ("a policy that blocks sign-ins from unknown locations", "trusted IPs only") or
    // as what it does ("works in the office, fails from home", "fails from home; in the office it still
    // works", "only works on the VPN"). Not "allowed IP addresses" alone: an
    // Azure resource's own firewall (Key Vault, Storage) says that too.
    pattern: /\b(?:named|trusted|untrusted|unknown|approved) (?:locations?|ip ranges?|ip addresses|ips|networks?|countries)\b|\b(?:allowed|blocked) (?:locations?|countries)\b|\blocation[- ]based (?:polic(?:y|ies)|rules?|access|restrictions?|conditional access)\b|\b(?:block|restrict|den(?:y|ie))\w*\s+(?:all\s+)?(?:sign-?ins?|sign ins|logins?|access|users?)\s+from\s+(?:outside|unknown|untrusted|other|foreign|certain)\b|\b(?:works?|worked|fine|ok)\b[^.\n]{0,30}?\b(?:in|at|from) (?:the )?office\b[^.\n]{0,60}?\b(?:from|at) home\b|\b(?:from|at) home\b[^.\n]{0,40}?[;,]?\s*(?:but\s+|while\s+)?(?:in|at|from) (?:the )?office\b[^.\n]{0,20}?\b(?:it\s+)?(?:still\s+)?(?:works?|worked|is fine|fine|ok)\b|\b(?:works?|worked)\s+(?:only\s+)?(?:on|over|through) (?:the )?(?:vpn|corporate network|company network)\b/,
    deniable: true,
    say: (found) => `Access depends on where the sign-in comes from ("${found.trim()}"): Conditional Access's location condition (named locations, IP ranges, countries)`,
    source: 'https://learn.microsoft.com/entra/identity/conditional-access/howto-conditional-access-policy-location',
  },
  {
    id: 'step-up-for-some-resources',
    cause: 'conditional-access',
    weight: 3,
    gate: ['extra', 'additional', 'second', 'another', 'step-up', 'step up', 'authentication context'],
    // A resource that asks for more than the sign-in did: an extra MFA or authenticator prompt for some
    // sites or actions only is a Conditional Access authentication context (SharePoint sites carry one
    // through a sensitivity label), and a token without that step-up claim is refused there
    // (https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-cloud-apps#authentication-context).
    pattern: /\b(?:extra|additional|second|another|step-?up)\s+(?:mfa|authenticator|authentication|2fa|verification|sign-?in)\s+(?:prompts?|challenges?|steps?)\b|\bauthentication contexts?\b/,
    deniable: true,
    say: (found) => `Some resources ask for more than the sign-in gave ("${found.trim()}"): a Conditional Access authentication context, whose step-up the token must carry`,
    source: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-cloud-apps#authentication-context',
  },
  {
    id: 'service-not-provisioned',
    cause: 'user-access-or-license',
    weight: 4.5,
    gate: ['onedrive', 'mailbox', 'personal site', 'mysite', 'my site'],
    // A user without a OneDrive or mailbox has nothing for Graph to return: the service is set up
    // per licensed user, and only a delegated call provisions a OneDrive on first use
    // (https://learn.microsoft.com/graph/api/drive-get).
    // A OneDrive exists once its user first opens it or an admin queues it ahead
    // (https://learn.microsoft.com/powershell/module/sharepoint-online/request-spopersonalsite): "never opened OneDrive".
    pattern: /\b(?:no|without|(?:has|have)(?:n't| not)(?: got)?|(?:does|do)(?:n't| not) have)\s+(?:a\s+|an\s+|any\s+)?(?:onedrive|personal site|my ?site)\b|\b(?:never|not yet|(?:has|have|did)(?:n't| not)(?: yet)?)\s+(?:opened|used|visited|accessed|(?:signed|logged)\s+in(?:to|\s+to))\s+(?:their\s+|his\s+|her\s+|the\s+|my\s+)?onedrive\b|\b(?:onedrive|mailbox|personal site|my ?site)(?:\s+\w+)?\s+(?:is\s+|was\s+|has\s+|had\s+)?(?:not|never|n't)\s+(?:been\s+|yet\s+)?(?:provisioned|created|set up|initiali[sz]ed)\b|\bunprovisioned\b/,
    deniable: false,
    say: (found) => `The user's OneDrive or mailbox is said not to exist ("${found.trim()}"): there is nothing to return until it is provisioned`,
    source: 'https://learn.microsoft.com/graph/api/drive-get',
  },
];

registerPhrases(PROSE_CONCEPTS.flatMap((c) => c.gate));
