import assert from 'node:assert/strict';
import { parseCorpus, CorpusError } from '../../src/eval/corpus.js';
import { judge, summarize, type CaseResult } from '../../src/eval/score.js';

function r(expected: string, got: string[], confident: boolean, hard = false): CaseResult {
  return { id: `${expected}-${got.join('-')}`, expected: expected as CaseResult['expected'], got, confident, hard, micros: 100 };
}

describe('eval/score', () => {
  const rules: { name: string; result: CaseResult; hit: boolean; top3?: boolean; wrong: boolean }[] = [
    { name: 'a cause ranked first', result: r('wrong-audience', ['wrong-audience', 'token-invalid'], true), hit: true, top3: true, wrong: false },
    { name: 'a cause ranked second, not confident', result: r('wrong-audience', ['token-invalid', 'wrong-audience'], false), hit: false, top3: true, wrong: false },
    { name: 'a cause missed confidently', result: r('wrong-audience', ['token-invalid', 'a', 'b', 'wrong-audience'], true), hit: false, top3: false, wrong: true },
    { name: 'an ambiguous case answered with questions', result: r('ambiguous', ['permissions-missing'], false), hit: true, wrong: false },
    { name: 'an ambiguous case answered confidently', result: r('ambiguous', ['permissions-missing'], true), hit: false, wrong: false },
    { name: 'not-authorization first', result: r('not-authorization', ['not-authorization'], false), hit: true, wrong: false },
    { name: 'not-authorization missed confidently', result: r('not-authorization', ['token-invalid'], true), hit: false, wrong: true },
  ];
  for (const c of rules) {
    it(`judges ${c.name}`, () => {
      const o = judge(c.result);
      assert.equal(o.hit, c.hit);
      assert.equal(o.confidentlyWrong, c.wrong);
      if (c.top3 !== undefined) assert.equal(o.top3, c.top3);
    });
  }

  it('summarizes hits, top-3 over the causes, confidently wrong and non-hard hits', () => {
    const s = summarize(rules.map((c) => c.result).concat([r('token-invalid', ['token-invalid'], true, true)]));
    assert.equal(s.cases, 8);
    assert.equal(s.hits, 4);
    assert.equal(s.confidentlyWrong, 2);
    assert.equal(s.top3Rate, 0.75);
    assert.equal(s.perLabel.find((x) => x.label === 'wrong-audience')?.cases, 3);
  });
});

describe('eval/corpus', () => {
  it('reads cases and their clock', () => {
    const [c] = parseCorpus('{"id":"a","cause":"token-invalid","hard":false,"now":"2026-01-01T00:00:00Z","text":"x"}\n\n');
    assert.equal(c?.now?.toISOString(), '2026-01-01T00:00:00.000Z');
  });
  const bad: [string, RegExp][] = [
    ['{"id":"a","cause":"token-invalid","text":"x"}\nnot json', /:2: not valid JSON/],
    ['{"id":"a","cause":"nope","text":"x"}', /unknown cause/],
    ['{"id":"a","cause":"ambiguous"}', /"text"/],
    ['{"id":"a","cause":"ambiguous","text":"x","now":"yesterday"}', /ISO-8601/],
    ['', /no cases/],
  ];
  for (const [input, message] of bad) it(`rejects ${message}`, () => assert.throws(() => parseCorpus(input), (e: unknown) => e instanceof CorpusError && message.test(e.message)));
});
