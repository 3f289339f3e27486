/**
 * The Teams bot: turns activities into calls to the pure conversation functions and their
 * replies into activities. Routing only; what to answer lives in conversation.ts.
 */
import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type TurnContext,
} from 'botbuilder';
import { safeShownText } from '../cards/inert.js';
import type { CardAttachment } from '../cards/render.js';
import { matchCommand } from './commands.js';
import { handleAction, handlePaste, help, notice, welcome, type ConversationDeps, type Reply, type TurnContextInfo } from './conversation.js';
import { InvalidActionData, parseAction } from './follow-up-state.js';
import { pasteFromActivity, pasteFromMessagePayload } from './incoming-text.js';
import { privateChatLink } from './private-chat.js';

/** The id of the message action in the manifest's composeExtensions (a meta-test keeps them equal). */
export const MESSAGE_ACTION_ID = 'diagnose';

/** Where the bot leaves what happened in a turn, for the host's turn log. */
export const TURN_OUTCOME = Symbol('turnOutcome');

export interface TurnOutcome {
  outcome: string;
  causeId?: string;
}

/** Clients that show Adaptive Cards; others get the plain text. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test', 'agents']);

function where(context: TurnContext): TurnContextInfo {
  const type = context.activity.conversation?.conversationType;
  const group = type === 'groupChat' || type === 'channel' || context.activity.conversation?.isGroup === true;
  return { group, personal: !group };
}

function record(context: TurnContext, reply: Pick<Reply, 'outcome' | 'causeId'>): void {
  context.turnState.set(TURN_OUTCOME, { outcome: reply.outcome, causeId: reply.causeId } satisfies TurnOutcome);
}

/** The message for a reply: its cards, or the plain text where cards cannot be shown. */
export function toActivity(channelId: string | undefined, reply: Reply) {
  // The plain text quotes the paste (evidence, the draft's title): redacted and inert like card text.
  const text = safeShownText(reply.text);
  if (!CARD_CHANNELS.has(channelId ?? '')) return MessageFactory.text(text);
  const activity = MessageFactory.carousel([]);
  activity.attachmentLayout = 'list';
  activity.attachments = reply.cards.map((c: CardAttachment, i) => CardFactory.adaptiveCard(i === 0 ? { ...c.content, fallbackText: text } : c.content));
  // The plain text goes where it helps without repeating the card: in the card's fallbackText
  // (clients that cannot render it) and in the notification summary. As activity.text it would
  // show as a second bubble above the card, saying what the card's first line says.
  activity.summary = text.slice(0, 200);
  return activity;
}

export class DoctorBot extends TeamsActivityHandler {
  private readonly configured: ConversationDeps;

  constructor(deps: ConversationDeps) {
    super();
    this.configured = deps;

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await this.send(context, welcome(this.depsFor(context), where(context)));
      await next();
    });
  }

  /**
   * The conversation's dependencies for this turn. In a group the private-chat button needs the
   * bot's id: the configured app id, else the id Teams addresses the bot by ("28:<app id>").
   */
  private depsFor(context: TurnContext): ConversationDeps {
    if (this.configured.privateChatUrl || !where(context).group) return this.configured;
    return { ...this.configured, privateChatUrl: privateChatLink(context.activity.recipient?.id) };
  }

  /**
   * Messages (pastes, typed commands, Action.Submit) go straight to their handler. The generic
   * ActivityHandler dispatch runs about a dozen generator-based async frames per turn for
   * handler chains this bot does not use (measured: ≈30 µs of a ≈600 µs turn under load).
   * Everything else (invokes, conversation updates) keeps the framework's routing.
   */
  override async run(context: TurnContext): Promise<void> {
    if (context.activity?.type === ActivityTypes.Message) {
      await this.onMessageTurn(context);
      return;
    }
    await super.run(context);
  }

  private async send(context: TurnContext, reply: Reply): Promise<void> {
    record(context, reply);
    await context.sendActivity(toActivity(context.activity.channelId, reply));
  }

  private async onMessageTurn(context: TurnContext): Promise<void> {
    const value: unknown = context.activity.value;
    // Action.Submit (and Action.Execute's fallback) arrive as a message carrying the action data.
    if (value !== undefined && value !== null && typeof value === 'object' && 'verb' in value) {
      const reply = this.fromAction(context, value);
      if (reply.updatesCard && (await this.replaceCard(context, reply))) return;
      await this.send(context, reply);
      return;
    }
    const paste = pasteFromActivity(context.activity);
    if (!paste) {
      await this.send(context, help(this.depsFor(context)));
      return;
    }
    const command = matchCommand(paste);
    if (command) {
      await this.send(context, command.reply === 'help' ? help(this.depsFor(context)) : welcome(this.depsFor(context), where(context)));
      return;
    }
    await this.send(context, handlePaste(paste, this.depsFor(context), where(context)));
  }

  /**
   * Action.Submit (the fallback of clients without Action.Execute) cannot replace its card by
   * answering; updating the message it came from can. With expectReplies there is no message
   * to update (the replies travel in the HTTP response), so the reply is sent instead.
   */
  private async replaceCard(context: TurnContext, reply: Reply): Promise<boolean> {
    const id = context.activity.replyToId;
    if (!id || context.activity.deliveryMode === 'expectReplies') return false;
    const message = toActivity(context.activity.channelId, reply);
    message.id = id;
    try {
      await context.updateActivity(message);
      record(context, reply);
      return true;
    } catch {
      return false;
    }
  }

  private fromAction(context: TurnContext, data: unknown): Reply {
    try {
      return handleAction(parseAction(data), this.depsFor(context), where(context));
    } catch (error) {
      if (!(error instanceof InvalidActionData)) throw error;
      return notice(this.depsFor(context), 'I could not use that button.', 'It came from an older or changed card. Paste the error again and I will start over.', 'invalid-action-data');
    }
  }

  /** Action.Execute: answer with the next card, shown in place of the clicked one. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const data: unknown = invokeValue?.action?.data;
    const verb = typeof invokeValue?.action?.verb === 'string' ? invokeValue.action.verb : undefined;
    const merged = typeof data === 'object' && data !== null ? { verb, ...(data as object) } : { verb };
    const reply = this.fromAction(context, merged);
    record(context, reply);
    const [first, ...more] = reply.cards;
    // A message response carries a string; botbuilder's type only allows an object, hence the cast.
    if (!first) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply.text as unknown as Record<string, unknown> };
    // Extra cards (a diagnosis from the example button) follow as a normal message.
    if (more.length > 0) await context.sendActivity(toActivity(context.activity.channelId, { ...reply, cards: more }));
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: first.content };
  }

  /** Message action "Diagnose this error": diagnose the message it was invoked on. */
  protected override async handleTeamsMessagingExtensionFetchTask(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== MESSAGE_ACTION_ID) return { task: { type: 'message', value: 'Unknown action.' } };
    const paste = pasteFromMessagePayload(action.messagePayload);
    const reply = paste ? handlePaste(paste, this.depsFor(context), where(context)) : notice(this.depsFor(context), 'That message has no text I can read.', 'Copy the error into a chat with me instead.', 'no-error-found');
    record(context, reply);
    const [first] = reply.cards;
    if (!first) return { task: { type: 'message', value: reply.text } };
    return { task: { type: 'continue', value: { title: 'Graph Auth Doctor', width: 'large', height: 'large', card: CardFactory.adaptiveCard(first.content) } } };
  }

  /** A button pressed inside that dialog: post the full walkthrough to the conversation. */
  protected override async handleTeamsMessagingExtensionSubmitAction(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const paste = pasteFromMessagePayload(action.messagePayload);
    if (paste) await this.send(context, handlePaste(paste, this.depsFor(context), where(context)));
    return {};
  }
}
