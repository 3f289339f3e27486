/**
 * Another reader's answers are scored by the bot's own rules, and the stored answers
 * (test/corpus/yardstick/) answer every case of their split once, so the comparison the closing
 * notes quote can be run again as the corpus and the bot change.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CorpusError, parseCorpus, type CorpusCase } from '../../src/eval/corpus.js';
import { summarize, type CaseResult } from '../../src/eval/score.js';
import { agreement, parseReaderAnswers, readerResults } from '../../src/eval/yardstick.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = `${root}test/corpus/`;

function kase(id: string, cause: CorpusCase['cause']): CorpusCase {
  return { id, cause, hard: false, text: 'x' };
}

describe('eval/yardstick', () => {
  describe('reading answers', () => {
    const bad: [string, string, RegExp][] = [
      ['a line that is not JSON', '{"id":"a","cause":"token-invalid","top3":["token-invalid"],"sure":true}\n{', /:2: not valid JSON/],
      ['an unknown cause', '{"id":"a","cause":"nope","top3":["token-invalid"],"sure":true}', /unknown cause/],
      ['"ambiguous" among the top three', '{"id":"a","cause":"ambiguous","top3":["ambiguous"],"sure":false}', /top3/],
      ['more than three runners', '{"id":"a","cause":"token-invalid","top3":["token-invalid","wrong-audience","conditional-access","permissions-missing"],"sure":true}', /top3/],
      ['a top three that does not start with the cause', '{"id":"a","cause":"token-invalid","top3":["wrong-audience","token-invalid"],"sure":true}', /start with the cause/],
      ['no "sure"', '{"id":"a","cause":"token-invalid","top3":["token-invalid"]}', /"sure"/],
      ['a case answered twice', '{"id":"a","cause":"token-invalid","top3":["token-invalid"],"sure":true}\n{"id":"a","cause":"token-invalid","top3":["token-invalid"],"sure":true}', /answered twice/],
    ];
    for (const [name, input, message] of bad) it(`rejects ${name}`, () => assert.throws(() => parseReaderAnswers(input), (e: unknown) => e instanceof CorpusError && message.test(e.message)));
  });

  describe('scoring a reader by the bot\'s rules', () => {
    const answers = parseReaderAnswers(
      [
        '{"id":"sure-right","cause":"wrong-audience","top3":["wrong-audience","token-invalid"],"sure":true}',
        '{"id":"sure-wrong","cause":"token-invalid","top3":["token-invalid","wrong-audience"],"sure":true}',
        // Could not decide: its first runner-up is its answer, and it did not answer without asking.
        '{"id":"undecided","cause":"ambiguous","top3":["permissions-missing","user-access-or-license"],"sure":false}',
        '{"id":"undecided-on-ambiguous","cause":"ambiguous","top3":["permissions-missing"],"sure":true}',
      ].join('\n'),
    );
    const cases = [kase('sure-right', 'wrong-audience'), kase('sure-wrong', 'wrong-audience'), kase('undecided', 'permissions-missing'), kase('undecided-on-ambiguous', 'ambiguous')];
    const results = readerResults(cases, answers);
    const s = summarize(results);
    const table: [string, boolean, boolean][] = [
      // id, hit, confidently wrong
      ['sure-right', true, false],
      ['sure-wrong', false, true],
      ['undecided', true, false],
      ['undecided-on-ambiguous', true, false],
    ];
    for (const [id, hit, wrong] of table) {
      it(`${id}: ${hit ? 'right' : 'wrong'}${wrong ? ', confidently' : ''}`, () => {
        const row = results.find((r) => r.id === id);
        assert.ok(row);
        const one = summarize([row]);
        assert.equal(one.hits, hit ? 1 : 0);
        assert.equal(one.confidentlyWrong, wrong ? 1 : 0);
      });
    }
    it('counts the whole set like the bot\'s eval', () => {
      assert.equal(s.hits, 3);
      assert.equal(s.confidentlyWrong, 1);
      assert.equal(s.top3Rate, 1);
    });
    it('refuses a case the reader did not answer', () => {
      assert.throws(() => readerResults([kase('unanswered', 'token-invalid')], answers), /no answer for case "unanswered"/);
    });
    it('compares case by case with the bot', () => {
      const bot: CaseResult[] = [
        { id: 'sure-right', expected: 'wrong-audience', got: ['token-invalid'], confident: false, hard: false, micros: 0 },
        { id: 'sure-wrong', expected: 'wrong-audience', got: ['wrong-audience'], confident: true, hard: false, micros: 0 },
        { id: 'undecided', expected: 'permissions-missing', got: ['permissions-missing'], confident: false, hard: false, micros: 0 },
        { id: 'undecided-on-ambiguous', expected: 'ambiguous', got: ['token-invalid'], confident: true, hard: false, micros: 0 },
      ];
      assert.deepEqual(agreement(bot, results), { both: 1, onlyBot: 1, onlyReader: 2, neither: 0 });
    });
  });

  describe('the stored answers', () => {
    const stored = readdirSync(`${corpusDir}yardstick/`).filter((f) => f.endsWith('.jsonl'));
    it('exist for both splits', () => {
      assert.ok(stored.some((f) => f.endsWith('.train.jsonl')));
      assert.ok(stored.some((f) => f.endsWith('.validation.jsonl')));
    });
    for (const file of stored) {
      it(`${file} answers every case of its split, and nothing else`, () => {
        const split = /\.(train|validation)\.jsonl$/.exec(file)?.[1];
        assert.ok(split, `${file}: name it <reader>.<train|validation>.jsonl`);
        const answers = parseReaderAnswers(readFileSync(`${corpusDir}yardstick/${file}`, 'utf8'), file);
        const cases = readdirSync(corpusDir)
          .filter((f) => f.endsWith(`.${split}.jsonl`))
          .flatMap((f) => parseCorpus(readFileSync(corpusDir + f, 'utf8'), f));
        assert.equal(readerResults(cases, answers).length, cases.length);
        const ids = new Set(cases.map((c) => c.id));
        assert.deepEqual([...answers.keys()].filter((id) => !ids.has(id)), []);
      });
    }
  });
});
