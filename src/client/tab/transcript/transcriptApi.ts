/**
 * The transcript per agendapunt through the REST API, and copying a passage with the existing edit
 * commands (the item's bespreking, a new record). Type-only import of the server's presenter.
 */
import type { Api } from '../../shared/api';
import { newId } from '../../shared/ids';
import type { TranscriptView } from '../../../shared/contract/transcript';

export type { TranscriptItemView, TranscriptView } from '../../../shared/contract/transcript';

const enc = encodeURIComponent;

export const getTranscript = (api: Api, poId: string): Promise<TranscriptView> => api.request('GET', `/api/pos/${enc(poId)}/transcript`);

export const moveBoundary = (api: Api, poId: string, turnIndex: number, at: string): Promise<TranscriptView> =>
  api.request('PUT', `/api/pos/${enc(poId)}/transcript/grenzen/${turnIndex}`, { at });

/** Adds the passage to the item's bespreking (after what is there, on a new paragraph). */
export const appendToBespreking = (api: Api, poId: string, itemId: string, current: string, passage: string): Promise<unknown> =>
  api.request('PUT', `/api/pos/${enc(poId)}/agendapunten/${enc(itemId)}/bespreking`, {
    bespreking: current.trim() ? `${current.trimEnd()}\n\n${passage}` : passage,
  });

export type CopyKind = 'besluitpunt' | 'actiepunt';
/** What the notulist adds to the passage: wie and wanneer of an actiepunt. */
export interface RecordDetails {
  ownerName?: string;
  dueDate?: string;
}

/** A new record of this kind on the item, with the passage as its text (and, for an actiepunt, wie and wanneer). */
export const copyToRecord = (api: Api, poId: string, itemId: string, kind: CopyKind, passage: string, details: RecordDetails = {}): Promise<unknown> =>
  api.addRecord(poId, { kind, id: newId(), agendapuntId: itemId, text: passage, ...details });

/** The passage as text: one line per fragment, "Spreker: tekst". */
export const passageOf = (cues: { speaker: string; text: string }[], unknown: string): string =>
  cues.map((c) => `${c.speaker || unknown}: ${c.text}`).join('\n');
