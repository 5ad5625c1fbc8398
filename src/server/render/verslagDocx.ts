/** The verslag as a Word document: the uniform layout every PO's minutes share. */
import type { Paragraph, Table } from 'docx';
import { TextRun } from 'docx';
import { FOLLOW_UP_STATUS_LABEL } from '../../domain/labels';
import type { RecordKind } from '../../domain/model';
import type { VerslagActiepunt, VerslagItem, VerslagModel, VerslagMotie, VerslagToezegging } from '../../domain/verslag';
import { BUITEN_DOEL_NOTE } from '../../domain/verslag';
import { bullet, heading, labelled, linksParagraph, packDocument, paragraph, table, textRuns } from './docxParts';
import { dutchDate, dutchDeadline } from './dutchDate';
import { poLinks, type PoLinkOptions } from './escape';
import {
  AFHANDELING_TEXT,
  aanwezigenOf,
  afgemeldOf,
  DEELNEMERS_NOTE,
  OVERVIEW_COLUMNS,
  overviewTitle,
  plural,
  VERSLAG_LINK_TEXT,
  VERTROUWELIJK,
  wieOf,
} from './wording';

export const VERSLAG_DOCX_TITLE = 'Verslag portefeuillehoudersoverleg';

type Block = Paragraph | Table;

const actiepuntRow = (a: VerslagActiepunt): string[] => [
  a.agendapuntNummer,
  a.text,
  wieOf(a.wie),
  dutchDeadline(a.wanneer),
  FOLLOW_UP_STATUS_LABEL[a.status].nl,
];
/** The record's text, with the raadsregister entry it follows up when it links to one. */
const withRaads = (text: string, nummer: string | null | undefined): string => (nummer ? `${text} (raadsregister ${nummer})` : text);

const toezeggingRow = (t: VerslagToezegging): string[] => [
  t.agendapuntNummer,
  withRaads(t.text, t.raadsNummer),
  t.aan,
  wieOf(t.wie),
  dutchDeadline(t.wanneer),
  FOLLOW_UP_STATUS_LABEL[t.status].nl,
];
const motieRow = (m: VerslagMotie): string[] => [
  m.agendapuntNummer,
  m.referentie,
  withRaads(m.text, m.raadsNummer),
  m.afdoening,
  wieOf(m.wie),
  dutchDeadline(m.wanneer),
  FOLLOW_UP_STATUS_LABEL[m.status].nl,
];

const { actiepunt: ACTIEPUNT_COLUMNS, toezegging: TOEZEGGING_COLUMNS, motie: MOTIE_COLUMNS } = OVERVIEW_COLUMNS;

/** A captioned table, or nothing for an empty list. */
function records<T>(caption: Block, columns: string[], list: T[], toRow: (r: T) => string[]): Block[] {
  return list.length ? [caption, table(columns, list.map(toRow))] : [];
}

function titleBlock(model: VerslagModel): Block[] {
  const ph = [model.portefeuillehouder.titel, model.portefeuillehouder.naam].filter(Boolean).join(' ');
  const blocks: Block[] = [
    heading(1, VERSLAG_DOCX_TITLE),
    paragraph(model.titel, { bold: true }),
    labelled('Portefeuillehouder', ph),
    labelled('Datum', `${dutchDate(model.datum)}, ${model.tijd}`),
    labelled('Aanwezig', aanwezigenOf(model.aanwezigen)),
  ];
  const afgemeld = afgemeldOf(model.afgemeld);
  if (afgemeld) blocks.push(labelled('Afgemeld', afgemeld));
  if (model.notulist) blocks.push(labelled('Verslag', model.notulist));
  if (model.audience === 'deelnemers') blocks.push(paragraph(DEELNEMERS_NOTE, { bold: true }));
  return blocks;
}

function itemBlock(item: VerslagItem): Block[] {
  if (item.vertrouwelijk) return [heading(2, `${item.nummer}. ${VERTROUWELIJK}`)];
  const blocks: Block[] = [
    heading(2, `${item.nummer}. ${item.titel}${item.geheim ? ' (vertrouwelijk)' : ''}`),
    labelled('Onderdeel', item.sectie),
    labelled('Doel', item.doelLabel),
    labelled('Opdrachtnemer', wieOf(item.opdrachtnemer)),
  ];
  if (item.kwaliteitstoets) blocks.push(paragraph(item.kwaliteitstoets));
  if (item.aangeschoven?.length) blocks.push(labelled('Aangeschoven', item.aangeschoven.join(', ')));
  if (item.afhandeling) blocks.push(paragraph(AFHANDELING_TEXT[item.afhandeling], { bold: true }));
  if (item.voorgesteldBesluit.trim()) blocks.push(labelled('Voorgesteld besluit', item.voorgesteldBesluit));
  if (item.bespreking.trim()) blocks.push(labelled('Bespreking', item.bespreking));
  if (item.besluitpunten.length) {
    blocks.push(heading(3, plural('besluitpunt')));
    for (const b of item.besluitpunten) {
      const college = b.collegeDatum ? ` (naar het college van ${dutchDate(b.collegeDatum)})` : '';
      const runs = textRuns(b.text + college);
      if (b.buitenDoel) runs.push(new TextRun({ text: BUITEN_DOEL_NOTE, italics: true, break: 1 }));
      blocks.push(bullet(runs));
    }
  }
  blocks.push(
    ...records(heading(3, plural('actiepunt')), ACTIEPUNT_COLUMNS, item.actiepunten, actiepuntRow),
    ...records(heading(3, plural('toezegging')), TOEZEGGING_COLUMNS, item.toezeggingen, toezeggingRow),
    ...records(heading(3, plural('motie')), MOTIE_COLUMNS, item.moties, motieRow),
  );
  return blocks;
}

/** The verslag as .docx bytes: the municipality in the header, Heading 2 per agendapunt, tables for follow-up. */
export function renderVerslagDocx(model: VerslagModel, opts: PoLinkOptions & { versionId: string }): Promise<Buffer> {
  const overview = (kind: RecordKind): Block => heading(2, overviewTitle(kind));
  const children: Block[] = [
    ...titleBlock(model),
    ...model.items.flatMap(itemBlock),
    ...records(overview('actiepunt'), ACTIEPUNT_COLUMNS, model.actiepunten, actiepuntRow),
    ...records(overview('toezegging'), TOEZEGGING_COLUMNS, model.toezeggingen, toezeggingRow),
    ...records(overview('motie'), MOTIE_COLUMNS, model.moties, motieRow),
    linksParagraph(poLinks(opts, model.poId), VERSLAG_LINK_TEXT),
    paragraph(`Verslagversie: ${opts.versionId}`),
  ];
  return packDocument({ organisatie: model.organisatie, title: `Verslag ${model.titel}`, children });
}
