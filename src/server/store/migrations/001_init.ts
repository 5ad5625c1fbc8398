/** The initial schema: organisation, users, POs with agenda and records, verzoeken, verslag versions, audit log. */
export const sql = /* sql */ `
CREATE TABLE organisation (
  id text PRIMARY KEY,
  config jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id text PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL,
  roles text[] NOT NULL DEFAULT '{}',
  functie text NOT NULL DEFAULT '',
  entra_id text UNIQUE,
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE pos (
  id uuid PRIMARY KEY,
  portefeuillehouder_id text NOT NULL,
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('concept','vastgesteld','gestart','afgesloten','gepubliceerd')),
  concernadviseur_id text REFERENCES users(id),
  notulist_id text REFERENCES users(id),
  participant_ids text[] NOT NULL DEFAULT '{}',
  aanwezigen text[] NOT NULL DEFAULT '{}',
  sections text[] NOT NULL,
  current_agendapunt_id uuid,
  teams_meeting_chat_id text UNIQUE,
  vastgesteld_at timestamptz,
  started_at timestamptz,
  ended_at timestamptz,
  approved_by text REFERENCES users(id),
  approved_at timestamptz,
  published_version integer NOT NULL DEFAULT 0,
  correction_open boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL DEFAULT 0,
  created_by text NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pos_ph_starts ON pos (portefeuillehouder_id, starts_at);

CREATE TABLE agendapunten (
  id uuid PRIMARY KEY,
  po_id uuid NOT NULL REFERENCES pos(id) ON DELETE CASCADE,
  section text NOT NULL,
  position integer NOT NULL,
  title text NOT NULL,
  purpose text CHECK (purpose IN ('beeldvorming','oordeelsvorming','besluitvorming')),
  toelichting text NOT NULL DEFAULT '',
  voorgesteld_besluit text NOT NULL DEFAULT '',
  opdrachtnemer_id text REFERENCES users(id),
  adviseur_ids text[] NOT NULL DEFAULT '{}',
  stukken jsonb NOT NULL DEFAULT '[]',
  kwaliteitstoets_by text REFERENCES users(id),
  kwaliteitstoets_at timestamptz,
  vertrouwelijk boolean NOT NULL DEFAULT false,
  planned_minutes integer,
  beoogde_collegedatum date,
  bespreking text NOT NULL DEFAULT '',
  standing boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agendapunten_po ON agendapunten (po_id);

CREATE TABLE records (
  id uuid PRIMARY KEY,
  po_id uuid NOT NULL REFERENCES pos(id) ON DELETE CASCADE,
  agendapunt_id uuid NOT NULL REFERENCES agendapunten(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('besluitpunt','actiepunt','toezegging','motie')),
  text text NOT NULL,
  owner_id text REFERENCES users(id),
  owner_name text NOT NULL DEFAULT '',
  due_date date,
  status text CHECK (status IN ('open','in_uitvoering','afgerond','vervallen')),
  college_datum date,
  details jsonb NOT NULL DEFAULT '{}',
  created_by text NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX records_po ON records (po_id);
CREATE INDEX records_open ON records (status) WHERE deleted_at IS NULL AND kind <> 'besluitpunt';
CREATE INDEX records_college ON records (college_datum) WHERE kind = 'besluitpunt' AND deleted_at IS NULL;

CREATE TABLE agendaverzoeken (
  id uuid PRIMARY KEY,
  po_id uuid NOT NULL REFERENCES pos(id) ON DELETE CASCADE,
  proposed_by text NOT NULL REFERENCES users(id),
  title text NOT NULL,
  purpose text CHECK (purpose IN ('beeldvorming','oordeelsvorming','besluitvorming')),
  toelichting text NOT NULL DEFAULT '',
  opdrachtnemer_id text REFERENCES users(id),
  vertrouwelijk boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('ingediend','geaccepteerd','afgewezen')),
  decided_by text REFERENCES users(id),
  decided_at timestamptz,
  reason text NOT NULL DEFAULT '',
  agendapunt_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agendaverzoeken_po ON agendaverzoeken (po_id);

-- Published verslagen are kept permanently (Archiefwet): versions are never changed or deleted.
CREATE TABLE verslag_versions (
  id uuid PRIMARY KEY,
  po_id uuid NOT NULL REFERENCES pos(id),
  version integer NOT NULL,
  model jsonb NOT NULL,
  public_model jsonb NOT NULL,
  search_text text NOT NULL DEFAULT '',
  reason text NOT NULL DEFAULT '',
  published_by text NOT NULL REFERENCES users(id),
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (po_id, version)
);

-- The BIO log: who did what to which object, with what result, from where, and when.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text,
  actor_name text NOT NULL DEFAULT '',
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text,
  po_id uuid,
  result text NOT NULL CHECK (result IN ('geslaagd','geweigerd')),
  origin jsonb NOT NULL DEFAULT '{}',
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_po ON audit_log (po_id, id);

-- Every change to a PO, numbered per PO: the live channel replays these.
CREATE TABLE po_changes (
  po_id uuid NOT NULL REFERENCES pos(id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text,
  type text NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (po_id, seq)
);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% op % is niet toegestaan: deze gegevens worden permanent bewaard', TG_OP, TG_TABLE_NAME;
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER verslag_versions_permanent BEFORE UPDATE OR DELETE ON verslag_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE FUNCTION refuse_published_po_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.published_version > 0 THEN
    RAISE EXCEPTION 'een PO met een gepubliceerd verslag wordt niet verwijderd';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER pos_keep_published BEFORE DELETE ON pos
  FOR EACH ROW EXECUTE FUNCTION refuse_published_po_delete();
`;
