/**
 * The verslag as channel-message sections: the title block, one section per agendapunt, the
 * overview tables and the closing lines. Both the whole message and the split posts are written
 * from these sections, so they can never differ in content.
 */
import { BUITEN_DOEL_NOTE } from '../../domain/verslag';
import type { VerslagActiepunt, VerslagBesluitpunt, VerslagItem, VerslagModel, VerslagMotie, VerslagToezegging } from '../../domain/verslag';
import { FOLLOW_UP_STATUS_LABEL } from '../../domain/labels';
import type { RecordKind } from '../../domain/model';
import type { Cell, Group, Inline, Line, Section } from './channelMessage';
import { dutchDate, dutchDeadline } from './dutchDate';
import { escapeHtml, poLinkHtml, safeHref, type PoLinkOptions } from './escape';
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

export interface VerslagRenderOptions extends PoLinkOptions {
  versionId: string;
  /** The verslag as .docx in the channel's files, linked above the link to the app. */
  fileUrl?: string | null;
  /** @mention owners of actiepunten with a known Entra id (default true). */
  mentions?: boolean;
}

const html = (markup: string): Inline => ({ html: markup });
const text = (value: string, style?: 'strong' | 'em'): Inline => (style ? { text: value, style } : { text: value });
const line = (tag: Line['tag'], ...cells: Cell[]): Line => ({ tag, cells });
const captioned = (caption: string, tag: Group['tag'], columns?: string[]): Group => ({
  tag,
  caption: line(tag === 'table' ? 'h2' : 'h3', [text(caption)]),
  ...(columns ? { columns } : {}),
});
const inGroup = (group: Group, lines: Line[]): Line[] => lines.map((l) => ({ ...l, group }));

export function titleSection(model: VerslagModel): Section {
  const ph = [model.portefeuillehouder.titel, model.portefeuillehouder.naam].filter(Boolean).join(' ');
  const lines: Line[] = [
    line('h1', [text(`Verslag ${model.titel}`)]),
    line(
      'p',
      [html('<strong>Portefeuillehouder:</strong> '), text(ph)],
      [html('<br><strong>Datum:</strong> '), text(`${dutchDate(model.datum)}, ${model.tijd}`)],
      [html('<br><strong>Organisatie:</strong> '), text(model.organisatie)],
    ),
    line('p', [html('<strong>Aanwezig:</strong> '), text(aanwezigenOf(model.aanwezigen))]),
  ];
  const afgemeld = afgemeldOf(model.afgemeld);
  if (afgemeld) lines.push(line('p', [html('<strong>Afgemeld:</strong> '), text(afgemeld)]));
  if (model.notulist) lines.push(line('p', [html('<strong>Verslag:</strong> '), text(model.notulist)]));
  if (model.audience === 'deelnemers') lines.push(line('p', [text(DEELNEMERS_NOTE, 'strong')]));
  return { lines, continuation: null };
}

function itemTitle(item: Extract<VerslagItem, { vertrouwelijk: false }>): string {
  return `${item.nummer}. ${item.titel}${item.geheim ? ' (vertrouwelijk)' : ''}`;
}

/** The short heading repeated when an item continues in the next message. */
function continuationHeading(title: string): Line {
  const short = title.length > 80 ? `${title.slice(0, 80)}…` : title;
  return line('h2', [text(`${short} (vervolg)`)]);
}

export function besluitpuntCells(b: VerslagBesluitpunt): Cell[] {
  const cells: Cell[] = [[text(b.text)]];
  if (b.collegeDatum) cells.push([html(' — <em>naar het college van</em> '), text(dutchDate(b.collegeDatum))]);
  if (b.buitenDoel) cells.push([html(`<br><em>${escapeHtml(BUITEN_DOEL_NOTE)}</em>`)]);
  return cells;
}

const owner = (a: VerslagActiepunt, mentions: boolean): Inline =>
  mentions && a.wieEntraId && a.wie ? { mention: { name: a.wie, entraId: a.wieEntraId } } : text(wieOf(a.wie));

function actiepuntLine(a: VerslagActiepunt, mentions: boolean): Line {
  return line('li', [text(a.text)], [html(' — <em>wie:</em> '), owner(a, mentions)], [html(' · <em>wanneer:</em> '), text(dutchDeadline(a.wanneer))]);
}

/** The raadsregister entry a toezegging or motie follows up, when it links to one. */
const raadsCells = (nummer: string | null | undefined): Cell[] => (nummer ? [[html(' · <em>raadsregister:</em> '), text(nummer)]] : []);

function toezeggingLine(t: VerslagToezegging): Line {
  return line(
    'li',
    [text(t.text)],
    [html(' — <em>aan:</em> '), text(t.aan)],
    [html(' · <em>wie:</em> '), text(wieOf(t.wie))],
    [html(' · <em>wanneer:</em> '), text(dutchDeadline(t.wanneer))],
    ...raadsCells(t.raadsNummer),
  );
}

function motieLine(m: VerslagMotie): Line {
  return line(
    'li',
    [text(m.referentie, 'strong'), html(': ')],
    [text(m.text)],
    [html('<br><em>afdoening:</em> '), text(m.afdoening)],
    [html(' · <em>wie:</em> '), text(wieOf(m.wie))],
    [html(' · <em>wanneer:</em> '), text(dutchDeadline(m.wanneer))],
    ...raadsCells(m.raadsNummer),
  );
}

export function itemSection(item: VerslagItem, mentions: boolean): Section {
  if (item.vertrouwelijk) {
    return { lines: [line('h2', [text(`${item.nummer}. ${VERTROUWELIJK}`)])], continuation: null };
  }
  const title = itemTitle(item);
  const lines: Line[] = [
    line('h2', [text(title)]),
    line('p', [text(item.sectie, 'em')], [html('<br>Doel: '), text(item.doelLabel, 'strong')], [html('<br>Opdrachtnemer: '), text(wieOf(item.opdrachtnemer))]),
  ];
  if (item.kwaliteitstoets) lines.push(line('p', [text(item.kwaliteitstoets)]));
  if (item.aangeschoven?.length) lines.push(line('p', [html('<strong>Aangeschoven:</strong> ')], [text(item.aangeschoven.join(', '))]));
  if (item.afhandeling) lines.push(line('p', [text(AFHANDELING_TEXT[item.afhandeling], 'strong')]));
  if (item.voorgesteldBesluit.trim()) lines.push(line('p', [html('<strong>Voorgesteld besluit:</strong> ')], [text(item.voorgesteldBesluit)]));
  if (item.bespreking.trim()) lines.push(line('p', [html('<strong>Bespreking:</strong> ')], [text(item.bespreking)]));
  const list = <T>(kind: RecordKind, records: T[], toLine: (r: T) => Line): Line[] =>
    records.length ? inGroup(captioned(plural(kind), 'ul'), records.map(toLine)) : [];
  lines.push(
    ...list('besluitpunt', item.besluitpunten, (b) => line('li', ...besluitpuntCells(b))),
    ...list('actiepunt', item.actiepunten, (a) => actiepuntLine(a, mentions)),
    ...list('toezegging', item.toezeggingen, toezeggingLine),
    ...list('motie', item.moties, motieLine),
  );
  return { lines, continuation: continuationHeading(title) };
}

const status = (s: VerslagActiepunt['status']): Inline => text(FOLLOW_UP_STATUS_LABEL[s].nl);
const row = (...cells: Inline[]): Line => line('tr', ...cells.map((c) => [c]));

/** Tables of all actiepunten, toezeggingen and moties; none for an empty list. */
export function overviewSections(model: VerslagModel): Section[] {
  const table = <T>(caption: string, columns: string[], records: T[], toRow: (r: T) => Line): Section[] =>
    records.length ? [{ lines: inGroup(captioned(caption, 'table', columns), records.map(toRow)), continuation: null }] : [];
  return [
    ...table(overviewTitle('actiepunt'), OVERVIEW_COLUMNS.actiepunt, model.actiepunten, (a) =>
      row(text(a.agendapuntNummer), text(a.text), text(wieOf(a.wie)), text(dutchDeadline(a.wanneer)), status(a.status)),
    ),
    ...table(overviewTitle('toezegging'), OVERVIEW_COLUMNS.toezegging, model.toezeggingen, (t) =>
      row(text(t.agendapuntNummer), text(t.text), text(t.aan), text(wieOf(t.wie)), text(dutchDeadline(t.wanneer)), status(t.status)),
    ),
    ...table(overviewTitle('motie'), OVERVIEW_COLUMNS.motie, model.moties, (m) =>
      row(text(m.agendapuntNummer), text(m.referentie), text(m.text), text(m.afdoening), text(wieOf(m.wie)), text(dutchDeadline(m.wanneer)), status(m.status)),
    ),
  ];
}

export const WORD_LINK_TEXT = 'Verslag als Word-document';

/**
 * The .docx, the link to the app (in Teams and in a browser) and the version marker, always the
 * last lines of the (main) message.
 */
export function closingSection(model: VerslagModel, opts: VerslagRenderOptions): Section {
  const lines: Line[] = [];
  const file = opts.fileUrl ? safeHref(opts.fileUrl) : null;
  if (file) lines.push(line('p', [html(`<a href="${escapeHtml(file)}">${WORD_LINK_TEXT}</a>`)]));
  const link = poLinkHtml(opts, model.poId, VERSLAG_LINK_TEXT);
  if (link.startsWith('<a ')) lines.push(line('p', [html(link)]));
  lines.push(line('p', [html('Verslagversie: '), text(opts.versionId)]));
  return { lines, continuation: null };
}
