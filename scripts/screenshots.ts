/** npm run screenshots: refreshes docs/screenshots/ with every card, rendered in Chromium. */
import { join } from 'node:path';
import { CardRenderer } from '../src/cards/render.js';
import { sampleCards } from '../test/helpers/sample-cards.js';
import { screenshotCards } from './card-screenshots.js';

const out = join(new URL('.', import.meta.url).pathname, '..', '..', 'docs', 'screenshots');
const shots = await screenshotCards(await sampleCards(new CardRenderer()), out);
for (const s of shots) console.log(`${s.name.padEnd(18)} ${s.width}×${s.height}${s.warnings.length ? `  warnings: ${s.warnings.join('; ')}` : ''}`);
