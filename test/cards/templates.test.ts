/**
 * Card meta-tests: every template in cards/ is a 1.5 Adaptive Card that the adaptivecards
 * library parses without a warning once expanded with realistic data, stays well under Teams'
 * size limit, and uses only verbs the bot handles (and every verb is used by some card).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as ACTypes from 'adaptivecards';
import { CARD_NAMES } from '../../src/cards/card-data.js';
import { CardRenderer } from '../../src/cards/render.js';
import { VERBS } from '../../src/bot/follow-up-state.js';
import { ROOT } from '../helpers/project.js';
import { sampleCards } from '../helpers/sample-cards.js';

// The package's main entry is broken ESM in Node; its UMD bundle works and needs no DOM to parse.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

export function validateCard(json: object): string[] {
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  return problems;
}

function verbsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) verbsIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.verb === 'string') out.add(o.verb);
    for (const v of Object.values(o)) verbsIn(v, out);
  }
  return out;
}

describe('cards', () => {
  const renderer = new CardRenderer();
  let samples: Map<string, Record<string, unknown>>;
  before(async () => {
    samples = await sampleCards(renderer);
  });

  it('every card can be produced by the conversation', () => {
    assert.deepEqual([...samples.keys()].sort(), [...CARD_NAMES].sort());
  });

  // A required input is validated by every submit on its card, a ShowCard's included: a required
  // answer would block "Check my token" on the same card (seen in the Agents Playground). The bot
  // validates what comes back instead and answers a missing value with a notice.
  it('marks no input as required', () => {
    const required = CARD_NAMES.filter((name) => /"isRequired"\s*:\s*true/.test(readFileSync(join(ROOT, 'cards', `${name}.json`), 'utf8')));
    assert.deepEqual(required, []);
  });

  it('every template file is a known card and every known card has a template', () => {
    const files = readdirSync(join(ROOT, 'cards')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    assert.deepEqual(files, [...CARD_NAMES].sort());
  });

  for (const name of CARD_NAMES) {
    describe(name, () => {
      const card = (): Record<string, unknown> => samples.get(name) ?? assert.fail(`no ${name} card`);
      it('is an Adaptive Card 1.5 that the adaptivecards library parses without a warning', () => {
        assert.equal(card().version, '1.5');
        assert.deepEqual(validateCard(card()), []);
      });
      it('has every binding resolved', () => {
        assert.doesNotMatch(JSON.stringify(card()), /\$\{|\$when|\$data/);
      });
      it('stays well under the Teams message size limit', () => {
        // Teams counts a bot message in UTF-16 and takes up to 100 KB (80 KB recommended);
        // half of it leaves room for the rest of the message and a longer walkthrough state.
        // https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages
        const bytes = Buffer.byteLength(JSON.stringify(card()), 'utf16le');
        assert.ok(bytes < 50 * 1024, `${bytes} bytes`);
      });
    });
  }

  it('shows no "<…>" in any text: Teams reads it as HTML and drops it', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
        if (typeof o.title === 'string' && typeof o.value === 'string') texts.push(o.value);
        for (const [k, x] of Object.entries(o)) if (k !== 'data' && k !== 'value') walk(x);
      }
    };
    for (const [, card] of samples) walk(card);
    assert.ok(texts.length > 50);
    for (const t of texts) assert.doesNotMatch(t, /<[a-z{/!][^>]{0,80}>/i, t);
  });

  it('uses only verbs the bot handles, and every verb appears on some card', () => {
    const used = new Set<string>();
    for (const [, card] of samples) verbsIn(card, used);
    for (const v of used) assert.ok((VERBS as readonly string[]).includes(v), `unhandled verb ${v}`);
    for (const v of VERBS) assert.ok(used.has(v), `verb ${v} is never offered`);
  });
});
