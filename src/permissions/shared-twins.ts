/**
 * Outlook's own-data delegated permissions and the ".Shared" twin a signed-in user's app needs to
 * reach another user's mailbox, calendar or contacts. Microsoft's permissions data lists only the
 * own-data permission on /users/{id}/… paths (Mail.Send for /users/{id}/sendMail), but the Outlook
 * guides say a user token reaches someone else's items with the twin, and then only what that user
 * shared or delegated to the signed-in user (both halves are needed).
 */
export interface SharedTwin {
  /** The own-data delegated permission: the signed-in user's own items only. */
  readonly own: string;
  /** The permission that reaches items another user shared or delegated. */
  readonly shared: string;
  readonly source: string;
}

const MAIL = 'https://learn.microsoft.com/graph/outlook-share-messages-folders';
const SEND = 'https://learn.microsoft.com/graph/outlook-send-mail-from-other-user';
const CALENDARS = 'https://learn.microsoft.com/graph/outlook-get-shared-events-calendars';
const CONTACTS = 'https://learn.microsoft.com/graph/outlook-get-shared-contacts-folders';

export const SHARED_TWINS: readonly SharedTwin[] = [
  { own: 'Mail.Read', shared: 'Mail.Read.Shared', source: MAIL },
  { own: 'Mail.ReadWrite', shared: 'Mail.ReadWrite.Shared', source: MAIL },
  // Send As or Send on Behalf of in Exchange is the user's half.
  { own: 'Mail.Send', shared: 'Mail.Send.Shared', source: SEND },
  { own: 'Calendars.Read', shared: 'Calendars.Read.Shared', source: CALENDARS },
  { own: 'Calendars.ReadWrite', shared: 'Calendars.ReadWrite.Shared', source: CALENDARS },
  { own: 'Contacts.Read', shared: 'Contacts.Read.Shared', source: CONTACTS },
  { own: 'Contacts.ReadWrite', shared: 'Contacts.ReadWrite.Shared', source: CONTACTS },
];

const BY_OWN = new Map(SHARED_TWINS.map((t) => [t.own.toLowerCase(), t]));

/** The twin of an own-data permission, if Outlook has one. */
export function sharedTwinOf(permission: string): SharedTwin | undefined {
  return BY_OWN.get(permission.toLowerCase());
}
