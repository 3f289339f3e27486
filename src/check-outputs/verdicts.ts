/**
 * A verdict per check: what an output proves about the causes, given what the walkthrough
 * knows (the cause being checked, the request, the token kind). Each finding confirms, rules
 * out or leaves open one cause, in a sentence; its effects move the ranking the way a guided
 * question's answer does, and where the output answers a guided question outright the answer
 * is recorded too, so that question is not asked again.
 */
import type { VerdictId } from '../diagnosis/cause.js';
import { verdictById } from '../diagnosis/causes/index.js';
import { diagnose } from '../diagnosis/diagnose.js';
import { endpointSupport } from '../permissions/default-index.js';
import type { EndpointSupport, PermissionKind } from '../permissions/permissions-index.js';
import type { OutputFacts } from './model.js';

export type Outcome = 'confirmed' | 'ruled-out' | 'open';
export type TokenKind = 'app-only' | 'delegated';

export interface CheckContext {
  /** The cause whose checks the walkthrough is on. */
  readonly cause?: VerdictId;
  readonly method?: string;
  /** The request URL or path ("/groups/{id}/members"). */
  readonly path?: string;
  readonly tokenKind?: TokenKind;
}

export interface Finding {
  readonly cause: VerdictId;
  readonly outcome: Outcome;
  readonly text: string;
}

export interface CheckVerdict {
  readonly findings: readonly Finding[];
  /** Points to add per cause, like a guided answer's effects. */
  readonly effects: Readonly<Partial<Record<VerdictId, number>>>;
  /** Guided questions the output answers (question id -> choice value). */
  readonly answers: Readonly<Record<string, string>>;
  /** The one line to lead with: the finding on the cause being checked, else the strongest. */
  readonly headline: string;
  readonly outcome: Outcome;
  /** What would make an open verdict decidable. */
  readonly needs?: string;
}

interface Draft {
  findings: Finding[];
  effects: Partial<Record<VerdictId, number>>;
  answers: Record<string, string>;
  needs?: string;
}

function draft(): Draft {
  return { findings: [], effects: {}, answers: {} };
}

function find(d: Draft, cause: VerdictId, outcome: Outcome, text: string, points = 0): void {
  d.findings.push({ cause, outcome, text });
  if (points !== 0) d.effects[cause] = (d.effects[cause] ?? 0) + points;
}

const KIND_WORD: Readonly<Record<PermissionKind, string>> = { delegated: 'Delegated', application: 'Application' };

function kindFor(token: TokenKind): PermissionKind {
  return token === 'app-only' ? 'application' : 'delegated';
}

function other(kind: PermissionKind): PermissionKind {
  return kind === 'application' ? 'delegated' : 'application';
}

function includesName(list: readonly string[], name: string): boolean {
  const lower = name.toLowerCase();
  return list.some((x) => x.toLowerCase() === lower);
}

function accepted(need: EndpointSupport, kind: PermissionKind): readonly string[] {
  return kind === 'application' ? need.application : need.delegatedWork;
}

function leastOf(need: EndpointSupport, kind: PermissionKind): string {
  const least = kind === 'application' ? need.leastPrivileged.application : need.leastPrivileged.delegatedWork;
  return least[0] ?? accepted(need, kind)[0] ?? 'none';
}

function callLabel(need: EndpointSupport): string {
  return `${need.method} ${need.template}`;
}

/** requested on the registration / granted with admin consent / consented to. */
function standing(facts: OutputFacts): string {
  return facts.kind === 'required-access' ? 'requested on the app registration' : facts.kind === 'app-role-assignments' ? 'granted with admin consent' : 'consented to';
}

function permissionsVerdict(facts: OutputFacts, ctx: CheckContext, d: Draft): void {
  const need = ctx.method && ctx.path ? endpointSupport(ctx.method, ctx.path) : undefined;
  const held = facts.permissions;
  const where = standing(facts);
  if (ctx.method && ctx.path && !need) d.needs = `Microsoft's permissions data has no ${ctx.method.toUpperCase()} ${ctx.path}: check the call's reference page.`;
  if (facts.kind === 'delegated-grants' && ctx.tokenKind === 'app-only') {
    find(d, 'permission-type-mismatch', 'open', 'Delegated consent does not count for an app-only token: paste the app role assignments (Get-MgServicePrincipalAppRoleAssignment) instead.');
    return;
  }
  if (!ctx.tokenKind) {
    if (!need) {
      d.needs ??= 'Tell me the request (method and URL) and whether a user signs in, and I can judge these permissions.';
      if (held.length === 0) find(d, 'permissions-missing', 'confirmed', `No Microsoft Graph permission is ${where}.`, 4);
      return;
    }
    const fits = (['application', 'delegated'] as const).flatMap((kind) => held.filter((p) => p.kind === kind && includesName(accepted(need, kind), p.name)));
    if (fits.length === 0) {
      find(d, 'permissions-missing', 'confirmed', `None of the permissions ${callLabel(need)} accepts is ${where}: add ${leastOf(need, 'application')} (Application) for an app without a user, or ${leastOf(need, 'delegated')} (Delegated) for a signed-in user.`, 5);
      return;
    }
    const kinds = [...new Set(fits.map((p) => p.kind))];
    if (kinds.length === 1) {
      const kind = kinds[0] as PermissionKind;
      find(d, 'permission-type-mismatch', 'open', `${callLabel(need)} is covered only by ${fits.map((p) => p.name).join(', ')} as ${KIND_WORD[kind]}: that works only ${kind === 'application' ? 'without a signed-in user (client credentials)' : 'with a signed-in user'}.`);
      d.needs ??= 'Does a user sign in, or does the app run on its own? That decides it.';
    }
    return;
  }
  const kind = kindFor(ctx.tokenKind);
  const flow = ctx.tokenKind === 'app-only' ? 'an app without a user (a daemon)' : 'a signed-in user';
  const sameKind = held.filter((p) => p.kind === kind);
  const otherKind = held.filter((p) => p.kind === other(kind));
  if (!need) {
    if (held.length > 0 && sameKind.length === 0) {
      find(d, 'permission-type-mismatch', 'confirmed', `Every Microsoft Graph permission here is ${KIND_WORD[other(kind)]} (${otherKind.map((p) => p.name).slice(0, 5).join(', ')}); ${flow} gets none of them in its token — it needs ${KIND_WORD[kind]} permissions.`, 5);
      d.answers['permission-type'] = other(kind);
    } else if (held.length === 0) {
      find(d, 'permissions-missing', 'confirmed', `No Microsoft Graph permission is ${where}.`, 4);
      if (facts.kind === 'required-access') d.answers['permission-type'] = 'none';
    } else {
      d.needs ??= 'Tell me the request (method and URL) and I can say whether one of these permissions allows it.';
    }
    return;
  }
  const wanted = accepted(need, kind);
  if (wanted.length === 0) {
    find(d, 'permission-type-mismatch', 'confirmed', `${callLabel(need)} accepts no ${KIND_WORD[kind]} permission at all: ${ctx.tokenKind === 'app-only' ? 'only a signed-in user can call it' : 'only an app without a user can call it'}.`, 5);
    return;
  }
  const right = sameKind.filter((p) => includesName(wanted, p.name));
  const wrong = otherKind.filter((p) => includesName(accepted(need, other(kind)), p.name));
  if (right.length > 0) {
    const names = right.map((p) => p.name).join(', ');
    find(d, 'permission-type-mismatch', 'ruled-out', `The app has ${names} as ${KIND_WORD[kind]}, the type ${flow} uses.`, -3);
    d.answers['permission-type'] = kind;
    if (facts.kind === 'required-access') {
      find(d, 'permissions-missing', 'open', `${names} is requested; requested is not granted — the consent check shows whether it reached the token.`);
    } else if (facts.kind === 'app-role-assignments') {
      find(d, 'permissions-missing', 'ruled-out', `${names} is granted as Application with admin consent, and ${callLabel(need)} accepts it.`, -4);
      d.answers.consent = 'granted';
    } else if (right.some((p) => p.consent === 'all-users')) {
      find(d, 'permissions-missing', 'ruled-out', `Consent for ${names} is granted for all users, and ${callLabel(need)} accepts it.`, -4);
      find(d, 'user-access-or-license', 'open', 'With the app\'s permission and consent in place, what remains for a delegated call is the signed-in user\'s own access.', 1);
      d.answers.consent = 'granted';
    } else {
      find(d, 'permissions-missing', 'confirmed', `Consent for ${names} is granted for one user only: everyone else needs their own consent or an admin's consent for all users.`, 3);
    }
    return;
  }
  if (wrong.length > 0) {
    const names = wrong.map((p) => p.name).join(', ');
    find(d, 'permission-type-mismatch', 'confirmed', `The app has ${names} only as ${KIND_WORD[other(kind)]}; ${flow} needs it as ${KIND_WORD[kind]}${kind === 'application' ? ' with admin consent' : ''}.`, 6);
    find(d, 'permissions-missing', 'ruled-out', 'A permission for this call is there, of the other type: the type, not a missing grant, keeps it out of the token.', -2);
    d.answers['permission-type'] = other(kind);
    return;
  }
  find(d, 'permissions-missing', 'confirmed', `None of the ${KIND_WORD[kind]} permissions ${callLabel(need)} accepts is ${where}: add ${leastOf(need, kind)} (least privileged)${kind === 'application' ? ' and grant admin consent' : ''}.`, 5);
  if (facts.kind === 'required-access' && held.length === 0) d.answers['permission-type'] = 'none';
}

function signInVerdict(facts: OutputFacts, d: Draft): void {
  const s = facts.signIn;
  if (!s) return;
  if (s.errorCode === 0) {
    find(d, 'conditional-access', 'ruled-out', 'This sign-in succeeded: no policy blocked it. If Graph still refuses, the token got through and the cause is in what it carries.', -4);
    return;
  }
  if (s.failedPolicies.length > 0) {
    const p = s.failedPolicies[0] as { name: string; controls: readonly string[] };
    find(d, 'conditional-access', 'confirmed', `Conditional Access policy "${p.name}" failed${p.controls.length > 0 ? `: it requires ${p.controls.join(', ')}` : ''}.`, 6);
    d.answers['policy-change'] = 'yes';
    return;
  }
  if (/^failure$/i.test(s.caStatus ?? '')) {
    find(d, 'conditional-access', 'confirmed', 'Conditional Access failed this sign-in (the entry does not name the policy: open its Conditional Access tab).', 5);
    return;
  }
  if (s.errorCode === undefined) return;
  // The sign-in error code means what the AADSTS code means: the diagnosis engine reads it.
  const read = diagnose(`AADSTS${s.errorCode}: ${s.failureReason ?? ''}`);
  const top = read.causes[0];
  if (/^notapplied$/i.test(s.caStatus ?? '') && top?.id !== 'conditional-access') find(d, 'conditional-access', 'ruled-out', 'No Conditional Access policy applied to this sign-in.', -3);
  if (top && read.confident) {
    find(d, top.id, 'confirmed', `The sign-in failed with AADSTS${s.errorCode}: ${top.evidence[0] ?? verdictById(top.id)?.wording.title ?? top.id}.`, 4);
  } else {
    d.needs ??= `AADSTS${s.errorCode} does not settle it on its own: paste the error your app got.`;
  }
}

function licenseVerdict(facts: OutputFacts, d: Draft): void {
  const l = facts.licenses;
  if (!l) return;
  if (l.skus.length === 0) {
    find(d, 'user-access-or-license', 'confirmed', 'The user has no license: without one there is no mailbox, OneDrive or Teams data for Graph to reach.', 5);
    return;
  }
  if (l.plans && l.plans.length === 0) {
    find(d, 'user-access-or-license', 'confirmed', 'Every service plan of the user\'s licenses is switched off.', 4);
    return;
  }
  find(d, 'user-access-or-license', 'open', `The user has ${l.skus.join(', ')}. Whether they include the service the call needs (Exchange Online for mail, SharePoint for files) is in the service plan table: https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference`);
}

function mailboxVerdict(facts: OutputFacts, d: Draft): void {
  const m = facts.mailbox;
  if (!m) return;
  if (m.found) find(d, 'user-access-or-license', 'ruled-out', `The user has an Exchange Online mailbox (${m.type ?? 'type not shown'}), so a missing mailbox is not it.`, -2);
  else find(d, 'user-access-or-license', 'confirmed', 'The user has no mailbox in Exchange Online: mail, calendar and contact calls for them fail until one exists (an on-premises mailbox cannot be reached this way).', 5);
}

function exchangeVerdict(facts: OutputFacts, ctx: CheckContext, d: Draft): void {
  const x = facts.exchange;
  if (!x) return;
  const need = ctx.method && ctx.path ? endpointSupport(ctx.method, ctx.path) : undefined;
  const relevant = need ? x.roles.filter((r) => includesName(need.application, r)) : x.roles;
  if (x.inScope) {
    const tested = Object.entries(x.inScope).filter(([name]) => includesName(relevant, name));
    const out = tested.filter(([, inScope]) => !inScope).map(([name]) => name);
    const inside = tested.filter(([, inScope]) => inScope).map(([name]) => name);
    if (out.length > 0 && inside.length === 0) {
      find(d, 'odata-access-disabled', 'confirmed', `RBAC for Applications: the mailbox is outside the scope of ${out.join(', ')}, so Exchange refuses the app there.`, 6);
      return;
    }
    if (inside.length > 0) {
      find(d, 'odata-access-disabled', 'ruled-out', `RBAC for Applications lets the app use ${inside.join(', ')} on this mailbox.`, -3);
      return;
    }
  }
  if (x.roles.length === 0) {
    find(d, 'odata-access-disabled', 'open', 'The app holds no RBAC for Applications role in Exchange: its mailbox access comes from its Microsoft Graph permissions alone.');
    return;
  }
  if (x.scoped) {
    find(d, 'odata-access-disabled', 'open', `The app's Exchange roles (${x.roles.join(', ')}) are limited to a scope: mailboxes outside it are refused.`, 1);
    d.needs ??= 'Run Test-ServicePrincipalAuthorization with -Resource {mailbox} to see whether the failing mailbox is in scope.';
  } else {
    find(d, 'odata-access-disabled', 'open', `The app's Exchange roles (${x.roles.join(', ')}) apply to the whole organization.`);
  }
}

const OUTCOME_WORD: Readonly<Record<Outcome, string>> = { confirmed: 'Confirmed', 'ruled-out': 'Ruled out', open: 'Not decided' };

/** The verdict on a check from its output. */
export function judgeOutput(facts: OutputFacts, ctx: CheckContext = {}): CheckVerdict {
  const d = draft();
  switch (facts.kind) {
    case 'required-access':
    case 'app-role-assignments':
    case 'delegated-grants':
      permissionsVerdict(facts, ctx, d);
      break;
    case 'sign-in':
      signInVerdict(facts, d);
      break;
    case 'licenses':
      licenseVerdict(facts, d);
      break;
    case 'mailbox':
      mailboxVerdict(facts, d);
      break;
    case 'exchange-role-assignments':
    case 'exchange-authorization-test':
      exchangeVerdict(facts, ctx, d);
      break;
  }
  if (facts.cut) d.needs ??= 'PowerShell cut some values to fit the table: pipe to Format-List (or use -o json) for the whole list.';
  // The cause being checked first; otherwise what the output proves beats what it excludes.
  const lead = d.findings.find((f) => f.cause === ctx.cause && f.outcome !== 'open') ?? d.findings.find((f) => f.outcome === 'confirmed') ?? d.findings.find((f) => f.outcome === 'ruled-out') ?? d.findings[0];
  const outcome = lead?.outcome ?? 'open';
  return {
    findings: d.findings,
    effects: d.effects,
    answers: d.answers,
    headline: lead ? `${OUTCOME_WORD[outcome]}: ${lead.text}` : 'Not decided: this output does not speak to the causes being checked.',
    outcome,
    needs: d.needs,
  };
}
