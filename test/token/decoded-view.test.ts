import assert from 'node:assert/strict';
import { decodedView, hasEncodings } from '../../src/token/decoded-view.js';

describe('token/decoded-view', () => {
  const cases: [string, string][] = [
    ['a%7Eb%2Ec', 'a~b.c'],
    ['{\\"k\\":\\"v\\u002ew\\"}', '{"k":"v.w"}'],
    ['line\\nnext \\/path', 'line\nnext /path'],
    ['100% sure %zz', '100% sure %zz'],
  ];
  for (const [text, decoded] of cases) {
    it(`decodes ${JSON.stringify(text)} and maps every character back`, () => {
      const view = decodedView(text);
      assert.equal(view.text, decoded);
      assert.equal(view.sourceIndex.length, decoded.length + 1);
      assert.equal(view.sourceIndex[decoded.length], text.length);
      // Each decoded character starts where its source (plain or escape) starts.
      for (let i = 0; i < decoded.length; i++) assert.ok(text.slice(view.sourceIndex[i]).length > 0);
      assert.equal(view.sourceIndex[decoded.indexOf(decoded.slice(-1))] !== undefined, true);
    });
  }
  it('says when there is nothing to decode', () => {
    assert.equal(hasEncodings('plain text, 100% sure'), false);
    assert.equal(hasEncodings('x%2Ey'), true);
    assert.equal(hasEncodings('\\u002e'), true);
  });
});
