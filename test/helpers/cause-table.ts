/**
 * Table-driven cause tests (RuleTester style): pastes that must rank the cause first, and
 * pastes that must not. Fixtures are written for the tests, never copied from the corpus.
 */
import assert from 'node:assert/strict';
import type { VerdictId } from '../../src/diagnosis/cause.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { NOW } from './tokens.js';

export type Paste = string | (() => Promise<string>);

export interface CaseRow {
  readonly name: string;
  readonly paste: Paste;
  /** Also expect the bot to be confident (a clear-cut paste), or, with false, to lead but still ask. */
  readonly confident?: boolean;
}

export interface CauseTable {
  readonly matches: readonly CaseRow[];
  readonly ignores: readonly CaseRow[];
}

async function text(p: Paste): Promise<string> {
  return typeof p === 'string' ? p : p();
}

export function describeCause(id: VerdictId, table: CauseTable): void {
  describe(`cause ${id}`, () => {
    describe('ranks first for', () => {
      for (const row of table.matches) {
        it(row.name, async () => {
          const d = diagnose(await text(row.paste), { now: NOW });
          const top = d.causes[0];
          assert.equal(top?.id, id, `ranked ${d.causes.map((c) => `${c.id}:${c.points}`).join(', ')}`);
          assert.ok(top.evidence.length > 0, 'a ranked cause carries readable evidence');
          if (row.confident !== undefined) assert.equal(d.confident, row.confident, row.confident ? 'expected a confident answer' : 'expected it to lead but still ask');
        });
      }
    });
    describe('does not rank first for', () => {
      for (const row of table.ignores) {
        it(row.name, async () => {
          const d = diagnose(await text(row.paste), { now: NOW });
          assert.notEqual(d.causes[0]?.id, id, `ranked ${d.causes.map((c) => `${c.id}:${c.points}`).join(', ')}`);
        });
      }
    });
  });
}
