import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findRegisteredPhrases, registerPhrases } from '../../src/diagnosis/phrase-index.js';

/** What the index must agree with: includes() for every phrase of the list. */
function byIncludes(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((p) => text.includes(p)).sort();
}

function found(text: string, phrases: readonly string[]): string[] {
  const hits = findRegisteredPhrases(text);
  return phrases.filter((p) => hits.has(p)).sort();
}

describe('diagnosis/phrase-index', () => {
  // Long and nested phrases, shared prefixes and suffixes, non-ASCII: deep nodes (past the dense
  // rows) and failure links from them are exercised too.
  const phrases = [
    'access token',
    'token is empty',
    'is empty',
    'empty',
    'ken is',
    'zzz-not-there',
    'insufficient privileges to complete the operation',
    'privileges to complete',
    'complete the',
    'the operation was blocked',
    'ablation',
    'aaab',
    'aab',
    'パスワード',
    'mot de passe expiré',
    // A character outside ASCII a few characters in, then ASCII again (the dense rows hold ASCII only).
    'zé-ab',
    'é-a',
  ];
  registerPhrases(phrases);

  const cases: { name: string; text: string }[] = [
    { name: 'overlapping and nested phrases', text: 'the access token is empty today' },
    { name: 'a long phrase and the shorter ones inside it', text: 'error: insufficient privileges to complete the operation.' },
    { name: 'a long prefix that then diverges', text: 'insufficient privileges to compute; complete the operatio' },
    { name: 'repeated characters that need failure links', text: 'aaaab aaab aab' },
    { name: 'non-ASCII phrases and characters in no phrase', text: 'パスワードの有効期限 · mot de passe expiré — ✓' },
    { name: 'ASCII after a character outside ASCII, through failure links', text: 'zzé-abc zé-a zé-ab' },
    { name: 'nothing registered', text: 'completely unrelated text' },
    { name: 'empty text', text: '' },
  ];
  for (const c of cases) {
    it(`finds what includes() finds: ${c.name}`, () => {
      assert.deepEqual(found(c.text, phrases), byIncludes(c.text, phrases));
    });
  }

  it('agrees with includes() on random texts built from phrase pieces', () => {
    const piece = fc.oneof(
      fc.constantFrom(...phrases),
      fc.constantFrom(...phrases).chain((p) => fc.nat(p.length).map((n) => p.slice(0, n))),
      fc.constantFrom(...phrases).chain((p) => fc.nat(p.length).map((n) => p.slice(n))),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(found(text, phrases), byIncludes(text, phrases));
      }),
      { numRuns: 400 },
    );
  });
});
