/**
 * The job table (migration 013): work planned under a unique key (planned twice = once), claimed
 * with `FOR UPDATE SKIP LOCKED` so several instances on one PostgreSQL never take the same job,
 * finished, retried later with backoff, or given up. A claimed job whose instance died is free
 * again after its lease. Times come from the caller's clock (deps.now), not the database's.
 */
import type { Sql } from './db';
import { iso } from './rows';

export type JobStatus = 'gepland' | 'bezig' | 'klaar' | 'mislukt';

export interface Job<P = Record<string, unknown>> {
  id: number;
  key: string;
  kind: string;
  payload: P;
  runAt: string;
  status: JobStatus;
  attempts: number;
  lastError: string | null;
  result: unknown;
}

const toJob = (r: Record<string, unknown>): Job => ({
  id: Number(r.id),
  key: String(r.key),
  kind: String(r.kind),
  payload: r.payload as Record<string, unknown>,
  runAt: iso(r.run_at),
  status: r.status as JobStatus,
  attempts: Number(r.attempts),
  lastError: (r.last_error as string | null) ?? null,
  result: r.result ?? null,
});

/** Plans jobs; a key already planned (by this instance or another, now or earlier) is left alone. Returns how many are new. */
export async function planJobs(sql: Sql, jobs: { key: string; kind: string; payload: unknown; runAt: string }[], now: string): Promise<number> {
  if (jobs.length === 0) return 0;
  const rows = await sql.query<{ id: number }>(
    `INSERT INTO jobs (key, kind, payload, run_at, created_at)
     SELECT j.key, j.kind, j.payload, j.run_at, $2::timestamptz
     FROM jsonb_to_recordset($1::jsonb) AS j(key text, kind text, payload jsonb, run_at timestamptz)
     ON CONFLICT (key) DO NOTHING RETURNING id`,
    [JSON.stringify(jobs.map((j) => ({ key: j.key, kind: j.kind, payload: j.payload, run_at: j.runAt }))), now],
  );
  return rows.length;
}

/**
 * Takes up to `limit` jobs that are due (or whose lease ran out) for this worker: one statement,
 * rows another worker holds are skipped, not waited for. The lease is `leaseMs` from now.
 */
export async function claimJobs(sql: Sql, now: string, limit: number, leaseMs: number): Promise<Job[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `UPDATE jobs SET status = 'bezig', attempts = attempts + 1, locked_until = $1::timestamptz + ($3 || ' milliseconds')::interval
     WHERE id IN (
       SELECT id FROM jobs
       WHERE (status = 'gepland' AND run_at <= $1::timestamptz) OR (status = 'bezig' AND locked_until < $1::timestamptz)
       ORDER BY run_at, id LIMIT $2
       FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [now, limit, String(leaseMs)],
  );
  return rows.map(toJob).sort((a, b) => a.id - b.id);
}

/** Done (sent, or nothing to send any more); only while this worker still holds it. */
export async function finishJob(sql: Sql, id: number, now: string, result: unknown): Promise<void> {
  await sql.query(`UPDATE jobs SET status = 'klaar', done_at = $2, result = $3, locked_until = NULL WHERE id = $1 AND status = 'bezig'`, [
    id,
    now,
    JSON.stringify(result ?? null),
  ]);
}

/** Try again at `runAt`, or give up (`mislukt`) when `runAt` is null. */
export async function retryJob(sql: Sql, id: number, runAt: string | null, error: string, now: string): Promise<void> {
  await sql.query(
    `UPDATE jobs SET status = CASE WHEN $2::timestamptz IS NULL THEN 'mislukt' ELSE 'gepland' END, run_at = coalesce($2::timestamptz, run_at),
       last_error = $3, locked_until = NULL, done_at = CASE WHEN $2::timestamptz IS NULL THEN $4::timestamptz END
     WHERE id = $1 AND status = 'bezig'`,
    [id, runAt, error.slice(0, 500), now],
  );
}

/**
 * Removes up to `limit` finished jobs (klaar or mislukt) that finished before `before`. Rows another
 * instance holds are skipped (`SKIP LOCKED`), so purging on every instance at once never waits or
 * collides. Returns how many were removed. A removed key may be planned again: the scheduler's
 * retention is longer than any window in which the same key is planned (config JOB_RETENTION_DAYS).
 */
export async function purgeFinishedJobs(sql: Sql, before: string, limit: number): Promise<number> {
  const rows = await sql.query<{ id: number }>(
    `DELETE FROM jobs WHERE id IN (
       SELECT id FROM jobs WHERE status IN ('klaar','mislukt') AND done_at < $1::timestamptz
       ORDER BY done_at, id LIMIT $2
       FOR UPDATE SKIP LOCKED)
     RETURNING id`,
    [before, limit],
  );
  return rows.length;
}

/** Jobs, newest first (tests and Beheer's view of what was sent). */
export async function listJobs(sql: Sql, q: { kind?: string; limit?: number } = {}): Promise<Job[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT * FROM jobs ${q.kind ? 'WHERE kind = $2' : ''} ORDER BY id DESC LIMIT $1`,
    q.kind ? [q.limit ?? 100, q.kind] : [q.limit ?? 100],
  );
  return rows.map(toJob);
}
