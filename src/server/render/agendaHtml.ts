/**
 * The agenda as HTML for the body of the PO's calendar invite. The block sits between two fixed
 * marker comments, so a later update replaces it without touching what else the invite says.
 */
import { escapeHtml, linkHtml, linksHtml, textToHtml } from './escape';
import type { AgendaItemView, AgendaRenderInput, AgendaStukView } from './agendaView';
import { agendaView } from './agendaView';
import { AGENDA_END_MARKER, AGENDA_START_MARKER } from '../../shared/contract/agendaMarkers';
import { AGENDA_COLUMNS, AGENDA_LINK_TEXT, GEEN_AGENDAPUNTEN, VERTROUWELIJK } from './wording';

export { AGENDA_END_MARKER, AGENDA_START_MARKER };

const td = (html: string): string => `<td>${html}</td>`;
const minutes = (m: number | null): string => (m === null ? '' : String(m));

function stukHtml(stuk: AgendaStukView): string {
  if (!stuk.delivered) return `${escapeHtml(stuk.title)} <em>(nog niet aangeleverd)</em>`;
  return stuk.href ? linkHtml(stuk.href, stuk.title) : escapeHtml(stuk.title);
}

function itemRow(item: AgendaItemView): string {
  if (item.vertrouwelijk) return `<tr>${[item.nummer, VERTROUWELIJK, '', '', minutes(item.plannedMinutes), ''].map((c) => td(escapeHtml(c))).join('')}</tr>`;
  const adviseurs = item.adviseurs.length ? `<br><em>Met:</em> ${escapeHtml(item.adviseurs.join(', '))}` : '';
  return `<tr>${[
    td(escapeHtml(item.nummer)),
    td(`<strong>${textToHtml(item.titel)}</strong>${adviseurs}`),
    td(escapeHtml(item.doelLabel)),
    td(escapeHtml(item.opdrachtnemer)),
    td(escapeHtml(minutes(item.plannedMinutes))),
    td(item.stukken.map(stukHtml).join('<br>')),
  ].join('')}</tr>`;
}

const header = `<tr>${AGENDA_COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr>`;

/** The agenda block for the invite body, markers included. */
export function renderAgendaHtml(input: AgendaRenderInput): string {
  const view = agendaView(input);
  const sections = view.sections.map(({ naam, items }) => {
    const body = items.length ? `<table>${header}${items.map(itemRow).join('')}</table>` : `<p><em>${GEEN_AGENDAPUNTEN}</em></p>`;
    return `<h3>${escapeHtml(naam)}</h3>${body}`;
  });
  const link = view.links && (view.links.teams || view.links.browser) ? `<p>${linksHtml(view.links, AGENDA_LINK_TEXT)}</p>` : '';
  return [
    AGENDA_START_MARKER,
    `<h2>Agenda ${escapeHtml(view.titel)}</h2>`,
    `<p>${escapeHtml(view.organisatie)}<br>${escapeHtml(view.portefeuillehouder)}<br>${escapeHtml(view.datumTijd)}` +
      ` (${view.totalMinutes} minuten gepland)</p>`,
    ...sections,
    link,
    AGENDA_END_MARKER,
  ].join('\n');
}

/**
 * The invite body with its agenda block replaced by `agendaHtml`, or with the block added when the
 * body has none yet: at the end of the content, which for a whole HTML document (Outlook's bodies
 * are `<html><head>…</head><body>…</body></html>`) is just before `</body>` (or `</html>`), never
 * after the document. Everything outside the markers (the Teams meeting link, a note) stays.
 */
export function insertAgendaBlock(body: string, agendaHtml: string): string {
  const start = body.indexOf(AGENDA_START_MARKER);
  const end = start === -1 ? -1 : body.indexOf(AGENDA_END_MARKER, start);
  if (start !== -1 && end !== -1) return body.slice(0, start) + agendaHtml + body.slice(end + AGENDA_END_MARKER.length);
  if (!body) return agendaHtml;
  const close = lastClosingTag(body, 'body') ?? lastClosingTag(body, 'html');
  if (close === null) return `${body}\n${agendaHtml}`;
  return `${body.slice(0, close)}\n${agendaHtml}\n${body.slice(close)}`;
}

/** Where the last `</tag>` (any case, optional spaces) starts, or null. */
function lastClosingTag(html: string, tag: string): number | null {
  let at: number | null = null;
  for (const m of html.matchAll(new RegExp(`</\\s*${tag}\\s*>`, 'gi'))) at = m.index ?? null;
  return at;
}
