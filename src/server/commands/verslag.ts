/** After the meeting: approving the verslag and starting a correction (reading it: read/verslag.ts). */
import { assertApprovable, startCorrection } from '../../domain';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { updatePo } from '../store/pos';
import { changePo, requireRight } from './context';

export async function approveVerslag(deps: Deps, actor: Actor, poId: string): Promise<void> {
  await changePo(deps, actor, poId, 'verslag.goedkeuren', async (tx) => {
    requireRight(tx.rights.approveVerslag, 'het verslag goed te keuren: dat doet de portefeuillehouder');
    assertApprovable(tx.po);
    const approval = { by: actor.user.id, at: tx.now };
    await updatePo(tx.sql, poId, { approval }, tx.now);
    tx.changed({ objectType: 'verslag', objectId: poId, before: tx.po.approval, after: approval, change: { type: 'verslag.approved', payload: approval } });
  });
}

export async function openCorrection(deps: Deps, actor: Actor, poId: string): Promise<void> {
  await changePo(deps, actor, poId, 'verslag.correctie_starten', async (tx) => {
    requireRight(tx.rights.publish, 'een correctie te starten');
    startCorrection(tx.po);
    await updatePo(tx.sql, poId, { correctionOpen: true }, tx.now);
    tx.changed({
      objectType: 'verslag',
      objectId: poId,
      after: { correctionOpen: true },
      change: { type: 'po.status', payload: { status: tx.po.status, correctionOpen: true } },
    });
  });
}
