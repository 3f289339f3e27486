/**
 * The signed-in user's directory role against the roles a call needs. Some operations' API
 * reference pages name the Microsoft Entra roles a delegated call also needs
 * (../permissions/delegated-roles.ts); a person often says which role they hold ("I'm Security
 * Reader in Entra"). Holding one of the listed roles leaves the app's delegated permission as what
 * is missing. The pages list the least privileged roles only, so a role held that they do not list
 * decides nothing either way.
 */
import type { Evidence } from './evidence/index.js';
import { ENTRA_ROLE_NAMES } from './knowledge/entra-roles.js';
import { delegatedRoles, rolesList, type DelegatedRoles } from '../permissions/delegated-roles.js';
import { oncePerPaste } from './once-per-paste.js';
import { isNegatedAt } from './evidence/negation.js';
import { registerPhrases } from './phrase-index.js';
import { gated, testIn } from './word-gate.js';

/**
 * A built-in role said to be held: "I'm Security Reader", "I have the Reports Reader role",
 * "signed in as a Global Reader", "my account is assigned User Administrator"; not a role given as an
 * example ("roles such as Reports Reader"). Words of lacking
 * ("I don't have", "I'm not") stand between and never match.
 */
const HELD_ROLE = new RegExp(
  String.raw`\b(?:i'm|i am|im|i have|i hold|i've got|(?<!\bsuch )as|my (?:account|user) (?:is|has)(?: been)?(?: assigned)?|(?:i am|i'm|i was) assigned)\s+(?:an? |the |an active |the active |active )?(?:(?:entra|entra id|azure ad|aad|microsoft entra)\s+)?(${ENTRA_ROLE_NAMES.join('|')})s?\b`,
  'g',
);

/** The built-in roles the paste says the signed-in user holds, lower case. */
export const heldRoles = oncePerPaste((e: Evidence): readonly string[] => {
  if (!ENTRA_ROLE_NAMES.some((r) => e.has(r))) return [];
  return [...new Set([...e.lower.matchAll(HELD_ROLE)].map((m) => m[1] ?? ''))];
});

interface RoleCheck {
  /** The request line and the roles its page lists. */
  readonly call: string;
  readonly needs: DelegatedRoles;
  /** How the user is said to hold one of them, if so. */
  readonly held?: string;
}

/** The failing call against the roles its page lists and those the user says they hold: read once per paste. */
const roleCheck = oncePerPaste((e: Evidence): RoleCheck | undefined => {
  const r = e.graphRequest;
  const needs = r && delegatedRoles(r.method, r.segments);
  if (!r || !needs) return undefined;
  const call = `${r.method} ${needs.template}`;
  const listed = needs.roles.map((role) => role.toLowerCase());
  const held = heldRoles(e);
  const named = held.find((h) => listed.includes(h));
  if (named) return { call, needs, held: `holds ${needs.roles[listed.indexOf(named)]}, one of the roles` };
  // A Global Administrator can manage every aspect of Microsoft Entra ID but custom security
  // attributes (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference#global-administrator).
  if (held.includes('global administrator') && !listed.some((l) => l.startsWith('attribute '))) return { call, needs, held: 'is a Global Administrator, which covers the roles' };
  return { call, needs };
});

/** A role the user holds is among those the call needs: the role is not what is missing. */
export function holdsNeededRole(e: Evidence): string | undefined {
  const c = roleCheck(e);
  return c?.held && `The signed-in user ${c.held} ${c.call} needs in delegated calls: what remains is the app's delegated permission`;
}

/** Why the call needs a role of the signed-in user: its page lists the roles, and the user is not said to hold one. */
export function needsRoleReason(e: Evidence): string | undefined {
  const c = roleCheck(e);
  // The pages list the least privileged roles only: a broader role the user holds may do too, so
  // a role said to be held that is not listed is not called insufficient.
  return c && !c.held ? `In delegated calls, ${c.call} also needs the signed-in user to hold a Microsoft Entra role; the least privileged ones its page lists: ${rolesList(c.needs.roles)}` : undefined;
}

/**
 * The signed-in admin's change is refused for one protected target while it works for others: the target is itself a
 * Global or privileged administrator, or a group roles can be assigned to. Lesser admin roles (Helpdesk, User,
 * Authentication, Groups Administrator) may not change higher-privileged admins' sensitive attributes or passwords
 * (https://learn.microsoft.com/graph/api/user-update#who-can-update-sensitive-attributes), and a role-assignable
 * group's membership is open only to a Privileged Role Administrator or its owners
 * (https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept): the user's role, not the app.
 */
const PROTECTED_TARGET = /\b(?:is|are|was|were|'s)\s+(?:(?:obviously|also|still|a|an|our|the)\s+){0,2}(?:global admin(?:istrator)?s?|privileged (?:role|authentication) admin(?:istrator)?s?)\b|\b(?:still )?(?:has|holds|have|hold)\s+(?:an? )?(?:active |eligible )?(?:global admin(?:istrator)?|privileged (?:role|authentication) admin(?:istrator)?)\b|\brole-assignable\b|\bisassignabletorole\b|\broles can be assigned to the group\b/;
const OTHERS_FINE = /\b(?:works?|worked|fine|ok|no problem)\b[^.\n]{0,60}\b(?:every|other|normal|regular|ordinary|standard|all)\b|\b(?:every|all)\s+(?:other\s+)?(?:groups?|users?|accounts?|people)\b[^.\n]{0,40}\b(?:works?|fine|ok)\b|\bexcept\b|\b\d+\s+(?:ok|succeeded|fine)\b|\b(?:normal|regular|ordinary|standard)\s+(?:users|accounts|people)\b[^.\n]{0,40}\b(?:no problem|fine|works?|ok)\b/;
const CALLER_BEFORE = /\b(?:i|me|my(?: own)? (?:account|user|login|admin account))\s*$/;
export const protectedTargetRefused = oncePerPaste((e: Evidence): string | undefined => {
  if (e.context === 'app-only' || (!e.has('admin') && !e.has('role-assignable') && !e.has('isassignabletorole') && !e.has('roles can be assigned'))) return undefined;
  const m = PROTECTED_TARGET.exec(e.lower);
  // The caller's own role ("my account is a Global Admin") is no target's.
  if (!m || isNegatedAt(e.lower, m.index) || CALLER_BEFORE.test(e.lower.slice(Math.max(0, m.index - 30), m.index))) return undefined;
  // The target is told apart from others that work: "works for every group except …", "reset 3 normal users … no problem".
  return OTHERS_FINE.test(e.lower) || e.accountHints.includes('some-items-only') ? m[0].trim() : undefined;
});
registerPhrases(['admin', 'role-assignable', 'isassignabletorole', 'roles can be assigned']);

/**
 * The caller says (or the token's wids shows) a lesser admin role, and the change goes through for most users
 * but not a few ("1,412 ok, 6 fail"): those few are the ones such a role may not change, users holding admin
 * roles themselves (https://learn.microsoft.com/graph/api/user-update#who-can-update-sensitive-attributes), even
 * where the paste does not say who they are. Role template ids: https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 */
const LESSER_ADMIN_SAID = /\b(?:i'?m|i am|as|(?:my|our) (?:account|user) is|signed in as)\s+(?:an?\s+|the\s+)?(?:user|helpdesk|authentication|password|groups) admin(?:istrator)?\b/;
const LESSER_ADMIN_TEMPLATE_IDS: Readonly<Record<string, string>> = {
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
  'c4e39bd9-1100-46d3-8c65-fb160da0071f': 'Authentication Administrator',
  '966707d0-3269-4727-9be2-8c3a10f19b9d': 'Password Administrator',
};
const MOST_TARGETS_FINE = gated(/\b\d[\d,.]*\s+(?:ok|okay|succeeded|fine|worked|updated|done)\b[^.]{0,80}?\b\d+\s+(?:fail(?:ed|s)?|errors?|denied)\b|\bworks? for (?:most|all the other|every other)\b/);
export const lesserAdminRefusedForSomeTargets = oncePerPaste((e: Evidence): string | undefined => {
  if (e.context === 'app-only' || !testIn(MOST_TARGETS_FINE, e)) return undefined;
  const said = LESSER_ADMIN_SAID.exec(e.lower)?.[0];
  if (said !== undefined) return said;
  const id = Object.keys(LESSER_ADMIN_TEMPLATE_IDS).find((k) => e.lower.includes(k));
  return id === undefined ? undefined : `wids holds ${LESSER_ADMIN_TEMPLATE_IDS[id] ?? id}`;
});
