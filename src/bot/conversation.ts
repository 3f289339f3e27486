/**
 * The conversation as pure functions: a paste or a card action in, cards out. No botbuilder
 * here, so every step is testable as a table; doctor-bot.ts only moves activities.
 */
import type { CardAttachment, CardRenderer } from '../cards/render.js';
import { toLines } from '../cards/card-data.js';
import type { VerdictId } from '../diagnosis/cause.js';
import { verdictById } from '../diagnosis/causes/index.js';
import { applyAnswers, diagnose, type Diagnosis } from '../diagnosis/diagnose.js';
import { contextAfter, pickQuestions, questionById } from '../diagnosis/questions.js';
import { isConfident, rankPoints } from '../diagnosis/rank.js';
import type { PermissionSource } from '../permissions/requirement.js';
import { draftQuestion, QNA_URL } from './escalation-draft.js';
import { EXAMPLE_PASTE } from './examples.js';
import { readCheckOutput } from '../check-outputs/index.js';
import { outputForCall, outputInWalkthrough, outputSummary } from './check-output-turn.js';
import type { CheckOutputInputs, FollowUpState, RankEntry, Verb } from './follow-up-state.js';
import { action, actionsSharing, causeData, display, notAuthorizationData, openCandidates, questionData, stateFromDiagnosis, summaryData, tokenData, type Audience } from './present.js';

export interface Reply {
  readonly cards: readonly CardAttachment[];
  /** Plain text for notifications and for clients that cannot show cards. */
  readonly text: string;
  /** What happened, for the turn log (never the message text). */
  readonly outcome: string;
  readonly causeId?: VerdictId;
}

export interface ConversationDeps {
  readonly renderer: CardRenderer;
  readonly now: () => Date;
  readonly permissionSources?: readonly PermissionSource[];
  /** A deep link that opens a 1:1 chat with the bot, when the app id is known. */
  readonly privateChatUrl?: string;
}

export interface TurnContextInfo extends Audience {
  readonly personal: boolean;
}

function titleOf(id: VerdictId): string {
  return verdictById(id)?.wording.title ?? id;
}

export function welcome(deps: ConversationDeps): Reply {
  return {
    cards: [deps.renderer.attachment('welcome', { exampleLines: toLines(EXAMPLE_PASTE), exampleAction: action('example') })],
    text: 'Hi! Paste a Microsoft Graph error (JSON body, SDK exception, AADSTS message or headers) and I will tell you which documented cause it is and how to fix it.',
    outcome: 'welcome',
  };
}

export function help(deps: ConversationDeps): Reply {
  return {
    cards: [deps.renderer.attachment('help', { exampleAction: action('example') })],
    text: 'Paste the error as you got it: the Graph error body, the request line, the response headers, the token payload. Commands: help, start over.',
    outcome: 'help',
  };
}

export function notice(deps: ConversationDeps, title: string, message: string, outcome: string): Reply {
  return {
    cards: [deps.renderer.attachment('notice', { title, style: 'warning', message, helpAction: action('help') })],
    text: `${title} ${message}`,
    outcome,
  };
}

function causeReply(deps: ConversationDeps, id: VerdictId, state: FollowUpState, outcome: string, lead?: string): Reply {
  return {
    cards: [deps.renderer.attachment('cause', causeData(id, state, lead))],
    text: `${titleOf(id)}. ${verdictById(id)?.wording.fix ?? ''}`,
    outcome,
    causeId: id,
  };
}

function escalation(deps: ConversationDeps, state: FollowUpState): Reply {
  const draft = draftQuestion(state);
  return {
    // Shown text avoids "<…>" (Teams would drop it); the copy box keeps the draft exactly.
    cards: [deps.renderer.attachment('escalation', { questionTitle: display(draft.title), questionBody: draft.body, bodyLines: toLines(display(draft.body)), qnaUrl: QNA_URL, actions: { restart: action('restart') } })],
    text: `Ask on Microsoft Q&A (${QNA_URL}): ${draft.title}`,
    outcome: 'escalated',
    causeId: state.current,
  };
}

function nextQuestionReply(deps: ConversationDeps, state: FollowUpState): Reply | undefined {
  const [q] = pickQuestions(openCandidates(state).slice(0, 3), state.qc, state.answers);
  if (!q) return undefined;
  return {
    cards: [deps.renderer.attachment('question', questionData(q, state, Object.keys(state.answers).length + 1))],
    text: `${q.prompt} ${q.choices.map((c) => c.label).join(' / ')}`,
    outcome: 'question',
    causeId: openCandidates(state)[0],
  };
}

/** A pasted error: the summary, then the top cause's card or a guided question, and the token. */
export function handlePaste(paste: string, deps: ConversationDeps, where: TurnContextInfo): Reply {
  // What a check printed, pasted on its own, is an answer to a check, not an error.
  const output = readCheckOutput(paste);
  if (output) return outputSummary(output, deps, where);
  const d: Diagnosis = diagnose(paste, { now: deps.now(), permissionSources: deps.permissionSources });
  if (d.empty) {
    return notice(deps, 'I could not find an error in that message.', 'Paste the error as you got it: the Graph JSON error body, the SDK exception, the AADSTS message or the response headers — and the request (method and URL) if you have it.', 'no-error-found');
  }
  const state = stateFromDiagnosis(d, where);
  const top = d.causes[0];
  const cards: CardAttachment[] = [];
  let outcome = 'diagnosed';
  if (top?.id === 'not-authorization' && (d.confident || top.points >= 4)) {
    cards.push(deps.renderer.attachment('not-authorization', notAuthorizationData(d, state)));
    outcome = 'not-authorization';
  } else {
    cards.push(deps.renderer.attachment('summary', summaryData(d, where)));
    const [q] = d.questions;
    const first = openCandidates(state)[0];
    if (!d.confident && q) {
      cards.push(deps.renderer.attachment('question', questionData(q, { ...state, current: undefined }, 1)));
      outcome = 'question';
    } else if (first) {
      cards.push(deps.renderer.attachment('cause', causeData(first, state)));
    }
  }
  const token = d.tokens[0];
  if (token && where.personal) cards.push(deps.renderer.attachment('token', tokenData(token, state)));
  const lead = top ? `${d.confident ? 'Most likely' : 'Possibly'}: ${titleOf(top.id)}.` : '';
  return { cards, text: `${lead} ${top?.evidence[0] && !(where.group && top.evidenceFromToken[0]) ? top.evidence[0] : ''}`.trim(), outcome, causeId: top?.id };
}

/** Re-ranks carried points after one new answer. */
function withAnswer(state: FollowUpState, questionId: string, value: string): { state: FollowUpState; confident: boolean } {
  const answers = { ...state.answers, [questionId]: value };
  const points = new Map(state.ranking.map((r) => [r.id, r.points] as const));
  const strongest = new Map(state.ranking.map((r) => [r.id, r.strongest] as const));
  applyAnswers(points, strongest, contextAfter(state.qc.context, state.answers), { [questionId]: value });
  const order = [...new Set<VerdictId>([...state.ranking.map((r) => r.id), ...points.keys()])];
  const ranked = rankPoints(points, strongest, state.facts.status, order).filter((r) => r.points > -50);
  const ranking: RankEntry[] = ranked.slice(0, 6).map((r) => ({ id: r.id, points: r.points, strongest: r.strongest }));
  const open = ranked.filter((r) => !state.tried.includes(r.id) && r.id !== 'not-authorization');
  return {
    state: { ...state, ranking, answers, asking: undefined, qc: { ...state.qc, context: contextAfter(state.qc.context, answers) } },
    confident: isConfident(open),
  };
}

export function handleAction(verb: Verb, state: FollowUpState | undefined, answer: string | undefined, deps: ConversationDeps, where: TurnContextInfo, inputs: CheckOutputInputs = {}): Reply {
  switch (verb) {
    case 'calling':
      return outputForCall(inputs, deps);
    case 'output': {
      if (!inputs.checkOutput) return notice(deps, 'Nothing to judge yet.', 'Open "Paste what a check printed" on the card, paste the command\'s output into the field, then press Judge this check.', 'output-missing');
      // A card from before the walkthrough carried no state: judge the output on its own.
      const judged = state ? outputInWalkthrough(state, inputs.checkOutput, deps, where) : handlePaste(inputs.checkOutput, deps, where);
      return judged ?? notice(deps, 'I could not read that output.', 'I read az ad app permission list / list-grants, Get-MgOauth2PermissionGrant, Get-MgServicePrincipalAppRoleAssignment, sign-in log JSON, Get-MgUserLicenseDetail, Get-EXOMailbox, Get-ManagementRoleAssignment and Test-ServicePrincipalAuthorization output, as printed.', 'output-unreadable');
    }
    case 'example':
      return handlePaste(EXAMPLE_PASTE, deps, where);
    case 'help':
      return help(deps);
    case 'restart':
      return welcome(deps);
    case 'helpful':
    case 'unhelpful':
      return {
        cards: [deps.renderer.attachment('resolved', { subline: 'Thanks for telling me.', tip: state?.current ? (verdictById(state.current)?.wording.fix ?? '') : 'keep the request-id and date of failures: support needs them.', feedbackGiven: true, actions: { helpful: action('helpful'), unhelpful: action('unhelpful') } })],
        text: 'Thanks for the feedback.',
        outcome: verb === 'helpful' ? 'feedback-helpful' : 'feedback-unhelpful',
        causeId: state?.current,
      };
    case 'token':
      return {
        cards: [deps.renderer.attachment('token-request', where.group
          ? { privacy: 'This is a shared conversation: do not paste tokens here. Send it to me in a private chat instead.', privateChatUrl: deps.privateChatUrl }
          : {})],
        text: 'Paste the payload of your access token (the middle part between the dots).',
        outcome: 'token-requested',
      };
  }
  if (!state) return notice(deps, 'That button has expired.', 'Paste the error again and I will start a fresh diagnosis.', 'stale-action');
  switch (verb) {
    case 'fixed': {
      const id = state.current;
      return {
        cards: [deps.renderer.attachment('resolved', { subline: id ? `Fixed: ${titleOf(id)}` : 'Fixed.', tip: id ? (verdictById(id)?.wording.fix ?? '') : '', feedbackGiven: false, actions: actionsSharing(state, ['helpful', 'unhelpful']) })],
        text: 'Glad it works now.',
        outcome: 'resolved',
        causeId: id,
      };
    }
    case 'next': {
      const tried = state.current && !state.tried.includes(state.current) ? [...state.tried, state.current] : state.tried;
      const moved: FollowUpState = { ...state, tried };
      const next = openCandidates(moved)[0];
      if (!next) return escalation(deps, moved);
      return causeReply(deps, next, moved, 'next-cause', `Next candidate · ${tried.length} checked so far`);
    }
    case 'unsure':
      return nextQuestionReply(deps, state) ?? escalation(deps, state);
    case 'answer': {
      const question = state.asking ? questionById(state.asking) : undefined;
      if (!question || !answer || !question.choices.some((c) => c.value === answer)) {
        return notice(deps, 'I did not get an answer.', 'Pick one of the answers, then press Answer.', 'invalid-answer');
      }
      const next = withAnswer(state, question.id, answer);
      const top = openCandidates(next.state)[0];
      if (next.confident && top) return causeReply(deps, top, next.state, 'answered-decided', 'Your answers point here');
      return nextQuestionReply(deps, next.state) ?? (top ? causeReply(deps, top, next.state, 'answered-best-guess', 'Best remaining candidate') : escalation(deps, next.state));
    }
    case 'back': {
      const id = state.current ?? openCandidates(state)[0];
      return id ? causeReply(deps, id, state, 'back') : welcome(deps);
    }
    case 'escalate':
      return escalation(deps, state);
  }
  return help(deps);
}
