/**
 * A Teams channel message as lines of inline content, and the writer that turns lines into the
 * message HTML with its @mentions. Teams accepts a small HTML subset; only these tags are written:
 * h1-h3, p, strong, em, ul/li, table/tr/th/td, a, br and `<at>` for mentions.
 *
 * Sizes are counted as Graph receives the message: the whole JSON request body
 * `{"body":{"contentType":"html","content":"…"},"mentions":[…]}`, so the HTML as a JSON string
 * (quotes and backslashes escaped) plus every mention object. Teams' limit of about 28 KB applies to
 * that body: a reply with 26 @mentions carries some 5 KB of mentions besides its HTML.
 */
import { bodyBytesUpTo, escapeHtml, textToHtml } from './escape';

/** A Microsoft Graph chatMessageMention of a user (typed here; Graph types stay in the Graph module). */
export interface GraphMention {
  id: number;
  mentionText: string;
  mentioned: { user: { id: string; displayName: string; userIdentityType: 'aadUser' } };
}

/** One channel message (a post or a reply): body HTML and the mentions its `<at>` tags refer to. */
export interface ChannelPost {
  html: string;
  mentions: GraphMention[];
}

export interface MentionTarget {
  name: string;
  entraId: string;
}

/**
 * Inline content. `html` is trusted markup written by the renderer, always balanced on its own;
 * `text` is what a person typed and is escaped on output; `mention` becomes an `<at>` tag.
 */
export type Inline = { html: string } | { text: string; style?: 'strong' | 'em' } | { mention: MentionTarget };
/** Part of a line: a table cell, or a run of inline content in a paragraph or list item. */
export type Cell = Inline[];

/** A list or table around consecutive lines, with the caption written before it. */
export interface Group {
  tag: 'ul' | 'table';
  caption: Line | null;
  /** Column headings of a table. */
  columns?: string[];
}

export interface Line {
  tag: 'h1' | 'h2' | 'h3' | 'p' | 'li' | 'tr';
  cells: Cell[];
  group?: Group;
}

/** Lines that belong together (the title block, one agendapunt, one overview table). */
export interface Section {
  lines: Line[];
  /** Written first when the section continues in a next message, e.g. "3. Woonvisie (vervolg)". */
  continuation: Line | null;
}

export const utf8Bytes = (html: string): number => Buffer.byteLength(html, 'utf8');

/** Bytes of `text` inside a JSON string (as `JSON.stringify` writes it, without the quotes). */
export function jsonStringBytes(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c)
      extra += 1; // \" and \\
    else if (c < 0x20) extra += c >= 0x08 && c <= 0x0d && c !== 0x0b ? 1 : 5; // \b \t \n \f \r; others \u00XX
  }
  return utf8Bytes(text) + extra;
}

/** Bytes one mention adds to the request body (its JSON and the comma before it). */
export const mentionBytes = (m: GraphMention): number => utf8Bytes(JSON.stringify(m)) + 1;

/** The request body around the HTML: `{"body":{"contentType":"html","content":""}}`. */
const ENVELOPE_BYTES = utf8Bytes(JSON.stringify({ body: { contentType: 'html', content: '' } }));
/** `,"mentions":[]` minus the comma `mentionBytes` counts for the first mention. */
const MENTIONS_FIELD_BYTES = utf8Bytes(',"mentions":[]') - 1;

/** The request body as the Graph module sends it (graph/channel.ts `chatMessageBody`), in bytes. */
export function requestBytes(post: ChannelPost): number {
  const body = { body: { contentType: 'html', content: post.html }, ...(post.mentions.length ? { mentions: post.mentions } : {}) };
  return utf8Bytes(JSON.stringify(body));
}

/** Mentions written while rendering: ids continue from the mentions already in the message. */
interface MentionSink {
  offset: number;
  added: GraphMention[];
}

function inlineHtml(inline: Inline, sink: MentionSink): string {
  if ('html' in inline) return inline.html;
  if ('text' in inline) {
    const html = textToHtml(inline.text);
    return inline.style ? `<${inline.style}>${html}</${inline.style}>` : html;
  }
  const id = sink.offset + sink.added.length;
  const { name, entraId } = inline.mention;
  sink.added.push({ id, mentionText: name, mentioned: { user: { id: entraId, displayName: name, userIdentityType: 'aadUser' } } });
  return `<at id="${id}">${escapeHtml(name)}</at>`;
}

const cellHtml = (cell: Cell, sink: MentionSink): string => cell.map((i) => inlineHtml(i, sink)).join('');

function lineHtml(line: Line, sink: MentionSink): string {
  if (line.tag === 'tr') return `<tr>${line.cells.map((c) => `<td>${cellHtml(c, sink)}</td>`).join('')}</tr>`;
  return `<${line.tag}>${line.cells.map((c) => cellHtml(c, sink)).join('')}</${line.tag}>`;
}

/** Request-body bytes of HTML written with these mentions. */
const bodyBytes = (html: string, mentions: GraphMention[]): number => jsonStringBytes(html) + mentions.reduce((n, m) => n + mentionBytes(m), 0);

/** Request-body bytes of a line on its own, its mentions included (counted with one-digit ids). */
export function lineBytes(line: Line): number {
  const sink: MentionSink = { offset: 0, added: [] };
  return bodyBytes(lineHtml(line, sink), sink.added);
}

export function inlineBytes(inline: Inline): number {
  const sink: MentionSink = { offset: 0, added: [] };
  return bodyBytes(inlineHtml(inline, sink), sink.added);
}

/** At least the bytes of an inline, counted no further than just past `stop`; exact below it for clean text. */
export function inlineBytesAtLeast(inline: Inline, stop: number): number {
  if (!('text' in inline)) return inlineBytes(inline);
  const tags = inline.style ? 2 * inline.style.length + 5 : 0;
  return tags + bodyBytesUpTo(inline.text, stop - tags);
}

/**
 * At least the bytes of a line, counted no further than just past `stop`: tells cheaply that a
 * line of a very long text does not fit, without writing it out.
 */
export function lineBytesAtLeast(line: Line, stop: number): number {
  let bytes = 2 * line.tag.length + 5 + (line.tag === 'tr' ? 9 * line.cells.length : 0);
  for (const inline of line.cells.flat()) {
    if (bytes > stop) break;
    bytes += inlineBytesAtLeast(inline, stop - bytes);
  }
  return bytes;
}

function groupOpen(group: Group, sink: MentionSink): string {
  const caption = group.caption ? lineHtml(group.caption, sink) : '';
  const columns = group.columns ? `<tr>${group.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>` : '';
  return `${caption}<${group.tag}>${columns}`;
}

const groupClose = (group: Group | null): string => (group ? `</${group.tag}>` : '');

interface WriterState {
  bytes: number;
  mentionCount: number;
  group: Group | null;
}

/** The HTML a line adds after `state`, with the group switch it causes. Bytes are counted only when `measure`. */
function step(state: WriterState, line: Line, measure = true): { html: string; added: GraphMention[]; next: WriterState } {
  const sink: MentionSink = { offset: state.mentionCount, added: [] };
  const group = line.group ?? null;
  const head = group !== state.group ? groupClose(state.group) + (group ? groupOpen(group, sink) : '') : '';
  const html = head + lineHtml(line, sink);
  const bytes = measure ? state.bytes + bodyBytes(html, sink.added) : 0;
  return { html, added: sink.added, next: { bytes, mentionCount: state.mentionCount + sink.added.length, group } };
}

/**
 * Size of the finished message's request body in this state: the open group still has to be
 * closed, and the HTML and mentions sit in the JSON envelope.
 */
const finishedBytes = (state: WriterState): number =>
  ENVELOPE_BYTES + (state.mentionCount > 0 ? MENTIONS_FIELD_BYTES : 0) + state.bytes + jsonStringBytes(groupClose(state.group));

export interface WriterSnapshot {
  parts: number;
  mentions: number;
  state: WriterState;
}

/**
 * Builds one message line by line. With a limit, `tryAppend` refuses a line that would make the
 * finished message's request body (including the closing tags still to come) larger than the limit.
 */
export class ChannelMessageWriter {
  private readonly parts: string[] = [];
  private readonly mentions: GraphMention[] = [];
  private state: WriterState = { bytes: 0, mentionCount: 0, group: null };

  constructor(private readonly limitBytes = Number.POSITIVE_INFINITY) {}

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** Where the message is now, to come back to with `restore`. */
  snapshot(): WriterSnapshot {
    return { parts: this.parts.length, mentions: this.mentions.length, state: this.state };
  }

  restore(snapshot: WriterSnapshot): void {
    this.parts.length = snapshot.parts;
    this.mentions.length = snapshot.mentions;
    this.state = snapshot.state;
  }

  /** Appends all lines, or none of them when they do not all fit. */
  tryAppendAll(lines: Line[]): boolean {
    const snapshot = this.snapshot();
    if (lines.every((line) => this.tryAppend(line))) return true;
    this.restore(snapshot);
    return false;
  }

  /** Whether all these lines would still fit after what was written. */
  fits(lines: Line[]): boolean {
    let state = this.state;
    for (const line of lines) {
      if (this.surelyTooLarge(state, line)) return false;
      state = step(state, line).next;
      if (finishedBytes(state) > this.limitBytes) return false;
    }
    return true;
  }

  /**
   * Bytes a line of this kind may take (its own tags included) and still fit after what was written.
   * Mention ids are counted as one digit: callers keep a small margin.
   */
  roomFor(line: Line): number {
    const probe: Line = { ...line, cells: [] };
    return this.limitBytes - finishedBytes(step(this.state, probe).next) + lineBytes(probe);
  }

  tryAppend(line: Line): boolean {
    const limited = Number.isFinite(this.limitBytes);
    if (limited && this.surelyTooLarge(this.state, line)) return false;
    const { html, added, next } = step(this.state, line, limited);
    if (limited && finishedBytes(next) > this.limitBytes) return false;
    this.parts.push(html);
    this.mentions.push(...added);
    this.state = next;
    return true;
  }

  /**
   * Tells without writing it out that a line of a very long text cannot fit. Only lines with more
   * characters than the room left are counted: writing out a shorter one costs little.
   */
  private surelyTooLarge(state: WriterState, line: Line): boolean {
    const room = this.limitBytes - state.bytes;
    const chars = line.cells.reduce((sum, cell) => cell.reduce((n, inline) => n + ('text' in inline ? inline.text.length : 0), sum), 0);
    return chars > room && lineBytesAtLeast(line, room) > room;
  }

  /** Appends a line that must fit (always true for a writer without a limit). */
  append(line: Line): void {
    if (!this.tryAppend(line)) throw new Error(`A line does not fit in a message of ${this.limitBytes} bytes.`);
  }

  finish(): ChannelPost {
    return { html: this.parts.join('') + groupClose(this.state.group), mentions: [...this.mentions] };
  }
}

/** All sections as one message, without a size limit. */
export function writePost(sections: Section[]): ChannelPost {
  const writer = new ChannelMessageWriter();
  for (const section of sections) section.lines.forEach((line) => writer.append(line));
  return writer.finish();
}
