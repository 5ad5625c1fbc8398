/** Reordering the agenda in the editor: one step at a time across sections, and drops. */
import { applyOrder, moveStep, moveTo, orderOf } from '../../src/client/tab/agenda/order';

const S = ['I', 'II', 'III'];
const order = [
  { id: 'a', section: 'I' },
  { id: 'b', section: 'I' },
  { id: 'c', section: 'III' },
];

describe('moving an agendapunt', () => {
  test('up and down within a section swaps neighbours', () => {
    expect(moveStep(order, S, 'b', 'up')).toEqual([
      { id: 'b', section: 'I' },
      { id: 'a', section: 'I' },
      { id: 'c', section: 'III' },
    ]);
    expect(moveStep(order, S, 'a', 'down')).toEqual([
      { id: 'b', section: 'I' },
      { id: 'a', section: 'I' },
      { id: 'c', section: 'III' },
    ]);
  });

  test('past the end of a section it enters the next one, also an empty one, one section at a time', () => {
    const once = moveStep(order, S, 'b', 'down');
    expect(once).toEqual([
      { id: 'a', section: 'I' },
      { id: 'b', section: 'II' },
      { id: 'c', section: 'III' },
    ]);
    expect(moveStep(once ?? [], S, 'b', 'down')).toEqual([
      { id: 'a', section: 'I' },
      { id: 'b', section: 'III' },
      { id: 'c', section: 'III' },
    ]);
    expect(moveStep(order, S, 'c', 'up')).toEqual([
      { id: 'a', section: 'I' },
      { id: 'b', section: 'I' },
      { id: 'c', section: 'II' },
    ]);
  });

  test('the first item cannot go up, the last cannot go down', () => {
    expect(moveStep(order, S, 'a', 'up')).toBeNull();
    expect(moveStep(order, S, 'c', 'down')).toBeNull();
  });

  test("dropped before another item it takes that item's section; dropped on a section it goes last there", () => {
    expect(moveTo(order, S, 'c', { beforeId: 'a' })).toEqual([
      { id: 'c', section: 'I' },
      { id: 'a', section: 'I' },
      { id: 'b', section: 'I' },
    ]);
    expect(moveTo(order, S, 'a', { section: 'II' })).toEqual([
      { id: 'b', section: 'I' },
      { id: 'a', section: 'II' },
      { id: 'c', section: 'III' },
    ]);
    expect(moveTo(order, S, 'a', { beforeId: 'a' })).toBe(order);
  });

  test('the editor shows the new order renumbered, with positions per section', () => {
    const items = order.map((e, i) => ({ id: e.id, section: e.section, position: i, nummer: String(i + 1) }));
    const po = { sections: S, agendapunten: items } as unknown as Parameters<typeof applyOrder>[0];
    const next = applyOrder(po, [
      { id: 'c', section: 'I' },
      { id: 'a', section: 'I' },
      { id: 'b', section: 'II' },
    ]);
    expect(next.agendapunten.map((i) => [i.id, i.section, i.position, i.nummer])).toEqual([
      ['c', 'I', 0, '1'],
      ['a', 'I', 1, '2'],
      ['b', 'II', 0, '3'],
    ]);
    expect(orderOf(next)).toEqual([
      { id: 'c', section: 'I' },
      { id: 'a', section: 'I' },
      { id: 'b', section: 'II' },
    ]);
  });
});
