/**
 * Draws the two Teams icons with signed distance functions (anti-aliased) and writes them to
 * manifest/: color.png (192×192, full color) and outline.png (32×32, white on transparent).
 * The mark: a shield (authorization) with a pulse line (diagnosis) across it.
 */
import { writeFileSync } from 'node:fs';
import { encodePng } from './png.js';

type Rgb = readonly [number, number, number];

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/** Distance to a rounded rectangle centred at (0,0) with half-size (w,h) and radius r. */
function roundedRect(x: number, y: number, w: number, h: number, r: number): number {
  const qx = Math.abs(x) - w + r;
  const qy = Math.abs(y) - h + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** A shield centred on (0,0): a rounded top that narrows to a point; spans about ±0.8 × ±1.07. */
function shield(x: number, yc: number): number {
  const y = yc + 0.22;
  const top = roundedRect(x, y + 0.35, 0.7, 0.5, 0.18);
  // lower part: the intersection of two discs gives the curved point
  const left = Math.hypot(x + 0.75, y - 0.05) - 1.45;
  const right = Math.hypot(x - 0.75, y - 0.05) - 1.45;
  const bottom = Math.max(left, right, -(y + 0.2));
  return Math.min(top, bottom);
}

function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** The pulse line: flat, a sharp peak and a dip, flat again (half-width `reach`). */
function pulsePoints(reach: number): (readonly [number, number])[] {
  return [[-reach, -0.12], [-0.25, -0.12], [-0.1, -0.52], [0.08, 0.28], [0.22, -0.12], [reach, -0.12]];
}

function pulse(x: number, y: number, reach = 0.62): number {
  const points = pulsePoints(reach);
  let d = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i] as readonly [number, number];
    const [bx, by] = points[i + 1] as readonly [number, number];
    d = Math.min(d, segment(x, y, ax, ay, bx, by));
  }
  return d;
}

function render(size: number, pixel: (x: number, y: number, aa: number) => [number, number, number, number]): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const aa = 2 / size; // one pixel in unit coordinates (-1..1)
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = ((i + 0.5) / size) * 2 - 1;
      const y = ((j + 0.5) / size) * 2 - 1;
      const [r, g, b, a] = pixel(x, y, aa);
      out.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (j * size + i) * 4);
    }
  }
  return out;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

const TOP: Rgb = [18, 120, 214];
const BOTTOM: Rgb = [10, 74, 150];
const WHITE: Rgb = [255, 255, 255];
const ACCENT: Rgb = [16, 96, 180];

export function colorIcon(size = 192): Uint8Array {
  return render(size, (x, y, aa) => {
    const bg = roundedRect(x, y, 1, 1, 0.28);
    const bgA = clamp(0.5 - bg / aa);
    let c = mix(TOP, BOTTOM, (y + 1) / 2);
    const k = 0.64;
    const s = shield(x / k, y / k) * k;
    const shieldA = clamp(0.5 - s / aa);
    c = mix(c, WHITE, shieldA);
    const p = pulse(x / k, y / k, 0.6) * k - 0.05;
    c = mix(c, ACCENT, clamp(0.5 - p / aa) * shieldA);
    return [c[0], c[1], c[2], bgA];
  });
}

/** Inside the shape, and so is every point within `w` of it: a morphological erosion, seam-free. */
function insideEroded(shape: (x: number, y: number) => number, x: number, y: number, w: number): boolean {
  if (shape(x, y) >= 0) return false;
  for (let k = 0; k < 16; k++) {
    const t = (k / 16) * 2 * Math.PI;
    if (shape(x + w * Math.cos(t), y + w * Math.sin(t)) >= 0) return false;
  }
  return true;
}

export function outlineIcon(size = 32): Uint8Array {
  const k = 0.86;
  const body = (x: number, y: number): number => shield(x / k, y / k) * k;
  const stroke = 0.13; // about two pixels at 32×32
  const out = new Uint8Array(size * size * 4);
  const SS = 4; // 4×4 supersampling for anti-aliasing
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let hits = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = ((i + (sx + 0.5) / SS) / size) * 2 - 1;
          const y = ((j + (sy + 0.5) / SS) / size) * 2 - 1;
          const inRing = body(x, y) < 0 && !insideEroded(body, x, y, stroke);
          const inPulse = pulse(x / k, y / k, 0.4) * k < 0.06 && body(x, y) < 0;
          if (inRing || inPulse) hits++;
        }
      }
      out.set([255, 255, 255, Math.round((hits / (SS * SS)) * 255)], (j * size + i) * 4);
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('make-icons.js')) {
  const dir = new URL('../../manifest/', import.meta.url);
  writeFileSync(new URL('color.png', dir), encodePng(192, 192, colorIcon(192)));
  writeFileSync(new URL('outline.png', dir), encodePng(32, 32, outlineIcon(32)));
  console.log('wrote manifest/color.png (192×192) and manifest/outline.png (32×32)');
}
