import { randomUUID } from 'node:crypto';
import type { LivePo, ServerMessage } from '../../../src/shared/contract/live';
import { CA, expectOk, NOTULIST, OPDRACHTNEMER2, record, startedPo } from '../helpers/factories';
import type { TestServer } from '../helpers/server';
import { liveTestServer } from './servers';
import { openLive, reachSeq, type LiveSocket } from './socket';

let s: TestServer;
const sockets: LiveSocket[] = [];
beforeAll(async () => {
  s = await liveTestServer();
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((w) => w.close()));
});
afterAll(async () => {
  await s.close();
});

async function join(poId: string, as: string, lastSeq?: number): Promise<LiveSocket> {
  const socket = await openLive(s, poId, as, { lastSeq });
  sockets.push(socket);
  return socket;
}

const SECRETS = ['Zeeweg', '2,1 miljoen', 'Bod verhogen', 'Taxatie afwachten', 'Onderhandelen'];
const leaks = (messages: ServerMessage[]): string[] => SECRETS.filter((secret) => JSON.stringify(messages).includes(secret));

/** Everything the notulist does on the confidential item and on an open one, in one order. */
async function meetingWithSecrets(poId: string, items: { besluit: string; geheim: string }): Promise<void> {
  const id = randomUUID();
  await expectOk(
    s.api('POST', `/api/pos/${poId}/vastleggingen`, {
      as: NOTULIST,
      body: { id, kind: 'besluitpunt', agendapuntId: items.geheim, text: 'Bod verhogen tot 2,1 miljoen.' },
    }),
  );
  await expectOk(record(s, poId, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Open actie', ownerName: 'Tim' }));
  await expectOk(s.api('PATCH', `/api/pos/${poId}/vastleggingen/${id}`, { as: NOTULIST, body: { text: 'Taxatie afwachten.' } }));
  await expectOk(
    s.api('PUT', `/api/pos/${poId}/agendapunten/${items.geheim}/bespreking`, { as: NOTULIST, body: { bespreking: 'Onderhandelen met de eigenaar.' } }),
  );
  expect((await s.api('DELETE', `/api/pos/${poId}/vastleggingen/${id}`, { as: NOTULIST })).status).toBe(204);
}

describe('confidential items over the live channel', () => {
  test('a reader not entitled to a confidential item gets its state redacted, as the REST API gives it', async () => {
    const { po } = await startedPo(s);
    const socket = await join(po.id, OPDRACHTNEMER2);
    const state = (await socket.waitFor((m) => m.type === 'state')) as { po: LivePo };
    expect(state.po).toEqual(await expectOk(s.api<LivePo>('GET', `/api/pos/${po.id}`, { as: OPDRACHTNEMER2 })));
    expect(state.po.agendapunten.map((i) => i.title)).toContain('Vertrouwelijk agendapunt');
    expect(leaks(socket.messages)).toEqual([]);
  });

  test('changes about it reach only those entitled; the others get placeholders and the same gapless seqs', async () => {
    const { po, items } = await startedPo(s);
    const entitled = await join(po.id, CA);
    const other = await join(po.id, OPDRACHTNEMER2);
    const { seq } = (await other.waitFor((m) => m.type === 'state')) as { seq: number };
    await meetingWithSecrets(po.id, items);
    await Promise.all([reachSeq(entitled, seq + 5), reachSeq(other, seq + 5)]);

    expect(entitled.changes().map((m) => m.change.type)).toEqual(['record.added', 'record.added', 'record.updated', 'agendapunt.updated', 'record.removed']);
    expect(leaks(entitled.messages)).toEqual(SECRETS);
    expect(other.changes().map((m) => m.seq)).toEqual([seq + 1, seq + 2, seq + 3, seq + 4, seq + 5]);
    expect(other.changes().map((m) => m.change.type)).toEqual(['redacted', 'record.added', 'redacted', 'agendapunt.updated', 'redacted']);
    expect(other.changes()[3]?.change).toMatchObject({ payload: { id: items.geheim, title: 'Vertrouwelijk agendapunt', bespreking: '' } });
    expect(other.changes()[0]?.change).toEqual({ type: 'redacted' });
    expect(leaks(other.messages)).toEqual([]);
  });

  test('a resuming reader gets the same redaction for what it missed', async () => {
    const { po, items } = await startedPo(s);
    const first = await join(po.id, OPDRACHTNEMER2);
    const { seq } = (await first.waitFor((m) => m.type === 'state')) as { seq: number };
    await first.close();
    await meetingWithSecrets(po.id, items);
    const back = await join(po.id, OPDRACHTNEMER2, seq);
    await reachSeq(back, seq + 5);
    expect(back.messages.filter((m) => m.type === 'state')).toEqual([]);
    expect(back.changes().map((m) => [m.seq, m.change.type])).toEqual([
      [seq + 1, 'redacted'],
      [seq + 2, 'record.added'],
      [seq + 3, 'redacted'],
      [seq + 4, 'agendapunt.updated'],
      [seq + 5, 'redacted'],
    ]);
    expect(leaks(back.messages)).toEqual([]);
  });

  test('a record made before the reader joined is still hidden when it is removed', async () => {
    const { po, items } = await startedPo(s);
    const made = await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.geheim, text: 'Bod verhogen.' }));
    const other = await join(po.id, OPDRACHTNEMER2);
    const { seq } = (await other.waitFor((m) => m.type === 'state')) as { seq: number };
    expect((await s.api('DELETE', `/api/pos/${po.id}/vastleggingen/${String(made.id)}`, { as: NOTULIST })).status).toBe(204);
    expect(await reachSeq(other, seq + 1)).toEqual({ type: 'change', seq: seq + 1, change: { type: 'redacted' } });
  });
});
