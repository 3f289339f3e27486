/**
 * The compiled card templates must produce exactly what adaptivecards-templating produces, for
 * every card, on every data shape the conversation generates.
 */
import assert from 'node:assert/strict';
import { CARD_NAMES, type CardName } from '../../src/cards/card-data.js';
import { compileTemplate } from '../../src/cards/compiled-template.js';
import { CardRenderer } from '../../src/cards/render.js';
import { handleAction, handlePaste, help, welcome } from '../../src/bot/conversation.js';
import { parseAction } from '../../src/bot/follow-up-state.js';
import { buttonData, cardsOf, deps, GROUP, PERSONAL } from '../helpers/sample-cards.js';
import { appOnly, delegated, mintToken } from '../helpers/tokens.js';
import * as ACData from 'adaptivecards-templating';

/** Captures the data each card is rendered with while the conversation runs. */
class RecordingRenderer extends CardRenderer {
  readonly seen: { name: CardName; data: unknown }[] = [];
  override card<K extends CardName>(name: K, data: Parameters<CardRenderer['card']>[1] & object): Record<string, unknown> {
    this.seen.push({ name, data: structuredClone(data) });
    return super.card(name, data as never);
  }
}

describe('cards/compiled-template', () => {
  it('compiles every card template of the product', () => {
    assert.deepEqual(new CardRenderer().compiledNames.sort(), [...CARD_NAMES].sort());
  });

  it('matches adaptivecards-templating on every card the conversation renders', async () => {
    const r = new RecordingRenderer();
    const d = deps(r);
    welcome(d);
    help(d);
    const pastes = [
      'AADSTS50076: you must use multi-factor authentication',
      '403 Forbidden',
      '404 {"error":{"code":"Request_ResourceNotFound"}}',
      'hello there',
      `GET https://graph.microsoft.com/v1.0/users 403 Authorization_RequestDenied Bearer ${await mintToken(delegated('User.Read'))}`,
      `token ${await mintToken(appOnly(undefined))} Either scp or roles claim need to be present`,
      'Passwort zurücksetzen: Authorization_RequestDenied mit client credentials, {"passwordProfile":{}} ${not.a.binding} $when ${{x}}',
      'ClientId    : 6f1b2c3d-0000-4000-8000-00000000aaaa\nConsentType : Principal\nPrincipalId : ${x} ada@contoso.example\nResourceId  : 9ae2b0a0-0000-4000-8000-00000000bbbb\nScope       : User.Read $when',
    ];
    for (const p of pastes) {
      for (const where of [PERSONAL, GROUP]) {
        const reply = handlePaste(p, d, where);
        for (const card of cardsOf(reply)) {
          for (const verb of ['next', 'unsure', 'fixed', 'token', 'escalate', 'answer', 'helpful']) {
            try {
              const { state } = parseAction(buttonData(card, verb));
              handleAction({ verb: verb as never, state, answer: 'app-only' }, d, where);
            } catch {
              // that card has no such button
            }
          }
        }
      }
    }
    assert.ok(r.seen.length > 40, `${r.seen.length} renders`);
    const names = new Set(r.seen.map((s) => s.name));
    assert.deepEqual([...names].sort(), [...CARD_NAMES].sort());
    const plain = new CardRenderer();
    for (const { name, data } of [...r.seen]) {
      assert.deepStrictEqual(plain.card(name, data as never), plain.withTemplatingEngine(name, data as never), `card ${name}`);
    }
  });

  const subset: { name: string; template: object; data: object }[] = [
    { name: 'typed values and interpolation', template: { a: '${n}', b: 'x ${n} y ${s}', c: '${o}', d: '${missing}', e: 'pre ${missing} post' }, data: { n: 3, s: 'str', o: { k: [1, 2] } } },
    { name: '$data over arrays, $index, and $root inside', template: { items: [{ $data: '${list}', t: '${$index}: ${name} of ${$root.title}' }] }, data: { title: 'T', list: [{ name: 'a' }, { name: 'b' }] } },
    { name: '$when with exists, count and negation', template: { items: [{ $when: '${exists(x)}', v: 1 }, { $when: '${count(l) > 1}', v: 2 }, { $when: '${!f}', v: 3 }, { $when: '${count(e) > 0}', v: 4 }] }, data: { x: 0, l: [1, 2], f: false, e: [] } },
    { name: 'nested $data', template: { rows: [{ $data: '${rows}', cells: [{ $data: '${cells}', v: '${v}' }] }] }, data: { rows: [{ cells: [{ v: 1 }, { v: 2 }] }, { cells: [] }] } },
  ];
  for (const c of subset) {
    it(`agrees with adaptivecards-templating on ${c.name}`, () => {
      const compiled = compileTemplate(c.template);
      assert.ok(compiled);
      assert.deepStrictEqual(compiled(c.data), new ACData.Template(c.template).expand({ $root: c.data }));
    });
  }

  it('declines templates beyond the subset (the renderer then uses adaptivecards-templating)', () => {
    for (const template of [{ t: "${formatDateTime(d, 'yyyy')}" }, { t: '${if(a, b, c)}' }, { t: '${a + b}' }]) {
      assert.equal(compileTemplate(template), undefined, JSON.stringify(template));
    }
  });
});
