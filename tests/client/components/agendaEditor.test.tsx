/** The agenda editor: compact rows that expand one at a time, the purposes explained once, problems at their item, reordering by keyboard. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PURPOSE_EXPLANATION } from '../../../src/domain/model';
import { AgendaEditor, type AgendaEditorProps } from '../../../src/client/tab/agenda/AgendaEditor';
import { applyOrder } from '../../../src/client/tab/agenda/order';
import { description, item, po, renderUi, SECTIONS, USERS, visible } from '../fixtures';

function setup(over: Partial<AgendaEditorProps> = {}) {
  const a = item('Mobiliteitsvisie', { purpose: 'oordeelsvorming' });
  const b = item('Schoolroutes');
  const c = item('ENSIA', { section: SECTIONS[2] as string, purpose: 'beeldvorming' });
  const props: AgendaEditorProps = {
    po: po([a, b, c]),
    users: USERS,
    problems: [],
    problemsAreErrors: false,
    onEdit: jest.fn(),
    onAdd: jest.fn(),
    onRemove: jest.fn(),
    onReorder: jest.fn(),
    ...over,
  };
  const view = renderUi(<AgendaEditor {...props} />);
  return { a, b, c, props, view };
}

const card = (name: RegExp): HTMLElement => screen.getByRole('listitem', { name });

describe('the agenda editor', () => {
  test('each item is a row with its purpose, opdrachtnemer and minutes; its expand button opens one item at a time', async () => {
    setup();
    const row = within(card(/^1\. Mobiliteitsvisie/)).getByTestId('agendapunt-summary');
    expect(row.textContent).toContain('Oordeelsvorming');
    expect(within(card(/^2\. Schoolroutes/)).getByTestId('agendapunt-summary').textContent).toContain('Geen doel gekozen');
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    const first = screen.getByRole('button', { name: 'Agendapunt 1: Mobiliteitsvisie' });
    const second = screen.getByRole('button', { name: 'Agendapunt 2: Schoolroutes' });
    expect(first.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(first);
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(first.getAttribute('aria-controls') ?? '')).not.toBeNull();
    screen.getByRole('radiogroup', { name: 'Doel van bespreking van agendapunt 1' });
    await userEvent.click(second);
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
    screen.getByRole('radiogroup', { name: 'Doel van bespreking van agendapunt 2' });
  });

  test("the three purposes are explained once, on demand; in an item each stays the radio's description", async () => {
    setup();
    expect(screen.queryByTestId('purpose-explanations')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Wat betekenen de doelen van bespreking?' }));
    const list = screen.getByTestId('purpose-explanations');
    for (const p of ['beeldvorming', 'oordeelsvorming', 'besluitvorming'] as const) {
      expect(visible(within(list).getByText(PURPOSE_EXPLANATION[p].nl))).toBe(true);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Agendapunt 3: ENSIA' }));
    const group = screen.getByRole('radiogroup', { name: 'Doel van bespreking van agendapunt 3' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Beeldvorming' }).checked).toBe(true);
    expect(description(within(group).getByRole('radio', { name: 'Besluitvorming' }))).toBe(PURPOSE_EXPLANATION.besluitvorming.nl);
  });

  test('choosing a purpose sends it for that item', async () => {
    const { b, props } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Agendapunt 2: Schoolroutes' }));
    const group = screen.getByRole('radiogroup', { name: 'Doel van bespreking van agendapunt 2' });
    await userEvent.click(within(group).getByRole('radio', { name: 'Besluitvorming' }));
    expect(props.onEdit).toHaveBeenCalledWith(b.id, { purpose: 'besluitvorming' });
  });

  test('problems are shown at their own item, as errors after a refused vaststellen, and nowhere else', async () => {
    const a = item('Mobiliteitsvisie', { purpose: 'oordeelsvorming' });
    const b = item('Schoolroutes', { opdrachtnemerId: null });
    const problems = [
      { code: 'purpose_missing', path: `agendapunt:${b.id}`, message: 'Agendapunt "Schoolroutes" heeft geen doel van bespreking.' },
      { code: 'opdrachtnemer_missing', path: `agendapunt:${b.id}`, message: 'Agendapunt "Schoolroutes" heeft geen ambtelijk opdrachtnemer.' },
    ];
    renderUi(
      <AgendaEditor
        po={po([a, b])}
        users={USERS}
        problems={problems}
        problemsAreErrors
        onEdit={jest.fn()}
        onAdd={jest.fn()}
        onRemove={jest.fn()}
        onReorder={jest.fn()}
      />,
    );
    const second = card(/^2\. Schoolroutes/);
    const bar = within(second).getByTestId('item-problems');
    // Problems show on the row itself; the fields are marked once the row is opened.
    await userEvent.click(screen.getByRole('button', { name: 'Agendapunt 2: Schoolroutes' }));
    expect(bar.textContent).toContain('Kies het doel van bespreking');
    expect(bar.textContent).toContain('Kies de ambtelijk opdrachtnemer');
    expect(within(card(/^1\. Mobiliteitsvisie/)).queryByTestId('item-problems')).toBeNull();
    expect(
      within(second)
        .getByRole('combobox', { name: /Ambtelijk opdrachtnemer/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  test('in English the problems are translated', async () => {
    const b = item('Schoolroutes');
    const problems = [{ code: 'purpose_missing', path: `agendapunt:${b.id}`, message: 'Agendapunt "Schoolroutes" heeft geen doel.' }];
    renderUi(
      <AgendaEditor
        po={po([b])}
        users={USERS}
        problems={problems}
        problemsAreErrors={false}
        onEdit={jest.fn()}
        onAdd={jest.fn()}
        onRemove={jest.fn()}
        onReorder={jest.fn()}
      />,
      'en',
    );
    // Collapsed, a warning is counted in the row; opened, it is shown in full.
    expect(screen.getByTestId('item-problems-count').textContent).toBe('Incomplete (1)');
    await userEvent.click(screen.getByRole('button', { name: 'Agenda item 1: Schoolroutes' }));
    expect(screen.getByTestId('item-problems').textContent).toContain('Choose the purpose: forming a picture, forming a judgement or decision-making.');
    expect(visible(screen.getByRole('radio', { name: 'Decision-making' }))).toBe(true);
  });

  test('moving an item down by keyboard reorders it and keeps focus on its button', async () => {
    const { a, b, c, props, view } = setup();
    const down = screen.getByRole('button', { name: 'Agendapunt 1 omlaag' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    const order = [
      { id: b.id, section: SECTIONS[0] },
      { id: a.id, section: SECTIONS[0] },
      { id: c.id, section: SECTIONS[2] },
    ];
    expect(props.onReorder).toHaveBeenCalledWith(order);
    // The container shows the new order; focus stays on the moved item, now number 2.
    act(() => view.rerender(<AgendaEditor {...props} po={applyOrder(props.po, order as { id: string; section: string }[])} />));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Agendapunt 2 omlaag' }));
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(`Agendapunt "Mobiliteitsvisie" staat nu op plaats 2, in ${SECTIONS[0]}.`);
  });

  test('at the edge of a section an item moves into the next section; the first item cannot move up', async () => {
    const { b, props } = setup();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Agendapunt 1 omhoog' }).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Agendapunt 2 omlaag' }));
    const order = (props.onReorder as jest.Mock).mock.calls[0][0] as { id: string; section: string }[];
    expect(order.find((e) => e.id === b.id)?.section).toBe(SECTIONS[1]);
  });

  test('a new item is added to the section it is typed in, with Enter', async () => {
    const { props } = setup();
    await userEvent.type(screen.getByRole('textbox', { name: `Nieuw agendapunt in ${SECTIONS[1]}` }), 'Begroting 2027{Enter}');
    expect(props.onAdd).toHaveBeenCalledWith(SECTIONS[1], 'Begroting 2027');
  });
});
