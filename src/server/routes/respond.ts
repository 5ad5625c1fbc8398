/** The PO as the actor sees it after a change: most writes answer with it. */
import { fail } from '../../shared/errors';
import { requireOrganisation } from '../commands/context';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { presentPo } from '../present/po';
import { loadPo } from '../store/pos';

export async function poView(deps: Deps, actor: Actor, poId: string): Promise<ReturnType<typeof presentPo>> {
  const po = (await loadPo(deps.db, poId)) ?? fail('not_found');
  return presentPo(po, actor.user, await requireOrganisation(deps.db));
}
