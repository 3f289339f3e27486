import assert from 'node:assert/strict';
import { shownMarkdown, visibleCharacters, visibleTexts } from '../../src/cards/visible-text.js';

const tb = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, ...extra });

describe('cards/visible-text', () => {
  const cases: { name: string; card: unknown; texts: string[] }[] = [
    { name: 'text blocks in order', card: { body: [tb('One'), tb('Two')] }, texts: ['One', 'Two'] },
    { name: 'not what isVisible=false hides, with all it holds', card: { body: [tb('Shown'), tb('Hidden', { isVisible: false }), { type: 'Container', isVisible: false, items: [tb('Inside')] }] }, texts: ['Shown'] },
    { name: 'the title of a ShowCard, not its card', card: { body: [], actions: [{ type: 'Action.ShowCard', title: 'More', card: { body: [tb('Behind the button')] } }] }, texts: ['More'] },
    { name: 'facts, choices and labels', card: { body: [{ type: 'FactSet', facts: [{ title: 'a', value: '1' }] }, { type: 'Input.ChoiceSet', label: 'Pick', choices: [{ title: 'Yes' }, { title: 'No' }] }] }, texts: ['a 1', 'Pick', 'Yes', 'No'] },
    { name: 'columns and nested containers', card: { body: [{ type: 'ColumnSet', columns: [{ type: 'Column', items: [tb('left')] }, { type: 'Column', items: [{ type: 'Container', items: [tb('right')] }] }] }] }, texts: ['left', 'right'] },
    { name: 'buttons of an ActionSet in the body', card: { body: [{ type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'Details' }] }] }, texts: ['Details'] },
  ];
  for (const c of cases) {
    it(`counts ${c.name}`, () => {
      assert.deepEqual(visibleTexts(c.card), c.texts);
    });
  }

  it('counts what Markdown shows, not its markers', () => {
    assert.equal(shownMarkdown('**Do this:** see [the docs](https://learn.microsoft.com/x)'), 'Do this: see the docs');
    assert.equal(visibleCharacters({ body: [tb('**ab**'), tb('c  \n d')] }), 2 + 3);
  });
});
