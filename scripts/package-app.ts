/**
 * npm run package [-- --env NAME]: fills the manifest's Agents Toolkit placeholders, validates the
 * exact bytes it is about to zip offline against the official Teams schema bundled in
 * @microsoft/app-manifest, checks the icons, writes build/appPackage.<env>.zip (manifest.json and
 * the two icons at the root) and prints what it checked.
 *
 * Values come from the environment, over env/.env.NAME and env/.env.NAME.user when --env is given
 * (the files the Toolkit's provision writes):
 *   BOT_ID        the bot's Microsoft Entra application (client) id
 *   BOT_DOMAIN    the public host of its messaging endpoint
 *   TEAMS_APP_ID  the Teams app id (teamsApp/create writes it); unset, BOT_ID is used, so packaging
 *                 again updates the same app instead of adding another
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pngSize } from './png.js';
import { unzip, zip } from './zip.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MANIFEST_DIR = join(ROOT, 'manifest');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** The Agents Toolkit's placeholder syntax in manifest and yml files: ${{NAME}}. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Icon sizes the manifest schema's docs require: https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/root-icons */
const ICON_SIZES = { color: 192, outline: 32 } as const;

export class PackageError extends Error {}

export interface PackageValues {
  readonly botId: string;
  readonly domain: string;
  /** Defaults to botId. */
  readonly teamsAppId?: string;
}

export interface PackageResult {
  readonly file: string;
  /** One line per check passed, for the person packaging to read. */
  readonly checks: readonly string[];
}

export function readTemplate(): string {
  return readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
}

/** Replaces every ${{NAME}} in the text; any name without a value stops packaging, naming them all. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return value;
  });
  if (missing.size > 0) throw new PackageError(`no value for ${[...missing].join(', ')} (set it in the environment or in env/.env.<name>)`);
  return filled;
}

export function buildManifest(values: PackageValues): Record<string, unknown> {
  const teamsAppId = values.teamsAppId ?? values.botId;
  if (!GUID.test(values.botId)) throw new PackageError('BOT_ID must be the bot\'s Microsoft Entra application (client) id, a GUID');
  if (!GUID.test(teamsAppId)) throw new PackageError('TEAMS_APP_ID must be a GUID');
  if (!HOST.test(values.domain)) throw new PackageError('BOT_DOMAIN must be the public host name of the messaging endpoint, e.g. gad.contoso.com');
  // Values are GUIDs and host names (checked above), so they cannot break the JSON they land in.
  const text = fillPlaceholders(readTemplate(), { TEAMS_APP_ID: teamsAppId.toLowerCase(), BOT_ID: values.botId.toLowerCase(), BOT_DOMAIN: values.domain.toLowerCase() });
  return JSON.parse(text) as Record<string, unknown>;
}

function appManifestPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));
}

/** The schema the manifest names, from the copy bundled in @microsoft/app-manifest (no network). */
export function bundledSchema(manifest: Record<string, unknown>): object {
  const version = String(manifest.manifestVersion ?? '');
  const file = join(appManifestPackageDir(), 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) throw new PackageError(`@microsoft/app-manifest bundles no schema for manifest version ${version}`);
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const { AppManifestUtils } = (await import('@microsoft/app-manifest')) as unknown as {
    AppManifestUtils: { validateAgainstSchema(m: object, schema?: object): Promise<string[]> };
  };
  // Passing the schema object keeps the validator from fetching one over the network.
  return AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest));
}

function checkIcon(kind: keyof typeof ICON_SIZES, name: string, data: Buffer): string {
  const size = ICON_SIZES[kind];
  let actual: { width: number; height: number };
  try {
    actual = pngSize(data);
  } catch {
    throw new PackageError(`${name} (${kind} icon) is not a PNG`);
  }
  if (actual.width !== size || actual.height !== size) throw new PackageError(`${name} (${kind} icon) is ${actual.width}×${actual.height}; it must be ${size}×${size}`);
  return `${name} ${size}×${size}`;
}

export async function packageApp(values: PackageValues, outFile = join(ROOT, 'build', 'appPackage.zip')): Promise<PackageResult> {
  // Validate the bytes that go into the zip, not the object they came from.
  const manifestBytes = Buffer.from(JSON.stringify(buildManifest(values), null, 2));
  const packed = JSON.parse(manifestBytes.toString('utf8')) as Record<string, unknown>;
  const errors = await validateManifest(packed);
  if (errors.length > 0) throw new PackageError(`manifest does not match the Teams schema:\n${errors.join('\n')}`);
  const icons = packed.icons as { color: string; outline: string };
  const color = readFileSync(join(MANIFEST_DIR, icons.color));
  const outline = readFileSync(join(MANIFEST_DIR, icons.outline));
  const iconChecks = [checkIcon('color', icons.color, color), checkIcon('outline', icons.outline, outline)];
  const archive = zip([
    { name: 'manifest.json', data: manifestBytes },
    { name: icons.color, data: color },
    { name: icons.outline, data: outline },
  ]);
  // Read the archive back: what was validated is what a Teams client will open.
  const entries = unzip(archive);
  if (!entries.some((e) => e.name === 'manifest.json' && e.data.equals(manifestBytes))) throw new PackageError('the zip does not read back the validated manifest');
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, archive);
  const pkg = JSON.parse(readFileSync(join(appManifestPackageDir(), 'package.json'), 'utf8')) as { version?: string };
  return {
    file: outFile,
    checks: [
      `manifest.json is valid against the Teams v${String(packed.manifestVersion)} schema bundled in @microsoft/app-manifest ${pkg.version ?? '?'} (offline, no network)`,
      `every \${{…}} placeholder is filled (app id ${String(packed.id)})`,
      `icons: ${iconChecks.join(', ')}`,
      `the zip holds ${entries.map((e) => e.name).join(', ')} at its root and reads back`,
    ],
  };
}

/** KEY=VALUE lines of a Toolkit env file (comments and blank lines skipped, optional quotes removed). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m?.[1] || line.trimStart().startsWith('#')) continue;
    const raw = m[2] ?? '';
    values[m[1]] = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return values;
}

function envFileValues(envName: string | undefined): Record<string, string> {
  if (!envName) return {};
  if (!/^[a-z0-9-]+$/i.test(envName)) throw new PackageError(`--env must be an environment name such as dev, got "${envName}"`);
  const file = join(ROOT, 'env', `.env.${envName}`);
  if (!existsSync(file)) throw new PackageError(`no env/.env.${envName}`);
  const user = `${file}.user`;
  return { ...parseEnvFile(readFileSync(file, 'utf8')), ...(existsSync(user) ? parseEnvFile(readFileSync(user, 'utf8')) : {}) };
}

if (process.argv[1]?.endsWith('package-app.js')) {
  const envFlag = process.argv.indexOf('--env');
  const envName = envFlag >= 0 ? process.argv[envFlag + 1] : undefined;
  const nonBlank = (v: string | undefined): string | undefined => (v && v.trim() !== '' ? v.trim() : undefined);
  try {
    const fromFile = envFileValues(envName);
    const value = (name: string): string | undefined => nonBlank(process.env[name]) ?? nonBlank(fromFile[name]);
    const teamsAppId = value('TEAMS_APP_ID');
    const botId = value('BOT_ID') ?? nonBlank(process.env.MicrosoftAppId) ?? '';
    if (!teamsAppId) console.log('TEAMS_APP_ID is not set: the app id is BOT_ID');
    const out = join(ROOT, 'build', `appPackage.${envName ?? 'local'}.zip`);
    packageApp({ botId, domain: value('BOT_DOMAIN') ?? '', teamsAppId }, out).then(
      (result) => {
        for (const check of result.checks) console.log(`✔ ${check}`);
        console.log(`wrote ${result.file}`);
      },
      (error: unknown) => {
        console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 2;
      },
    );
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
