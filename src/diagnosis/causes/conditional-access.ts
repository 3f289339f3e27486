/** 400/401/403: Conditional Access needs more (MFA, a compliant device) or a claims challenge. */
import { gated, testIn } from '../word-gate.js';
import { defineVerdict, type Cause, type Signal } from '../cause.js';
import type { Evidence } from '../evidence/index.js';
import { phrase, unless, when } from '../signals.js';
import { hasAffirmedMatch, isAskedAt, isGuessedAt } from '../evidence/negation.js';
import { registerPhrases } from '../phrase-index.js';
import { knowledgeSignals, signInNamesAnother } from '../knowledge-signals.js';
import { topicSignals } from '../topic-signals.js';
import { conceptSignals } from '../concept-signals.js';

/**
 * The call works on Conditional Access policies themselves (GET/POST /identity/conditionalAccess/policies,
 * the Get-/New-MgIdentityConditionalAccessPolicy cmdlets, "create a Conditional Access policy"): then
 * the words name the data, not a policy that blocked the sign-in
 * (https://learn.microsoft.com/graph/api/conditionalaccessroot-post-policies).
 */
const CA_POLICY_PATH = /\/(?:identity\/)?conditionalaccess\b/;
const CA_POLICY_CMDLET = gated(/\b(?:get|new|update|remove|set)-mg(?:beta)?identityconditionalaccess/);
const CA_POLICY_AS_OBJECT = gated(/\b(?:create|creating|created|update|updating|list|listing|read|reading|manage|managing|deploy|deploying|export|exporting|import|importing|modify|modifying|delete|deleting|get|getting|add|adding|back up|backing up)\s+(?:(?:a|an|the|new|our|all|my|existing|these|those)\s+){0,2}conditional[- ]access[- ]polic(?:y|ies)\b|\bpolicy\.read(?:write)?\.conditionalaccess\b/);

/**
 * The same in the other languages the product reads prose in, each in its own word order: "eine
 * Conditional-Access-Policy anzulegen", "crear una política de acceso condicional", "créer une
 * stratégie d'accès conditionnel", "criar uma política de acesso condicional" (the spelling pass may
 * have made "condicional" into "conditional" already), "条件付きアクセス
 * ポリシーを作成", "创建条件访问策略".
 */
const LOCALIZED_CA_POLICY_AS_OBJECT = gated(new RegExp([
  String.raw`conditional[- ]access[- ](?:polic(?:y|ies)|richtlinien?)\s+(?:\w+\s+){0,2}?(?:an(?:zu)?legen|angelegt|(?:zu\s+)?erstellen|erstellt|(?:zu\s+)?aktualisieren|(?:zu\s+)?exportieren|(?:zu\s+)?importieren|(?:zu\s+)?löschen|(?:zu\s+)?lesen|abzurufen|abrufen)\b`,
  String.raw`\b(?:crear|creando|actualizar|exportar|importar|leer|listar|eliminar|criar|criando|atualizar|ler|excluir)\s+(?:(?:una|la|las|los|uma|a|as|nueva|nova|nuevas|novas)\s+){0,2}(?:conditional[- ]access[- ]polic\w*|pol[ií]ticas? de (?:acceso|acesso) (?:condicional|conditional))`,
  String.raw`\b(?:créer|création d'une|mettre à jour|exporter|importer|lire|lister|supprimer)\s+(?:(?:une|la|les|nouvelle|nouvelles)\s+){0,2}(?:conditional[- ]access[- ]polic\w*|(?:stratégie|politique)s? d'accès conditionnel)`,
  String.raw`(?:条件付きアクセス|conditional[- ]access)\s?(?:ポリシー|polic(?:y|ies))\s?(?:を)?(?:作成|更新|エクスポート|インポート|取得|削除)`,
  String.raw`(?:创建|更新|导出|导入|读取|删除)(?:一个|新的)?\s?(?:条件访问|conditional[- ]access)\s?(?:策略|polic(?:y|ies))`,
].join('|')));

function managesPolicies(e: Evidence): boolean {
  return e.requests.some((r) => CA_POLICY_PATH.test(r.url.toLowerCase())) || testIn(CA_POLICY_CMDLET, e) || testIn(CA_POLICY_AS_OBJECT, e) || testIn(LOCALIZED_CA_POLICY_AS_OBJECT, e);
}

/**
 * A message that only guesses at a policy ("This may be due to the conditional access policy
 * settings such as MFA", as Azure PowerShell writes for any failed silent sign-in) does not say
 * one blocked the call: the phrase counts as a mention, not as the block.
 */
function unhedged(signal: Signal, phrases: readonly string[]): Signal {
  return {
    ...signal,
    test: (e) => {
      const said = signal.test(e);
      if (said === undefined) return undefined;
      for (const p of phrases) {
        for (let at = e.lower.indexOf(p); at >= 0; at = e.lower.indexOf(p, at + p.length)) {
          if (!isGuessedAt(e.lower, at) && !isAskedAt(e.lower, at)) return said;
        }
      }
      return undefined;
    },
  };
}

// Entra's own words, with or without the code: AADSTS53003 ("blocked by Conditional Access"), AADSTS70043
// ("…expired or is invalid due to sign-in frequency checks by conditional access"), from the reference
// of Entra error codes (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
// The words Entra prints with its Conditional Access codes, pasted without the code: AADSTS53000-53001
// "Device is not in required device state: compliant / domainJoined"
// (https://learn.microsoft.com/entra/identity-platform/reference-error-codes: DeviceNotCompliant, DeviceNotDomainJoined).
// The sign-in page a device-based policy shows instead of a code ("You can't get there from here … can only
// be accessed from: Devices or client applications that meet <organization> management compliance policy"):
// the words of DeviceNotCompliant (AADSTS53000) in the reference above, a policy requiring a compliant device
// (https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-device-compliance).
// The sign-in page and message of a device-based policy that wants a managed device ("Your device is required
// to be managed to access this resource", "your admin requires the device requesting access to be managed by
// <organization>"): a Conditional Access grant control requiring a compliant or joined device
// (https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-device-compliance).
// The same page for a policy that admits only apps under Intune app protection ("…a client app that is not
// available for use with app protection policies"), and that grant control named as the customer set it
// ("Require app protection policy"): https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-grant#require-app-protection-policy.
const BLOCKED_BY_POLICY = ['not available for use with app protection policies', 'require app protection policy', 'device is required to be managed', 'device requesting access to be managed', 'device is required to be marked as compliant', 'due to conditional access', 'blocked by conditional access', 'conditional access policies', 'conditional access policy', 'does not satisfy the conditional access', 'sign-in frequency checks by conditional access', 'not in required device state', 'devices or client applications that meet'];

/**
 * The policies named only to say they stayed as they were: "our CA policies haven't been touched in
 * weeks", "Conditional Access is unchanged". Named that way they are ruled out by the person, not
 * suspected; a policy code (AADSTS53003 …) still speaks for itself.
 */
const POLICIES_SAID_UNCHANGED = /\b(?:ca|conditional access|mfa)(?: polic(?:y|ies)| rules?| settings?)?\b[^.\n]{0,25}?\b(?:(?:have|has|had)(?:n't| not) (?:been )?(?:touched|changed|modified|updated|edited)|(?:is|are|was|were|remain(?:s|ed)?|stay(?:s|ed)?) (?:still )?(?:unchanged|untouched)|(?:did|do|does)(?:n't| not) change)\b/;
const policiesSaidUnchanged = (e: Evidence): string | undefined => POLICIES_SAID_UNCHANGED.exec(e.lower)?.[0];

/** A signal that does not count while the call manages Conditional Access policies. */
function unlessManagingPolicies(signal: Signal): Signal {
  return unless(signal, managesPolicies);
}

/**
 * The service's own words that the user must act: the OAuth error interaction_required, MSAL's
 * ui_required, a claims challenge's "result: InteractionRequired". Not the name of MSAL's exception
 * class (InteractionRequiredAuthError, MsalInteractionRequiredException), which the exceptions
 * table reads once already.
 */
const INTERACTION_REQUIRED = /\binteraction_required\b|\bui_required\b|interactionrequired(?!autherror|exception)/;
registerPhrases(['interaction_required', 'interactionrequired', 'ui_required']);

/**
 * The signal, unless the sign-in's own code names another cause; with `includingNone`, also unless it
 * names an error that is none of our causes.
 */
function unlessAnotherSignInCause(signal: Signal, includingNone = false): Signal {
  return unless(signal, (e) => signInNamesAnother(e, 'conditional-access', includingNone));
}

export default defineVerdict({
  id: 'conditional-access',
  wording: {
    title: 'Conditional Access wants more than this sign-in proves',
    what: 'An organization policy refused the token request or the call. For a signed-in user that means MFA, a compliant or joined device, a trusted location or a fresh sign-in; for an app signing in on its own (client credentials) it means Conditional Access for workload identities, which can only block — by location or by risk — and never asks for MFA. A 401 with a claims challenge (insufficient_claims) is Continuous Access Evaluation asking for a new token, not a damaged one.',
    why: 'Silent, refresh-token, username/password and on-behalf-of requests cannot show an MFA prompt, so a user policy surfaces as interaction_required or AADSTS5xxxx. A service principal cannot do MFA at all: a workload-identity policy blocks its token request from outside the allowed network or while it is flagged risky. With CAE, Graph revokes a token early (password change, disabled account, location change) and says so in the WWW-Authenticate header.',
    fix: 'Find the policy in the sign-in logs and meet it: a user signs in interactively with the claims asked for; a daemon runs from an allowed network or the admin reviews the policy.',
    fixFor: {
      'claims-challenge': 'Treat it as a claims challenge, not a broken token: decode the claims value in WWW-Authenticate, pass it to the next token request (MSAL WithClaims) and retry.',
      'app-only': 'Conditional Access for workload identities blocked it, and MFA cannot help a daemon: find the policy in the service principal sign-ins, run from an allowed network or have it changed.',
      delegated: 'Catch interaction_required (MsalUiRequiredException) and sign the user in interactively, passing any claims challenge on, to meet the policy the sign-in logs name.',
    },
    learnMore: { title: 'Claims challenges, claims requests and client capabilities', url: 'https://learn.microsoft.com/entra/identity-platform/claims-challenge' },
    lastVerified: {
      on: '2026-12-01',
      against: [
        'https://learn.microsoft.com/entra/identity/conditional-access/workload-identity',
        'https://learn.microsoft.com/entra/identity/conditional-access/concept-continuous-access-evaluation-workload',
        'https://learn.microsoft.com/entra/identity-platform/claims-challenge',
        'https://learn.microsoft.com/graph/api/signin-list?view=graph-rest-beta',
        'https://learn.microsoft.com/entra/identity/monitoring-health/howto-analyze-activity-logs-with-microsoft-graph',
        'https://learn.microsoft.com/entra/identity/monitoring-health/concept-sign-ins',
      ],
    },
  },
  checks: [
    {
      title: 'Find the user\'s sign-in and the policy that applied',
      verify: {
        portal: 'Entra admin center > Entra ID > Monitoring & health > Sign-in logs > filter by Correlation ID {correlation-id} > the sign-in > Conditional Access tab. (Non-interactive sign-ins, such as silent token refreshes, are on their own tab.)',
        powershell: "Get-MgBetaAuditLogSignIn -Filter \"correlationId eq '{correlation-id}' and (signInEventTypes/any(t: t eq 'interactiveUser') or signInEventTypes/any(t: t eq 'nonInteractiveUser'))\" | Select-Object -ExpandProperty AppliedConditionalAccessPolicies",
      },
      fix: 'Note the policy and what it requires (MFA, compliant device, location, sign-in frequency). Reading sign-in logs through Graph needs AuditLog.Read.All (with Directory.Read.All), a Reports Reader or Security Reader role, and an Entra ID P1 or P2 license; without a signInEventTypes filter the API returns interactive sign-ins only.',
      source: 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-analyze-activity-logs-with-microsoft-graph',
      appliesTo: ['delegated'],
    },
    {
      title: 'Find the service principal\'s sign-in and the workload-identity policy',
      verify: {
        portal: 'Entra admin center > Entra ID > Monitoring & health > Sign-in logs > Service principal sign-ins > filter by Application ID {app-id} > the failure around {timestamp} > Conditional Access tab.',
        powershell: "Get-MgBetaAuditLogSignIn -Filter \"appId eq '{app-id}' and signInEventTypes/any(t: t eq 'servicePrincipal')\" -Top 20 | Select-Object CreatedDateTime, IpAddress, @{n='Error';e={$_.Status.ErrorCode}}, AppliedConditionalAccessPolicies",
      },
      fix: 'A workload-identity policy can only block (outside allowed locations, or at a service principal risk level). Run the daemon from an allowed network, or have the admin review the policy or the service principal\'s risk. Service principal sign-ins are only in the beta sign-in API, filtered by signInEventTypes; reading them needs AuditLog.Read.All and Entra ID P1.',
      source: 'https://learn.microsoft.com/entra/identity/conditional-access/workload-identity',
      appliesTo: ['app-only'],
    },
    {
      title: 'The app can put an interactive prompt in front of the user',
      verify: { claim: 'Silent, refresh-token, username/password (ROPC) and on-behalf-of requests cannot satisfy MFA; in a token issued after MFA, amr includes mfa.' },
      fix: 'On interaction_required, fall back to an interactive, device-code or redirect sign-in; an API using on-behalf-of returns the challenge to its client so the client can prompt.',
      source: 'https://learn.microsoft.com/entra/identity-platform/claims-challenge',
      appliesTo: ['delegated'],
    },
    {
      title: 'Claims challenges from Graph are handled, not treated as broken tokens',
      verify: { claim: 'A 401 whose WWW-Authenticate says error="insufficient_claims" carries claims="…": base64 JSON for the next token request. xms_cc ["cp1"] in the token means the client declared it handles such challenges.' },
      fix: 'Decode the claims, pass them to MSAL (WithClaims / the claims request parameter) and retry. Declare cp1 only when every call path handles challenges: Graph then sends them, and for workload identities issues longer-lived tokens that CAE can revoke early.',
      source: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-continuous-access-evaluation-workload',
    },
    {
      title: 'Unattended work does not hang on one person\'s MFA',
      verify: { portal: 'Entra admin center > Entra ID > Conditional Access > Policies > the policy > Assignments: which users, workload identities and resources it targets.' },
      fix: 'Keep interactive work under the user\'s policy. For truly unattended work, an app-only identity (managed identity or certificate) with least-privileged application permissions avoids the prompt; an exclusion from the policy is the last resort.',
      source: 'https://learn.microsoft.com/entra/identity/conditional-access/workload-identity',
      appliesTo: ['delegated'],
      tradeOff: 'App-only access is not limited by any user\'s rights, and an exclusion removes the policy\'s protection from that account or app: scope the permissions tightly (resource-specific or Sites.Selected where they exist) and prefer a workload-identity policy to an exclusion.',
    },
  ],
  signals: [
    // Continuous Access Evaluation enforces a location rule as soon as the address changes, so a
    // policy can refuse a call that worked a minute ago (see claimsIntermittent in evidence/context-hints.ts).
    when('intermittent', 1, (e) => e.intermittentClaim !== undefined && `It fails now and then ("${e.intermittentClaim}"): a location policy enforced as the network changes can do that`),
    ...topicSignals('conditional-access'),
    ...knowledgeSignals('conditional-access'),
    ...conceptSignals('conditional-access'),
    // MSAL names every error a user must act on so (consent, MFA, an expired password): where the sign-in's
    // own AADSTS code names another cause, the wrapper adds nothing (https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling).
    unlessAnotherSignInCause(when('interaction-required', 5.5, (e) => {
      if (!(e.has('interaction_required') || e.has('interactionrequired') || e.has('ui_required'))) return undefined;
      const m = INTERACTION_REQUIRED.exec(e.lower);
      return m !== null && hasAffirmedMatch(e.lower, INTERACTION_REQUIRED) && `Token acquisition needs user interaction ("${m[0]}")`;
    })),
    phrase('claims-challenge', 7, ['insufficient_claims', 'claimschallengerequired', 'claims challenge', 'claimschallenge', 'continuous access evaluation', 'resulted in claims challenge'], (p) => `Graph issued a claims challenge ("${p}")`),
    // A claims request naming Conditional Access policy ids (capolids) is what a claims challenge asks for
    // (https://learn.microsoft.com/entra/identity-platform/claims-challenge). Entra also attaches one to token
    // errors about something else (a missing client secret): there the sign-in's own code says what failed.
    unlessAnotherSignInCause(phrase('claims-policy-ids', 7, ['capolids'], (p) => `Graph issued a claims challenge ("${p}")`), true),
    // A claims request for an authentication context ("acrs": {"essential": true, "value": "c1"}, raw or URL-encoded
    // in a message): the call is protected by a Conditional Access authentication context the token has not met
    // (https://learn.microsoft.com/entra/identity-platform/developer-guide-conditional-access-authentication-context).
    phrase('claims-auth-context', 6, ['"acrs"', '%22acrs%22', '\\"acrs\\"'], () => 'A claims challenge asks for a Conditional Access authentication context ("acrs"): get a new token with those claims, after the step-up the policy asks for'),
    when('challenge-with-claims', 6, (e) => e.challenge?.hasClaims === true && `The WWW-Authenticate header carries a claims challenge${e.challenge.claims ? `: ${e.challenge.claims}` : ''}`),
    unlessManagingPolicies(unhedged(phrase('blocked-by-policy', 5, BLOCKED_BY_POLICY, (p) => `A Conditional Access policy blocked it ("${p}")`), BLOCKED_BY_POLICY)),
    // Security defaults require MFA of every user and block legacy sign-ins: https://learn.microsoft.com/entra/fundamentals/security-defaults
    // Token protection is a Conditional Access session control (device-bound sign-in tokens, native clients only):
    // https://learn.microsoft.com/entra/identity/conditional-access/concept-token-protection. "CA policy" is how admins write it short.
    unlessManagingPolicies(phrase('policy-words', 3, ['conditional access', 'multi-factor', 'multifactor', 'compliant device', 'device compliance', 'sign-in frequency', 'enable mfa', 'enabled mfa', 'enforce mfa', 'mfa enabled', 'mfa is enabled', 'mfa was enabled', 'enabling mfa', 'to enable mfa', 'started to enable mfa', 'security defaults', 'token protection', 'ca policy', 'ca policies', 'mfa prompt', 'prompted for mfa', 'mfa is required', 'mfa is enforced', 'requires mfa', 'require mfa', 'mandatory mfa',
      // The same in the other languages the product reads prose in.
      'autenticación multifactor', 'authentification multifacteur', 'multi-faktor-authentifizierung', 'mehrstufige authentifizierung', 'autenticação multifator', '多要素認証', '多重身份验证', '多因素身份验证', '多因素认证',
      'demande mfa', 'demande de mfa', 'invite mfa', 'solicitud de mfa', 'mfa-abfrage', 'mfa-aufforderung', 'solicitação de mfa'], (p) => `A Conditional Access requirement is mentioned ("${p}")`)),
    when('policies-said-unchanged', -3, (e) => {
      const said = policiesSaidUnchanged(e);
      return said !== undefined && `…but the policies are said to be unchanged ("${said}")`;
    }),
    when('silent-then-fails', 1.5, (e) => e.flows.includes('silent') && /\bmfa\b|multi-factor|conditional access/.test(e.lower) && 'Silent token acquisition fails after a policy change'),
  ],
}) satisfies Cause;
