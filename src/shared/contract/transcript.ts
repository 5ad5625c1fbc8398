/** What was said per agendapunt (issue 17): the transcript of the Teams meeting sliced by the agenda, and moving a boundary. */
import { z } from 'zod';
import { timestamp, uuid } from './common';

export const boundaryParams = z.object({
  poId: uuid,
  turnIndex: z.coerce
    .number({ message: 'moet een beurtnummer zijn' })
    .int('moet een geheel getal zijn')
    .min(1, 'de eerste beurt heeft geen grens ervóór')
    .max(10_000),
});
export const boundaryBody = z.object({ at: timestamp }).strict();

export const TRANSCRIPT_STATES = ['beschikbaar', 'geen_vergadering', 'geen_transcript', 'nog_niet_beschikbaar', 'geen_toestemming'] as const;
export type TranscriptState = (typeof TRANSCRIPT_STATES)[number];

export interface TranscriptItemView {
  agendapuntId: string;
  number: string;
  title: string;
  vertrouwelijk: boolean;
  readable: boolean;
  turns: { index: number; from: string; to: string }[];
  cues: { start: string; end: string; speaker: string; text: string; turnIndex: number }[];
  speakingTime: { speaker: string; seconds: number }[];
}

export interface TranscriptView {
  state: TranscriptState;
  /** Where the words came from: Teams now, or the copy stored at an earlier fetch. */
  source: 'teams' | 'opgeslagen' | null;
  /** Kept on the server (TRANSCRIPT_RETENTION_DAYS > 0) until publication plus `retentionDays`. */
  stored: boolean;
  retentionDays: number;
  /** A part of the transcript is listed but not ready yet. */
  incomplete: boolean;
  alignment: { offsetMs: number; on: 'agendapunten' | 'start' } | null;
  turns: { index: number; agendapuntId: string; from: string; to: string; moved: boolean }[];
  items: TranscriptItemView[];
  /** Fragments said outside every item (before the start, after the end, between items). */
  outsideCount: number;
}

const span = { from: z.string(), to: z.string() };

/** `GET /api/pos/:poId/transcript` and the answer to moving a boundary. */
export const transcriptResponse = z.object({
  state: z.enum(TRANSCRIPT_STATES),
  source: z.enum(['teams', 'opgeslagen']).nullable(),
  stored: z.boolean(),
  retentionDays: z.number().int(),
  incomplete: z.boolean(),
  alignment: z.object({ offsetMs: z.number(), on: z.enum(['agendapunten', 'start']) }).nullable(),
  turns: z.array(z.object({ index: z.number().int(), agendapuntId: z.string(), ...span, moved: z.boolean() })),
  items: z.array(
    z.object({
      agendapuntId: z.string(),
      number: z.string(),
      title: z.string(),
      vertrouwelijk: z.boolean(),
      readable: z.boolean(),
      turns: z.array(z.object({ index: z.number().int(), ...span })),
      cues: z.array(z.object({ start: z.string(), end: z.string(), speaker: z.string(), text: z.string(), turnIndex: z.number().int() })),
      speakingTime: z.array(z.object({ speaker: z.string(), seconds: z.number() })),
    }),
  ),
  outsideCount: z.number().int(),
}) satisfies z.ZodType<TranscriptView>;
