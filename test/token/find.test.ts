import assert from 'node:assert/strict';
import { findTokens } from '../../src/token/find.js';
import { delegated, mintToken, payloadOf } from '../helpers/tokens.js';

describe('token/find', () => {
  let jwt: string;
  before(async () => {
    jwt = await mintToken(delegated('User.Read'));
  });

  const shapes: { name: string; paste: (t: string) => string; shape: string; joined?: boolean; bearer?: boolean }[] = [
    { name: 'a whole JWT in prose', paste: (t) => `my token is ${t} and it fails`, shape: 'jws' },
    { name: 'an Authorization header', paste: (t) => `Authorization: Bearer ${t}`, shape: 'jws', bearer: true },
    { name: 'a JWT at the end of a sentence', paste: (t) => `The token was ${t}.`, shape: 'jws' },
    { name: 'the payload segment alone', paste: (t) => `payload: ${payloadOf(t)}`, shape: 'payload-only' },
    { name: 'a token broken across lines', paste: (t) => `TOKEN = """${t.match(/.{1,76}/g)?.join('\n')}"""`, shape: 'jws', joined: true },
    { name: 'a token wrapped with its first line after other text', paste: (t) => `TOKEN = '${t}'`.match(/.{1,76}/g)?.join('\n') ?? '', shape: 'jws', joined: true },
    { name: 'a token broken by literal \\n escapes', paste: (t) => `'Bearer ${t.match(/.{1,60}/g)?.join('\\n')}'`, shape: 'jws', joined: true },
    { name: 'an encrypted 5-part token', paste: (t) => `${t}.eyJhYmMiOiJkZWYifQ.xyz`, shape: 'jwe' },
  ];
  for (const c of shapes) {
    it(`finds ${c.name}`, () => {
      const [found] = findTokens(c.paste(jwt));
      assert.ok(found, 'no token found');
      assert.equal(found.shape, c.shape);
      if (c.shape === 'jws') assert.equal(found.raw, jwt);
      if (c.joined) assert.equal(found.joinedLines, true);
      if (c.bearer) assert.equal(found.bearer, true);
    });
  }

  it('reports the later copies of a token it already found, so they can be blanked out too', () => {
    const paste = `token = ${jwt}\nrequests.get(url, headers={"Authorization": "Bearer ${jwt}"})`;
    const repeats: { start: number; end: number }[] = [];
    const found = findTokens(paste, repeats);
    assert.equal(found.length, 1, 'one token, seen twice');
    assert.equal(repeats.length, 1);
    assert.equal(paste.slice(repeats[0]?.start, repeats[0]?.end), jwt);
  });

  it('does not join the next line of prose onto a token', () => {
    const [found] = findTokens(`${jwt}\nthis line is prose`);
    assert.equal(found?.raw, jwt);
    assert.equal(found?.joinedLines, false);
  });

  it('finds opaque bearer values (personal-account tokens) but not placeholders', () => {
    const opaque = 'EwBwA8l6BAAURSN/FHlDW5xN74t6GzbtsBBeBUYAAZVu0i3xdl8vLpa6ksB2BZYd';
    assert.equal(findTokens(`Authorization: Bearer ${opaque}`)[0]?.shape, 'opaque');
    for (const placeholder of ['Bearer <token>', 'Bearer {{AccessToken}}', 'Bearer [REDACTED]', 'Bearer $TOKEN', 'Bearer ...']) {
      assert.deepEqual(findTokens(placeholder), [], placeholder);
    }
  });

  // A token the writer cut short with an ellipsis is still a span to blank out, never one to read.
  const shortened: [string, (t: string) => string, boolean][] = [
    ['three dots after its first characters', (t) => `Authorization: Bearer ${t.slice(0, 36)}...`, true],
    ['the one-character ellipsis', (t) => `Token = ${t.slice(0, 40)}… (cut)`, true],
    ['three dots in its middle', (t) => `Bearer ${t.slice(0, 30)}...${t.slice(-12)}`, true],
    ['a whole token at the end of a sentence', (t) => `The token was ${t}.`, false],
  ];
  for (const [name, paste, elided] of shortened) {
    it(`${elided ? 'marks' : 'does not mark'} as shortened by the writer: ${name}`, () => {
      const text = paste(jwt);
      const [found] = findTokens(text);
      assert.ok(found, 'the span is still found, to be redacted');
      assert.equal(found.elided === true, elided);
      assert.ok(text.slice(found.start, found.end).startsWith('eyJ'));
    });
  }

  it('ignores short eyJ fragments and is bounded on repeated input', () => {
    assert.deepEqual(findTokens('see eyJhbGc for details'), []);
    const many = Array.from({ length: 50 }, (_, i) => `eyJ${'a'.repeat(30)}${i}.eyJ${'b'.repeat(30)}.sig${i}`).join(' ');
    assert.ok(findTokens(many).length <= 8);
  });
});
