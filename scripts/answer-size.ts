/**
 * How much a first answer asks of the reader: for each chosen case of a corpus, the characters
 * visible before expanding anything (the message text above the cards counts too) and, with
 * Chromium, the rendered height of everything the bot posts. Personal chat, as a new user sees it.
 *
 *   node dist/scripts/answer-size.js ../shared/corpus/dev.jsonl gh-001 gh-009 …
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handlePaste } from '../src/bot/conversation.js';
import { toActivity } from '../src/bot/doctor-bot.js';
import { CardRenderer } from '../src/cards/render.js';
import { visibleCharacters } from '../src/cards/visible-text.js';
import { findChromium, screenshotCards } from './card-screenshots.js';

const [file, ...ids] = process.argv.slice(2);
if (!file || ids.length === 0) {
  console.error('usage: answer-size CORPUS.jsonl ID…');
  process.exit(2);
}
const cases = new Map<string, { text: string; now?: string }>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const c = JSON.parse(line) as { id: string; text: string; now?: string };
  cases.set(c.id, c);
}

const renderer = new CardRenderer();
const out = mkdtempSync(join(tmpdir(), 'answer-size-'));
try {
  for (const id of ids) {
    const c = cases.get(id);
    if (!c) throw new Error(`no case ${id}`);
    const now = c.now ? new Date(c.now) : new Date('2026-11-24T12:00:00Z');
    const reply = handlePaste(c.text, { renderer, now: () => now }, { group: false, personal: true });
    const message = toActivity('msteams', reply);
    const cards = (message.attachments ?? []).map((a) => a.content as object);
    const bubble = typeof message.text === 'string' ? message.text.length : 0;
    const chars = bubble + cards.reduce((n, card) => n + visibleCharacters(card), 0);
    let height = '';
    if (findChromium()) {
      const shots = await screenshotCards(new Map(cards.map((card, i) => [`${id}-${i}`, card])), out);
      // The text bubble adds about one line per 80 characters (20 px each) above the cards.
      height = `${shots.reduce((n, s) => n + s.height, 0) + Math.ceil(bubble / 80) * 20} px`;
    }
    console.log(`${id.padEnd(8)} cards ${cards.length}  visible ${String(chars).padStart(5)}  ${height}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
