import type { PresenceUser } from '../../../src/shared/contract/live';
import { CA, NOTULIST, PH, startedPo } from '../helpers/factories';
import type { TestServer } from '../helpers/server';
import { liveTestServer } from './servers';
import { openLive, type LiveSocket } from './socket';

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

async function join(poId: string, as: string): Promise<LiveSocket> {
  const socket = await openLive(s, poId, as);
  sockets.push(socket);
  await socket.waitFor((m) => m.type === 'presence');
  return socket;
}

const presences = (socket: LiveSocket): string[][] => socket.messages.flatMap((m) => (m.type === 'presence' ? [m.users.map((u) => u.id)] : []));
const lastPresence = async (socket: LiveSocket, ids: string[]): Promise<PresenceUser[]> => {
  const want = JSON.stringify(ids);
  const found = await socket.waitFor((m) => m.type === 'presence' && JSON.stringify(m.users.map((u) => u.id)) === want, { from: socket.messages.length - 1 });
  return (found as { users: PresenceUser[] }).users;
};

describe('presence', () => {
  test('everyone connected sees who is here, with name and roles, as people join and leave', async () => {
    const { po } = await startedPo(s);
    const eva = await join(po.id, CA);
    expect(presences(eva)).toEqual([[CA]]);
    const noor = await join(po.id, NOTULIST);
    const users = await lastPresence(eva, [CA, NOTULIST]);
    expect(users).toEqual([
      { id: CA, name: 'Eva de Vries', roles: ['concernadviseur'] },
      { id: NOTULIST, name: 'Noor Bakker', roles: ['notulist'] },
    ]);
    expect(presences(noor).at(-1)).toEqual(users.map((u) => u.id));

    const bram = await join(po.id, PH);
    await lastPresence(eva, [PH, CA, NOTULIST]);
    await bram.close();
    await lastPresence(eva, [CA, NOTULIST]);
    await lastPresence(noor, [CA, NOTULIST]);
  });

  test('a second tab of the same user is one person: no new presence for the others', async () => {
    const { po } = await startedPo(s);
    const eva = await join(po.id, CA);
    const tab1 = await join(po.id, PH);
    await lastPresence(eva, [PH, CA]);
    const before = presences(eva).length;
    const tab2 = await join(po.id, PH);
    expect(presences(tab2)).toEqual([[PH, CA]]);
    await tab1.close();
    // The next presence the others get is Noor's arrival, with Bram still there: closing one of
    // his two tabs sent nothing in between.
    const noor = await join(po.id, NOTULIST);
    await lastPresence(eva, [PH, CA, NOTULIST]);
    expect(presences(eva).slice(before)).toEqual([[PH, CA, NOTULIST]]);
    await noor.close();
    await lastPresence(eva, [PH, CA]);
    await tab2.close();
    await lastPresence(eva, [CA]);
  });
});
