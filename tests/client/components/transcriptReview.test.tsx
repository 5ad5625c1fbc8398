/**
 * The transcript review (issue 17): one agendapunt's fragments, speaking time, picking a passage
 * by keyboard and copying it, moving a boundary; and the Dutch states of the whole panel.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../../src/client/shared/api';
import type { Host } from '../../../src/client/host/host';
import { SessionContext } from '../../../src/client/shared/session';
import { instantAt, TranscriptItem } from '../../../src/client/tab/transcript/TranscriptItem';
import { showsTranscript, TranscriptReview } from '../../../src/client/tab/transcript/TranscriptReview';
import type { TranscriptItemView, TranscriptView } from '../../../src/client/tab/transcript/transcriptApi';
import { item, po, renderUi, USERS } from '../fixtures';

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const ITEM: TranscriptItemView = {
  agendapuntId: 'a1',
  number: '2',
  title: 'Mobiliteitsvisie',
  vertrouwelijk: false,
  readable: true,
  turns: [{ index: 1, from: '2026-12-01T09:05:00.000Z', to: '2026-12-01T09:12:00.000Z' }],
  cues: [
    { start: '2026-12-01T09:06:00.000Z', end: '2026-12-01T09:06:40.000Z', speaker: 'Fatima El Amrani', text: 'De visie vraagt om keuzes.', turnIndex: 1 },
    { start: '2026-12-01T09:06:30.000Z', end: '2026-12-01T09:06:50.000Z', speaker: '', text: 'Welke keuzes?', turnIndex: 1 },
  ],
  speakingTime: [
    { speaker: 'Fatima El Amrani', seconds: 40 },
    { speaker: '', seconds: 20 },
  ],
};

describe('TranscriptItem', () => {
  test('shows the fragments with time and speaker, the speaking time, and copies the passage picked by keyboard', async () => {
    const copied: TranscriptItemView['cues'][] = [];
    renderUi(
      <TranscriptItem
        item={ITEM}
        boundaries={[]}
        busy={false}
        onCopyBespreking={(c) => copied.push(c)}
        onCopyRecord={() => undefined}
        onMoveBoundary={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { name: '2. Mobiliteitsvisie' })).toBeTruthy();
    expect(screen.getByText('Fatima El Amrani: 0:40')).toBeTruthy();
    expect(screen.getByText('Onbekende spreker: 0:20')).toBeTruthy();
    const copy = screen.getByRole<HTMLButtonElement>('button', { name: 'Kopiëren naar bespreking' });
    expect(copy.disabled).toBe(true);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes[0]?.closest('li')?.textContent).toBe('10:06:00Fatima El Amrani: De visie vraagt om keuzes.');
    boxes[1]?.focus();
    await userEvent.keyboard(' ');
    expect(screen.getByText('1 geselecteerd')).toBeTruthy();
    await userEvent.click(copy);
    expect(copied).toEqual([[ITEM.cues[1]]]);
  });

  test('an item never discussed, and one the reader may not read, say so', () => {
    const { rerender } = renderUi(
      <TranscriptItem
        item={{ ...ITEM, turns: [], cues: [], speakingTime: [] }}
        boundaries={[]}
        busy={false}
        onCopyBespreking={() => undefined}
        onCopyRecord={() => undefined}
        onMoveBoundary={() => undefined}
      />,
    );
    expect(screen.getByText('Dit agendapunt is niet aan de orde geweest.')).toBeTruthy();
    rerender(
      <TranscriptItem
        item={{ ...ITEM, readable: false, vertrouwelijk: true, title: 'Vertrouwelijk agendapunt', cues: [] }}
        boundaries={[]}
        busy={false}
        onCopyBespreking={() => undefined}
        onCopyRecord={() => undefined}
        onMoveBoundary={() => undefined}
      />,
    );
    expect(screen.getByText('U mag dit agendapunt niet inzien.')).toBeTruthy();
    expect(screen.getByText('Vertrouwelijk')).toBeTruthy();
  });

  test('moving a boundary sends the instant of the local time typed', async () => {
    const moves: [number, string][] = [];
    renderUi(
      <TranscriptItem
        item={ITEM}
        boundaries={[{ index: 1, from: ITEM.turns[0]!.from, moved: false }]}
        busy={false}
        onCopyBespreking={() => undefined}
        onCopyRecord={() => undefined}
        onMoveBoundary={(i, at) => moves.push([i, at])}
      />,
    );
    const input = screen.getByTestId<HTMLInputElement>('boundary-1');
    expect(input.value).toBe('10:05:00');
    // jsdom does not type into a time field as a browser does: set its value as the browser would.
    fireEvent.change(input, { target: { value: '10:04:30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Grens verplaatsen' }));
    expect(moves).toEqual([[1, '2026-12-01T09:04:30.000Z']]);
  });

  test('instantAt keeps the day and the Amsterdam offset, also across midnight', () => {
    expect(instantAt('2026-07-01T08:00:00.000Z', '10:01:02')).toBe('2026-07-01T08:01:02.000Z');
    expect(instantAt('2026-12-01T22:59:50.000Z', '00:00:10')).toBe('2026-12-01T23:00:10.000Z');
    expect(instantAt('2026-12-01T09:00:00.000Z', 'tien uur')).toBeNull();
  });
});

describe('TranscriptReview', () => {
  const session = (view: TranscriptView) => ({ host: {} as Host, me: USERS[0]!, locale: 'nl' as const, api: { request: async () => view } as unknown as Api });
  const closed = po([item('Mobiliteitsvisie')], { status: 'afgesloten', myRoles: ['notulist'] });

  test('is shown to the notulist and the concernadviseur after the meeting only', () => {
    expect(showsTranscript(closed)).toBe(true);
    expect(showsTranscript({ ...closed, myRoles: ['portefeuillehouder', 'deelnemer'] })).toBe(false);
    expect(showsTranscript({ ...closed, status: 'gestart' })).toBe(false);
  });

  test.each([
    ['geen_transcript', 'Van deze vergadering is geen transcript gemaakt.'],
    ['nog_niet_beschikbaar', /nog niet beschikbaar: Teams verwerkt het nog/],
    ['geen_toestemming', /Geen toestemming om het transcript te lezen/],
    ['geen_vergadering', /niet gekoppeld aan een Teams-vergadering/],
  ] as const)('fetches only when asked, and names the state %s in Dutch', async (state, text) => {
    const view: TranscriptView = {
      state,
      source: null,
      stored: false,
      retentionDays: 0,
      incomplete: false,
      alignment: null,
      turns: [],
      items: [],
      outsideCount: 0,
    };
    renderUi(
      <SessionContext.Provider value={session(view)}>
        <TranscriptReview po={closed} onChanged={() => undefined} />
      </SessionContext.Provider>,
    );
    expect(screen.queryByTestId('transcript-state')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Transcript tonen' }));
    await waitFor(() => expect(screen.getByTestId('transcript-state').textContent).toMatch(text));
  });
});
