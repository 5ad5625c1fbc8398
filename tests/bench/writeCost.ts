/**
 * CPU per live write on one server, without the network or clients: N besluitpunten recorded one
 * after the other through the app (fastify inject) on TEST_DATABASE_URL's PostgreSQL (or PGlite),
 * timed and counted per write. A probe for where a write's CPU goes (run with --cpu-prof).
 *
 *   TEST_DATABASE_URL=postgres://… npx tsx tests/bench/writeCost.ts [N]
 */
import { randomUUID } from 'node:crypto';
import { startedPo, NOTULIST } from '../server/helpers/factories';
import { startTestServer } from '../server/helpers/server';
import { postgresProcesses } from './liveServers';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 2000);
  const s = await startTestServer();
  const { po, items } = await startedPo(s);
  const itemId = items.besluit;
  const authorization = `Bearer ${await s.token(NOTULIST)}`;
  const write = async (i: number): Promise<void> => {
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/pos/${po.id}/vastleggingen`,
      headers: { authorization, 'content-type': 'application/json' },
      payload: JSON.stringify({ id: randomUUID(), kind: 'besluitpunt', agendapuntId: itemId, text: `Besluit ${i}: ingestemd.` }),
    });
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  };
  for (let i = 0; i < 200; i++) await write(i); // Warm up: JIT, prepared statements.
  const databaseCpu = process.env.TEST_DATABASE_URL ? await postgresProcesses(process.env.TEST_DATABASE_URL) : null;
  const db0 = databaseCpu?.() ?? 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const each: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await write(i);
    each.push(performance.now() - t);
  }
  each.sort((a, b) => a - b);
  const at = (p: number): string => (each[Math.min(n - 1, Math.ceil((p / 100) * n) - 1)] ?? NaN).toFixed(1);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const dbMs = databaseCpu ? (databaseCpu() - db0) / n : null;
  console.log(
    `${n} writes on ${s.deps.db.kind}: ${(wall / n).toFixed(2)} ms each (wall; p50 ${at(50)} p95 ${at(95)} p99 ${at(99)} max ${at(100)}), CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms each (user ${(cpu.user / 1000 / n).toFixed(2)}, system ${(cpu.system / 1000 / n).toFixed(2)})${dbMs === null ? '' : `; PostgreSQL CPU ${dbMs.toFixed(2)} ms each`}`,
  );
  await s.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
