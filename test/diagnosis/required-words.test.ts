import assert from 'node:assert/strict';
import fc from 'fast-check';
import { requiredWords } from '../../src/diagnosis/required-words.js';

describe('diagnosis/required-words', () => {
  // Each pattern with the words one of which every match holds (sorted), or undefined where none is known.
  const cases: { name: string; pattern: RegExp; words: string[] | undefined }[] = [
    { name: 'a plain phrase', pattern: /access denied/, words: ['access denied'] },
    { name: 'word boundaries add nothing', pattern: /\bforbidden\b/, words: ['forbidden'] },
    { name: 'alternatives: one word from each', pattern: /\b(?:throttled|too many requests)\b/, words: ['throttled', 'too many requests'] },
    { name: 'a small class multiplies the words', pattern: /authori[sz]ation/, words: ['authorisation', 'authorization'] },
    { name: 'an optional piece gives both spellings', pattern: /\bworks?\b/, words: ['work', 'works'] },
    { name: 'the longer of two runs split by spaces', pattern: /\bsome\s+users\s+fail/, words: ['users'] },
    { name: 'a gap of any characters splits the runs', pattern: /\btoken\b[^.\n]{0,60}\bexpired\b/, words: ['expired'] },
    { name: 'a piece repeated at least n times needs it n times over', pattern: /(?:ab|cd)e{3,}/, words: ['eee'] },
    { name: 'case is folded under the i flag', pattern: /Bearer Token/i, words: ['bearer token'] },
    { name: 'escaped punctuation is itself', pattern: /graph\.microsoft\.com\/v1\.0/, words: ['graph.microsoft.com/v1.0'] },
    { name: 'a look-ahead adds no word', pattern: /\btenant(?! id)\b/, words: ['tenant'] },
    { name: 'a look-behind adds no word', pattern: /(?<!not )granted/, words: ['granted'] },
    { name: 'a named group is read like any group', pattern: /(?<code>aadsts\d+)/, words: ['aadsts'] },
    { name: 'a brace that is no quantifier is a literal', pattern: /a{count} votes/, words: ['a{count} votes'] },
    { name: 'many alternatives: each brings its word', pattern: new RegExp(Array.from({ length: 70 }, (_, i) => `code${String(i).padStart(3, '0')}`).join('|')), words: Array.from({ length: 70 }, (_, i) => `code${String(i).padStart(3, '0')}`) },
    { name: 'an alternative without a word leaves none', pattern: /\bexpired\b|\d{3}/, words: undefined },
    { name: 'a pattern that may match nothing at all', pattern: /(?:abc)?/, words: undefined },
    { name: 'words shorter than three letters are no gate', pattern: /\bno\b|\bid\b/, words: undefined },
    { name: 'back-references are not modelled', pattern: /(abc)\1/, words: undefined },
    { name: 'legacy octal escapes are not modelled', pattern: new RegExp(String.raw`abc\012def`), words: undefined },
    { name: 'the u flag is not modelled', pattern: /\p{L}abcd/u, words: undefined },
    { name: 'a negated class is any character', pattern: /[^abc]{3}/, words: undefined },
    { name: 'a star after a run cuts it', pattern: /\bwork(?:s|ed)* fine/, words: [' fine'] },
    { name: 'an optional part inside a run keeps the run exact', pattern: /\bsign(?:ed)?[- ]in\b/, words: ['sign in', 'sign-in', 'signed in', 'signed-in'] },
    { name: 'non-ASCII literals', pattern: /不是成员|kein mitglied/, words: ['kein mitglied', '不是成员'] },
    { name: 'unicode escapes', pattern: /\u00fcberein/, words: ['übere' + 'in'] },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const words = requiredWords(c.pattern);
      assert.deepEqual(words === undefined ? undefined : [...words].sort(), c.words);
    });
  }

  // The one promise that matters: a text that holds none of the words is never matched. Random
  // texts over the letters and words of the patterns, so that matches do happen.
  const patterns = [
    /\b(?:some|certain) (?:of (?:the )?)?users (?:get|fail)\b/,
    /\btoken\b[^.\n]{0,20}?\b(?:for|from) (?:the )?graph\b/,
    /authori[sz]ation(?:_requestdenied)?|\baccess (?:is )?denied\b/,
    /\b(?:works?|worked) (?:fine )?(?:with|for) (?:my|the) (?:admin|account)s?\b/,
    /(?:abc|xa?cd)+e{3}(?=d)|x?yzz{2}/,
    /\bsign(?:ed)?[- ]?in(?! failed)\b/i,
  ];
  const pieces = ['some ', 'certain ', 'of ', 'the ', 'users ', 'get', 'fail', 'token ', 'for ', 'from ', 'graph', 'authorization', 'authorisation', '_requestdenied', 'access ', 'is ', 'denied', 'works ', 'worked ', 'fine ', 'with ', 'my ', 'admin', 'account', 's', 'a', 'b', 'c', 'd', 'e', 'x', 'y', 'z', 'sign', 'ed', '-', 'in', ' failed', ' ', '.', '\n', 'Sign', 'IN'];
  it('never names words a matching text lacks (random texts)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const p of patterns) {
          const words = requiredWords(p);
          assert.ok(words, `no words for ${p}`);
          if (p.test(text)) assert.ok(words.some((w) => text.toLowerCase().includes(w)), `${p} matched ${JSON.stringify(text)} without any of ${JSON.stringify(words)}`);
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
