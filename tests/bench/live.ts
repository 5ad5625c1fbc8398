/**
 * Live channel benchmark: M meetings with N live clients each; per meeting one notulist records a
 * besluitpunt/actiepunt every 2 s through the REST API, plus a burst of 10 (sent one after the
 * other, as the outbox does) every 20 s. Measures fan-out latency: from sending the write until
 * every client of that meeting has the change. The server runs in its own process (as `npm start`,
 * PGlite in memory, or DATABASE_URL), so its peak RSS is its own.
 *
 *   npm run bench:live -- --meetings 50 --clients 20 --seconds 30 [--profile <dir>]
 * Targets on a 2-core machine: p99 < 10 ms at 50x20, < 50 ms at 100x20.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import WebSocket from 'ws';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at > -1 ? Number(process.argv[at + 1]) : fallback;
};
const MEETINGS = arg('meetings', 100);
const CLIENTS = arg('clients', 20);
const SECONDS = arg('seconds', 30);
/** `--profile <dir>`: the server writes a V8 CPU profile there when it stops. */
const PROFILE_DIR = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
/** Readers of every PO: its concernadviseur, portefeuillehouder, notulist, opdrachtnemer and participants. */
const READERS = ['u-eva', 'u-bram', 'u-noor', 'u-tim', 'u-gerard', 'u-fatima', 'u-carla', 'u-mila'];

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** CPU time (user + system) a process has used so far, in ms. */
const cpuMs = (pid: number): number => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms.
};
const peakRss = (pid: number): number => {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Number(line?.replace(/\D+/g, '') ?? NaN) / 1024;
};

/**
 * One HTTP request over a kept-alive connection (node:http, as a notulist's browser keeps its
 * connection open). Lighter than fetch, so the load generator itself adds less to what it measures.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function request(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function startServer(): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join('src', 'server', 'main.ts')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? 'memory://', LOG_LEVEL: 'warn', GRAPH_SANDBOX: 'false', AUTH_MODE: 'development', NODE_ENV: 'development', SEED_DEMO_DATA: 'true',
      // Hundreds of clients per demo user: no limit on connections per user here.
      LIVE_MAX_CONNECTIONS_PER_USER: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('de server is gestopt');
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (i > 600) throw new Error('de server start niet');
    await sleep(100);
  }
  return {
    url, pid: child.pid ?? 0,
    stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); }),
  };
}

async function main(): Promise<void> {
  const server = await startServer();
  const { url } = server;
  const tokens = new Map<string, string>();
  for (const userId of READERS) {
    const res = await fetch(`${url}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
    tokens.set(userId, ((await res.json()) as { token: string }).token);
  }
  const api = async (as: string, method: string, p: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
    const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(as)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await request(`${url}${p}`, method, headers, body === undefined ? undefined : JSON.stringify(body));
    if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${res.text}`);
    return { status: res.status, json: res.text ? (JSON.parse(res.text) as Record<string, unknown>) : {} };
  };

  console.log(`Opzetten: ${MEETINGS} vergaderingen met elk ${CLIENTS} deelnemers live…`);
  const meetings: { poId: string; itemId: string }[] = [];
  for (let m = 0; m < MEETINGS; m++) {
    const po = (await api('u-eva', 'POST', '/api/pos', { portefeuillehouderId: 'bram', notulistId: 'u-noor', participantIds: ['u-gerard', 'u-fatima', 'u-carla', 'u-mila'] })).json;
    const poId = String(po.id);
    const item = (await api('u-eva', 'POST', `/api/pos/${poId}/agendapunten`, { title: 'Uitvoeringsplan', purpose: 'besluitvorming', voorgesteldBesluit: 'Instemmen.', opdrachtnemerId: 'u-tim' })).json;
    await api('u-eva', 'POST', `/api/pos/${poId}/agendapunten`, { title: 'Grondaankoop', purpose: 'besluitvorming', voorgesteldBesluit: 'Bod.', opdrachtnemerId: 'u-tim', vertrouwelijk: true });
    await api('u-eva', 'POST', `/api/pos/${poId}/agenda/vaststellen`);
    await api('u-noor', 'POST', `/api/pos/${poId}/vergadering/starten`);
    meetings.push({ poId, itemId: String(item.id) });
  }

  /** Writes waiting for their fan-out: record id -> start time and clients still to receive it. */
  const inFlight = new Map<string, { t0: number; left: number; acked: number | null; done: number | null }>();
  const fanout: number[] = [];
  /** From the 201 to the last client: what the live channel adds after the write itself. */
  const afterAck: number[] = [];
  const restTimes: number[] = [];
  let messages = 0;
  const sockets: WebSocket[] = [];
  const open = (poId: string, userId: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(`${url.replace('http', 'ws')}/api/pos/${poId}/live`);
      sockets.push(ws);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token: tokens.get(userId) })));
      ws.on('error', reject);
      ws.on('message', (data) => {
        messages += 1;
        const msg = JSON.parse(String(data)) as { type: string; change?: { type: string; payload?: { id?: string } } };
        if (msg.type === 'state') resolve();
        const id = msg.type === 'change' && msg.change?.type === 'record.added' ? msg.change.payload?.id : undefined;
        const entry = id ? inFlight.get(id) : undefined;
        if (!id || !entry) return;
        entry.left -= 1;
        if (entry.left === 0) {
          entry.done = performance.now();
          fanout.push(entry.done - entry.t0);
          if (entry.acked !== null) afterAck.push(Math.max(0, entry.done - entry.acked));
          inFlight.delete(id);
        }
      });
    });
  for (let m = 0; m < MEETINGS; m += 10) {
    await Promise.all(meetings.slice(m, m + 10).flatMap(({ poId }) => Array.from({ length: CLIENTS }, (_, c) => open(poId, READERS[c % READERS.length]!))));
  }
  console.log(`${sockets.length} verbindingen open; ${SECONDS} s meten…`);

  let stopping = false;
  let writes = 0;
  const write = async (poId: string, itemId: string, n: number): Promise<void> => {
    const id = randomUUID();
    const t0 = performance.now();
    const entry = { t0, left: CLIENTS, acked: null as number | null, done: null as number | null };
    inFlight.set(id, entry);
    const body = n % 2 ? { id, kind: 'besluitpunt', agendapuntId: itemId, text: `Besluit ${n}: ingestemd met het uitvoeringsplan.` } : { id, kind: 'actiepunt', agendapuntId: itemId, text: `Actie ${n}: raadsinformatiebrief opstellen.`, ownerName: 'Tim Jansen' };
    await api('u-noor', 'POST', `/api/pos/${poId}/vastleggingen`, body);
    entry.acked = performance.now();
    restTimes.push(entry.acked - t0);
    if (entry.done !== null) afterAck.push(0); // Every client had it before the answer arrived.
    writes += 1;
  };
  const notulist = async ({ poId, itemId }: { poId: string; itemId: string }, index: number): Promise<void> => {
    await sleep((index / MEETINGS) * 2000); // Spread the meetings over the 2 s tick.
    const burstEvery = 10; // Every 10th tick (20 s) a burst of 10, staggered per meeting.
    for (let tick = 0, n = 0; !stopping; tick++) {
      const next = performance.now() + 2000;
      await write(poId, itemId, n++);
      if ((tick + index) % burstEvery === burstEvery - 1) for (let b = 0; b < 10 && !stopping; b++) await write(poId, itemId, n++);
      await sleep(Math.max(0, next - performance.now()));
    }
  };
  const started = performance.now();
  const serverCpu0 = cpuMs(server.pid);
  const benchCpu0 = process.cpuUsage();
  const loops = meetings.map(notulist);
  await sleep(SECONDS * 1000);
  stopping = true;
  await Promise.all(loops);
  const elapsed = (performance.now() - started) / 1000;
  const serverCpu = cpuMs(server.pid) - serverCpu0;
  const benchCpuUsage = process.cpuUsage(benchCpu0);
  const benchCpu = (benchCpuUsage.user + benchCpuUsage.system) / 1000;
  for (let i = 0; i < 50 && inFlight.size > 0; i++) await sleep(100);

  const rss = peakRss(server.pid);
  const sorted = [...fanout].sort((a, b) => a - b);
  const rest = [...restTimes].sort((a, b) => a - b);
  const ms = (n: number): string => `${n.toFixed(1)} ms`;
  console.log(`\n${MEETINGS} x ${CLIENTS} (${sockets.length} clients), ${elapsed.toFixed(0)} s, ${writes} writes (${(writes / elapsed).toFixed(1)}/s), ${messages} messages received`);
  console.log(`fan-out (write sent -> every client has it): p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? NaN)}`);
  const after = [...afterAck].sort((a, b) => a - b);
  console.log(`REST write (sent -> 201):                   p50 ${ms(percentile(rest, 50))}  p95 ${ms(percentile(rest, 95))}  p99 ${ms(percentile(rest, 99))}`);
  console.log(`after the 201 until every client has it:    p50 ${ms(percentile(after, 50))}  p95 ${ms(percentile(after, 95))}  p99 ${ms(percentile(after, 99))}`);
  console.log(`not delivered to every client: ${inFlight.size}; server peak RSS ${rss.toFixed(0)} MB`);
  console.log(`CPU while measuring: server ${((serverCpu / 1000 / elapsed) * 100).toFixed(0)}% of a core (${(serverCpu / Math.max(1, writes)).toFixed(2)} ms per write), this load generator ${((benchCpu / 1000 / elapsed) * 100).toFixed(0)}%`);
  const target = MEETINGS <= 50 ? 10 : 50;
  console.log(`target p99 < ${target} ms: ${percentile(sorted, 99) < target ? 'ok' : 'MISSED'}`);
  sockets.forEach((ws) => ws.terminate());
  await server.stop();
  process.exitCode = inFlight.size === 0 ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
