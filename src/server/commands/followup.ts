/** Opvolging: the status of actiepunten, toezeggingen and moties (reading the register: read/registers.ts). */
import type { FollowUpStatus } from '../../domain';
import { isFollowUp } from '../../domain';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { findRecord, updateRecord } from '../store/pos';
import { changePo, requireRight } from './context';

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
    tx.changed({
      objectType: record.kind,
      objectId: recordId,
      before: { status: record.status },
      after: { status },
      change: { type: 'record.updated', payload: after },
    });
  });
}
