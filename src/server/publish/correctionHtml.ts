/** The "Gecorrigeerd verslag" reply: what changed, in Teams-safe HTML, split under the size limit. */
import type { VerslagChange } from '../../domain';
import { CHANNEL_MESSAGE_LIMIT_BYTES, escapeHtml } from '../render';

const LABEL: Record<VerslagChange['change'], string> = { toegevoegd: 'Toegevoegd', verwijderd: 'Verwijderd', gewijzigd: 'Gewijzigd' };

function line(c: VerslagChange): string {
  const before = c.change === 'gewijzigd' && c.before ? ` <em>(was: ${escapeHtml(c.before)})</em>` : '';
  return `<li><strong>${LABEL[c.change]}</strong> – ${escapeHtml(c.what)} bij agendapunt ${escapeHtml(c.agendapuntNummer)}: ${escapeHtml(c.text)}${before}</li>`;
}

export function correctionPosts(opts: { version: number; reason: string; changes: VerslagChange[]; marker: string; link: string; fileUrl: string | null }): string[] {
  const head = `<h2>Gecorrigeerd verslag (versie ${opts.version})</h2>`
    + (opts.reason ? `<p>Reden: ${escapeHtml(opts.reason)}</p>` : '')
    + (opts.changes.length === 0 ? '<p>Geen inhoudelijke wijzigingen in het openbare verslag.</p>' : '<p>Wijzigingen:</p>');
  const tail = (opts.fileUrl ? `<p><a href="${escapeHtml(opts.fileUrl)}">Gecorrigeerd verslag als Word-document</a></p>` : '')
    + `<p><a href="${escapeHtml(opts.link)}">Volledig verslag in PO-overleg</a></p><p>${escapeHtml(opts.marker)}</p>`;
  const limit = CHANNEL_MESSAGE_LIMIT_BYTES - 2_000;
  const posts: string[] = [];
  let items: string[] = [];
  let size = Buffer.byteLength(head + tail);
  for (const l of opts.changes.map(line)) {
    const bytes = Buffer.byteLength(l);
    if (items.length > 0 && size + bytes > limit) {
      posts.push(`${posts.length === 0 ? head : '<p>Wijzigingen (vervolg):</p>'}<ul>${items.join('')}</ul>`);
      items = [];
      size = Buffer.byteLength(tail) + 100;
    }
    items.push(l);
    size += bytes;
  }
  const list = items.length > 0 ? `<ul>${items.join('')}</ul>` : '';
  posts.push(`${posts.length === 0 ? head : '<p>Wijzigingen (vervolg):</p>'}${list}${tail}`);
  return posts;
}
