/**
 * Servers for the live benchmark, each in its own process started as `npm start` starts it, so its
 * CPU and memory are its own: one on PGlite (in memory unless PGLITE_DATA_DIR says otherwise), or
 * several on one fresh PostgreSQL database. Each is preloaded with ./serverProbe.ts, which reports
 * its memory and event-loop delay when asked.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freshDatabase } from '../server/helpers/server';
import type { ProbeReport } from './serverProbe';

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  pid: number;
  /** CPU time (user + system) the process has used so far, in ms. */
  cpuMs(): number;
  /** Memory now (after a garbage collection) and the event-loop delay since the previous report. */
  probe(): Promise<ProbeReport | null>;
}

export interface BenchServers {
  servers: BenchServer[];
  /** CPU time of the PostgreSQL server's processes so far, in ms; null for PGlite or a server elsewhere. */
  databaseCpuMs(): number | null;
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

/** CPU time (user + system) a process has used so far, in ms. */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms.
}

/** The processes of the PostgreSQL server behind `url`, when it runs on this machine: its postmaster's children. */
export async function postgresProcesses(url: string): Promise<(() => number) | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [row] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    const status = fs.readFileSync(`/proc/${row?.pid}/status`, 'utf8');
    const postmaster = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    return () => {
      let total = 0;
      for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
        try {
          const ppid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
          if (ppid === postmaster) total += cpuMs(Number(pid));
        } catch {
          // Gone meanwhile.
        }
      }
      return total;
    };
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * Starts `instances` servers: the first alone (it migrates the database, seeds the demo data and
 * writes the development signing key), then the others, which find all three in place.
 */
export async function startServers(opts: { instances: number; databaseUrl?: string; profileDir?: string }): Promise<BenchServers> {
  if (opts.instances > 1 && !opts.databaseUrl) throw new Error('Meer instanties delen één PostgreSQL-database: geef --pg URL of BENCH_DATABASE_URL.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'po-bench-live-'));
  const db = opts.databaseUrl ? await freshDatabase(opts.databaseUrl) : null;
  const children: ReturnType<typeof spawn>[] = [];
  const start = async (n: number): Promise<BenchServer> => {
    const port = await freePort();
    const probeFile = path.join(dir, `probe-${n}.jsonl`);
    const profile = opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : [];
    // Node's own flags for the servers, to look inside a run (e.g. BENCH_NODE_FLAGS=--trace-gc).
    const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    const child = spawn(
      process.execPath,
      [...profile, ...flags, '--expose-gc', '--import', 'tsx', '--import', './tests/bench/serverProbe.ts', path.join('src', 'server', 'main.ts')],
      {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          GRAPH_SANDBOX: 'false',
          AUTH_MODE: 'development',
          NODE_ENV: 'development',
          SEED_DEMO_DATA: 'true',
          // On PostgreSQL the data folder setting only places the development signing key, shared by the instances.
          PGLITE_DATA_DIR: db ? path.join(dir, 'pglite') : (process.env.PGLITE_DATA_DIR ?? 'memory://'),
          ...(db ? { DATABASE_URL: db.url } : {}),
          // Hundreds of clients per demo user: no limit on connections per user here.
          LIVE_MAX_CONNECTIONS_PER_USER: '0',
          BENCH_PROBE_FILE: probeFile,
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`server ${n + 1} is gestopt (code ${child.exitCode})`);
      if (
        await fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 1200) throw new Error(`server ${n + 1} start niet`);
      await sleep(100);
    }
    const pid = child.pid ?? 0;
    return { url, pid, cpuMs: () => cpuMs(pid), probe: () => readProbe(pid, probeFile) };
  };
  const first = await start(0);
  const rest = await Promise.all(Array.from({ length: opts.instances - 1 }, (_, i) => start(i + 1)));
  const database = db ? await postgresProcesses(db.url) : null;
  return {
    servers: [first, ...rest],
    databaseCpuMs: () => database?.() ?? null,
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
      await db?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asks a probed server for a report (SIGUSR2) and reads the line it appends. */
async function readProbe(pid: number, file: string): Promise<ProbeReport | null> {
  const before = fs.existsSync(file) ? fs.statSync(file).size : 0;
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 250; i++) {
    await sleep(20);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (text.length > before && text.endsWith('\n')) return JSON.parse(text.slice(before).trim()) as ProbeReport;
  }
  return null;
}
