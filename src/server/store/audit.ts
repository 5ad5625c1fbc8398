/** The append-only audit log (BIO): action, object, result, actor, origin, time, before and after. */
import type { Sql } from './db';
import { iso } from './rows';

export interface Origin {
  ip: string;
  userAgent: string;
  requestId: string;
}

export interface AuditEntry {
  actor: { id: string | null; name: string };
  action: string;
  objectType: string;
  objectId: string | null;
  poId?: string | null;
  result: 'geslaagd' | 'geweigerd' | 'mislukt';
  origin: Origin;
  before?: unknown;
  after?: unknown;
}

/** Keys whose values never enter the log. */
const SECRET_KEYS = /token|secret|password|authorization|assertion|contentbytes/i;

export function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[verwijderd]' : scrub(v)]));
  }
  return value;
}

/** The audit_log columns an entry fills, and their values (secrets scrubbed), in that order. */
export const AUDIT_COLUMNS = 'actor_id, actor_name, action, object_type, object_id, po_id, result, origin, before, after';
export function auditValues(e: AuditEntry): unknown[] {
  return [
    e.actor.id,
    e.actor.name,
    e.action,
    e.objectType,
    e.objectId,
    e.poId ?? null,
    e.result,
    JSON.stringify(scrub(e.origin)),
    e.before === undefined ? null : JSON.stringify(scrub(e.before)),
    e.after === undefined ? null : JSON.stringify(scrub(e.after)),
  ];
}

export async function appendAudit(sql: Sql, e: AuditEntry): Promise<void> {
  await sql.query(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`, auditValues(e));
}

export interface AuditRow extends Omit<AuditEntry, 'actor'> {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string;
}

export async function listAudit(sql: Sql, q: { poId?: string; limit?: number } = {}): Promise<AuditRow[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT * FROM audit_log ${q.poId ? 'WHERE po_id = $2' : ''} ORDER BY id DESC LIMIT $1`,
    q.poId ? [q.limit ?? 200, q.poId] : [q.limit ?? 200],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: iso(r.at),
    actorId: r.actor_id as string | null,
    actorName: String(r.actor_name),
    action: String(r.action),
    objectType: String(r.object_type),
    objectId: r.object_id as string | null,
    poId: r.po_id as string | null,
    result: r.result as AuditEntry['result'],
    origin: r.origin as Origin,
    before: r.before,
    after: r.after,
  }));
}
