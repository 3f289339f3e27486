/**
 * Whether the paste says the user lacks the service itself: no OneDrive, no mailbox, no license.
 * That explains a "not found" (not-authorization then steps back) and holds for app-only calls as
 * for delegated ones (user-access-or-license keeps it). Asked by both causes, answered here once.
 */
import type { Evidence } from './evidence/index.js';
import { conceptMatch } from './concept-signals.js';
import { PROSE_CONCEPTS } from './knowledge/prose-concepts.js';

/**
 * The service cannot find the user's personal site ("mysite", the SharePoint site behind a
 * OneDrive): "Unable to retrieve user's mysite URL", "User's mysite not found". The OneDrive does
 * not exist yet, or the user has no license for it (https://learn.microsoft.com/graph/api/drive-get:
 * a licensed user's OneDrive is provisioned on first delegated use). It says the site is missing,
 * not why: an app-only call on /me finds no user's site either.
 */
const PERSONAL_SITE_NOT_FOUND = /\bunable to (?:retrieve|find|locate) (?:the )?user'?s? (?:personal site|mysite)\b|\buser'?s? (?:personal site|mysite)(?: url)? (?:was |is )?(?:not found|could not be found|does not exist)\b/;

/** What the user says of the account: no license, no OneDrive or mailbox yet. */
const SERVICE_CONCEPTS = PROSE_CONCEPTS.filter((c) => c.id === 'license-absent' || c.id === 'service-not-provisioned');

export function personalSiteNotFound(e: Evidence): string | undefined {
  return e.has('mysite') || e.has('personal site') ? PERSONAL_SITE_NOT_FOUND.exec(e.lower)?.[0] : undefined;
}

/** The words that say the service is missing, if the paste says so. */
export function serviceSaidMissing(e: Evidence): string | undefined {
  const site = personalSiteNotFound(e);
  if (site) return site;
  for (const c of SERVICE_CONCEPTS) {
    const said = conceptMatch(e, c);
    if (said) return said.trim();
  }
  return undefined;
}
