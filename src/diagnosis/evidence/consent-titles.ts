/**
 * The type of a granted permission told by its title. Microsoft titles a permission's delegated and
 * application forms differently where they differ in reach ("Send mail as a user" / "Send mail as any
 * user", "Read user mail" / "Read mail in all mailboxes"), and the portal's API permissions list and the
 * consent screen show that title beside the name (Microsoft's permissions data, adminDisplayName per
 * scheme, carried in the shipped index). A paste that copies the row copies the type with it, even
 * where its Type column was left out.
 */
import { consentTitlesOf, permissionByName } from '../../permissions/default-index.js';
import type { PermissionTypeMention } from './context-hints.js';

/** A permission's name as Microsoft forms them: Resource.Operation[.Constraint] (Mail.Send, Sites.Read.All). */
const PERMISSION_NAME = /\b[A-Z][A-Za-z]{1,40}(?:\.[A-Z][A-Za-z]{1,40}){1,3}\b/g;

/** The types the titles beside permission names say, line by line; empty when no line shows one. */
export function typesByConsentTitle(text: string): PermissionTypeMention[] {
  const out = new Set<PermissionTypeMention>();
  for (const line of text.split('\n')) {
    if (line.length > 400 || !line.includes('.')) continue;
    const lower = line.toLowerCase().replace(/\s+/g, ' ');
    PERMISSION_NAME.lastIndex = 0;
    for (let m = PERMISSION_NAME.exec(line); m !== null; m = PERMISSION_NAME.exec(line)) {
      const titles = consentTitlesOf(m[0]);
      if (!titles) continue;
      const delegated = titles.delegated.toLowerCase();
      const application = titles.application.toLowerCase();
      // Where one title holds the other, the longer one shown is the one meant.
      const [longer, shorter, longerType, shorterType]: [string, string, PermissionTypeMention, PermissionTypeMention] =
        delegated.length >= application.length ? [delegated, application, 'delegated', 'application'] : [application, delegated, 'application', 'delegated'];
      if (lower.includes(longer)) out.add(longerType);
      else if (lower.includes(shorter)) out.add(shorterType);
    }
  }
  return [...out];
}

/**
 * The portal's "Admin consent required" column copied as "No" for the permissions the paste names. Microsoft's data
 * marks every application permission as needing admin consent, so "No" fits only their delegated form: where each
 * named Graph permission has a delegated form that needs no admin consent and an application form that does, the
 * row is delegated, even with its Type column left out
 * (https://learn.microsoft.com/entra/identity-platform/permissions-consent-overview).
 */
const CONSENT_NOT_REQUIRED = /\badmin consent required\b\W{0,8}no\b/;
/** `lower` is the paste's lower-cased reading copy, `text` the paste itself (permission names keep their case there). */
export function typesByConsentRequired(text: string, lower: string): PermissionTypeMention[] {
  if (!lower.includes('admin consent required') || !CONSENT_NOT_REQUIRED.test(lower)) return [];
  const named = [...new Set(text.match(PERMISSION_NAME) ?? [])].map((n) => permissionByName(n)).filter((p) => p !== undefined);
  if (named.length === 0) return [];
  return named.every((p) => p.delegated?.requiresAdminConsent === false && p.application?.requiresAdminConsent === true) ? ['delegated'] : [];
}
