/**
 * Starts the Graph sandbox on its own: `npx tsx src/sandbox/main.ts`
 * (port from GRAPH_SANDBOX_PORT, default 3979; host from GRAPH_SANDBOX_HOST, default 127.0.0.1).
 */
import { startGraphSandbox } from './index';

async function main(): Promise<void> {
  const port = Number(process.env.GRAPH_SANDBOX_PORT ?? 3979);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`GRAPH_SANDBOX_PORT moet een poortnummer zijn, niet '${process.env.GRAPH_SANDBOX_PORT ?? ''}'`);
  }
  const sandbox = await startGraphSandbox({ port, host: process.env.GRAPH_SANDBOX_HOST ?? '127.0.0.1' });
  process.stdout.write(
    `Graph-sandbox draait: kanaal op ${sandbox.url}/ , Graph-basis-URL ${sandbox.graphBaseUrl}\n` +
      `Stel in de app GRAPH_BASE_URL=${sandbox.graphBaseUrl} in. Storingen: POST ${sandbox.url}/_sandbox/faults\n`,
  );
  const stop = (): void => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`Graph-sandbox kon niet starten: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
