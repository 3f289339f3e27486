/**
 * The bot's own text that cards show as written: cause wording and learn-more links, the checks'
 * portal paths and commands, the guided questions, the Q&A link and the example paste. Card
 * rendering makes every other string inert (no links, mentions or Markdown), so pasted text can
 * never turn into a live link in the bot's cards; these stay exactly as the tables have them.
 */
import { trustCardText, trustCardTextShape } from '../cards/inert.js';
import { verdicts } from '../diagnosis/causes/index.js';
import { QUESTIONS } from '../diagnosis/questions.js';
import { QNA_URL } from './escalation-draft.js';
import { EXAMPLE_PASTE } from './examples.js';
import { PRIVATE_CHAT_LINK } from './private-chat.js';

function* tableText(): Generator<string | undefined> {
  for (const v of verdicts) {
    const w = v.wording;
    yield* [w.title, w.what, w.why, w.fix, w.learnMore.title, w.learnMore.url];
    if (w.fixFor) yield* Object.values(w.fixFor);
    for (const c of v.checks) yield* [c.title, c.fix, c.verify.portal, c.verify.powershell, c.verify.cli, c.verify.claim, c.source, c.tradeOff];
  }
  for (const q of QUESTIONS) {
    yield q.prompt;
    for (const c of q.choices) yield* [c.label, c.value];
  }
  yield QNA_URL;
  yield* EXAMPLE_PASTE.split('\n');
}

trustCardText(tableText());
trustCardTextShape(PRIVATE_CHAT_LINK);
