/**
 * The "Gecorrigeerd verslag" replies: what changed, in Teams-safe HTML, split under the size limit
 * (counted as the request body Graph receives). Every reply ends with its own marker
 * (`Verslagversie: <id>, deel 1 van 2`), by which it is found again when its answer was lost.
 */
import type { VerslagChange } from '../../domain';
import { CHANNEL_MESSAGE_LIMIT_BYTES, escapeHtml, jsonStringBytes, partMarker, requestBytes } from '../render';

const LABEL: Record<VerslagChange['change'], string> = { toegevoegd: 'Toegevoegd', verwijderd: 'Verwijderd', gewijzigd: 'Gewijzigd' };

/**
 * A text quoted in a change line: at most this many characters (some 9 KB even when every one is
 * escaped), so two of them always fit in one reply. The full text is in the .docx and the app.
 */
const QUOTE_CHARS = 1_500;
const quote = (text: string): string =>
  text.length > QUOTE_CHARS ? `${escapeHtml(text.slice(0, QUOTE_CHARS))} … <em>(volledige tekst in het verslag)</em>` : escapeHtml(text);

function line(c: VerslagChange): string {
  const before = c.change === 'gewijzigd' && c.before ? ` <em>(was: ${quote(c.before)})</em>` : '';
  return `<li><strong>${LABEL[c.change]}</strong> – ${escapeHtml(c.what)} bij agendapunt ${escapeHtml(c.agendapuntNummer)}: ${quote(c.text)}${before}</li>`;
}

export interface CorrectionInput {
  version: number;
  reason: string;
  changes: VerslagChange[];
  /** The correction's version id: the marker in every reply. */
  versionId: string;
  /** The link to the PO (Teams and browser), as HTML. */
  linkHtml: string;
  fileUrl: string | null;
}

const markerHtml = (versionId: string, part: number, total: number): string => `<p>${escapeHtml(partMarker(versionId, part, total))}</p>`;

export function correctionPosts(opts: CorrectionInput, limitBytes = CHANNEL_MESSAGE_LIMIT_BYTES): string[] {
  const head =
    `<h2>Gecorrigeerd verslag (versie ${opts.version})</h2>` +
    (opts.reason ? `<p>Reden: ${escapeHtml(opts.reason)}</p>` : '') +
    (opts.changes.length === 0 ? '<p>Geen inhoudelijke wijzigingen in het openbare verslag.</p>' : '<p>Wijzigingen:</p>');
  const tail = (opts.fileUrl ? `<p><a href="${escapeHtml(opts.fileUrl)}">Gecorrigeerd verslag als Word-document</a></p>` : '') + `<p>${opts.linkHtml}</p>`;
  const more = '<p>Wijzigingen (vervolg):</p>';
  // The envelope, the list tags and the marker (numbers up to 999) come on top of the lines.
  const fixed = requestBytes({ html: '<ul></ul>', mentions: [] }) + jsonStringBytes(markerHtml(opts.versionId, 999, 999));
  const limit = limitBytes - fixed;
  const bodies: string[] = [];
  let items: string[] = [];
  let size = jsonStringBytes(head);
  for (const l of opts.changes.map(line)) {
    const bytes = jsonStringBytes(l);
    if (items.length > 0 && size + bytes > limit) {
      bodies.push(`${bodies.length === 0 ? head : more}<ul>${items.join('')}</ul>`);
      items = [];
      size = jsonStringBytes(more);
    }
    items.push(l);
    size += bytes;
  }
  const list = items.length > 0 ? `<ul>${items.join('')}</ul>` : '';
  const last = `${bodies.length === 0 ? head : more}${list}`;
  // The tail goes with the last part when it fits there, else in a part of its own.
  if (size + jsonStringBytes(tail) <= limit) bodies.push(last + tail);
  else bodies.push(last, tail);
  return bodies.map((html, i) => html + markerHtml(opts.versionId, i + 1, bodies.length));
}
