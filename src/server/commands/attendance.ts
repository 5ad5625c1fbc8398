/** Attendance of a PO: recorded by the notulist or concernadviseur during and after the meeting, until published. */
import type { Attendance } from '../../domain';
import { assertAttendanceEditable, checkAttendance } from '../../domain';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { listUsers } from '../store/directory';
import { updatePo } from '../store/pos';
import { changePoAgenda, requireRight } from './context';

export async function setAttendance(deps: Deps, actor: Actor, poId: string, input: Attendance): Promise<Attendance> {
  return changePoAgenda(deps, actor, poId, 'aanwezigheid.vastleggen', async (tx) => {
    requireRight(tx.rights.amendVerslag, 'de aanwezigheid vast te leggen: dat doen de notulist en de concernadviseur');
    assertAttendanceEditable(tx.po);
    const attendance = checkAttendance(
      input,
      await listUsers(tx.sql),
      tx.po.agendapunten.map((i) => i.id),
    );
    await updatePo(tx.sql, poId, { attendance }, tx.now);
    tx.changed({
      objectType: 'po',
      objectId: poId,
      before: { attendance: tx.po.attendance ?? null },
      after: { attendance },
      change: { type: 'po.updated', payload: { attendance } },
    });
    return attendance;
  });
}
