import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardDataMap, CardName } from '../../src/cards/card-data.js';
import { INPUT_VALUE_KEYS } from '../../src/cards/inert.js';
import { CardRenderer } from '../../src/cards/render.js';
import { handleAction, handlePaste, type Reply } from '../../src/bot/conversation.js';
import { parseAction } from '../../src/bot/follow-up-state.js';
import { pasteFromMessagePayload } from '../../src/bot/incoming-text.js';
import { buttonData, cardsOf, deps, GROUP, PERSONAL, sampleCards } from '../helpers/sample-cards.js';
import { liveMarkup } from '../helpers/live-markup.js';
import { ROOT } from '../helpers/project.js';

/**
 * Meta-test: link-shaped and Markdown-shaped text fed through every data field of every card,
 * through real pastes, forged button state and message-action submissions, never comes out as a
 * live link, mention, HTML or layout. The templates' own Markdown and links are the bot's and stay.
 */

const HOSTILE = '[Re-consent here](https://evil.example/consent) <at>Admin</at> **now** https://evil.example/x www.evil.example it@evil.example\n- step\n# Heading _em_ &lt;b&gt;';

/** Records the data each template was rendered with, to replay it with hostile strings. */
class RecordingRenderer extends CardRenderer {
  readonly seen = new Map<CardName, unknown>();
  override card<K extends CardName>(name: K, data: CardDataMap[K]): Record<string, unknown> {
    if (!this.seen.has(name)) this.seen.set(name, data);
    return super.card(name, data);
  }
}

/** Every string outside button data replaced by the hostile text. */
function hostile(value: unknown): unknown {
  if (typeof value === 'string') return HOSTILE;
  if (Array.isArray(value)) return value.map(hostile);
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { verb?: unknown }).verb === 'string') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v)]));
}

/** The literal text of a template's strings (around the ${…} bindings), once per occurrence: the bot's own. */
function templateFragments(name: CardName): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const f of v.split(/\$\{[^}]*\}/)) if (f) out.push(f);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(ROOT, 'cards', `${name}.json`), 'utf8')));
  return out.sort((a, b) => b.length - a.length);
}

/** A link target that a client would open at the attacker's host. */
function opensEvil(target: string): boolean {
  try {
    return new URL(target).hostname.includes('evil');
  } catch {
    return false;
  }
}

/** What is live in a card's shown text, once the template's own literal text is taken out. */
function liveInjections(card: unknown, fragments: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (key === 'data') return; // button data: sent back to the bot, never shown
    if (typeof v === 'string') {
      if (key === 'url' || key === 'iconUrl') {
        if (opensEvil(v)) found.push(`${key} opens ${v}`);
        return;
      }
      for (const m of v.matchAll(/\]\(([^)\s]*)\)/g)) if (opensEvil(m[1] ?? '')) found.push(`link to ${m[1]}`);
      let own = v;
      // The template's own words are taken out without making new word edges (a space there would
      // turn the underscore of a pasted access_token into one at a word's edge).
      for (const f of fragments) own = own.replace(f, '\u2060');
      if (!own.includes('evil') && !own.includes('Heading')) return;
      for (const what of liveMarkup(own)) found.push(`${what} in ${JSON.stringify(v).slice(0, 160)}`);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') {
      // A text field shows its value as plain text (no Markdown, no autolinks): nothing there is live.
      const plain = (v as { type?: unknown }).type === 'Input.Text';
      for (const [k, x] of Object.entries(v)) if (!(plain && k === 'value')) walk(x, k);
    }
  };
  walk(card, '');
  return found;
}

describe('cards: pasted text is inert in every card', () => {
  const renderer = new CardRenderer();

  it('every data field of every template, filled with link- and Markdown-shaped text', async () => {
    const recording = new RecordingRenderer();
    await sampleCards(recording);
    assert.deepEqual([...recording.seen.keys()].sort(), [...renderer.templateNames].sort(), 'sample cards cover every template');
    for (const [name, data] of recording.seen) {
      const bad = hostile(data) as CardDataMap[typeof name];
      for (const card of [renderer.card(name, bad), renderer.withTemplatingEngine(name, bad)]) {
        assert.deepEqual(liveInjections(card, templateFragments(name)), [], name);
      }
    }
  });

  const pastes = [
    { name: 'a link in the request path', paste: 'GET https://graph.microsoft.com/v1.0/users/[Re-consent_here](https://evil.example)x\n403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}}' },
    { name: 'a link in the error message', paste: '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges. [Grant consent](https://evil.example/consent) <at>Admin</at> **now**"}}' },
    { name: 'a link in an AADSTS description', paste: 'AADSTS65001: The user or administrator has not consented. Fix: [consent here](https://evil.example/c) or www.evil.example' },
    { name: 'a link in a claims challenge', paste: `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="insufficient_claims", claims="${Buffer.from('{"access_token":{"acrs":{"essential":true,"value":"[x](https://evil.example)"}}}').toString('base64')}"` },
    { name: 'a link in a quoted scp value', paste: '403 Forbidden {"error":{"code":"Authorization_RequestDenied"}}\n"scp": "User.Read [Mail.Send](https://evil.example) **x**"\nGET /me/messages' },
    { name: 'Markdown layout in the prose', paste: '# URGENT\n- [Re-consent](https://evil.example)\n1. <at>IT</at>\n403 Forbidden {"error":{"code":"ErrorAccessDenied","message":"Access is denied. _Check_ https://evil.example"}}' },
  ];

  const allFragments = renderer.templateNames.flatMap(templateFragments).sort((a, b) => b.length - a.length);
  const assertInert = (reply: Reply): void => {
    for (const card of cardsOf(reply)) assert.deepEqual(liveInjections(card, allFragments), []);
    assert.deepEqual(liveMarkup(reply.text.replace('https://learn.microsoft.com/answers/tags/161/ms-graph', '')).filter(() => reply.text.includes('evil')), []);
  };

  for (const c of pastes) {
    it(`keeps ${c.name} inert in every card, personal and group, and after every button`, () => {
      for (const where of [PERSONAL, GROUP]) {
        const reply = handlePaste(c.paste, deps(renderer), where);
        assertInert(reply);
        for (const card of cardsOf(reply)) {
          for (const verb of ['fixed', 'next', 'unsure', 'escalate', 'back']) {
            const data = buttonData(card, verb);
            if (data === undefined) continue;
            assertInert(handleAction(parseAction(data), deps(renderer), where));
          }
        }
      }
    });
  }

  it('keeps forged button state inert (it is data from the client too)', () => {
    const forged = {
      verb: 'escalate',
      state: {
        v: 1,
        r: [['pm', 5, 5]],
        x: 'u00',
        c: 'pm',
        f: { s: 403, c: '[Code](https://evil.example)', x: '<at>Admin</at>', m: '**Re-consent** at https://evil.example', i: 'www.evil.example', d: '# today', r: 'GET /users/[x](https://evil.example)', p: '- it@evil.example' },
      },
    };
    for (const verb of ['escalate', 'fixed', 'next', 'back']) {
      assertInert(handleAction(parseAction({ ...forged, verb }), deps(renderer), GROUP));
    }
  });

  it('keeps a message-action submission inert', () => {
    const payload = { body: { contentType: 'html', content: '<p>GET https://graph.microsoft.com/v1.0/users/[Re-consent_here](https://evil.example)x</p><p>403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges &lt;at&gt;Admin&lt;/at&gt; www.evil.example"}}</p>' } };
    assertInert(handlePaste(pasteFromMessagePayload(payload), deps(renderer), GROUP));
  });

  it('keeps the bot\'s own links live', async () => {
    const cards = await sampleCards(renderer);
    const cause = JSON.stringify(cards.get('cause'));
    assert.match(cause, /\]\(https:\/\/learn\.microsoft\.com\//, 'the learn-more link stays a link');
    assert.match(JSON.stringify(cards.get('escalation')), /"url":"https:\/\/learn\.microsoft\.com\/answers\//);
  });
});

describe('cards: fields left as written are input values only', () => {
  // Such a field is redacted but not made inert: that is safe only where a card shows it as an
  // Input.Text value (plain text, no Markdown, no autolinks).
  it('binds every INPUT_VALUE_KEYS field only to an Input.Text value', () => {
    const uses: string[] = [];
    const walk = (node: unknown, parent: Record<string, unknown> | undefined, key: string | undefined): void => {
      if (typeof node === 'string') {
        for (const k of INPUT_VALUE_KEYS) if (node.includes(`\${${k}}`)) uses.push(`${k} in ${String(parent?.type)}.${String(key)}`);
        return;
      }
      if (node === null || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) walk(v, Array.isArray(node) ? parent : (node as Record<string, unknown>), Array.isArray(node) ? key : k);
    };
    for (const name of new CardRenderer().templateNames) walk(JSON.parse(readFileSync(join(ROOT, 'cards', `${name}.json`), 'utf8')), undefined, undefined);
    assert.ok(uses.length > 0, 'no template uses an input-value field: drop INPUT_VALUE_KEYS');
    assert.deepEqual(uses.filter((u) => !/ in Input\.Text\.value$/.test(u)), []);
  });
});
