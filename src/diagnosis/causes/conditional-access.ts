/** 400/401/403: Conditional Access needs more (MFA, a compliant device) or a claims challenge. */
import { defineVerdict, type Cause } from '../cause.js';
import { phrase, when } from '../signals.js';
import { knowledgeSignals } from '../knowledge-signals.js';

export default defineVerdict({
  id: 'conditional-access',
  wording: {
    title: 'Conditional Access requires more than this token proves',
    what: 'An organization policy (MFA, a compliant or joined device, a trusted location, sign-in frequency) or Continuous Access Evaluation wants the user to prove more: token acquisition fails with interaction_required, or Graph returns a claims challenge (insufficient_claims).',
    why: 'Silent, refresh-token, username/password and on-behalf-of requests cannot show an MFA prompt; when a policy changes or a session is revoked, the app must send the user back to an interactive sign-in, passing along the claims the challenge asked for.',
    fix: 'Catch interaction_required / MsalUiRequiredException / InteractionRequiredAuthError and the 401 WWW-Authenticate claims challenge, then sign in interactively with those claims (and declare the cp1 capability so Graph can send challenges).',
    learnMore: { title: 'Claims challenges and Conditional Access', url: 'https://learn.microsoft.com/entra/identity-platform/claims-challenge' },
  },
  checks: [
    {
      title: 'Find the policy in the sign-in logs',
      verify: { portal: 'Entra admin center > Identity > Monitoring & health > Sign-in logs > the failed sign-in > Conditional Access tab (search by the correlation id).', powershell: "Get-MgAuditLogSignIn -Filter \"correlationId eq '{correlation-id}'\" | Select-Object -ExpandProperty AppliedConditionalAccessPolicies" },
      fix: 'Note which policy applied and what it requires (MFA, compliant device, location).',
    },
    {
      title: 'The app can show the user an interactive prompt',
      verify: { claim: 'Silent, refresh, username/password (ROPC) and on-behalf-of requests cannot satisfy MFA; amr in a fresh token should include mfa.' },
      fix: 'On interaction_required, fall back to an interactive, device-code or redirect sign-in; in an API using on-behalf-of, return the challenge to the client so it can prompt.',
    },
    {
      title: 'Claims challenges from Graph are handled',
      verify: { claim: 'A 401 with WWW-Authenticate error="insufficient_claims" carries claims="…": base64 JSON to pass to the next token request. xms_cc: ["cp1"] in the token means the client declared it can handle them.' },
      fix: 'Pass the decoded claims to MSAL (WithClaims / claims request parameter) and retry; declare client capability cp1 only if every call path handles challenges.',
    },
    {
      title: 'Background jobs do not depend on a user\'s MFA',
      verify: { portal: 'Conditional Access > the policy > Assignments: does it target this app or user?' },
      fix: 'For unattended work use an app-only flow (client credentials or managed identity) with application permissions, or have the admin exclude the workload deliberately.',
    },
  ],
  signals: [
    ...knowledgeSignals('conditional-access'),
    phrase('interaction-required', 5.5, ['interaction_required', 'interactionrequired', 'ui_required'], (p) => `Token acquisition needs user interaction ("${p}")`),
    phrase('claims-challenge', 7, ['insufficient_claims', 'claimschallengerequired', 'claims challenge', 'claimschallenge', 'continuous access evaluation', 'resulted in claims challenge'], (p) => `Graph issued a claims challenge ("${p}")`),
    when('challenge-with-claims', 6, (e) => e.challenge?.hasClaims === true && `The WWW-Authenticate header carries a claims challenge${e.challenge.claims ? `: ${e.challenge.claims}` : ''}`),
    phrase('blocked-by-policy', 5, ['due to conditional access', 'blocked by conditional access', 'conditional access policies', 'conditional access policy', 'does not satisfy the conditional access'], (p) => `A Conditional Access policy blocked it ("${p}")`),
    phrase('policy-words', 3, ['conditional access', 'multi-factor', 'multifactor', 'compliant device', 'device compliance', 'sign-in frequency', 'enable mfa', 'enabled mfa', 'enforce mfa', 'mfa enabled', 'mfa is enabled', 'mfa was enabled', 'enabling mfa', 'to enable mfa', 'started to enable mfa'], (p) => `A Conditional Access requirement is mentioned ("${p}")`),
    when('silent-then-fails', 1.5, (e) => e.flows.includes('silent') && /\bmfa\b|multi-factor|conditional access/.test(e.lower) && 'Silent token acquisition fails after a policy change'),
  ],
}) satisfies Cause;
