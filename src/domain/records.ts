/** Rules for the four record kinds the notulist makes during the PO. */
import { fail } from '../shared/errors';
import { amsterdamDate, defaultCollegeDate } from './dates';
import { DEFAULT_HOLIDAYS, moveOffHoliday } from './holidays';
import type { Agendapunt, OrganisationConfig, Po, PoRecord, RecordKind } from './model';

/** What the notulist types for a new record; the server adds ids, author and times. */
export interface RecordInput {
  kind: RecordKind;
  agendapuntId: string;
  text: string;
  ownerId?: string | null;
  ownerName?: string;
  dueDate?: string | null;
  aan?: string;
  referentie?: string;
  afdoening?: string;
  /** A toezegging or motie in the raad's register this record follows up (checked by the command). */
  raadsItemId?: string | null;
  collegeDatum?: string | null;
  /** Explicit confirmation for a besluitpunt on an item not meant for besluitvorming. */
  confirmOutsidePurpose?: boolean;
}

/**
 * The one rule for what each kind of record requires, used by the server (buildRecord,
 * applyRecordPatch) and by the side panel's form (client/meeting/recordDraft.ts), so the screen
 * never asks for less or more than the server accepts.
 * - besluitpunt: the text (the college date has a default);
 * - actiepunt: wat, wie and wanneer: an opdracht is SMART (seed 001);
 * - toezegging: wat, aan wie and wie er voor zorgt; a deadline is optional (not every toezegging has one);
 * - motie: the motienummer and what it is about.
 */
export type RecordField = 'text' | 'owner' | 'dueDate' | 'aan' | 'referentie';

export const REQUIRED_FIELDS: Record<RecordKind, readonly RecordField[]> = {
  besluitpunt: ['text'],
  actiepunt: ['text', 'owner', 'dueDate'],
  toezegging: ['text', 'aan', 'owner'],
  motie: ['referentie', 'text'],
};

/** The field names as the form shows them, for the errors (Dutch; the client has its own catalogue). */
export const RECORD_FIELD_NAME: Record<RecordField, string> = {
  text: 'tekst',
  owner: 'wie',
  dueDate: 'wanneer (uiterlijk)',
  aan: 'toegezegd aan',
  referentie: 'motienummer',
};

/** Where each field is in the API's body. */
const FIELD_PATH: Record<RecordField, string> = {
  text: 'body.text',
  owner: 'body.ownerName',
  dueDate: 'body.dueDate',
  aan: 'body.aan',
  referentie: 'body.referentie',
};

/** What a record holds for the rule: the form's draft and a stored or new record both fit. */
export interface RecordValues {
  text?: string | null;
  ownerId?: string | null;
  ownerName?: string | null;
  dueDate?: string | null;
  aan?: string | null;
  referentie?: string | null;
}

const filled = (v: string | null | undefined): boolean => (v ?? '').trim() !== '';

/** The required fields of `kind` that `values` leaves empty, in the form's order. */
export function missingRecordFields(kind: RecordKind, values: RecordValues): RecordField[] {
  return REQUIRED_FIELDS[kind].filter((f) => {
    if (f === 'owner') return !filled(values.ownerId) && !filled(values.ownerName);
    return !filled(values[f]);
  });
}

function requireFields(kind: RecordKind, missing: readonly RecordField[]): void {
  if (missing.length === 0) return;
  const names = missing.map((f) => RECORD_FIELD_NAME[f]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
  fail(
    'validation',
    `Een ${kind} vraagt ook ${list}.`,
    missing.map((f) => ({ code: 'required', path: FIELD_PATH[f], message: `Vul ${RECORD_FIELD_NAME[f]} in.` })),
  );
}

export function findItem(po: Pick<Po, 'agendapunten'>, agendapuntId: string): Agendapunt {
  const item = po.agendapunten.find((i) => i.id === agendapuntId);
  return item ?? fail('not_found', `Agendapunt ${agendapuntId} hoort niet bij dit PO.`);
}

/** Builds a record from input, applying the domain's rules and defaults. */
export function buildRecord(
  po: Pick<Po, 'agendapunten' | 'startsAt'>,
  org: Pick<OrganisationConfig, 'collegeWeekday' | 'holidays'>,
  input: RecordInput,
  meta: { id: string; createdBy: string; now: string },
): PoRecord {
  const item = findItem(po, input.agendapuntId);
  requireFields(input.kind, missingRecordFields(input.kind, input));
  const base = { id: meta.id, agendapuntId: item.id, text: input.text, createdBy: meta.createdBy, createdAt: meta.now, updatedAt: meta.now };
  const owner = { ownerId: input.ownerId ?? null, ownerName: input.ownerName ?? '', dueDate: input.dueDate ?? null, status: 'open' as const };
  switch (input.kind) {
    case 'besluitpunt': {
      const outsidePurpose = item.purpose !== 'besluitvorming';
      if (outsidePurpose && !input.confirmOutsidePurpose) {
        fail('confirmation_required', `Agendapunt "${item.title}" staat niet op de agenda voor besluitvorming. Bevestig dat u toch een besluitpunt vastlegt.`);
      }
      const poDate = amsterdamDate(new Date(po.startsAt));
      return {
        ...base,
        kind: 'besluitpunt',
        // No date given (absent or null): the college of the following week, so the besluitpunt
        // reaches the collegeplanning; a college date on a public holiday moves to the next working day.
        collegeDatum: input.collegeDatum ?? moveOffHoliday(defaultCollegeDate(poDate, org.collegeWeekday), org.holidays ?? DEFAULT_HOLIDAYS).date,
        outsidePurpose,
      };
    }
    case 'actiepunt':
      return { ...base, kind: 'actiepunt', ...owner, plannerTaskId: null };
    case 'toezegging':
      return { ...base, kind: 'toezegging', aan: input.aan ?? '', raadsItemId: input.raadsItemId ?? null, ...owner };
    case 'motie':
      return { ...base, kind: 'motie', referentie: input.referentie ?? '', afdoening: input.afdoening ?? '', raadsItemId: input.raadsItemId ?? null, ...owner };
  }
}

/** Fields of a record that an edit may change, per kind. */
export const EDITABLE_FIELDS: Record<RecordKind, readonly string[]> = {
  besluitpunt: ['text', 'collegeDatum'],
  actiepunt: ['text', 'ownerId', 'ownerName', 'dueDate', 'status'],
  toezegging: ['text', 'aan', 'ownerId', 'ownerName', 'dueDate', 'status', 'raadsItemId'],
  motie: ['text', 'referentie', 'afdoening', 'ownerId', 'ownerName', 'dueDate', 'status', 'raadsItemId'],
};

/** Applies an edit: only the fields the kind has, refused otherwise. */
export function applyRecordPatch(record: PoRecord, patch: Record<string, unknown>, now: string): PoRecord {
  const allowed = EDITABLE_FIELDS[record.kind];
  const unknown = Object.keys(patch).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    fail(
      'validation',
      `Een ${record.kind} heeft geen veld ${unknown.map((k) => `"${k}"`).join(', ')}.`,
      unknown.map((k) => ({ code: 'unknown_field', path: `body.${k}`, message: `Onbekend veld "${k}" voor een ${record.kind}.` })),
    );
  }
  const next = { ...record, ...patch, updatedAt: now };
  // An edit may not empty a required field; a field it leaves alone is not checked, so an older
  // record (made before the rule asked for it) can still be marked done.
  const touched = new Set(Object.keys(patch).map((k) => (k === 'ownerId' || k === 'ownerName' ? 'owner' : k)));
  requireFields(
    next.kind,
    missingRecordFields(next.kind, next).filter((f) => touched.has(f)),
  );
  return next;
}
