/**
 * Across POs, as the read policy allows: the follow-up register, the standing item of a PO, the
 * collegeplanning, late stukken and the agenda check. Each works on the POs as the reader sees
 * them (read/po.ts), so records of confidential items reach only those entitled to the item.
 */
import type { AgendaCheck, FollowUpEntry, FollowUpRecord, LateStuk, PoRecord, ReadGrant } from '../../domain';
import { amsterdamDate, checkAgendaFor, criteriaOf, isOverdue, lateStukken, mayOverseeAll, readerOf } from '../../domain';
import { fail } from '../../shared/errors';
import { requireOrganisation, requireRight } from '../commands/context';
import { tracksOf } from '../store/college';
import { accessOf, collegePage, followUpPage, phIdsOf, type CollegeQuery, type FollowUpQuery, type Viewer } from '../store/registers';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { involvedReader, readablePos, readInvolved } from './po';
import type { CollegeplanningEntry } from '../../shared/contract/views';

import type { Paged } from '../../shared/contract/views';

export type { Paged };

/** Who is looking, for the lists' SQL (store/registers.ts narrows; readerOf below decides). */
export async function viewerOf(deps: Deps, actor: Actor, overview: boolean): Promise<Viewer> {
  return { userId: actor.user.id, phIds: await phIdsOf(deps.db, actor.user.id), overview };
}

export const badCursor = (): never =>
  fail('validation', 'Ongeldige cursor: vraag de eerste pagina opnieuw op.', [
    { code: 'invalid_cursor', path: 'query.cursor', message: 'Deze cursor hoort niet bij deze lijst.' },
  ]);

/**
 * Keeps the rows the read policy allows (readerOf on the PO's people, per row), in order. The SQL
 * already narrowed to these; this is the decision, so a mistake there can only shorten a page.
 */
export async function decided<R extends { poId: string; record: PoRecord }>(deps: Deps, actor: Actor, rows: R[], grant: ReadGrant): Promise<R[]> {
  const org = await requireOrganisation(deps.db);
  const access = await accessOf(deps.db, [...new Set(rows.map((r) => r.poId))]);
  return rows.filter((row) => {
    const po = access.get(row.poId);
    return po !== undefined && readerOf(actor.user, { ...po, records: [row.record] }, org, grant).readRecord(row.record);
  });
}

export interface FollowUpListQuery extends Omit<FollowUpQuery, 'overdueBefore' | 'before'> {
  overdue?: boolean;
}

const toEntry =
  (today: string) =>
  (r: {
    record: PoRecord;
    poId: string;
    poTitle: string;
    poStartsAt: string;
    portefeuillehouderId: string;
    agendapuntTitle: string;
    vertrouwelijk: boolean;
  }): FollowUpEntry => ({
    record: r.record as FollowUpRecord,
    poId: r.poId,
    poTitle: r.poTitle,
    poStartsAt: r.poStartsAt,
    portefeuillehouderId: r.portefeuillehouderId,
    agendapuntTitle: r.agendapuntTitle,
    vertrouwelijk: r.vertrouwelijk,
    overdue: isOverdue(r.record as FollowUpRecord, today),
  });

/**
 * The register: overseers (concernadviseur, portefeuillehouder, gemeentesecretaris) see every PO's
 * items that are not confidential; everyone sees the POs they take part in and their own records.
 * Earliest due date first; every open item of every year, page by page.
 */
export async function followUp(deps: Deps, actor: Actor, q: FollowUpListQuery): Promise<Paged<FollowUpEntry>> {
  const today = amsterdamDate(deps.now());
  const { overdue, ...rest } = q;
  const page =
    (await followUpPage(deps.db, await viewerOf(deps, actor, mayOverseeAll(actor.user)), { ...rest, overdueBefore: overdue ? today : undefined })) ??
    badCursor();
  return { items: (await decided(deps, actor, page.items, null)).map(toEntry(today)), nextCursor: page.nextCursor };
}

/**
 * The standing item of a PO: the open follow-up of its portefeuillehouder's earlier POs, for anyone
 * who may read this PO; of the earlier POs they see what is not confidential, and the confidential
 * items they are entitled to there.
 */
export async function standingItem(deps: Deps, actor: Actor, poId: string, q: { cursor?: string; limit?: number } = {}): Promise<Paged<FollowUpEntry>> {
  const { po } = await readInvolved(deps, actor, poId);
  const today = amsterdamDate(deps.now());
  const page =
    (await followUpPage(deps.db, await viewerOf(deps, actor, true), { ...q, portefeuillehouderId: po.portefeuillehouderId, before: po.startsAt })) ??
    badCursor();
  return { items: (await decided(deps, actor, page.items, 'overzicht')).map(toEntry(today)), nextCursor: page.nextCursor };
}

/**
 * Besluitpunten per collegedatum, from every PO, for overseers; confidential ones only for those
 * entitled. A page may end inside a date: the next page goes on with that date.
 */
export async function collegeplanning(deps: Deps, actor: Actor, q: CollegeQuery): Promise<Paged<CollegeplanningEntry>> {
  requireRight(mayOverseeAll(actor.user), 'de collegeplanning te zien');
  const org = await requireOrganisation(deps.db);
  const page = (await collegePage(deps.db, await viewerOf(deps, actor, true), q)) ?? badCursor();
  const byDate = new Map<string, CollegeplanningEntry['besluitpunten']>();
  const rows = await decided(deps, actor, page.items, null);
  const tracks = await tracksOf(
    deps.db,
    rows.map((r) => r.record.id),
  );
  for (const r of rows) {
    const step = tracks.get(r.record.id)?.steps.at(-1);
    if (r.record.kind !== 'besluitpunt' || !r.record.collegeDatum) continue;
    const list = byDate.get(r.record.collegeDatum) ?? [];
    list.push({
      id: r.record.id,
      text: r.record.text,
      poId: r.poId,
      poTitle: r.poTitle,
      portefeuillehouderId: r.portefeuillehouderId,
      portefeuillehouder: org.portefeuillehouders.find((p) => p.id === r.portefeuillehouderId)?.name ?? '',
      agendapuntTitle: r.agendapuntTitle,
      vertrouwelijk: r.vertrouwelijk,
      outsidePurpose: r.record.outsidePurpose,
      college: step ? { state: step.state, date: step.date, note: step.note } : null,
    });
    byDate.set(r.record.collegeDatum, list);
  }
  return { items: [...byDate.entries()].map(([collegeDatum, besluitpunten]) => ({ collegeDatum, besluitpunten })), nextCursor: page.nextCursor };
}

/**
 * The standing item's raad part (issue 15): the raad's moties and toezeggingen of the PO's
 * portefeuillehouder, overdue or due within two weeks (`GET /api/pos/:poId/raadsregister`).
 */
export { raadsStanding } from './raadsregister';

/** Open follow-up of a portefeuillehouder's POs before `startsAt`: the standing item's count when a PO is made. */
export { countOpenFollowUp } from '../store/registers';

export async function lateStukkenOf(deps: Deps, actor: Actor, poId: string): Promise<LateStuk[]> {
  const { po, org } = await readInvolved(deps, actor, poId);
  return lateStukken(po, org, deps.now());
}

/** Late stukken of all upcoming POs this user takes part in. */
export async function lateStukkenAll(deps: Deps, actor: Actor): Promise<LateStuk[]> {
  const now = deps.now();
  const pos = await readablePos(deps, actor, { statuses: ['concept', 'vastgesteld'] });
  return pos.filter((r) => r.reader.basis === 'betrokken').flatMap(({ po, org }) => lateStukken(po, org, now));
}

/** What stands in the way of vaststellen, with unreadable items named by their placeholder only. */
export async function agendaCheckFor(deps: Deps, actor: Actor, poId: string): Promise<AgendaCheck> {
  const { full, reader, org } = await involvedReader(deps, actor, poId);
  return checkAgendaFor(full, reader, criteriaOf(org));
}
