/**
 * The situations that change the advice for the same error: who calls (an app alone or a
 * signed-in user), and a few setups whose fix is different altogether (the retired Azure AD
 * Graph, the developer's own API checking a token, EWS, a Conditional Access claims challenge,
 * a *.Selected permission, a national cloud, Exchange's SMTP AUTH switch, an upload session's own URL). Pure: reads the evidence only. Advice selection lives in ./advice.ts.
 */
import { gated, testIn } from './word-gate.js';
import { isSelectedPermission } from '../permissions/selected-grants.js';
import { involvesNationalCloud } from './audience-reasoning.js';
import { SITUATIONS, type Situation } from './cause.js';
import type { Evidence } from './evidence/index.js';
import { hasClaimedMatch } from './evidence/negation.js';
import { preauthenticatedUrlFailed, teamsMeetingPolicy } from './reasoning.js';
import { registerPhrases } from './phrase-index.js';

/**
 * Microsoft.IdentityModel's audience, issuer and signature errors (IDX10205-IDX10214, IDX105xx).
 * Graph never reports them: they come from an API that validates tokens itself, i.e. the
 * developer's own API. (Expiry, IDX10222/10223, and malformed tokens, IDX12xxx/14xxx, are
 * token-invalid and deliberately not here.)
 */
const OWN_API_VALIDATION = /\bidx10(?:20[5-9]|21[0-4]|5\d\d)\b/;
/** A *.Selected permission named in prose: Sites.Selected, Lists.SelectedOperations.Selected … */
const SELECTED_NAMED = gated(/\b(?:sites|lists|listitems|files)\.(?:selectedoperations\.)?selected\b/);
/**
 * Exchange Online's SMTP AUTH (client submission) switch, named in its refusal ("SmtpClientAuthentication
 * is disabled for the Tenant/Mailbox") or by the setting itself
 * (https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
 */
const SMTP_AUTH_SWITCH = 'smtpclientauthentication';
registerPhrases([SMTP_AUTH_SWITCH]);
const EWS = gated(/\bews\b|exchange web services|\/ews\/exchange\.asmx|ewsenabled|ewsapplicationaccesspolicy|full_access_as_app/);

function callsAzureAdGraph(e: Evidence): boolean {
  return (
    e.request?.target === 'azure-ad-graph' ||
    e.token?.audience?.kind === 'azure-ad-graph' ||
    e.quotedAudience?.kind === 'azure-ad-graph' ||
    e.has('graph.windows.net')
  );
}

function claimsChallenge(e: Evidence): boolean {
  return e.challenge?.hasClaims === true || e.oauthErrors.includes('insufficient_claims') || e.has('insufficient_claims');
}

/** Paths of SharePoint and OneDrive content, where *.Selected permissions are granted per site, list or item. */
const SELECTED_RESOURCE_PATH = /^\/(?:sites|drives|shares)\b|\/(?:drive|drives|lists)\b/;

/**
 * The call rests on a *.Selected permission (Sites.Selected …), which grants nothing until the app
 * is given a role on the one site or list (https://learn.microsoft.com/graph/permissions-selected-overview).
 * When the endpoint is known, it counts only for an endpoint that accepts such a permission or
 * reads site, list or drive content: a Sites.Selected token calling /users has another problem.
 */
function selectedPermission(e: Evidence): boolean {
  const held = e.held?.permissions.some(isSelectedPermission) === true || e.insight?.resourceGrant !== undefined;
  // Named only in a question ("do I need Sites.Selected?"), it is not what the app holds.
  if (!held && !(testIn(SELECTED_NAMED, e) && hasClaimedMatch(e.lower, SELECTED_NAMED))) return false;
  const req = e.insight?.requirement;
  if (!req) return true;
  return e.insight?.resourceGrant?.acceptedHere === true || [...req.delegated, ...req.application].some(isSelectedPermission) || SELECTED_RESOURCE_PATH.test(req.template);
}

/** Who calls. Every other situation is a setup (Azure AD Graph, own API, EWS …). */
export const CALLERS: ReadonlySet<Situation> = new Set(['app-only', 'delegated']);

/**
 * Situations in the order advice reads them: setups before callers, so the most specific fix
 * wins (see advice.ts). Duplicates dropped.
 */
export function inAdviceOrder(situations: Iterable<Situation>): Situation[] {
  const all = new Set(situations);
  return [...SITUATIONS.filter((s) => all.has(s) && !CALLERS.has(s)), ...SITUATIONS.filter((s) => all.has(s) && CALLERS.has(s))];
}

/** The situations the paste shows, in advice order (setups first, then who calls). */
export function situationsOf(e: Evidence): Situation[] {
  const out: Situation[] = [];
  if (callsAzureAdGraph(e)) out.push('azure-ad-graph');
  if (OWN_API_VALIDATION.test(e.lower)) out.push('own-api');
  if (testIn(EWS, e)) out.push('ews');
  if (claimsChallenge(e)) out.push('claims-challenge');
  if (selectedPermission(e)) out.push('selected-permission');
  if (teamsMeetingPolicy(e) !== undefined) out.push('teams-meetings');
  if (involvesNationalCloud(e)) out.push('national-cloud');
  if (e.has(SMTP_AUTH_SWITCH)) out.push('smtp-auth');
  if (preauthenticatedUrlFailed(e) !== undefined) out.push('upload-url');
  if (e.context === 'app-only') out.push('app-only');
  if (e.context === 'delegated') out.push('delegated');
  return out;
}
