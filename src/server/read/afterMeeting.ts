/**
 * Reads after (and during) the meeting: the attendance with a suggestion, and the agendapunten an
 * earlier PO held over that this PO's agenda may take (only those the reader may read).
 */
import type { Attendance } from '../../domain';
import { readerOf, suggestAttendance, visiblePo } from '../../domain';
import type { AangehoudenOffer, AttendanceView } from '../../shared/contract/afterMeeting';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { heldOverBefore } from '../store/aangehouden';
import { listUsers } from '../store/directory';
import { loadPo, type LoadedPo } from '../store/pos';
import { involvedReader } from './po';

/** `attendance` as recorded (null: not yet); `suggestion` from the invitees and who is connected now; `mayEdit` until published. */

export async function attendanceFor(deps: Deps, actor: Actor, poId: string, presentIds: string[]): Promise<AttendanceView> {
  const { full, reader, org } = await involvedReader(deps, actor, poId, 'de aanwezigheid te lezen');
  const po = visiblePo(full, reader);
  const suggestion = suggestAttendance(po, org, await listUsers(deps.db), presentIds);
  const readable = (a: Attendance): Attendance => ({
    ...a,
    aangeschoven: Object.fromEntries(Object.entries(a.aangeschoven).filter(([id]) => reader.readItem(id))),
  });
  return {
    attendance: po.attendance ?? null,
    suggestion: readable(suggestion),
    mayEdit: reader.rights.amendVerslag && (po.status === 'gestart' || po.status === 'afgesloten'),
  };
}

/** Offered only to those who may edit a concept agenda, and per item only to who may read it. */
export async function aangehoudenFor(deps: Deps, actor: Actor, poId: string): Promise<AangehoudenOffer[]> {
  const { full, reader, org } = await involvedReader(deps, actor, poId, 'dit PO te lezen');
  if (full.status !== 'concept' || !reader.rights.editAgenda) return [];
  const held = await heldOverBefore(deps.db, full.portefeuillehouderId, full.startsAt);
  const sources = new Map<string, LoadedPo | null>();
  for (const h of held) if (!sources.has(h.poId)) sources.set(h.poId, await loadPo(deps.db, h.poId));
  return held
    .filter((h) => {
      const source = sources.get(h.poId);
      return source ? readerOf(actor.user, source, org).readItem(h.item.id) : false;
    })
    .map((h) => ({
      id: h.item.id,
      title: h.item.title,
      purpose: h.item.purpose,
      vertrouwelijk: h.item.vertrouwelijk,
      poId: h.poId,
      poTitle: sources.get(h.poId)?.title ?? '',
      poStartsAt: h.poStartsAt,
    }));
}
