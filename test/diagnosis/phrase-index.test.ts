import assert from 'node:assert/strict';
import { findRegisteredPhrases, registerPhrases } from '../../src/diagnosis/phrase-index.js';

describe('diagnosis/phrase-index', () => {
  it('finds overlapping and nested phrases in one pass, like includes() would', () => {
    const phrases = ['access token', 'token is empty', 'is empty', 'empty', 'ken is', 'zzz-not-there'];
    registerPhrases(phrases);
    const text = 'the access token is empty today';
    const found = findRegisteredPhrases(text);
    for (const p of phrases) assert.equal(found.has(p), text.includes(p), p);
  });
});
