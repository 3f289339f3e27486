/**
 * Looks every code, name and message of a paste up in the knowledge tables, once per paste:
 * known rows (AADSTS, service codes, IDX codes, exception names, service messages, the runtime's
 * transport errors) and, for codes no table lists, the rules their own words satisfy.
 */
import type { Evidence } from '../evidence/index.js';
import { registerPhrases } from '../phrase-index.js';
import { oncePerPaste } from '../once-per-paste.js';
import { AADSTS_BY_CODE } from './aadsts.js';
import { codeWords, rulesFor, type WordRule } from './code-words.js';
import { EXCEPTIONS, EXCEPTIONS_BY_NAME } from './exceptions.js';
import { IDX_BY_CODE } from './idx-codes.js';
import { officeSsoCodes } from './office-sso-codes.js';
import type { KnowledgeRow } from './row.js';
import { SERVICE_CODES, SERVICE_CODES_BY_CODE, TOKEN_ENDPOINT_ROWS } from './service-codes.js';
import { SERVICE_MESSAGES, TOKEN_ENDPOINT_MESSAGES } from './service-messages.js';
import { TRANSPORT_ERRORS } from './transport-errors.js';
import { bookingBusinessIdNamesNoMailbox } from '../bookings.js';

export interface KnownFinding {
  readonly row: KnowledgeRow;
  /** How it appeared: "AADSTS50076", "ErrorAccessDenied", "IDX10223", a message. */
  readonly as: string;
}

export interface WordFinding {
  readonly code: string;
  readonly rule: WordRule;
}

export interface KnowledgeFindings {
  readonly known: readonly KnownFinding[];
  readonly words: readonly WordFinding[];
}

const CODE_PHRASES = [...SERVICE_CODES, ...EXCEPTIONS].map((r) => r.code.toLowerCase());
const MESSAGE_PHRASES = new Map([...SERVICE_MESSAGES, ...TRANSPORT_ERRORS].map((r) => [r.code.toLowerCase(), r] as const));
registerPhrases(CODE_PHRASES);
registerPhrases([...MESSAGE_PHRASES.keys()]);

/** The token endpoint's generic words, which an AADSTS code beside them overrules (see service-codes.ts). */
const TOKEN_ENDPOINT_GENERIC = new Set<KnowledgeRow>([...TOKEN_ENDPOINT_ROWS, ...TOKEN_ENDPOINT_MESSAGES]);

const WORD_CHAR = /[a-z0-9_]/;

/** A code found as a whole word: "accessdenied" inside "erroraccessdenied" is not accessDenied. */
function standsAlone(lower: string, code: string): boolean {
  for (let at = lower.indexOf(code); at >= 0; at = lower.indexOf(code, at + code.length)) {
    const before = lower[at - 1];
    const after = lower[at + code.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

export const knowledgeFindings = oncePerPaste(readKnowledgeFindings);

/**
 * Whether the tables read this code in the paste (as a code standing alone, not glued into another
 * word such as "Authorization_RequestDeniedmsg:"): a signal that reads the code's message instead
 * counts only when the code itself did not.
 */
export function readsKnownCode(e: Evidence, code: string): boolean {
  const lower = code.toLowerCase();
  return knowledgeFindings(e).known.some((k) => k.row.code.toLowerCase() === lower);
}

function readKnowledgeFindings(e: Evidence): KnowledgeFindings {
  const known: KnownFinding[] = [];
  const words: WordFinding[] = [];
  const seen = new Set<string>();
  const addKnown = (row: KnowledgeRow, as: string): void => {
    const key = row.code.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    known.push({ row, as });
  };
  const addWords = (code: string, text: string): void => {
    // The most specific rule speaks for the code; generic ones (access denied) only break ties.
    const rules = rulesFor(codeWords(text));
    const specific = rules.find((r) => !r.generic);
    for (const rule of rules) if (rule.generic || rule === specific) words.push({ code, rule });
  };
  for (const a of e.aadsts) {
    // A code that only wraps another ("Error validating credentials. AADSTS50126: …") leaves the meaning to it.
    if (a.wraps) continue;
    const row = AADSTS_BY_CODE.get(a.code);
    if (row) addKnown(row, `AADSTS${a.code}`);
    // An unlisted AADSTS code still says what it is in its description.
    else addWords(`AADSTS${a.code}`, a.description);
  }
  for (const code of e.idxCodes) {
    const row = IDX_BY_CODE.get(code.toLowerCase());
    if (row) addKnown(row, code);
  }
  // An Office add-in's SSO call returns bare numbers: read only beside that call.
  for (const row of officeSsoCodes(e.lower)) addKnown(row, `Office add-in SSO error ${row.code}`);
  for (const p of e.present) {
    const row = SERVICE_CODES_BY_CODE.get(p) ?? EXCEPTIONS_BY_NAME.get(p) ?? MESSAGE_PHRASES.get(p);
    if (row && TOKEN_ENDPOINT_GENERIC.has(row) && e.aadsts.length > 0) continue;
    // A message of several words is specific as it stands; a one-word name must stand alone.
    if (row && ((MESSAGE_PHRASES.has(p) && p.includes(' ')) || standsAlone(e.lower, p))) addKnown(row, row.code);
  }
  // Codes and exception names no table lists are read by their words.
  for (const code of [...e.codes, ...e.exceptionNames, ...e.codeLikeNames]) {
    const lower = code.toLowerCase();
    if (SERVICE_CODES_BY_CODE.has(lower) || EXCEPTIONS_BY_NAME.has(lower) || seen.has(lower)) continue;
    addWords(code, code);
  }
  // A message that names one case of a code speaks for it: the code's broader row stays silent.
  // A message that is a code's own words stays silent beside that code.
  const refined = new Set(known.flatMap((k) => (k.row.refines === undefined ? [] : [k.row.refines.toLowerCase()])));
  const codesSaid = new Set(known.map((k) => k.as.toLowerCase()));
  const wordsOfSaidCode = (k: KnownFinding): boolean => k.row.wordsOf?.some((c) => codesSaid.has(c.toLowerCase())) === true;
  // ErrorNonExistentMailbox on a booking business names its id, not a user without a mailbox (../bookings.ts): that row stays silent.
  const idNamesNoMailbox = (k: KnownFinding): boolean => k.row.code.toLowerCase() === 'errornonexistentmailbox' && bookingBusinessIdNamesNoMailbox(e);
  return { known: known.filter((k) => !refined.has(k.as.toLowerCase()) && !wordsOfSaidCode(k) && !idNamesNoMailbox(k)), words };
}
