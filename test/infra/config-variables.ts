/**
 * The environment variables src/host/config.ts reads, taken from its source so that the
 * infrastructure tests follow every variable added there: direct reads (`env.NAME`,
 * `env['NAME']`) and helper calls that take the environment and a name (`integer(env, 'NAME', …)`).
 * Keys read through a loop over a list (the Bot Framework endpoint overrides) are pass-through
 * options for clouds and tests, not settings a deployment must make, so they are not listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.js';

const READS = [/\benv\.([A-Za-z_][A-Za-z0-9_]*)/g, /\benv\[\s*'([A-Za-z_][A-Za-z0-9_]*)'\s*\]/g, /\(\s*env\s*,\s*'([A-Za-z_][A-Za-z0-9_]*)'/g];

export function configVariables(source = readFileSync(join(ROOT, 'src', 'host', 'config.ts'), 'utf8')): Set<string> {
  const names = new Set<string>();
  for (const pattern of READS) for (const m of source.matchAll(pattern)) if (m[1]) names.add(m[1]);
  return names;
}
