/** `npm run package`: the installable zip for a tenant, from the configuration. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildPackage } from '../../scripts/manifest/build';
import { encodePng, readPngHeader } from '../../scripts/manifest/png';
import { PATHS } from '../../scripts/manifest/render';
import { valuesFromEnv } from '../../scripts/manifest/values';
import { parseXml, text, child } from '../../scripts/manifest/xml';
import { buildPackageZip, zipProblems } from '../../scripts/manifest/zip';

const TENANT = {
  APP_BASE_URL: 'https://po.velsen.nl/',
  APP_ID: '0b8a3c1e-7f64-4d1a-9c3e-5a2b7d9e1f20',
  ENTRA_CLIENT_ID: 'c5e8b2a4-1d3f-4e6a-8b9c-0d1e2f3a4b5c',
  ENTRA_APP_ID_URI: 'api://po.velsen.nl/c5e8b2a4-1d3f-4e6a-8b9c-0d1e2f3a4b5c',
};
let out: string;
beforeAll(() => { out = fs.mkdtempSync(path.join(os.tmpdir(), 'po-package-test-')); });
afterAll(() => { fs.rmSync(out, { recursive: true, force: true }); });

describe('the app package for a tenant', () => {
  test('a zip with the manifest and both icons, and the XML manifest, all with the tenant\'s values', async () => {
    const result = await buildPackage(valuesFromEnv(TENANT), out);
    const zip = await JSZip.loadAsync(fs.readFileSync(result.zip));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown> & { id: string; validDomains: string[]; webApplicationInfo: unknown };
    expect(manifest.id).toBe(TENANT.APP_ID);
    expect(manifest.validDomains).toEqual(['po.velsen.nl']);
    expect(manifest.webApplicationInfo).toEqual({ id: TENANT.ENTRA_CLIENT_ID, resource: TENANT.ENTRA_APP_ID_URI });
    expect(JSON.stringify(manifest)).toContain('"page":"https://po.velsen.nl/app/outlook"');
    expect(JSON.stringify(manifest)).not.toContain('localhost');
    expect(readPngHeader(await zip.file('color.png')!.async('nodebuffer'))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(await zip.file('outline.png')!.async('nodebuffer'))).toMatchObject({ width: 32, height: 32 });
    const xml = parseXml(fs.readFileSync(result.xml, 'utf8'));
    expect(text(child(xml, 'Id'))).toBe(TENANT.APP_ID);
    expect(fs.readFileSync(result.xml, 'utf8')).toContain('<SourceLocation DefaultValue="https://po.velsen.nl/app/outlook"/>');
    expect(await zipProblems(fs.readFileSync(result.zip))).toEqual([]);
  });

  test('refused without https or without the app registration, naming every variable', () => {
    expect(() => valuesFromEnv({ APP_BASE_URL: 'http://po.velsen.nl' })).toThrow(/APP_BASE_URL moet een https-adres[\s\S]*ENTRA_CLIENT_ID[\s\S]*ENTRA_APP_ID_URI/);
    expect(() => valuesFromEnv({ ...TENANT, ENTRA_APP_ID_URI: 'po.velsen.nl' })).toThrow(/ENTRA_APP_ID_URI moet de Application ID URI zijn/);
  });
});

describe('the zip check', () => {
  const manifest = fs.readFileSync(PATHS.unified, 'utf8');
  const color = fs.readFileSync(PATHS.colorIcon);
  const outline = fs.readFileSync(PATHS.outlineIcon);
  const square = (size: number, rgba: [number, number, number, number]): Buffer =>
    encodePng({ width: size, height: size, pixels: new Uint8Array(size * size * 4).map((_, i) => rgba[i % 4]!) });

  test('an icon of the wrong size is reported', async () => {
    expect(await zipProblems(await buildPackageZip({ manifest, color: square(96, [31, 78, 121, 255]), outline }))).toEqual(['color.png is 96x96, moet 192x192 zijn']);
  });

  test('an outline icon with colour is reported', async () => {
    expect(await zipProblems(await buildPackageZip({ manifest, color, outline: square(32, [31, 78, 121, 255]) }))).toEqual(['outline.png mag alleen wit en transparant bevatten']);
  });

  test('an extra file or a file in a folder is reported', async () => {
    const zip = await JSZip.loadAsync(await buildPackageZip({ manifest, color, outline }));
    zip.file('extra/readme.txt', 'x');
    expect(await zipProblems(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual([
      expect.stringContaining('het pakket moet precies color.png, manifest.json, outline.png bevatten'),
      'alle bestanden horen in de root van het pakket, zonder mappen',
    ]);
  });
});
