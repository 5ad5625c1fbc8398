import type { PoChange } from '../../../src/server/store/changes';
import type { Database } from '../../../src/server/store/db';
import { announceChanges, parseChangeNotification, senderTag } from '../../../src/server/store/notify';

const PO = '7b0c1a2e-1111-4222-8333-944445555666';

/** The NOTIFY payloads `announceChanges` sends. */
function capturingDb(): { db: Database; sent: { payload: string }[] } {
  const sent: { payload: string }[] = [];
  const db = {
    kind: 'postgresql',
    query: async (_text: string, params?: unknown[]) => {
      sent.push({ payload: String(params?.[1]) });
      return [];
    },
  } as unknown as Database;
  return { db, sent };
}

const change = (seq: number, text: string): PoChange => ({
  poId: PO,
  seq,
  at: '2025-03-03T09:00:00.000Z',
  actorId: 'u-noor',
  type: 'record.added',
  payload: { id: `r${seq}`, text },
});

describe('change notifications between instances', () => {
  test("read '<poId>:<seq>' and ignore anything else", () => {
    expect(parseChangeNotification(`${PO}:42`)).toEqual({ poId: PO, seq: 42 });
    for (const bad of [
      undefined,
      '',
      'x',
      ':4',
      'po:',
      'po:0',
      'po:-1',
      'po:1.5',
      'po:abc',
      '{',
      '{"poId":"x","changes":[]}',
      '{"poId":"x","changes":[{"seq":0}]}',
    ]) {
      expect(parseChangeNotification(bad)).toBeNull();
    }
  });

  test('changes that fit travel in the notification, as stored; larger ones as "read up to here"', async () => {
    const { db, sent } = capturingDb();
    const small = [change(7, 'Besluit'), change(8, 'Actie')];
    await announceChanges(db, PO, small);
    expect(parseChangeNotification(sent[0]?.payload)).toEqual({ poId: PO, seq: 8, changes: small });

    await announceChanges(db, PO, [change(9, 'x'.repeat(8000))]);
    expect(sent[1]?.payload).toBe(`${PO}:9`);
    expect(parseChangeNotification(sent[1]?.payload)).toEqual({ poId: PO, seq: 9 });
  });
});

describe("an instance's own notifications", () => {
  test('carry its tag, which the reader strips; the tag is random per instance', async () => {
    const { db, sent } = capturingDb();
    const tag = senderTag();
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    expect(senderTag()).not.toBe(tag);
    await announceChanges(db, PO, [change(3, 'Besluit')], tag);
    await announceChanges(db, PO, [change(4, 'x'.repeat(8000))], tag);
    expect(sent[0]?.payload.startsWith(`${tag} {`)).toBe(true);
    expect(sent[1]?.payload).toBe(`${tag} ${PO}:4`);
    expect(parseChangeNotification(sent[0]?.payload)).toEqual({ poId: PO, seq: 3, changes: [change(3, 'Besluit')] });
    expect(parseChangeNotification(sent[1]?.payload)).toEqual({ poId: PO, seq: 4 });
    for (const { payload } of sent) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
  });
});
