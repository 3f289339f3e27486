import assert from 'node:assert/strict';
import { isRecord } from '../../src/shared/is-record.js';

describe('shared/is-record', () => {
  const cases: [string, unknown, boolean][] = [
    ['an object', { a: 1 }, true],
    ['an empty object', {}, true],
    ['null', null, false],
    ['an array', [1], false],
    ['a string', 'x', false],
    ['undefined', undefined, false],
  ];
  for (const [name, value, expected] of cases) it(`${expected ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(isRecord(value), expected));
});
