/**
 * Issue 15: the raad's register of moties and toezeggingen (PO records link to an entry through
 * `details.raadsItemId`), the reminder settings, and the job table the reminder scheduler claims
 * from with `FOR UPDATE SKIP LOCKED` (safe with several instances; a job's key makes it once only).
 */
export const sql = /* sql */ `
CREATE TABLE raads_items (
  id uuid PRIMARY KEY,
  soort text NOT NULL CHECK (soort IN ('motie','toezegging')),
  nummer text NOT NULL,
  raadsvergadering date NOT NULL,
  titel text NOT NULL,
  indieners text NOT NULL DEFAULT '',
  portefeuillehouder_id text NOT NULL,
  opdrachtnemer_id text REFERENCES users(id),
  deadline date,
  status text NOT NULL CHECK (status IN ('open','in_uitvoering','afgerond','vervallen')),
  created_by text NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX raads_items_nummer ON raads_items (lower(nummer));
CREATE INDEX raads_items_list ON raads_items ((coalesce(deadline, 'infinity'::date)), nummer, id);
CREATE INDEX raads_items_open ON raads_items (portefeuillehouder_id, deadline) WHERE status IN ('open','in_uitvoering');
CREATE INDEX records_raads_item ON records ((details->>'raadsItemId')) WHERE details->>'raadsItemId' IS NOT NULL;

CREATE TABLE reminder_settings (
  id text PRIMARY KEY,
  settings jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  run_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland','bezig','klaar','mislukt')),
  attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_error text,
  result jsonb,
  created_at timestamptz NOT NULL,
  done_at timestamptz
);
CREATE INDEX jobs_due ON jobs (run_at, id) WHERE status IN ('gepland','bezig');
`;
