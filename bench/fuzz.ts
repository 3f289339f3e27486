/**
 * bench:fuzz — the worst case of crafted pastes (design §6: any 64 KB paste under 10 ms).
 * Each shape repeats one adversarial unit (a negation, an opening bracket, a URL, a label with
 * nothing after it) until the paste reaches 64 KB or 1 MB, then times diagnose() and the output
 * layers on it: redaction, and card data (redaction plus inert text, as the renderer applies
 * them). A benchmark, not a test: it prints the median of several runs per shape and size, and
 * exits 1 only when a 64 KB median misses the budget.
 */
import { diagnose } from '../src/diagnosis/diagnose.js';
import { redact } from '../src/token/redact.js';
import { safeCardData } from '../src/cards/inert.js';

const BUDGET_MS = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [64 * 1024, 1024 * 1024] as const;

/** One repeated unit per shape: each targets a step that could rescan or backtrack. */
const SHAPES: Readonly<Record<string, string>> = {
  'negations (no timeout)': 'no timeout ',
  'negation before phrases': "we don't use a personal account and not a guest ",
  'roles: [ unclosed': '"roles": [',
  'scp: " unclosed': '"scp": "',
  'scope=[ unclosed': 'scope=[',
  'URLs on one line': 'https://graph.microsoft.com/v1.0/users/0a1b2c3d/messages?$top=5 ',
  'request lines': 'GET https://graph.microsoft.com/v1.0/me\n',
  'opening brackets': '([{<',
  'SDK chains': 'graphClient.users(id).messages[0].',
  'cmdlets': 'Get-MgUser -UserId x ',
  'code labels, no value': 'code: ',
  'message labels, no end': 'message: "',
  'status labels': 'status 403 (',
  'AADSTS codes': 'AADSTS50076: ',
  'WWW-Authenticate params': 'WWW-Authenticate: Bearer error="x", claims="',
  'bearer with no token': 'Bearer ',
  'JWT-like runs': 'eyJhbGciOiJSUzI1NiJ9.',
  'escaped quotes': '\\"',
  'percent escapes': '%2E%7E',
  'secret labels, no value': 'client_secret=',
  'secret words': 'the secret key token password ',
  'markdown link shapes': '[x](https://evil.example/',
  'e-mail-like': 'a@b.',
  'one long word': 'A',
  // Prose concepts and the reasoning over them (src/diagnosis/knowledge/prose-concepts.ts, reasoning.ts).
  'audience words, quoted values': "audience 'https://x' ",
  'audiences, no "did not match"': 'Audiences: aaaa bbbb cccc ',
  'license, article runs': 'no a a a a license ',
  'admin success, filler words': 'only when the the the the the the admin ',
  'permission names': 'Mail.Read Calendars.Read.Shared User.Read.All X.Y.Z ',
  // A claim told in prose, then a long run of blanks before anything else (src/diagnosis/evidence/quoted-claims.ts).
  'claims in prose, then blanks': `scp User.Read${'\t'.repeat(4000)} roles Mail.Read${' '.repeat(4000)}x `,
  'permission table rows': 'mail.send | delegated | ',
  'requests said to work': 'GET https://graph.microsoft.com/v1.0/me works fine\n',
  // Cmdlet nouns read as path words (src/permissions/permissions-index.ts pathOfWords), and hosts without a scheme.
  'long cmdlet nouns': 'Get-MgUserMailFolderMessageUserMailFolderMessageUserMailFolderMessageUserMailFolderMessageUser -UserId x ',
  'bare hosts': 'contoso.sharepoint.com a.b.c.d.e.f.g.h ',
  'fluent chains over lines': 'await graphClient\n            .Users[id]\n            .MailFolders\n            .Messages\n            .GetAsync();\n',
  // Prose read for what a token is for, who succeeds, and which role or policy is the data.
  // Paste shapes the normalizer rewrites: Markdown links (and runs of brackets that are not links), typographic quotes.
  'markdown brackets and quotes': '[[[[[x](https://a.b/(c) \u2019\u201c[see](http ',
  // Prose read for when it broke, what a user lacks, and scopes a sign-in error names.
  'onset, rights and scopes': "suddenly since last friday nothing changed; my user doesn't have the necessary privileges to add; AADSTS650053 asked for scope 'groups x.y' that doesn't exist on the resource '00000003-0000-0000-c000-000000000000' ",
  'token and role prose': 'the token was issued for the azure service management api and the token for my api goes to microsoft graph, 401 unauthorized, app id uri api://x; as global admin i can do it, my colleague can open it; adding a member to a directory role; create a conditional access policy; disables a user 禁用用户 ',
  // Posts told in time order (src/diagnosis/quoted-elsewhere.ts): every line a turn to "now", each naming an error.
  'time order, turns on every line': 'Earlier it failed.\nthen 403 Forbidden\n```\n{"error": "x"}\n',
  // This stop's readings: versions that work, scopes as URLs in another cloud, ID tokens in code, roles the user lacks, drives and photos not found.
  'versions, clouds and drives': 'downgrading to 2.9.0 resolves it, works with 1.8.2 but fails with 1.9.0; scope https://graph.microsoft.com/.default then https://graph.microsoft.us/v1.0/users; Bearer ${response.idToken}; my account has no admin role; GET /me/drive 404; /users/x/photo/$value 404; getaddrinfo ENOTFOUND ',
};

function paste(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * Median CPU time of fn in ms (process.cpuUsage: user + system). On a machine shared with other
 * jobs, wall time mostly measures the queue for a core; CPU time measures the work itself.
 */
function median(fn: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    runs.push((d.user + d.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] ?? 0;
}

function main(): void {
  const rows: { shape: string; size: number; diagnose: number; redact: number; card: number }[] = [];
  for (const [shape, unit] of Object.entries(SHAPES)) {
    for (const size of SIZES) {
      const text = paste(unit, size);
      diagnose(text); // warm-up: the first run compiles the code paths this shape reaches
      rows.push({
        shape,
        size,
        diagnose: median(() => diagnose(text)),
        redact: median(() => redact(text, { emails: true })),
        card: median(() => safeCardData({ text })),
      });
    }
  }
  const kb = (n: number): string => (n >= 1024 * 1024 ? `${n / (1024 * 1024)} MB` : `${n / 1024} KB`);
  console.log(`median CPU time of ${RUNS} runs, ms:  shape | size | diagnose | redact | card data (redact + inert)`);
  for (const r of rows) console.log(`  ${r.shape.padEnd(26)} ${kb(r.size).padStart(6)}  ${r.diagnose.toFixed(2).padStart(8)}  ${r.redact.toFixed(2).padStart(7)}  ${r.card.toFixed(2).padStart(6)}`);
  for (const size of SIZES) {
    const worst = rows.filter((r) => r.size === size).sort((a, b) => b.diagnose - a.diagnose)[0];
    if (worst) console.log(`worst diagnose at ${kb(size)}: ${worst.diagnose.toFixed(2)} ms (${worst.shape})`);
  }
  const over = rows.filter((r) => r.size === SIZES[0] && Math.max(r.diagnose, r.redact, r.card) > BUDGET_MS);
  console.log(over.length === 0 ? `within budget (≤ ${BUDGET_MS} ms at 64 KB)` : `OVER BUDGET at 64 KB: ${over.map((r) => r.shape).join(', ')}`);
  if (over.length > 0) process.exitCode = 1;
}

main();
