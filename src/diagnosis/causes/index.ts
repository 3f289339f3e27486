/**
 * The registry: every cause module, in the order that breaks ties (most specific first).
 * Adding a cause = its module, its test, and one line here (a meta-test checks all three).
 */
import type { Cause, Verdict } from '../cause.js';
import conditionalAccess from './conditional-access.js';
import notAuthorization from './not-authorization.js';
import odataAccessDisabled from './odata-access-disabled.js';
import passwordResetAppOnly from './password-reset-app-only.js';
import permissionTypeMismatch from './permission-type-mismatch.js';
import permissionsMissing from './permissions-missing.js';
import tokenInvalid from './token-invalid.js';
import userAccessOrLicense from './user-access-or-license.js';
import wrongAudience from './wrong-audience.js';

export const causes: readonly Cause[] = [
  odataAccessDisabled,
  conditionalAccess,
  passwordResetAppOnly,
  wrongAudience,
  tokenInvalid,
  permissionTypeMismatch,
  userAccessOrLicense,
  permissionsMissing,
];

/** The eight causes plus the not-authorization verdict. */
export const verdicts: readonly Verdict[] = [...causes, notAuthorization];

export function verdictById(id: string): Verdict | undefined {
  return verdicts.find((v) => v.id === id);
}
