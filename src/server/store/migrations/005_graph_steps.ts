/**
 * Exactly once through Graph (issue 11): every write PO-overleg makes in Microsoft 365 is a step
 * recorded before its request and after its answer, so a crash or a lost answer is resumed from
 * the record and never guessed.
 * - `graph_runs`: one sending of the agenda to the invite, or of the actiepunten to Planner (a
 *   publication of the verslag is its `publications` row). One run per PO and kind is `bezig` at a
 *   time; others may stay `onzeker` until a later run has resolved their steps.
 * - `graph_steps`: the steps of a run or a publication (`run_id` is a `graph_runs` or a
 *   `publications` id, hence no foreign key): what will be sent (`request`), what finds it again
 *   when the answer was lost (`marker`), and what Graph answered (`result_id`, `result_url`).
 *   gepland -> verzonden (recorded just before the request) -> klaar (after the answer), or
 *   onzeker (the answer was lost and looking did not settle it); `vervallen`: resolved as not
 *   there, or replaced by a later run.
 */
export const sql = /* sql */ `
CREATE TABLE graph_runs (
  id uuid PRIMARY KEY,
  po_id uuid NOT NULL REFERENCES pos(id),
  kind text NOT NULL CHECK (kind IN ('uitnodiging','planner')),
  status text NOT NULL CHECK (status IN ('bezig','onzeker','mislukt','klaar')),
  target text NOT NULL,
  actor_id text NOT NULL REFERENCES users(id),
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  last_error text
);
CREATE INDEX graph_runs_po ON graph_runs (po_id, kind, started_at);
CREATE UNIQUE INDEX graph_runs_one_running ON graph_runs (po_id, kind) WHERE status = 'bezig';

CREATE TABLE graph_steps (
  run_id uuid NOT NULL,
  step text NOT NULL,
  position integer NOT NULL,
  status text NOT NULL CHECK (status IN ('gepland','verzonden','onzeker','klaar','vervallen')),
  request jsonb,
  marker text,
  result_id text,
  result_url text,
  tries integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at timestamptz,
  done_at timestamptz,
  PRIMARY KEY (run_id, step)
);
`;
