/**
 * The notulist's draft of one record: which fields each kind needs, what is missing, and the
 * body the API takes. Pure, so the rules are tested without a browser.
 *
 * One draft per kind (`Drafts`): Alt+1–4 (or the radio) shows the draft of that kind and keeps the
 * others as they are, so text typed for a besluitpunt never ends up in an actiepunt when the kind
 * is switched halfway (issue 14: Ctrl+Enter, Alt+2 and more typing merged the two). The form says
 * visibly which other kinds still hold unsent text (`heldKinds`).
 *
 * What each kind requires is the domain's one rule (domain/records.ts `REQUIRED_FIELDS`), the same
 * the server applies.
 */
import { missingRecordFields, REQUIRED_FIELDS, type RecordField } from '../../domain/records';
import { RECORD_KINDS, type RecordKind } from '../../domain/model';
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
  /** The raadsregister entry a toezegging or motie follows up ('' for none). */
  raadsItemId: string;
}

export type DraftField = RecordField;

export const emptyDraft = (kind: RecordKind = 'besluitpunt', collegeDatum = ''): RecordDraft => ({
  kind,
  text: '',
  owner: '',
  dueDate: '',
  collegeDatum,
  aan: '',
  referentie: '',
  afdoening: '',
  raadsItemId: '',
});

/** Required per kind: the domain's rule, shared with the server. */
export const REQUIRED: Record<RecordKind, readonly DraftField[]> = REQUIRED_FIELDS;

/** A draft per kind; `kind` is the one shown. */
export interface Drafts {
  kind: RecordKind;
  byKind: Record<RecordKind, RecordDraft>;
}

export const emptyDrafts = (kind: RecordKind, collegeDatum: string): Drafts => ({
  kind,
  byKind: {
    besluitpunt: emptyDraft('besluitpunt', collegeDatum),
    actiepunt: emptyDraft('actiepunt', collegeDatum),
    toezegging: emptyDraft('toezegging', collegeDatum),
    motie: emptyDraft('motie', collegeDatum),
  },
});

export const shown = (d: Drafts): RecordDraft => d.byKind[d.kind];

/** Switches to another kind: its own draft comes back, the one left stays as it was. */
export const switchKind = (d: Drafts, kind: RecordKind): Drafts => ({ ...d, kind });

export const editShown = (d: Drafts, patch: Partial<Omit<RecordDraft, 'kind'>>): Drafts => ({
  ...d,
  byKind: { ...d.byKind, [d.kind]: { ...d.byKind[d.kind], ...patch } },
});

/** After recording: the shown kind starts empty again, the others keep their text. */
export const clearShown = (d: Drafts, collegeDatum: string): Drafts => ({ ...d, byKind: { ...d.byKind, [d.kind]: emptyDraft(d.kind, collegeDatum) } });

const typed = (r: RecordDraft): boolean => [r.text, r.owner, r.dueDate, r.aan, r.referentie, r.afdoening].some((v) => v.trim() !== '');

/** The other kinds that hold typed, unsent text: the form names them so nothing is lost or merged. */
export const heldKinds = (d: Drafts): RecordKind[] => RECORD_KINDS.filter((k) => k !== d.kind && typed(d.byKind[k]));

export const FIELD_LABEL: Record<DraftField, MessageKey> = {
  text: 'record.form.text',
  owner: 'record.form.owner',
  dueDate: 'record.form.due',
  aan: 'record.form.aan',
  referentie: 'record.form.referentie',
};

export function missingFields(d: RecordDraft): DraftField[] {
  const missing = missingRecordFields(d.kind, { text: d.text, ownerName: d.owner, dueDate: d.dueDate, aan: d.aan, referentie: d.referentie });
  // A motie chosen from the raadsregister takes the griffie's nummer as its referentie (server).
  return d.kind === 'motie' && d.raadsItemId ? missing.filter((f) => f !== 'referentie') : missing;
}

/** The link to the raadsregister as the API takes it: left out of a new record without one. */
const raadsLink = (d: RecordDraft): { raadsItemId?: string } => (d.raadsItemId ? { raadsItemId: d.raadsItemId } : {});

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
      // No date chosen: the field is left out and the server applies its default (the college of
      // the following week), so the besluitpunt reaches the collegeplanning.
      return {
        kind: 'besluitpunt',
        ...ids,
        text,
        ...(d.collegeDatum ? { collegeDatum: d.collegeDatum } : {}),
        ...(confirmOutsidePurpose ? { confirmOutsidePurpose: true } : {}),
      };
    case 'actiepunt':
      return { kind: 'actiepunt', ...ids, text, ...owner(d, users), dueDate: due };
    case 'toezegging':
      return { kind: 'toezegging', ...ids, text, aan: d.aan.trim(), ...owner(d, users), dueDate: due, ...raadsLink(d) };
    case 'motie':
      return {
        kind: 'motie',
        ...ids,
        text,
        referentie: d.referentie.trim(),
        afdoening: d.afdoening.trim(),
        ...owner(d, users),
        dueDate: due,
        ...raadsLink(d),
      };
  }
}

export function toPatch(d: RecordDraft, users: UserView[]): RecordPatch {
  if (d.kind === 'besluitpunt') return { text: d.text.trim(), ...(d.collegeDatum ? { collegeDatum: d.collegeDatum } : {}) };
  const base = { text: d.text.trim(), ...owner(d, users), dueDate: d.dueDate || null };
  if (d.kind === 'toezegging') return { ...base, aan: d.aan.trim(), raadsItemId: d.raadsItemId || null };
  if (d.kind === 'motie') return { ...base, referentie: d.referentie.trim(), afdoening: d.afdoening.trim(), raadsItemId: d.raadsItemId || null };
  return base;
}

export function draftOf(r: RecordView): RecordDraft {
  const d = emptyDraft(r.kind);
  d.text = r.text;
  if (r.kind === 'besluitpunt') return { ...d, collegeDatum: r.collegeDatum ?? '' };
  const base = { ...d, owner: r.ownerName, dueDate: r.dueDate ?? '' };
  if (r.kind === 'toezegging') return { ...base, aan: r.aan, raadsItemId: r.raadsItemId ?? '' };
  if (r.kind === 'motie') return { ...base, referentie: r.referentie, afdoening: r.afdoening, raadsItemId: r.raadsItemId ?? '' };
  return base;
}
