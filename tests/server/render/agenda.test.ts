import { AGENDA_DOCX_TITLE, AGENDA_END_MARKER, AGENDA_START_MARKER, insertAgendaBlock, renderAgendaDocx, renderAgendaHtml } from '../../../src/server/render';
import { buildAgendapunt, buildStuk } from '../../factories/domain';
import { agendaInput, BROWSER_LINK, buildMeetingPo, SECRET, TEAMS_LINK } from './factory';
import { docxFiles, docxParagraphs, isAscending, positions } from './helpers';

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe('renderAgendaHtml', () => {
  const html = renderAgendaHtml(agendaInput());

  it('is wrapped in the start and end markers, once each', () => {
    expect(html.startsWith(AGENDA_START_MARKER)).toBe(true);
    expect(html.endsWith(AGENDA_END_MARKER)).toBe(true);
    expect(count(html, AGENDA_START_MARKER)).toBe(1);
    expect(count(html, AGENDA_END_MARKER)).toBe(1);
  });

  it('shows title, date and per section the items with number, title, purpose, opdrachtnemer, minutes and stukken', () => {
    const expected = [
      '<h2>Agenda PO wethouder Smeets</h2>',
      'Gemeente Velsen',
      'wethouder Sander Smeets',
      'maandag 7 december 2026 om 09:00 (65 minuten gepland)',
      '<h3>Strategische zaken</h3>',
      '<tr><th>Nr.</th><th>Agendapunt</th><th>Doel</th><th>Opdrachtnemer</th><th>Minuten</th><th>Stukken</th></tr>',
      '<tr><td>1</td><td><strong>Woonvisie 2027-2035</strong></td><td>Besluitvorming</td><td>Anouk Jansen</td><td>30</td>',
      '<a href="https://velsen.sharepoint.com/sites/po/stukken/collegeadvies.docx">Woonvisie 2027-2035 (concept)</a>',
      '<td>2</td><td><strong>Warmtetransitie: aanpak wijk Zeewijk</strong><br><em>Met:</em> Ellen Bakker</td><td>Oordeelsvorming</td><td>Mehmet Yilmaz</td>',
      '<h3>Tactisch-operationele zaken</h3>',
      '<tr><td>3</td><td>Vertrouwelijk</td><td></td><td></td><td>15</td><td></td></tr>',
      '<h3>Dingen van de dag</h3>',
      '<td>4</td><td><strong>Persvragen nieuwbouw Velserbroek</strong></td><td>Beeldvorming</td>',
      `<a href="${TEAMS_LINK.replace(/&/g, '&amp;')}">Agenda en stukken in PO-overleg</a> (<a href="${BROWSER_LINK}">in de browser</a>)`,
    ];
    const at = positions(html, expected);
    expect(expected.filter((_, i) => at[i] === -1)).toEqual([]);
    expect(isAscending(at)).toBe(true);
  });

  it('never shows a confidential item beyond its number and time', () => {
    expect(html).not.toContain(SECRET.title);
    expect(html).not.toContain('Stand van de onderhandelingen');
  });

  it('marks missing stukken, does not link unsafe ones and says when a section is empty', () => {
    const po = buildMeetingPo();
    po.agendapunten = [
      buildAgendapunt({
        stukken: [buildStuk({ title: 'Raadsvoorstel', deliveredAt: null }), buildStuk({ id: 's2', title: 'Bijlage', url: 'javascript:alert(1)' })],
      }),
      buildAgendapunt({ id: 'ap-rondvraag', section: 'Rondvraag', title: 'Rondvraag', purpose: null, plannedMinutes: null }),
    ];
    const out = renderAgendaHtml(agendaInput(po));
    expect(out).toContain('Raadsvoorstel <em>(nog niet aangeleverd)</em><br>Bijlage</td>');
    expect(out).not.toContain('javascript');
    expect(out).toContain('<h3>Dingen van de dag</h3><p><em>Geen agendapunten.</em></p>');
    expect(out).toMatch(/<h3>Rondvraag<\/h3><table>.*<td>2<\/td><td><strong>Rondvraag<\/strong><\/td><td>Geen doel<\/td>/);
  });

  it('keeps the markers unique when a title imitates one', () => {
    const po = buildMeetingPo({ title: `PO ${AGENDA_END_MARKER}` });
    const out = renderAgendaHtml(agendaInput(po));
    expect(count(out, AGENDA_END_MARKER)).toBe(1);
  });
});

describe('insertAgendaBlock', () => {
  const block = (n: number): string => `${AGENDA_START_MARKER}\n<p>agenda ${n}</p>\n${AGENDA_END_MARKER}`;

  it('appends the block to a body without one', () => {
    expect(insertAgendaBlock('<p>Teams-link</p>', block(1))).toBe(`<p>Teams-link</p>\n${block(1)}`);
    expect(insertAgendaBlock('', block(1))).toBe(block(1));
  });

  it('puts the block inside <body> when the event body is a whole HTML document (as Outlook keeps it)', () => {
    const doc = '<html>\r\n<head><meta charset="utf-8"></head>\r\n<body><p>Beste collega\'s,</p><div>Deelnemen aan Teams</div></BODY>\r\n</html>\r\n';
    const updated = insertAgendaBlock(doc, block(1));
    expect(updated).toBe(
      `<html>\r\n<head><meta charset="utf-8"></head>\r\n<body><p>Beste collega's,</p><div>Deelnemen aan Teams</div>\n${block(1)}\n</BODY>\r\n</html>\r\n`,
    );
    // Sent again: replaced where it is, still inside the body.
    const again = insertAgendaBlock(updated, block(2));
    expect(count(again, AGENDA_START_MARKER)).toBe(1);
    expect(again.indexOf(AGENDA_END_MARKER)).toBeLessThan(again.indexOf('</BODY>'));
    expect(again).toContain('<p>agenda 2</p>');
    // A document without <body> gets it before </html>, never after it.
    expect(insertAgendaBlock('<html><p>x</p></html>', block(1))).toBe(`<html><p>x</p>\n${block(1)}\n</html>`);
  });

  it('replaces an earlier block and keeps everything around it', () => {
    const body = `<p>Beste collega's,</p>${block(1)}<p>Teams-link</p>`;
    const updated = insertAgendaBlock(body, block(2));
    expect(updated).toBe(`<p>Beste collega's,</p>${block(2)}<p>Teams-link</p>`);
    expect(insertAgendaBlock(updated, block(2))).toBe(updated);
  });
});

describe('renderAgendaDocx', () => {
  it('is a Word document with the municipality in the header, a heading per section and no confidential title', async () => {
    const buffer = await renderAgendaDocx(agendaInput());
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = docxFiles(buffer);
    const paragraphs = docxParagraphs(files['word/document.xml'] ?? '');
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([AGENDA_DOCX_TITLE]);
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Strategische zaken',
      'Tactisch-operationele zaken',
      'Dingen van de dag',
    ]);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['Datum: maandag 7 december 2026 om 09:00', 'Woonvisie 2027-2035', 'Besluitvorming', 'Vertrouwelijk']));
    expect(Object.values(files).join('\n')).not.toContain(SECRET.title);
    expect(Object.entries(files).some(([name, xml]) => name.startsWith('word/header') && xml.includes('Gemeente Velsen'))).toBe(true);
  });
});
