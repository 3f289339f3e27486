/**
 * Readable in both Teams themes: every TextBlock of every card, in the container style it sits
 * in, meets WCAG AA (4.5:1) with the text colours of Teams' light and dark host configs, and no
 * card carries meaning by colour alone (only Default text colours are used; a mark's meaning is
 * in its word). Colours: microsoft/AdaptiveCards samples/HostConfig/microsoft-teams-light.json
 * and microsoft-teams-dark.json (https://github.com/microsoft/AdaptiveCards/tree/main/samples/HostConfig).
 * Contrast formula: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */
import assert from 'node:assert/strict';
import { CardRenderer } from '../../src/cards/render.js';
import { sampleCards } from '../helpers/sample-cards.js';

interface Theme {
  readonly backgrounds: Readonly<Record<string, string>>;
  /** Default text colour (ARGB or RGB) and its subtle variant, per container style. */
  readonly text: Readonly<Record<string, { default: string; subtle: string }>>;
}

const LIGHT_TEXT = { default: '#ff252424', subtle: '#bf252424' };
const DARK_ON_LIGHT = { default: '#ff201f1f', subtle: '#ff2d2c2c' };
const THEMES: Readonly<Record<string, Theme>> = {
  light: {
    backgrounds: { default: '#ffffff', emphasis: '#f9f8f7', accent: '#C7DEF9', good: '#CCFFCC', attention: '#FFC5B2', warning: '#FFE2B2' },
    text: { default: LIGHT_TEXT, emphasis: LIGHT_TEXT, accent: LIGHT_TEXT, good: LIGHT_TEXT, attention: LIGHT_TEXT, warning: LIGHT_TEXT },
  },
  dark: {
    backgrounds: { default: '#2d2c2c', emphasis: '#292828', accent: '#C7DEF9', good: '#CCFFCC', attention: '#FFC5B2', warning: '#FFE2B2' },
    text: { default: { default: '#ffffffff', subtle: '#bfffffff' }, emphasis: { default: '#ffffffff', subtle: '#bfffffff' }, accent: DARK_ON_LIGHT, good: DARK_ON_LIGHT, attention: DARK_ON_LIGHT, warning: DARK_ON_LIGHT },
  },
};

function rgb(hex: string): [number, number, number, number] {
  const h = hex.replace('#', '');
  const [a, rest] = h.length === 8 ? [parseInt(h.slice(0, 2), 16) / 255, h.slice(2)] : [1, h];
  return [parseInt(rest.slice(0, 2), 16), parseInt(rest.slice(2, 4), 16), parseInt(rest.slice(4, 6), 16), a];
}

function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

export function contrast(text: string, background: string): number {
  const [tr, tg, tb, ta] = rgb(text);
  const [br, bg, bb] = rgb(background);
  // A translucent text colour shows blended with its background.
  const blended = [tr * ta + br * (1 - ta), tg * ta + bg * (1 - ta), tb * ta + bb * (1 - ta)];
  const [l1, l2] = [luminance(blended), luminance([br, bg, bb])].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

interface Styled {
  readonly style: string;
  readonly color?: string;
  readonly subtle: boolean;
  readonly text: string;
}

function textBlocks(node: unknown, style: string, out: Styled[]): void {
  if (Array.isArray(node)) {
    for (const n of node) textBlocks(n, style, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const here = typeof o.style === 'string' && o.type === 'Container' ? o.style : style;
  if (o.type === 'TextBlock' && typeof o.text === 'string') out.push({ style: here, color: typeof o.color === 'string' ? o.color : undefined, subtle: o.isSubtle === true, text: o.text });
  // A ShowCard's card is drawn in the emphasis style (both host configs).
  for (const [k, v] of Object.entries(o)) textBlocks(v, k === 'card' && o.type === 'Action.ShowCard' ? 'emphasis' : here, out);
}

describe('cards: colours readable in light and dark Teams themes', () => {
  it('checks the formula against known pairs', () => {
    assert.equal(Math.round(contrast('#000000', '#ffffff')), 21);
    assert.ok(contrast('#92c353', '#ffffff') < 2.2, 'the old green fix text on white fails');
  });

  it('meets WCAG AA (4.5:1) for every text of every card, and uses colour for no meaning', async () => {
    const cards = await sampleCards(new CardRenderer());
    let checked = 0;
    for (const [name, card] of cards) {
      const blocks: Styled[] = [];
      textBlocks(card.body, 'default', blocks);
      textBlocks(card.actions, 'default', blocks);
      for (const b of blocks) {
        assert.ok(b.color === undefined || b.color === 'Default', `${name}: "${b.text.slice(0, 40)}" uses colour ${b.color}`);
        for (const [theme, t] of Object.entries(THEMES)) {
          const bg = t.backgrounds[b.style];
          const fg = t.text[b.style];
          assert.ok(bg && fg, `${name}: unknown container style ${b.style}`);
          const ratio = contrast(b.subtle ? fg.subtle : fg.default, bg);
          assert.ok(ratio >= 4.5, `${name} (${theme}, ${b.style}${b.subtle ? ', subtle' : ''}): ${ratio.toFixed(2)}:1 for "${b.text.slice(0, 40)}"`);
          checked++;
        }
      }
    }
    assert.ok(checked > 100, `${checked} checks`);
  });
});
