/**
 * `npm run bench:scale`: ten years of one municipality (six POs a week, 15 agendapunten and ~45
 * vastleggingen each, one in five published) written straight into the store, and every list
 * endpoint measured over real HTTP after 1, 3 and 10 years: p50/p95 of the first page (and of a
 * next page), response size, creating a PO, database size, server memory and generation time.
 *
 *   npm run bench:scale                       PGlite in memory
 *   npm run bench:scale -- --pg URL           a fresh database on that PostgreSQL server
 *   npm run bench:scale -- --years 1,3        fewer checkpoints
 */
import { listUsers, loadOrganisation, upsertUser } from '../../src/server/store/directory';
import { startTestServer, type TestServer } from '../server/helpers/server';
import { writeScaleData } from './scaleData';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const pgUrl = arg('pg');
const checkpoints = (arg('years') ?? '1,3,10').split(',').map(Number);
const RUNS = Number(arg('runs') ?? 20);

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (n: number): string => n.toFixed(1).padStart(7);

async function timed(
  s: TestServer,
  method: string,
  path: string,
  as: string,
  body?: unknown,
): Promise<{ ms: number; bytes: number; status: number; json: unknown }> {
  const token = await s.token(as);
  const t0 = performance.now();
  const res = await fetch(`${s.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const t = performance.now() - t0;
  return { ms: t, bytes: Buffer.byteLength(text), status: res.status, json: text ? JSON.parse(text) : null };
}

async function measure(s: TestServer, label: string, method: string, path: string | (() => string), as: string, body?: () => unknown): Promise<void> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const r = await timed(s, method, typeof path === 'function' ? path() : path, as, body?.());
    if (r.status >= 300) throw new Error(`${label}: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
    if (i >= 3) times.push(r.ms);
    bytes = r.bytes;
  }
  console.log(`  ${label.padEnd(46)} p50 ${ms(pct(times, 50))} ms  p95 ${ms(pct(times, 95))} ms  ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
}

async function main(): Promise<void> {
  if (pgUrl) process.env.TEST_DATABASE_URL = pgUrl;
  const s = await startTestServer({ RATE_LIMIT_EXPENSIVE_READS: 0, RATE_LIMIT_SIGNIN_FAILURES: 0 });
  const org = (await loadOrganisation(s.deps.db))!;
  // A municipality's civil servants: 200, among them the demo opdrachtnemers and medewerker.
  const staff = ['u-tim', 'u-fatima', 'u-mila', 'u-carla'];
  for (let n = staff.length; n < 200; n++) {
    const id = `u-staff-${n}`;
    await upsertUser(s.deps.db, {
      id,
      name: `Medewerker ${n}`,
      email: `${id}@velsen.example`,
      roles: ['opdrachtnemer'],
      functie: 'Beleidsadviseur',
      entraId: null,
    });
    staff.push(id);
  }
  const users = await listUsers(s.deps.db);
  const now = new Date();
  // Ten years back to a Monday.
  const first = new Date(now.getTime() - 10 * 365.25 * 86_400_000);
  first.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const firstWeek = first.toISOString().slice(0, 10);
  console.log(`bench:scale on ${s.deps.db.kind}; ${RUNS} requests per line after 3 warm-ups; data from ${firstWeek}`);
  let weeks = 0;
  let day = 0; // The POs this bench creates: one day after another, never two on a day (that asks "Toch opslaan").
  let totals = { pos: 0, items: 0, records: 0, published: 0 };
  for (const years of checkpoints) {
    const target = Math.round(years * 52.18);
    const t0 = performance.now();
    const made = await writeScaleData(s.deps.db, { org, users, staff, firstWeek, fromWeek: weeks, toWeek: target, now });
    const genSeconds = (performance.now() - t0) / 1000;
    weeks = target;
    totals = {
      pos: totals.pos + made.pos,
      items: totals.items + made.items,
      records: totals.records + made.records,
      published: totals.published + made.published,
    };
    // As autovacuum leaves a database that has been in use: statistics, and the visibility map that
    // index-only scans need (else the first minutes after loading measure autovacuum's own work).
    await s.deps.db.query('VACUUM ANALYZE');
    const [size] = await s.deps.db.query<{ size: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
    console.log(
      `\n${years} year(s): ${totals.pos} POs, ${totals.items} agendapunten, ${totals.records} vastleggingen, ${totals.published} verslagen; written in ${genSeconds.toFixed(1)} s; database ${size?.size}; server RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
    );

    const firstPage = (await timed(s, 'GET', '/api/opvolging', 'u-eva')).json as { nextCursor: string | null };
    const [latest] = await s.deps.db.query<{ id: string }>('SELECT id FROM pos ORDER BY starts_at DESC LIMIT 1');
    await measure(s, 'GET /api/opvolging (overseer)', 'GET', '/api/opvolging', 'u-eva');
    await measure(s, 'GET /api/opvolging next page (overseer)', 'GET', `/api/opvolging?cursor=${firstPage.nextCursor ?? ''}`, 'u-eva');
    await measure(s, 'GET /api/opvolging?overdue=true', 'GET', '/api/opvolging?overdue=true', 'u-eva');
    await measure(s, 'GET /api/opvolging (opdrachtnemer)', 'GET', '/api/opvolging', 'u-tim');
    await measure(s, 'GET /api/opvolging (notulist of every PO)', 'GET', '/api/opvolging', 'u-noor');
    await measure(s, 'GET /api/opvolging?ownerId= (medewerker)', 'GET', '/api/opvolging?ownerId=u-mila', 'u-mila');
    await measure(s, 'GET /api/collegeplanning', 'GET', '/api/collegeplanning', 'u-gerard');
    await measure(s, 'GET /api/pos (my POs)', 'GET', '/api/pos', 'u-bram');
    await measure(s, 'GET /api/pos?scope=alle', 'GET', '/api/pos?scope=alle', 'u-eva');
    await measure(s, 'GET /api/pos/:id/opvolging (standing item)', 'GET', `/api/pos/${latest!.id}/opvolging`, 'u-eva');
    await measure(s, 'GET /api/pos/:id', 'GET', `/api/pos/${latest!.id}`, 'u-eva');
    await measure(s, 'GET /api/verslagen (newest)', 'GET', '/api/verslagen', 'u-mila');
    await measure(s, 'GET /api/verslagen?q=<rare word>', 'GET', '/api/verslagen?q=zeehondenopvang', 'u-mila');
    await measure(s, 'GET /api/verslagen?q=<common word>', 'GET', '/api/verslagen?q=woningen', 'u-mila');
    await measure(s, 'POST /api/pos (with standing item)', 'POST', '/api/pos', 'u-eva', () => ({
      portefeuillehouderId: 'bram',
      notulistId: 'u-noor',
      startsAt: new Date(Date.UTC(2099, 0, 5) + day++ * 86_400_000).toISOString(),
    }));
  }
  await s.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
