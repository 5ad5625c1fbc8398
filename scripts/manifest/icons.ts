/**
 * The app's icons, drawn in code so they can be regenerated: an agenda sheet with three lines,
 * each with a bullet in the colour of a purpose (beeldvorming, oordeelsvorming, besluitvorming).
 * - color.png 192x192: the sheet on the accent colour (Teams app icon);
 * - outline.png 32x32: the sheet in white on transparent (Teams outline icon);
 * - assets/icon-<n>.png: the sheet on transparent for the Outlook ribbon and add-in lists.
 */
import { encodePng, type RgbaImage } from './png';

export const ACCENT = '#1F4E79';
export const RIBBON_ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];
interface Rect { x0: number; y0: number; x1: number; y1: number; color: Rgba }

const hex = (h: string, alpha = 255): Rgba => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), alpha];
const WHITE = hex('#FFFFFF');
const PURPOSE_COLORS = [hex('#2B88D8'), hex('#F2A900'), hex('#107C10')];
const LINE_ROWS = [0.3, 0.47, 0.64];

/** The sheet in unit coordinates (0..1), painted in order. */
function sheet(paper: Rgba, ink: Rgba, border: Rgba | null, bullets: Rgba[]): Rect[] {
  const rects: Rect[] = [];
  if (border) rects.push({ x0: 0.16, y0: 0.06, x1: 0.84, y1: 0.94, color: border });
  rects.push({ x0: border ? 0.22 : 0.16, y0: border ? 0.12 : 0.06, x1: border ? 0.78 : 0.84, y1: border ? 0.88 : 0.94, color: paper });
  LINE_ROWS.forEach((y, i) => {
    rects.push({ x0: 0.3, y0: y, x1: 0.4, y1: y + 0.1, color: bullets[i] ?? ink });
    rects.push({ x0: 0.46, y0: y + 0.02, x1: 0.7, y1: y + 0.08, color: ink });
  });
  return rects;
}

/** Rasterises rects into a size x size box of the image, with 4x4 supersampling (soft edges). */
function paint(image: RgbaImage, rects: Rect[], box: { x: number; y: number; size: number }): void {
  const n = 4;
  for (let py = 0; py < box.size; py++) {
    for (let px = 0; px < box.size; px++) {
      let acc: Rgba = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const u = (px + (sx + 0.5) / n) / box.size;
          const v = (py + (sy + 0.5) / n) / box.size;
          const hit = [...rects].reverse().find((r) => u >= r.x0 && u < r.x1 && v >= r.y0 && v < r.y1);
          if (hit) acc = [acc[0] + hit.color[0] * hit.color[3], acc[1] + hit.color[1] * hit.color[3], acc[2] + hit.color[2] * hit.color[3], acc[3] + hit.color[3]];
        }
      }
      if (acc[3] === 0) continue;
      const coverage = acc[3] / (255 * n * n);
      const at = ((box.y + py) * image.width + box.x + px) * 4;
      const below: Rgba = [image.pixels[at] ?? 0, image.pixels[at + 1] ?? 0, image.pixels[at + 2] ?? 0, image.pixels[at + 3] ?? 0];
      const color: Rgba = [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], coverage * 255];
      const a = color[3] / 255;
      const outA = a + (below[3] / 255) * (1 - a);
      const mix = (c: number, b: number): number => (outA === 0 ? 0 : Math.round((c * a + b * (below[3] / 255) * (1 - a)) / outA));
      image.pixels.set([mix(color[0], below[0]), mix(color[1], below[1]), mix(color[2], below[2]), Math.round(outA * 255)], at);
    }
  }
}

const blank = (size: number, fill: Rgba | null): RgbaImage => {
  const pixels = new Uint8Array(size * size * 4);
  if (fill) for (let i = 0; i < size * size; i++) pixels.set(fill, i * 4);
  return { width: size, height: size, pixels };
};

/** Teams colour icon: 192x192, the sheet centred on the accent colour. */
export function colorIcon(): Buffer {
  const image = blank(192, hex(ACCENT));
  paint(image, sheet(WHITE, hex(ACCENT), null, PURPOSE_COLORS), { x: 36, y: 36, size: 120 });
  return encodePng(image);
}

/** Teams outline icon: 32x32, opaque white on transparent only: the sheet's border and its lines. */
export function outlineIcon(): Buffer {
  const size = 32;
  const image = blank(size, null);
  const within = (r: Omit<Rect, 'color'>, u: number, v: number): boolean => u >= r.x0 && u < r.x1 && v >= r.y0 && v < r.y1;
  const outer = { x0: 0.16, y0: 0.06, x1: 0.84, y1: 0.94 };
  const inner = { x0: 0.25, y0: 0.15, x1: 0.75, y1: 0.85 };
  const lines = sheet(WHITE, WHITE, null, []).slice(1);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const u = (px + 0.5) / size;
      const v = (py + 0.5) / size;
      const white = (within(outer, u, v) && !within(inner, u, v)) || lines.some((r) => within(r, u, v));
      if (white) image.pixels.set(WHITE, (py * size + px) * 4);
    }
  }
  return encodePng(image);
}

/** Ribbon / add-in icon of one size: the sheet with an accent border on transparent. */
export function ribbonIcon(size: number): Buffer {
  const image = blank(size, null);
  paint(image, sheet(WHITE, hex(ACCENT), hex(ACCENT), PURPOSE_COLORS), { x: 0, y: 0, size });
  return encodePng(image);
}
