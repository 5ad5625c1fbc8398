/**
 * Across POs, as the read policy allows: the follow-up register, the standing item of a PO, the
 * collegeplanning, late stukken and the agenda check. Each works on the POs as the reader sees
 * them (read/po.ts), so records of confidential items reach only those entitled to the item.
 */
import type { AgendaCheck, FollowUpEntry, FollowUpFilter, LateStuk } from '../../domain';
import { amsterdamDate, checkAgendaFor, followUpRegister, lateStukken, mayOverseeAll, standingItemFor } from '../../domain';
import { requireRight } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { involvedReader, readablePos, readInvolved } from './po';

/**
 * The register: overseers (concernadviseur, portefeuillehouder, gemeentesecretaris) see every PO's
 * items that are not confidential; everyone sees the POs they take part in and their own records.
 */
export async function followUp(deps: Deps, actor: Actor, filter: FollowUpFilter): Promise<FollowUpEntry[]> {
  const pos = await readablePos(deps, actor, {});
  return followUpRegister(pos.map((r) => r.po), amsterdamDate(deps.now()), filter);
}

/**
 * The standing item of a PO: the open follow-up of its portefeuillehouder's earlier POs, for anyone
 * who may read this PO; of the earlier POs they see what is not confidential, and the confidential
 * items they are entitled to there.
 */
export async function standingItem(deps: Deps, actor: Actor, poId: string): Promise<FollowUpEntry[]> {
  const { po } = await readInvolved(deps, actor, poId);
  const earlier = await readablePos(deps, actor, { portefeuillehouderId: po.portefeuillehouderId, to: po.startsAt }, 'overzicht');
  return standingItemFor(po, earlier.map((r) => r.po), amsterdamDate(deps.now()));
}

export interface CollegeplanningEntry {
  collegeDatum: string;
  besluitpunten: { id: string; text: string; poId: string; poTitle: string; portefeuillehouderId: string; portefeuillehouder: string; agendapuntTitle: string; vertrouwelijk: boolean; outsidePurpose: boolean }[];
}

/** Besluitpunten per collegedatum, from every PO, for overseers; confidential ones only for those entitled. */
export async function collegeplanning(deps: Deps, actor: Actor, q: { from?: string; to?: string }): Promise<CollegeplanningEntry[]> {
  requireRight(mayOverseeAll(actor.user), 'de collegeplanning te zien');
  const byDate = new Map<string, CollegeplanningEntry['besluitpunten']>();
  for (const { po, org } of await readablePos(deps, actor, {})) {
    for (const r of po.records) {
      if (r.kind !== 'besluitpunt' || !r.collegeDatum) continue;
      if ((q.from && r.collegeDatum < q.from) || (q.to && r.collegeDatum > q.to)) continue;
      const item = po.agendapunten.find((i) => i.id === r.agendapuntId);
      const list = byDate.get(r.collegeDatum) ?? [];
      list.push({
        id: r.id, text: r.text, poId: po.id, poTitle: po.title, portefeuillehouderId: po.portefeuillehouderId,
        portefeuillehouder: org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId)?.name ?? '',
        agendapuntTitle: item?.title ?? '', vertrouwelijk: item?.vertrouwelijk ?? false, outsidePurpose: r.outsidePurpose,
      });
      byDate.set(r.collegeDatum, list);
    }
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([collegeDatum, besluitpunten]) => ({ collegeDatum, besluitpunten }));
}

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
  const { full, reader } = await involvedReader(deps, actor, poId);
  return checkAgendaFor(full, reader);
}
