/**
 * The Teams deep link that opens a 1:1 chat with the bot: the chat deep link
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams,
 * "Deep link to start a new chat": teams.microsoft.com/l/chat/0/0?users=…) with the bot as the
 * participant, written "28:" + its app id as in the Teams bot handoff link
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/bot-copilot-handoff).
 */
const BOT_ID = /^28:[0-9A-Za-z-]{1,64}$/;

export function privateChatLink(botId: string | undefined): string | undefined {
  if (!botId) return undefined;
  const id = botId.startsWith('28:') ? botId : `28:${botId}`;
  return BOT_ID.test(id) ? `https://teams.microsoft.com/l/chat/0/0?users=${id}` : undefined;
}
