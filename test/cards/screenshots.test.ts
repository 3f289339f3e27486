/**
 * How the cards look: each card rendered by the real adaptivecards renderer in headless
 * Chromium at Teams chat width, saved as a PNG (test-output/cards/). Skipped, with a note, on a
 * machine without Chromium; CI installs it.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CARD_NAMES } from '../../src/cards/card-data.js';
import { CardRenderer } from '../../src/cards/render.js';
import { findChromium, screenshotCards, type Shot } from '../../scripts/card-screenshots.js';
import { decodeRgba, pngSize } from '../../scripts/png.js';
import { readFileSync } from 'node:fs';
import { sampleCards } from '../helpers/sample-cards.js';
import { ROOT } from '../helpers/project.js';

describe('cards rendered in Chromium', function () {
  this.timeout(60000);
  let shots: Shot[] = [];

  before(async function () {
    if (!findChromium()) {
      console.log('      (no Chromium on this machine: apt-get install chromium to render the cards)');
      this.skip();
    }
    shots = await screenshotCards(await sampleCards(new CardRenderer()), join(ROOT, 'test-output', 'cards'));
  });

  it('renders every card without a renderer warning', () => {
    assert.deepEqual(shots.map((s) => s.name).sort(), [...CARD_NAMES].sort());
    for (const s of shots) assert.deepEqual(s.warnings, [], s.name);
  });

  it('fits Teams chat width and keeps a readable height', () => {
    for (const s of shots) {
      assert.ok(s.width <= 600, `${s.name} is ${s.width} px wide`);
      assert.ok(s.height > 120 && s.height < 1600, `${s.name} is ${s.height} px high`);
    }
  });

  it('draws real content: each PNG has text-dark pixels on a light card', () => {
    for (const s of shots) {
      const png = readFileSync(s.file);
      const { width, height } = pngSize(png);
      assert.equal(width, s.width);
      assert.ok(height > 0);
      const px = decodeRgba(png);
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if ((px[i] ?? 255) < 90 && (px[i + 1] ?? 255) < 90 && (px[i + 2] ?? 255) < 90) dark++;
      assert.ok(dark > 500, `${s.name}: ${dark} dark pixels`);
    }
  });
});
