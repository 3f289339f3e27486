/** eval measures the conversation: the right cause within two asked questions (unrecorded answers are "not sure"), and several files at once. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCorpus, CorpusError, type CorpusCase } from '../../src/eval/corpus.js';
import { converse } from '../../src/eval/conversation.js';
import { runCorpus } from '../../src/eval/run.js';
import { CLI } from '../helpers/project.js';

function corpusCase(c: Partial<CorpusCase> & Pick<CorpusCase, 'cause' | 'text'>): CorpusCase {
  return { id: 'x', hard: false, ...c };
}

describe('eval/conversation', () => {
  const table: { name: string; c: CorpusCase; leads: boolean; endsRight?: boolean; asks?: string[] }[] = [
    {
      name: 'a bare 403 on a directory call, answered "app-only" and "delegated permission"',
      c: corpusCase({ cause: 'permission-type-mismatch', text: 'GET https://graph.microsoft.com/v1.0/groups -> 403 Forbidden', answers: { 'sign-in-flow': 'app-only', 'permission-type': 'delegated' } }),
      leads: true,
    },
    {
      name: 'the same paste answered the other way round: it points elsewhere',
      c: corpusCase({ cause: 'permission-type-mismatch', text: 'GET https://graph.microsoft.com/v1.0/groups -> 403 Forbidden', answers: { 'sign-in-flow': 'delegated', 'permission-type': 'delegated' } }),
      leads: false,
    },
    {
      name: 'right at the start, then talked out of it: it led, but the answer shown last is wrong',
      c: corpusCase({ cause: 'permissions-missing', text: 'GET https://graph.microsoft.com/v1.0/groups -> 403 Forbidden', answers: { 'sign-in-flow': 'app-only', 'permission-type': 'delegated' } }),
      leads: true,
      endsRight: false,
      asks: [],
    },
    {
      name: 'wrong at the start, right once answered: it ends right too',
      c: corpusCase({ cause: 'permission-type-mismatch', text: 'GET https://graph.microsoft.com/v1.0/groups -> 403 Forbidden', answers: { 'sign-in-flow': 'app-only', 'permission-type': 'delegated' } }),
      leads: true,
      endsRight: true,
    },
    {
      name: 'a case already right at the start asks nothing',
      c: corpusCase({ cause: 'conditional-access', text: 'AADSTS53003: Access has been blocked by Conditional Access policies.', answers: { 'sign-in-flow': 'delegated' } }),
      leads: true,
      asks: [],
    },
    {
      name: 'a question the case has no answer for is answered "not sure", and the next one is asked',
      c: corpusCase({ cause: 'conditional-access', text: 'HTTP/1.1 401 Unauthorized', answers: { 'policy-change': 'yes' } }),
      leads: true,
      asks: ['token-audience', 'policy-change'],
    },
    {
      name: '"not sure" answers count as asked: no more than two questions in all',
      c: corpusCase({ cause: 'wrong-audience', text: 'HTTP/1.1 401 Unauthorized', answers: { 'only-this-request': 'only-this' } }),
      leads: false,
      asks: ['token-audience', 'policy-change'],
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      const r = converse(t.c);
      assert.equal(r?.leads, t.leads, JSON.stringify(r));
      if (t.endsRight !== undefined) assert.equal(r?.endsRight, t.endsRight, JSON.stringify(r));
      if (t.asks) assert.deepEqual(r?.asked, t.asks);
      assert.ok((r?.asked.length ?? 0) <= 2);
    });
  }

  it('leaves cases without recorded answers out of the measure', () => {
    assert.equal(converse(corpusCase({ cause: 'ambiguous', text: '403' })), undefined);
    const report = runCorpus([corpusCase({ cause: 'ambiguous', text: '403' }), table[0]?.c as CorpusCase]);
    assert.deepEqual({ cases: report.conversation.cases, leads: report.conversation.leads, endsRight: report.conversation.endsRight }, { cases: 1, leads: 1, endsRight: 1 });
  });

  it('reads answers from the corpus and refuses malformed ones', () => {
    const [c] = parseCorpus('{"id":"a","cause":"ambiguous","text":"403","answers":{"sign-in-flow":"app-only"}}');
    assert.deepEqual(c?.answers, { 'sign-in-flow': 'app-only' });
    assert.throws(() => parseCorpus('{"id":"a","cause":"ambiguous","text":"403","answers":{"sign-in-flow":3}}'), CorpusError);
    assert.throws(() => parseCorpus('{"id":"a","cause":"ambiguous","text":"403","answers":"app-only"}'), CorpusError);
  });

  it('the CLI scores several files, each and all together, with the conversation line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gad-eval-'));
    try {
      const a = join(dir, 'a.jsonl');
      const b = join(dir, 'b.jsonl');
      writeFileSync(a, JSON.stringify({ id: 'a1', cause: 'conditional-access', text: 'AADSTS50076: you must use multi-factor authentication' }));
      writeFileSync(b, [
        JSON.stringify({ id: 'b1', cause: 'not-authorization', text: '429 {"error":{"code":"TooManyRequests","message":"Please retry later."}}' }),
        JSON.stringify({ id: 'b2', cause: 'permission-type-mismatch', text: 'GET https://graph.microsoft.com/v1.0/groups -> 403 Forbidden', answers: { 'sign-in-flow': 'app-only', 'permission-type': 'delegated' } }),
      ].join('\n'));
      const r = spawnSync(process.execPath, [CLI, 'eval', a, b], { encoding: 'utf8', timeout: 20000 });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /== .*a\.jsonl[\s\S]*hits:\s+1\/1/);
      assert.match(r.stdout, /== all 2 files[\s\S]*hits:\s+\d\/3/);
      assert.match(r.stdout, /leads within 2 answered questions: 1\/1/);
      assert.match(r.stdout, /right after the answers: +1\/1/);
      const json = JSON.parse(spawnSync(process.execPath, [CLI, 'eval', a, b, '--json'], { encoding: 'utf8', timeout: 20000 }).stdout) as { summary: { cases: number }; files: unknown[]; conversation: { cases: number } };
      assert.equal(json.summary.cases, 3);
      assert.equal(json.files.length, 2);
      assert.equal(json.conversation.cases, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
