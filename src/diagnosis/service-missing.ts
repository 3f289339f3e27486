/**
 * Whether the paste says the user lacks the service itself: no OneDrive, no mailbox, no license.
 * That explains a "not found" (not-authorization then steps back) and holds for app-only calls as
 * for delegated ones (user-access-or-license keeps it). Asked by both causes, answered here once.
 * Also whether the national cloud lacks the API altogether (not-authorization and wrong-audience ask).
 */
import type { Evidence } from './evidence/index.js';
import { conceptMatch } from './concept-signals.js';
import { PROSE_CONCEPTS } from './knowledge/prose-concepts.js';
import { hasAffirmedMatch, hasClaimedMatch, isStated } from './evidence/negation.js';
import { registerPhrases } from './phrase-index.js';
import { oncePerPaste } from './once-per-paste.js';

/**
 * The service cannot find the user's personal site ("mysite", the SharePoint site behind a
 * OneDrive): "Unable to retrieve user's mysite URL", "User's mysite not found". The OneDrive does
 * not exist yet, or the user has no license for it (https://learn.microsoft.com/graph/api/drive-get:
 * a licensed user's OneDrive is provisioned on first delegated use). It says the site is missing,
 * not why: an app-only call on /me finds no user's site either.
 */
const PERSONAL_SITE_NOT_FOUND = /\bunable to (?:retrieve|find|locate) (?:the )?user'?s? (?:personal site|mysite)\b|\buser'?s? (?:personal site|mysite)(?: url)? (?:was |is )?(?:not found|could not be found|does not exist)\b/;

/** What the user says of the account or tenant: no license (nor the tenant's Entra ID P1/P2), no OneDrive or mailbox yet. */
const SERVICE_CONCEPTS = PROSE_CONCEPTS.filter((c) => c.id === 'license-absent' || c.id === 'tenant-without-entra-premium' || c.id === 'service-not-provisioned');

/** The user's drive itself (not an item in it): /me/drive, /users/{id}/drive/root, …/root/children. */
const DRIVE_ITSELF = /^(?:me|users\/[^/]+)\/drive(?:\/root(?:\/children)?)?$/;
/** The directory says the user (not the drive) does not exist: then the id is wrong, not the OneDrive missing. */
const USER_MISSING = /request_resourcenotfound|user not found|does not exist or one of its queried/;

/**
 * Graph cannot find the user's drive itself: the user has no OneDrive. A licensed user's OneDrive
 * is provisioned on first delegated use of /me/drive (https://learn.microsoft.com/graph/api/drive-get),
 * so a "not found" there means it was never provisioned (an app-only call cannot provision it) or
 * the user has no OneDrive license. An item path below the root ("/root:/Reports/x.xlsx") is a
 * missing file instead.
 */
export function driveItselfNotFound(e: Evidence): string | undefined {
  const path = e.graphRequest?.segments.join('/').toLowerCase();
  if (path === undefined || !DRIVE_ITSELF.test(path) || USER_MISSING.test(e.lower)) return undefined;
  // An item addressed by its path below the root ("root:/Reports/x.xlsx") is a file, not the drive.
  if (/root:/i.test(e.request?.url ?? '')) return undefined;
  // /me with an app-only token names no user at all: that is the flow's problem, not a missing OneDrive.
  if (path.startsWith('me/') && e.context === 'app-only') return undefined;
  const notFound = e.statuses.includes(404) || e.codesLower.has('itemnotfound') || e.codesLower.has('resourcenotfound');
  // The user's segment is shown as {id}: it may be someone's sign-in name, and a card can reach a group chat.
  return notFound ? `${e.graphRequest?.method ?? 'GET'} /${path.replace(/^users\/[^/]+/, 'users/{id}')} was not found` : undefined;
}

export function personalSiteNotFound(e: Evidence): string | undefined {
  return e.has('mysite') || e.has('personal site') ? PERSONAL_SITE_NOT_FOUND.exec(e.lower)?.[0] : undefined;
}

const NO_MAILBOX = ['rest api is not yet supported for this mailbox', 'mailbox is either inactive, soft-deleted, or is hosted on-premise', 'mailbox does not exist'];
/**
 * "The user has no mailbox", "(no Exchange mailbox)", "doesn't have an Exchange Online mailbox";
 * not "svc has no mailbox permissions on it" (a right on another mailbox, which it may well have).
 */
const NO_MAILBOX_SAID = /\b(?:no|without an?|(?:does not|doesn't|do not|don't|did not|didn't) have an?)\s+(?:exchange(?: online)?\s+)?mailbox(?:es)?\b(?!\s+(?:permissions?|rights?|access|delegation|delegates?)\b)/;

/**
 * The mailbox said to live on premises ("my account has an Exchange on-prem mailbox", "their
 * mailboxes are still on-premises"): Graph reaches mail, calendars and contacts in Exchange Online
 * mailboxes (https://learn.microsoft.com/graph/api/resources/mail-api-overview); its REST support for
 * on-premises mailboxes in hybrid deployments was a preview that ended
 * (https://learn.microsoft.com/graph/hybrid-rest-support). Not one moved away from there ("migrated
 * from on-prem mailboxes").
 */
const ON_PREM_MAILBOX_SAID = /(?<!\b(?:from|off|left|leaving|migrat\w*|moved?|moving)\s+(?:(?:an?|the|our|their|exchange)\s+){0,2})\bon-?prem(?:ise|ises)?\)?\s+(?:exchange\s+(?:server\s+)?)?mailbox(?:es)?\b|\bmailbox(?:es)?\s+(?:is|are|was|were|still|lives?|sits?|resides?|hosted|located)\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,2}?on-?prem(?:ise|ises)?\b(?!\s+before)/;

/**
 * A mailbox on premises said in the other languages the product reads prose in: "ein
 * Exchange-on-prem-Postfach", "den lokalen (on-prem) Postfächern", "buzón local", "boîte aux lettres
 * locale", "caixa de correio local", "オンプレミスのメールボックス", "本地邮箱".
 */
const LOCALIZED_ON_PREM_MAILBOX = new RegExp(String.raw`on-?prem(?:ise|ises)?-(?:postf[äa]ch\w*|mailbox\w*)|\blokal\w*\s+(?:\(on-?prem\)\s+)?postf[äa]ch\w*|\bbuz[oó]n(?:es)?\s+(?:local(?:es)?|on-?prem\w*)\b|\bbo[iî]tes? aux lettres (?:locales?|on-?prem\w*)|\bcaixas? de correio (?:loca(?:l|is)|on-?prem\w*)|オンプレ(?:ミス)?(?:の)?(?:exchange\s?)?メールボックス|本地(?:的)?(?:exchange\s?)?邮箱|(?:mailbox|邮箱|メールボックス)\s?(?:是|在|は)[^。\n]{0,20}?(?:on-?prem\w*|本地|オンプレ)`);

/** The same in the other languages the product reads prose in: "ohne Mailbox", "sin buzón", "sans boîte aux lettres", "没有邮箱". */
const LOCALIZED_NO_MAILBOX = new RegExp(String.raw`\b(?:ohne|kein(?:e|en)?)\s+(?:exchange[- ])?(?:mailbox|postfach)\b|\bsin\s+(?:buzón|mailbox)\b|\bsans\s+(?:boîte aux lettres|boîte mail|mailbox)\b|\bsem\s+(?:caixa de correio|mailbox)\b|没有(?:exchange\s?)?(?:邮箱|mailbox)|メールボックスが(?:ない|存在しない|ありません)`);

/** The localized words for a mailbox, found by the one-pass phrase index rather than a regex scan of every paste. */
const LOCALIZED_MAILBOX_WORDS = ['postfach', 'postfäch', 'buzón', 'buzones', 'boîte', 'caixa de correio', 'caixas de correio', '邮箱', 'メールボックス'];
registerPhrases(LOCALIZED_MAILBOX_WORDS);

/** The mailbox itself is missing, in Exchange's words or the person's. */
export function noMailbox(e: Evidence): string | undefined {
  const listed = NO_MAILBOX.find((p) => e.has(p) && isStated(e.lower, p));
  if (listed) return listed;
  if (e.has('mailbox')) {
    const said = NO_MAILBOX_SAID.exec(e.lower);
    // Said, not only asked ("is it an on-prem mailbox? we still have a few in hybrid").
    if (said && hasClaimedMatch(e.lower, NO_MAILBOX_SAID)) return said[0];
    const onPrem = e.has('prem') ? ON_PREM_MAILBOX_SAID.exec(e.lower) : null;
    if (onPrem && hasClaimedMatch(e.lower, ON_PREM_MAILBOX_SAID)) return onPrem[0];
  }
  if (!e.has('mailbox') && !LOCALIZED_MAILBOX_WORDS.some((w) => e.has(w))) return undefined;
  const localizedOnPrem = LOCALIZED_ON_PREM_MAILBOX.exec(e.lower);
  if (localizedOnPrem && hasAffirmedMatch(e.lower, LOCALIZED_ON_PREM_MAILBOX)) return localizedOnPrem[0];
  return LOCALIZED_NO_MAILBOX.exec(e.lower)?.[0];
}
registerPhrases(['mailbox', 'prem']);

/** A group's membership, under /groups/{id}: a change to it is no mail feature of the group. */
const GROUP_MEMBERSHIP_SEGMENTS: ReadonlySet<string> = new Set(['members', 'owners', '$ref', 'memberof', 'transitivemembers', 'transitivememberof']);

/**
 * "No mailbox" for a group: only Microsoft 365 groups have Outlook conversations and a calendar
 * (https://learn.microsoft.com/graph/microsoft365-groups-concept-overview); a security group or a
 * distribution list has no group mailbox, so its mail features are refused whoever calls. Neither a
 * user's licence nor a permission changes that.
 */
export const groupWithoutMailbox = oncePerPaste((e: Evidence): boolean => {
  const seg = e.graphRequest?.segments;
  // Not a change to its members or owners ("add the new user to the licence group"): that is no mail feature.
  if (seg?.[0] !== 'groups' || seg.some((s) => GROUP_MEMBERSHIP_SEGMENTS.has(s.toLowerCase()))) return false;
  return e.codesLower.has('mailboxnotenabledforrestapi') || noMailbox(e) !== undefined;
});

/** The words that say the service is missing, if the paste says so. */
export function serviceSaidMissing(e: Evidence): string | undefined {
  const site = personalSiteNotFound(e) ?? driveItselfNotFound(e) ?? noMailbox(e);
  if (site) return site;
  for (const c of SERVICE_CONCEPTS) {
    const said = conceptMatch(e, c);
    if (said) return said.trim();
  }
  return undefined;
}

/**
 * The paste says the API is not offered in the national cloud it runs in ("unavailable in GCC High",
 * "not supported in 21Vianet"): Microsoft lists per cloud which Graph features exist
 * (https://learn.microsoft.com/graph/deployments), and no permission or token adds a missing one.
 */
const CLOUD_UNAVAILABLE = /\b(?:not|un)\s?(?:available|supported)\s+(?:yet\s+)?(?:in|on|for)\s+(?:the\s+)?(?:gcc(?:[- ]high)?|dod|us government|usgov|government|national|sovereign|21vianet|azure china|china)(?:\s+(?:sovereign|national))?(?:\s+clouds?|\s+tenants?|\s+environments?)?\b/;

export function cloudUnavailable(e: Evidence): string | undefined {
  if (!e.has('available') && !e.has('supported')) return undefined;
  const m = CLOUD_UNAVAILABLE.exec(e.lower);
  // Said, not asked: "Is OneDrive under /me not available in GCC High?" is the writer's guess.
  return m && hasClaimedMatch(e.lower, CLOUD_UNAVAILABLE) ? m[0] : undefined;
}
