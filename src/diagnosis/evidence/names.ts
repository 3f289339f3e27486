/**
 * Class-like names in a paste that are not in an `error.code` field: exception and error types
 * ("MsalUiRequiredException", "SecurityTokenExpiredException: IDX10223 …", "TokenExpiredError")
 * and IDX codes of Microsoft.IdentityModel. One bounded pattern each, linear in the text.
 */

const EXCEPTION_NAME = /\b[A-Z][A-Za-z0-9]{2,80}(?:Exception|Error)\b/g;
const IDX_CODE = /\bIDX(\d{5})\b/gi;
/** CamelCase or Snake_Case identifiers of three words or more ("InvalidAuthenticationTokenAudience"). */
const CODE_LIKE = /\b[A-Z][a-z]+(?:_?[A-Z][a-z0-9]*){2,12}\b/g;
/** Words that make an identifier an error code rather than a class or property name. */
const ERROR_WORDS = /(?:Invalid|Error|Denied|Failed|Failure|Expired|Required|Forbidden|Unauthorized|NotFound|Disabled|Missing|Insufficient|NotSupported|NotEnabled|Blocked)/;

/** Exception and error type names, in the order first seen (at most 20). */
export function findExceptionNames(text: string): string[] {
  if (!text.includes('Exception') && !text.includes('Error')) return [];
  const out = new Set<string>();
  EXCEPTION_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EXCEPTION_NAME.exec(text)) !== null && out.size < 20) out.add(m[0]);
  return [...out];
}

/**
 * Error-code-like identifiers written in prose rather than in a code field: "Receiving
 * InvalidAuthenticationTokenAudience error". Read by their words only, never as known codes.
 */
export function findCodeLikeNames(text: string): string[] {
  const out = new Set<string>();
  CODE_LIKE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE_LIKE.exec(text)) !== null && out.size < 20) if (ERROR_WORDS.test(m[0])) out.add(m[0]);
  return [...out];
}

/** IDX codes ("IDX10223"), upper-cased, in the order first seen (at most 10). */
export function findIdxCodes(text: string): string[] {
  if (!/idx/i.test(text)) return [];
  const out = new Set<string>();
  IDX_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IDX_CODE.exec(text)) !== null && out.size < 10) out.add(`IDX${m[1] ?? ''}`);
  return [...out];
}
