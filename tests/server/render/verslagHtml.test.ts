import { BUITEN_DOEL_NOTE } from '../../../src/domain/verslag';
import { renderVerslagHtml } from '../../../src/server/render';
import { IDS } from '../../factories/domain';
import { BROWSER_LINK, buildMeetingPo, OPTS, SECRET, TEAMS_LINK, verslagOf } from './factory';
import { htmlText, isAscending, positions, tagNames, tagsWithAttributes } from './helpers';

const TEAMS_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'strong', 'em', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'a', 'br', 'at']);

describe('renderVerslagHtml', () => {
  const { html } = renderVerslagHtml(verslagOf(buildMeetingPo()), OPTS);

  it('has the uniform structure: title, aanwezigen, every item in order with its records, overview tables, link, version', () => {
    const expected = [
      '<h1>Verslag PO wethouder Smeets</h1>',
      'wethouder Sander Smeets',
      'maandag 7 december 2026, 09:00',
      '<strong>Aanwezig:</strong> Sander Smeets, Fatima el Amrani, Anouk Jansen, Mehmet Yilmaz',
      '<h2>1. Woonvisie 2027-2035</h2>',
      '<strong>Besluitvorming</strong>',
      '<strong>Voorgesteld besluit:</strong> Instemmen met de woonvisie en deze voorleggen',
      '<strong>Bespreking:</strong> Bespreking van Woonvisie 2027-2035.',
      '<h3>Besluitpunten</h3>',
      'Instemmen met de woonvisie; door naar het college. — <em>naar het college van</em> dinsdag 15 december 2026',
      '<h3>Actiepunten</h3>',
      'Raadsinformatiebrief over de woonvisie opstellen.',
      '<em>wanneer:</em> 18 december 2026',
      'Corporaties uitnodigen voor een gesprek. — <em>wie:</em> Woonstichting Velsen',
      '<h3>Toezeggingen</h3>',
      'De raad informeren over de woningbouwaantallen. — <em>aan:</em> gemeenteraad · <em>wie:</em> Fatima el Amrani',
      '<h3>Moties</h3>',
      '<strong>M26-041</strong>: Motie Betaalbaar wonen voor starters.<br><em>afdoening:</em> Meenemen in de woonvisie.',
      '<h2>2. Warmtetransitie: aanpak wijk Zeewijk</h2>',
      '<strong>Oordeelsvorming</strong>',
      `Zeewijk wordt de eerste wijk.<br><em>${BUITEN_DOEL_NOTE}</em>`,
      'Voorwaarden wijkaanpak uitwerken.',
      '<h2>3. Vertrouwelijk</h2>',
      '<h2>4. Persvragen nieuwbouw Velserbroek</h2>',
      '<strong>Beeldvorming</strong>',
      '<h2>Overzicht actiepunten</h2>',
      '<h2>Overzicht toezeggingen</h2>',
      '<h2>Overzicht moties</h2>',
      `<a href="${TEAMS_LINK.replace(/&/g, '&amp;')}">Volledig verslag in PO-overleg</a> (<a href="${BROWSER_LINK}">in de browser</a>)`,
    ];
    const at = positions(html, expected);
    expect(expected.filter((_, i) => at[i] === -1)).toEqual([]);
    expect(isAscending(at)).toBe(true);
  });

  it('shows a voorgesteld besluit only where there is one', () => {
    expect(html.match(/Voorgesteld besluit:/g)).toHaveLength(1);
  });

  it('ends with the version marker paragraph', () => {
    expect(html.endsWith('<p>Verslagversie: vv-2026-12-07-1</p>')).toBe(true);
  });

  it('lists every actiepunt and toezegging in the overview tables with agendapunt number, date and status', () => {
    const overview = html.slice(html.indexOf('<h2>Overzicht actiepunten</h2>'));
    expect(overview).toContain('<tr><th>Nr.</th><th>Actiepunt</th><th>Wie</th><th>Wanneer</th><th>Status</th></tr>');
    expect(overview).toContain('<tr><td>2</td><td>Voorwaarden wijkaanpak uitwerken.</td><td>Mehmet Yilmaz</td><td>geen datum</td><td>Open</td></tr>');
    expect(overview).toContain('<td>1</td><td>De raad informeren over de woningbouwaantallen.</td><td>gemeenteraad</td>');
    expect(overview.match(/<tr><td>/g)).toHaveLength(3 + 1 + 1);
  });

  it('uses only the HTML Teams accepts in channel messages, with href and mention ids as the only attributes', () => {
    expect([...tagNames(html)].filter((t) => !TEAMS_TAGS.has(t))).toEqual([]);
    for (const tag of tagsWithAttributes(html)) expect(tag).toMatch(/^<(a href="https:\/\/[^"]+"|at id="\d+")>$/);
  });

  it('reduces a confidential item to its number for the organisation', () => {
    for (const secret of Object.values(SECRET)) expect(htmlText(html)).not.toContain(secret);
    expect(html).not.toContain('Tactisch-operationele zaken');
  });

  it('shows a confidential item, marked, to an audience of deelnemers', () => {
    const own = renderVerslagHtml(verslagOf(buildMeetingPo(), 'deelnemers'), OPTS).html;
    expect(own).toContain(`<h2>3. ${SECRET.title} (vertrouwelijk)</h2>`);
    expect(own).toContain(SECRET.actiepunt);
    expect(own).toContain('Vertrouwelijk verslag: alleen voor de deelnemers van dit PO.');
  });

  it('drops the link when the app URL is not http(s), and keeps only the Teams link when there is one', () => {
    const none = renderVerslagHtml(verslagOf(buildMeetingPo()), { ...OPTS, teamsAppId: null, appUrl: 'javascript:alert(1)//' });
    expect(none.html).not.toContain('<a ');
    expect(none.html).not.toContain('javascript');
    const teams = renderVerslagHtml(verslagOf(buildMeetingPo()), { ...OPTS, appUrl: 'javascript:alert(1)//' });
    expect(teams.html).not.toContain('javascript');
    expect(teams.html.match(/<a href="([^"]*)"/g)).toEqual([
      `<a href="https://teams.microsoft.com/l/entity/${OPTS.teamsAppId}/po-overleg?context=%7B%22subEntityId%22%3A%22po-smeets-2026-12-07%22%7D"`,
    ]);
  });

  it('links to the PO in Teams (the personal tab, the PO as sub-entity) and in a browser, never to /po/{id}', () => {
    const { html } = renderVerslagHtml(verslagOf(buildMeetingPo()), OPTS);
    const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
    expect(hrefs).toEqual([TEAMS_LINK, BROWSER_LINK]);
    const teams = new URL(TEAMS_LINK);
    expect(teams.pathname).toBe(`/l/entity/${OPTS.teamsAppId}/po-overleg`);
    expect(JSON.parse(teams.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'po-smeets-2026-12-07' });
    expect(teams.searchParams.get('webUrl')).toBe(BROWSER_LINK);
    expect(html).not.toContain('/po/po-smeets');
  });
});

describe('renderVerslagHtml mentions', () => {
  const model = verslagOf(buildMeetingPo());

  it('mentions owners of actiepunten with a known Entra id the Graph way, ids from 0', () => {
    const { html, mentions } = renderVerslagHtml(model, OPTS);
    expect(html).toContain('<em>wie:</em> <at id="0">Anouk Jansen</at>');
    expect(html).toContain('<em>wie:</em> <at id="1">Mehmet Yilmaz</at>');
    expect(mentions).toEqual([
      {
        id: 0,
        mentionText: 'Anouk Jansen',
        mentioned: { user: { id: `entra-${IDS.opdrachtnemer}`, displayName: 'Anouk Jansen', userIdentityType: 'aadUser' } },
      },
      {
        id: 1,
        mentionText: 'Mehmet Yilmaz',
        mentioned: { user: { id: `entra-${IDS.opdrachtnemer2}`, displayName: 'Mehmet Yilmaz', userIdentityType: 'aadUser' } },
      },
    ]);
  });

  it('writes an owner without an Entra id as plain text', () => {
    const { html, mentions } = renderVerslagHtml(model, OPTS);
    expect(html).toContain('<em>wie:</em> Woonstichting Velsen');
    expect(mentions.map((m) => m.mentionText)).not.toContain('Woonstichting Velsen');
  });

  it('mentions nobody when mentions are turned off', () => {
    const { html, mentions } = renderVerslagHtml(model, { ...OPTS, mentions: false });
    expect(mentions).toEqual([]);
    expect(html).not.toContain('<at');
    expect(html).toContain('<em>wie:</em> Anouk Jansen');
  });

  it('escapes a mentioned name in the HTML and keeps it raw in mentionText', () => {
    // The name as the directory has it (the verslag's item and overview share one object).
    const hostile = verslagOf(buildMeetingPo());
    const actie = hostile.actiepunten.find((a) => a.id === 'act-woon');
    if (actie) actie.wie = 'Anouk <b>Jansen</b> & co';
    const { html, mentions } = renderVerslagHtml(hostile, OPTS);
    expect(html).toContain('<at id="0">Anouk &lt;b&gt;Jansen&lt;/b&gt; &amp; co</at>');
    expect(mentions[0]?.mentionText).toBe('Anouk <b>Jansen</b> & co');
  });
});
