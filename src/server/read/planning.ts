/**
 * The langetermijnplanning for overseers (concernadviseur, portefeuillehouder, gemeentesecretaris):
 * items per month with their intended college and raad dates; a confidential item only for those
 * who may read it (readerOf decides each row after the SQL narrowed).
 */
import { mayOverseeAll, readerOf } from '../../domain';
import type { PlanningItem, PlanningView } from '../../shared/contract/planning';
import { requireOrganisation, requireRight } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { planningPage, type PlanningQuery } from '../store/planning';
import { accessOf } from '../store/registers';
import { badCursor, viewerOf } from './registers';

export async function langetermijnplanning(deps: Deps, actor: Actor, q: PlanningQuery): Promise<PlanningView> {
  requireRight(mayOverseeAll(actor.user), 'de langetermijnplanning te zien');
  const org = await requireOrganisation(deps.db);
  const page = (await planningPage(deps.db, await viewerOf(deps, actor, true), q)) ?? badCursor();
  const access = await accessOf(deps.db, [...new Set(page.items.map((r) => r.poId))]);
  const items = page.items.flatMap((r): PlanningItem[] => {
    const po = access.get(r.poId);
    if (!po || !readerOf(actor.user, po, org, 'overzicht').readItem(r.agendapuntId)) return [];
    const first = r.beoogdeCollegedatum ?? r.beoogdeRaadsdatum ?? '';
    return [{ ...r, maand: first.slice(0, 7), portefeuillehouder: org.portefeuillehouders.find((p) => p.id === r.portefeuillehouderId)?.name ?? '' }];
  });
  return { items, nextCursor: page.nextCursor };
}

/** Every page (at most 10 000 rows), for the export. */
export async function wholePlanning(deps: Deps, actor: Actor, q: Omit<PlanningQuery, 'cursor' | 'limit'>): Promise<PlanningItem[]> {
  const items: PlanningItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await langetermijnplanning(deps, actor, { ...q, cursor, limit: 200 });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < 10_000);
  return items;
}

const cell = (v: string | null): string => `"${(v ?? '').replace(/"/g, '""')}"`;

/** The export as CSV (semicolons, as Dutch Excel reads it; a BOM so it opens as UTF-8). */
export function planningCsv(items: PlanningItem[]): string {
  const head = ['Maand', 'Portefeuillehouder', 'Agendapunt', 'Categorie', 'Raadsthema', 'Portefeuille', 'Beoogde collegedatum', 'Beoogde raadsdatum', 'PO'];
  const rows = items.map((i) =>
    [i.maand, i.portefeuillehouder, i.title, i.categorie, i.raadsthema, i.portefeuille, i.beoogdeCollegedatum, i.beoogdeRaadsdatum, i.poTitle]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${[head.map(cell).join(';'), ...rows].join('\r\n')}\r\n`;
}
