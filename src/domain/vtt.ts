/**
 * WebVTT as Teams writes a meeting transcript: cues `00:00:03.120 --> 00:00:07.480` with the text
 * in a voice span `<v Jan de Vries>text</v>`. Only what the slicing needs is kept: times (ms from
 * the start of the transcription), speaker and plain text.
 */

export interface Cue {
  /** Milliseconds from the start of the transcription. */
  startMs: number;
  endMs: number;
  /** The speaker's display name ('' when the cue names none). */
  speaker: string;
  text: string;
}

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

/** `hh:mm:ss.mmm` or `mm:ss.mmm` as milliseconds. */
export function vttTimeMs(t: string): number {
  const [clock = '', frac = '0'] = t.replace(',', '.').split('.');
  const parts = clock.split(':').map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  return (((h ?? 0) * 60 + (m ?? 0)) * 60 + (s ?? 0)) * 1000 + Number(frac.padEnd(3, '0').slice(0, 3));
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ', '&lrm;': '', '&rlm;': '' };

function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp|lrm|rlm);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The cues of a WebVTT text, in order of their start. A block without a valid timing line (the
 * header, NOTE and STYLE blocks, an identifier alone) is skipped; a cue ending before it starts
 * gets zero length. The speaker is the first `<v Name>` of the cue.
 */
export function parseVtt(vtt: string): Cue[] {
  const cues: Cue[] = [];
  const blocks = vtt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const at = lines.findIndex((l) => TIMING.test(l));
    if (at === -1) continue;
    const m = TIMING.exec(lines[at] ?? '');
    if (!m) continue;
    const startMs = vttTimeMs(m[1] ?? '');
    const endMs = Math.max(startMs, vttTimeMs(m[2] ?? ''));
    const body = lines.slice(at + 1).join('\n');
    const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(body);
    const text = plain(body);
    if (!text) continue;
    cues.push({ startMs, endMs, speaker: voice?.[1]?.trim() ?? '', text });
  }
  return cues.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/** `hh:mm:ss.mmm` for `ms` (the sandbox and tests write VTT with it). */
export function formatVttTime(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor((t % 3_600_000) / 60_000);
  const s = Math.floor((t % 60_000) / 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(t % 1000, 3)}`;
}
