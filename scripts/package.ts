/**
 * `npm run package`: the installable app package for a tenant, from the configuration
 * (APP_BASE_URL, ENTRA_CLIENT_ID, ENTRA_APP_ID_URI as in src/server/config.ts, plus APP_ID):
 *   dist/appPackage/po-overleg.zip   manifest.json + color.png + outline.png (Teams and new Outlook)
 *   dist/appPackage/manifest.xml     the XML add-in manifest (Outlook clients without the unified manifest)
 * Variables come from the environment, or from `.env` when it exists.
 *
 * `npm run package -- --demo`: the same with the demo values (https://localhost:3978), and the
 * checked-in appPackage/manifest.json and manifest/manifest.xml regenerated from their templates.
 * `npm run package -- --icons`: regenerates the icons in appPackage/ first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildPackage, writeCheckedIn, writeIcons } from './manifest/build';
import { PATHS, ROOT } from './manifest/render';
import { DEMO_VALUES, valuesFromEnv } from './manifest/values';

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (args.has('--icons')) for (const file of writeIcons()) process.stdout.write(`pictogram: ${path.relative(ROOT, file)}\n`);
  const demo = args.has('--demo');
  const envFile = path.join(ROOT, '.env');
  if (!demo && fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const values = demo ? DEMO_VALUES : valuesFromEnv(process.env);
  if (demo) writeCheckedIn(values);
  fs.mkdirSync(PATHS.distDir, { recursive: true });
  const result = await buildPackage(values);
  process.stdout.write(
    [
      `App-pakket voor ${values.APP_BASE_URL} (app-id ${values.APP_ID}):`,
      `  ${path.relative(ROOT, result.zip)}   Teams-beheercentrum of "Een aangepaste app uploaden"`,
      `  ${path.relative(ROOT, result.xml)}   XML-invoegtoepassing voor Outlook-clients zonder unified manifest`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
