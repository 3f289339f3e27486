/**
 * The signal builders the cause modules use: which phrase a signal reports, in which order, and
 * that two pastes diagnosed one after the other never see each other's phrases.
 */
import assert from 'node:assert/strict';
import { extractEvidence, type Evidence } from '../../src/diagnosis/evidence/index.js';
import { normalizePaste } from '../../src/diagnosis/normalize.js';
import { firstPhrase, isDenied, phrase, phrases, startedFailingUnchanged } from '../../src/diagnosis/signals.js';

const NOW = new Date('2026-11-24T09:00:00Z');

function evidence(text: string): Evidence {
  return extractEvidence(normalizePaste(text).text, { now: NOW });
}

describe('diagnosis/signals', () => {
  const said = phrase('test-phrase', 1, ['zebra crossing', 'yak shaving', 'xylophone'], (p) => `found ${p}`);
  const LIST = phrases(['quokka', 'platypus', 'wombat']);
  const UNDECLARED = ['Quokka', 'wombat'];

  const phraseCases: { name: string; text: string; expect: string | undefined }[] = [
    { name: 'the first phrase the text states, in text order', text: 'after the xylophone came yak shaving', expect: 'found xylophone' },
    { name: 'a denied phrase is skipped for a stated one', text: 'we are not yak shaving here, but the xylophone is loud', expect: 'found xylophone' },
    { name: 'nothing when every phrase is denied', text: 'this is not yak shaving', expect: undefined },
    { name: 'nothing when none is there', text: '403 Forbidden', expect: undefined },
  ];
  for (const c of phraseCases) {
    it(`phrase(): ${c.name}`, () => {
      assert.equal(said.test(evidence(c.text)), c.expect);
    });
  }

  const firstCases: { name: string; list: readonly string[]; text: string; expect: string | undefined }[] = [
    { name: 'a declared list answers in list order, not text order', list: LIST, text: 'a wombat met a quokka', expect: 'quokka' },
    { name: 'a declared list with one phrase present', list: LIST, text: 'the platypus', expect: 'platypus' },
    { name: 'a declared list with none present', list: LIST, text: 'nothing here', expect: undefined },
    { name: 'an undeclared list is matched as written', list: UNDECLARED, text: 'a wombat met a quokka', expect: 'wombat' },
  ];
  for (const c of firstCases) {
    it(`firstPhrase(): ${c.name}`, () => {
      assert.equal(firstPhrase(evidence(c.text), c.list), c.expect);
    });
  }

  it('never carries phrases from one paste over to the next', () => {
    const a = evidence('yak shaving and a quokka');
    const b = evidence('plain 401 Unauthorized');
    assert.equal(said.test(a), 'found yak shaving');
    assert.equal(firstPhrase(a, LIST), 'quokka');
    assert.equal(said.test(b), undefined);
    assert.equal(firstPhrase(b, LIST), undefined);
    // And back again: the earlier evidence still answers for itself.
    assert.equal(firstPhrase(a, LIST), 'quokka');
  });

  const deniedCases: { text: string; expect: boolean }[] = [
    { text: 'HTTP/1.1 403 Forbidden', expect: true },
    { text: '{"error":{"code":"Authorization_RequestDenied"}}', expect: true },
    { text: 'ErrorAccessDenied: Access is denied. Check credentials and try again.', expect: true },
    { text: '401 Unauthorized: InvalidAuthenticationToken', expect: false },
    // SharePoint says it in two words, with its .NET exception name beside them.
    { text: '{"error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"value":"Access denied."}}}', expect: true },
    { text: 'The list call keeps coming back with access denied', expect: true },
  ];
  for (const c of deniedCases) {
    it(`isDenied(): ${c.expect ? 'yes' : 'no'} for ${c.text.slice(0, 40)}`, () => {
      assert.equal(isDenied(evidence(c.text)), c.expect);
    });
  }
});

// A break with nothing changed by the caller, told in English and in the other languages the product reads.
describe('diagnosis/signals: it broke on its own', () => {
  const table: [string, string | undefined][] = [
    ['Since last Friday every call returns 403.', 'since last friday'],
    ['The endpoint no longer works; it worked last week.', 'it worked last week'],
    ['This was working as expected until yesterday; this morning it fails.', 'this was working as expected until yesterday'],
    ['枚举 drives 的 endpoint 已经不按文档工作了。上周还是好的。', '上周还是好的'],
    ['先週までは動いていましたが、今日から 403 になります。', '先週までは動いて'],
    ['Seit gestern bekommen wir 403, wir haben nichts geändert.', 'seit gestern'],
    ['Desde ayer devuelve 401 y no hemos cambiado nada.', 'desde ayer'],
    ["Depuis la semaine dernière, 403 partout ; nous n'avons rien changé.", 'depuis la semaine dernière'],
    ['Semana passada funcionava, agora dá 403.', 'semana passada funcionava'],
    ["403 partout ; nous n'avons rien changé.", "nous n'avons rien changé"],
    ["Le pipeline s'est mis à échouer pendant le week-end ; rien n'a changé de notre côté.", "rien n'a changé"],
    ['El pipeline empezó a fallar el domingo; nada ha cambiado en nuestro código.', 'nada ha cambiado'],
    ['O pipeline começou a falhar no domingo; nada mudou do nosso lado.', 'nada mudou'],
    ['It fails since we removed the Mail.Send permission.', undefined],
    // A change someone made, named beside the onset: the break did not come on its own.
    ["Since last week users outside the office can't get a token; the security team added a policy for that.", undefined],
    ['Suddenly 401 everywhere. We rotated the client secret on Monday.', undefined],
    ["Since last week every call returns 403, and we haven't changed any settings.", 'since last week'],
    ['Desde el portal de Azure agregué el permiso Mail.Send.', undefined],
  ];
  for (const [text, said] of table) {
    it(`${said === undefined ? 'reads no break on its own' : `reads "${said}"`} in: ${text}`, () => assert.equal(startedFailingUnchanged(evidence(text)), said));
  }
});
