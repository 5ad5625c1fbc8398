/** The current item on side panel and stage: its purpose prominent, planned versus elapsed, an overrun visible. */
import { screen } from '@testing-library/react';
import { PURPOSE_EXPLANATION } from '../../../src/domain/model';
import { AgendaProgress } from '../../../src/client/shared/meeting/AgendaProgress';
import { CurrentItem } from '../../../src/client/shared/meeting/CurrentItem';
import { switchItem } from '../../../src/domain/timing';
import { emptyTimings, itemTime } from '../../../src/client/shared/meeting/timing';
import { item, renderUi } from '../fixtures';

const MIN = 60_000;

describe('the current item', () => {
  test('shows its purpose label and explanation, and elapsed against planned time', () => {
    const current = item('Mobiliteitsvisie', { purpose: 'oordeelsvorming', nummer: '2', plannedMinutes: 20 });
    renderUi(<CurrentItem item={current} time={{ plannedMs: 20 * MIN, elapsedMs: 12 * MIN + 5_000, overrunMs: 0 }} large />);
    expect(screen.getByTestId('current-purpose').textContent).toBe('Oordeelsvorming');
    expect(screen.getByText(PURPOSE_EXPLANATION.oordeelsvorming.nl)).toBeTruthy();
    expect(screen.getByText('Verstreken 12:05')).toBeTruthy();
    expect(screen.getByText('· Gepland 20 min')).toBeTruthy();
    expect(screen.getByTestId('item-timer').getAttribute('data-overrun')).toBe('false');
  });

  test('an overrun is shown with its size', () => {
    const current = item('Begroting', { purpose: 'besluitvorming', nummer: '1', plannedMinutes: 10 });
    renderUi(<CurrentItem item={current} time={{ plannedMs: 10 * MIN, elapsedMs: 13 * MIN + 30_000, overrunMs: 3 * MIN + 30_000 }} />);
    expect(screen.getByTestId('item-timer').getAttribute('data-overrun')).toBe('true');
    expect(screen.getByText('3:30 over de tijd')).toBeTruthy();
  });

  test("the agenda marks the current item and shows each item's time, an overrun included", () => {
    const a = item('Eerste', { nummer: '1', plannedMinutes: 5, purpose: 'beeldvorming' });
    const b = item('Tweede', { nummer: '2', plannedMinutes: 10, purpose: 'besluitvorming' });
    const timings = switchItem(switchItem(emptyTimings(), a.id, new Date(0).toISOString()), b.id, new Date(7 * MIN).toISOString());
    expect(itemTime(timings, a.id, 5, 8 * MIN).overrunMs).toBe(2 * MIN);
    const onSelect = jest.fn();
    renderUi(<AgendaProgress items={[a, b]} currentId={b.id} timings={timings} now={8 * MIN} label="Agenda" onSelect={onSelect} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((x) => x.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(buttons[0]?.textContent).toContain('7:00 / 5:00');
    expect(buttons[1]?.textContent).toContain('1:00 / 10:00');
    buttons[0]?.click();
    expect(onSelect).toHaveBeenCalledWith(a.id);
  });
});
