/** The agenda editor: the three purposes always visible and explained, problems at their item, reordering by keyboard. */
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
    onConfirmKwaliteitstoets: jest.fn(),
    ...over,
  };
  const view = renderUi(<AgendaEditor {...props} />);
  return { a, b, c, props, view };
}

const card = (name: RegExp): HTMLElement => screen.getByRole('listitem', { name });

describe('the agenda editor', () => {
  test('every item shows all three purposes, each with its one-line explanation, the chosen one checked', () => {
    setup();
    for (const [nummer, chosen] of [
      ['1', 'Oordeelsvorming'],
      ['2', null],
      ['3', 'Beeldvorming'],
    ] as const) {
      const group = screen.getByRole('radiogroup', { name: `Doel van bespreking van agendapunt ${nummer}` });
      expect(within(group).getAllByRole('radio')).toHaveLength(3);
      for (const label of ['Beeldvorming', 'Oordeelsvorming', 'Besluitvorming']) {
        const radio = within(group).getByRole('radio', { name: label });
        expect(visible(radio)).toBe(true);
        expect((radio as HTMLInputElement).checked).toBe(label === chosen);
      }
      for (const p of ['beeldvorming', 'oordeelsvorming', 'besluitvorming'] as const) {
        expect(visible(within(group).getByText(PURPOSE_EXPLANATION[p].nl))).toBe(true);
      }
    }
  });

  test("the explanation is the radio's description for screen readers", () => {
    setup();
    const group = screen.getByRole('radiogroup', { name: 'Doel van bespreking van agendapunt 2' });
    expect(description(within(group).getByRole('radio', { name: 'Besluitvorming' }))).toBe(PURPOSE_EXPLANATION.besluitvorming.nl);
  });

  test('choosing a purpose sends it for that item', async () => {
    const { b, props } = setup();
    const group = screen.getByRole('radiogroup', { name: 'Doel van bespreking van agendapunt 2' });
    await userEvent.click(within(group).getByRole('radio', { name: 'Besluitvorming' }));
    expect(props.onEdit).toHaveBeenCalledWith(b.id, { purpose: 'besluitvorming' });
  });

  test('problems are shown at their own item, as errors after a refused vaststellen, and nowhere else', () => {
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
        onConfirmKwaliteitstoets={jest.fn()}
      />,
    );
    const second = card(/^2\. Schoolroutes/);
    const bar = within(second).getByTestId('item-problems');
    expect(bar.textContent).toContain('Kies het doel van bespreking');
    expect(bar.textContent).toContain('Kies de ambtelijk opdrachtnemer');
    expect(within(card(/^1\. Mobiliteitsvisie/)).queryByTestId('item-problems')).toBeNull();
    expect(
      within(second)
        .getByRole('combobox', { name: /Ambtelijk opdrachtnemer/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  test('in English the problems are translated', () => {
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
        onConfirmKwaliteitstoets={jest.fn()}
      />,
      'en',
    );
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
