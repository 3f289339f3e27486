/** The Teams app package: schema-valid manifest, real icons, and manifest = code. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/bot/commands.js';
import { MESSAGE_ACTION_ID } from '../../src/bot/doctor-bot.js';
import { buildManifest, packageApp, PackageError, validateManifest } from '../../scripts/package-app.js';
import { decodeRgba, pngSize } from '../../scripts/png.js';
import { unzip } from '../../scripts/zip.js';
import { ROOT } from '../helpers/project.js';

const BOT = '0b6f8a3c-1d2e-4f50-8a9b-0c1d2e3f4a5b';

describe('manifest', () => {
  const manifest = buildManifest(BOT, 'gad.contoso.com');

  it('validates against the official Teams schema (offline, bundled)', async () => {
    assert.deepEqual(await validateManifest(manifest), []);
    assert.ok(Number(manifest.manifestVersion) >= 1.24);
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
    assert.throws(() => buildManifest('${{BOT_ID}}', 'gad.contoso.com'), PackageError);
    assert.throws(() => buildManifest(BOT, 'not a host'), PackageError);
  });

  it('writes a zip with manifest.json and both icons at the root', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gad-pkg-'));
    try {
      const file = await packageApp(BOT, 'gad.contoso.com', join(dir, 'app.zip'));
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
