import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { formatReport } from '../../src/report/text-report.js';
import { toJson } from '../../src/report/json-report.js';
import { CardRenderer } from '../../src/cards/render.js';
import { handleAction, handlePaste, type Reply } from '../../src/bot/conversation.js';
import { draftQuestion } from '../../src/bot/escalation-draft.js';
import { parseAction } from '../../src/bot/follow-up-state.js';
import { stateFromDiagnosis } from '../../src/bot/present.js';
import { pasteFromMessagePayload } from '../../src/bot/incoming-text.js';
import { createLogger, describeError } from '../../src/host/logger.js';
import { buttonData, cardsOf, deps, GROUP, PERSONAL } from '../helpers/sample-cards.js';
import { delegated, mintToken, NOW } from '../helpers/tokens.js';

/**
 * Property: a secret of each kind, wrapped the ways people paste it, never comes back in any
 * output: diagnose --json, the text report, every card with its button data, the reply text, the
 * escalation card and Q&A draft, the message-action path, and log lines.
 */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('');
const HEX = '0123456789abcdef'.split('');
const run = (length: number, chars: string[] = ALNUM) => fc.string({ unit: fc.constantFrom(...chars), minLength: length, maxLength: length });

interface SecretKind {
  readonly name: string;
  /** The secret, and the text it naturally sits in. */
  readonly secret: fc.Arbitrary<{ secret: string; context: string }>;
}

const kinds: SecretKind[] = [
  { name: 'Entra client secret', secret: fc.tuple(run(3), run(34)).map(([a, b]) => `${a}8Q~Ab1${b.slice(3)}`).map((s) => ({ secret: s, context: `AADSTS7000215: Invalid client secret provided. I pass ${s}` })) },
  { name: 'refresh token', secret: run(120).map((b) => `0.AXoAb1${b}`).map((s) => ({ secret: s, context: `cached refresh ${s}` })) },
  { name: 'MSA token', secret: run(120).map((b) => `EwBwA8Ab1${b}==`).map((s) => ({ secret: s, context: `Authorization: Bearer ${s}` })) },
  { name: 'SAS signature', secret: run(43).map((b) => `Ab1${b}`).map((s) => ({ secret: s, context: `sr=x&sig=${s}%3D&se=2030` })) },
  { name: 'sign-in cookie', secret: run(40).map((b) => `Ab1${b}`).map((s) => ({ secret: s, context: `Cookie: ESTSAUTH=${s}; x-ms-gateway-slice=estsfd` })) },
  { name: 'subscription key', secret: run(29, HEX).map((b) => `a1${b}f`).map((s) => ({ secret: s, context: `Ocp-Apim-Subscription-Key: ${s}` })) },
  { name: 'function key', secret: run(54).map((b) => `Ab1${b}==`).map((s) => ({ secret: s, context: `POST https://fn.azurewebsites.net/api/hook?code=${s}` })) },
  { name: 'password beginning with $', secret: run(16).map((b) => `$Ab1!${b}`).map((s) => ({ secret: s, context: `Server=tcp:x;User ID=app;Password=${s};Encrypt=true` })) },
  { name: 'secret after its name', secret: run(24).map((b) => `Ab1${b}`).map((s) => ({ secret: s, context: `my client secret is ${s} since monday` })) },
];

const wrappers: readonly ((c: string) => string)[] = [
  (c) => c,
  (c) => JSON.stringify({ detail: c }),
  (c) => JSON.stringify(JSON.stringify({ detail: c })),
  (c) => `GET https://graph.microsoft.com/v1.0/users?state=1&detail=${encodeURIComponent(c)}`,
  (c) => `X-Debug: ${c}`,
  (c) => `$body = @{ detail = '${c}' }; Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/me -Body $body`,
  (c) => `'${c}'`,
  (c) => encodeURIComponent(c),
];

/** Every 10-character window of the secret's letters and digits: none may survive. */
function windows(secret: string): string[] {
  const core = secret.replace(/[^A-Za-z0-9]/g, ' ').split(' ').sort((a, b) => b.length - a.length)[0] ?? '';
  const out: string[] = [];
  for (let i = 0; i + 10 <= core.length; i++) out.push(core.slice(i, i + 10));
  return out;
}

function allOutputs(paste: string, renderer: CardRenderer): string[] {
  const d = diagnose(paste, { now: NOW });
  const personal = handlePaste(paste, deps(renderer), PERSONAL);
  const group = handlePaste(paste, deps(renderer), GROUP);
  const viaMessageAction = handlePaste(pasteFromMessagePayload({ body: { contentType: 'text', content: paste } }), deps(renderer), GROUP);
  const replies: Reply[] = [personal, group, viaMessageAction];
  for (const card of cardsOf(personal)) {
    const data = buttonData(card, 'escalate');
    if (data === undefined) continue;
    replies.push(handleAction(parseAction(data), deps(renderer), PERSONAL));
  }
  const draft = draftQuestion(stateFromDiagnosis(d, GROUP));
  const logs: string[] = [];
  const log = createLogger('debug', (l) => logs.push(l));
  log.error('turn-error', describeError(new Error(`could not parse ${paste}`)));
  log.info('turn', { outcome: personal.outcome, causeId: personal.causeId });
  return [JSON.stringify(toJson(d)), formatReport(d), ...replies.map((r) => JSON.stringify(r)), draft.title, draft.body, ...logs];
}

describe('token/redact: no secret survives in any output', () => {
  const renderer = new CardRenderer();
  const errorBody = '403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}';

  for (const kind of kinds) {
    it(`holds for a ${kind.name}, wrapped every way`, () => {
      fc.assert(
        fc.property(kind.secret, fc.constantFrom(...wrappers), ({ secret, context }, wrap) => {
          const paste = `${wrap(context)}\n${errorBody}`;
          const leaks = windows(secret);
          for (const out of allOutputs(paste, renderer)) {
            const leaked = leaks.find((w) => out.includes(w));
            assert.equal(leaked, undefined, `${kind.name} leaked in: ${out.slice(0, 400)}`);
          }
        }),
        { numRuns: 24 },
      );
    });
  }

  it('holds for JWTs in any encoding, wrapped every way', async () => {
    const token = await mintToken(delegated('User.Read Mail.Read'));
    const forms = [token, token.replace(/\./g, '%2E'), token.replace(/\./g, '\\u002e'), Buffer.from(token).toString('base64')];
    const leaks = [...windows(token.split('.')[1] ?? ''), ...windows(token.split('.')[2] ?? '')].filter((_, i) => i % 7 === 0);
    for (const form of forms) {
      for (const wrap of wrappers) {
        const paste = `${wrap(`token=${form}`)}\n${errorBody}`;
        for (const out of allOutputs(paste, renderer)) {
          assert.equal(leaks.find((w) => out.includes(w)), undefined, `token leaked in: ${out.slice(0, 300)}`);
        }
      }
    }
  });
});
