/**
 * Tuesday's announcement of one college date: as a Word document (for those who may read every
 * besluitpunt on it) and as a Teams channel message (what the organisation may see: nothing
 * confidential). Pure functions.
 */
import { COLLEGE_STATE_LABEL } from '../../domain/college';
import type { AankondigingItem, AankondigingView } from '../../shared/contract/college';
import { heading, labelled, packDocument, paragraph, table } from './docxParts';
import { dutchDate, dutchDateTime, dutchShortDate } from './dutchDate';
import { escapeHtml, linkHtml } from './escape';

export const AANKONDIGING_TITLE = 'Aankondiging college';
export const LATE_MARK = 'na aankondiging toegevoegd';
export const CHANGED_MARK = 'gewijzigd na aankondiging';

const marks = (i: AankondigingItem): string => [i.late ? LATE_MARK : '', i.changed ? CHANGED_MARK : ''].filter(Boolean).join('; ');
const stateOf = (i: AankondigingItem): string => (i.college ? COLLEGE_STATE_LABEL[i.college.state].nl : 'Nog niet aangekondigd');

export const aankondigingFileName = (collegeDatum: string): string => `Aankondiging college ${collegeDatum}.docx`;

export function renderAankondigingDocx(view: AankondigingView, organisatie: string): Promise<Buffer> {
  const title = `${AANKONDIGING_TITLE} ${dutchDate(view.collegeDatum)}`;
  return packDocument({
    organisatie,
    title,
    children: [
      heading(1, title),
      labelled('Collegedatum', dutchDate(view.collegeDatum)),
      labelled('Eerst aangekondigd', view.firstAnnouncedAt ? dutchDateTime(view.firstAnnouncedAt) : 'nog niet'),
      labelled('Aantal besluitpunten', String(view.items.length)),
      ...(view.items.length === 0
        ? [paragraph('Er gaan geen besluitpunten naar dit college.')]
        : [
            table(
              ['Portefeuillehouder', 'Besluitpunt', 'Agendapunt (PO)', 'Status', 'Opmerking'],
              view.items.map((i) => [
                i.portefeuillehouder,
                i.text,
                `${i.vertrouwelijk ? '[vertrouwelijk] ' : ''}${i.agendapuntTitle} (${i.poTitle}, ${dutchShortDate(i.poStartsAt.slice(0, 10))})`,
                stateOf(i),
                marks(i),
              ]),
            ),
          ]),
    ],
  });
}

/**
 * The channel message: the besluitpunten that are not confidential, the number of confidential ones,
 * and a link to the list in the app.
 */
export function aankondigingHtml(view: AankondigingView, listUrl: string): { html: string; shown: number; hidden: number } {
  const open = view.items.filter((i) => !i.vertrouwelijk);
  const hidden = view.items.length - open.length;
  const rows = open.map(
    (i) =>
      `<li><strong>${escapeHtml(i.portefeuillehouder)}</strong>: ${escapeHtml(i.text)} <em>(${escapeHtml(i.agendapuntTitle)})</em>${
        marks(i) ? ` — <em>${escapeHtml(marks(i))}</em>` : ''
      }</li>`,
  );
  const html = [
    `<h2>${escapeHtml(`${AANKONDIGING_TITLE} ${dutchDate(view.collegeDatum)}`)}</h2>`,
    open.length ? `<ul>${rows.join('')}</ul>` : '<p>Geen openbare besluitpunten.</p>',
    hidden ? `<p>${hidden === 1 ? '1 vertrouwelijk besluitpunt' : `${hidden} vertrouwelijke besluitpunten`} (niet getoond).</p>` : '',
    `<p>${linkHtml(listUrl, 'De lijst in PO-overleg')}</p>`,
  ].join('');
  return { html, shown: open.length, hidden };
}
