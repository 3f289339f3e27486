/**
 * Check outputs on the one-card conversation: the answer card's output field (shown when a
 * check that prints something opens) submits with the state; the verdict card has Back to the
 * card the output was pasted into and the walkthrough moves on; what the field sends is
 * validated like the token field; every card on this path stays readable at a glance, small
 * enough for Teams, and parses without warnings.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type * as ACTypes from 'adaptivecards';
import { handleAction, handlePaste, type TurnContextInfo } from '../../src/bot/conversation.js';
import { InvalidActionData, MAX_CHECK_OUTPUT, parseAction } from '../../src/bot/follow-up-state.js';
import { CardRenderer } from '../../src/cards/render.js';
import { visibleCharacters } from '../../src/cards/visible-text.js';
import * as S from '../check-outputs/samples.js';
import { buttonData, cardsOf, deps, GROUP, PERSONAL, type Card } from '../helpers/sample-cards.js';
import { appOnly, mintToken } from '../helpers/tokens.js';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

function warnings(json: object): string[] {
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const out: string[] = [];
  for (let i = 0; i < context.eventCount; i++) out.push(context.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) out.push(e.message);
  return out;
}

const renderer = new CardRenderer();
const d = deps(renderer);
const text = (card: Card | undefined): string => JSON.stringify(card?.body ?? '');
const BUDGET = 1400;

async function daemon403(): Promise<string> {
  return [
    'GET https://graph.microsoft.com/v1.0/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/members',
    `Authorization: Bearer ${await mintToken(appOnly(undefined))}`,
    'HTTP/1.1 403 Forbidden',
    '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}',
  ].join('\n');
}

/** Presses a button of a card with the given inputs, as the client submits it. */
function pressOn(card: Card, verb: string, inputs: Record<string, string> = {}, where: TurnContextInfo = PERSONAL): Card[] {
  const data = buttonData(card, verb);
  assert.ok(data, `no ${verb} button on ${String(card.id)}`);
  return cardsOf(handleAction(parseAction({ ...(data as object), ...inputs }), d, where));
}

describe('bot/check-output-turn: outputs on the answer card', () => {
  let first: Card;
  before(async () => {
    [first] = cardsOf(handlePaste(await daemon403(), d, PERSONAL)) as [Card];
  });

  it('offers one output field, hidden until a check that prints something opens', () => {
    const json = JSON.stringify(first);
    assert.equal(json.match(/"id":"checkOutput"/g)?.length, 1);
    assert.match(json, /"id":"gad-output","isVisible":false/);
    assert.match(json, /"elementId":"gad-output","isVisible":true/);
    assert.ok(buttonData(first, 'output'), 'a Judge this output button');
  });

  it('judges an output against the cause on the card and moves on', () => {
    const cases: [string, RegExp, RegExp][] = [
      // [output, verdict, lead of the cause card that follows]
      [S.AZ_PERMISSION_LIST_DELEGATED, /Confirmed: The app has GroupMember\.Read\.All only as Delegated/, /Confirmed by what the check printed/],
      [S.AZ_REST_APP_ROLES, /Ruled out: The app has GroupMember\.Read\.All as Application/, /The output ruled that out\. Next candidate/],
    ];
    const [mismatch] = pressOn(first, 'output', { checkOutput: S.AZ_PERMISSION_LIST_DELEGATED }).filter((c) => c.id === 'gad-cause');
    for (const [output, verdict, lead] of cases) {
      const [judged, next] = pressOn(mismatch as Card, 'output', { checkOutput: output });
      assert.equal(judged?.id, 'gad-check-output');
      assert.match(text(judged), verdict);
      assert.equal(next?.id, 'gad-cause');
      assert.match(text(next), lead);
    }
  });

  it('has Back on the verdict and on the next card, both to the card the output was pasted into', () => {
    const [judged, next] = pressOn(first, 'output', { checkOutput: S.AZ_PERMISSION_LIST_DELEGATED });
    for (const card of [judged, next] as Card[]) {
      const [back] = pressOn(card, 'back');
      assert.equal(back?.id, 'gad-cause');
      assert.match(text(back), /Back to/);
      assert.equal(buttonData(back as Card, 'output') !== undefined, true);
    }
  });

  it('keeps the verdict and the card after it readable at a glance, small and warning-free', () => {
    const outputs = [S.AZ_PERMISSION_LIST_DELEGATED, S.AZ_PERMISSION_LIST_MIXED, S.MG_GRANT_TABLE_ONE_USER, S.AZ_REST_APP_ROLES, S.SIGN_IN_CA_FAILURE, S.MG_LICENSE_TABLE, S.EXO_MAILBOX_NOT_FOUND, S.EXO_AUTH_TEST_OUT_OF_SCOPE];
    for (const where of [PERSONAL, GROUP]) {
      for (const output of outputs) {
        for (const card of pressOn(first, 'output', { checkOutput: output }, where)) {
          assert.ok(visibleCharacters(card) <= BUDGET, `${visibleCharacters(card)} visible characters on ${String(card.id)}`);
          assert.deepEqual(warnings(card), [], String(card.id));
        }
      }
    }
  });

  it('keeps a cause card four steps deep (full Back history) well under the Teams size limit', () => {
    let card = first;
    for (let i = 0; i < 4; i++) {
      const next = pressOn(card, 'output', { checkOutput: S.AZ_PERMISSION_LIST_MIXED }).find((c) => c.id === 'gad-cause');
      assert.ok(next, `a cause card at step ${i + 1}`);
      card = next;
    }
    const bytes = Buffer.byteLength(JSON.stringify(card), 'utf16le');
    // Teams takes bot messages up to ~100 KB of UTF-16 and recommends staying at or under 80 KB
    // (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages):
    // the deepest card keeps a fifth of that in reserve.
    assert.ok(bytes < 64 * 1024, `${bytes} bytes`);
  });

  it('answers an empty field or an unreadable output with a notice that keeps Back', () => {
    for (const checkOutput of ['', 'all good here']) {
      const [card] = pressOn(first, 'output', { checkOutput });
      assert.equal(card?.id, 'gad-notice');
      assert.ok(buttonData(card as Card, 'back'), 'Back on the notice');
    }
  });

  it('judges an output on its own when the button carried no state', () => {
    const [card] = cardsOf(handleAction(parseAction({ verb: 'output', checkOutput: S.MG_GRANT_LIST }), d, PERSONAL));
    assert.equal(card?.id, 'gad-check-output');
    assert.match(text(card), /What were you calling\?/);
  });
});

describe('bot/follow-up-state: the check-output inputs', () => {
  const accepted: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['an output', { verb: 'output', checkOutput: 'x'.repeat(MAX_CHECK_OUTPUT) }, { checkOutput: 'x'.repeat(MAX_CHECK_OUTPUT) }],
    ['an empty field as nothing', { verb: 'output', checkOutput: '' }, { checkOutput: undefined }],
    ['a request and a flow', { verb: 'calling', request: 'GET /me', flow: 'app-only' }, { request: 'GET /me', flow: 'app-only' }],
  ];
  for (const [what, data, expected] of accepted) {
    it(`accepts ${what}`, () => {
      const act = parseAction(data) as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(act[k], v, k);
    });
  }

  const rejected: [string, Record<string, unknown>][] = [
    ['an output over 64 KB', { verb: 'output', checkOutput: 'x'.repeat(MAX_CHECK_OUTPUT + 1) }],
    ['an output that is not text', { verb: 'output', checkOutput: { a: 1 } }],
    ['a request over 400 characters', { verb: 'calling', request: 'x'.repeat(401) }],
    ['a flow that is not a short word', { verb: 'calling', flow: 'x'.repeat(21) }],
  ];
  for (const [what, data] of rejected) {
    it(`rejects ${what}`, () => {
      assert.throws(() => parseAction(data), InvalidActionData);
    });
  }
});
