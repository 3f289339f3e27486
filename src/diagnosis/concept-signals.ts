/**
 * The signals a verdict takes from the prose concepts (./knowledge/prose-concepts.ts): one per
 * concept row of that verdict, said with the words that were matched.
 */
import type { Signal, VerdictId } from './cause.js';
import type { Evidence } from './evidence/index.js';
import { PROSE_CONCEPTS, type ProseConcept } from './knowledge/prose-concepts.js';
import { isAskedAt, isBracketedListItemAt, isNegatedAt, isSupposedAt, WHY_BEFORE, wordsWrittenAsQuestion } from './evidence/negation.js';
import { gated, mayMatch } from './word-gate.js';
import { oncePerPaste } from './once-per-paste.js';

/** Each concept's pattern with the global flag, compiled once (a diagnosis scans with it per paste). */
const SCANNERS = new Map<ProseConcept, RegExp>(PROSE_CONCEPTS.map((c) => [c, new RegExp(c.pattern.source, 'g')]));
// Beside each row's own gate words, the words its pattern cannot match without (./word-gate.ts).
for (const c of PROSE_CONCEPTS) gated(c.pattern);

/**
 * Asked without being told: "which permission is missing?". A why-question tells what it asks about
 * ("why can my colleague read it but I can't?" says the colleague can), so it still counts.
 */
function isOnlyAskedAt(lower: string, at: number, end: number): boolean {
  // The words themselves written as the question, right before its mark: "no license??".
  const asked = isAskedAt(lower, at) || wordsWrittenAsQuestion(lower, at, end);
  return asked && !WHY_BEFORE.test(lower.slice(Math.max(0, at - 120), at + 4));
}

/** The first match of the concept in the text that is not denied (nor only supposed, nor only asked), if any. */
export function conceptMatch(e: Evidence, c: ProseConcept): string | undefined {
  if (!c.gate.some((g) => e.has(g)) || !mayMatch(c.pattern, e.has)) return undefined;
  const scan = SCANNERS.get(c) ?? new RegExp(c.pattern.source, 'g');
  scan.lastIndex = 0;
  for (let m = scan.exec(e.lower); m; m = scan.exec(e.lower)) {
    if (!isSupposedAt(e.lower, m.index) && !isOnlyAskedAt(e.lower, m.index, m.index + m[0].length) && !isBracketedListItemAt(e.lower, m.index) && (!c.deniable || !isNegatedAt(e.lower, m.index))) return m[0];
    if (m[0].length === 0) scan.lastIndex++;
  }
  return undefined;
}

export function conceptSignals(cause: VerdictId): Signal[] {
  return PROSE_CONCEPTS.filter((c) => c.cause === cause).map((c) => ({
    id: `concept-${c.id}`,
    weight: c.weight,
    test: (e: Evidence) => {
      const found = conceptMatch(e, c);
      return found === undefined ? undefined : c.say(found.length > 120 ? `${found.slice(0, 117)}…` : found);
    },
  }));
}

const TOKEN_LIFETIME = PROSE_CONCEPTS.find((c) => c.id === 'fails-after-token-lifetime');

/**
 * It fails once the token is about an hour old ("the calls fail intermittently after about 1
 * hour"): failing now and then is then the token's age, not a service that comes and goes.
 */
export function failsWithTokenAge(e: Evidence): boolean {
  return TOKEN_LIFETIME !== undefined && conceptMatch(e, TOKEN_LIFETIME) !== undefined;
}

/**
 * The same call said to work now and then ("sometimes", "a retry works"), not by the token's age:
 * what comes and goes on its own is no missing permission, audience or token, each of which fails every time.
 */
export function failsNowAndThenNotByAge(e: Evidence): boolean {
  return e.intermittentClaim !== undefined && !failsWithTokenAge(e);
}

const CONSENT_NOT_GIVEN = PROSE_CONCEPTS.find((c) => c.id === 'consent-not-given');

/** Consent said to be missing ("Not granted for Contoso", "admin consent was never given"): read once by each cause that asks. */
export function consentSaidMissing(e: Evidence): string | undefined {
  return CONSENT_NOT_GIVEN ? conceptMatch(e, CONSENT_NOT_GIVEN) : undefined;
}

const TYPE_NOT_OFFERED = PROSE_CONCEPTS.find((c) => c.id === 'permission-type-not-offered');

/** The API said to take no permission of the flow's type ("only delegated", "App-only tokens are not supported"). */
export function permissionTypeNotOffered(e: Evidence): string | undefined {
  return TYPE_NOT_OFFERED ? conceptMatch(e, TYPE_NOT_OFFERED) : undefined;
}

const ADMIN_ONLY_SUCCEEDS = PROSE_CONCEPTS.find((c) => c.id === 'admin-only-succeeds');

/**
 * It succeeds only for an administrator ("works for me as Global Admin, fails for a user with no
 * admin roles"): an admin role the writer claims is then the succeeding account's, not the failing one's.
 */
export function adminOnlySucceeds(e: Evidence): boolean {
  return ADMIN_ONLY_SUCCEEDS !== undefined && conceptMatch(e, ADMIN_ONLY_SUCCEEDS) !== undefined;
}

const NOTHING_ADDED = PROSE_CONCEPTS.filter((c) => c.id === 'no-permissions-added' || c.id === 'no-permissions-added-localized');

/**
 * No permission of any type is said to be added ("no API permissions added", "no he añadido nada"): a token without
 * scp and roles is then explained by the missing grant, not by a grant of the other type.
 */
export function nothingSaidAdded(e: Evidence): string | undefined {
  for (const c of NOTHING_ADDED) {
    const m = conceptMatch(e, c);
    // Graph's own "The token contains no permissions" says what the token holds, not what anyone added.
    if (m !== undefined && !(m.trim() === 'no permissions' && e.lower.includes('contains no permissions'))) return m;
  }
  return undefined;
}

const OTHERS_SUCCEED = PROSE_CONCEPTS.find((c) => c.id === 'others-succeed');

/**
 * The same call is said to work for a colleague or another account ("my colleague ran the exact
 * same command and got the plans back"): the app's permissions are the same for both, so what
 * differs is the failing account's own access. Several signals ask (through worksForSomeOnly),
 * so the scan runs once per paste.
 */
export const othersSucceed = oncePerPaste((e: Evidence): boolean => OTHERS_SUCCEED !== undefined && conceptMatch(e, OTHERS_SUCCEED) !== undefined);
