/**
 * Cutting what does not fit: the start of a line that fits in the room left in a channel message,
 * and the rest as a line labelled "(vervolg)". Texts are cut between characters, preferably after
 * a space; joined again, the parts are exactly the original text.
 */
import { cleanText, bodyBytesAt, bodyBytesUpTo } from './escape';
import type { Cell, Inline, Line } from './channelMessage';
import { inlineBytes, inlineBytesAtLeast, lineBytes, lineBytesAtLeast } from './channelMessage';

export const VERVOLG: Inline = { html: '<em>(vervolg)</em> ' };
/** Room kept in a line for its tags and the "(vervolg)" label. */
const LINE_OVERHEAD_BYTES = 100;
/** Smaller leftovers are not worth starting a text in. */
const MIN_TEXT_BYTES = 64;

/**
 * The longest start of `text` whose HTML takes at most `maxBytes` bytes of the request body, and the rest. Works
 * on raw text (the start is cleaned by whoever writes it) and never separates CR from LF or the two
 * halves of a surrogate pair. Cuts after the last space or line break when one is near the end.
 * Always takes at least one character, so repeated cutting ends.
 */
export function cutText(text: string, maxBytes: number): [string, string] {
  let bytes = 0;
  let end = 0;
  let lastBreak = -1;
  while (end < text.length) {
    const code = text.codePointAt(end) ?? 0;
    const size = bodyBytesAt(text, end);
    if (bytes + size > maxBytes && end > 0) break;
    bytes += size;
    end += code > 0xffff ? 2 : 1;
    if (code === 0x20 || code === 0x0a) lastBreak = end;
  }
  if (end >= text.length) return [text, ''];
  if (text.charCodeAt(end - 1) === 0x0d && text.charCodeAt(end) === 0x0a && end > 1) end -= 1;
  const cut = lastBreak > end * 0.8 ? lastBreak : end;
  return [text.slice(0, cut), text.slice(cut)];
}

/** The start of a text that fits in `maxBytes`, and whether anything was left off. */
export function excerpt(text: string, maxBytes: number): { text: string; cut: boolean } {
  const [head, tail] = cutText(text, maxBytes);
  return { text: cleanText(head), cut: tail !== '' };
}

/**
 * The start of a cell within `cap` bytes and the rest. Markup and mentions stay whole (a mention
 * too large for a part is written as its name); the first piece is always taken, so cutting ends.
 */
function takeCell(cell: Cell, cap: number): { head: Cell; rest: Cell } {
  const head: Cell = [];
  let used = 0;
  for (const [i, original] of cell.entries()) {
    const inline: Inline = 'mention' in original && inlineBytes(original) > cap ? { text: original.mention.name } : original;
    if (!('text' in inline)) {
      const size = inlineBytes(inline);
      if (used > 0 && used + size > cap) return { head, rest: cell.slice(i) };
      head.push(inline);
      used += size;
      continue;
    }
    const tags = inline.style ? 2 * inline.style.length + 5 : 0;
    const room = cap - used - tags;
    if (used > 0 && room < MIN_TEXT_BYTES) return { head, rest: cell.slice(i) };
    const [taken, left] = cutText(inline.text, room);
    head.push({ ...inline, text: cleanText(taken) });
    used += tags + bodyBytesUpTo(taken, Number.POSITIVE_INFINITY);
    if (left !== '') return { head, rest: [{ ...inline, text: left }, ...cell.slice(i + 1)] };
  }
  return { head, rest: [] };
}

/**
 * The largest size per cell such that all cells, each capped at it, fit in `total`: small cells
 * keep their size and the large ones share what is left.
 */
function cellCap(sizes: number[], total: number): number {
  let remaining = total;
  let open = sizes.length;
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const share = Math.floor(remaining / open);
    if (size > share) return share;
    remaining -= size;
    open -= 1;
  }
  return remaining;
}

/**
 * The start of a line that takes at most about `maxBytes`, and the rest of it as a line labelled
 * "(vervolg)", or null when the whole line fits. A paragraph or list item is read in order, so it
 * is cut as one run; a table row is cut per column, and the finished cells stay empty in the rest.
 */
export function takeLine(line: Line, maxBytes: number): { head: Line; rest: Line | null } {
  if (lineBytesAtLeast(line, maxBytes) <= maxBytes && lineBytes(line) <= maxBytes) return { head: line, rest: null };
  const cells = line.tag === 'tr' ? line.cells : [line.cells.flat()];
  const sizes = cells.map((cell) => cell.reduce((sum, inline) => sum + inlineBytesAtLeast(inline, maxBytes), 0));
  const cap = Math.max(MIN_TEXT_BYTES, cellCap(sizes, maxBytes - LINE_OVERHEAD_BYTES - 9 * cells.length));
  const taken = cells.map((cell) => takeCell(cell, cap));
  const head: Line = { ...line, cells: taken.map((t) => t.head) };
  if (taken.every((t) => t.rest.length === 0)) return { head, rest: null };
  const rest = taken.map((t) => (t.rest.length ? [VERVOLG, ...t.rest] : []));
  return { head, rest: { ...line, cells: rest } };
}
