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
        // A college date on a public holiday moves to the next working day.
        collegeDatum:
          input.collegeDatum === undefined
            ? moveOffHoliday(defaultCollegeDate(poDate, org.collegeWeekday), org.holidays ?? DEFAULT_HOLIDAYS).date
            : input.collegeDatum,
        outsidePurpose,
      };
    }
    case 'actiepunt':
      requireOwner(input, 'actiepunt');
      return { ...base, kind: 'actiepunt', ...owner, plannerTaskId: null };
    case 'toezegging':
      if (!input.aan?.trim())
        fail('validation', 'Een toezegging vraagt aan wie zij is gedaan (veld "aan").', [
          { code: 'required', path: 'body.aan', message: 'Vul in aan wie de toezegging is gedaan.' },
        ]);
      return { ...base, kind: 'toezegging', aan: input.aan ?? '', raadsItemId: input.raadsItemId ?? null, ...owner };
    case 'motie':
      if (!input.referentie?.trim())
        fail('validation', 'Een motie vraagt een referentie (veld "referentie").', [
          { code: 'required', path: 'body.referentie', message: 'Vul de referentie van de motie in.' },
        ]);
      return { ...base, kind: 'motie', referentie: input.referentie ?? '', afdoening: input.afdoening ?? '', raadsItemId: input.raadsItemId ?? null, ...owner };
  }
}

function requireOwner(input: RecordInput, kind: string): void {
  if (!input.ownerId && !input.ownerName?.trim()) {
    fail('validation', `Een ${kind} vraagt een eigenaar (veld "ownerId" of "ownerName").`, [
      { code: 'required', path: 'body.ownerName', message: 'Vul in wie het actiepunt uitvoert.' },
    ]);
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
  if (next.kind === 'actiepunt' && !next.ownerId && !(next.ownerName ?? '').trim()) {
    fail('validation', 'Een actiepunt vraagt een eigenaar.', [{ code: 'required', path: 'body.ownerName', message: 'Vul in wie het actiepunt uitvoert.' }]);
  }
  if (next.kind === 'toezegging' && !(next.aan ?? '').trim()) {
    fail('validation', 'Een toezegging vraagt aan wie zij is gedaan.', [
      { code: 'required', path: 'body.aan', message: 'Vul in aan wie de toezegging is gedaan.' },
    ]);
  }
  if (next.kind === 'motie' && !(next.referentie ?? '').trim()) {
    fail('validation', 'Een motie vraagt een referentie.', [{ code: 'required', path: 'body.referentie', message: 'Vul de referentie van de motie in.' }]);
  }
  return next;
}
