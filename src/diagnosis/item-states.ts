/**
 * The object's own state, shown in the paste, forbids the change whatever the caller holds: what a GET
 * printed of it beside the refused write. Each state is a property Microsoft documents:
 * - a team with "isArchived": true is read-only until unarchived (https://learn.microsoft.com/graph/api/team-archive);
 * - a file whose retention label says "isDeleteAllowed": false cannot be deleted, and "isContentUpdateAllowed":
 *   false not rewritten (https://learn.microsoft.com/graph/api/resources/retentionlabelsettings);
 * - a site with a LockState of NoAccess or ReadOnly (or NoAdditions) refuses everyone
 *   (https://learn.microsoft.com/sharepoint/manage-lock-status);
 * - a sharing link of scope "anonymous" is refused where the administrator turned such links off, while
 *   the same item's links of another scope are made (https://learn.microsoft.com/graph/api/driveitem-createlink).
 */
import type { Evidence } from './evidence/index.js';
import { oncePerPaste } from './once-per-paste.js';
import { registerPhrases } from './phrase-index.js';

registerPhrases(['isarchived', 'isdeleteallowed', 'iscontentupdateallowed', 'lockstate', 'sitelockstate', 'createlink']);

const ARCHIVED = /"?isarchived"?\s*[:=]\s*"?true\b/;
const DELETE_NOT_ALLOWED = /"?isdeleteallowed"?\s*[:=]\s*"?false\b/;
const UPDATE_NOT_ALLOWED = /"?iscontentupdateallowed"?\s*[:=]\s*"?false\b/;
const SITE_LOCKED = /\b(?:lockstate|sitelockstate)"?\s*[:=]\s*"?(noaccess|readonly|noadditions|lockednoaccess|lockedreadonly|lockednoadditions)\b/;

const ANONYMOUS_LINK = /"scope"\s*:\s*"anonymous"/;
const OTHER_LINK_SCOPE = /"scope"\s*:\s*"(?:organization|users|existingaccess)"/;
const CREATED = /\b20[01]\b/;

/** createLink refused for an anonymous link while a link of another scope, asked the same way, was made. */
function anonymousLinksOff(e: Evidence): boolean {
  return e.has('createlink') && e.statuses.includes(403) && ANONYMOUS_LINK.test(e.lower) && OTHER_LINK_SCOPE.test(e.lower) && CREATED.test(e.lower);
}

const TEAM_ITSELF = /^\/teams\/[^/]+$/;
const WRITE_SAID = /\b(?:posts?|posting|posted|sends?|sending|creat(?:e|es|ing)|adds?|adding|updat(?:e|es|ing)|renam(?:e|es|ing)|delet(?:e|es|ing))\b/;

/** The team itself read (GET /teams/{id}) to show its state, beside a write the writer says in words. */
function teamShownBesideWrite(e: Evidence): boolean {
  const r = e.graphRequest;
  return r !== undefined && r.method === 'GET' && TEAM_ITSELF.test(r.path) && WRITE_SAID.test(e.lower);
}

/** Which state forbids the refused call, as the card says it; undefined when none is shown. */
export const stateForbidsCall = oncePerPaste((e: Evidence): string | undefined => {
  const method = e.graphRequest?.method ?? e.request?.method;
  if (e.has('lockstate') || e.has('sitelockstate')) {
    const lock = SITE_LOCKED.exec(e.lower)?.[1];
    if (lock !== undefined) return `the site's LockState is ${lock.replace(/^locked/, '')}: an admin locked it, and a locked site refuses everyone until it is unlocked (Set-SPOSite -LockState Unlock)`;
  }
  if (anonymousLinksOff(e)) return 'only the "anonymous" link is refused while a link of another scope is made: the administrator turned "Anyone" links off for the tenant or site (its sharing setting)';
  // Only a write is refused by these states: reading an archived team or a labelled file goes on. A GET of the
  // team itself, printed to show its state beside a write said in words ("posts to 41 teams, one gets 403"),
  // shows the state of the team the write failed on.
  if (e.has('isarchived') && ARCHIVED.test(e.lower) && (method === 'POST' || method === 'PATCH' || method === 'PUT' || method === 'DELETE' || teamShownBesideWrite(e))) return 'the team is archived ("isArchived": true), so it is read-only until it is unarchived';
  if (method === undefined || method === 'GET') return undefined;
  if (method === 'DELETE' && e.has('isdeleteallowed') && DELETE_NOT_ALLOWED.test(e.lower)) return 'the item\'s retention label says "isDeleteAllowed": false: the label keeps it until its retention period ends';
  if (method !== 'DELETE' && e.has('iscontentupdateallowed') && UPDATE_NOT_ALLOWED.test(e.lower)) return 'the item\'s retention label says "isContentUpdateAllowed": false: the label keeps its content as it is';
  return undefined;
});
