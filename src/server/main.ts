/**
 * The server process: `npm start` runs it through tsx (development: Graph sandbox and demo data by
 * default), `npm run start:prod` the compiled build (production: see config.ts). Config ->
 * dependencies (database, migrated) -> demo data -> HTTP server; SIGTERM or SIGINT stop it gracefully.
 */
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { loadConfig } from './config';
import { createDeps } from './bootstrap';
import { buildApp } from './app';
import { seedDemoData } from './demo/seed';
import { trackConnections } from './http/drain';
import { startScheduler, type Scheduler } from './reminders/scheduler';

/** Starts the server; resolves once it listens. */
export async function main(): Promise<void> {
  const config = loadConfig();
  // Without a tenant, Graph is the local sandbox: the verslag lands on its channel page. Loaded only
  // then (production refuses GRAPH_SANDBOX), so a production install does not need it.
  const sandbox = config.GRAPH_SANDBOX ? await (await import('../sandbox')).startGraphSandbox({ port: config.GRAPH_SANDBOX_PORT }) : null;
  const deps = await createDeps(config, {
    sandboxBaseUrl: sandbox?.graphBaseUrl ?? null,
    devKeyFile: config.PGLITE_DATA_DIR.startsWith('memory://') ? null : path.join(path.dirname(config.PGLITE_DATA_DIR), 'dev-signing-key.json'),
  });
  if (config.SEED_DEMO_DATA) await seedDemoData(deps);
  const app = await buildApp(deps, { sandboxUrl: sandbox?.url ?? null });
  const connections = trackConnections(app.server);
  let reminders: Scheduler | null = null;
  stopOnSignals(app.log, config.SHUTDOWN_TIMEOUT_MS, async () => {
    // New requests get 503 (readiness too), open ones finish; connections without a request close
    // (a browser's preconnected ones too); then the live channel, the sandbox and the database.
    // The reminder scheduler first: a round in progress finishes its job, no new one starts.
    await reminders?.stop();
    const closing = app.close();
    connections.drain();
    await closing;
    await sandbox?.close();
    await deps.db.close();
  });
  await app.listen({ port: config.PORT, host: config.HOST });
  collectStartupGarbage();
  // Reminders and the weekly digest (issue 15): every instance runs it; the job table keeps it once.
  reminders = startScheduler(deps, { log: app.log });
  app.log.info(
    `PO-overleg draait op http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT} (${config.NODE_ENV}, opslag: ${deps.db.kind})`,
  );
  if (sandbox) app.log.info(`Graph-sandbox: ${sandbox.url} (kanaal met gepubliceerde verslagen)`);
}

/**
 * Starting leaves garbage that V8 sees no reason to collect soon: buffers of the embedded PGlite's
 * start (its initdb engine, the migrations, the demo data), some 350 MB on a first start. Collected
 * once, the server runs on what it needs (under 400 MB on PGlite; see the closing note of issue 13).
 * Only when the process has `--expose-gc` (npm start and start:prod pass it).
 */
function collectStartupGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  // A moment after listening: until then PGlite's start still holds some of it.
  if (gc) setTimeout(gc, 2_000).unref();
}

/**
 * The first SIGTERM or SIGINT stops the server gracefully, within `timeoutMs` (then it exits with
 * code 1 all the same, before an orchestrator's hard kill); a second signal stops it at once.
 */
function stopOnSignals(log: FastifyBaseLogger, timeoutMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn(`${signal} tijdens het stoppen: PO-overleg stopt meteen`);
      process.exit(1);
    }
    stopping = true;
    log.info(`${signal}: PO-overleg stopt; lopende verzoeken krijgen ${timeoutMs} ms`);
    setTimeout(() => {
      log.error(`PO-overleg was na ${timeoutMs} ms nog niet gestopt (SHUTDOWN_TIMEOUT_MS): gedwongen gestopt`);
      process.exit(1);
    }, timeoutMs);
    stop().then(
      () => {
        log.info('PO-overleg is gestopt');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'PO-overleg kon niet netjes stoppen');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** `main`, ending the process with the reason when the server cannot start. scripts/start.js calls this. */
export function run(): Promise<void> {
  return main().catch((err: unknown) => {
    process.stderr.write(`PO-overleg kon niet starten: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}

// Run directly (`node --import tsx src/server/main.ts`, as the bench and the shutdown test do).
if (require.main === module) void run();
