/**
 * npm run permissions:index [-- --from DIR] [--snapshot YYYY-MM-DD]
 *
 * Derives data/graph-permissions-index.json from Microsoft's permissions data
 * (permissions.json + provisioningInfo.json + LICENSE of microsoftgraph/microsoft-graph-devx-content,
 * MIT). DIR defaults to the team's shared copy (../shared/data/graph-permissions, or one level
 * further up from a worktree). The snapshot date comes from --snapshot or from the "snapshot of
 * YYYY-MM-DD" line of the README beside the files. Re-run it on a newer snapshot and commit the
 * result: the bot reads only the committed index.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveIndex } from '../src/permissions/derive-index.js';
import type { CompactIndex } from '../src/permissions/index-format.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'data', 'graph-permissions-index.json');

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function sourceDir(): string {
  const given = argument('--from');
  const candidates = given ? [resolve(given)] : [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')].map((d) => join(d, 'data', 'graph-permissions'));
  const found = candidates.find((d) => existsSync(join(d, 'permissions.json')));
  if (!found) throw new Error(`permissions.json not found in ${candidates.join(' or ')}; pass --from DIR`);
  return found;
}

function snapshotDate(dir: string): string {
  const given = argument('--snapshot');
  const readme = join(dir, 'README.md');
  const fromReadme = existsSync(readme) ? /snapshot\s+of\s+(\d{4}-\d{2}-\d{2})/i.exec(readFileSync(readme, 'utf8'))?.[1] : undefined;
  const date = given ?? fromReadme;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('snapshot date unknown: pass --snapshot YYYY-MM-DD');
  return date;
}

/** One endpoint per line, so that a re-run on a newer snapshot gives a readable diff. */
function format(index: CompactIndex): string {
  const lines = Object.entries(index.endpoints).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const also = Object.entries(index.alsoRequires).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return [
    '{',
    `"format":${JSON.stringify(index.format)},`,
    `"source":${JSON.stringify(index.source, null, 1)},`,
    `"names":${JSON.stringify(index.names)},`,
    `"schemes":${JSON.stringify(index.schemes)},`,
    `"lists":${JSON.stringify(index.lists)},`,
    `"endpoints":{\n${lines.join(',\n')}\n},`,
    `"alsoRequires":{\n${also.join(',\n')}\n},`,
    `"deployments":${JSON.stringify(index.deployments)},`,
    `"titles":{\n${Object.entries(index.titles ?? {}).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}`,
    '}',
    '',
  ].join('\n');
}

function main(): void {
  const dir = sourceDir();
  const snapshot = snapshotDate(dir);
  const index = deriveIndex({
    permissions: JSON.parse(readFileSync(join(dir, 'permissions.json'), 'utf8')),
    provisioning: JSON.parse(readFileSync(join(dir, 'provisioningInfo.json'), 'utf8')),
    source: {
      repository: 'https://github.com/microsoftgraph/microsoft-graph-devx-content',
      files: ['permissions/new/permissions.json', 'permissions/new/provisioningInfo.json'],
      snapshot,
      license: 'MIT',
      notice: readFileSync(join(dir, 'LICENSE'), 'utf8').trim(),
    },
  });
  writeFileSync(OUT, format(index));
  const templates = Object.keys(index.endpoints).length;
  const methods = Object.values(index.endpoints).reduce((n, m) => n + Object.keys(m).length, 0);
  process.stdout.write(
    `${OUT}: ${templates} path templates, ${methods} template×method entries, ${index.names.length} names, ` +
      `${index.lists.length} distinct lists, ${index.deployments.length} ids; ${(statSync(OUT).size / 1024).toFixed(0)} KiB (snapshot ${snapshot})\n`,
  );
}

main();
