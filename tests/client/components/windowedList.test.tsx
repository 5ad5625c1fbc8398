/** Long lists render only the rows near the viewport (issue 13), and still tell screen readers the whole count. */
import { screen } from '@testing-library/react';
import { PoList } from '../../../src/client/shared/components/PoList';
import type { PoSummary } from '../../../src/client/shared/types';
import { windowOf } from '../../../src/client/shared/useWindow';
import { renderUi } from '../fixtures';

const summary = (n: number): PoSummary => ({
  id: `po-${n}`,
  title: `PO ${n}`,
  status: 'concept',
  startsAt: '2026-11-30T08:00:00.000Z',
  portefeuillehouder: { id: 'bram', name: 'Bram Diepstraten' },
  agendapunten: 3,
  publishedVersion: 0,
  geannuleerd: false,
  kwaliteitstoetsVoorMij: 0,
  vaststelling: null,
  myRoles: ['concernadviseur'],
});

describe('windowOf', () => {
  test('the rows in the viewport plus the overscan, clamped to the list', () => {
    expect(windowOf(1000, 0, 800, 50, 10)).toEqual({ start: 0, end: 26 });
    expect(windowOf(1000, -5000, 800, 50, 10)).toEqual({ start: 90, end: 126 });
    expect(windowOf(1000, -49_500, 800, 50, 10)).toEqual({ start: 980, end: 1000 });
    expect(windowOf(1000, -60_000, 800, 50, 10)).toEqual({ start: 1000, end: 1000 });
    expect(windowOf(1000, 2000, 800, 50, 10)).toEqual({ start: 0, end: 0 });
  });
});

describe('a long list of POs', () => {
  test('a short list is rendered whole, without spacers', () => {
    const { container } = renderUi(<PoList pos={Array.from({ length: 40 }, (_, i) => summary(i))} hrefOf={(p) => `#po/${p.id}`} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
    expect(container.querySelectorAll('[data-spacer]')).toHaveLength(0);
  });

  test('of 2,000 POs only those near the viewport are in the DOM, each with its place in the whole', () => {
    const { container } = renderUi(<PoList pos={Array.from({ length: 2000 }, (_, i) => summary(i))} hrefOf={(p) => `#po/${p.id}`} />);
    const items = screen.getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(100);
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(items[0]?.getAttribute('aria-setsize')).toBe('2000');
    const after = container.querySelector('li[data-spacer]') as HTMLElement;
    expect(after.getAttribute('aria-hidden')).toBe('true');
    // The rows not rendered keep their room, so the scroll bar is that of the whole list.
    expect(parseFloat(after.style.height)).toBeGreaterThan(1900 * 50);
  });
});
