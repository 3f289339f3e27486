/**
 * The same paste laid out the ways people's tools lay it out gets the same answer: copied from a
 * web page (non-breaking spaces), typed on a phone (curly quotes), justified or aligned (runs of
 * spaces), wrapped by a mail client or forum at a fixed width, cut mid-word by a console, lower-cased
 * or escaped into a one-line log, inside an issue form or a Q&A page's chrome, fenced in Markdown,
 * quoted in a reply. Pastes written for this test.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../src/diagnosis/diagnose.js';

const PASTES: readonly string[] = [
  "Our daemon uses the client credentials flow and calls GET https://graph.microsoft.com/v1.0/me/messages.\nIt fails with: /me request is only valid with delegated authentication flow.",
  "The signed-in user is a guest in the partner tenant and GET /groups returns 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. Reading one group by id works.",
  "We send the token we got for our own API (api://contoso-api) to Microsoft Graph and it doesn't work: 401 InvalidAuthenticationToken, Access token validation failure. Invalid audience.",
  "After the admin enabled MFA for everyone, the nightly sync started failing with AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.",
  "The mailbox of the new hire doesn't have an Exchange Online license yet and GET /users/{id}/messages returns MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.",
];

/** Wraps prose at about 60 columns between words, as a mail client or forum does. */
function wrapped(text: string): string {
  return text.split('\n').map((line) => line.replace(/(.{40,60}?) /g, '$1\n')).join('\n');
}

const LAYOUTS: readonly (readonly [string, (text: string) => string])[] = [
  ['non-breaking spaces', (t) => t.replace(/ /g, '\u00a0')],
  ['runs of spaces', (t) => t.replace(/ /g, '   ')],
  ['curly quotes', (t) => t.replace(/'/g, '\u2019')],
  ['wrapped at 60 columns', wrapped],
  ['cut mid-word at an 80-column console', (t) => t.split('\n').map((line) => line.match(/.{1,80}/g)?.join('\n') ?? line).join('\n')],
  ['escaped into a one-line log', (t) => JSON.stringify(t).slice(1, -1)],
  ['lower-cased by a log pipeline', (t) => t.toLowerCase()],
  ['inside a GitHub issue form', (t) => `### Describe the bug\n${t}\n\n### Expected behavior\nThe request should succeed.\n\n### SDK Version\n2.25.0\n\n### Other information\n_No response_`],
  ['copied from a Q&A page with its tags and counters', (t) => `${t}\n\nMicrosoft Security | Microsoft Graph | Microsoft Entra ID\n0 comments No comments\n{count} votes`],
  ['a Markdown fence', (t) => `\`\`\`\n${t}\n\`\`\``],
  ['a quoted reply', (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
  ['Windows line ends', (t) => t.replace(/\n/g, '\r\n')],
];

describe('diagnosis: the same paste in the layouts tools give it', () => {
  for (const paste of PASTES) {
    const expected = diagnose(paste);
    for (const [layout, lay] of LAYOUTS) {
      it(`answers "${paste.slice(0, 40)}…" the same with ${layout}`, () => {
        const got = diagnose(lay(paste));
        assert.equal(got.causes[0]?.id, expected.causes[0]?.id);
        assert.equal(got.confident, expected.confident);
      });
    }
  }
});
