/** `npm start`: the whole product: database, Graph sandbox (without a tenant) and the server. */
import path from 'node:path';
import { loadConfig } from './config';
import { createDeps } from './bootstrap';
import { buildApp } from './app';
import { seedDemoData } from './demo/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  // Without a tenant, Graph is the local sandbox: the verslag lands on its channel page.
  const sandbox = config.GRAPH_SANDBOX
    ? await (await import('../sandbox')).startGraphSandbox({ port: config.GRAPH_SANDBOX_PORT })
    : null;
  const deps = await createDeps(config, { sandboxBaseUrl: sandbox?.graphBaseUrl ?? null, devKeyFile: config.PGLITE_DATA_DIR.startsWith('memory://') ? null : path.join(path.dirname(config.PGLITE_DATA_DIR), 'dev-signing-key.json') });
  if (config.SEED_DEMO_DATA) await seedDemoData(deps);
  const app = await buildApp(deps, { sandboxUrl: sandbox?.url ?? null });
  const close = async (): Promise<void> => {
    await app.close();
    await sandbox?.close();
    await deps.db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(`PO-overleg draait op http://localhost:${config.PORT} (opslag: ${deps.db.kind})`);
  if (sandbox) app.log.info(`Graph-sandbox: ${sandbox.url} (kanaal met gepubliceerde verslagen)`);
}

main().catch((err: unknown) => {
  process.stderr.write(`PO-overleg kon niet starten: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
