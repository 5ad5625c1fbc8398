/** Across POs: follow-up register, collegeplanning and late stukken. */
import type { FollowUpEntry, FollowUpFilter, FollowUpStatus, LateStuk, OrganisationConfig, User } from '../../domain';
import { amsterdamDate, followUpRegister, isFollowUp, lateStukken, mayOverseeAll, rightsOn, standingItemFor } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { listPos, updateRecord, findRecord, type LoadedPo } from '../store/pos';
import { changePo, readPo, requireOrganisation, requireRight } from './context';

/** POs whose content (confidential items included) this user may read. */
async function readablePos(deps: Deps, user: User, org: OrganisationConfig, q: Parameters<typeof listPos>[1] = {}): Promise<LoadedPo[]> {
  if (mayOverseeAll(user)) return listPos(deps.db, { ...q, limit: 1000 });
  const pos = await listPos(deps.db, { ...q, involvedUserId: user.id, limit: 1000 });
  return pos.filter((po) => rightsOn(user, po, org).read);
}

/**
 * The register: overseers (concernadviseur, portefeuillehouder, gemeentesecretaris) see all POs;
 * others see the POs they take part in and the items they own.
 */
export async function followUp(deps: Deps, actor: Actor, filter: FollowUpFilter): Promise<FollowUpEntry[]> {
  const org = await requireOrganisation(deps.db);
  const today = amsterdamDate(deps.now());
  const pos = await readablePos(deps, actor.user, org);
  return followUpRegister(pos, today, filter);
}

export async function standingItem(deps: Deps, actor: Actor, poId: string): Promise<FollowUpEntry[]> {
  const { po, rights } = await readPo(deps, actor, poId);
  requireRight(rights.read, 'dit PO te lezen');
  const earlier = await listPos(deps.db, { portefeuillehouderId: po.portefeuillehouderId, to: po.startsAt, limit: 1000 });
  return standingItemFor(po, earlier, amsterdamDate(deps.now()));
}

/** The owner of an item, or the PO's portefeuillehouder or concernadviseur, changes its status. */
export async function setFollowUpStatus(deps: Deps, actor: Actor, recordId: string, status: FollowUpStatus): Promise<void> {
  const found = (await findRecord(deps.db, recordId)) ?? fail('not_found', `Vastlegging ${recordId} bestaat niet.`);
  await changePo(deps, actor, found.poId, 'opvolging.status', async (tx) => {
    const current = await findRecord(tx.sql, recordId);
    if (!current || current.deleted) fail('record_deleted');
    const record = current!.record;
    if (!isFollowUp(record)) fail('validation', 'Een besluitpunt heeft geen opvolgstatus.');
    if (!isFollowUp(record)) return;
    requireRight(tx.rights.editAgenda || record.ownerId === actor.user.id || tx.rights.record, 'de status van dit punt te wijzigen');
    const after = { ...record, status, updatedAt: tx.now };
    await updateRecord(tx.sql, after);
    tx.changed({ objectType: record.kind, objectId: recordId, before: { status: record.status }, after: { status }, change: { type: 'record.updated', payload: after } });
  });
}

export interface CollegeplanningEntry {
  collegeDatum: string;
  besluitpunten: { id: string; text: string; poId: string; poTitle: string; portefeuillehouderId: string; portefeuillehouder: string; agendapuntTitle: string; vertrouwelijk: boolean; outsidePurpose: boolean }[];
}

export async function collegeplanning(deps: Deps, actor: Actor, q: { from?: string; to?: string }): Promise<CollegeplanningEntry[]> {
  requireRight(mayOverseeAll(actor.user), 'de collegeplanning te zien');
  const org = await requireOrganisation(deps.db);
  const pos = await listPos(deps.db, { limit: 1000 });
  const byDate = new Map<string, CollegeplanningEntry['besluitpunten']>();
  for (const po of pos) {
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
  const { po, org, rights } = await readPo(deps, actor, poId);
  requireRight(rights.read, 'dit PO te lezen');
  return lateStukken(po, org, deps.now());
}

/** Late stukken of all upcoming POs this user may read. */
export async function lateStukkenAll(deps: Deps, actor: Actor): Promise<LateStuk[]> {
  const org = await requireOrganisation(deps.db);
  const now = deps.now();
  const pos = await readablePos(deps, actor.user, org, { statuses: ['concept', 'vastgesteld'] });
  return pos.flatMap((po) => lateStukken(po, org, now));
}

