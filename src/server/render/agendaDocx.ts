/** The agenda as a Word document, from the same view as the invite HTML. */
import type { Paragraph, Table } from 'docx';
import type { AgendaItemView, AgendaRenderInput, AgendaStukView } from './agendaView';
import { agendaView } from './agendaView';
import { heading, labelled, linksParagraph, packDocument, paragraph, table } from './docxParts';
import { AGENDA_COLUMNS, AGENDA_LINK_TEXT, GEEN_AGENDAPUNTEN, VERTROUWELIJK } from './wording';

export const AGENDA_DOCX_TITLE = 'Agenda portefeuillehoudersoverleg';

const minutes = (m: number | null): string => (m === null ? '' : String(m));

function stukText(stuk: AgendaStukView): string {
  if (!stuk.delivered) return `${stuk.title} (nog niet aangeleverd)`;
  return stuk.href ? `${stuk.title} (${stuk.href})` : stuk.title;
}

function itemRow(item: AgendaItemView): string[] {
  if (item.vertrouwelijk) return [item.nummer, VERTROUWELIJK, '', '', minutes(item.plannedMinutes), ''];
  const titel = item.adviseurs.length ? `${item.titel}\nMet: ${item.adviseurs.join(', ')}` : item.titel;
  const stukken = item.stukken.map(stukText).join('\n');
  return [item.nummer, titel, item.doelLabel, item.opdrachtnemer, minutes(item.plannedMinutes), stukken];
}

/** The agenda as .docx bytes: the municipality in the header, a table per section. */
export function renderAgendaDocx(input: AgendaRenderInput): Promise<Buffer> {
  const view = agendaView(input);
  const children: (Paragraph | Table)[] = [
    heading(1, AGENDA_DOCX_TITLE),
    paragraph(view.titel, { bold: true }),
    labelled('Portefeuillehouder', view.portefeuillehouder),
    labelled('Datum', view.datumTijd),
    labelled('Geplande tijd', `${view.totalMinutes} minuten`),
  ];
  for (const { naam, items } of view.sections) {
    children.push(heading(2, naam), items.length ? table(AGENDA_COLUMNS, items.map(itemRow)) : paragraph(GEEN_AGENDAPUNTEN, { italics: true }));
  }
  if (view.links && (view.links.teams || view.links.browser)) children.push(linksParagraph(view.links, AGENDA_LINK_TEXT));
  return packDocument({ organisatie: view.organisatie, title: `Agenda ${view.titel}`, children });
}
