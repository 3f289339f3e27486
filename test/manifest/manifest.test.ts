/** The Teams app package: schema-valid manifest, real icons, and manifest = code. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/bot/commands.js';
import { MESSAGE_ACTION_ID } from '../../src/bot/doctor-bot.js';
import { buildManifest, fillPlaceholders, packageApp, PackageError, parseEnvFile, readTemplate, validateManifest } from '../../scripts/package-app.js';
import { decodeRgba, pngSize } from '../../scripts/png.js';
import { unzip } from '../../scripts/zip.js';
import { ROOT } from '../helpers/project.js';

const BOT = '0b6f8a3c-1d2e-4f50-8a9b-0c1d2e3f4a5b';
const TEAMS_APP = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

describe('manifest', () => {
  const manifest = buildManifest({ botId: BOT, domain: 'gad.contoso.com', teamsAppId: TEAMS_APP });

  it('validates against the official Teams schema (offline, bundled)', async () => {
    assert.deepEqual(await validateManifest(manifest), []);
  });

  it('is the manifest version the Agents Toolkit scaffolds (1.30), with the Toolkit\'s ${{TEAMS_APP_ID}} as its id', () => {
    const template = JSON.parse(readTemplate()) as { manifestVersion: string; id: string; $schema: string };
    assert.equal(template.manifestVersion, '1.30');
    assert.match(template.$schema, /\/v1\.30\//);
    assert.equal(template.id, '${{TEAMS_APP_ID}}');
    assert.equal(manifest.id, TEAMS_APP);
  });

  it('without a Teams app id, uses the bot id (packaging again updates the same app)', () => {
    assert.equal(buildManifest({ botId: BOT, domain: 'gad.contoso.com' }).id, BOT);
  });

  it('points every developer link at a page the bot serves', () => {
    const dev = manifest.developer as Record<string, string>;
    assert.deepEqual([dev.websiteUrl, dev.privacyUrl, dev.termsOfUseUrl], ['https://gad.contoso.com/', 'https://gad.contoso.com/privacy', 'https://gad.contoso.com/terms']);
  });

  // [what, text, values, the filled text or the error it stops with]
  const placeholders: [string, string, Record<string, string>, { text: string } | { error: RegExp }][] = [
    ['fills every occurrence, spaces inside the braces or not', 'x ${{A}} y ${{ A }}', { A: '1' }, { text: 'x 1 y 1' }],
    ['leaves other dollar signs alone', '$A ${A} ${{A}}', { A: '1' }, { text: '$A ${A} 1' }],
    ['names every missing value at once', '${{A}} ${{B}} ${{A}}', {}, { error: /no value for A, B \(/ }],
  ];
  for (const [what, text, values, expected] of placeholders) {
    it(`placeholders: ${what}`, () => {
      if ('text' in expected) assert.equal(fillPlaceholders(text, values), expected.text);
      else assert.throws(() => fillPlaceholders(text, values), (e: unknown) => e instanceof PackageError && expected.error.test(e.message));
    });
  }

  it('reads Toolkit env files: comments, blanks and quotes', () => {
    assert.deepEqual(parseEnvFile('# a comment\nBOT_ID=abc\n\nBOT_DOMAIN="gad.contoso.com"\nEMPTY=\n  # KEY=ignored\n'), { BOT_ID: 'abc', BOT_DOMAIN: 'gad.contoso.com', EMPTY: '' });
  });

  it('the validator does catch mistakes (lower-case groupchat, a named accent colour)', async () => {
    const broken = JSON.parse(JSON.stringify(manifest)) as { bots: { scopes: string[] }[]; accentColor: string };
    broken.bots[0]!.scopes = ['personal', 'groupchat'];
    broken.accentColor = 'white';
    const errors = await validateManifest(broken as unknown as Record<string, unknown>);
    assert.ok(errors.some((e) => e.includes('/bots/0/scopes')));
    assert.ok(errors.some((e) => e.includes('accentColor')));
  });

  it('lists exactly the commands the bot understands', () => {
    const lists = (manifest.bots as { commandLists: { commands: { title: string }[] }[] }[])[0]?.commandLists ?? [];
    const titles = [...new Set(lists.flatMap((l) => l.commands.map((c) => c.title)))].sort();
    assert.deepEqual(titles, COMMANDS.map((c) => c.title).sort());
  });

  it('declares the message action the bot handles, in every scope', () => {
    const ext = (manifest.composeExtensions as { botId: string; commands: { id: string; context: string[] }[] }[])[0];
    assert.equal(ext?.botId, BOT);
    assert.deepEqual(ext?.commands.map((c) => c.id), [MESSAGE_ACTION_ID]);
    assert.deepEqual(ext?.commands[0]?.context, ['message']);
    assert.deepEqual((manifest.bots as { scopes: string[] }[])[0]?.scopes.sort(), ['groupChat', 'personal', 'team']);
  });

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = readFileSync(join(ROOT, 'manifest', 'color.png'));
    assert.deepEqual(pngSize(color), { width: 192, height: 192, colorType: 6 });
    const outline = readFileSync(join(ROOT, 'manifest', 'outline.png'));
    assert.deepEqual(pngSize(outline), { width: 32, height: 32, colorType: 6 });
    const px = decodeRgba(outline);
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3] === 0) transparent++;
      else {
        assert.deepEqual([px[i], px[i + 1], px[i + 2]], [255, 255, 255], 'outline pixels are white');
        opaque++;
      }
    }
    assert.ok(opaque > 60 && transparent > 400, `${opaque} drawn, ${transparent} transparent`);
    const c = decodeRgba(color);
    assert.equal(c[3], 0, 'rounded corners are transparent');
    assert.equal(c[(96 * 192 + 96) * 4 + 3], 255, 'the centre is opaque');
  });

  it('refuses to package without a real bot id or domain', () => {
    assert.throws(() => buildManifest({ botId: '${{BOT_ID}}', domain: 'gad.contoso.com' }), PackageError);
    assert.throws(() => buildManifest({ botId: BOT, domain: 'not a host' }), PackageError);
    assert.throws(() => buildManifest({ botId: BOT, domain: 'gad.contoso.com', teamsAppId: 'my-app' }), PackageError);
  });

  it('writes a zip with manifest.json and both icons at the root, and says what it validated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gad-pkg-'));
    try {
      const { file, checks } = await packageApp({ botId: BOT, domain: 'gad.contoso.com', teamsAppId: TEAMS_APP }, join(dir, 'app.zip'));
      assert.match(checks.join('\n'), /valid against the Teams v1\.30 schema bundled in @microsoft\/app-manifest [\d.]+ \(offline/);
      assert.match(checks.join('\n'), /color\.png 192×192, outline\.png 32×32/);
      const entries = unzip(readFileSync(file));
      assert.deepEqual(entries.map((e) => e.name).sort(), ['color.png', 'manifest.json', 'outline.png']);
      const packed = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8')) as { bots: { botId: string }[] };
      assert.equal(packed.bots[0]?.botId, BOT);
      assert.doesNotMatch(JSON.stringify(packed), /\$\{\{/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
