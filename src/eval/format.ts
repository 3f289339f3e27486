/** The eval report as a plain-text table. */
import type { ConversationSummary } from './run.js';
import type { Summary } from './score.js';

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function formatSummary(s: Summary, conversation?: ConversationSummary): string {
  const lines: string[] = [];
  const head = ['label', 'cases', 'hits', 'hit%', 'top-3', 'conf. wrong'];
  const rows = s.perLabel.map((r) => [r.label, String(r.cases), String(r.hits), pct(r.cases ? r.hits / r.cases : 0), r.top3 === undefined ? '-' : `${r.top3}/${r.cases}`, String(r.confidentlyWrong)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) lines.push(fmt(r));
  lines.push('');
  lines.push(`hits:               ${s.hits}/${s.cases} (${pct(s.hitRate)})`);
  lines.push(`top-3 (8 causes):   ${pct(s.top3Rate)}`);
  lines.push(`confidently wrong:  ${s.confidentlyWrong} (${pct(s.confidentlyWrongRate)})`);
  lines.push(`hits, non-hard:     ${pct(s.nonHardHitRate)}`);
  if (conversation && conversation.cases > 0) {
    lines.push(`leads within 2 answered questions: ${conversation.leads}/${conversation.cases} (${pct(conversation.rate)})`);
    lines.push(`right after the answers:           ${conversation.endsRight}/${conversation.cases} (${pct(conversation.endsRightRate)})`);
  }
  lines.push(`time per paste:     median ${s.medianMicros} µs, p99 ${s.p99Micros} µs`);
  return lines.join('\n');
}
