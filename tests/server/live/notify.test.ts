import { parseChangeNotification } from '../../../src/server/store/notify';

describe('change notifications between instances', () => {
  test("read '<poId>:<seq>' and ignore anything else", () => {
    expect(parseChangeNotification('7b0c1a2e-1111-4222-8333-944445555666:42')).toEqual({ poId: '7b0c1a2e-1111-4222-8333-944445555666', seq: 42 });
    for (const bad of [undefined, '', 'x', ':4', 'po:', 'po:0', 'po:-1', 'po:1.5', 'po:abc']) expect(parseChangeNotification(bad)).toBeNull();
  });
});
