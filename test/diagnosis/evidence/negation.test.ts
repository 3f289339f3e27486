import assert from 'node:assert/strict';
import { hasAffirmedMatch, isAffirmed, isAskedAt, isClaimedWords, isGuessedAt, isStated, isStatedUnasked, isSupposedAt, wordsWrittenAsQuestion } from '../../../src/diagnosis/evidence/negation.js';

describe('diagnosis/evidence/negation', () => {
  const phrases: [string, string, boolean][] = [
    ['admin consent granted', 'consent granted', true],
    ['the admin has not consented', 'consented', false],
    ["it hasn't been consented yet", 'consented', false],
    ['never granted', 'granted', false],
    ['without a guest account', 'guest account', false],
    ["it didn't help. i am a guest user", 'guest user', true],
    ['not consented at first, then i consented', 'consented', true],
    ['nothing about it', 'consented', false],
    // A dash standing alone between two clauses ends the negation's reach, as other punctuation does.
    ['sign-in not working - guest user from a partner tenant', 'guest user', true],
    ['policy not applied - no application access policy found for this app', 'no application access policy found', true],
    ['not a real-world guest user', 'guest user', false],
    // The phrase as the end of a hyphenated word.
    ['the permission, which is not admin-consented on the app', 'consented', false],
    ['never pre-approved by an admin', 'approved', false],
    ['it is admin-consented, not pending', 'consented', true],
    // "Nobody" denies what follows as "no one" does.
    ['nobody has granted admin consent yet', 'granted', false],
    ['no one has granted admin consent yet', 'granted', false],
  ];
  for (const [text, phrase, said] of phrases) {
    it(`${said ? 'says' : 'does not say'} "${phrase}" in "${text}"`, () => assert.equal(isAffirmed(text, phrase), said));
  }

  const stated: [string, string, boolean][] = [
    ['{"error":{"code":"accessDenied","message":"Tenant does not have a SPO license."}}', 'spo license', true],
    ['ODataError: Tenant does not have a SPO license.', 'spo license', true],
    ['we have no conditional access policies in this tenant', 'conditional access', false],
    ['we checked conditional access sign-in logs', 'conditional access', true],
    // Each line is judged once, however many occurrences it holds: a denial in prose, then the service's own line.
    ['we have no spo license, no spo license at all\nmessage: tenant does not have a spo license', 'spo license', true],
    ['message: fine\nwe have no spo license, no spo license at all', 'spo license', false],
    // A first guess the person gave up is not said.
    ['looked like a throttling thing at first but no retry-after', 'throttl', false],
    ['i thought it was throttling, but there is no retry-after header', 'throttling', false],
    ['my first guess was an application access policy but get-applicationaccesspolicy comes back empty', 'application access policy', false],
    ['it looks like throttling: 429 with retry-after 30', 'throttling', true],
    // A guess put as a question is wondered, not said; the same words as a finding are said.
    ["getting this on a getasync and i'm guessing the token expired? we use clientsecretcredential", 'token expired', false],
    ['maybe the token expired? it is an hour old', 'token expired', false],
    ['the log says: token expired. i renewed it and it works', 'token expired', true],
    // The phrase itself written as the question ("Token expired??"), unless a why-question asks about what was seen.
    ['token expired?? i literally just got it 20 min ago', 'token expired', false],
    ['why is administrator approval required? the plugin asked for it after the update', 'approval required', true],
    ['401 token expired. why?', 'token expired', true],
    // The writer's own guess, not put as a question, is no finding either; the service's words beside it are.
    ['nightly job failed, i guess the token expired or the secret got rotated again.', 'token expired', false],
    ['we suspect the consent is missing, 403 from the api', 'consent is missing', false],
    ["i'm starting to think the application access policy is half-applied?? security set one up", 'application access policy', false],
    // One item of a bracketed list of what a script covers names a subject, not a finding.
    ['the hygiene script (stale guests, unlicensed users, empty groups, mailbox sizes) stops with 403', 'unlicensed', false],
    ['the call fails (user is unlicensed) with 403', 'unlicensed', true],
    // An error's own fields in brackets are what failed.
    ['apierror(code=403, message=insufficient privileges, error=authorization_requestdenied)', 'insufficient privileges', true],
    ['i guess the token expired.\nerror: 401 token expired', 'token expired', true],
    [`${'no spo license '.repeat(500)}\nerror: no spo license`, 'spo license', true],
  ];
  for (const [text, phrase, said] of stated) {
    it(`${said ? 'takes' : 'does not take'} "${phrase}" as stated in "${text}"`, () => assert.equal(isStated(text.toLowerCase(), phrase), said));
  }

  // A phrase asked about is not said: its clause opens with a question word and ends with "?".
  const asked: [string, string, boolean][] = [
    ['do i have the correct permissions?', 'correct permissions', true],
    ['can we confirm [the docs](https://graph.microsoft.io/en-us/docs/api) are listing the correct permissions to add users?', 'correct permissions', true],
    ['i granted admin consent, why does it still fail?', 'granted admin consent', false],
    ['we have the correct permissions but why is it 403?', 'correct permissions', false],
    ['is it a bug? we have the correct permissions.', 'correct permissions', false],
    ['we have the correct permissions', 'correct permissions', false],
    // The question word may be the phrase's own first word.
    ['have you granted admin consent for the app?', 'have you granted', true],
    // Chinese and Japanese ask without a question word: the clause ends with a full-width question mark.
    ['是权限还没加够吗？还是个人账号不支持？', '个人账号', true],
    ['個人アカウントは使えないのでしょうか？', '個人アカウント', true],
    ['用个人账号登录就失败，为什么？', '个人账号', false],
    ['個人アカウントでサインインすると失敗します。', '個人アカウント', false],
    // German, French, Spanish and Portuguese open a question with a verb or a question word of their own.
    ['muss ich da noch was mit sites.selected machen?', 'sites.selected', true],
    ['faut-il ajouter sites.selected ?', 'sites.selected', true],
    ['¿debo usar sites.selected?', 'sites.selected', true],
    ['preciso de sites.selected?', 'sites.selected', true],
    ['wir haben sites.selected erteilt.', 'sites.selected', false],
    // Spanish marks the question at its start, whatever word opens it.
    ['funciona con otros grupos. ¿me falta group.readwrite.all en el registro?', 'falta group.readwrite.all', true],
    ['me falta group.readwrite.all en el registro, ¿verdad?', 'falta group.readwrite.all', false],
    // A hedge opening a clause that ends in a question mark is a guess, in English and the other languages.
    ['the list call returns 500. maybe the app is missing a permission?', 'missing a permission', true],
    ["doesn't the app lack the sites.read.all permission?", 'lack the sites.read.all permission', true],
    ['vielleicht fehlt mail.send?', 'fehlt mail.send', true],
    ['maybe the app is missing a permission.', 'missing a permission', false],
  ];
  for (const [text, phrase, isAsked] of asked) {
    it(`${isAsked ? 'reads a question' : 'reads no question'} about "${phrase}" in "${text}"`, () => assert.equal(isAskedAt(text, text.indexOf(phrase)), isAsked));
  }

  // A guess or a supposition before the phrase is no finding.
  const hedged: [string, string, 'guessed' | 'supposed' | 'said'][] = [
    ['this may be due to the conditional access policy settings such as mfa', 'conditional access policy', 'guessed'],
    ['blocked by the conditional access policy of the tenant', 'conditional access policy', 'said'],
    ['if you have not yet provided admin consent, please do that first', 'have not yet provided admin consent', 'supposed'],
    ['if a user with no admin role runs it, it fails', 'no admin role', 'said'],
    // The same sentence asks whether it is the reason: suspected, not found.
    ["their it also has a conditional access policy requiring compliant devices, is that why it's rejected?", 'conditional access policy', 'guessed'],
    ['we have a conditional access policy for guests. could that be the reason?', 'conditional access policy', 'said'],
    ['a conditional access policy blocks unmanaged devices, would that explain the 403?', 'conditional access policy', 'guessed'],
  ];
  for (const [text, phrase, how] of hedged) {
    it(`reads "${phrase}" as ${how} in "${text}"`, () => {
      const at = text.indexOf(phrase);
      assert.deepEqual([isGuessedAt(text, at), isSupposedAt(text, at)], [how === 'guessed', how === 'supposed']);
    });
  }

  const patterns: [string, RegExp, boolean][] = [
    ['works for the admin', /works? for the admin/, true],
    ['does not work for the admin', /works? for the admin/, false],
    ['does not work for the admin, but works for the admin account of the other tenant', /works? for the admin/, true],
  ];
  for (const [text, re, said] of patterns) {
    it(`${said ? 'matches' : 'finds only negated matches of'} ${re} in "${text}"`, () => assert.equal(hasAffirmedMatch(text, re), said));
  }
});

describe('diagnosis/evidence/negation: advice told to the reader is no claim', () => {
  const rows: [string, string, boolean][] = [
    ['access denied, please ensure the credentials have the right permissions in azure ad', 'right permissions', false],
    ['make sure you have the correct scopes before calling', 'correct scopes', false],
    ['we checked: the app has the right permissions and admin consent', 'right permissions', true],
  ];
  for (const [text, phrase, claimed] of rows) {
    it(`${claimed ? 'claims' : 'does not claim'} "${phrase}" in "${text}"`, () => assert.equal(isClaimedWords(text, phrase), claimed));
  }
});

describe('diagnosis/evidence/negation: words written as the question', () => {
  // [text, the words, asked]
  const table: [string, string, boolean][] = [
    ['errorinvaliduser for our alerts mailbox – no license??', 'no license', true],
    ['token expired?? i literally just got it 20 min ago', 'token expired', true],
    // A word or two may stand between the words and the mark.
    ['token expired again?? i literally just got it 2 min ago', 'token expired', true],
    ['the alerts mailbox has no license at all?', 'no license', true],
    ['the token expired for the user in sales?', 'token expired', false],
    // A label that ends in "?" (the portal's setting), quoted, is no question.
    ['change "user assignment required?" setting to no', 'user assignment required', false],
    // Words the writer reports, with a doubting mark, are still what the page says.
    ['the api reference says application permissions are not supported?', 'application permissions are not supported', false],
    ['the token expired. i renewed it', 'token expired', false],
  ];
  for (const [text, words, asked] of table) {
    it(`${asked ? 'reads' : 'does not read'} "${words}" as asked in "${text}"`, () => {
      const at = text.indexOf(words);
      assert.equal(wordsWrittenAsQuestion(text, at, at + words.length), asked);
    });
  }
});

describe('diagnosis/evidence/negation: said, not only asked (for words a writer asks about as often as a service says them)', () => {
  // [text, phrase, stated]
  const table: [string, string, boolean][] = [
    ['is bookings throttling us or something?', 'throttl', false],
    // The question left without its mark, as the last words of the paste.
    ['why would graph refuse the same token?? is there some throttling on group exports', 'throttl', false],
    ['429 too many requests: the request has been throttled', 'throttl', true],
    ['the request has been throttled\nis this normal', 'throttl', true],
  ];
  for (const [text, phrase, stated] of table) {
    it(`${stated ? 'takes' : 'does not take'} "${phrase}" as said in "${text}"`, () => assert.equal(isStatedUnasked(text, phrase), stated));
  }
});
