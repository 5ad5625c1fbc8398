/** Writing the manifests and the package: used by scripts/package.ts and the tests. */
import fs from 'node:fs';
import path from 'node:path';
import { colorIcon, outlineIcon, RIBBON_ICON_SIZES, ribbonIcon } from './icons';
import { PATHS, renderManifests } from './render';
import { addinFacts, schemaErrors, unifiedProblems, type UnifiedManifest } from './unified';
import type { ManifestValues } from './values';
import { xmlProblems } from './xmlChecks';
import { buildPackageZip, PACKAGE_NAME, zipProblems } from './zip';

/** Regenerates the icons in appPackage/ (colour, outline and the ribbon sizes). */
export function writeIcons(): string[] {
  fs.mkdirSync(PATHS.assets, { recursive: true });
  const written: [string, Buffer][] = [
    [PATHS.colorIcon, colorIcon()],
    [PATHS.outlineIcon, outlineIcon()],
    ...RIBBON_ICON_SIZES.map((size): [string, Buffer] => [path.join(PATHS.assets, `icon-${size}.png`), ribbonIcon(size)]),
  ];
  for (const [file, bytes] of written) fs.writeFileSync(file, bytes);
  return written.map(([file]) => file);
}

/** Checks both manifests for these values; throws listing every problem. */
export async function checkRendered(values: ManifestValues, rendered: { unified: string; xml: string }, workDir: string): Promise<void> {
  const manifest = JSON.parse(rendered.unified) as UnifiedManifest;
  fs.mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, 'manifest.json');
  fs.writeFileSync(file, rendered.unified);
  const problems = [
    ...(await schemaErrors(file)).map((e) => `schema: ${e}`),
    ...unifiedProblems(manifest, values.APP_BASE_URL),
    ...xmlProblems(rendered.xml, addinFacts(manifest)).map((p) => `manifest.xml: ${p}`),
  ];
  if (problems.length > 0) throw new Error(`De manifesten kloppen niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

export interface PackageResult { zip: string; xml: string; manifest: string }

/** Renders, checks and writes the package zip and the XML manifest for these values into outDir. */
export async function buildPackage(values: ManifestValues, outDir = PATHS.distDir): Promise<PackageResult> {
  const rendered = renderManifests(values);
  await checkRendered(values, rendered, outDir);
  const zip = await buildPackageZip({ manifest: rendered.unified, color: fs.readFileSync(PATHS.colorIcon), outline: fs.readFileSync(PATHS.outlineIcon) });
  const zipIssues = await zipProblems(zip);
  if (zipIssues.length > 0) throw new Error(`Het pakket klopt niet:\n${zipIssues.map((p) => `  - ${p}`).join('\n')}`);
  const result = { zip: path.join(outDir, PACKAGE_NAME), xml: path.join(outDir, 'manifest.xml'), manifest: path.join(outDir, 'manifest.json') };
  fs.writeFileSync(result.zip, zip);
  fs.writeFileSync(result.xml, rendered.xml);
  return result;
}

/** Rewrites the checked-in manifests (appPackage/manifest.json, manifest/manifest.xml) from the templates. */
export function writeCheckedIn(values: ManifestValues): void {
  const rendered = renderManifests(values);
  fs.writeFileSync(PATHS.unified, rendered.unified);
  fs.writeFileSync(PATHS.xml, rendered.xml);
}
