/**
 * Whether the prose of a paste talks about access at all: users, licenses, apps, audiences,
 * tokens, permissions, tenants, credentials, signing in, being denied. A not-found or a
 * throttling error is not answered with confidence while the person also writes about those,
 * because then the "real" error may be elsewhere in the text.
 * Words inside URLs and paths ("/users/…", "application/json") and masked tokens are not prose.
 */

const ACCESS_WORD = /^\W*(?:users?|guests?|licen[cs]es?|licensed|unlicensed|apps?|applications?|audience|tokens?|permissions?|scopes?|consent(?:ed)?|roles?|admins?|administrators?|accounts?|privileges?|mailbox(?:es)?|tenants?|delegated|credentials?|secrets?|sign-?in|login|forbidden|unauthori[sz]ed|denied)\W*$/;
const ANY_ACCESS_WORD = /\b(?:user|guest|licen[cs]|app|audience|token|permission|scope|consent|role|admin|account|privilege|mailbox|tenant|delegated|credential|secret|sign-?in|login|forbidden|unauthori|denied)/;

export function speaksOfAccess(lower: string): boolean {
  if (!ANY_ACCESS_WORD.test(lower)) return false;
  // Word by word (linear): a word with a slash is a path or a URL, "[token]" a masked token.
  for (const word of lower.split(/\s+/)) {
    if (word.includes('/') || word.includes('\\') || word === '[token]' || word.length > 40) continue;
    for (const part of word.split(/[,;:()"'`]+/)) if (ACCESS_WORD.test(part)) return true;
  }
  return false;
}
