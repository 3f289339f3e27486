/**
 * The structural check of an inbound activity before botbuilder sees it: the fields botbuilder
 * and the bot use without checking must have the JSON types the Bot Framework schema gives
 * them, and the two every reply needs must be there (the Bot Connector always sends them:
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object).
 * A `serviceUrl` that is a number made the connector throw (500); `attachments: [null]` broke the
 * turn; a message without a conversation made botbuilder throw while replying. Anything else about
 * the activity is the bot's business.
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
  // Every reply goes to the conversation at the channel's service URL; without them botbuilder
  // throws while answering (a TypeError on conversation.id), so the turn could never be answered.
  if (typeof body.serviceUrl !== 'string' || body.serviceUrl === '') return 'serviceUrl is required: replies are sent to it';
  if (!isRecord(body.conversation) || typeof body.conversation.id !== 'string' || body.conversation.id === '') return 'conversation.id is required: replies are sent to that conversation';
  for (const field of OBJECT_LIST_FIELDS) {
    const v = body[field];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v) || !v.every(isRecord)) return `${field} must be a list of objects`;
  }
  return undefined;
}
