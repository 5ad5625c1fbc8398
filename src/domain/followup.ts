/** The follow-up register: actiepunten, toezeggingen and moties followed across POs. */
import type { FollowUpRecord, FollowUpStatus, Po, PoRecord } from './model';
import { isFollowUp } from './model';

export const OPEN_STATUSES: FollowUpStatus[] = ['open', 'in_uitvoering'];

export interface FollowUpEntry {
  record: FollowUpRecord;
  poId: string;
  poTitle: string;
  poStartsAt: string;
  portefeuillehouderId: string;
  agendapuntTitle: string;
  vertrouwelijk: boolean;
  overdue: boolean;
}

export interface FollowUpFilter {
  portefeuillehouderId?: string;
  ownerId?: string;
  overdueOnly?: boolean;
  includeClosed?: boolean;
}

export const isOpen = (r: PoRecord): boolean => isFollowUp(r) && OPEN_STATUSES.includes(r.status);

export function isOverdue(r: FollowUpRecord, today: string): boolean {
  return OPEN_STATUSES.includes(r.status) && r.dueDate !== null && r.dueDate < today;
}

/** Register entries from the given POs, earliest due date first (no date last), then by PO date. */
export function followUpRegister(pos: Po[], today: string, filter: FollowUpFilter = {}): FollowUpEntry[] {
  const entries: FollowUpEntry[] = [];
  for (const po of pos) {
    if (filter.portefeuillehouderId && po.portefeuillehouderId !== filter.portefeuillehouderId) continue;
    for (const record of po.records) {
      if (!isFollowUp(record)) continue;
      if (!filter.includeClosed && !OPEN_STATUSES.includes(record.status)) continue;
      if (filter.ownerId && record.ownerId !== filter.ownerId) continue;
      const overdue = isOverdue(record, today);
      if (filter.overdueOnly && !overdue) continue;
      const item = po.agendapunten.find((i) => i.id === record.agendapuntId);
      entries.push({
        record,
        poId: po.id,
        poTitle: po.title,
        poStartsAt: po.startsAt,
        portefeuillehouderId: po.portefeuillehouderId,
        agendapuntTitle: item?.title ?? '',
        vertrouwelijk: item?.vertrouwelijk ?? false,
        overdue,
      });
    }
  }
  return entries.sort((a, b) => (a.record.dueDate ?? '9999').localeCompare(b.record.dueDate ?? '9999') || a.poStartsAt.localeCompare(b.poStartsAt));
}

/**
 * What the next PO of the same portefeuillehouder is offered as its standing item: the open
 * follow-up of that portefeuillehouder's earlier POs.
 */
export function standingItemFor(po: Po, earlier: Po[], today: string): FollowUpEntry[] {
  const before = earlier.filter((p) => p.id !== po.id && p.portefeuillehouderId === po.portefeuillehouderId && p.startsAt < po.startsAt);
  return followUpRegister(before, today);
}

export const STANDING_ITEM_TITLE = 'Voortgang actiepunten, toezeggingen en moties';
