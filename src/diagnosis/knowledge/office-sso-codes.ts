/**
 * The error codes an Office add-in's single sign-on call (getAccessToken, getAccessTokenAsync)
 * returns: five-digit numbers from 13000 on, with their causes as Office's troubleshooting page lists
 * them. Most are the add-in's or the Office client's setup, not a permission; 13005 and 13007 are
 * the add-in's registration and consent (its web API's authorized client, the profile permission).
 *
 * A bare number is many things, so these are read only where the paste names the add-in SSO call.
 */
import { rows, type KnowledgeRow } from './row.js';

export const OFFICE_SSO_ERRORS = 'https://learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins';

export const OFFICE_SSO_CODES: readonly KnowledgeRow[] = rows(OFFICE_SSO_ERRORS, [
  ['13000', 'not-authorization', 'strong', "this Office version or platform does not offer getAccessToken, or the add-in's manifest lacks its WebApplicationInfo section: fall back to another sign-in"],
  ['13001', 'not-authorization', 'hint', 'the user is not signed in to Office: call getAccessToken with allowSignInPrompt: true'],
  ['13002', 'permissions-missing', 'hint', 'the user cancelled the sign-in or the consent dialog'],
  ['13003', 'not-authorization', 'strong', 'Office is signed in with an account type SSO does not take (an on-premises domain account; in Outlook also modern authentication turned off for Exchange Online)'],
  ['13004', 'not-authorization', 'strong', "invalid resource: the manifest's WebApplicationInfo Resource does not match the add-in's domain"],
  ['13005', 'permissions-missing', 'strong', "invalid grant: Office is not pre-authorized for the add-in's web API (an authorized client application of its registration), or the user has not granted, or has revoked, the profile permission"],
  ['13006', 'not-authorization', 'hint', 'a client error of Office on the web: sign out and restart the browser session'],
  ['13007', 'permissions-missing', 'hint', "Office could not get a token for the add-in's web API: its registration and manifest need the profile permission (openid too with MSAL.NET); in production also an account of another type than the app expects, or an app not enabled for users to sign in"],
  ['13008', 'not-authorization', 'strong', 'getAccessToken was called again before the previous call completed'],
  ['13010', 'not-authorization', 'strong', 'Office on the web in Microsoft Edge with the Microsoft 365 domain and login.microsoftonline.com in different security zones'],
  ['13012', 'not-authorization', 'hint', 'getAccessToken is not supported here (a platform such as iPad, a document opened with Edit in Teams), or a Marketplace add-in asked forMSGraphAccess without an admin\'s consent'],
  ['13013', 'not-authorization', 'strong', 'getAccessToken was called too often in a short time and Office throttled it: break the retry loop'],
]);

const BY_CODE = new Map(OFFICE_SSO_CODES.map((r) => [r.code, r] as const));
/** The add-in SSO call named: the API, or an add-in's SSO in words. */
const OFFICE_SSO_CONTEXT = /getaccesstoken(?:async)?\b|\b(?:office|officeruntime)\.auth\b|\badd-?ins?\b[^\n]{0,80}\bsso\b|\bsso\b[^\n]{0,80}\badd-?ins?\b/;
const CODE = /\b130(?:0\d|1[0-3])\b/g;

/** The add-in SSO codes a paste names beside that call, each once. */
export function officeSsoCodes(lower: string): KnowledgeRow[] {
  if (!lower.includes('130') || !OFFICE_SSO_CONTEXT.test(lower)) return [];
  const out: KnowledgeRow[] = [];
  for (const m of lower.matchAll(CODE)) {
    const row = BY_CODE.get(m[0]);
    if (row && !out.includes(row)) out.push(row);
    if (out.length >= 5) break;
  }
  return out;
}
