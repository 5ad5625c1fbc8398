/**
 * The journal of Graph writes (migration 005): runs of the invite and Planner, and the steps of
 * every run and publication, recorded before each request and after its answer.
 */
import type { Sql } from './db';
import { isoOrNull, iso } from './rows';

export type StepStatus = 'gepland' | 'verzonden' | 'onzeker' | 'klaar' | 'vervallen';

export interface GraphStep {
  runId: string;
  /** Unique within the run, e.g. `bericht`, `deel:2`, `taak:<recordId>`, `bijlage`. */
  step: string;
  position: number;
  status: StepStatus;
  /** What is sent: stored once, so a retry sends exactly this. */
  request: unknown;
  /** What finds the result again when the answer was lost (a text in the message, a task title, a file name). */
  marker: string | null;
  resultId: string | null;
  resultUrl: string | null;
  tries: number;
  lastError: string | null;
  /** When the step was first sent. */
  sentAt: string | null;
  doneAt: string | null;
}

export type NewStep = Pick<GraphStep, 'step' | 'position' | 'request' | 'marker'>;

const toStep = (r: Record<string, unknown>): GraphStep => ({
  runId: String(r.run_id),
  step: String(r.step),
  position: Number(r.position),
  status: r.status as StepStatus,
  request: r.request ?? null,
  marker: (r.marker as string | null) ?? null,
  resultId: (r.result_id as string | null) ?? null,
  resultUrl: (r.result_url as string | null) ?? null,
  tries: Number(r.tries),
  lastError: (r.last_error as string | null) ?? null,
  sentAt: isoOrNull(r.sent_at),
  doneAt: isoOrNull(r.done_at),
});

export async function loadSteps(sql: Sql, runId: string): Promise<GraphStep[]> {
  const rows = await sql.query('SELECT * FROM graph_steps WHERE run_id = $1 ORDER BY position, step', [runId]);
  return rows.map(toStep);
}

/** Records steps as planned; a step already recorded is kept as it is. Answers the run's steps. */
export async function planSteps(sql: Sql, runId: string, steps: NewStep[]): Promise<GraphStep[]> {
  for (const s of steps) {
    await sql.query(
      `INSERT INTO graph_steps (run_id, step, position, status, request, marker) VALUES ($1,$2,$3,'gepland',$4,$5)
       ON CONFLICT (run_id, step) DO NOTHING`,
      [runId, s.step, s.position, s.request === null || s.request === undefined ? null : JSON.stringify(s.request), s.marker],
    );
  }
  return loadSteps(sql, runId);
}

/** Forgets steps of a run that were never sent (their content is planned again). */
export async function dropSteps(sql: Sql, runId: string): Promise<void> {
  await sql.query('DELETE FROM graph_steps WHERE run_id = $1', [runId]);
}

export type StepPatch = Partial<Pick<GraphStep, 'status' | 'resultId' | 'resultUrl' | 'lastError' | 'doneAt'>>;

const COLUMNS: Record<keyof StepPatch, string> = {
  status: 'status',
  resultId: 'result_id',
  resultUrl: 'result_url',
  lastError: 'last_error',
  doneAt: 'done_at',
};

export async function updateStep(sql: Sql, step: Pick<GraphStep, 'runId' | 'step'>, patch: StepPatch): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [step.runId, step.step];
  for (const [key, value] of Object.entries(patch) as [keyof StepPatch, unknown][]) {
    params.push(value);
    sets.push(`${COLUMNS[key]} = $${params.length}`);
  }
  if (sets.length > 0) await sql.query(`UPDATE graph_steps SET ${sets.join(', ')} WHERE run_id = $1 AND step = $2`, params);
}

/**
 * Applies `patch` only if the step is still as it was read (same status and number of tries): a
 * decision about a step (the user's word on an uncertain post) never overwrites a send that started
 * since. False when it changed.
 */
export async function settleStep(sql: Sql, step: Pick<GraphStep, 'runId' | 'step' | 'status' | 'tries'>, patch: StepPatch): Promise<boolean> {
  const sets: string[] = [];
  const params: unknown[] = [step.runId, step.step, step.status, step.tries];
  for (const [key, value] of Object.entries(patch) as [keyof StepPatch, unknown][]) {
    params.push(value);
    sets.push(`${COLUMNS[key]} = $${params.length}`);
  }
  if (sets.length === 0) return true;
  const rows = await sql.query(
    `UPDATE graph_steps SET ${sets.join(', ')} WHERE run_id = $1 AND step = $2 AND status = $3 AND tries = $4 RETURNING step`,
    params,
  );
  return rows.length === 1;
}

/**
 * Marks the step `verzonden` just before its request (keeping when it was first sent), if nobody
 * else did since it was read (same status and number of tries): false means another attempt is
 * sending it.
 */
export async function claimStep(sql: Sql, step: GraphStep, now: string): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE graph_steps SET status = 'verzonden', tries = tries + 1, sent_at = COALESCE(sent_at, $5), last_error = NULL
     WHERE run_id = $1 AND step = $2 AND status = $3 AND tries = $4 RETURNING tries`,
    [step.runId, step.step, step.status, step.tries, now],
  );
  return rows.length === 1;
}

export type RunKind = 'uitnodiging' | 'planner';
export type RunStatus = 'bezig' | 'onzeker' | 'mislukt' | 'klaar';

export interface GraphRun {
  id: string;
  poId: string;
  kind: RunKind;
  status: RunStatus;
  /** The event id (invite) or the plan id (Planner). */
  target: string;
  actorId: string;
  startedAt: string;
  finishedAt: string | null;
  lastError: string | null;
}

const toRun = (r: Record<string, unknown>): GraphRun => ({
  id: String(r.id),
  poId: String(r.po_id),
  kind: r.kind as RunKind,
  status: r.status as RunStatus,
  target: String(r.target),
  actorId: String(r.actor_id),
  startedAt: iso(r.started_at),
  finishedAt: isoOrNull(r.finished_at),
  lastError: (r.last_error as string | null) ?? null,
});

/**
 * Records a new run as `bezig`, unless another run of this kind for the PO is `bezig` and started
 * less than `staleMs` ago (false). An older one is taken to have died with its process: it becomes
 * `onzeker`, and its steps are resolved by the runs after it.
 */
export async function startRun(sql: Sql, run: Omit<GraphRun, 'status' | 'finishedAt' | 'lastError'>, staleMs: number): Promise<boolean> {
  await sql.query(
    `UPDATE graph_runs SET status = 'onzeker', last_error = 'afgebroken: de vorige poging liep niet af'
     WHERE po_id = $1 AND kind = $2 AND status = 'bezig' AND started_at < $3::timestamptz - make_interval(secs => $4)`,
    [run.poId, run.kind, run.startedAt, staleMs / 1000],
  );
  const rows = await sql.query(
    `INSERT INTO graph_runs (id, po_id, kind, status, target, actor_id, started_at) VALUES ($1,$2,$3,'bezig',$4,$5,$6)
     ON CONFLICT (po_id, kind) WHERE status = 'bezig' DO NOTHING RETURNING id`,
    [run.id, run.poId, run.kind, run.target, run.actorId, run.startedAt],
  );
  return rows.length === 1;
}

/** The PO's runs of this kind, oldest first. */
export async function runsOf(sql: Sql, poId: string, kind: RunKind): Promise<GraphRun[]> {
  const rows = await sql.query('SELECT * FROM graph_runs WHERE po_id = $1 AND kind = $2 ORDER BY started_at, id', [poId, kind]);
  return rows.map(toRun);
}

export async function finishRun(sql: Sql, id: string, patch: { status: RunStatus; lastError?: string | null; finishedAt?: string | null }): Promise<void> {
  await sql.query('UPDATE graph_runs SET status = $2, last_error = $3, finished_at = $4 WHERE id = $1', [
    id,
    patch.status,
    patch.lastError ?? null,
    patch.finishedAt ?? null,
  ]);
}

/** A step of some run of the PO, with that run's target (event or plan). */
export interface RunStep extends GraphStep {
  target: string;
}

/**
 * The steps of the PO's runs of this kind, named `prefix…`, that may have left something in
 * Microsoft 365: done (`klaar`) or sent without a known answer (`verzonden`, `onzeker`).
 */
export async function liveSteps(sql: Sql, poId: string, kind: RunKind, prefix: string): Promise<RunStep[]> {
  const rows = await sql.query(
    `SELECT s.*, r.target FROM graph_steps s JOIN graph_runs r ON r.id = s.run_id
     WHERE r.po_id = $1 AND r.kind = $2 AND s.step LIKE $3 AND s.status IN ('verzonden','onzeker','klaar')
     ORDER BY r.started_at, s.position`,
    [poId, kind, `${prefix.replace(/[\\%_]/g, '\\$&')}%`],
  );
  return rows.map((r) => ({ ...toStep(r), target: String(r.target) }));
}

/** Runs of this kind left `onzeker` whose steps are now all settled: closed as `klaar`. */
export async function closeSettledRuns(sql: Sql, poId: string, kind: RunKind, now: string): Promise<void> {
  await sql.query(
    `UPDATE graph_runs r SET status = 'klaar', finished_at = $3
     WHERE r.po_id = $1 AND r.kind = $2 AND r.status = 'onzeker'
       AND NOT EXISTS (SELECT 1 FROM graph_steps s WHERE s.run_id = r.id AND s.status IN ('verzonden','onzeker'))`,
    [poId, kind, now],
  );
}
