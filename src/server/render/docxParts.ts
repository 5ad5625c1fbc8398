/**
 * Building blocks shared by the Word renderers (verslag and agenda): one look for every document,
 * the municipality in the page header, bold-labelled lines and full-width tables.
 */
import { Document, ExternalHyperlink, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { BROWSER_LINK_TEXT, cleanText, safeHref, type PoLinks } from './escape';

/** A run of user text; line breaks become breaks, characters Word cannot store are removed. */
export function textRuns(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((part, i) => new TextRun({ text: part, ...options, ...(i > 0 ? { break: 1 } : {}) }));
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export const heading = (level: keyof typeof HEADINGS, text: string): Paragraph => new Paragraph({ heading: HEADINGS[level], children: textRuns(text) });

export const paragraph = (text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph => new Paragraph({ children: textRuns(text, options) });

/** "Label: value" with the label in bold. */
export const labelled = (label: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] });

export const bullet = (children: TextRun[]): Paragraph => new Paragraph({ bullet: { level: 0 }, children });

/** A link when the URL is http(s), otherwise the text alone. */
export function linkParagraph(url: string | null, text: string): Paragraph {
  const href = url ? safeHref(url) : null;
  if (!href) return paragraph(text);
  return new Paragraph({ children: [new ExternalHyperlink({ link: href, children: [new TextRun({ text, style: 'Hyperlink' })] })] });
}

const hyperlink = (href: string, text: string): ExternalHyperlink =>
  new ExternalHyperlink({ link: href, children: [new TextRun({ text, style: 'Hyperlink' })] });

/** The PO link: `text` opening it in Teams, then "(in de browser)"; see `poLinkHtml`. */
export function linksParagraph({ teams, browser }: PoLinks, text: string): Paragraph {
  const main = teams ?? browser;
  if (!main) return paragraph(text);
  const second = teams && browser ? [new TextRun({ text: ' (' }), hyperlink(browser, BROWSER_LINK_TEXT), new TextRun({ text: ')' })] : [];
  return new Paragraph({ children: [hyperlink(main, text), ...second] });
}

const cell = (text: string, bold = false): TableCell => new TableCell({ children: [new Paragraph({ children: textRuns(text, { bold }) })] });

/** A full-width table with a repeated header row. */
export function table(columns: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

/** A document with the municipality's name in the page header, packed as .docx bytes. */
export function packDocument(input: { organisatie: string; title: string; children: (Paragraph | Table)[] }): Promise<Buffer> {
  const doc = new Document({
    creator: 'PO-overleg',
    title: cleanText(input.title),
    sections: [
      {
        headers: { default: new Header({ children: [paragraph(input.organisatie, { bold: true })] }) },
        children: input.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
