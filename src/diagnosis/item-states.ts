/**
 * The object's own state, shown in the paste, forbids the change whatever the caller holds: what a GET
 * printed of it beside the refused write. Each state is a property Microsoft documents:
 * - a team with "isArchived": true is read-only until unarchived (https://learn.microsoft.com/graph/api/team-archive);
 * - a file whose retention label says "isDeleteAllowed": false cannot be deleted, and "isContentUpdateAllowed":
 *   false not rewritten (https://learn.microsoft.com/graph/api/resources/retentionlabelsettings);
 * - a site with a LockState of NoAccess or ReadOnly (or NoAdditions) refuses everyone
 *   (https://learn.microsoft.com/sharepoint/manage-lock-status).
 */
import type { Evidence } from './evidence/index.js';
import { oncePerPaste } from './once-per-paste.js';
import { registerPhrases } from './phrase-index.js';

registerPhrases(['isarchived', 'isdeleteallowed', 'iscontentupdateallowed', 'lockstate', 'sitelockstate']);

const ARCHIVED = /"?isarchived"?\s*[:=]\s*"?true\b/;
const DELETE_NOT_ALLOWED = /"?isdeleteallowed"?\s*[:=]\s*"?false\b/;
const UPDATE_NOT_ALLOWED = /"?iscontentupdateallowed"?\s*[:=]\s*"?false\b/;
const SITE_LOCKED = /\b(?:lockstate|sitelockstate)"?\s*[:=]\s*"?(noaccess|readonly|noadditions|lockednoaccess|lockedreadonly|lockednoadditions)\b/;

/** Which state forbids the refused call, as the card says it; undefined when none is shown. */
export const stateForbidsCall = oncePerPaste((e: Evidence): string | undefined => {
  const method = e.graphRequest?.method ?? e.request?.method;
  if (e.has('lockstate') || e.has('sitelockstate')) {
    const lock = SITE_LOCKED.exec(e.lower)?.[1];
    if (lock !== undefined) return `the site's LockState is ${lock.replace(/^locked/, '')}: an admin locked it, and a locked site refuses everyone until it is unlocked (Set-SPOSite -LockState Unlock)`;
  }
  // Only a write is refused by these states: reading an archived team or a labelled file goes on.
  if (method === undefined || method === 'GET') return undefined;
  if (e.has('isarchived') && ARCHIVED.test(e.lower)) return 'the team is archived ("isArchived": true), so it is read-only until it is unarchived';
  if (method === 'DELETE' && e.has('isdeleteallowed') && DELETE_NOT_ALLOWED.test(e.lower)) return 'the item\'s retention label says "isDeleteAllowed": false: the label keeps it until its retention period ends';
  if (method !== 'DELETE' && e.has('iscontentupdateallowed') && UPDATE_NOT_ALLOWED.test(e.lower)) return 'the item\'s retention label says "isContentUpdateAllowed": false: the label keeps its content as it is';
  return undefined;
});
