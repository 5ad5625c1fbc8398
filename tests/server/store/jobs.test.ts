/**
 * The job table: exactly once with two workers, retry with backoff, a lease that runs out. On
 * PostgreSQL (TEST_DATABASE_URL, as in `npm run test:pg`) the two workers are two connections
 * pools on one database, as two server instances are; on PGlite they share the one engine.
 */
import { openDatabase, type Database } from '../../../src/server/store/db';
import { claimJobs, finishJob, listJobs, planJobs, retryJob } from '../../../src/server/store/jobs';
import { freshDatabase } from '../helpers/server';

let a: Database;
let b: Database;
let drop: (() => Promise<void>) | null = null;

beforeAll(async () => {
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    const fresh = await freshDatabase(base);
    drop = fresh.drop;
    a = await openDatabase({ databaseUrl: fresh.url, pgliteDataDir: 'memory://' });
    b = await openDatabase({ databaseUrl: fresh.url, pgliteDataDir: 'memory://' });
  } else {
    a = await openDatabase({ pgliteDataDir: 'memory://' });
    b = a;
  }
});
afterAll(async () => {
  await a.close();
  if (b !== a) await b.close();
  await drop?.();
});

const NOW = '2026-12-07T08:00:00.000Z';
const plus = (ms: number): string => new Date(Date.parse(NOW) + ms).toISOString();

test('planning twice, from two workers at once, plans each key once', async () => {
  const jobs = Array.from({ length: 40 }, (_, i) => ({ key: `plan:${i}`, kind: 'test', payload: { i }, runAt: NOW }));
  const [x, y] = await Promise.all([planJobs(a, jobs, NOW), planJobs(b, jobs, NOW)]);
  expect(x + y).toBe(40);
  expect(await planJobs(a, jobs, NOW)).toBe(0);
  for (const j of await claimJobs(a, NOW, 100, 60_000)) await finishJob(a, j.id, NOW, null);
});

test('two workers claiming at once never take the same job, and together take all', async () => {
  const jobs = Array.from({ length: 60 }, (_, i) => ({ key: `once:${i}`, kind: 'once', payload: { i }, runAt: NOW }));
  await planJobs(a, jobs, NOW);
  const taken: number[][] = [[], []];
  const worker = async (db: Database, n: 0 | 1): Promise<void> => {
    for (;;) {
      const claimed = await claimJobs(db, NOW, 3, 60_000);
      if (claimed.length === 0) return;
      for (const j of claimed) {
        taken[n]!.push(Number(j.payload.i));
        await finishJob(db, j.id, NOW, { by: n });
      }
    }
  };
  await Promise.all([worker(a, 0), worker(b, 1)]);
  const all = [...taken[0]!, ...taken[1]!].sort((p, q) => p - q);
  expect(all).toEqual(Array.from({ length: 60 }, (_, i) => i));
  expect((await listJobs(a, { kind: 'once', limit: 100 })).every((j) => j.status === 'klaar' && j.attempts === 1)).toBe(true);
});

test('a failed job waits for its backoff; given up it stays given up; a lost lease frees it', async () => {
  await planJobs(a, [{ key: 'retry:1', kind: 'retry', payload: {}, runAt: NOW }], NOW);
  const [first] = (await claimJobs(a, NOW, 10, 60_000)).filter((j) => j.kind === 'retry');
  expect(first?.attempts).toBe(1);
  await retryJob(a, first!.id, plus(60_000), 'Graph 503', NOW);
  expect((await claimJobs(b, plus(30_000), 10, 60_000)).filter((j) => j.kind === 'retry')).toEqual([]);
  const [second] = (await claimJobs(b, plus(61_000), 10, 60_000)).filter((j) => j.kind === 'retry');
  expect(second).toMatchObject({ attempts: 2, lastError: 'Graph 503' });
  // The worker holding it dies: after the lease another takes it over.
  expect((await claimJobs(a, plus(90_000), 10, 60_000)).filter((j) => j.kind === 'retry')).toEqual([]);
  const [third] = (await claimJobs(a, plus(122_000), 10, 60_000)).filter((j) => j.kind === 'retry');
  expect(third?.attempts).toBe(3);
  await retryJob(a, third!.id, null, 'Graph 403', plus(122_000));
  expect((await claimJobs(a, plus(10_000_000), 10, 60_000)).filter((j) => j.kind === 'retry')).toEqual([]);
  expect((await listJobs(a, { kind: 'retry' }))[0]).toMatchObject({ status: 'mislukt', lastError: 'Graph 403' });
});
