/**
 * The audit log as this user may read it: who did what, when, from where and with what result, for
 * everyone allowed to read the log; the before and after values of confidential content only for
 * those who may read that item (domain/readPolicy.ts), as the PO is now.
 */
import type { OrganisationConfig, PoReader, User } from '../../domain';
import { readerOf } from '../../domain';
import { requireOrganisation, requireRight } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { listAudit, type AuditRow } from '../store/audit';
import { loadPo, recordItemIds, type LoadedPo } from '../store/pos';

/** What a value shows in place of content the reader may not see. */
export const HIDDEN_AUDIT_VALUE = { vertrouwelijk: '[afgeschermd]' } as const;

export const mayReadAudit = (user: Pick<User, 'roles'>): boolean => user.roles.some((r) => r === 'concernadviseur' || r === 'gemeentesecretaris');

export async function auditFor(deps: Deps, actor: Actor, q: { poId?: string; limit?: number }): Promise<AuditRow[]> {
  requireRight(mayReadAudit(actor.user), 'het auditlog te lezen');
  const org = await requireOrganisation(deps.db);
  const rows = await listAudit(deps.db, q);
  const pos = new Map<string, { po: LoadedPo | null; recordItems: Map<string, string> }>();
  for (const id of new Set(rows.map((r) => r.poId).filter((id): id is string => id !== null))) {
    pos.set(id, { po: await loadPo(deps.db, id), recordItems: await recordItemIds(deps.db, id) });
  }
  return rows.map((row) => redactRow(row, actor.user, org, row.poId ? pos.get(row.poId) : undefined));
}

type Known = { po: LoadedPo | null; recordItems: Map<string, string> } | undefined;

/** The row with every value the reader may not see replaced; the row itself (who, what, when) stays. */
export function redactRow(row: AuditRow, user: User, org: OrganisationConfig, known: Known): AuditRow {
  const reader = known?.po ? readerOf(user, known.po, org, 'overzicht') : null;
  const itemOf = (objectId: string | null): string | null =>
    objectId === null ? null : known?.po?.agendapunten.some((i) => i.id === objectId) ? objectId : (known?.recordItems.get(objectId) ?? null);
  const aboutItem = itemOf(row.objectId);
  if (aboutItem && reader && !reader.readItem(aboutItem) && known?.po?.agendapunten.find((i) => i.id === aboutItem)?.vertrouwelijk) {
    return { ...row, before: hide(row.before), after: hide(row.after) };
  }
  const clean = (v: unknown): unknown => redactValue(v, user, org, reader);
  return { ...row, before: clean(row.before), after: clean(row.after) };
}

const hide = (v: unknown): unknown => (v === undefined || v === null ? v : HIDDEN_AUDIT_VALUE);

/**
 * Walks a logged value: an agendapunt, verzoek or verslag item marked confidential, or a record of
 * an item the reader may not read, is replaced. A whole PO in the value (a removed PO) is judged by
 * itself. Items no longer on the PO are shown only to those entitled to every item of it.
 */
export function redactValue(value: unknown, user: User, org: OrganisationConfig, reader: PoReader | null): unknown {
  if (Array.isArray(value)) return value.map((v) => redactValue(v, user, org, reader));
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  // A whole PO (logged when it was created or removed): its own items decide.
  if (Array.isArray(o.agendapunten) && typeof o.portefeuillehouderId === 'string') {
    const own = readerOf(user, { records: [], participantIds: [], concernadviseurId: null, notulistId: null, ...o } as never, org, 'overzicht');
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, redactValue(v, user, org, own)]));
  }
  const confidential = o.vertrouwelijk === true || o.geheim === true;
  if (confidential && !mayReadConfidential(o, reader)) return HIDDEN_AUDIT_VALUE;
  if (
    typeof o.agendapuntId === 'string' &&
    typeof o.kind === 'string' &&
    reader &&
    !reader.readItem(o.agendapuntId) &&
    !readableElsewhere(o.agendapuntId, reader)
  )
    return HIDDEN_AUDIT_VALUE;
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, redactValue(v, user, org, reader)]));
}

/** A confidential object: the item itself (by id), the item a verzoek became, or a removed one. */
function mayReadConfidential(o: Record<string, unknown>, reader: PoReader | null): boolean {
  if (!reader) return false;
  for (const key of ['id', 'agendapuntId'] as const) {
    const id = o[key];
    if (typeof id === 'string' && reader.known(id)) return reader.readItem(id);
  }
  return reader.readsAll;
}

/** A record of an item no longer on the PO: readable by those entitled to every item. */
const readableElsewhere = (itemId: string, reader: PoReader): boolean => !reader.known(itemId) && reader.readsAll;
