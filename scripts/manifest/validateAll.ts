/**
 * Everything `npm run validate` checks, offline:
 * 1. the checked-in manifests are what their templates give with the demo values;
 * 2. appPackage/manifest.json against its official schema (bundled in @microsoft/app-manifest,
 *    through office-addin-manifest's validator) and the product's own rules;
 * 3. manifest/manifest.xml: well-formed, the elements Outlook needs, consistent with the unified
 *    manifest, and readable by office-addin-manifest;
 * 4. the icons: sizes, and the outline white on transparent;
 * 5. a package zip built from the checked-in files, and dist/appPackage/po-overleg.zip if it exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { RIBBON_ICON_SIZES } from './icons';
import { PATHS, renderManifests, xmlVersionOf } from './render';
import { addinFacts, newestBundledVersion, schemaErrors, unifiedProblems, type UnifiedManifest } from './unified';
import { DEMO_VALUES } from './values';
import { xmlProblems } from './xmlChecks';
import { buildPackageZip, ICON_SIZES, iconProblems, PACKAGE_NAME, zipProblems } from './zip';

export interface CheckResult { name: string; problems: string[]; notes: string[] }

const check = async (name: string, run: (notes: string[]) => Promise<string[]> | string[]): Promise<CheckResult> => {
  const notes: string[] = [];
  try {
    return { name, problems: await run(notes), notes };
  } catch (e) {
    return { name, problems: [e instanceof Error ? e.message : String(e)], notes };
  }
};

export async function validateAll(paths: Pick<typeof PATHS, 'unified' | 'xml' | 'colorIcon' | 'outlineIcon' | 'assets' | 'distDir'> = PATHS): Promise<CheckResult[]> {
  const unifiedText = fs.readFileSync(paths.unified, 'utf8');
  const manifest = JSON.parse(unifiedText) as UnifiedManifest;
  const xml = fs.readFileSync(paths.xml, 'utf8');
  return [
    await check('sjablonen', () => {
      const rendered = renderManifests(DEMO_VALUES);
      return [
        ...(rendered.unified === unifiedText ? [] : ['appPackage/manifest.json wijkt af van manifest.template.json: draai `npm run package -- --demo`']),
        ...(rendered.xml === xml ? [] : ['manifest/manifest.xml wijkt af van manifest.template.xml: draai `npm run package -- --demo`']),
      ];
    }),
    await check('unified manifest (schema en regels)', async (notes) => {
      const newest = newestBundledVersion();
      notes.push(`schema v${manifest.manifestVersion}, offline uit @microsoft/app-manifest (nieuwste meegeleverd: v${newest})`);
      if (manifest.manifestVersion !== newest) notes.push(`let op: er is een nieuwere schemaversie v${newest}`);
      return [...(await schemaErrors(paths.unified)).map((e) => `schema: ${e}`), ...unifiedProblems(manifest, DEMO_VALUES.APP_BASE_URL)];
    }),
    await check('XML-manifest (structuur, samenhang)', async (notes) => {
      const problems = xmlProblems(xml, addinFacts(manifest));
      const info = await OfficeAddinManifest.readManifestFile(paths.xml);
      notes.push(`office-addin-manifest leest: ${info.displayName ?? '?'} ${info.version ?? '?'} (${info.id ?? '?'}), hosts ${info.hosts?.join(', ') ?? '?'}`);
      if (info.id !== manifest.id) problems.push(`office-addin-manifest leest id ${info.id ?? '(geen)'}`);
      if (info.version !== xmlVersionOf(manifest.version)) problems.push(`office-addin-manifest leest versie ${info.version ?? '(geen)'}`);
      notes.push('geen XSD-validatie: de officiële XML-validator is een online dienst');
      return problems;
    }),
    await check('pictogrammen', () => [
      ...iconProblems('color.png', fs.readFileSync(paths.colorIcon), ICON_SIZES.color, false),
      ...iconProblems('outline.png', fs.readFileSync(paths.outlineIcon), ICON_SIZES.outline, true),
      ...RIBBON_ICON_SIZES.flatMap((size) => {
        const file = path.join(paths.assets, `icon-${size}.png`);
        return fs.existsSync(file) ? iconProblems(`assets/icon-${size}.png`, fs.readFileSync(file), size, false) : [`assets/icon-${size}.png ontbreekt`];
      }),
    ]),
    await check('app-pakket (zip)', async (notes) => {
      const zip = await buildPackageZip({ manifest: unifiedText, color: fs.readFileSync(paths.colorIcon), outline: fs.readFileSync(paths.outlineIcon) });
      const problems = await zipProblems(zip);
      notes.push(`demopakket: ${zip.length} bytes`);
      const built = path.join(paths.distDir, PACKAGE_NAME);
      if (fs.existsSync(built)) {
        problems.push(...(await zipProblems(fs.readFileSync(built))).map((p) => `${PACKAGE_NAME}: ${p}`));
        notes.push(`ook gecontroleerd: dist/appPackage/${PACKAGE_NAME}`);
      }
      return problems;
    }),
  ];
}
