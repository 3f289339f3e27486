/**
 * Whether a user has an Exchange Online mailbox: Get-EXOMailbox (list or table, with
 * RecipientTypeDetails such as UserMailbox or SharedMailbox,
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-exomailbox), or the
 * error it prints when there is none ("couldn't be found").
 */
import { emptyFacts, type OutputParser, type ParsedOutput } from './model.js';
import { bounded, readRows, text } from './text-shapes.js';

const NOT_FOUND = /get-(?:exo)?mailbox\b[\s\S]{0,400}?(?:couldn't be found|could not be found|ManagementObjectNotFound)/i;

export function parseMailbox(input: string): ParsedOutput | undefined {
  const t = bounded(input);
  if (NOT_FOUND.test(t)) {
    return { kind: 'mailbox', format: 'text', title: 'Exchange Online mailbox', lines: ['Exchange Online has no mailbox for this user (the cmdlet says it couldn\'t be found).'], personal: [], facts: { ...emptyFacts('mailbox'), mailbox: { found: false } } };
  }
  const read = readRows(t);
  const row = read?.rows.find((r) => text(r, 'RecipientTypeDetails') !== undefined && (text(r, 'UserPrincipalName') !== undefined || text(r, 'PrimarySmtpAddress') !== undefined || text(r, 'Alias') !== undefined));
  if (!read || !row) return undefined;
  const type = text(row, 'RecipientTypeDetails') as string;
  const who = text(row, 'UserPrincipalName') ?? text(row, 'PrimarySmtpAddress') ?? text(row, 'Alias') ?? '';
  // Get-EXOMailbox lists only mailboxes in Exchange Online; a MailUser is a mail contact for a
  // mailbox hosted elsewhere (on-premises), which Graph cannot reach.
  const found = !/^mailuser$/i.test(type);
  return {
    kind: 'mailbox',
    format: read.format,
    title: 'Exchange Online mailbox',
    lines: [found ? `${who}: an Exchange Online mailbox of type ${type}.` : `${who}: ${type} — the mailbox is not in Exchange Online.`],
    personal: who ? [who] : [],
    facts: { ...emptyFacts('mailbox'), mailbox: { found, type: type.slice(0, 60) } },
  };
}

export const mailboxParser: OutputParser = {
  kind: 'mailbox',
  commands: ['Get-EXOMailbox'],
  source: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-exomailbox',
  parse: parseMailbox,
};
