/**
 * The kwaliteitstoets with criteria (domain/kwaliteitstoets.ts): the opdrachtnemer ticks each
 * criterion of the organisation's checklist; the portefeuillehouder overrules an open toets of a
 * besluitvorming item with a reason. Each is one audited transaction on the locked PO.
 */
import { criteriaOf, overrule, poRolesOf, tickCriterion } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { updateAgendapunt } from '../store/pos';
import { changePoAgenda, requireRight } from './context';

const assertBeforeMeeting = (status: string): void => {
  if (status !== 'concept' && status !== 'vastgesteld') fail('invalid_state', 'De kwaliteitstoets wordt voor de vergadering gedaan.');
};

/** The opdrachtnemer ticks (or unticks) one criterion, with an optional note. */
export async function tickToetsCriterium(
  deps: Deps,
  actor: Actor,
  poId: string,
  itemId: string,
  criteriumId: string,
  input: { voldaan: boolean; notitie?: string },
): Promise<void> {
  await changePoAgenda(deps, actor, poId, 'kwaliteitstoets.afvinken', async (tx) => {
    const item = tx.po.agendapunten.find((i) => i.id === itemId) ?? fail('not_found', `Agendapunt ${itemId} hoort niet bij dit PO.`);
    requireRight(tx.rights.confirmKwaliteitstoets(itemId), 'de kwaliteitstoets af te vinken: dat doet de ambtelijk opdrachtnemer van dit agendapunt');
    assertBeforeMeeting(tx.po.status);
    const existing = item.toetsCriteria.find((c) => c.criteriumId === criteriumId);
    const patch = tickCriterion(item, criteriaOf(tx.org), criteriumId, input.voldaan, input.notitie ?? existing?.notitie ?? '');
    await updateAgendapunt(tx.sql, itemId, patch, tx.now);
    const after = { ...item, ...patch };
    tx.changed({
      objectType: 'agendapunt',
      objectId: itemId,
      before: { criterium: existing ?? null, kwaliteitstoets: item.kwaliteitstoets },
      after: { criterium: patch.toetsCriteria.find((c) => c.criteriumId === criteriumId), kwaliteitstoets: patch.kwaliteitstoets },
      change: { type: 'agendapunt.updated', payload: after },
    });
  });
}

/** The portefeuillehouder lets a besluitvorming item through without a completed toets, with a reason. */
export async function overruleToets(deps: Deps, actor: Actor, poId: string, itemId: string, reden: string): Promise<void> {
  await changePoAgenda(deps, actor, poId, 'kwaliteitstoets.overrulen', async (tx) => {
    const item = tx.po.agendapunten.find((i) => i.id === itemId) ?? fail('not_found', `Agendapunt ${itemId} hoort niet bij dit PO.`);
    requireRight(poRolesOf(actor.user, tx.po, tx.org).includes('portefeuillehouder'), 'de kwaliteitstoets te overrulen: dat doet de portefeuillehouder');
    if (tx.po.status !== 'concept') fail('invalid_state', 'De kwaliteitstoets kan alleen worden overruled zolang de agenda niet is vastgesteld.');
    const toetsOverruled = overrule(item, criteriaOf(tx.org), { id: actor.user.id, name: actor.user.name }, reden, tx.now);
    await updateAgendapunt(tx.sql, itemId, { toetsOverruled }, tx.now);
    tx.changed({
      objectType: 'agendapunt',
      objectId: itemId,
      before: { toetsOverruled: item.toetsOverruled },
      after: { toetsOverruled },
      change: { type: 'agendapunt.updated', payload: { ...item, toetsOverruled } },
    });
  });
}
