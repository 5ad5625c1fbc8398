/** Writing agendapunten (part of the PO repository, store/pos.ts, which re-exports these). */
import type { Agendapunt } from '../../domain';
import type { Sql } from './db';

const ITEM_COLUMNS = {
  section: 'section',
  position: 'position',
  title: 'title',
  purpose: 'purpose',
  toelichting: 'toelichting',
  voorgesteldBesluit: 'voorgesteld_besluit',
  opdrachtnemerId: 'opdrachtnemer_id',
  adviseurIds: 'adviseur_ids',
  stukken: 'stukken',
  vertrouwelijk: 'vertrouwelijk',
  plannedMinutes: 'planned_minutes',
  beoogdeCollegedatum: 'beoogde_collegedatum',
  beoogdeRaadsdatum: 'beoogde_raadsdatum',
  portefeuille: 'portefeuille',
  raadsthema: 'raadsthema',
  categorie: 'categorie',
  bespreking: 'bespreking',
  standing: 'standing',
  afhandeling: 'afhandeling',
  toetsCriteria: 'toets_criteria',
  toetsOverruled: 'toets_overruled',
} as const;

const JSON_ITEM_COLUMNS = new Set(['stukken', 'toetsCriteria', 'toetsOverruled']);
const columnValue = (key: string, value: unknown): unknown => (JSON_ITEM_COLUMNS.has(key) && value !== null ? JSON.stringify(value) : (value ?? null));

export async function insertAgendapunt(sql: Sql, poId: string, item: Agendapunt): Promise<void> {
  const keys = Object.keys(ITEM_COLUMNS) as (keyof typeof ITEM_COLUMNS)[];
  const params: unknown[] = [item.id, poId, ...keys.map((k) => columnValue(k, item[k]))];
  await sql.query(
    `INSERT INTO agendapunten (id, po_id, ${keys.map((k) => ITEM_COLUMNS[k]).join(', ')})
     VALUES ($1, $2, ${keys.map((_, i) => `$${i + 3}`).join(', ')})`,
    params,
  );
}

export async function updateAgendapunt(sql: Sql, id: string, patch: Partial<Agendapunt>, now: string): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id, now];
  for (const [key, column] of Object.entries(ITEM_COLUMNS)) {
    if (key in patch) {
      params.push(columnValue(key, (patch as Record<string, unknown>)[key]));
      sets.push(`${column} = $${params.length}`);
    }
  }
  if ('kwaliteitstoets' in patch) {
    params.push(patch.kwaliteitstoets?.confirmedBy ?? null, patch.kwaliteitstoets?.confirmedAt ?? null);
    sets.push(`kwaliteitstoets_by = $${params.length - 1}`, `kwaliteitstoets_at = $${params.length}`);
  }
  await sql.query(`UPDATE agendapunten SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1`, params);
}

export async function deleteAgendapunt(sql: Sql, id: string): Promise<void> {
  await sql.query('DELETE FROM agendapunten WHERE id = $1', [id]);
}
