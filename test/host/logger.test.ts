import assert from 'node:assert/strict';
import { TestAdapter, TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/host/adapter.js';
import { loadConfig } from '../../src/host/config.js';
import { createLogger, describeError } from '../../src/host/logger.js';

describe('host/logger and turn errors', () => {
  it('writes one JSON object per line, filtered by level', () => {
    const lines: string[] = [];
    const log = createLogger('warn', (l) => lines.push(l));
    log.info('hidden', {});
    log.warn('shown', { n: 1 });
    assert.equal(lines.length, 1);
    const obj = JSON.parse(lines[0] as string) as Record<string, unknown>;
    assert.equal(obj.event, 'shown');
    assert.equal(obj.level, 'warn');
    assert.equal(obj.n, 1);
  });

  it('describes an error by type and place, never by its message', () => {
    const d = describeError(new SyntaxError('Unexpected token in JSON near "my secret paste"'));
    assert.equal(d.errorName, 'SyntaxError');
    assert.doesNotMatch(JSON.stringify(d), /secret paste/);
  });

  it('answers a failed turn with a short apology and logs it without the text', async () => {
    const lines: string[] = [];
    const adapter = createAdapter(loadConfig({}), createLogger('info', (l) => lines.push(l)));
    const test = new TestAdapter();
    const context = new TurnContext(test, { type: 'message', text: 'PRIVATE-PASTE-42', channelId: 'msteams', conversation: { id: 'c' } as never, from: { id: 'u' }, recipient: { id: 'b' } } as never);
    await adapter.onTurnError(context, new Error('failed while reading PRIVATE-PASTE-42'));
    const sent = test.activeQueue.map((a) => a.text).join(' ');
    assert.match(sent, /Sorry, something went wrong/);
    assert.ok(lines.some((l) => l.includes('"event":"turn-error"')));
    assert.ok(!lines.join('\n').includes('PRIVATE-PASTE-42'));
  });
});
