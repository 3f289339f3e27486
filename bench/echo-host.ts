/**
 * The second yardstick for the HTTP benchmark: an echo bot on this project's OWN host path. The
 * request goes through the same restify server (src/host/server.ts: content-type, body and
 * activity checks, one log line per turn) and the same turn path (src/host/adapter.ts and
 * process-turn.ts: processActivity on the parsed body, cached connector clients); the turn does no
 * diagnosis and replies with two Adaptive Cards that echo the paste, the same order of size as the
 * bot's two-card reply. The bot measured against this server shows what diagnosis and cards cost.
 */
import type { Attachment, TurnContext } from 'botbuilder';
import type { DoctorBot } from '../src/bot/doctor-bot.js';
import { createAdapter } from '../src/host/adapter.js';
import { loadConfig } from '../src/host/config.js';
import { createLogger } from '../src/host/logger.js';
import { createServer } from '../src/host/server.js';

function echoCard(title: string, text: string): Attachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
        ...text.split('\n').map((line) => ({ type: 'TextBlock', text: line, wrap: true, fontType: 'Monospace', spacing: 'None' })),
      ],
    },
  };
}

// The server calls only run(); a whole DoctorBot would bring the diagnosis this server leaves out.
const echoBot = {
  async run(context: TurnContext): Promise<void> {
    if (context.activity.type !== 'message') return;
    const text = context.activity.text ?? '';
    await context.sendActivity({ type: 'message', text: 'echo', attachments: [echoCard('You pasted', text), echoCard('Once more', text)] });
  },
} as unknown as DoctorBot;

const config = loadConfig();
const log = createLogger(config.logLevel);
const host = createServer({ adapter: createAdapter(config, log), bot: echoBot, log, maxBodyBytes: config.maxBodyBytes, maxTurnsInFlight: config.maxTurnsInFlight, authenticates: !config.localMode, version: 'bench' });
host.server.listen(config.port, config.host, () => process.stdout.write(`echo (own host path) listening on ${config.port}\n`));
process.on('SIGTERM', () => void host.shutdown(2000).then(() => process.exit(0)));
