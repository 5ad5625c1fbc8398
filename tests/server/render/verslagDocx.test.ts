import { BUITEN_DOEL_NOTE } from '../../../src/domain/verslag';
import { renderVerslagDocx, VERSLAG_DOCX_TITLE } from '../../../src/server/render';
import { BROWSER_LINK, buildLargePo, buildMeetingPo, OPTS, SECRET, TEAMS_LINK, verslagOf } from './factory';
import { docxFiles, docxParagraphs } from './helpers';

describe('renderVerslagDocx', () => {
  let files: Record<string, string>;
  let buffer: Buffer;
  beforeAll(async () => {
    buffer = await renderVerslagDocx(verslagOf(buildMeetingPo()), OPTS);
    files = docxFiles(buffer);
  });
  const document = (): string => files['word/document.xml'] ?? '';
  const paragraphs = (style: string): string[] =>
    docxParagraphs(document())
      .filter((p) => p.style === style)
      .map((p) => p.text);

  it('is a Word document: a zip with word/document.xml', () => {
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
  });

  it('puts the municipality in the page header', () => {
    const header = Object.entries(files).find(([name]) => /^word\/header\d+\.xml$/.test(name))?.[1] ?? '';
    expect(header).toContain('Gemeente Velsen');
  });

  it('has the uniform headings: one title, Heading 2 per agendapunt and per overview', () => {
    expect(paragraphs('Heading1')).toEqual([VERSLAG_DOCX_TITLE]);
    expect(paragraphs('Heading2')).toEqual([
      '1. Woonvisie 2027-2035',
      '2. Warmtetransitie: aanpak wijk Zeewijk',
      '3. Vertrouwelijk',
      '4. Persvragen nieuwbouw Velserbroek',
      'Overzicht actiepunten',
      'Overzicht toezeggingen',
      'Overzicht moties',
    ]);
    expect(paragraphs('Heading3').slice(0, 4)).toEqual(['Besluitpunten', 'Actiepunten', 'Toezeggingen', 'Moties']);
  });

  it('writes the date in Dutch and the purpose, voorgesteld besluit and out-of-purpose note', () => {
    const text = docxParagraphs(document()).map((p) => p.text);
    expect(text).toContain('Datum: maandag 7 december 2026, 09:00');
    expect(text).toContain('Doel: Besluitvorming');
    expect(text).toContain('Voorgesteld besluit: Instemmen met de woonvisie en deze voorleggen aan het college van 15 december.');
    expect(text).toContain(`Zeewijk wordt de eerste wijk.\n${BUITEN_DOEL_NOTE}`);
  });

  it('has tables for actiepunten, toezeggingen and moties, per item and in the overview', () => {
    expect(document().match(/<w:tbl>/g)).toHaveLength(3 + 1 + 3);
    const cells = docxParagraphs(document()).map((p) => p.text);
    for (const header of ['Actiepunt', 'Toezegging', 'Motie', 'Afdoening', 'Wanneer', 'Status']) expect(cells).toContain(header);
    expect(cells).toContain('Raadsinformatiebrief over de woonvisie opstellen.');
    expect(cells).toContain('18 december 2026');
  });

  it('ends with the link to the app and the version', () => {
    const text = docxParagraphs(document()).map((p) => p.text);
    expect(text.slice(-2)).toEqual(['Volledig verslag in PO-overleg (in de browser)', `Verslagversie: ${OPTS.versionId}`]);
    const rels = files['word/_rels/document.xml.rels'] ?? '';
    expect(rels).toContain(`Target="${TEAMS_LINK.replace(/&/g, '&amp;')}"`);
    expect(rels).toContain(`Target="${BROWSER_LINK}"`);
    expect(rels).not.toContain('/po/');
  });

  it('never contains the confidential item beyond its number, in any part of the file', () => {
    const all = Object.values(files).join('\n');
    for (const secret of Object.values(SECRET)) expect(all).not.toContain(secret);
  });

  it('does contain the confidential item for an audience of deelnemers', async () => {
    const own = docxFiles(await renderVerslagDocx(verslagOf(buildMeetingPo(), 'deelnemers'), OPTS))['word/document.xml'] ?? '';
    expect(own).toContain(`3. ${SECRET.title} (vertrouwelijk)`);
    expect(own).toContain(SECRET.actiepunt);
  });

  it('renders a 40-item verslag with every agendapunt', async () => {
    const model = verslagOf(buildLargePo(40));
    const xml = docxFiles(await renderVerslagDocx(model, OPTS))['word/document.xml'] ?? '';
    const headings = docxParagraphs(xml)
      .filter((p) => p.style === 'Heading2')
      .map((p) => p.text);
    expect(headings.filter((h) => /^\d+\. /.test(h))).toHaveLength(40);
  });
});
