/** Stukken delivered late against the organisation's delivery deadline. */
import { orderedItems } from './agenda';
import { stukkenDeadline } from './dates';
import type { OrganisationConfig, Po } from './model';

export interface LateStuk {
  poId: string;
  agendapuntId: string;
  agendapuntTitle: string;
  opdrachtnemerId: string | null;
  stukId: string;
  title: string;
  deadline: string;
  deliveredAt: string | null;
  /** Missing after the deadline, or delivered after it. */
  reason: 'ontbreekt' | 'te_laat';
}

export function deadlineFor(po: Pick<Po, 'startsAt'>, org: Pick<OrganisationConfig, 'stukkenDeadline'>): Date {
  return stukkenDeadline(new Date(po.startsAt), org.stukkenDeadline.weekday, org.stukkenDeadline.time);
}

export function lateStukken(po: Po, org: Pick<OrganisationConfig, 'stukkenDeadline'>, now: Date): LateStuk[] {
  const deadline = deadlineFor(po, org);
  const late: LateStuk[] = [];
  for (const item of orderedItems(po.agendapunten, po.sections)) {
    for (const stuk of item.stukken) {
      const delivered = stuk.deliveredAt ? new Date(stuk.deliveredAt) : null;
      const reason = delivered ? (delivered > deadline ? 'te_laat' : null) : now > deadline ? 'ontbreekt' : null;
      if (!reason) continue;
      late.push({
        poId: po.id,
        agendapuntId: item.id,
        agendapuntTitle: item.title,
        opdrachtnemerId: item.opdrachtnemerId,
        stukId: stuk.id,
        title: stuk.title,
        deadline: deadline.toISOString(),
        deliveredAt: stuk.deliveredAt,
        reason,
      });
    }
  }
  return late;
}
