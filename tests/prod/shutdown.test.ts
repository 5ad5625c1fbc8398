/**
 * Graceful shutdown of the server process (src/server/main.ts through tsx, as `npm start` runs it;
 * CI's production smoke does the same to the compiled build): SIGTERM or SIGINT closes it cleanly
 * with exit code 0; a request that never finishes does not keep it alive past SHUTDOWN_TIMEOUT_MS
 * (exit code 1, said in the log).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
jest.setTimeout(60_000);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

async function startServer(env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('src', 'server', 'main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: 'memory://',
      GRAPH_SANDBOX: 'false',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`de server stopte bij het starten:\n${output}`);
    if (
      await fetch(`http://127.0.0.1:${port}/api/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 400) throw new Error(`de server start niet:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, output: () => output, exited };
}

/** A request whose body never arrives in full: it keeps its connection busy. */
async function stalledRequest(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.on('error', () => undefined);
  socket.write('POST /api/dev/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"userId":');
  return socket;
}

test('SIGTERM stops the server cleanly: exit code 0 once the database is closed, said in the log', async () => {
  const server = await startServer();
  const sent = Date.now();
  server.child.kill('SIGTERM');
  const { code, at } = await server.exited;
  expect(code).toBe(0);
  expect(at - sent).toBeLessThan(5_000);
  expect(server.output()).toContain('SIGTERM: PO-overleg stopt');
  expect(server.output()).toContain('PO-overleg is gestopt');
  // The port is free again: nothing kept listening.
  await expect(fetch(`http://127.0.0.1:${server.port}/api/health/live`)).rejects.toThrow();
});

test('a connection a browser opened ahead of need (no request on it) does not hold the stop up', async () => {
  const server = await startServer();
  // As Chromium's preconnect: connected, nothing sent. And a keep-alive connection after a request.
  const preconnected = net.connect(server.port, '127.0.0.1');
  preconnected.on('error', () => undefined);
  await new Promise((resolve) => preconnected.once('connect', resolve));
  const kept = net.connect(server.port, '127.0.0.1');
  kept.on('error', () => undefined);
  await new Promise((resolve) => kept.once('connect', resolve));
  kept.write('GET /api/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  await new Promise((resolve) => kept.once('data', resolve));
  try {
    const sent = Date.now();
    server.child.kill('SIGTERM');
    const { code, at } = await server.exited;
    expect(code).toBe(0);
    expect(at - sent).toBeLessThan(5_000);
    expect(server.output()).toContain('PO-overleg is gestopt');
  } finally {
    preconnected.destroy();
    kept.destroy();
  }
});

test('SIGINT likewise; a request that never finishes does not keep it running past SHUTDOWN_TIMEOUT_MS', async () => {
  const server = await startServer({ SHUTDOWN_TIMEOUT_MS: '1500' });
  const socket = await stalledRequest(server.port);
  try {
    await new Promise((r) => setTimeout(r, 200));
    const sent = Date.now();
    server.child.kill('SIGINT');
    const { code, at } = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toContain('SIGINT: PO-overleg stopt; lopende verzoeken krijgen 1500 ms');
    expect(at - sent).toBeGreaterThanOrEqual(1_400);
    expect(at - sent).toBeLessThan(6_000);
    expect(server.output()).toContain('na 1500 ms nog niet gestopt (SHUTDOWN_TIMEOUT_MS): gedwongen gestopt');
  } finally {
    socket.destroy();
  }
});
