/** The verslag's attendance and the afhandeling of items not discussed, in HTML and .docx (issue 14). */
import { renderVerslagDocx, renderVerslagHtml } from '../../../src/server/render';
import { IDS } from '../../factories/domain';
import { buildMeetingPo, OPTS, verslagOf } from './factory';
import { docxFiles, docxParagraphs } from './helpers';

const po = (() => {
  const base = buildMeetingPo();
  return {
    ...base,
    agendapunten: base.agendapunten.map((i) =>
      i.id === 'ap-dvdd' ? { ...i, afhandeling: 'aangehouden' as const } : i.id === 'ap-warmte' ? { ...i, afhandeling: 'niet_besproken' as const } : i,
    ),
    attendance: {
      aanwezig: [
        { userId: IDS.wethouder, name: '' },
        { userId: null, name: 'Jan Gast (provincie)' },
      ],
      afgemeld: [{ userId: IDS.concernadviseur, name: '' }],
      aangeschoven: { 'ap-woonvisie': [{ userId: IDS.opdrachtnemer, name: '' }] },
    },
  };
})();

describe('attendance and afhandeling in the verslag', () => {
  test('the channel HTML', () => {
    const { html } = renderVerslagHtml(verslagOf(po), OPTS);
    expect(html).toContain('<strong>Aanwezig:</strong> Sander Smeets, Jan Gast (provincie)');
    expect(html).toContain('<strong>Afgemeld:</strong> Fatima el Amrani');
    expect(html).toContain('<strong>Aangeschoven:</strong> Anouk Jansen');
    expect(html).toContain('Aangehouden: dit agendapunt komt terug op een volgend PO.');
    expect(html).toContain('Niet besproken.');
    expect(html).not.toContain('niet vastgelegd');
  });

  test('the .docx', async () => {
    const text = docxParagraphs(docxFiles(await renderVerslagDocx(verslagOf(po), OPTS))['word/document.xml'] ?? '').map((p) => p.text);
    expect(text).toContain('Aanwezig: Sander Smeets, Jan Gast (provincie)');
    expect(text).toContain('Afgemeld: Fatima el Amrani');
    expect(text).toContain('Aangeschoven: Anouk Jansen');
    expect(text).toContain('Aangehouden: dit agendapunt komt terug op een volgend PO.');
    expect(text).toContain('Niet besproken.');
  });

  test('an older verslag without attendance still reads "niet vastgelegd" and no Afgemeld line', () => {
    const { html } = renderVerslagHtml(verslagOf(buildMeetingPo({ aanwezigen: [] })), OPTS);
    expect(html).toContain('<strong>Aanwezig:</strong> niet vastgelegd');
    expect(html).not.toContain('Afgemeld');
  });
});
