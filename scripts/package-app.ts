/**
 * npm run package: fills the manifest's placeholders (BOT_ID = the bot's Microsoft Entra app id,
 * BOT_DOMAIN = the public host of its messaging endpoint), validates it offline against the
 * official Teams schema bundled in @microsoft/app-manifest, and writes build/graph-auth-doctor.zip
 * with manifest.json and the two icons at the root.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MANIFEST_DIR = join(ROOT, 'manifest');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export class PackageError extends Error {}

export function readTemplate(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

export function buildManifest(botId: string, domain: string): Record<string, unknown> {
  if (!GUID.test(botId)) throw new PackageError('BOT_ID must be the bot\'s Microsoft Entra application (client) id, a GUID');
  if (!HOST.test(domain)) throw new PackageError('BOT_DOMAIN must be the public host name of the messaging endpoint, e.g. gad.contoso.com');
  const text = JSON.stringify(readTemplate()).replaceAll('${{BOT_ID}}', botId).replaceAll('${{BOT_DOMAIN}}', domain.toLowerCase());
  return JSON.parse(text) as Record<string, unknown>;
}

/** The schema the manifest names, from the copy bundled in @microsoft/app-manifest (no network). */
export function bundledSchema(manifest: Record<string, unknown>): object {
  const version = String(manifest.manifestVersion ?? '');
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return JSON.parse(readFileSync(join(pkg, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8')) as object;
}

export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const { AppManifestUtils } = (await import('@microsoft/app-manifest')) as unknown as {
    AppManifestUtils: { validateAgainstSchema(m: object, schema?: object): Promise<string[]> };
  };
  return AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest));
}

export async function packageApp(botId: string, domain: string, outFile = join(ROOT, 'build', 'graph-auth-doctor.zip')): Promise<string> {
  const manifest = buildManifest(botId, domain);
  const errors = await validateManifest(manifest);
  if (errors.length > 0) throw new PackageError(`manifest does not match the Teams schema:\n${errors.join('\n')}`);
  const icons = manifest.icons as { color: string; outline: string };
  const archive = zip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    { name: icons.color, data: readFileSync(join(MANIFEST_DIR, icons.color)) },
    { name: icons.outline, data: readFileSync(join(MANIFEST_DIR, icons.outline)) },
  ]);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, archive);
  return outFile;
}

if (process.argv[1]?.endsWith('package-app.js')) {
  const botId = process.env.BOT_ID ?? process.env.MicrosoftAppId ?? '';
  const domain = process.env.BOT_DOMAIN ?? '';
  packageApp(botId, domain).then(
    (file) => console.log(`wrote ${file}`),
    (error: unknown) => {
      console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
