/**
 * PostgreSQL errors as data. Both drivers (pg's DatabaseError, PGlite's) carry the same fields:
 * the SQLSTATE `code`, the `constraint` and `table`, and a `detail` that names the key, e.g.
 * `Key (owner_id)=(u-x) is not present in table "users".` Commands use this to recognise the
 * violations they expect; the error handler to answer the others that the client caused.
 */

export const SQLSTATE = {
  foreignKeyViolation: '23503',
  uniqueViolation: '23505',
} as const;

export interface DatabaseFailure {
  code: string;
  constraint: string | null;
  table: string | null;
  /** Columns of the violated key, from the detail (`Key (po_id, version)=...` gives both). */
  columns: string[];
  /** The key's value as Postgres printed it. */
  value: string | null;
  /** Foreign key: the table that has no such row (`is not present in table "users"`). */
  referencedTable: string | null;
  /** Foreign key: the row being removed or changed is still referenced from elsewhere. */
  stillReferenced: boolean;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The database error in `err`, or null when it is not one (SQLSTATE: five characters, with a severity). */
export function databaseFailure(err: unknown): DatabaseFailure | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as Record<string, unknown>;
  if (typeof e.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code) || typeof e.severity !== 'string') return null;
  const detail = str(e.detail) ?? '';
  const key = /^Key \((.+?)\)=\((.*)\)/.exec(detail);
  return {
    code: e.code,
    constraint: str(e.constraint),
    table: str(e.table),
    columns: key?.[1]?.split(', ') ?? [],
    value: key?.[2] ?? null,
    referencedTable: /is not present in table "([^"]+)"/.exec(detail)?.[1] ?? null,
    stillReferenced: /is still referenced from table/.test(detail),
  };
}

/** True when `err` is a violation (`code`) of `constraint`, e.g. a unique violation on `records_pkey`. */
export function violates(err: unknown, code: string, constraint: string): boolean {
  const failure = databaseFailure(err);
  return failure?.code === code && failure.constraint === constraint;
}
