/// <reference lib="dom" />
/**
 * Renders Adaptive Cards with the real adaptivecards renderer in headless Chromium and saves a
 * PNG per card: how the cards look at Teams chat width. Used by the cards test and by
 * `npm run screenshots` (which refreshes docs/screenshots/).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as AdaptiveCardsModule from 'adaptivecards';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  return CANDIDATES.find((p): p is string => typeof p === 'string' && p.length > 0 && existsSync(p));
}

/** Light Teams-like host config: Segoe UI where available, Teams' container colours. */
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', system-ui, 'DejaVu Sans', sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 28, padding: 16 },
  fontSizes: { small: 12, default: 14, medium: 16, large: 19, extraLarge: 24 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, good: { default: '#0E700E' }, warning: { default: '#835B00' }, attention: { default: '#C4314B' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, good: { default: '#0E700E' }, warning: { default: '#835B00' }, attention: { default: '#C4314B' } } },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA', foregroundColors: { default: { default: '#242424', subtle: '#405339' } } },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: { default: { default: '#242424', subtle: '#6E2F3A' } } },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: { default: { default: '#242424', subtle: '#5C4B12' } } },
  },
  actions: { actionsOrientation: 'horizontal', buttonSpacing: 8, maxActions: 6, showCard: { actionMode: 'inline' } },
};

function page(): string {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('adaptivecards/dist/adaptivecards.js'));
  const script = readFileSync(join(dist, 'adaptivecards.min.js'), 'utf8');
  const css = readFileSync(join(dist, 'adaptivecards.css'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body{margin:0;background:#F0F0F0;font-family:'Segoe UI',system-ui,'DejaVu Sans',sans-serif}
#frame{width:560px;padding:12px;background:#F0F0F0}
#card{border:1px solid #E0E0E0;border-radius:6px;overflow:hidden;background:#fff}
.ac-pushButton{border:1px solid #D1D1D1;border-radius:4px;background:#fff;padding:5px 12px;font-weight:600;font-size:14px;color:#242424}
.ac-pushButton.style-positive{background:#5B5FC7;color:#fff;border-color:#5B5FC7}
.ac-input{font-size:14px}
</style><script>${script}</script></head><body><div id="frame"><div id="card"></div></div></body></html>`;
}

/** Enough Markdown for what the cards use: **bold**, *italic*, [links](url), "- " lists. */
const MARKDOWN = `(text) => {
  const esc = text.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');
  const inline = (s) => s.replace(/\\*\\*([^*]+)\\*\\*/g,'<b>$1</b>').replace(/(^|[^*])\\*([^*\\s][^*]*)\\*/g,'$1<i>$2</i>').replace(/\\[([^\\]]+)\\]\\(([^)]+)\\)/g,'<a href="$2">$1</a>');
  const lines = esc.split('\\n');
  if (lines.every((l) => l.startsWith('- '))) return { didProcess: true, outputHtml: '<ul style="margin:0;padding-left:18px">' + lines.map((l) => '<li>' + inline(l.slice(2)) + '</li>').join('') + '</ul>' };
  return { didProcess: true, outputHtml: esc.split(/\\n\\s*\\n/).map((para) => '<p style="margin:0">' + inline(para.replace(/\\n/g, ' ')) + '</p>').join('') };
}`;

export interface Shot {
  readonly name: string;
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** What the renderer complained about while parsing (expected: nothing). */
  readonly warnings: readonly string[];
}

export async function screenshotCards(cards: ReadonlyMap<string, object>, outDir: string, executablePath = findChromium()): Promise<Shot[]> {
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  mkdirSync(outDir, { recursive: true });
  const shots: Shot[] = [];
  try {
    const tab = await browser.newPage({ viewport: { width: 600, height: 800 }, deviceScaleFactor: 1 });
    await tab.setContent(page());
    for (const [name, card] of cards) {
      const warnings = (await tab.evaluate(
        ({ card, hostConfig, markdown }) => {
          const AC = (window as unknown as { AdaptiveCards: typeof AdaptiveCardsModule }).AdaptiveCards;
          AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { didProcess: boolean; outputHtml?: string }) => Object.assign(result, new Function(`return ${markdown}`)()(text));
          const ac = new AC.AdaptiveCard();
          ac.hostConfig = new AC.HostConfig(hostConfig);
          const ctx = new AC.SerializationContext();
          ac.parse(card, ctx);
          const out: string[] = [];
          for (let i = 0; i < ctx.eventCount; i++) out.push(ctx.getEventAt(i).message);
          const host = document.getElementById('card') as HTMLElement;
          host.innerHTML = '';
          const el = ac.render();
          if (el) host.appendChild(el);
          else out.push('render returned nothing');
          return out;
        },
        { card, hostConfig: HOST_CONFIG, markdown: MARKDOWN },
      )) as string[];
      const frame = await tab.$('#frame');
      if (!frame) throw new Error('no frame');
      const png = await frame.screenshot({ type: 'png' });
      const file = join(outDir, `${name}.png`);
      writeFileSync(file, png);
      const box = await frame.boundingBox();
      shots.push({ name, file, width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0), warnings });
    }
  } finally {
    await browser.close();
  }
  return shots;
}
