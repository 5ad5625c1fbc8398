/**
 * A verslag as channel posts. Teams refuses a channel message of more than about 28 KB: a verslag
 * that does not fit becomes a summary post with the besluitpunten, and replies that carry every
 * agendapunt in full, in order. Nothing is left out; text is never cut without a "(vervolg)".
 * Each reply ends with its own marker (`Verslagversie: <id>, deel 2 van 3`), by which a reply whose
 * answer was lost is found again in the thread instead of being posted twice.
 *
 * Where the thread stops: a verslag that needs more than `MAX_THREAD_REPLIES` replies is posted as
 * the summary alone, with the .docx holding the whole verslag (`planVerslagPosts`).
 */
import type { VerslagModel } from '../../domain/verslag';
import type { ChannelPost, Line, Section } from './channelMessage';
import { ChannelMessageWriter, jsonStringBytes, lineBytesAtLeast, requestBytes, writePost } from './channelMessage';
import { escapeHtml, safeHref } from './escape';
import { excerpt, takeLine } from './textParts';
import { verslagBodySections } from './verslagHtml';
import type { VerslagRenderOptions } from './verslagSections';
import { besluitpuntCells, closingSection, titleSection } from './verslagSections';

/**
 * Largest channel message we send: bytes of the whole request body as Graph receives it (the HTML
 * as a JSON string and the mentions array), kept a little under Teams' limit of about 28 KB.
 */
export const CHANNEL_MESSAGE_LIMIT_BYTES = 28_000;

/**
 * The most replies a verslag is posted in; one that needs more is posted as a summary with the
 * .docx. Three replies (four messages, some 110 KB) hold every PO we see: `npm run bench:publish`'s
 * forty agendapunten, each with a paragraph of discussion, a besluitpunt and an actiepunt, take
 * three. A verslag that needs more is one of very long texts, and past that the channel is the
 * wrong place to read it: Teams folds a long thread away behind "antwoorden weergeven", readers lose
 * the thread between parts, and every extra reply is one more paced write that can be left
 * half-posted or uncertain. The summary carries
 * what the organisation needs from the channel (every public besluitpunt, the counts, the links)
 * and the .docx the whole verslag, in one place to read, print and archive.
 */
export const MAX_THREAD_REPLIES = 3;

export interface ChannelPostPlan {
  main: ChannelPost;
  /** Replies to `main`, to be posted in this order. */
  replies: ChannelPost[];
}

export interface VerslagPostPlan extends ChannelPostPlan {
  /** One message; a summary with replies; or a summary pointing to the .docx. */
  form: 'bericht' | 'draad' | 'samenvatting';
}

/** The text by which reply `part` of `total` is found again in the thread. */
export const partMarker = (versionId: string, part: number, total: number): string => `Verslagversie: ${versionId}, deel ${part} van ${total}`;

const markerLine = (versionId: string, part: number, total: number): string => `<p>${escapeHtml(partMarker(versionId, part, total))}</p>`;

/**
 * The verslag as it is posted: one message when it fits; a summary and at most
 * `MAX_THREAD_REPLIES` replies; or, when it needs more and the .docx is there to link to, the
 * summary alone. (Without a .docx link nothing may be left to it, so the thread is posted whole.)
 */
export function planVerslagPosts(model: VerslagModel, opts: VerslagRenderOptions, limitBytes = CHANNEL_MESSAGE_LIMIT_BYTES): VerslagPostPlan {
  const thread = planChannelPosts(model, opts, limitBytes);
  const hasFile = Boolean(opts.fileUrl && safeHref(opts.fileUrl));
  if (thread.replies.length === 0) return { ...thread, form: 'bericht' };
  if (thread.replies.length <= MAX_THREAD_REPLIES || !hasFile) return { ...thread, form: 'draad' };
  return { main: summaryPost(model, opts, limitBytes, 'document').post, replies: [], form: 'samenvatting' };
}

/** Room for the digits of mention ids, which grow with the number of mentions in a message. */
const MENTION_ID_MARGIN_BYTES = 64;
/** A line larger than a message is cut to fill a message only when at least this much room is left. */
const MIN_PART_BYTES = 2_000;
/** Longest besluitpunt text quoted in the summary; the full text is in the replies. */
const SUMMARY_BESLUITPUNT_BYTES = 1_000;

/** The verslag as one message, or as a summary and every reply it takes (each ending with its marker). */
export function planChannelPosts(model: VerslagModel, opts: VerslagRenderOptions, limitBytes = CHANNEL_MESSAGE_LIMIT_BYTES): ChannelPostPlan {
  const body = verslagBodySections(model, opts);
  const whole = writePost([...body, closingSection(model, opts)]);
  if (requestBytes(whole) <= limitBytes) return { main: whole, replies: [] };
  const [title, ...content] = body;
  const summary = summaryPost(model, opts, limitBytes, 'reacties');
  // Room for the marker every reply ends with (numbers up to 999).
  const reserve = jsonStringBytes(markerLine(opts.versionId, 999, 999));
  // A title block too large for the summary (an endless list of aanwezigen) is repeated in full in the replies.
  const parts = packSections(summary.titleComplete || !title ? content : [title, ...content], limitBytes - reserve);
  const replies = parts.map((post, i) => ({ ...post, html: post.html + markerLine(opts.versionId, i + 1, parts.length) }));
  return { main: summary.post, replies };
}

/**
 * Sections into as few messages as possible, each under the limit. A section starts in a new
 * message when that keeps it whole; a larger section fills the message and continues in the next
 * one under its continuation heading. Only a line larger than a whole message is cut ("(vervolg)").
 */
function packSections(sections: Section[], limitBytes: number): ChannelPost[] {
  const posts: ChannelPost[] = [];
  let writer = new ChannelMessageWriter(limitBytes);
  const next = (section: Section, started: boolean): ChannelMessageWriter => {
    const fresh = new ChannelMessageWriter(limitBytes);
    if (started && section.continuation) fresh.append(section.continuation);
    return fresh;
  };
  const flush = (section: Section, started: boolean): void => {
    if (!writer.isEmpty) posts.push(writer.finish());
    writer = next(section, started);
  };
  for (const section of sections) {
    if (writer.tryAppendAll(section.lines)) continue;
    if (next(section, false).fits(section.lines)) {
      flush(section, false);
      section.lines.forEach((line) => writer.append(line));
      continue;
    }
    let started = false;
    for (const line of section.lines) {
      let rest = writer.tryAppend(line) ? null : line;
      // Only a line no message could hold whole is cut here; a smaller one moves on to the next message.
      if (rest && !fitsWhole(next(section, started), rest)) rest = appendPart(writer, rest);
      while (rest) {
        flush(section, started);
        const before: Line = rest;
        rest = appendPart(writer, rest);
        if (rest === before) throw new Error('A line part does not fit in an empty channel message.');
      }
      started = true;
    }
  }
  if (!writer.isEmpty) posts.push(writer.finish());
  return posts;
}

/** Whether the whole line fits in what is left of the message; cheap for a line of a very long text. */
function fitsWhole(writer: ChannelMessageWriter, line: Line): boolean {
  const room = writer.roomFor(line) - MENTION_ID_MARGIN_BYTES;
  return lineBytesAtLeast(line, room) <= room && writer.fits([line]);
}

/** Appends the whole line or, when there is room for a useful part, its start; returns what is left. */
function appendPart(writer: ChannelMessageWriter, line: Line): Line | null {
  if (fitsWhole(writer, line)) {
    writer.append(line);
    return null;
  }
  const room = writer.roomFor(line) - MENTION_ID_MARGIN_BYTES;
  if (room < MIN_PART_BYTES) return line;
  const { head, rest } = takeLine(line, room);
  return writer.tryAppend(head) ? rest : line;
}

const p = (markup: string): Line => ({ tag: 'p', cells: [[{ html: markup }]] });

function summaryBesluitpunten(model: VerslagModel, fullText: 'reacties' | 'document'): Line[] {
  const group = { tag: 'ul' as const, caption: { tag: 'h2' as const, cells: [[{ html: 'Besluitpunten' }]] } };
  return model.items.flatMap((item) =>
    item.vertrouwelijk
      ? []
      : item.besluitpunten.map((b): Line => {
          const quoted = excerpt(b.text, SUMMARY_BESLUITPUNT_BYTES);
          const [, ...rest] = besluitpuntCells(b);
          const more = quoted.cut ? [{ html: ` … <em>(volledige tekst in ${fullText === 'reacties' ? 'de reacties' : 'het Word-document'})</em>` }] : [];
          return {
            tag: 'li',
            group,
            cells: [[{ text: `${item.nummer}. ${item.titel}`, style: 'strong' }, { html: ': ' }], [{ text: quoted.text }, ...more], ...rest],
          };
        }),
  );
}

/**
 * The main post of a split verslag: title block, every besluitpunt of the public items, the counts,
 * the link and the version marker. Besluitpunten that do not fit are announced, not dropped: the
 * replies (or, for `rest: 'document'`, the .docx) hold them all.
 */
function summaryPost(
  model: VerslagModel,
  opts: VerslagRenderOptions,
  limitBytes: number,
  rest: 'reacties' | 'document',
): { post: ChannelPost; titleComplete: boolean } {
  const writer = new ChannelMessageWriter(limitBytes);
  const counts = p(`Actiepunten: ${model.actiepunten.length} · Toezeggingen: ${model.toezeggingen.length} · Moties: ${model.moties.length}`);
  const tail = [counts, ...closingSection(model, opts).lines];
  const where = rest === 'reacties' ? 'de reacties op dit bericht' : 'het Word-document hieronder';
  const intro = p(
    rest === 'reacties'
      ? 'Dit verslag is te lang voor één bericht: alle agendapunten staan volledig in de reacties op dit bericht.'
      : 'Dit verslag is te lang voor een bericht in het kanaal: het volledige verslag, met alle agendapunten, staat in het Word-document hieronder.',
  );
  const remainder = (n: number): Line => p(`En nog ${n} ${n === 1 ? 'besluitpunt' : 'besluitpunten'}: zie ${where}.`);
  const reserved = [intro, remainder(99_999), ...tail];

  let titleComplete = true;
  for (const line of titleSection(model).lines) {
    titleComplete = titleComplete && writer.fits([line, ...reserved]) && writer.tryAppend(line);
  }
  writer.append(intro);
  const besluitpunten = summaryBesluitpunten(model, rest);
  if (besluitpunten.length === 0) writer.append(p('Geen besluitpunten.'));
  for (const [i, line] of besluitpunten.entries()) {
    const left = besluitpunten.length - i;
    if (!writer.fits([line, remainder(left), ...tail])) {
      writer.append(remainder(left));
      break;
    }
    writer.append(line);
  }
  tail.forEach((line) => writer.append(line));
  return { post: writer.finish(), titleComplete };
}
