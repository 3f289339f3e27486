/**
 * node dist/bench/permissions.js — what the permissions index costs: loading it at start, and
 * resolving one request (the diagnosis budget is 1 ms per paste at p99). Requests are every
 * template of the index with its {id} segments filled in, so the walk covers deep and shallow paths.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_INDEX_PATH } from '../src/permissions/default-index.js';
import type { CompactIndex } from '../src/permissions/index-format.js';
import { comparePermissions } from '../src/permissions/insight.js';
import { PermissionsIndex } from '../src/permissions/permissions-index.js';
import type { HttpMethod } from '../src/permissions/request-path.js';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

const loads: number[] = [];
let index: PermissionsIndex | undefined;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  index = new PermissionsIndex(JSON.parse(readFileSync(DEFAULT_INDEX_PATH, 'utf8')) as CompactIndex);
  loads.push(performance.now() - t0);
}
if (!index) throw new Error('no index');
const raw = JSON.parse(readFileSync(DEFAULT_INDEX_PATH, 'utf8')) as CompactIndex;
const requests = Object.entries(raw.endpoints).flatMap(([template, methods]) =>
  Object.keys(methods).map((m) => ({ method: m as HttpMethod, segments: template.split('/').filter(Boolean).map((s, i) => (s === '{id}' ? `x${i}` : s)), path: template })),
);
const times: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const r of requests) {
    const t0 = performance.now();
    comparePermissions({ method: r.method, path: r.path, segments: r.segments }, { kind: 'app-only', permissions: ['User.Read.All'], from: 'token' }, [index]);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
loads.sort((a, b) => a - b);
process.stdout.write(
  `index load (read + parse + trie): median ${percentile(loads, 0.5).toFixed(1)} ms over ${loads.length} loads\n` +
    `comparePermissions over ${requests.length} template x method requests x3: median ${(percentile(times, 0.5) * 1000).toFixed(1)} µs, ` +
    `p99 ${(percentile(times, 0.99) * 1000).toFixed(1)} µs, max ${(times[times.length - 1] as number).toFixed(2)} ms\n`,
);
