/** Putting an agendapunt that an earlier PO held over (aangehouden) on this PO's agenda, once. */
import { randomUUID } from 'node:crypto';
import type { Agendapunt } from '../../domain';
import { assertAgendaEditable, carriedOver, newAgendapunt, readerOf } from '../../domain';
import { fail } from '../../shared/errors';
import { LIMITS } from '../../shared/limits';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { lockHeldOver, markTakenOver } from '../store/aangehouden';
import { insertAgendapunt, loadPo } from '../store/pos';
import { changePo, requireRight } from './context';

export async function takeOverAangehouden(deps: Deps, actor: Actor, poId: string, sourceItemId: string): Promise<Agendapunt> {
  return changePo(deps, actor, poId, 'agendapunt.aangehouden_overnemen', async (tx) => {
    requireRight(tx.rights.editAgenda, 'agendapunten toe te voegen');
    assertAgendaEditable(tx.po);
    const held = await lockHeldOver(tx.sql, sourceItemId);
    const source = held ? await loadPo(tx.sql, held.poId) : null;
    // One answer for "no such item" and "not yours to read": a confidential item is not confirmed to exist.
    const gone = (): never => fail('not_found', 'Dit aangehouden agendapunt bestaat niet of u mag het niet lezen.');
    if (!held || !source || !readerOf(actor.user, source, tx.org).readItem(sourceItemId)) return gone();
    if (
      held.portefeuillehouderId !== tx.po.portefeuillehouderId ||
      held.poStartsAt >= tx.po.startsAt ||
      !['afgesloten', 'gepubliceerd'].includes(held.poStatus)
    )
      fail('validation', `"${held.item.title}" is aangehouden in een PO van een andere portefeuillehouder of van na dit PO.`);
    if (held.overgenomenNaar) fail('conflict', `"${held.item.title}" staat al op een volgende agenda.`);
    if (tx.po.agendapunten.length >= LIMITS.agendapuntenPerPo) fail('validation', `Een agenda heeft ten hoogste ${LIMITS.agendapuntenPerPo} agendapunten.`);
    const section = tx.po.sections.includes(held.item.section) ? held.item.section : (tx.po.sections[0] ?? fail('internal'));
    const item = newAgendapunt(tx.po, {
      id: randomUUID(),
      section,
      ...carriedOver(held.item),
      stukken: carriedOver(held.item).stukken.map((s) => ({ ...s, id: randomUUID() })),
    });
    await insertAgendapunt(tx.sql, poId, item);
    await markTakenOver(tx.sql, sourceItemId, item.id);
    tx.changed({
      objectType: 'agendapunt',
      objectId: item.id,
      after: { ...item, aangehoudenUit: { poId: held.poId, agendapuntId: sourceItemId } },
      change: { type: 'agendapunt.added', payload: item },
    });
    return item;
  });
}
