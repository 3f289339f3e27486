/** Topic words: they order candidates that nothing else separates, and never decide on their own. */
import assert from 'node:assert/strict';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { verdicts } from '../../src/diagnosis/causes/index.js';
import { TOPIC_WORDS } from '../../src/diagnosis/knowledge/topic-words.js';

const now = new Date('2026-12-01T00:00:00Z');

/** Pastes (written for this test) with no code, message or claim that decides: the subject orders the candidates. */
const ordering: { name: string; paste: string; first: string }[] = [
  { name: 'a failure about a shared mailbox and membership', paste: 'Reading the shared mailbox through the Graph API fails for me, although I am a member of the group that owns it.', first: 'user-access-or-license' },
  { name: 'a 401 about the audience of the token', paste: 'GET https://graph.microsoft.com/v1.0/me returns 401. The backend passes the token it got from the SPA frontend.', first: 'wrong-audience' },
  { name: 'a failure between a national cloud and global Graph', paste: 'Our tenant is in AzureChinaCloud and every call to Graph fails after sign-in.', first: 'wrong-audience' },
  { name: 'a failure about an MFA prompt on the device', paste: 'The sign-in fails on the new device since the MFA policy was enabled for our location.', first: 'conditional-access' },
  { name: 'a 403 while updating a phone number', paste: 'PATCH https://graph.microsoft.com/v1.0/users/{id} fails with 403 when setting mobilePhone and the password.', first: 'password-reset-app-only' },
];

/** Words inside URLs, paths and identifiers are not prose and say nothing. */
const quiet: { name: string; paste: string; cause: string }[] = [
  { name: 'site and team inside a URL', paste: 'GET https://contoso.sharepoint.com/sites/team-site/_api/web returns 403', cause: 'user-access-or-license' },
  { name: 'password inside an identifier', paste: 'Error in reset_password_handler at line 12: 403', cause: 'password-reset-app-only' },
  { name: "an issue form's own heading", paste: '### Describe the bug\nGET /users fails with 403 for our app.', cause: 'not-authorization' },
  { name: 'a method of the HTTP client called in code', paste: 'ResponseEntity<String> r = restTemplate.exchange(requestEntity, String.class); fails with 403 Forbidden.', cause: 'wrong-audience' },
  { name: "OData's own annotation in a request body", paste: 'POST https://graph.microsoft.com/v1.0/groups/{id}/owners/$ref with {"@odata.id": "https://graph.microsoft.com/v1.0/users/{user-id}"} reports success, but the new owner cannot add a Planner tab.', cause: 'odata-access-disabled' },
];

describe('diagnosis/topic-signals: the words a paste is about', () => {
  for (const t of ordering) {
    it(`${t.name}: ${t.first} leads, and the bot still asks`, () => {
      const d = diagnose(t.paste, { now });
      assert.equal(d.causes[0]?.id, t.first);
      assert.equal(d.confident, false);
    });
  }
  for (const t of quiet) {
    it(`${t.name}: no topic evidence for ${t.cause}`, () => {
      const d = diagnose(t.paste, { now });
      const c = d.causes.find((x) => x.id === t.cause);
      assert.ok(!c || !c.evidence.some((x) => x.startsWith('The text is about')), c?.evidence.join(' | '));
    });
  }
  it('a greeting that happens to use such words is still nothing to diagnose', () => {
    const d = diagnose('Hi team, quick question about my license and the shared site, can someone help?', { now });
    assert.equal(d.empty, true);
    assert.equal(d.confident, false);
  });
  it('a decisive reason outweighs any number of topic words', () => {
    const d = diagnose('AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication. The user is a member of the team, has a license, owns the site and the shared mailbox.', { now });
    assert.equal(d.causes[0]?.id, 'conditional-access');
  });
});

describe('diagnosis/knowledge/topic-words: the table', () => {
  it('gives every verdict a subject, from a Microsoft page', () => {
    for (const v of verdicts) {
      const row = TOPIC_WORDS.find((t) => t.cause === v.id);
      assert.ok(row && row.words.length > 0, `${v.id} has no topic words`);
      assert.match(row.source, /^https:\/\/learn\.microsoft\.com\//);
    }
  });
  it('holds lower-case words, each once per verdict', () => {
    for (const t of TOPIC_WORDS) {
      assert.equal(new Set(t.words).size, t.words.length, t.cause);
      for (const w of t.words) assert.equal(w, w.toLowerCase());
    }
  });
});
