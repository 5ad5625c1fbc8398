/**
 * The agenda block in the invite body. The server's HTML sits between two marker comments; the
 * task pane wraps it in `<div id="po-overleg-agenda" data-po-overleg="agenda" data-po-id=...>`
 * because Outlook may drop comments (or prefix ids with `x_`) when it stores the body. Inserting
 * again replaces every earlier block (found by the wrapper, else by the markers) with one new one;
 * everything else in the body (the Teams meeting link, a personal note) stays as it was.
 */
import { AGENDA_END_MARKER, AGENDA_START_MARKER } from '../../shared/contract/agendaMarkers';
import { escapeHtml } from '../../shared/html';

export const AGENDA_BLOCK_ID = 'po-overleg-agenda';

/** The server's agenda HTML in its wrapper element. */
export function wrapAgendaBlock(agendaHtml: string, poId: string): string {
  return `<div id="${AGENDA_BLOCK_ID}" data-po-overleg="agenda" data-po-id="${escapeHtml(poId)}">${agendaHtml}</div>`;
}

interface Range {
  start: number;
  end: number;
}

const WRAPPER_OPEN = /<div\b[^>]*?(?:\bid\s*=\s*["']?(?:x_)?po-overleg-agenda\b|\bdata-po-overleg\s*=\s*["']?agenda\b)[^>]*>/gi;
const DIV_TAG = /<div\b[^>]*>|<\/div\s*>/gi;

/** Where the wrapper that opens at `open` closes (its matching </div>), or the body's end. */
function closingOf(body: string, afterOpen: number): number {
  let depth = 1;
  DIV_TAG.lastIndex = afterOpen;
  for (let m = DIV_TAG.exec(body); m; m = DIV_TAG.exec(body)) {
    if (m[0][1] === '/') depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return body.length;
}

/** Every agenda block in the body, in order, not overlapping. */
export function findAgendaBlocks(body: string): Range[] {
  const ranges: Range[] = [];
  WRAPPER_OPEN.lastIndex = 0;
  for (let m = WRAPPER_OPEN.exec(body); m; m = WRAPPER_OPEN.exec(body)) {
    const range = { start: m.index, end: closingOf(body, m.index + m[0].length) };
    ranges.push(range);
    WRAPPER_OPEN.lastIndex = range.end;
  }
  const inside = (i: number): boolean => ranges.some((r) => i >= r.start && i < r.end);
  for (let at = body.indexOf(AGENDA_START_MARKER); at !== -1; at = body.indexOf(AGENDA_START_MARKER, at + 1)) {
    if (inside(at)) continue;
    const end = body.indexOf(AGENDA_END_MARKER, at);
    if (end === -1) break;
    ranges.push({ start: at, end: end + AGENDA_END_MARKER.length });
    at = end;
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * The body with `block` in place of the earlier agenda block(s): at the first one's place, or,
 * when there is none, at the end of the body's content (before </body> when the body is a document).
 */
export function replaceAgendaBlock(body: string, block: string): { body: string; replaced: number } {
  const ranges = findAgendaBlocks(body);
  if (ranges.length === 0) {
    const close = body.search(/<\/body\s*>/i);
    return { body: close === -1 ? `${body}${block}` : `${body.slice(0, close)}${block}${body.slice(close)}`, replaced: 0 };
  }
  let out = '';
  let from = 0;
  ranges.forEach((r, i) => {
    out += body.slice(from, r.start) + (i === 0 ? block : '');
    from = r.end;
  });
  return { body: out + body.slice(from), replaced: ranges.length };
}

/**
 * The Teams meeting chat id (`19:meeting_...@thread.v2`) from the join link Outlook puts in the
 * body of a Teams meeting, or null. With it the meeting's side panel finds its PO.
 */
export function teamsChatIdFromBody(body: string): string | null {
  const link = /https:\/\/teams\.microsoft\.com\/l\/meetup-join\/([^/"'\s<>]+)/i.exec(body);
  if (!link?.[1]) return null;
  let id = link[1];
  for (let i = 0; i < 2 && id.includes('%'); i++) {
    try {
      id = decodeURIComponent(id);
    } catch {
      return null;
    }
  }
  return /^19:meeting_[A-Za-z0-9_-]+@thread\.v2$/.test(id) ? id : null;
}
