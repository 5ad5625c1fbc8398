/**
 * Live channel benchmark: M meetings with N live clients each; per meeting one notulist records a
 * besluitpunt/actiepunt every 2 s through the REST API, plus a burst of 10 (sent one after the
 * other, as the outbox does) every 20 s: on average one write per meeting per second. Measures
 * fan-out latency (from sending the write until every client of that meeting has the change) and
 * checks that nothing is lost: every client gets every change of its PO, in seq order, without
 * gaps, and ends at the PO's last seq.
 *
 * Each server runs in its own process (as `npm start`), so its CPU and memory are its own. With
 * `--instances K` there are K servers on one PostgreSQL database: the writes go to the first, the
 * clients are spread round-robin over all of them, so most of the fan-out crosses instances
 * through LISTEN/NOTIFY.
 *
 *   npm run bench:live -- --meetings 50 --clients 20 --seconds 30        PGlite in memory
 *   npm run bench:live -- --instances 3 --meetings 200 --pg postgres://postgres@127.0.0.1:55432/postgres
 *   options: --meetings M (100) --clients N (20) --seconds S (30) --instances K (1)
 *            --pg URL (or BENCH_DATABASE_URL; a fresh database is made there and dropped after)
 *            --profile DIR (each server writes a V8 CPU profile there when it stops)
 *
 * A throwaway PostgreSQL server for it (Debian's packages; as .ci/run does, as root):
 *   PGBIN=/usr/lib/postgresql/15/bin; D=$(mktemp -d /tmp/po-pg.XXXXXX); chown postgres $D
 *   su postgres -c "$PGBIN/initdb -D $D -A trust -U postgres"
 *   su postgres -c "$PGBIN/pg_ctl -D $D -o '-p 55432 -k /tmp -c listen_addresses=127.0.0.1' -l $D/log -w start"
 *   ... and afterwards: su postgres -c "$PGBIN/pg_ctl -D $D -m fast stop"
 *
 * Targets on a 2-core machine: p99 < 10 ms at 50x20 and < 50 ms at 100x20 on PGlite; < 20 ms at
 * 200x20 over 3 instances on PostgreSQL. Nothing lost, ever (exit code 1 otherwise).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { formatMemory } from './memory';
import { startServers, type BenchServer } from './liveServers';
import type { ProbeReport } from './serverProbe';

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at > -1 ? process.argv[at + 1] : undefined;
};
const MEETINGS = Number(option('meetings') ?? 100);
const CLIENTS = Number(option('clients') ?? 20);
const SECONDS = Number(option('seconds') ?? 30);
const INSTANCES = Number(option('instances') ?? 1);
const PG_URL = option('pg') ?? process.env.BENCH_DATABASE_URL;
const PROFILE_DIR = option('profile');
/** Readers of every PO: its concernadviseur, portefeuillehouder, notulist, opdrachtnemer and participants. */
const READERS = ['u-eva', 'u-bram', 'u-noor', 'u-tim', 'u-gerard', 'u-fatima', 'u-carla', 'u-mila'];

/** How busy the machine is (others' work included): load average and the share of time tasks waited for a CPU. */
const machineLoad = (): string => {
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const pressure = fs.existsSync('/proc/pressure/cpu') ? /avg60=([\d.]+)/.exec(fs.readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] : undefined;
  return `load average ${load}${pressure ? `, tasks waiting for a CPU ${pressure}% of the last minute` : ''} (${os.cpus().length} cores)`;
};
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const ms = (n: number): string => `${n.toFixed(1)} ms`;
const spread = (xs: number[]): string => {
  const s = sorted(xs);
  return `p50 ${ms(percentile(s, 50))}  p95 ${ms(percentile(s, 95))}  p99 ${ms(percentile(s, 99))}  max ${ms(s.at(-1) ?? NaN)}`;
};

/**
 * A bystander: a process that only runs a 10 ms timer during the measurement. How late that timer
 * fired is the machine's own scheduling delay under this load, which every hop of a write (load
 * generator, server, PostgreSQL, the other servers) can meet too. (A 1 ms timer was measured to
 * add to the servers' CPU per write: a thousand wake-ups a second on two cores.)
 */
function bystander(seconds: number): Promise<{ p50: number; p99: number; p999: number; max: number } | null> {
  const script = `const h = require('node:perf_hooks').monitorEventLoopDelay({ resolution: 10 }); h.enable();
    setTimeout(() => { h.disable();
      const late = (n) => Math.max(0, n / 1e6 - 10);
      process.stdout.write(JSON.stringify({ p50: late(h.percentile(50)), p99: late(h.percentile(99)), p999: late(h.percentile(99.9)), max: late(h.max) })); }, ${seconds * 1000});`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as { p50: number; p99: number; p999: number; max: number });
      } catch {
        resolve(null);
      }
    });
  });
}

/**
 * One HTTP request over a kept-alive connection (node:http, as a notulist's browser keeps its
 * connection open). Lighter than fetch, so the load generator itself adds less to what it measures.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function request(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface SeenMessage {
  type: string;
  seq?: number;
  change?: { type: string; payload?: { id?: string } };
}
const CHANGE_HEAD = /^\{"type":"change","seq":(\d+),"change":\{"type":"([\w.]+)","payload":\{"id":"([^"]+)"/;
let readFully = 0;
/**
 * What the bench needs of a server message: its type and seq, and a new record's id. Read from the
 * start of the text when it has the usual shape (4,000 clients' JSON.parse would take a good part
 * of the CPU the servers are measured on), parsed in full otherwise.
 */
function readMessage(text: string): SeenMessage {
  const head = CHANGE_HEAD.exec(text);
  if (head) return { type: 'change', seq: Number(head[1]), change: { type: head[2]!, payload: { id: head[3] } } };
  readFully += 1;
  return JSON.parse(text) as SeenMessage;
}

/** One live client, as the bench sees it: where it is and what it has received. */
interface Client {
  meeting: number;
  instance: number;
  ws: WebSocket;
  /** The last seq received (from its state or a change). */
  seq: number;
  gaps: number;
  /** Changes at or below a seq it already had. */
  repeats: number;
  closedEarly: boolean;
}

/** A write on its way: when it was sent, and how many clients (in all, and per instance) still lack it. */
interface InFlight {
  t0: number;
  left: number;
  leftOn: number[];
  acked: number | null;
  done: number | null;
}

async function main(): Promise<void> {
  const where = INSTANCES > 1 || PG_URL ? `${INSTANCES} instantie(s) op PostgreSQL` : `PGlite (${process.env.PGLITE_DATA_DIR ?? 'memory://'})`;
  console.log(`Servers starten: ${where}…`);
  const { servers, databaseCpuMs, stop } = await startServers({ instances: INSTANCES, databaseUrl: PG_URL, profileDir: PROFILE_DIR });
  const probes: (ProbeReport | null)[][] = [await Promise.all(servers.map((s) => s.probe()))];
  const writer = servers[0]!;
  const tokens = new Map<string, string>();
  for (const userId of READERS) {
    const res = await fetch(`${writer.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    tokens.set(userId, ((await res.json()) as { token: string }).token);
  }
  const api = async (as: string, method: string, p: string, body?: unknown): Promise<Record<string, unknown>> => {
    const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(as)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await request(`${writer.url}${p}`, method, headers, body === undefined ? undefined : JSON.stringify(body));
    if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${res.text}`);
    return res.text ? (JSON.parse(res.text) as Record<string, unknown>) : {};
  };

  console.log(`Opzetten: ${MEETINGS} vergaderingen met elk ${CLIENTS} deelnemers live…`);
  const meetings: { poId: string; itemId: string }[] = [];
  for (let m = 0; m < MEETINGS; m++) {
    const po = await api('u-eva', 'POST', '/api/pos', {
      portefeuillehouderId: 'bram',
      notulistId: 'u-noor',
      participantIds: ['u-gerard', 'u-fatima', 'u-carla', 'u-mila'],
      sameDayOk: true, // Every meeting of the bench is the same portefeuillehouder's, on the same day.
    });
    const poId = String(po.id);
    const item = await api('u-eva', 'POST', `/api/pos/${poId}/agendapunten`, {
      title: 'Uitvoeringsplan',
      purpose: 'besluitvorming',
      voorgesteldBesluit: 'Instemmen.',
      opdrachtnemerId: 'u-tim',
    });
    const secret = await api('u-eva', 'POST', `/api/pos/${poId}/agendapunten`, {
      title: 'Grondaankoop',
      purpose: 'besluitvorming',
      voorgesteldBesluit: 'Bod.',
      opdrachtnemerId: 'u-tim',
      vertrouwelijk: true,
    });
    for (const id of [String(item.id), String(secret.id)])
      await api('u-bram', 'POST', `/api/pos/${poId}/agendapunten/${id}/kwaliteitstoets/overrulen`, { reden: 'Stukken volgen mondeling.' });
    await api('u-eva', 'POST', `/api/pos/${poId}/agenda/voorleggen`);
    await api('u-bram', 'POST', `/api/pos/${poId}/agenda/vaststellen`);
    await api('u-noor', 'POST', `/api/pos/${poId}/vergadering/starten`);
    meetings.push({ poId, itemId: String(item.id) });
  }

  /** Writes waiting for their fan-out, by record id. */
  const inFlight = new Map<string, InFlight>();
  const fanout: number[] = [];
  /** Per instance: from sending the write until every client on that instance has it. */
  const fanoutOn: number[][] = servers.map(() => []);
  /** From the 201 to the last client: what the live channel adds after the write itself. */
  const afterAck: number[] = [];
  const restTimes: number[] = [];
  const clientsOn = servers.map((_, i) => Math.floor(CLIENTS / servers.length) + (i < CLIENTS % servers.length ? 1 : 0));
  let messages = 0;
  let measuring = false;
  const clients: Client[] = [];
  const open = (meeting: number, c: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const instance = c % servers.length;
      const server = servers[instance]!;
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/pos/${meetings[meeting]!.poId}/live`);
      const client: Client = { meeting, instance, ws, seq: -1, gaps: 0, repeats: 0, closedEarly: false };
      clients.push(client);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token: tokens.get(READERS[c % READERS.length]!) })));
      ws.on('error', reject);
      ws.on('close', () => {
        if (measuring) client.closedEarly = true;
      });
      ws.on('message', (data) => {
        messages += 1;
        const msg = readMessage(String(data));
        if (msg.type === 'state') {
          client.seq = msg.seq ?? -1;
          return resolve();
        }
        if (msg.type !== 'change' || msg.seq === undefined) return;
        if (msg.seq <= client.seq) client.repeats += 1;
        else if (msg.seq !== client.seq + 1) client.gaps += 1;
        client.seq = Math.max(client.seq, msg.seq);
        const id = msg.change?.type === 'record.added' ? msg.change.payload?.id : undefined;
        const entry = id ? inFlight.get(id) : undefined;
        if (!id || !entry) return;
        const now = performance.now();
        entry.left -= 1;
        entry.leftOn[instance]! -= 1;
        if (entry.leftOn[instance] === 0) fanoutOn[instance]!.push(now - entry.t0);
        if (entry.left === 0) {
          entry.done = now;
          fanout.push(now - entry.t0);
          if (entry.acked !== null) afterAck.push(Math.max(0, now - entry.acked));
          inFlight.delete(id);
        }
      });
    });
  // Meeting m's client c goes to instance c mod K: every meeting has clients on every instance.
  for (let m = 0; m < MEETINGS; m += 10) {
    await Promise.all(meetings.slice(m, m + 10).flatMap((_, i) => Array.from({ length: CLIENTS }, (__, c) => open(m + i, c))));
  }
  probes.push(await Promise.all(servers.map((s) => s.probe())));
  console.log(`${clients.length} verbindingen open (${clientsOn.join(' / ')} per vergadering per instantie); ${SECONDS} s meten…`);

  let stopping = false;
  let writes = 0;
  const write = async (poId: string, itemId: string, n: number): Promise<void> => {
    const id = randomUUID();
    const t0 = performance.now();
    const entry: InFlight = { t0, left: CLIENTS, leftOn: [...clientsOn], acked: null, done: null };
    inFlight.set(id, entry);
    const body =
      n % 2
        ? { id, kind: 'besluitpunt', agendapuntId: itemId, text: `Besluit ${n}: ingestemd met het uitvoeringsplan.` }
        : { id, kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: itemId, text: `Actie ${n}: raadsinformatiebrief opstellen.`, ownerName: 'Tim Jansen' };
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
  const loop = monitorEventLoopDelay({ resolution: 5 });
  await Promise.all(servers.map((s) => s.probe())); // Resets their event-loop delay.
  measuring = true;
  loop.enable();
  const started = performance.now();
  const serverCpu0 = servers.map((s) => s.cpuMs());
  const databaseCpu0 = databaseCpuMs();
  const benchCpu0 = process.cpuUsage();
  const noise = bystander(SECONDS);
  const loops = meetings.map(notulist);
  await sleep(SECONDS * 1000);
  stopping = true;
  await Promise.all(loops);
  const elapsed = (performance.now() - started) / 1000;
  const serverCpu = servers.map((s, i) => s.cpuMs() - serverCpu0[i]!);
  const databaseCpu1 = databaseCpuMs();
  const benchCpuUsage = process.cpuUsage(benchCpu0);
  const benchCpu = (benchCpuUsage.user + benchCpuUsage.system) / 1000;
  loop.disable();
  for (let i = 0; i < 50 && inFlight.size > 0; i++) await sleep(100);
  probes.push(await Promise.all(servers.map((s) => s.probe())));
  measuring = false;

  // Every client must end where its PO is.
  const finalSeq = await Promise.all(meetings.map(async ({ poId }) => Number((await api('u-eva', 'GET', `/api/pos/${poId}`)).seq)));
  for (let i = 0; i < 20 && clients.some((c) => c.seq < finalSeq[c.meeting]!); i++) await sleep(100);
  const behind = clients.filter((c) => c.seq !== finalSeq[c.meeting]).length;
  const gaps = clients.reduce((n, c) => n + c.gaps, 0);
  const repeats = clients.reduce((n, c) => n + c.repeats, 0);
  const closedEarly = clients.filter((c) => c.closedEarly).length;

  const label = (i: number): string => `instance ${i + 1}${servers.length > 1 ? (i === 0 ? ' (writes)' : ' (NOTIFY)') : ''}`;
  console.log(
    `\n${MEETINGS} x ${CLIENTS} (${clients.length} clients on ${where}), ${elapsed.toFixed(0)} s, ${writes} writes (${(writes / elapsed).toFixed(1)}/s), ${messages} messages received (${readFully} parsed in full)`,
  );
  console.log(`fan-out (write sent -> every client has it): ${spread(fanout)}`);
  if (servers.length > 1) servers.forEach((_, i) => console.log(`  every client on ${label(i)}:`.padEnd(45) + spread(fanoutOn[i]!)));
  console.log(`REST write (sent -> 201):                   ${spread(restTimes)}`);
  console.log(`after the 201 until every client has it:    ${spread(afterAck)}`);
  const lost = inFlight.size + behind + gaps;
  console.log(
    `lost: ${inFlight.size} writes not delivered to every client, ${behind} clients not at their PO's last seq, ${gaps} gaps, ${repeats} repeated or out of order; ${closedEarly} sockets closed during the run`,
  );
  const [atStart, withClients, atEnd] = probes;
  servers.forEach((s: BenchServer, i) => {
    const end = atEnd?.[i];
    console.log(
      `${label(i)}: CPU ${((serverCpu[i]! / 1000 / elapsed) * 100).toFixed(0)}% of a core (${(serverCpu[i]! / Math.max(1, writes)).toFixed(2)} ms per write), event-loop delay p99 ${end ? ms(end.loopDelay.p99) : '?'} max ${end ? ms(end.loopDelay.max) : '?'}`,
    );
    if (end?.posts.count)
      console.log(`  a write inside the server (request parsed -> answer sent): p50 ${ms(end.posts.p50)}  p99 ${ms(end.posts.p99)}  max ${ms(end.posts.max)}`);
    for (const [when, report] of [
      ['after start', atStart?.[i]],
      ['clients in', withClients?.[i]],
      ['at the end', end],
    ] as const) {
      console.log(`  memory ${when}:`.padEnd(24) + (report ? formatMemory(report.memory) : `? (pid ${s.pid})`));
    }
  });
  if (databaseCpu0 !== null && databaseCpu1 !== null) {
    const cpu = databaseCpu1 - databaseCpu0;
    console.log(`PostgreSQL: CPU ${((cpu / 1000 / elapsed) * 100).toFixed(0)}% of a core (${(cpu / Math.max(1, writes)).toFixed(2)} ms per write)`);
  }
  const usedCores =
    (serverCpu.reduce((a, b) => a + b, 0) + benchCpu + (databaseCpu0 !== null && databaseCpu1 !== null ? databaseCpu1 - databaseCpu0 : 0)) / 1000 / elapsed;
  console.log(`machine: ${machineLoad()}; the processes measured here used ${usedCores.toFixed(2)} cores`);
  console.log(
    `this load generator: CPU ${((benchCpu / 1000 / elapsed) * 100).toFixed(0)}% of a core, event-loop delay p99 ${ms(loop.percentile(99) / 1e6)} max ${ms(loop.max / 1e6)}`,
  );
  const timer = await noise;
  if (timer)
    console.log(
      `machine noise: a bystander process's 10 ms timer fired late by p50 ${ms(timer.p50)}  p99 ${ms(timer.p99)}  p99.9 ${ms(timer.p999)}  max ${ms(timer.max)} (each hop of a write can wait as long for a CPU)`,
    );
  const target = servers.length > 1 ? 20 : MEETINGS <= 50 ? 10 : 50;
  console.log(`target p99 < ${target} ms: ${percentile(sorted(fanout), 99) < target ? 'ok' : 'MISSED'}; nothing lost: ${lost === 0 ? 'ok' : 'MISSED'}`);
  clients.forEach((c) => c.ws.terminate());
  agent.destroy();
  await stop();
  process.exitCode = lost === 0 ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
