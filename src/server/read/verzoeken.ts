/**
 * Agendaverzoeken as this user may read them: their own, and those of POs whose agenda they decide
 * on (the portefeuillehouder and the concernadviseur, rights from the read policy's reader). A
 * confidential verzoek is read by no one else.
 */
import type { Agendaverzoek } from '../../domain';
import { readerOf } from '../../domain';
import { requireOrganisation } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { loadPo } from '../store/pos';
import { listVerzoeken } from '../store/verzoeken';

export async function verzoekenFor(deps: Deps, actor: Actor, q: { poId?: string; status?: string }): Promise<Agendaverzoek[]> {
  const org = await requireOrganisation(deps.db);
  const deciders = new Map<string, boolean>();
  const visible: Agendaverzoek[] = [];
  for (const v of await listVerzoeken(deps.db, q)) {
    if (v.proposedBy === actor.user.id) {
      visible.push(v);
      continue;
    }
    if (!deciders.has(v.poId)) {
      const po = await loadPo(deps.db, v.poId);
      deciders.set(v.poId, po ? readerOf(actor.user, po, org).rights.decideAgendaverzoek : false);
    }
    if (deciders.get(v.poId)) visible.push(v);
  }
  return visible;
}
