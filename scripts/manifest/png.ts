/**
 * A minimal PNG codec on node's zlib: 8-bit RGBA encoding for the generated icons, and decoding
 * (8-bit greyscale, RGB, grey+alpha and RGBA, non-interlaced) so the validator can check sizes
 * and colours without an image library.
 */
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export interface RgbaImage {
  width: number;
  height: number;
  /** width * height * 4 bytes, row by row. */
  pixels: Uint8Array;
}

/** Encodes an RGBA image as PNG (colour type 6, bit depth 8, filter 0 on every row). */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** Reads the IHDR chunk; throws when the bytes are not a PNG. */
export function readPngHeader(png: Buffer): PngHeader {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('geen PNG-bestand (handtekening ontbreekt)');
  if (png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG zonder IHDR als eerste chunk');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png[24] ?? 0,
    colorType: png[25] ?? 0,
    interlace: png[28] ?? 0,
  };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit, non-interlaced PNG to RGBA. */
export function decodePng(png: Buffer): RgbaImage {
  const header = readPngHeader(png);
  const channels = CHANNELS[header.colorType];
  if (header.bitDepth !== 8 || channels === undefined || header.interlace !== 0) {
    throw new Error(`PNG-variant niet ondersteund (bitdiepte ${header.bitDepth}, kleurtype ${header.colorType}, interlace ${header.interlace})`);
  }
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const { width, height } = header;
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? out[y * stride + x - channels] ?? 0 : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] ?? 0 : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] ?? 0 : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const px = out.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, alpha] = channels >= 3 ? [px[0], px[1], px[2], channels === 4 ? px[3] : 255] : [px[0], px[0], px[0], channels === 2 ? px[1] : 255];
    pixels.set([r ?? 0, g ?? 0, b ?? 0, alpha ?? 255], i * 4);
  }
  return { width, height, pixels };
}

/** True when every pixel is either fully transparent or white (any opacity): Teams' outline icon rule. */
export function isWhiteOrTransparent(image: RgbaImage): boolean {
  for (let i = 0; i < image.width * image.height; i++) {
    const [r, g, b, a] = image.pixels.subarray(i * 4, i * 4 + 4);
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) return false;
  }
  return true;
}
