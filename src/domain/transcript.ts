/**
 * What was said per agendapunt: the cues of a meeting transcript assigned to the item that was
 * current on the server's timeline (its turns, an item can come back later).
 *
 * Alignment. A cue's time is an offset from the start of the transcription, which Teams reports in
 * its own clock (`createdDateTime`); the turns are in the server's clock. The transcription's start
 * is placed at that `createdDateTime` (or, without it, at the meeting's start on the server), then
 * corrected by the clock offset seen at detectable item changes: a cue that names the item that
 * became current ("agendapunt 3", "punt 3", or the item's title) near the moment it became current.
 * The median of those differences (each within `MAX_CLOCK_OFFSET_MS`) is the offset, when most of
 * them agree (within `ANCHOR_AGREEMENT_MS`) or, for a single one, when it is close
 * (`SINGLE_ANCHOR_MAX_MS`); otherwise none is applied. The notulist can then move a boundary between turns by hand.
 *
 * Pure: no I/O, no clock. Times are milliseconds since the epoch.
 */
import type { Cue } from './vtt';

/** How far the transcript's clock may be off the server's before a detected item change is ignored. */
export const MAX_CLOCK_OFFSET_MS = 5 * 60_000;
/** Detected item changes count together when within this of their median. */
export const ANCHOR_AGREEMENT_MS = 15_000;
/** A single detected item change is trusted only this close to the server's switch. */
export const SINGLE_ANCHOR_MAX_MS = 30_000;

/** One turn of an item on the server's timeline: current from `fromMs` until `toMs`. */
export interface Turn {
  itemId: string;
  fromMs: number;
  toMs: number;
}

/** A switch of the current item as the server recorded it (null: none, e.g. the meeting ended). */
export interface ItemSwitch {
  itemId: string | null;
  at: string;
}

/** A boundary the notulist moved: turn `turnIndex` starts at `at` instead of `originalAt`. */
export interface BoundaryMove {
  turnIndex: number;
  originalAt: string;
  at: string;
}

export interface SliceItem {
  id: string;
  /** The agenda number ("1", "2", ...). */
  number: string;
  title: string;
}

export interface SlicedCue {
  /** On the server's clock, after alignment. */
  startMs: number;
  endMs: number;
  speaker: string;
  text: string;
  /** The turn the cue was said in; -1 outside every turn (before the start, after the end, between). */
  turnIndex: number;
}

export interface SpeakingTime {
  speaker: string;
  ms: number;
}

export interface ItemExcerpt {
  itemId: string;
  /** The item's turns (after boundary moves); empty when it was never current. */
  turns: { index: number; fromMs: number; toMs: number }[];
  cues: SlicedCue[];
  /** Per speaker, overlapping cues of one speaker counted once, clipped to the item's turns; most first. */
  speakers: SpeakingTime[];
}

export interface TranscriptSlice {
  /** Added to the transcript's times to reach the server's clock. */
  offsetMs: number;
  /** How the offset was found: item changes detected in the transcript, or the start alone. */
  alignedOn: 'agendapunten' | 'start';
  anchors: number;
  turns: (Turn & { index: number; moved: boolean })[];
  items: ItemExcerpt[];
  /** Cues outside every turn (before the first item, after the end, while no item was current). */
  outside: SlicedCue[];
}

/** The turns of the timeline: each switch to an item opens a turn, the next switch (or `endAt`) closes it. */
export function turnsOf(switches: ItemSwitch[], endAt: string | null): Turn[] {
  const turns: Turn[] = [];
  const sorted = switches
    .map((s, i) => ({ ...s, ms: Date.parse(s.at), i }))
    .filter((s) => Number.isFinite(s.ms))
    .sort((a, b) => a.ms - b.ms || a.i - b.i);
  const end = endAt ? Date.parse(endAt) : NaN;
  sorted.forEach((s, i) => {
    if (!s.itemId) return;
    const next = sorted[i + 1];
    const toMs = next ? next.ms : Number.isFinite(end) ? end : s.ms;
    if (toMs > s.ms) turns.push({ itemId: s.itemId, fromMs: s.ms, toMs });
  });
  // Two switches to the same item in a row are one turn.
  return turns.reduce<Turn[]>((acc, t) => {
    const last = acc.at(-1);
    if (last && last.itemId === t.itemId && last.toMs === t.fromMs) last.toMs = t.toMs;
    else acc.push({ ...t });
    return acc;
  }, []);
}

/**
 * Turns with the notulist's boundary moves applied. A move names turn k (k >= 1) by its index and
 * its original start; one whose original start no longer matches is ignored (the timeline changed).
 * The previous turn's end moves along when the two touched.
 */
export function applyMoves(turns: Turn[], moves: BoundaryMove[]): (Turn & { index: number; moved: boolean })[] {
  const out = turns.map((t, index) => ({ ...t, index, moved: false }));
  for (const m of moves) {
    const t = out[m.turnIndex];
    const prev = out[m.turnIndex - 1];
    const original = turns[m.turnIndex];
    if (!t || !prev || !original || original.fromMs !== Date.parse(m.originalAt)) continue;
    const at = Date.parse(m.at);
    if (!(at > prev.fromMs && at < t.toMs)) continue;
    if (prev.toMs === t.fromMs) prev.toMs = at;
    else if (at < prev.toMs) continue;
    t.fromMs = at;
    t.moved = true;
  }
  return out;
}

/** Why a boundary cannot go to `at`, in Dutch; null when it can. */
export function boundaryProblem(turns: Turn[], turnIndex: number, at: string): string | null {
  const t = turns[turnIndex];
  const prev = turns[turnIndex - 1];
  if (!t || !prev) return `Er is geen grens vóór beurt ${turnIndex + 1}: kies een overgang tussen twee agendapunten.`;
  const ms = Date.parse(at);
  if (!Number.isFinite(ms)) return 'Het tijdstip van de grens is ongeldig.';
  if (ms <= prev.fromMs) return 'De grens kan niet vóór het begin van het vorige agendapunt liggen.';
  if (ms >= t.toMs) return 'De grens kan niet na het einde van dit agendapunt liggen.';
  if (prev.toMs !== t.fromMs && ms < prev.toMs) return 'De grens kan niet in het vorige agendapunt liggen.';
  return null;
}

const normalise = (s: string): string =>
  ` ${s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** Does this (normalised) cue text name the item? "agendapunt 3", "punt 3", or its title. */
function names(text: string, item: SliceItem | undefined): boolean {
  if (!item) return false;
  if (text.includes(` agendapunt ${item.number} `) || text.includes(` punt ${item.number} `)) return true;
  const title = normalise(item.title);
  return title.length >= 8 && text.includes(title);
}

/** Index of the first cue starting at or after `ms` (cues sorted by start). */
function firstAtOrAfter(starts: Float64Array, ms: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The clock offset from detected item changes (median), or 0 with none. */
export function estimateOffset(cues: Cue[], transcriptStartMs: number, turns: Turn[], items: SliceItem[]): { offsetMs: number; anchors: number } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const starts = Float64Array.from(cues, (c) => transcriptStartMs + c.startMs);
  const texts = new Array<string | undefined>(cues.length);
  const diffs: number[] = [];
  for (const turn of turns) {
    const item = byId.get(turn.itemId);
    let best: number | null = null;
    for (let i = firstAtOrAfter(starts, turn.fromMs - MAX_CLOCK_OFFSET_MS); i < cues.length && (starts[i] ?? 0) <= turn.fromMs + MAX_CLOCK_OFFSET_MS; i++) {
      const text = (texts[i] ??= normalise(cues[i]?.text ?? ''));
      if (!names(text, item)) continue;
      const diff = turn.fromMs - (starts[i] ?? 0);
      if (best === null || Math.abs(diff) < Math.abs(best)) best = diff;
    }
    if (best !== null) diffs.push(best);
  }
  if (diffs.length === 0) return { offsetMs: 0, anchors: 0 };
  diffs.sort((a, b) => a - b);
  const mid = diffs.length >> 1;
  const median = diffs.length % 2 ? (diffs[mid] ?? 0) : ((diffs[mid - 1] ?? 0) + (diffs[mid] ?? 0)) / 2;
  // An item named once, well into its discussion, is not an announcement: one change alone counts
  // only when close; several count when most of them agree.
  const agreeing = diffs.filter((d) => Math.abs(d - median) <= ANCHOR_AGREEMENT_MS).length;
  const trusted = diffs.length === 1 ? Math.abs(median) <= SINGLE_ANCHOR_MAX_MS : agreeing * 2 > diffs.length;
  return trusted ? { offsetMs: Math.round(median), anchors: agreeing } : { offsetMs: 0, anchors: 0 };
}

/** Total length of the union of intervals. */
function unionMs(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curFrom = -Infinity;
  let curTo = -Infinity;
  for (const [from, to] of intervals) {
    if (from > curTo) {
      if (curTo > curFrom) total += curTo - curFrom;
      curFrom = from;
      curTo = to;
    } else if (to > curTo) curTo = to;
  }
  if (curTo > curFrom) total += curTo - curFrom;
  return total;
}

/**
 * The transcript sliced by the agenda. `items` in agenda order (every item gets an entry, also one
 * never current); `turns` from `turnsOf`; `transcriptStartMs` where the transcription's zero lies
 * on the transcript's clock. A cue belongs to the turn in which it starts; speaking time counts
 * the part of each cue inside the item's turns.
 */
export function sliceTranscript(input: { cues: Cue[]; transcriptStartMs: number; turns: Turn[]; items: SliceItem[]; moves?: BoundaryMove[] }): TranscriptSlice {
  const { cues, transcriptStartMs, items } = input;
  const { offsetMs, anchors } = estimateOffset(cues, transcriptStartMs, input.turns, items);
  const turns = applyMoves(input.turns, input.moves ?? []);
  const ordered = turns.slice().sort((a, b) => a.fromMs - b.fromMs);
  const fromOf = Float64Array.from(ordered, (t) => t.fromMs);

  const excerpts = new Map<string, ItemExcerpt>(items.map((i) => [i.id, { itemId: i.id, turns: [], cues: [], speakers: [] }]));
  for (const t of turns) excerpts.get(t.itemId)?.turns.push({ index: t.index, fromMs: t.fromMs, toMs: t.toMs });
  const spoken = new Map<string, Map<string, [number, number][]>>();
  const outside: SlicedCue[] = [];

  for (const cue of cues) {
    const startMs = transcriptStartMs + cue.startMs + offsetMs;
    const endMs = transcriptStartMs + cue.endMs + offsetMs;
    // The last turn starting at or before the cue.
    let k = firstAtOrAfter(fromOf, startMs + 1) - 1;
    const home = k >= 0 && startMs < (ordered[k]?.toMs ?? -Infinity) ? ordered[k] : undefined;
    const sliced: SlicedCue = { startMs, endMs, speaker: cue.speaker, text: cue.text, turnIndex: home?.index ?? -1 };
    const excerpt = home ? excerpts.get(home.itemId) : undefined;
    if (excerpt) excerpt.cues.push(sliced);
    else outside.push(sliced);
    // Speaking time: the cue's overlap with every turn it reaches into.
    for (k = Math.max(k, 0); k < ordered.length && (ordered[k]?.fromMs ?? Infinity) < endMs; k++) {
      const t = ordered[k];
      if (!t) break;
      const from = Math.max(startMs, t.fromMs);
      const to = Math.min(endMs, t.toMs);
      if (to <= from) continue;
      const perSpeaker = spoken.get(t.itemId) ?? new Map<string, [number, number][]>();
      spoken.set(t.itemId, perSpeaker);
      const list = perSpeaker.get(cue.speaker) ?? [];
      perSpeaker.set(cue.speaker, list);
      list.push([from, to]);
    }
  }
  for (const [itemId, perSpeaker] of spoken) {
    const excerpt = excerpts.get(itemId);
    if (!excerpt) continue;
    excerpt.speakers = [...perSpeaker]
      .map(([speaker, list]) => ({ speaker, ms: unionMs(list) }))
      .sort((a, b) => b.ms - a.ms || a.speaker.localeCompare(b.speaker));
  }
  return {
    offsetMs,
    alignedOn: anchors > 0 ? 'agendapunten' : 'start',
    anchors,
    turns,
    items: items.map((i) => excerpts.get(i.id) ?? { itemId: i.id, turns: [], cues: [], speakers: [] }),
    outside,
  };
}
