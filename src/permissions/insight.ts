/**
 * Compares what a request needs with what the token holds and says it in one line:
 * "your token carries User.Read; GET /users needs User.ReadBasic.All (delegated) or
 * User.ReadBasic.All (application), the least privileged ones Microsoft lists". What a call needs comes from Microsoft's
 * permissions data (the shipped index, or GRAPH_PERMISSIONS_FILE), per method and scheme.
 *
 * Two holdings look sufficient but are not:
 * - a *.Selected permission grants nothing until the app is granted a role on the resource
 *   (selected-grants.ts);
 * - a delegated permission without a constraint (User.Read, Mail.Read: two-part names) covers
 *   only the signed-in user's own data, so on /users/{id}/… it works only when {id} is that
 *   user. Microsoft's naming convention: "no constraint" = resources the signed-in user owns,
 *   https://learn.microsoft.com/en-us/security/zero-trust/develop/protected-api-example
 */
import { defaultPermissionsIndex } from './default-index.js';
import { isSignInScope } from './oidc-scopes.js';
import { endpointNote } from './endpoint-notes.js';
import type { GraphRequest } from './request-path.js';
import type { PermissionSource, Requirement } from './requirement.js';
import { isSelectedPermission, selectedGrant, type SelectedGrant } from './selected-grants.js';
import { sharedTwinOf } from './shared-twins.js';
import { coversWrites, propertyPermission, unlistedPropertyPermissions } from './property-permissions.js';

export type HeldKind = 'delegated' | 'app-only';

export interface HeldPermissions {
  readonly kind: HeldKind;
  readonly permissions: readonly string[];
  /** Where they were read: a decoded token or claims quoted in the text. */
  readonly from: 'token' | 'text';
  /** A personal Microsoft account signs in: the endpoint's personal-account list applies. */
  readonly personalAccount?: boolean;
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
  /** The token holds a *.Selected permission: it works only on resources granted to the app one by one. */
  readonly resourceGrant?: SelectedGrant & { readonly acceptedHere: boolean; readonly grantNeeds?: string };
  /** The token holds a permission that covers only the signed-in user's own data, and the call names a user by id. */
  readonly ownDataOnly?: string;
  readonly message: string;
}


function defaultSources(): readonly PermissionSource[] {
  return [defaultPermissionsIndex()];
}

function label(r: GraphRequest, req?: Requirement): string {
  return `${r.method} ${req?.template ?? r.path}`;
}

function isLeast(req: Requirement, scheme: 'delegated' | 'application', permission: string): boolean {
  const least = scheme === 'delegated' ? req.leastPrivileged?.delegatedWork : req.leastPrivileged?.application;
  return least?.includes(permission) ?? false;
}

function named(permission: string, scheme: 'delegated' | 'application'): string {
  return `${permission} (${scheme})`;
}

/** ", the least privileged Microsoft lists" when every permission named is marked least privileged. */
function leastNote(req: Requirement, named: readonly (readonly ['delegated' | 'application', string | undefined])[]): string {
  const present = named.filter((n): n is readonly ['delegated' | 'application', string] => Boolean(n[1]));
  return present.length > 0 && present.every(([scheme, p]) => isLeast(req, scheme, p)) ? `, the least privileged ${present.length > 1 ? 'ones ' : ''}Microsoft lists` : '';
}

function either(req: Requirement): string {
  const parts: string[] = [];
  if (req.delegated[0]) parts.push(named(req.delegated[0], 'delegated'));
  if (req.application[0]) parts.push(named(req.application[0], 'application'));
  return parts.join(' or ') + leastNote(req, [['delegated', req.delegated[0]], ['application', req.application[0]]]);
}

function withNote(req: Requirement, kind: HeldKind | undefined): string {
  if (!req.note || (req.noteAppliesTo && req.noteAppliesTo !== kind)) return '';
  return ' ' + req.note;
}

/** A two-part delegated name (User.Read, Mail.Send) has no constraint: the signed-in user's own data only. */
function ownDataOnly(permission: string): boolean {
  return permission.split('.').length === 2;
}

/**
 * Paths whose data may not be the signed-in user's own: /users/{id}/… names a user who may not be
 * the signed-in one, and /shares/{id} an item someone shared by link, most often another user's
 * (https://learn.microsoft.com/graph/api/shares-get). An own-data permission ("the signed-in user's
 * files", Microsoft's description of Files.ReadWrite) does not reach those.
 */
function mayBeOthersData(req: Requirement): boolean {
  return req.template.startsWith('/users/{id}') || req.template.startsWith('/shares/{id}');
}

/** How far an own-data permission reaches on such a path, and whose data needs more. */
function ownDataScope(req: Requirement): string {
  return req.template.startsWith('/shares/{id}')
    ? "for the signed-in user's own items; for an item another user shared,"
    : 'when {id} is the signed-in user; for another user';
}

export function resolveRequirement(request: GraphRequest, sources: readonly PermissionSource[] = defaultSources()): Requirement | undefined {
  const note = endpointNote(request.method, request.segments);
  let found: Requirement | undefined;
  for (const s of sources) {
    found = s.resolve(request.method, request.segments);
    if (found) break;
  }
  if (!note) return found;
  const base: Requirement = found ?? { method: request.method, template: note.template, delegated: [], application: [], source: sources[0]?.name ?? 'permissions-index' };
  const combined = [found?.note, note.note].filter(Boolean).join(' ');
  return { ...base, note: combined, noteAppliesTo: found?.note ? undefined : note.appliesTo, learnMore: note.learnMore, variesByResource: note.variesByResource || base.variesByResource };
}

/**
 * Fits a requirement to the body the request writes. A permission that writes only some
 * properties (User-PasswordProfile.ReadWrite.All) is the least privileged one when the body writes
 * just those, and no use at all when it writes others: Microsoft's data lists it on the path
 * either way.
 */
function fitToBody(req: Requirement, writes: readonly string[] | undefined): Requirement {
  if (!writes || writes.length === 0 || req.method === 'GET' || req.method === 'DELETE') return req;
  const fit = (list: readonly string[], scheme: 'delegated' | 'application'): { names: string[]; narrow: string[] } => {
    const usable = list.length > 0 ? [...unlistedPropertyPermissions(req.template, writes, scheme), ...list.filter((p) => coversWrites(p, req.template, writes))] : [];
    const narrow = usable.filter((p) => propertyPermission(p, req.template));
    return { names: [...narrow, ...usable.filter((p) => !narrow.includes(p))], narrow };
  };
  const delegated = fit(req.delegated, 'delegated');
  const application = fit(req.application, 'application');
  const least = req.leastPrivileged;
  const alsoNeeds = [...new Set([...delegated.narrow, ...application.narrow])].map((p) => propertyPermission(p, req.template)?.alsoNeeds).find(Boolean);
  const leastOf = (f: { names: string[]; narrow: string[] }, old: readonly string[] | undefined): readonly string[] =>
    f.narrow.length > 0 ? f.narrow : (old ?? []).filter((p) => f.names.includes(p));
  return {
    ...req,
    delegated: delegated.names,
    application: application.names,
    ...(alsoNeeds ? { note: [req.note, alsoNeeds].filter(Boolean).join(' '), noteAppliesTo: undefined } : {}),
    leastPrivileged: least && {
      delegatedWork: leastOf(delegated, least.delegatedWork),
      delegatedPersonal: least.delegatedPersonal,
      application: leastOf(application, least.application),
    },
  };
}

function grantFor(selected: string, accepted: readonly string[], sources: readonly PermissionSource[]): NonNullable<PermissionInsight['resourceGrant']> {
  const grant = selectedGrant(selected) ?? { permission: selected, resource: 'resource' };
  let grantNeeds: string | undefined;
  if (grant.grantRequest) {
    const segments = grant.grantRequest.path.split('/').filter(Boolean).map((s) => (s.startsWith('{') ? '{id}' : s));
    const needs = resolveRequirement({ method: grant.grantRequest.method, path: grant.grantRequest.path, segments }, sources);
    if (needs?.application[0]) grantNeeds = `${needs.application[0]} (application)`;
    else if (needs?.delegated[0]) grantNeeds = `${needs.delegated[0]} (delegated)`;
  }
  return { ...grant, acceptedHere: accepted.some((a) => a.toLowerCase() === selected.toLowerCase()), grantNeeds };
}

function selectedMessage(request: GraphRequest, req: Requirement, held: HeldPermissions, g: NonNullable<PermissionInsight['resourceGrant']>, best: string | undefined): string {
  const scheme = held.kind === 'delegated' ? 'delegated' : 'application';
  const how = g.grantRequest
    ? `an administrator grants this app a role on that ${g.resource} with ${g.grantRequest.method} ${g.grantRequest.path}${g.grantNeeds ? ` (which needs ${g.grantNeeds})` : ''}`
    : `the app is granted access to that ${g.resource} itself`;
  const delegatedToo = held.kind === 'delegated' ? ' With a delegated token the signed-in user also needs access to it.' : '';
  const listed = g.acceptedHere
    ? `${label(request, req)} accepts it once that grant exists.`
    : best
      ? `Microsoft's permissions data does not list it for ${label(request, req)}; what it lists there is ${named(best, scheme)}${leastNote(req, [[scheme, best]])}.`
      : `Microsoft's permissions data does not list it for ${label(request, req)}.`;
  return `The ${held.kind} token carries ${g.permission}, which grants nothing until ${how}.${delegatedToo} ${listed}`;
}

export function comparePermissions(request: GraphRequest, held: HeldPermissions | undefined, sources: readonly PermissionSource[] = defaultSources()): PermissionInsight {
  const resolved = resolveRequirement(request, sources);
  const requirement = resolved && fitToBody(resolved, request.writes);
  if (!requirement) {
    return { request, held, verdict: 'unknown-endpoint', message: `${label(request)} is not in Microsoft's permissions data, so the required permission can't be named here; its Graph API reference page lists it.` };
  }
  if (requirement.variesByResource) {
    return { request, requirement, held, verdict: 'varies-by-resource', message: `${label(request, requirement)}: ${requirement.note ?? 'the permission depends on the resource in the request body.'}` };
  }
  if (!held) {
    return { request, requirement, verdict: 'no-permissions-known', message: `${label(request, requirement)} needs ${either(requirement) || 'a permission Microsoft\'s data does not list'}.${withNote(requirement, undefined)} Paste the token's payload to check it against the token.` };
  }
  const scheme = held.kind === 'delegated' ? 'delegated' : 'application';
  const otherScheme = held.kind === 'delegated' ? 'application' : 'delegated';
  const personal = held.kind === 'delegated' && held.personalAccount === true ? requirement.delegatedPersonal : undefined;
  if (personal && personal.length > 0) {
    // Personal Microsoft accounts have their own, shorter list: a work permission such as
    // Notes.ReadWrite.All grants a personal account nothing there.
    const lower = new Set(held.permissions.map((p) => p.toLowerCase()));
    const ok = personal.find((p) => lower.has(p.toLowerCase()));
    if (!ok) {
      const carried = held.permissions.filter((p) => !isSignInScope(p));
      return {
        request,
        requirement,
        held,
        verdict: 'missing',
        fix: personal[0],
        message: `For a personal Microsoft account, ${label(request, requirement)} accepts only ${personal.slice(0, 3).join(', ')}; the token carries ${carried.length > 0 ? carried.join(', ') : 'no Graph permission'}, none of them usable by a personal account.`,
      };
    }
  }
  const accepted = held.kind === 'delegated' ? requirement.delegated : requirement.application;
  const other = held.kind === 'delegated' ? requirement.application[0] : requirement.delegated[0];
  const mine = held.permissions.filter((p) => !isSignInScope(p));
  const carries = mine.length > 0 ? mine.join(', ') : 'no Graph permission';
  if (accepted.length === 0) {
    return {
      request,
      requirement,
      held,
      verdict: 'no-scheme-for-token',
      fix: other,
      message: `${label(request, requirement)} has no ${scheme} permission at all${other ? `; it needs ${otherScheme === 'application' ? 'an application' : 'a delegated'} token with ${named(other, otherScheme)}${leastNote(requirement, [[otherScheme, other]])}` : ''}.${withNote(requirement, held.kind)}`,
    };
  }
  const lowerHeld = new Set(mine.map((p) => p.toLowerCase()));
  const heldAccepted = accepted.filter((p) => lowerHeld.has(p.toLowerCase()));
  const ownOnly = (p: string): boolean => held.kind === 'delegated' && mayBeOthersData(requirement) && ownDataOnly(p);
  const satisfiedBy = heldAccepted.find((p) => !isSelectedPermission(p) && !ownOnly(p));
  if (satisfiedBy) {
    return {
      request,
      requirement,
      held,
      verdict: 'satisfied',
      satisfiedBy,
      message: `The ${held.kind} token carries ${satisfiedBy}, which ${label(request, requirement)} accepts: the permission itself is not what is missing.${withNote(requirement, held.kind)}`,
    };
  }
  const broad = accepted.filter((p) => !isSelectedPermission(p) && !ownOnly(p));
  const selected = mine.find(isSelectedPermission);
  if (selected) {
    const resourceGrant = grantFor(selected, accepted, sources);
    return {
      request,
      requirement,
      held,
      verdict: 'missing',
      fix: resourceGrant.acceptedHere ? resourceGrant.permission : broad[0],
      resourceGrant,
      message: selectedMessage(request, requirement, held, resourceGrant, broad[0]),
    };
  }
  const own = heldAccepted.find(ownOnly);
  // Outlook's own-data permissions have a .Shared twin for another user's items, which Microsoft's
  // data does not list on /users/{id}/… (./shared-twins.ts): held, the permission is as good as it
  // gets; missing, it is the fix.
  const othersItems = held.kind === 'delegated' && requirement.template.startsWith('/users/{id}');
  const twin = own !== undefined && othersItems ? sharedTwinOf(own) : undefined;
  // Any accepted permission's twin held will do: Calendars.Read.Shared reads what Calendars.Read or Calendars.ReadWrite would.
  const heldTwin = othersItems ? accepted.map(sharedTwinOf).find((t) => t !== undefined && lowerHeld.has(t.shared.toLowerCase())) : undefined;
  if (heldTwin) {
    return {
      request,
      requirement,
      held,
      verdict: 'satisfied',
      satisfiedBy: heldTwin.shared,
      message: `The ${held.kind} token carries ${heldTwin.shared}, which reaches another user's items that user shared or delegated to the signed-in user (${heldTwin.source}): the permission itself is not what is missing; what that user shared is.`,
    };
  }
  // Microsoft lists nothing broader of this type for another user's data: the permission is as good
  // as it gets, and what decides is whether that user shared the data with the signed-in user
  // (https://learn.microsoft.com/graph/outlook-share-messages-folders) or the user's own rights
  // (https://learn.microsoft.com/graph/permissions-overview: delegated access is what both may do).
  if (own && broad.length === 0 && !twin) {
    return {
      request,
      requirement,
      held,
      verdict: 'satisfied',
      satisfiedBy: own,
      message: `The ${held.kind} token carries ${own}, as much as Microsoft lists for ${label(request, requirement)}; for another user's data it reaches only what that user shared with the signed-in user (or the user's own rights allow): the permission itself is not what is missing.`,
    };
  }
  const fix = broad[0] ?? twin?.shared ?? accepted[0];
  if (own && fix) {
    return {
      request,
      requirement,
      held,
      verdict: 'missing',
      fix,
      ownDataOnly: own,
      message: `The ${held.kind} token carries ${own}, which covers ${requirement.template} only ${ownDataScope(requirement)} ${label(request, requirement)} needs ${named(fix, scheme)}${leastNote(requirement, [[scheme, fix]])}${twin && fix === twin.shared ? `, and that user's share or delegation to the signed-in user (${twin.source})` : ''}.`,
    };
  }
  // Broader permissions of the same resource (User.Read.All after User.ReadBasic.All): the
  // alternatives a developer recognises, rather than whatever else Microsoft lists.
  const resource = fix?.split('.')[0];
  // A permission that writes only some properties is narrower, not broader, whatever its resource.
  const higher = broad.filter((p) => p !== fix && p.split('.')[0] === resource && !propertyPermission(p, requirement.template)).slice(0, 3);
  return {
    request,
    requirement,
    held,
    verdict: 'missing',
    fix,
    message:
      `Your ${held.kind} token carries ${carries}; ${label(request, requirement)} needs ${fix ? named(fix, scheme) : 'a permission'}` +
      `${other ? ` or ${named(other, otherScheme)}` : ''}${leastNote(requirement, [[scheme, fix], [otherScheme, other]])}` +
      `${higher.length > 0 ? `; broader ones that also work: ${higher.join(', ')}` : ''}.${withNote(requirement, held.kind)}`,
  };
}
