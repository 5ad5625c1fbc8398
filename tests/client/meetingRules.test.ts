/** The meeting surfaces' pure rules: planned vs elapsed time, outbox requests, unsent writes shown at once. */
import { fromRequest, toRequest } from '../../src/client/shared/meeting/liveSession';
import type { MeetingWrite } from '../../src/client/shared/meeting/live';
import { applyWrite } from '../../src/client/shared/meeting/overlay';
import { switchItem, type ItemTimings } from '../../src/domain/timing';
import { elapsedMs, emptyTimings, itemTime } from '../../src/client/shared/meeting/timing';
import { missingFields, emptyDraft } from '../../src/client/meeting/recordDraft';
import type { PoView } from '../../src/client/shared/types';

const MIN = 60_000;
/** The server's rule (domain/timing.ts), with times in ms from the meeting's start. */
const switchTo = (t: ItemTimings, itemId: string | null, ms: number): ItemTimings => switchItem(t, itemId, new Date(ms).toISOString());

describe('time per agendapunt', () => {
  test('time runs for the current item only and adds up over its turns; an overrun is what exceeds the plan', () => {
    let t = switchTo(emptyTimings(), 'a', 0);
    t = switchTo(t, 'b', 12 * MIN);
    t = switchTo(t, 'a', 20 * MIN);
    expect(elapsedMs(t, 'a', 25 * MIN)).toBe(17 * MIN);
    expect(elapsedMs(t, 'b', 25 * MIN)).toBe(8 * MIN);
    expect(itemTime(t, 'a', 15, 25 * MIN)).toEqual({ plannedMs: 15 * MIN, elapsedMs: 17 * MIN, overrunMs: 2 * MIN });
    expect(itemTime(t, 'b', 10, 25 * MIN).overrunMs).toBe(0);
    expect(itemTime(t, 'b', null, 25 * MIN)).toEqual({ plannedMs: null, elapsedMs: 8 * MIN, overrunMs: 0 });
  });

  test('no current item (meeting ended) stops the clock', () => {
    const t = switchTo(switchTo(emptyTimings(), 'a', 0), null, 5 * MIN);
    expect(elapsedMs(t, 'a', 60 * MIN)).toBe(5 * MIN);
  });
});

describe('the outbox requests of meeting writes', () => {
  const writes: MeetingWrite[] = [
    { type: 'record.add', record: { kind: 'actiepunt', id: 'r1', agendapuntId: 'i1', text: 'Notitie', ownerName: 'Tim', dueDate: '2026-12-01' } },
    { type: 'record.edit', id: 'r1', patch: { text: 'Notitie opstellen' } },
    { type: 'record.remove', id: 'r1' },
    { type: 'current', agendapuntId: 'i2' },
  ];
  test('every write is one API request, and a stored request reads back as the same write (after a reload too)', () => {
    expect(
      writes.map((w) => {
        const r = toRequest('p1', w);
        return `${r.method} ${r.path}`;
      }),
    ).toEqual([
      'POST /api/pos/p1/vastleggingen',
      'PATCH /api/pos/p1/vastleggingen/r1',
      'DELETE /api/pos/p1/vastleggingen/r1',
      'PUT /api/pos/p1/vergadering/huidig-agendapunt',
    ]);
    for (const w of writes) expect(fromRequest(toRequest('p1', w))).toEqual(w);
  });

  test('an unsent record shows at once, as the server will have it; removing and moving on too', () => {
    const po = { records: [], currentAgendapuntId: 'i1' } as unknown as PoView;
    const added = applyWrite(po, writes[0] as MeetingWrite, 'u-noor', '2026-11-30T09:00:00.000Z');
    expect(added.records).toEqual([
      expect.objectContaining({ id: 'r1', kind: 'actiepunt', status: 'open', ownerId: null, ownerName: 'Tim', createdBy: 'u-noor' }),
    ]);
    const edited = applyWrite(added, writes[1] as MeetingWrite, 'u-noor', '2026-11-30T09:01:00.000Z');
    expect(edited.records[0]?.text).toBe('Notitie opstellen');
    expect(applyWrite(edited, writes[2] as MeetingWrite, 'u-noor', '').records).toEqual([]);
    expect(applyWrite(po, writes[3] as MeetingWrite, 'u-noor', '').currentAgendapuntId).toBe('i2');
  });
});

describe('what a record needs', () => {
  test('a besluitpunt its text; an actiepunt wie and wanneer; a toezegging also to whom; a motie its number', () => {
    expect(missingFields(emptyDraft('besluitpunt'))).toEqual(['text']);
    expect(missingFields({ ...emptyDraft('actiepunt'), text: 'x' })).toEqual(['owner', 'dueDate']);
    expect(missingFields({ ...emptyDraft('toezegging'), text: 'x', owner: 'Bram' })).toEqual(['aan']);
    expect(missingFields({ ...emptyDraft('motie'), text: 'x' })).toEqual(['referentie']);
  });
});
