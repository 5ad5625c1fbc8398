/** What the reminder scheduler reads: its settings, the PO records due around today, the digest's counts. */
import type { ReminderSettings } from '../../domain';
import { DEFAULT_REMINDER_SETTINGS } from '../../domain';
import type { Sql } from './db';
import { iso } from './rows';

const SETTINGS_ID = 'organisatie';

export async function loadReminderSettings(sql: Sql): Promise<ReminderSettings> {
  const [row] = await sql.query<{ settings: ReminderSettings }>('SELECT settings FROM reminder_settings WHERE id = $1', [SETTINGS_ID]);
  return row ? { ...DEFAULT_REMINDER_SETTINGS, ...row.settings } : DEFAULT_REMINDER_SETTINGS;
}

export async function saveReminderSettings(sql: Sql, settings: ReminderSettings, now: string): Promise<void> {
  await sql.query(
    `INSERT INTO reminder_settings (id, settings, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at`,
    [SETTINGS_ID, JSON.stringify(settings), now],
  );
}

/** An open PO record with an owner, as a reminder needs it (the text only travels when the item is not confidential). */
export interface DueRecord {
  id: string;
  kind: 'actiepunt' | 'toezegging' | 'motie';
  ownerId: string;
  dueDate: string;
  text: string;
  vertrouwelijk: boolean;
  poId: string;
}

const day = (v: unknown): string => (v instanceof Date ? iso(v).slice(0, 10) : String(v).slice(0, 10));

/** Open actiepunten, toezeggingen and moties of PO's with an owner and a due date in [from, to]. */
export async function recordsDueBetween(sql: Sql, from: string, to: string): Promise<DueRecord[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT r.id, r.kind, r.owner_id, r.due_date, r.text, a.vertrouwelijk, r.po_id
     FROM records r JOIN agendapunten a ON a.id = r.agendapunt_id
     WHERE r.deleted_at IS NULL AND r.kind <> 'besluitpunt' AND r.status IN ('open','in_uitvoering') AND r.owner_id IS NOT NULL
       AND coalesce(r.due_date, 'infinity'::date) BETWEEN $1::date AND $2::date`,
    [from, to],
  );
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind as DueRecord['kind'],
    ownerId: String(r.owner_id),
    dueDate: day(r.due_date),
    text: String(r.text),
    vertrouwelijk: r.vertrouwelijk === true,
    poId: String(r.po_id),
  }));
}

/** One record as a reminder sends it, now: null when deleted, closed or without owner. */
export async function dueRecord(sql: Sql, id: string): Promise<DueRecord | null> {
  const [r] = await sql.query<Record<string, unknown>>(
    `SELECT r.id, r.kind, r.owner_id, r.due_date, r.text, a.vertrouwelijk, r.po_id FROM records r JOIN agendapunten a ON a.id = r.agendapunt_id
     WHERE r.id = $1 AND r.deleted_at IS NULL AND r.status IN ('open','in_uitvoering') AND r.owner_id IS NOT NULL AND r.due_date IS NOT NULL`,
    [id],
  );
  return r
    ? {
        id: String(r.id),
        kind: r.kind as DueRecord['kind'],
        ownerId: String(r.owner_id),
        dueDate: day(r.due_date),
        text: String(r.text),
        vertrouwelijk: r.vertrouwelijk === true,
        poId: String(r.po_id),
      }
    : null;
}

/**
 * The weekly digest's counts on `today`, per concernadviseur: open actiepunten, toezeggingen and
 * moties of their POs, plus the open raadsregister entries that are theirs to follow up: of a
 * portefeuillehouder whose PO they support, entered by them, or assigned to them. Those entries
 * are also counted apart (`raadsOpen`). An entry counts once per concernadviseur. Only users who
 * are a PO's concernadviseur or have that role get one.
 */
export async function digestCounts(sql: Sql, today: string): Promise<{ userId: string; open: number; overdue: number; raadsOpen: number }[]> {
  const rows = await sql.query<{ user_id: string; open: number; overdue: number; raads_open: number }>(
    `WITH po_items AS (
       SELECT p.concernadviseur_id AS user_id, r.due_date AS due
       FROM records r JOIN pos p ON p.id = r.po_id
       WHERE r.deleted_at IS NULL AND r.kind <> 'besluitpunt' AND r.status IN ('open','in_uitvoering') AND p.concernadviseur_id IS NOT NULL
     ), raads AS (
       SELECT DISTINCT k.user_id, i.id, i.deadline AS due
       FROM raads_items i
       CROSS JOIN LATERAL (
         SELECT p.concernadviseur_id AS user_id FROM pos p WHERE p.portefeuillehouder_id = i.portefeuillehouder_id AND p.concernadviseur_id IS NOT NULL
         UNION SELECT i.created_by
         UNION SELECT i.opdrachtnemer_id WHERE i.opdrachtnemer_id IS NOT NULL
       ) k
       WHERE i.status IN ('open','in_uitvoering')
     ), items AS (
       SELECT user_id, due, false AS raad FROM po_items UNION ALL SELECT user_id, due, true FROM raads
     )
     SELECT items.user_id, count(*)::int AS open, count(*) FILTER (WHERE items.due < $1::date)::int AS overdue,
       count(*) FILTER (WHERE items.raad)::int AS raads_open
     FROM items JOIN users u ON u.id = items.user_id
     WHERE 'concernadviseur' = ANY(u.roles) OR EXISTS (SELECT 1 FROM pos p WHERE p.concernadviseur_id = items.user_id)
     GROUP BY items.user_id`,
    [today],
  );
  return rows.map((r) => ({ userId: r.user_id, open: r.open, overdue: r.overdue, raadsOpen: r.raads_open }));
}

/** The id Graph knows a user by: the Entra object id, else the e-mail address (UPN); null for an unknown user. */
export async function recipientOf(sql: Sql, userId: string): Promise<string | null> {
  const [row] = await sql.query<{ entra_id: string | null; email: string }>('SELECT entra_id, email FROM users WHERE id = $1', [userId]);
  return row ? (row.entra_id ?? (row.email || null)) : null;
}

/** What an "agenda ter vaststelling" notification needs at send time: is the proposal still open. */
export interface OpenProposal {
  title: string;
  status: string;
  /** When the open proposal was made, and by whom; null when there is none (withdrawn, sent back, vastgesteld). */
  voorstel: { at: string; byName: string } | null;
}

export async function openProposal(sql: Sql, poId: string): Promise<OpenProposal | null> {
  const [row] = await sql.query<{ title: string; status: string; vaststelling_voorstel: { at: string; byName: string } | null }>(
    'SELECT title, status, vaststelling_voorstel FROM pos WHERE id = $1',
    [poId],
  );
  if (!row) return null;
  const v = row.vaststelling_voorstel;
  return { title: row.title, status: row.status, voorstel: v ? { at: v.at, byName: v.byName } : null };
}
