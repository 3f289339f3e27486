import assert from 'node:assert/strict';
import { matchCommand } from '../../src/bot/commands.js';
import { pasteFromActivity, pasteFromMessagePayload, stripMentions } from '../../src/bot/incoming-text.js';

describe('bot/commands', () => {
  const table: [string, string | undefined][] = [
    ['help', 'help'],
    [' Help! ', 'help'],
    ['start over', 'start over'],
    ['hi', 'start over'],
    ['help me with this 403 Forbidden error', undefined],
    ['{"error":{"code":"help"}}', undefined],
  ];
  for (const [text, title] of table) it(`"${text}" -> ${title ?? 'a paste'}`, () => assert.equal(matchCommand(text)?.title, title));
});

describe('bot/incoming-text', () => {
  it('strips the bot mention from a channel message', () => {
    assert.equal(stripMentions('<at>Graph Doctor</at> 403 Forbidden'), '403 Forbidden');
  });
  it('prefers the text/html attachment, which keeps the line breaks', () => {
    const text = pasteFromActivity({
      text: '<at>Doc</at> line one line two',
      attachments: [{ contentType: 'text/html', content: '<div><at>Doc</at> line one<br>line two</div>' }],
    });
    assert.equal(text, 'line one\nline two');
  });
  it('reads the message a message action was invoked on', () => {
    assert.equal(pasteFromMessagePayload({ body: { contentType: 'html', content: '<p>401 &amp; InvalidAuthenticationToken</p>' } }), '401 & InvalidAuthenticationToken');
    assert.equal(pasteFromMessagePayload(null), '');
  });
});
