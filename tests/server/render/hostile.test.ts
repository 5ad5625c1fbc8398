/** What a person types never reaches any rendering as markup. */
import type { Po } from '../../../src/domain';
import { planChannelPosts, renderAgendaDocx, renderAgendaHtml, renderVerslagDocx, renderVerslagHtml } from '../../../src/server/render';
import { buildStuk } from '../../factories/domain';
import { agendaInput, buildLargePo, buildMeetingPo, OPTS, verslagOf } from './factory';
import { docxFiles, htmlText, tagsWithAttributes } from './helpers';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const BREAKOUT = '"><a href=javascript:alert(1)>klik</a>';
const AMP = 'Tom & Jerry &amp; co';
const HOSTILE = `${SCRIPT} ${IMG} ${BREAKOUT} ${AMP}`;

function hostilePo(): Po {
  const po = buildMeetingPo({ title: `PO ${HOSTILE}`, aanwezigen: [HOSTILE] });
  po.agendapunten = po.agendapunten.map((item) => ({
    ...item,
    title: `${item.title} ${HOSTILE}`,
    voorgesteldBesluit: HOSTILE,
    bespreking: HOSTILE,
    stukken: [
      buildStuk({ title: `Stuk ${HOSTILE}`, url: 'javascript:alert(1)' }),
      buildStuk({ id: 'ok', title: 'Goed stuk', url: 'https://velsen.nl/stuk?a=1&b="2"' }),
    ],
  }));
  po.records = po.records.map((r) => {
    const text = `${r.text} ${HOSTILE}`;
    switch (r.kind) {
      case 'besluitpunt':
        return { ...r, text };
      case 'actiepunt':
        return { ...r, text, ownerName: `Eigenaar ${HOSTILE}` };
      case 'toezegging':
        return { ...r, text, aan: HOSTILE };
      case 'motie':
        return { ...r, text, referentie: HOSTILE, afdoening: HOSTILE };
    }
  });
  return po;
}

/** No live markup from the hostile text: only the renderer's own tags, no script, no handler, no javascript: link. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script|<img/i);
  for (const tag of tagsWithAttributes(html)) expect(tag).toMatch(/^<(a href="https?:\/\/[^"<>]*"|at id="\d+")>$/);
  expect(html).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  expect(htmlText(html)).toContain(HOSTILE);
}

describe('hostile input', () => {
  it('stays text in the verslag message', () => {
    const { html } = renderVerslagHtml(verslagOf(hostilePo()), OPTS);
    expectInert(html);
    expect(html).toContain('Tom &amp; Jerry &amp;amp; co');
  });

  it('stays text in split channel posts', () => {
    const big = buildLargePo(40);
    const hostile = hostilePo();
    const po = { ...big, title: hostile.title, records: [...big.records, ...hostile.records.map((r) => ({ ...r, agendapuntId: 'ap-1' }))] };
    const plan = planChannelPosts(verslagOf(po), OPTS);
    expect(plan.replies.length).toBeGreaterThan(0);
    expectInert(plan.main.html);
    expectInert(plan.replies.map((r) => r.html).join(''));
  });

  it('stays text in the invite agenda, and unsafe stuk links are not linked', () => {
    const html = renderAgendaHtml(agendaInput(hostilePo()));
    expectInert(html.replace(/<!-- PO-overleg agenda (start|end) -->/g, ''));
    expect(html).toContain('<a href="https://velsen.nl/stuk?a=1&amp;b=%222%22">Goed stuk</a>');
  });

  it('stays text in the Word documents', async () => {
    const docs = [await renderVerslagDocx(verslagOf(hostilePo()), OPTS), await renderAgendaDocx(agendaInput(hostilePo()))];
    for (const doc of docs) {
      const xml = docxFiles(doc)['word/document.xml'] ?? '';
      expect(xml).not.toMatch(/<script|<img|<a /);
      expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(xml).toContain('Tom &amp; Jerry &amp;amp; co');
    }
  });
});
