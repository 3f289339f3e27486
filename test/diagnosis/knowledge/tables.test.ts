/** The knowledge tables are data with sources: every row is complete, sourced and unique. */
import assert from 'node:assert/strict';
import { isVerdictId } from '../../../src/diagnosis/cause.js';
import { AADSTS_CODES } from '../../../src/diagnosis/knowledge/aadsts.js';
import { EXCEPTIONS } from '../../../src/diagnosis/knowledge/exceptions.js';
import { IDX_CODES } from '../../../src/diagnosis/knowledge/idx-codes.js';
import type { KnowledgeRow } from '../../../src/diagnosis/knowledge/row.js';
import { SDK_NAMES } from '../../../src/diagnosis/knowledge/sdk-names.js';
import { SERVICE_CODES } from '../../../src/diagnosis/knowledge/service-codes.js';
import { SERVICE_MESSAGES } from '../../../src/diagnosis/knowledge/service-messages.js';

const SOURCE = /^https:\/\/(?:learn\.microsoft\.com\/|github\.com\/AzureAD\/|www\.npmjs\.com\/package\/)/;

describe('diagnosis/knowledge tables', () => {
  const tables: [string, readonly KnowledgeRow[]][] = [
    ['AADSTS codes', AADSTS_CODES],
    ['service codes', SERVICE_CODES],
    ['service messages', SERVICE_MESSAGES],
    ['IDX codes', IDX_CODES],
    ['exception names', EXCEPTIONS],
  ];
  for (const [name, rows] of tables) {
    it(`${name}: each row has a verdict, a meaning of its own and a source`, () => {
      for (const r of rows) {
        assert.ok(r.cause === 'none' || isVerdictId(r.cause), `${r.code}: ${r.cause}`);
        assert.ok(r.meaning.length >= 8, r.code);
        assert.match(r.source, SOURCE, r.code);
      }
    });
    it(`${name}: no code is listed twice`, () => {
      const codes = rows.map((r) => r.code.toLowerCase());
      assert.equal(new Set(codes).size, codes.length);
    });
  }

  it('covers the Entra reference broadly (over a hundred AADSTS codes)', () => {
    assert.ok(AADSTS_CODES.length >= 100, String(AADSTS_CODES.length));
    assert.ok(AADSTS_CODES.every((r) => /^\d{5,7}$/.test(r.code)));
  });

  it('SDK names are lower case, sourced and unique', () => {
    const names = SDK_NAMES.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const r of SDK_NAMES) {
      assert.equal(r.name, r.name.toLowerCase());
      assert.match(r.source, SOURCE, r.name);
    }
  });
});
