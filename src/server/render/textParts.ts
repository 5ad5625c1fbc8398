/**
 * Cutting what does not fit: a line too large for one channel message becomes consecutive lines,
 * the later ones labelled "(vervolg)". Texts are cut between characters, preferably after a space;
 * joined again, the parts are exactly the original text.
 */
import { cleanText, htmlBytesOfCodePoint } from './escape';
import type { Cell, Inline, Line } from './channelMessage';
import { inlineBytes, lineBytes } from './channelMessage';

export const VERVOLG: Inline = { html: '<em>(vervolg)</em> ' };
/** Room kept in a line for its tags and the "(vervolg)" label. */
const LINE_OVERHEAD_BYTES = 100;
/** Smaller leftovers at the end of a part are not worth starting a text in. */
const MIN_TEXT_BYTES = 64;

/**
 * The longest start of `text` whose HTML takes at most `maxBytes` UTF-8 bytes, and the rest.
 * Cuts after the last space or line break when one is near the end. Always takes at least one
 * character, so repeated cutting ends.
 */
export function cutText(text: string, maxBytes: number): [string, string] {
  let bytes = 0;
  let end = 0;
  let lastBreak = -1;
  for (const ch of text) {
    const size = htmlBytesOfCodePoint(ch);
    if (bytes + size > maxBytes && end > 0) break;
    bytes += size;
    end += ch.length;
    if (ch === ' ' || ch === '\n') lastBreak = end;
  }
  if (end >= text.length) return [text, ''];
  const cut = lastBreak > end * 0.8 ? lastBreak : end;
  return [text.slice(0, cut), text.slice(cut)];
}

/** A text cut into parts of at most `maxBytes` of HTML each. */
export function textParts(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let rest = cleanText(text);
  while (rest !== '') {
    const [head, tail] = cutText(rest, maxBytes);
    parts.push(head);
    rest = tail;
  }
  return parts;
}

const textHtmlBytes = (text: string): number => {
  let bytes = 0;
  for (const ch of text) bytes += htmlBytesOfCodePoint(ch);
  return bytes;
};

/** A cell cut into parts of at most `budget` bytes; mentions and markup stay whole. */
function cellParts(cell: Cell, budget: number): Cell[] {
  const parts: Cell[] = [[]];
  let used = 0;
  const current = (): Cell => parts[parts.length - 1] as Cell;
  const startPart = (): void => {
    if (used === 0) return;
    parts.push([]);
    used = 0;
  };
  for (const original of cell) {
    // A mention too large to place whole is written as its name.
    const inline: Inline = 'mention' in original && inlineBytes(original) > budget ? { text: original.mention.name } : original;
    if (!('text' in inline)) {
      const size = inlineBytes(inline);
      if (used + size > budget) startPart();
      current().push(inline);
      used += size;
      continue;
    }
    const tags = inline.style ? 2 * inline.style.length + 5 : 0;
    let rest = cleanText(inline.text);
    while (rest !== '') {
      if (budget - used - tags < MIN_TEXT_BYTES) startPart();
      const [head, tail] = cutText(rest, budget - used - tags);
      current().push({ ...inline, text: head });
      used += tags + textHtmlBytes(head);
      rest = tail;
      if (rest !== '') startPart();
    }
  }
  return parts;
}

/**
 * The line itself when it fits in `maxBytes`, otherwise consecutive lines that each do. Each cell
 * gets an equal share; in a table row the continuation rows leave the finished cells empty.
 */
export function splitLine(line: Line, maxBytes: number): Line[] {
  if (lineBytes(line) <= maxBytes) return [line];
  const budget = Math.max(MIN_TEXT_BYTES * 4, Math.floor((maxBytes - LINE_OVERHEAD_BYTES - 9 * line.cells.length) / line.cells.length));
  const parts = line.cells.map((cell) => cellParts(cell, budget));
  const count = Math.max(...parts.map((p) => p.length));
  const lines: Line[] = [];
  for (let i = 0; i < count; i++) {
    const cells = line.tag === 'tr' ? tableRowCells(parts, i) : [...(i > 0 ? [[VERVOLG]] : []), ...parts.map((p) => p[i] ?? [])];
    lines.push({ ...line, cells });
  }
  return lines;
}

function tableRowCells(parts: Cell[][], i: number): Cell[] {
  return parts.map((p) => {
    const part = p[i];
    if (!part) return [];
    return i > 0 ? [VERVOLG, ...part] : part;
  });
}

/** The start of a text that fits in `maxBytes`, and whether anything was left off. */
export function excerpt(text: string, maxBytes: number): { text: string; cut: boolean } {
  const [head, tail] = cutText(cleanText(text), maxBytes);
  return { text: head, cut: tail !== '' };
}
