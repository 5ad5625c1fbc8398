/**
 * The kwaliteitstoets line and the raadsregister link in the rendered verslag: the channel message
 * (HTML, also the Graph body) and the Word document write what the verslag model says.
 */
import { buildVerslag } from '../../../src/domain/verslag';
import type { Po } from '../../../src/domain';
import { renderVerslagDocx, renderVerslagHtml } from '../../../src/server/render';
import { buildOrg, IDS } from '../../factories/domain';
import { buildMeetingPo, OPTS, users } from './factory';
import { docxFiles, docxParagraphs, htmlText } from './helpers';

const OVERRULED = { by: IDS.wethouder, byName: 'Sander Smeets', reden: 'De raad vergadert donderdag.', at: '2026-12-04T08:00:00.000Z' };

function overruledPo(): Po {
  const po = buildMeetingPo();
  return {
    ...po,
    agendapunten: po.agendapunten.map((i) => (i.id === 'ap-woonvisie' ? { ...i, kwaliteitstoets: null, toetsCriteria: [], toetsOverruled: OVERRULED } : i)),
    records: po.records.map((r) => (r.id === 'mo-woon' || r.id === 'tz-woon' ? { ...r, raadsItemId: 'raads-7' } : r)),
  };
}

const model = (po: Po) => buildVerslag(po, { org: buildOrg(), users: users(), audience: 'openbaar', raadsNummers: new Map([['raads-7', 'M2026-007']]) });

describe('the kwaliteitstoets in the rendered verslag', () => {
  it('puts the overruled toets, with who and why, under the item in the channel message', () => {
    const { html } = renderVerslagHtml(model(overruledPo()), OPTS);
    const text = htmlText(html);
    expect(text).toContain('Kwaliteitstoets: overruled door Sander Smeets: De raad vergadert donderdag. (0/7)');
    expect(text.indexOf('Kwaliteitstoets: overruled')).toBeGreaterThan(text.indexOf('1. Woonvisie'));
    expect(text.indexOf('Kwaliteitstoets: overruled')).toBeLessThan(text.indexOf('2. Warmtetransitie'));
  });

  it('writes the same line in the Word document', async () => {
    const doc = docxFiles(await renderVerslagDocx(model(overruledPo()), OPTS))['word/document.xml'] ?? '';
    const text = docxParagraphs(doc).map((p) => p.text);
    expect(text).toContain('Kwaliteitstoets: overruled door Sander Smeets: De raad vergadert donderdag. (0/7)');
  });

  it('shows a completed toets as voldaan, and no line for an item whose toets was never begun', () => {
    const { html } = renderVerslagHtml(model(buildMeetingPo()), OPTS);
    const text = htmlText(html);
    expect(text.match(/Kwaliteitstoets: /g)).toHaveLength(1);
    expect(text).toContain('Kwaliteitstoets: voldaan (7/7)');
  });
});

describe('records that follow up the raadsregister, rendered', () => {
  it('name the register nummer in the channel message', () => {
    const { html } = renderVerslagHtml(model(overruledPo()), OPTS);
    expect(html.match(/<em>raadsregister:<\/em> M2026-007/g)).toHaveLength(2);
  });

  it('name it in the Word tables', async () => {
    const doc = docxFiles(await renderVerslagDocx(model(overruledPo()), OPTS))['word/document.xml'] ?? '';
    const cells = docxParagraphs(doc).map((p) => p.text);
    expect(cells.filter((c) => c.endsWith('(raadsregister M2026-007)')).length).toBeGreaterThanOrEqual(2);
  });
});
