/**
 * Compares what a request needs with what the token holds and says it in one line:
 * "your token carries User.Read; GET /users needs User.ReadBasic.All (delegated) or
 * User.ReadBasic.All (application)".
 */
import { builtInCatalog } from './built-in-catalog.js';
import type { GraphRequest } from './request-path.js';
import type { PermissionSource, Requirement } from './requirement.js';

export type HeldKind = 'delegated' | 'app-only';

export interface HeldPermissions {
  readonly kind: HeldKind;
  readonly permissions: readonly string[];
  /** Where they were read: a decoded token or claims quoted in the text. */
  readonly from: 'token' | 'text';
}

export type InsightVerdict = 'satisfied' | 'missing' | 'no-scheme-for-token' | 'unknown-endpoint' | 'no-permissions-known' | 'varies-by-resource';

export interface PermissionInsight {
  readonly request: GraphRequest;
  readonly requirement?: Requirement;
  readonly held?: HeldPermissions;
  readonly verdict: InsightVerdict;
  readonly satisfiedBy?: string;
  /** The least privileged permission that would fix it, in the token's scheme. */
  readonly fix?: string;
  readonly message: string;
}

/** Permissions that say nothing about Graph access (OpenID Connect scopes). */
const OIDC = new Set(['openid', 'profile', 'email', 'offline_access']);

function label(r: GraphRequest, req?: Requirement): string {
  return `${r.method} ${req?.template ?? r.path}`;
}

function either(req: Requirement): string {
  const parts: string[] = [];
  if (req.delegated[0]) parts.push(`${req.delegated[0]} (delegated)`);
  if (req.application[0]) parts.push(`${req.application[0]} (application)`);
  return parts.join(' or ');
}

export function resolveRequirement(request: GraphRequest, sources: readonly PermissionSource[] = [builtInCatalog]): Requirement | undefined {
  for (const s of sources) {
    const r = s.resolve(request.method, request.segments);
    if (r) return r;
  }
  return undefined;
}

export function comparePermissions(
  request: GraphRequest,
  held: HeldPermissions | undefined,
  sources: readonly PermissionSource[] = [builtInCatalog],
): PermissionInsight {
  const requirement = resolveRequirement(request, sources);
  if (!requirement) {
    return { request, held, verdict: 'unknown-endpoint', message: `${label(request)} is not in the permissions catalog, so the required permission can't be named here; its Graph API reference page lists it.` };
  }
  if (requirement.variesByResource) {
    return { request, requirement, held, verdict: 'varies-by-resource', message: `${label(request, requirement)}: ${requirement.note ?? 'the permission depends on the resource in the request body.'}` };
  }
  if (!held) {
    return { request, requirement, verdict: 'no-permissions-known', message: `${label(request, requirement)} needs ${either(requirement) || 'a permission this catalog does not list'}. Paste the token's payload to check it against the token.` };
  }
  const accepted = held.kind === 'delegated' ? requirement.delegated : requirement.application;
  const scheme = held.kind === 'delegated' ? 'delegated' : 'application';
  const mine = held.permissions.filter((p) => !OIDC.has(p.toLowerCase()));
  const carries = mine.length > 0 ? mine.join(', ') : 'no Graph permission';
  if (accepted.length === 0) {
    const other = held.kind === 'delegated' ? requirement.application[0] : requirement.delegated[0];
    const otherScheme = held.kind === 'delegated' ? 'application' : 'delegated';
    return {
      request,
      requirement,
      held,
      verdict: 'no-scheme-for-token',
      fix: other,
      message: `${label(request, requirement)} has no ${scheme} permission at all${other ? `; it needs a ${otherScheme} token with ${other}` : ''}.${requirement.note ? ' ' + requirement.note : ''}`,
    };
  }
  const lowerHeld = new Set(mine.map((p) => p.toLowerCase()));
  const satisfiedBy = accepted.find((p) => lowerHeld.has(p.toLowerCase()));
  if (satisfiedBy) {
    return {
      request,
      requirement,
      held,
      verdict: 'satisfied',
      satisfiedBy,
      message: `The ${held.kind} token carries ${satisfiedBy}, which ${label(request, requirement)} accepts: the permission itself is not what is missing.`,
    };
  }
  const fix = accepted[0];
  const otherScheme = held.kind === 'delegated' ? requirement.application[0] : requirement.delegated[0];
  return {
    request,
    requirement,
    held,
    verdict: 'missing',
    fix,
    message: `Your ${held.kind} token carries ${carries}; ${label(request, requirement)} needs ${fix} (${scheme})${otherScheme ? ` or ${otherScheme} (${held.kind === 'delegated' ? 'application' : 'delegated'})` : ''}${accepted.length > 1 ? `; higher ones that also work: ${accepted.slice(1, 4).join(', ')}` : ''}.`,
  };
}
