/**
 * The notulist's draft of one record: which fields each kind needs, what is missing, and the
 * body the API takes. Pure, so the rules are tested without a browser.
 */
import type { RecordKind } from '../../domain/model';
import type { MessageKey } from '../shared/i18n';
import type { NewRecord, RecordPatch, RecordView, UserView } from '../shared/types';

export interface RecordDraft {
  kind: RecordKind;
  text: string;
  /** A user's name (matched to the directory) or anyone else's. */
  owner: string;
  dueDate: string;
  collegeDatum: string;
  aan: string;
  referentie: string;
  afdoening: string;
}

export type DraftField = 'text' | 'owner' | 'dueDate' | 'aan' | 'referentie';

export const emptyDraft = (kind: RecordKind = 'besluitpunt', collegeDatum = ''): RecordDraft => ({
  kind,
  text: '',
  owner: '',
  dueDate: '',
  collegeDatum,
  aan: '',
  referentie: '',
  afdoening: '',
});

/** Required per kind: an actiepunt says who and by when (SMART); a toezegging to whom; a motie its number. */
export const REQUIRED: Record<RecordKind, DraftField[]> = {
  besluitpunt: ['text'],
  actiepunt: ['text', 'owner', 'dueDate'],
  toezegging: ['text', 'aan', 'owner', 'dueDate'],
  motie: ['referentie', 'text'],
};

export const FIELD_LABEL: Record<DraftField, MessageKey> = {
  text: 'record.form.text',
  owner: 'record.form.owner',
  dueDate: 'record.form.due',
  aan: 'record.form.aan',
  referentie: 'record.form.referentie',
};

export function missingFields(d: RecordDraft): DraftField[] {
  return REQUIRED[d.kind].filter((f) => d[f].trim() === '');
}

function owner(d: RecordDraft, users: UserView[]): { ownerId: string | null; ownerName: string } {
  const name = d.owner.trim();
  const user = users.find((u) => u.name.toLowerCase() === name.toLowerCase());
  return { ownerId: user?.id ?? null, ownerName: user?.name ?? name };
}

export function toNewRecord(d: RecordDraft, ids: { id: string; agendapuntId: string }, users: UserView[], confirmOutsidePurpose = false): NewRecord {
  const text = d.text.trim();
  const due = d.dueDate || null;
  switch (d.kind) {
    case 'besluitpunt':
      return { kind: 'besluitpunt', ...ids, text, collegeDatum: d.collegeDatum || null, ...(confirmOutsidePurpose ? { confirmOutsidePurpose: true } : {}) };
    case 'actiepunt':
      return { kind: 'actiepunt', ...ids, text, ...owner(d, users), dueDate: due };
    case 'toezegging':
      return { kind: 'toezegging', ...ids, text, aan: d.aan.trim(), ...owner(d, users), dueDate: due };
    case 'motie':
      return { kind: 'motie', ...ids, text, referentie: d.referentie.trim(), afdoening: d.afdoening.trim(), ...owner(d, users), dueDate: due };
  }
}

export function toPatch(d: RecordDraft, users: UserView[]): RecordPatch {
  if (d.kind === 'besluitpunt') return { text: d.text.trim(), collegeDatum: d.collegeDatum || null };
  const base = { text: d.text.trim(), ...owner(d, users), dueDate: d.dueDate || null };
  if (d.kind === 'toezegging') return { ...base, aan: d.aan.trim() };
  if (d.kind === 'motie') return { ...base, referentie: d.referentie.trim(), afdoening: d.afdoening.trim() };
  return base;
}

export function draftOf(r: RecordView): RecordDraft {
  const d = emptyDraft(r.kind);
  d.text = r.text;
  if (r.kind === 'besluitpunt') return { ...d, collegeDatum: r.collegeDatum ?? '' };
  const base = { ...d, owner: r.ownerName, dueDate: r.dueDate ?? '' };
  if (r.kind === 'toezegging') return { ...base, aan: r.aan };
  if (r.kind === 'motie') return { ...base, referentie: r.referentie, afdoening: r.afdoening };
  return base;
}
