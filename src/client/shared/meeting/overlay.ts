/**
 * The notulist's writes shown before the server confirms them: a PO with the outbox's writes
 * applied on top of the live state. Pure.
 */
import { switchItem } from '../../../domain/timing';
import type { NewRecord, PoView, RecordPatch, RecordView } from '../types';
import type { MeetingWrite } from './live';

/** A record as it will look once the server has it. */
export function recordFrom(r: NewRecord, by: string, at: string): RecordView {
  const base = { id: r.id, agendapuntId: r.agendapuntId, text: r.text, createdBy: by, createdAt: at, updatedAt: at };
  switch (r.kind) {
    case 'besluitpunt':
      return { ...base, kind: 'besluitpunt', collegeDatum: r.collegeDatum ?? null, outsidePurpose: r.confirmOutsidePurpose === true };
    case 'actiepunt':
      return {
        ...base,
        kind: 'actiepunt',
        ownerId: r.ownerId ?? null,
        ownerName: r.ownerName ?? '',
        dueDate: r.dueDate ?? null,
        status: 'open',
        plannerTaskId: null,
      };
    case 'toezegging':
      return { ...base, kind: 'toezegging', aan: r.aan, ownerId: r.ownerId ?? null, ownerName: r.ownerName ?? '', dueDate: r.dueDate ?? null, status: 'open' };
    case 'motie':
      return {
        ...base,
        kind: 'motie',
        referentie: r.referentie ?? '',
        afdoening: r.afdoening ?? '',
        ownerId: r.ownerId ?? null,
        ownerName: r.ownerName ?? '',
        dueDate: r.dueDate ?? null,
        status: 'open',
      };
  }
}

export function patchRecord(r: RecordView, p: RecordPatch): RecordView {
  const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
  return { ...r, ...defined };
}

export const upsertRecord = (po: PoView, record: RecordView): PoView => ({
  ...po,
  records: po.records.some((r) => r.id === record.id) ? po.records.map((r) => (r.id === record.id ? record : r)) : [...po.records, record],
});

export function applyWrite(po: PoView, w: MeetingWrite, by: string, at: string): PoView {
  switch (w.type) {
    case 'record.add':
      return upsertRecord(po, recordFrom(w.record, by, at));
    case 'record.edit': {
      const r = po.records.find((x) => x.id === w.id);
      return r ? upsertRecord(po, patchRecord(r, w.patch)) : po;
    }
    case 'record.remove':
      return { ...po, records: po.records.filter((r) => r.id !== w.id) };
    case 'current':
      // The clock moves on at once too, as the server will count it.
      return { ...po, currentAgendapuntId: w.agendapuntId, ...(po.timings ? { timings: switchItem(po.timings, w.agendapuntId, at) } : {}) };
  }
}

/** The record a write is about, if any. */
export const recordIdOf = (w: MeetingWrite): string | null =>
  w.type === 'record.add' ? w.record.id : w.type === 'record.edit' || w.type === 'record.remove' ? w.id : null;
