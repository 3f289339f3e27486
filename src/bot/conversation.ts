/**
 * The conversation as pure functions: a paste or a card action in, one card out. No botbuilder
 * here, so every step is testable as a table; doctor-bot.ts only moves activities.
 *
 * Every card of the walkthrough carries its state (and the steps before it, for Back) in its
 * buttons, so a step can be shown again or continued on any instance.
 */
import { toLines } from '../cards/card-data.js';
import type { VerdictId } from '../diagnosis/cause.js';
import { verdictById } from '../diagnosis/causes/index.js';
import { applyAnswers, diagnose, type Diagnosis } from '../diagnosis/diagnose.js';
import { valuesFromCarried, valuesFromFacts, withCarried } from '../diagnosis/fill-commands.js';
import { contextAfter, pickQuestions, questionById } from '../diagnosis/questions.js';
import { isConfident, rankPoints } from '../diagnosis/rank.js';
import type { TokenReport } from '../token/inspect.js';
import { readCheckOutput } from '../check-outputs/index.js';
import type { ConversationDeps, Reply } from './reply.js';
import { outputForCall, outputInWalkthrough, outputSummary } from './check-output-turn.js';
import { draftQuestion, QNA_URL } from './escalation-draft.js';
import { EXAMPLE_PASTE } from './examples.js';
import './trusted-text.js';
import { inertText } from '../cards/inert.js';
import { stepBack, stepForward, type CardAction, type CarriedFacts, type FollowUpState, type RankEntry } from './follow-up-state.js';
import { action, actionsSharing, causeData, display, hasEvidence, notAuthorizationData, openCandidates, questionData, stateFromDiagnosis, GROUP_TOKEN_PRIVACY, type Showing } from './present.js';

export type { ConversationDeps, Reply } from './reply.js';

export interface TurnContextInfo {
  /** Group chat or channel: token claims stay private. */
  readonly group: boolean;
  readonly personal: boolean;
}

function titleOf(id: VerdictId): string {
  return verdictById(id)?.wording.title ?? id;
}

function showing(deps: ConversationDeps, where: TurnContextInfo): Showing {
  return { group: where.group, privateChatUrl: deps.privateChatUrl };
}

export function welcome(deps: ConversationDeps, where: TurnContextInfo = { group: false, personal: true }): Reply {
  return {
    cards: [deps.renderer.attachment('welcome', { exampleLines: toLines(EXAMPLE_PASTE), exampleAction: action('example'), personal: !where.group, privateChatUrl: where.group ? deps.privateChatUrl : undefined })],
    text: 'Hi! Paste a Microsoft Graph error (JSON body, SDK exception, AADSTS message or headers) and I will tell you which documented cause it is and how to fix it.',
    outcome: 'welcome',
  };
}

export function help(deps: ConversationDeps): Reply {
  return {
    cards: [deps.renderer.attachment('help', { exampleAction: action('example') })],
    text: 'Paste the error as you got it: the Graph error body, the request line, the response headers. Commands: help, start over.',
    outcome: 'help',
  };
}

export function notice(deps: ConversationDeps, title: string, message: string, outcome: string, extra: { privateChatUrl?: string; back?: FollowUpState } = {}): Reply {
  return {
    cards: [deps.renderer.attachment('notice', { title, style: 'warning', message, helpAction: action('help'), privateChatUrl: extra.privateChatUrl, back: extra.back ? action('back', extra.back) : undefined })],
    text: `${title} ${message}`,
    outcome,
  };
}

interface CauseReplyOptions {
  readonly lead?: string;
  readonly first?: { diagnosis: Diagnosis; token?: TokenReport };
}

function causeReply(deps: ConversationDeps, where: TurnContextInfo, id: VerdictId, state: FollowUpState, outcome: string, options: CauseReplyOptions = {}): Reply {
  const data = causeData(id, state, showing(deps, where), options);
  return {
    cards: [deps.renderer.attachment('cause', data)],
    text: `${data.headline}. ${data.fix}`,
    outcome: hasEvidence(state, id) ? outcome : 'no-evidence',
    causeId: id,
  };
}

function questionReply(deps: ConversationDeps, where: TurnContextInfo, state: FollowUpState, first?: { diagnosis: Diagnosis; token?: TokenReport }): Reply | undefined {
  const asked = state.asking ? questionById(state.asking) : undefined;
  const [q] = asked ? [asked] : pickQuestions(openCandidates(state).slice(0, 3), state.qc, state.answers);
  if (!q) return undefined;
  return {
    cards: [deps.renderer.attachment('question', questionData(q, { ...state, asking: undefined }, Object.keys(state.answers).length + 1, showing(deps, where), first))],
    text: `${first && openCandidates(state)[0] ? `Possibly: ${titleOf(openCandidates(state)[0] as VerdictId)}. ` : ''}${q.prompt} ${q.choices.map((c) => c.label).join(' / ')}`,
    outcome: 'question',
    causeId: openCandidates(state)[0],
  };
}

function escalation(deps: ConversationDeps, state: FollowUpState): Reply {
  const draft = draftQuestion(state, deps.now());
  return {
    // Shown text avoids "<…>" (Teams would drop it); the copy box keeps the draft exactly.
    cards: [deps.renderer.attachment('escalation', { questionTitle: display(draft.title), questionBody: draft.body, qnaUrl: QNA_URL, actions: { restart: action('restart'), back: state.history.length > 0 ? action('back', state) : undefined } })],
    text: `Ask on Microsoft Q&A (${QNA_URL}): ${inertText(draft.title)}`,
    outcome: 'escalated',
    causeId: state.current,
  };
}

/** A pasted error: one answer card (the verdict and fix first, or a guided question). */
export function handlePaste(paste: string, deps: ConversationDeps, where: TurnContextInfo): Reply {
  // What a check printed, pasted on its own, is an answer to a check, not an error.
  const output = readCheckOutput(paste);
  if (output) return outputSummary(output, deps, showing(deps, where));
  const d: Diagnosis = diagnose(paste, { now: deps.now(), permissionSources: deps.permissionSources });
  if (d.empty) {
    return notice(deps, 'I could not find an error in that message.', 'Paste the error as you got it: the Graph JSON error body, the SDK exception, the AADSTS message or the response headers — and the request (method and URL) if you have it.', 'no-error-found');
  }
  const state = stateFromDiagnosis(d, where);
  const top = d.causes[0];
  // Token claims are shown in personal chats only.
  const first = { diagnosis: d, token: where.personal ? d.tokens[0] : undefined };
  if (top?.id === 'not-authorization' && (d.confident || top.points >= 4)) {
    return {
      cards: [deps.renderer.attachment('not-authorization', notAuthorizationData(d, state))],
      text: `Not an authorization problem. ${top.evidence[0] ?? ''}`.trim(),
      outcome: 'not-authorization',
      causeId: top.id,
    };
  }
  const lead = openCandidates(state)[0];
  if (!d.confident && d.questions[0]) {
    const asked = questionReply(deps, where, { ...state, current: undefined, asking: d.questions[0].id }, first);
    if (asked) return asked;
  }
  if (!lead) return escalation(deps, state);
  return causeReply(deps, where, lead, state, 'diagnosed', { first });
}

/** Re-ranks carried points after one new answer. */
function withAnswer(state: FollowUpState, questionId: string, value: string): { state: FollowUpState; confident: boolean } {
  const answers = { ...state.answers, [questionId]: value };
  const points = new Map(state.ranking.map((r) => [r.id, r.points] as const));
  const strongest = new Map(state.ranking.map((r) => [r.id, r.strongest] as const));
  applyAnswers(points, strongest, contextAfter(state.qc.context, state.answers), { [questionId]: value });
  const ranked = rerank(state, points, strongest);
  return {
    state: stepForward(state, { ranking: ranked.ranking, answers, asking: undefined, qc: { ...state.qc, context: contextAfter(state.qc.context, answers) } }),
    confident: ranked.confident,
  };
}

function rerank(state: FollowUpState, points: Map<VerdictId, number>, strongest: Map<VerdictId, number>): { ranking: RankEntry[]; confident: boolean } {
  const order = [...new Set<VerdictId>([...state.ranking.map((r) => r.id), ...points.keys()])];
  const ranked = rankPoints(points, strongest, state.facts.status, order).filter((r) => r.points > -50);
  const open = ranked.filter((r) => !state.tried.includes(r.id) && r.id !== 'not-authorization');
  return { ranking: ranked.slice(0, 6).map((r) => ({ id: r.id, points: r.points, strongest: r.strongest })), confident: isConfident(open) };
}

/** The few carried facts written back as a paste, so the engine can read them together with a token. */
function carriedPaste(f: CarriedFacts): string {
  return [f.request, f.status ? `HTTP ${f.status}` : undefined, f.code, f.message, f.aadsts].filter(Boolean).join('\n');
}

/**
 * What a checked token adds to the carried facts, so later steps fill the same commands: its app
 * and tenant ids where the paste had none, and the situations it shows (who calls, a *.Selected
 * permission …). Only ever in a personal chat: groups never get here.
 */
function withTokenFacts(state: FollowUpState, withToken: Diagnosis, where: TurnContextInfo): FollowUpState {
  const f = state.facts;
  const read = withCarried(valuesFromFacts(withToken.facts, { group: where.group }), valuesFromCarried(f, state.qc.context));
  return {
    ...state,
    facts: { ...f, appId: f.appId ?? read.appId, tenantId: f.tenantId ?? read.tenantId, situations: f.situations ? read.situations : undefined },
  };
}

/**
 * "Check my token": the token read together with the carried facts; what it adds to each
 * cause's points (compared with the facts alone) joins the ranking, and the walkthrough goes on
 * from the step it was at, or to the cause the token now decides.
 */
function checkToken(deps: ConversationDeps, where: TurnContextInfo, state: FollowUpState, token: string): Reply {
  const facts = carriedPaste(state.facts);
  const options = { now: deps.now(), permissionSources: deps.permissionSources, answers: state.answers };
  const withToken = diagnose(`${facts}\n${token}`, options);
  const report = withToken.tokens[0];
  const here = stepForward(state, {});
  if (!report || report.form === 'opaque' || report.form === 'malformed') {
    return notice(deps, 'That does not look like an access token.', 'Paste the whole token (three parts separated by dots) or just its middle part, which starts with eyJ.', 'token-unreadable', { back: here });
  }
  const base = diagnose(facts, options);
  const points = new Map(state.ranking.map((r) => [r.id, r.points] as const));
  const strongest = new Map(state.ranking.map((r) => [r.id, r.strongest] as const));
  for (const c of withToken.causes) {
    const before = base.causes.find((b) => b.id === c.id);
    const added = c.points - (before?.points ?? 0);
    if (added === 0) continue;
    points.set(c.id, (points.get(c.id) ?? 0) + added);
    if (added > 0 && c.strongest > (strongest.get(c.id) ?? 0)) strongest.set(c.id, c.strongest);
  }
  const ranked = rerank(state, points, strongest);
  // What the token shows joins what the paste said (its claims name the permission type, say).
  const topics = state.qc.topics && [...new Set([...state.qc.topics, ...(withToken.questionContext.topics ?? [])])];
  const qc = { ...state.qc, hasToken: true, knowsAccount: true, context: state.qc.context === 'unknown' || state.qc.context === 'mixed' ? withToken.questionContext.context : state.qc.context, ...(topics ? { topics } : {}) };
  const next = stepForward(withTokenFacts(state, withToken, where), { ranking: ranked.ranking, qc });
  const top = openCandidates(next)[0];
  const first = { diagnosis: withToken, token: report };
  if (ranked.confident && top && top !== state.current) return causeReply(deps, where, top, { ...next, asking: undefined }, 'token-decided', { lead: 'Your token points here', first });
  if (state.asking) {
    const asked = questionReply(deps, where, next, first);
    if (asked) return { ...asked, outcome: 'token-checked' };
  }
  const id = state.current && !state.tried.includes(state.current) ? state.current : top;
  return id ? causeReply(deps, where, id, next, 'token-checked', { lead: 'With your token', first }) : escalation(deps, next);
}

/** What a check printed, from its field on the answer card: a verdict on the check, then on. */
function judgeCheckOutput(deps: ConversationDeps, where: TurnContextInfo, state: FollowUpState | undefined, pasted: string | undefined): Reply {
  const here = state ? stepForward(state, {}) : undefined;
  if (!pasted) return notice(deps, 'Nothing to judge yet.', 'Open a check on the card, paste what its command printed into the field under it, then press Judge this output.', 'output-missing', { back: here });
  // A card from before the walkthrough carried no state: the output is judged on its own.
  const judged = state ? outputInWalkthrough(state, pasted, deps, showing(deps, where)) : handlePaste(pasted, deps, where);
  return judged ?? notice(deps, 'I could not read that output.', 'I read az ad app permission list / list-grants, Get-MgOauth2PermissionGrant, Get-MgServicePrincipalAppRoleAssignment, sign-in log JSON, Get-MgUserLicenseDetail, Get-EXOMailbox, Get-ManagementRoleAssignment and Test-ServicePrincipalAuthorization output, as printed.', 'output-unreadable', { back: here });
}

/** The previous step, shown again. */
function back(deps: ConversationDeps, where: TurnContextInfo, state: FollowUpState): Reply {
  const previous = stepBack(state) ?? state;
  if (previous.asking) {
    const asked = questionReply(deps, where, previous);
    if (asked) return { ...asked, outcome: 'back' };
  }
  const id = previous.current ?? openCandidates(previous)[0];
  return id ? causeReply(deps, where, id, previous, 'back', { lead: 'Back to' }) : welcome(deps, where);
}

export function handleAction(act: CardAction, deps: ConversationDeps, where: TurnContextInfo): Reply {
  const { verb, state, answer } = act;
  switch (verb) {
    case 'example':
      return handlePaste(EXAMPLE_PASTE, deps, where);
    case 'help':
      return help(deps);
    case 'restart':
      return welcome(deps, where);
    case 'helpful':
    case 'unhelpful':
      return {
        cards: [deps.renderer.attachment('resolved', { subline: state?.current ? `Fixed: ${titleOf(state.current)}` : 'Fixed.', tip: state?.current ? (verdictById(state.current)?.wording.fix ?? '') : 'keep the request-id and date of failures: support needs them.', feedbackGiven: true })],
        text: 'Thanks for the feedback.',
        outcome: verb === 'helpful' ? 'feedback-helpful' : 'feedback-unhelpful',
        causeId: state?.current,
        updatesCard: true,
      };
    case 'token':
      // Never in a shared conversation, whatever the button said.
      if (where.group) return notice(deps, 'Not in a shared chat.', GROUP_TOKEN_PRIVACY, 'token-requested', { privateChatUrl: deps.privateChatUrl });
      if (!act.token) return notice(deps, 'Nothing to check yet.', 'Open "Check my token" on the card, paste the token or its payload into the field, then press Check it.', 'token-requested', { back: state ? stepForward(state, {}) : undefined });
      // A card from before the walkthrough carried state: the token is a new paste.
      return state ? checkToken(deps, where, state, act.token) : handlePaste(act.token, deps, where);
    case 'calling':
      return outputForCall(act, deps);
    case 'output':
      return judgeCheckOutput(deps, where, state, act.checkOutput);
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
      const moved = stepForward(state, { tried, asking: undefined });
      const next = openCandidates(moved)[0];
      if (!next) return escalation(deps, moved);
      return causeReply(deps, where, next, moved, 'next-cause', { lead: 'Next candidate' });
    }
    case 'unsure':
      return questionReply(deps, where, stepForward(state, { asking: undefined })) ?? escalation(deps, stepForward(state, {}));
    case 'answer': {
      const question = state.asking ? questionById(state.asking) : undefined;
      if (!question || !answer || !question.choices.some((c) => c.value === answer)) {
        return notice(deps, 'I did not get an answer.', 'Pick one of the answers, then press Answer.', 'invalid-answer', { back: stepForward(state, {}) });
      }
      const next = withAnswer(state, question.id, answer);
      const top = openCandidates(next.state)[0];
      if (next.confident && top) return causeReply(deps, where, top, next.state, 'answered-decided', { lead: 'Your answers point here' });
      const asked = questionReply(deps, where, next.state);
      if (asked) return asked;
      // No question left: the best candidate, said plainly when nothing supports it.
      return top ? causeReply(deps, where, top, next.state, 'answered-best-guess', { lead: 'Best remaining candidate' }) : escalation(deps, next.state);
    }
    case 'back':
      return back(deps, where, state);
    case 'escalate':
      return escalation(deps, stepForward(state, {}));
  }
  return help(deps);
}
