/**
 * What `GET /api/pos/:poId/transcript` shows: per agendapunt the excerpt (speaker, times, text)
 * and the speaking time per person, for the items the reader may read; an item they may not read
 * keeps its number and turns, without title or words.
 */
import { HIDDEN_ITEM_TITLE, type Agendapunt, type TranscriptSlice } from '../../domain';
import type { TranscriptItemView, TranscriptState, TranscriptView } from '../../shared/contract/transcript';

export type { TranscriptItemView, TranscriptView };

const isoOf = (ms: number): string => new Date(ms).toISOString();

export function presentTranscript(
  slice: TranscriptSlice,
  items: (Pick<Agendapunt, 'id' | 'title' | 'vertrouwelijk'> & { number: string })[],
  readItem: (id: string) => boolean,
  meta: Pick<TranscriptView, 'source' | 'stored' | 'retentionDays' | 'incomplete'>,
): TranscriptView {
  const byId = new Map(slice.items.map((e) => [e.itemId, e]));
  return {
    state: 'beschikbaar',
    ...meta,
    alignment: { offsetMs: slice.offsetMs, on: slice.alignedOn },
    turns: slice.turns.map((t) => ({ index: t.index, agendapuntId: t.itemId, from: isoOf(t.fromMs), to: isoOf(t.toMs), moved: t.moved })),
    items: items.map((item) => {
      const e = byId.get(item.id);
      const readable = readItem(item.id);
      return {
        agendapuntId: item.id,
        number: item.number,
        title: readable ? item.title : HIDDEN_ITEM_TITLE,
        vertrouwelijk: item.vertrouwelijk,
        readable,
        turns: (e?.turns ?? []).map((t) => ({ index: t.index, from: isoOf(t.fromMs), to: isoOf(t.toMs) })),
        cues: readable
          ? (e?.cues ?? []).map((c) => ({ start: isoOf(c.startMs), end: isoOf(c.endMs), speaker: c.speaker, text: c.text, turnIndex: c.turnIndex }))
          : [],
        speakingTime: readable ? (e?.speakers ?? []).map((s) => ({ speaker: s.speaker, seconds: Math.round(s.ms / 1000) })) : [],
      };
    }),
    outsideCount: slice.outside.length,
  };
}

/** The answer when there is nothing to slice: only the state, and the settings. */
export function presentTranscriptState(state: Exclude<TranscriptState, 'beschikbaar'>, retentionDays: number): TranscriptView {
  return { state, source: null, stored: false, retentionDays, incomplete: false, alignment: null, turns: [], items: [], outsideCount: 0 };
}
