/**
 * Where a PO's transcript comes from: Teams through Graph (acting for the reader), or, when
 * TRANSCRIPT_RETENTION_DAYS > 0, the copy stored at an earlier fetch. Several transcripts of one
 * meeting (transcription stopped and started again) become one list of cues on the first one's
 * clock. The text is never logged.
 */
import { parseVtt, type Cue } from '../../domain';
import type { Deps } from '../deps';
import { fetchTranscripts } from '../graph/transcripts';
import type { Actor } from '../http/route';
import { loadStoredTranscript, purgeTranscripts, storeTranscript } from '../store/transcripts';

import type { TranscriptState } from '../../shared/contract/transcript';
export type { TranscriptState };

export type TranscriptSource =
  | {
      state: 'beschikbaar';
      bron: 'teams' | 'opgeslagen';
      meetingId: string;
      transcriptIds: string[];
      startAt: string | null;
      cues: Cue[];
      pending: number;
      stored: boolean;
    }
  | { state: Exclude<TranscriptState, 'beschikbaar'> };

/** The cues of every ready transcript, on the clock of the first (its `createdDateTime`). */
export function mergeTranscripts(list: { createdDateTime: string | null; vtt: string }[]): { startAt: string | null; cues: Cue[] } {
  const starts = list.map((t) => Date.parse(t.createdDateTime ?? ''));
  const first = starts.find((ms) => Number.isFinite(ms));
  const cues: Cue[] = [];
  list.forEach((t, i) => {
    const ms = starts[i] ?? NaN;
    const shift = first !== undefined && Number.isFinite(ms) ? ms - first : 0;
    for (const c of parseVtt(t.vtt)) cues.push({ ...c, startMs: c.startMs + shift, endMs: c.endMs + shift });
  });
  cues.sort((a, b) => a.startMs - b.startMs);
  return { startAt: first === undefined ? null : new Date(first).toISOString(), cues };
}

/**
 * The transcript of the PO's Teams meeting. Stored copies are used while the retention allows;
 * a fresh fetch is stored only when TRANSCRIPT_RETENTION_DAYS > 0 (and removed again at once when
 * the PO's publication is already older than that).
 */
export async function transcriptSource(deps: Deps, actor: Actor, po: { id: string; teamsMeetingChatId: string | null }): Promise<TranscriptSource> {
  const days = deps.config.TRANSCRIPT_RETENTION_DAYS;
  const now = deps.now().toISOString();
  await purgeTranscripts(deps.db, now, days);
  if (days > 0) {
    const stored = await loadStoredTranscript(deps.db, po.id);
    if (stored)
      return {
        state: 'beschikbaar',
        bron: 'opgeslagen',
        meetingId: stored.meetingId,
        transcriptIds: stored.transcriptIds,
        startAt: stored.startAt,
        cues: stored.cues,
        pending: 0,
        stored: true,
      };
  }
  if (!po.teamsMeetingChatId) return { state: 'geen_vergadering' };
  const fetched = await fetchTranscripts(deps.graph.clientFor(actor), po.teamsMeetingChatId);
  if (fetched.state !== 'beschikbaar') return fetched;
  const { startAt, cues } = mergeTranscripts(fetched.transcripts);
  const transcriptIds = fetched.transcripts.map((t) => t.id);
  let stored = false;
  // A transcript with a part still being prepared is not kept: the next read fetches it whole.
  if (days > 0 && startAt && fetched.pending === 0) {
    await storeTranscript(deps.db, po.id, { meetingId: fetched.meetingId, transcriptIds, startAt, cues, fetchedAt: now });
    stored = !(await purgeTranscripts(deps.db, now, days)).includes(po.id);
  }
  return { state: 'beschikbaar', bron: 'teams', meetingId: fetched.meetingId, transcriptIds, startAt, cues, pending: fetched.pending, stored };
}
