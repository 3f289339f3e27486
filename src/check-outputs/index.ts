/**
 * The registry of check outputs: one parser a format, tried in order, the first that reads
 * the text wins. Each parser accepts only its own shape (named fields or columns), so the
 * order matters only where shapes share fields; the most specific come first.
 */
import { appRoleAssignmentsParser } from './app-role-assignments.js';
import { delegatedGrantsParser } from './delegated-grants.js';
import { exchangeAuthorizationTestParser } from './exchange-authorization-test.js';
import { exchangeRoleAssignmentsParser } from './exchange-role-assignments.js';
import { licenseDetailsParser } from './license-details.js';
import { mailboxParser } from './mailbox.js';
import type { OutputParser, ParsedOutput } from './model.js';
import { requiredAccessParser } from './required-access.js';
import { signInLogParser } from './sign-in-log.js';

export type { OutputFacts, OutputKind, ParsedOutput } from './model.js';

export const OUTPUT_PARSERS: readonly OutputParser[] = [
  signInLogParser,
  requiredAccessParser,
  appRoleAssignmentsParser,
  delegatedGrantsParser,
  licenseDetailsParser,
  exchangeAuthorizationTestParser,
  exchangeRoleAssignmentsParser,
  mailboxParser,
];

/**
 * Cheap gate: every output the parsers read names one of these fields or phrases. Text
 * without any of them (an error body, prose) skips the parsers entirely.
 */
const MIGHT_BE_OUTPUT = /resourceaccess|apiid|consenttype|approleid|appliedconditionalaccesspolicies|conditionalaccessstatus|skupartnumber|licensedetails|recipienttypedetails|roleassignee|inscope|couldn't be found|could not be found|managementobjectnotfound/i;

/** The check output in a paste, or undefined when it is not one the bot reads. */
export function readCheckOutput(paste: string): ParsedOutput | undefined {
  if (!MIGHT_BE_OUTPUT.test(paste.length > 65536 ? paste.slice(0, 65536) : paste)) return undefined;
  for (const parser of OUTPUT_PARSERS) {
    const parsed = parser.parse(paste);
    if (parsed) return parsed;
  }
  return undefined;
}
