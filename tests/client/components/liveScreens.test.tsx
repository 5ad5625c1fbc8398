/** The live meeting screens of issue 14: the stage's condensed agenda and recap, focus in the record list, the side panel after the meeting. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RecordList } from '../../../src/client/shared/components/RecordList';
import { AgendaProgress, agendaWindow } from '../../../src/client/shared/meeting/AgendaProgress';
import { StageRecap } from '../../../src/client/shared/meeting/StageRecap';
import { OpenFollowUpList } from '../../../src/client/shared/meeting/StandingFollowUp';
import { emptyTimings } from '../../../src/client/shared/meeting/timing';
import { titleWithDate } from '../../../src/client/shared/meeting/words';
import type { FollowUpEntry, PoView, RecordView } from '../../../src/client/shared/types';
import { actieRecord, besluitRecord, item, po, renderUi } from '../fixtures';
import { sidePanelOf } from './sidePanelFixture';

const at = '2026-12-07T08:30:00.000Z';
const besluit = (id: string, agendapuntId: string, text: string): RecordView => besluitRecord(id, agendapuntId, text, at);
const actie = (id: string, agendapuntId: string, text: string): RecordView => actieRecord(id, agendapuntId, text, at);

describe('the stage', () => {
  test('the agenda window keeps the current item with what comes next, and fills the lines it has', () => {
    expect(agendaWindow(5, 2, 7)).toEqual({ from: 0, to: 5 });
    expect(agendaWindow(15, 0, 7)).toEqual({ from: 0, to: 6 });
    expect(agendaWindow(15, 8, 7)).toEqual({ from: 6, to: 11 });
    expect(agendaWindow(15, 14, 7)).toEqual({ from: 9, to: 15 });
    for (let c = 0; c < 15; c++) {
      const { from, to } = agendaWindow(15, c, 7);
      expect(c >= from && c < to).toBe(true);
      expect(to - from + (from > 0 ? 1 : 0) + (to < 15 ? 1 : 0)).toBeLessThanOrEqual(7);
    }
  });

  test('a long agenda is condensed around the current item, with Dutch plurals', () => {
    const items = Array.from({ length: 15 }, (_, n) => item(`Punt ${n + 1}`, { nummer: String(n + 1) }));
    renderUi(<AgendaProgress items={items} currentId={items[8]?.id ?? null} timings={emptyTimings()} now={0} label="Agenda" large fit={7} />);
    expect(screen.getByTestId('agenda-earlier').textContent).toBe('… 6 eerdere punten');
    expect(screen.getByTestId('agenda-later').textContent).toBe('… nog 4 punten');
    expect(screen.getAllByRole('listitem')).toHaveLength(7);
    renderUi(<AgendaProgress items={items} currentId={items[11]?.id ?? null} timings={emptyTimings()} now={0} label="Tweede" large fit={7} />);
    expect(screen.getAllByTestId('agenda-later')[1]?.textContent).toBe('… nog 1 punt');
  });

  test('the recap lists besluitpunten and actiepunten per item from the live state only, with wie and wanneer', () => {
    const a = item('Woonvisie', { nummer: '1' });
    const b = item('Vertrouwelijk agendapunt', { nummer: '2', vertrouwelijk: true });
    const c = item('Rondvraag', { nummer: '3' });
    const p = po([a, b, c], { status: 'afgesloten' });
    const [ia, , ic] = p.agendapunten;
    renderUi(
      <StageRecap po={{ ...p, records: [besluit('r1', ia?.id ?? '', 'Akkoord met de woonvisie'), actie('r2', ia?.id ?? '', 'Raadsbrief opstellen')] }} />,
    );
    // Item 1 under Besluitpunten and under Actiepunten; items without records not at all.
    const items = screen.getAllByTestId('recap-item');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Akkoord met de woonvisie');
    expect(items[1]?.textContent).toContain('Wie: Tim Jansen · Uiterlijk vr 18 december 2026');
    expect(screen.queryByText(ic?.title ?? 'x')).toBeNull();
  });

  test('the standing item lists open follow-up, overdue marked', () => {
    const entry = (id: string, text: string, overdue: boolean): FollowUpEntry => ({
      record: { ...(actie(id, 'x', text) as Extract<RecordView, { kind: 'actiepunt' }>) },
      poId: 'p',
      poTitle: 'PO',
      poStartsAt: '2026-11-16T08:00:00.000Z',
      portefeuillehouderId: 'bram',
      agendapuntTitle: 'Woonvisie',
      vertrouwelijk: false,
      overdue,
    });
    renderUi(<OpenFollowUpList entries={[entry('f1', 'Cijfers aanleveren', true), entry('f2', 'Overleg plannen', false)]} />);
    expect(screen.getByRole('heading').textContent).toBe('Openstaande punten uit eerdere PO’s · 2 openstaande punten');
    const [first, second] = screen.getAllByTestId('followup-entry');
    expect(first?.textContent).toContain('te laat');
    expect(first?.textContent).toContain('uit ma 16 november 2026');
    expect(second?.textContent).not.toContain('te laat');
  });

  test('titles show dates in words', () => {
    expect(titleWithDate('PO Bram Diepstraten 2026-12-07', 'nl')).toBe('PO Bram Diepstraten 7 december 2026');
  });
});

describe('focus in the record list never falls to the page', () => {
  function Harness({ initial }: { initial: RecordView[] }): JSX.Element {
    const [records, setRecords] = useState(initial);
    return (
      <>
        <h2 id="records-h">Vastgelegd</h2>
        <RecordList
          records={records}
          canEdit
          headingId="records-h"
          onRemove={(r) => setRecords((rs) => rs.filter((x) => x.id !== r.id))}
          renderEditor={(r, done) => (
            <div>
              <textarea aria-label="bewerken" autoFocus defaultValue={r.text} />
              <button onClick={done}>Annuleren</button>
            </div>
          )}
        />
      </>
    );
  }

  test('after removing, the next record (then the previous, then the heading) has focus', async () => {
    const user = userEvent.setup();
    renderUi(<Harness initial={[besluit('a', 'i', 'Eerste'), besluit('b', 'i', 'Tweede')]} />);
    await user.click(screen.getAllByRole('button', { name: 'Besluitpunt verwijderen' })[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Tweede'));
    await user.click(screen.getByRole('button', { name: 'Besluitpunt verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Vastgelegd' })));
  });

  test('after cancelling an edit the record has focus again', async () => {
    const user = userEvent.setup();
    renderUi(<Harness initial={[besluit('a', 'i', 'Eerste')]} />);
    await user.click(screen.getByRole('button', { name: 'Besluitpunt wijzigen' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'bewerken' }));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('record'));
  });
});

describe('the side panel after the meeting', () => {
  test('the notulist still sees the records with edit and delete, the form and the bespreking, under a clear banner', async () => {
    const a = item('Woonvisie', { nummer: '1', purpose: 'besluitvorming' });
    const b = item('Mobiliteit', { nummer: '2', purpose: 'beeldvorming', bespreking: 'Eerder besproken.' });
    const p = po([a, b], { status: 'afgesloten' });
    const [ia, ib] = p.agendapunten;
    const closed: PoView = {
      ...p,
      records: [besluit('r1', ia?.id ?? '', 'Akkoord'), actie('r2', ib?.id ?? '', 'Brief')],
      rights: { ...p.rights, record: true },
    };
    const user = userEvent.setup();
    renderUi(sidePanelOf(closed, { onSaveBespreking: jest.fn(async () => undefined), afterEndActions: <button>Heropenen</button> }));
    expect(screen.getByTestId('after-end').textContent).toContain('De vergadering is afgesloten; je kunt het verslag nog aanvullen tot het is gepubliceerd.');
    expect(screen.getByRole('button', { name: 'Heropenen' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Vastleggen bij agendapunt 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Besluitpunt wijzigen' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kies het agendapunt om aan te vullen' }), ib?.id ?? '');
    expect(screen.getByRole('form', { name: 'Vastleggen bij agendapunt 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Actiepunt verwijderen' })).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Bespreking' }).value).toBe('Eerder besproken.');
  });
});
