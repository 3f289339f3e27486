/** What the diagnosis read from the paste, safe to show and to carry in card data (no secrets). */
import type { CallContext, Evidence } from './evidence/index.js';
import type { DiagnosticClaims, TokenKind } from '../token/inspect.js';
import { redact } from '../token/redact.js';
import { findPasteIds, type PasteIds } from './paste-ids.js';
import { situationsOf } from './situations.js';
import type { Situation } from './cause.js';

export interface TokenFacts {
  readonly form: string;
  readonly kind: TokenKind;
  readonly audience?: string;
  readonly audienceKind?: string;
  readonly expired: boolean;
  readonly notYetValid: boolean;
  readonly personalAccount: boolean;
  readonly claims: DiagnosticClaims;
}

export interface Facts {
  readonly status?: number;
  readonly codes: readonly string[];
  readonly aadsts: readonly { code: string; description: string }[];
  readonly oauthErrors: readonly string[];
  readonly message?: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  /** The sign-in's correlation id (never its trace id). */
  readonly correlationId?: string;
  readonly traceId?: string;
  /** Ids read from the paste's text (not its token) that commands need. */
  readonly ids?: PasteIds;
  /** What the paste says about the call that changes the advice (app-only, Azure AD Graph, …). */
  readonly situations: readonly Situation[];
  readonly date?: string;
  readonly method?: string;
  readonly url?: string;
  readonly context: CallContext;
  readonly flows: readonly string[];
  readonly account: readonly string[];
  readonly challenge?: { error?: string; claims?: string };
  readonly token?: TokenFacts;
  readonly permission?: { verdict: string; needed?: string; template?: string; message: string };
  readonly truncated: boolean;
}

/** Drops undefined fields (shallow), so the JSON and card data carry only what was read. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

export function extractFacts(e: Evidence, truncated: boolean): Facts {
  const t = e.token;
  const ids = findPasteIds(e.text, e.request?.url);
  const facts: Facts = {
    status: e.status,
    codes: e.codes.slice(0, 8),
    aadsts: e.aadsts.slice(0, 5).map((a) => ({ code: `AADSTS${a.code}`, description: redact(a.description, { emails: true }) })),
    oauthErrors: e.oauthErrors,
    message: e.messages[0] ? redact(e.messages[0], { emails: true }) : undefined,
    requestId: e.requestId,
    clientRequestId: e.clientRequestId,
    correlationId: ids.correlationId,
    traceId: ids.traceId,
    ids: Object.keys(ids).length > 0 ? ids : undefined,
    situations: situationsOf(e),
    date: e.date,
    method: e.request?.method,
    url: e.request ? redact(e.request.url, { emails: true }) : undefined,
    context: e.context,
    flows: e.flows,
    account: e.accountHints,
    challenge: e.challenge ? { error: e.challenge.error, claims: e.challenge.claims } : undefined,
    token: t
      ? {
          form: t.form,
          kind: t.kind,
          audience: t.audience?.value,
          audienceKind: t.audience?.kind,
          expired: t.expired,
          notYetValid: t.notYetValid,
          personalAccount: t.personalAccount,
          claims: t.claims,
        }
      : undefined,
    permission: e.insight
      ? { verdict: e.insight.verdict, needed: e.insight.fix, template: e.insight.requirement?.template, message: e.insight.message }
      : undefined,
    truncated,
  };
  return compact(facts);
}
