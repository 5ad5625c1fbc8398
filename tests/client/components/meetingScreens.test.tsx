/**
 * The meeting screens' remaining faults of issue 14: whole-word titles, the recap in two columns,
 * the side panel's last records under the form, the published side panel, the toets line in the
 * meeting details tab.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsAgenda } from '../../../src/client/meeting/DetailsTab';
import { WholeWords } from '../../../src/client/shared/components/WholeWords';
import { StageRecap } from '../../../src/client/shared/meeting/StageRecap';
import type { PoView, RecordView } from '../../../src/client/shared/types';
import { actieRecord, besluitRecord, item, po, renderUi, USERS } from '../fixtures';
import { sidePanelOf } from './sidePanelFixture';

const minute = (n: number): string => new Date(Date.UTC(2026, 11, 7, 8, n)).toISOString();
const besluit = (id: string, agendapuntId: string, text: string, n = 0): RecordView => besluitRecord(id, agendapuntId, text, minute(n));
const actie = (id: string, agendapuntId: string, text: string, n = 0): RecordView => actieRecord(id, agendapuntId, text, minute(n));

function panel(p: PoView, extra: { publishedHref?: string | null; verslagHref?: string | null } = {}): void {
  renderUi(sidePanelOf(p, { verslagHref: extra.verslagHref ?? null, publishedHref: extra.publishedHref ?? null }));
}

describe('titles keep their words whole', () => {
  test('each word is its own unbreakable box; the full title stays in the text and the tooltip, in Dutch', () => {
    renderUi(<WholeWords text="Woningbouwprogramma 2027  en  Arbeidsmarktregioafspraken" />);
    const title = screen.getByTestId('whole-words');
    expect(title.getAttribute('lang')).toBe('nl');
    expect(title.getAttribute('title')).toBe('Woningbouwprogramma 2027  en  Arbeidsmarktregioafspraken');
    expect(title.textContent).toBe('Woningbouwprogramma 2027  en  Arbeidsmarktregioafspraken');
    expect([...title.querySelectorAll('[data-word]')].map((w) => w.textContent)).toEqual(['Woningbouwprogramma', '2027', 'en', 'Arbeidsmarktregioafspraken']);
  });
});

describe('the stage recap', () => {
  test('besluitpunten and actiepunten in two columns, each under its agendapunt in agenda order, counted', () => {
    const a = item('Woonvisie', { nummer: '1' });
    const b = item('Mobiliteitsvisie', { nummer: '2' });
    const p = po([a, b], { status: 'afgesloten' });
    const [ia, ib] = p.agendapunten;
    renderUi(
      <StageRecap
        po={{
          ...p,
          records: [
            actie('r4', ib?.id ?? '', 'Parkeerbalans actualiseren'),
            besluit('r1', ia?.id ?? '', 'Akkoord met de woonvisie'),
            actie('r2', ia?.id ?? '', 'Raadsbrief opstellen'),
            besluit('r3', ib?.id ?? '', 'Variant B uitwerken'),
          ],
        }}
      />,
    );
    const besluiten = screen.getByRole('region', { name: 'Besluitpunten (2)' });
    const acties = screen.getByRole('region', { name: 'Actiepunten (2)' });
    expect(
      within(besluiten)
        .getAllByTestId('recap-record')
        .map((r) => r.textContent),
    ).toEqual(['Akkoord met de woonvisieNaar college van di 15 december 2026', 'Variant B uitwerkenNaar college van di 15 december 2026']);
    expect(
      within(acties)
        .getAllByTestId('recap-item')
        .map((i) => i.querySelector('p')?.textContent),
    ).toEqual(['1Woonvisie', '2Mobiliteitsvisie']);
    expect(acties.textContent).toContain('Wie: Tim Jansen · Uiterlijk vr 18 december 2026');
    // Both columns scroll on their own, by keyboard too.
    expect(besluiten.tabIndex).toBe(0);
    expect(acties.tabIndex).toBe(0);
  });

  test('a column without records says so; the other still shows', () => {
    const a = item('Woonvisie', { nummer: '1' });
    const p = po([a], { status: 'afgesloten' });
    renderUi(<StageRecap po={{ ...p, records: [actie('r2', p.agendapunten[0]?.id ?? '', 'Raadsbrief opstellen')] }} />);
    expect(screen.getByRole('region', { name: 'Besluitpunten (0)' }).textContent).toContain('Geen vastgelegd.');
    expect(screen.getByRole('region', { name: 'Actiepunten (1)' }).textContent).toContain('Raadsbrief opstellen');
  });
});

describe('the side panel during the meeting', () => {
  test('the newest three records of the item stand right under the form, newest first; the full list is one button away', async () => {
    const a = item('Mobiliteitsvisie', { nummer: '1', purpose: 'besluitvorming' });
    const b = item('Rondvraag', { nummer: '2' });
    const p = po([a, b], { status: 'gestart' });
    const [ia, ib] = p.agendapunten;
    const records = [1, 2, 3, 4, 5].map((n) => (n % 2 ? besluit(`r${n}`, ia?.id ?? '', `Besluit ${n}`, n) : actie(`r${n}`, ia?.id ?? '', `Actie ${n}`, n)));
    panel({
      ...p,
      currentAgendapuntId: ia?.id ?? null,
      records: [...records, besluit('x', ib?.id ?? '', 'Ander punt', 9)],
      rights: { ...p.rights, record: true },
    });
    const formCard = screen.getByRole('form', { name: 'Vastleggen bij agendapunt 1' }).closest('section') as HTMLElement;
    const recent = within(formCard).getByTestId('recent-records');
    expect(
      within(recent)
        .getAllByTestId('recent-record')
        .map((r) => r.textContent),
    ).toEqual(['BesluitpuntBesluit 5', 'ActiepuntActie 4', 'BesluitpuntBesluit 3']);
    // Nothing there takes focus by itself.
    expect(recent.contains(document.activeElement)).toBe(false);
    const user = userEvent.setup();
    await user.click(within(recent).getByRole('button', { name: 'Alle 5 vastleggingen' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Vastgelegd bij dit agendapunt' }));
    expect(within(screen.getByTestId('records')).getAllByTestId('record')).toHaveLength(5);
  });

  test('no records yet: no empty block under the form', () => {
    const a = item('Mobiliteitsvisie', { nummer: '1' });
    const p = po([a], { status: 'gestart' });
    panel({ ...p, currentAgendapuntId: p.agendapunten[0]?.id ?? null, rights: { ...p.rights, record: true } });
    expect(screen.queryByTestId('recent-records')).toBeNull();
  });
});

describe('the side panel once published', () => {
  test('says "Verslag gepubliceerd" with the link to the verslag in Teams, not that the meeting is closed', () => {
    const p = po([item('Woonvisie', { nummer: '1' })], { status: 'gepubliceerd', publishedVersion: 1 });
    panel(p, { publishedHref: 'https://teams.microsoft.com/l/message/19:kanaal/1', verslagHref: '/app/tab#po/x' });
    const banner = screen.getByTestId('published');
    expect(banner.textContent).toContain('Verslag gepubliceerd.');
    expect(within(banner).getByRole('link', { name: 'Verslag in Teams' }).getAttribute('href')).toBe('https://teams.microsoft.com/l/message/19:kanaal/1');
    expect(screen.queryByText(/De vergadering is afgesloten/)).toBeNull();
  });

  test('without the channel link it still says so, linking the verslag in the tab', () => {
    const p = po([item('Woonvisie', { nummer: '1' })], { status: 'gepubliceerd', publishedVersion: 1 });
    panel(p, { verslagHref: '/app/tab#po/x' });
    expect(within(screen.getByTestId('published')).getByRole('link', { name: 'Verslag' }).getAttribute('href')).toBe('/app/tab#po/x');
  });
});

describe('the meeting details tab', () => {
  const criteria = [
    { id: 'juridisch', label: 'Juridisch getoetst' },
    { id: 'financieel', label: 'Financiële gevolgen' },
  ];
  test("each item with a toets shows its state in one line, the checklist's words; items without one show none", () => {
    const open = item('Woonvisie', { purpose: 'besluitvorming', toetsCriteria: [{ criteriumId: 'juridisch', voldaan: true, notitie: '' }] });
    const done = item('Mobiliteitsvisie', {
      purpose: 'besluitvorming',
      stukken: [{ id: 'stuk-1', title: 'Nota', url: 'https://velsen.sharepoint.com/nota.docx', deliveredAt: minute(0) }],
      kwaliteitstoets: { confirmedBy: 'u-tim', confirmedAt: minute(1) },
      toetsCriteria: criteria.map((c) => ({ criteriumId: c.id, voldaan: true, notitie: '' })),
    });
    const none = item('Rondvraag', { purpose: 'beeldvorming' });
    const p = po([open, done, none], { status: 'vastgesteld', toetsCriteria: criteria });
    renderUi(<DetailsAgenda po={p} users={USERS} />);
    const lines = screen.getAllByTestId('toets-line');
    expect(lines.map((l) => l.textContent)).toEqual(['Kwaliteitstoets (1/2)Wacht op de opdrachtnemer', 'Kwaliteitstoets (2/2)Voldaan']);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
