/** Applies the SQL migrations in order, each in its own transaction, once. */
import type { Database } from './db';
import * as m001 from './migrations/001_init';
import * as m002 from './migrations/002_publications';
import * as m003 from './migrations/003_timings';
import * as m004 from './migrations/004_record_owners';
import * as m005 from './migrations/005_graph_steps';
import * as m006 from './migrations/006_registers';
import * as m007 from './migrations/007_transcripts';
import * as m008 from './migrations/008_mapped_roles';
import * as m009 from './migrations/009_after_meeting';
import * as m010 from './migrations/010_po_overleg_voor';
import * as m011 from './migrations/011_vaststelling_toets';
import * as m012 from './migrations/012_college';
import * as m013 from './migrations/013_raadsregister';
import * as m014 from './migrations/014_jobs_purge';
import * as m015 from './migrations/015_open_follow_up_per_po';

const MIGRATIONS: { id: string; sql: string }[] = [
  { id: '001_init', sql: m001.sql },
  { id: '002_publications', sql: m002.sql },
  { id: '003_timings', sql: m003.sql },
  { id: '004_record_owners', sql: m004.sql },
  { id: '005_graph_steps', sql: m005.sql },
  { id: '006_registers', sql: m006.sql },
  { id: '007_transcripts', sql: m007.sql },
  { id: '008_mapped_roles', sql: m008.sql },
  { id: '009_after_meeting', sql: m009.sql },
  { id: '010_po_overleg_voor', sql: m010.sql },
  { id: '011_vaststelling_toets', sql: m011.sql },
  { id: '012_college', sql: m012.sql },
  { id: '013_raadsregister', sql: m013.sql },
  { id: '014_jobs_purge', sql: m014.sql },
  { id: '015_open_follow_up_per_po', sql: m015.sql },
];

export async function migrate(db: Pick<Database, 'query' | 'tx'>): Promise<string[]> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    const done = await db.tx(async (sql) => {
      // Serialise concurrent starts of several instances on one PostgreSQL.
      await sql.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      const rows = await sql.query('SELECT 1 FROM schema_migrations WHERE id = $1', [m.id]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(m.sql)) await sql.query(statement);
      await sql.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}

/** Migrations of this version not yet applied to the database (readiness: empty when migrated). */
export async function pendingMigrations(db: Pick<Database, 'query'>): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id FROM schema_migrations');
  const applied = new Set(rows.map((r) => r.id));
  return MIGRATIONS.map((m) => m.id).filter((id) => !applied.has(id));
}

/** Splits a migration into statements, keeping `$$ ... $$` function bodies whole. */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of script.split('\n')) {
    if (line.trim().startsWith('--') && !inDollar) continue;
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inDollar = !inDollar;
    if (!inDollar && line.trim().endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
