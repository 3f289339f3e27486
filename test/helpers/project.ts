/** Paths of the project and of shared/ for tests that read real files. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cards'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('project root not found');
}

export const ROOT = findRoot();
/** The team's shared folder: beside the main checkout, or one level further up from a worktree. */
export const SHARED = [resolve(ROOT, '..', 'shared'), resolve(ROOT, '..', '..', 'shared')].find((d) => existsSync(d)) ?? resolve(ROOT, '..', 'shared');
export const PERMISSIONS_FILE = join(SHARED, 'data', 'graph-permissions', 'permissions.json');
export const PROVISIONING_FILE = join(SHARED, 'data', 'graph-permissions', 'provisioningInfo.json');
export const CLI = join(ROOT, 'dist', 'src', 'cli.js');
