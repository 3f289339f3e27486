/**
 * Change-notification resources that are no GET of their own in Microsoft's permissions data (tenant-wide
 * feeds such as /chats/getAllMessages), with the permission types their subscriptions take, as the Create
 * subscription page's permissions table lists them
 * (https://learn.microsoft.com/graph/api/subscription-post-subscriptions). Adding one is adding a row.
 */
export interface SubscriptionResource {
  /** The watched resource as Microsoft writes it, without a leading slash or version. */
  readonly resource: string;
  /** The least privileged permission for a signed-in work account, or undefined: "Not supported". */
  readonly delegated?: string;
  /** The least privileged application permission, or undefined: "Not supported". */
  readonly application?: string;
}

export const SUBSCRIPTION_RESOURCES: readonly SubscriptionResource[] = [
  // All chat messages, and all channel messages, of the organization.
  { resource: 'chats/getAllMessages', application: 'Chat.Read.All' },
  { resource: 'teams/getAllMessages', application: 'ChannelMessage.Read.All' },
  { resource: 'communications/callRecords', application: 'CallRecords.Read.All' },
  // All recordings and transcripts of the organization's meetings.
  { resource: 'communications/onlineMeetings/getAllRecordings', application: 'OnlineMeetingRecording.Read.All' },
  { resource: 'communications/onlineMeetings/getAllTranscripts', application: 'OnlineMeetingTranscript.Read.All' },
];

/** The row for a subscription's resource as written ("/chats/getAllMessages", "chats/getAllMessages?$filter=…"). */
export function subscriptionResource(written: string): SubscriptionResource | undefined {
  const key = written.trim().toLowerCase().replace(/^\/+/, '').replace(/^(?:v1\.0|beta)\//, '').replace(/[?(].*$/, '').replace(/\/+$/, '');
  return SUBSCRIPTION_RESOURCES.find((r) => r.resource.toLowerCase() === key);
}
