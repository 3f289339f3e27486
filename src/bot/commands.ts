/**
 * The few text commands; any other message is a paste to diagnose. A command must be the whole
 * message, so an error text that contains "help" is still diagnosed. The manifest's
 * commandLists must list exactly these titles (a meta-test checks it).
 */
export interface Command {
  readonly title: string;
  readonly description: string;
  readonly aliases: readonly string[];
  readonly reply: 'help' | 'welcome';
}

export const COMMANDS: readonly Command[] = [
  { title: 'help', description: 'How to paste an error and what I can diagnose', aliases: ['help', '/help', '?', 'hilfe', 'aide', 'ayuda'], reply: 'help' },
  { title: 'start over', description: 'Start a new diagnosis', aliases: ['start over', 'restart', 'reset', '/reset', 'new', 'hi', 'hello', 'hey'], reply: 'welcome' },
];

export function matchCommand(text: string): Command | undefined {
  const t = text.trim().toLowerCase().replace(/[.!]+$/, '');
  if (t.length > 30) return undefined;
  return COMMANDS.find((c) => c.aliases.includes(t));
}
