/**
 * The installable app package: a zip with manifest.json and the two icons at its root, as Teams
 * admin center, the Developer Portal and "Upload a custom app" expect it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { decodePng, isWhiteOrTransparent, readPngHeader } from './png';
import { schemaErrors, type UnifiedManifest } from './unified';

export const PACKAGE_NAME = 'po-overleg.zip';
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** A fixed date keeps the zip identical for identical input. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

export async function buildPackageZip(files: { manifest: string; color: Buffer; outline: Buffer }): Promise<Buffer> {
  const zip = new JSZip();
  const manifest = JSON.parse(files.manifest) as UnifiedManifest;
  zip.file('manifest.json', files.manifest, { date: FIXED_DATE });
  zip.file(manifest.icons.color, files.color, { date: FIXED_DATE });
  zip.file(manifest.icons.outline, files.outline, { date: FIXED_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Problems with an icon's bytes: not a PNG, the wrong size, or (outline) not white on transparent. */
export function iconProblems(name: string, png: Buffer, size: number, whiteOnly: boolean): string[] {
  try {
    const header = readPngHeader(png);
    if (header.width !== size || header.height !== size) return [`${name} is ${header.width}x${header.height}, moet ${size}x${size} zijn`];
    if (whiteOnly && !isWhiteOrTransparent(decodePng(png))) return [`${name} mag alleen wit en transparant bevatten`];
    return [];
  } catch (e) {
    return [`${name}: ${e instanceof Error ? e.message : String(e)}`];
  }
}

/** Every problem with a package zip: its files, the manifest against its schema, the icons. */
export async function zipProblems(zipBytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(zipBytes);
  const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
  const manifestFile = zip.file('manifest.json');
  if (!manifestFile) return [`manifest.json ontbreekt in de root van het pakket (gevonden: ${names.join(', ')})`];
  const text = await manifestFile.async('string');
  const manifest = JSON.parse(text) as UnifiedManifest;
  const problems: string[] = [];
  const expected = ['manifest.json', manifest.icons.color, manifest.icons.outline].sort();
  if (JSON.stringify(names) !== JSON.stringify(expected)) problems.push(`het pakket moet precies ${expected.join(', ')} bevatten, heeft: ${names.join(', ')}`);
  if (names.some((n) => n.includes('/'))) problems.push('alle bestanden horen in de root van het pakket, zonder mappen');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'po-manifest-'));
  try {
    const file = path.join(tmp, 'manifest.json');
    fs.writeFileSync(file, text);
    problems.push(...(await schemaErrors(file)).map((e) => `manifest.json in het pakket: ${e}`));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const [kind, size] of Object.entries(ICON_SIZES) as [keyof typeof ICON_SIZES, number][]) {
    const icon = zip.file(manifest.icons[kind]);
    if (!icon) continue;
    problems.push(...iconProblems(manifest.icons[kind], await icon.async('nodebuffer'), size, kind === 'outline'));
  }
  return problems;
}
