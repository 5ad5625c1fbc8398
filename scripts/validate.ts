/** `npm run validate`: checks the app package, both manifests and the icons offline (see manifest/validateAll.ts). */
import { validateAll } from './manifest/validateAll';

async function main(): Promise<void> {
  const results = await validateAll();
  let failed = 0;
  for (const r of results) {
    process.stdout.write(`${r.problems.length === 0 ? 'ok  ' : 'FOUT'} ${r.name}\n`);
    for (const n of r.notes) process.stdout.write(`       ${n}\n`);
    for (const p of r.problems) process.stdout.write(`     - ${p}\n`);
    failed += r.problems.length;
  }
  if (failed > 0) {
    process.stdout.write(`${failed} probleem/problemen gevonden.\n`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
