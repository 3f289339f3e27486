/** What a conversation turn answers with, and what it needs from the host: shared by the turn modules. */
import type { CardAttachment, CardRenderer } from '../cards/render.js';
import type { VerdictId } from '../diagnosis/cause.js';
import type { PermissionSource } from '../permissions/requirement.js';

export interface Reply {
  readonly cards: readonly CardAttachment[];
  /** Plain text for notifications and for clients that cannot show cards. */
  readonly text: string;
  /** What happened, for the turn log (never the message text). */
  readonly outcome: string;
  readonly causeId?: VerdictId;
  /** The card replaces the one whose button was pressed (feedback), also for Action.Submit. */
  readonly updatesCard?: boolean;
}

export interface ConversationDeps {
  readonly renderer: CardRenderer;
  readonly now: () => Date;
  readonly permissionSources?: readonly PermissionSource[];
  /** A deep link that opens a 1:1 chat with the bot, when the app id is known. */
  readonly privateChatUrl?: string;
}
