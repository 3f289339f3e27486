/**
 * The structural check of an inbound activity before botbuilder sees it: the fields botbuilder
 * and the bot use without checking must have the JSON types the Bot Framework schema gives
 * them. A `serviceUrl` that is a number made the connector throw (500); `attachments: [null]`
 * broke the turn. Anything else about the activity is the bot's business.
 */
import { isRecord } from '../shared/is-record.js';

const STRING_FIELDS = ['type', 'id', 'serviceUrl', 'channelId', 'replyToId', 'locale', 'name', 'deliveryMode'] as const;
const OBJECT_FIELDS = ['from', 'recipient', 'conversation'] as const;
/** Arrays of objects; null stands for absent, as the channel sometimes sends it. */
const OBJECT_LIST_FIELDS = ['attachments', 'entities', 'membersAdded', 'membersRemoved'] as const;

/** What is wrong with the body as a Bot Framework activity, or undefined when nothing is. */
export function activityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'the body must be a Bot Framework activity (a JSON object with a type)';
  if (typeof body.type !== 'string') return 'the body must be a Bot Framework activity (a JSON object with a type)';
  for (const field of STRING_FIELDS) {
    const v = body[field];
    if (v !== undefined && v !== null && typeof v !== 'string') return `${field} must be a string`;
  }
  for (const field of OBJECT_FIELDS) {
    const v = body[field];
    if (v !== undefined && v !== null && !isRecord(v)) return `${field} must be an object`;
    if (isRecord(v) && v.id !== undefined && typeof v.id !== 'string') return `${field}.id must be a string`;
  }
  for (const field of OBJECT_LIST_FIELDS) {
    const v = body[field];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v) || !v.every(isRecord)) return `${field} must be a list of objects`;
  }
  return undefined;
}
