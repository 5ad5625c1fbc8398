/** Mijn PO's tells the portefeuillehouder which agenda waits for his vaststelling, and the proposer when it came back. */
import { screen, within } from '@testing-library/react';
import { PoList } from '../../../src/client/shared/components/PoList';
import type { PoSummary } from '../../../src/client/shared/types';
import { renderUi } from '../fixtures';

const line = (id: string, vaststelling: PoSummary['vaststelling']): PoSummary => ({
  id,
  title: `PO ${id}`,
  status: 'concept',
  startsAt: '2026-11-30T08:00:00.000Z',
  portefeuillehouder: { id: 'bram', name: 'Bram Diepstraten' },
  agendapunten: 3,
  publishedVersion: 0,
  geannuleerd: false,
  kwaliteitstoetsVoorMij: 0,
  vaststelling,
  myRoles: ['portefeuillehouder'],
});

const rowOf = (title: string): HTMLElement => screen.getByRole('link', { name: title }).closest('li') as HTMLElement;

test('each line says what waits, in words, and only on its own line', () => {
  renderUi(<PoList pos={[line('a', 'wacht_op_jou'), line('b', 'teruggestuurd'), line('c', null)]} hrefOf={(p) => `#po/${p.id}`} />);
  expect(within(rowOf('PO a')).getByText('Wacht op jouw vaststelling')).toBeTruthy();
  expect(within(rowOf('PO a')).queryByText('Agenda teruggestuurd')).toBeNull();
  expect(within(rowOf('PO b')).getByText('Agenda teruggestuurd')).toBeTruthy();
  expect(within(rowOf('PO c')).queryByText(/vaststelling|teruggestuurd/)).toBeNull();
});

test('in English', () => {
  renderUi(<PoList pos={[line('a', 'wacht_op_jou'), line('b', 'teruggestuurd')]} hrefOf={(p) => `#po/${p.id}`} />, 'en');
  expect(screen.getByText('Awaiting your approval')).toBeTruthy();
  expect(screen.getByText('Agenda sent back')).toBeTruthy();
});
