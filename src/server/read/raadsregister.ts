/**
 * Reading the raad's register. Its entries are the raad's public business (motie, toezegging,
 * griffie's number, deadline): every signed-in user may read them. What PO discussions referenced an
 * entry is PO content: each reference is decided with `readerOf` like any record, so a record on a
 * confidential item shows only to those entitled to that item.
 */
import type { RaadsItem } from '../../domain';
import { amsterdamDate, isRaadsOverdue, raadsStandingHorizon, readerOf } from '../../domain';
import type { RaadsItemDetailView, RaadsItemView, RaadsStandingView } from '../../shared/contract/raadsregister';
import type { Paged } from '../../shared/contract/views';
import { fail } from '../../shared/errors';
import { requireOrganisation } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { listUsers } from '../store/directory';
import { findRecord } from '../store/pos';
import { findRaadsItem, raadsPage, referencesTo, type RaadsQuery } from '../store/raadsregister';
import { accessOf } from '../store/registers';
import { readInvolved } from './po';

/** Entries with the names of their portefeuillehouder and opdrachtnemer. */
export async function presentRaadsItems(deps: Deps, items: RaadsItem[]): Promise<RaadsItemView[]> {
  if (items.length === 0) return [];
  const org = await requireOrganisation(deps.db);
  const users = new Map((await listUsers(deps.db)).map((u) => [u.id, u.name]));
  const today = amsterdamDate(deps.now());
  return items.map((i) => ({
    ...i,
    portefeuillehouder: org.portefeuillehouders.find((p) => p.id === i.portefeuillehouderId)?.name ?? i.portefeuillehouderId,
    opdrachtnemer: i.opdrachtnemerId ? (users.get(i.opdrachtnemerId) ?? '') : '',
    overdue: isRaadsOverdue(i, today),
  }));
}

export interface RaadsListQuery extends Omit<RaadsQuery, 'overdueBefore' | 'dueBy'> {
  overdue?: boolean;
}

/** The register, earliest deadline first, page by page. */
export async function raadsregister(deps: Deps, _actor: Actor, q: RaadsListQuery): Promise<Paged<RaadsItemView>> {
  const { overdue, ...rest } = q;
  const page =
    (await raadsPage(deps.db, { ...rest, overdueBefore: overdue ? amsterdamDate(deps.now()) : undefined })) ??
    fail('validation', 'Ongeldige cursor: vraag de eerste pagina opnieuw op.', [
      { code: 'invalid_cursor', path: 'query.cursor', message: 'Deze cursor hoort niet bij deze lijst.' },
    ]);
  return { items: await presentRaadsItems(deps, page.items), nextCursor: page.nextCursor };
}

/** One entry and the PO discussions that referenced it, as far as this reader may read them. */
export async function raadsItemDetail(deps: Deps, actor: Actor, id: string): Promise<RaadsItemDetailView> {
  const item = (await findRaadsItem(deps.db, id)) ?? fail('not_found', `Er is geen motie of toezegging ${id} in het raadsregister.`);
  const [view] = await presentRaadsItems(deps, [item]);
  const refs = await referencesTo(deps.db, id);
  const org = await requireOrganisation(deps.db);
  const access = await accessOf(deps.db, [...new Set(refs.map((r) => r.poId))]);
  const references: RaadsItemDetailView['references'] = [];
  for (const ref of refs) {
    const found = await findRecord(deps.db, ref.recordId);
    const po = access.get(ref.poId);
    if (!found || found.deleted || !po) continue;
    if (!readerOf(actor.user, { ...po, records: [found.record] }, org, null).readRecord(found.record)) continue;
    references.push({ ...ref, kind: found.record.kind, text: found.record.text });
  }
  return { ...view!, references };
}

/**
 * The raad part of a PO's standing item: open entries of its portefeuillehouder that are overdue or
 * due within two weeks of the PO's date; for anyone who may read the PO.
 */
export async function raadsStanding(deps: Deps, actor: Actor, poId: string): Promise<RaadsStandingView> {
  const { po } = await readInvolved(deps, actor, poId);
  const horizon = raadsStandingHorizon(amsterdamDate(new Date(po.startsAt)));
  const page = await raadsPage(deps.db, { portefeuillehouderId: po.portefeuillehouderId, dueBy: horizon, limit: 200 });
  return { horizon, items: await presentRaadsItems(deps, page?.items ?? []) };
}
