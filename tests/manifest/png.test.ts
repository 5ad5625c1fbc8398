/** The PNG codec used for the icons and their checks. */
import fs from 'node:fs';
import { deflateSync } from 'node:zlib';
import { decodePng, encodePng, isWhiteOrTransparent, readPngHeader } from '../../scripts/manifest/png';
import { colorIcon, outlineIcon, ribbonIcon } from '../../scripts/manifest/icons';
import { PATHS } from '../../scripts/manifest/render';

describe('PNG', () => {
  test('what is encoded decodes to the same pixels', () => {
    const pixels = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    expect(decodePng(encodePng({ width: 3, height: 2, pixels }))).toEqual({ width: 3, height: 2, pixels });
  });

  test('all five row filters are decoded (a hand-made RGB image)', () => {
    const rows = [[0, 10, 20, 30, 40, 50, 60], [1, 5, 5, 5, 5, 5, 5], [2, 1, 1, 1, 1, 1, 1], [3, 2, 2, 2, 2, 2, 2], [4, 3, 3, 3, 3, 3, 3]];
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(2, 0);
    ihdr.writeUInt32BE(5, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    const chunk = (type: string, data: Buffer): Buffer => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
    };
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(rows.flat()))), chunk('IEND', Buffer.alloc(0))]);
    const { pixels } = decodePng(png);
    const rgb = (row: number): number[] => [...pixels.subarray(row * 8, row * 8 + 8)].filter((_, i) => i % 4 !== 3);
    expect(rgb(0)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(rgb(1)).toEqual([5, 5, 5, 10, 10, 10]); // sub: + left
    expect(rgb(2)).toEqual([6, 6, 6, 11, 11, 11]); // up: + above
    expect(rgb(3)).toEqual([5, 5, 5, 10, 10, 10]); // average: + (left + above) / 2
    expect(rgb(4)).toEqual([8, 8, 8, 13, 13, 13]); // paeth: + the nearest of left, above, upper left
  });

  test('bytes that are not a PNG are refused', () => {
    expect(() => readPngHeader(Buffer.from('GIF89a-not-a-png-at-all-padding-padding'))).toThrow('geen PNG-bestand');
  });
});

describe('the icons', () => {
  test('the checked-in icons are what the generator draws', () => {
    expect(fs.readFileSync(PATHS.colorIcon).equals(colorIcon())).toBe(true);
    expect(fs.readFileSync(PATHS.outlineIcon).equals(outlineIcon())).toBe(true);
    expect(fs.readFileSync(`${PATHS.assets}/icon-80.png`).equals(ribbonIcon(80))).toBe(true);
  });

  test('the outline icon is white on transparent, with something drawn; the colour icon is not', () => {
    const outline = decodePng(outlineIcon());
    expect(isWhiteOrTransparent(outline)).toBe(true);
    expect(outline.pixels.some((v, i) => i % 4 === 3 && v === 255)).toBe(true);
    expect(isWhiteOrTransparent(decodePng(colorIcon()))).toBe(false);
  });
});
