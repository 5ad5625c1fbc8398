import type { WebSocket } from 'ws';
import { LIVE_CLOSE } from '../../../src/shared/contract/live';
import { heartbeatSlices } from '../../../src/server/live/plugin';
import { closeReason, socketSubscriber } from '../../../src/server/live/subscriber';
import { CA, startedPo } from '../helpers/factories';
import type { TestServer } from '../helpers/server';
import { liveTestServer } from './servers';
import { openLive, wsUrl } from './socket';
import WebSocketClient from 'ws';

describe('dead and slow connections', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await liveTestServer({ live: { heartbeatMs: 100 } });
  });
  afterAll(async () => {
    await s.close();
  });

  test('a client that stops answering pings is dropped; one that answers stays', async () => {
    const poId = (await startedPo(s)).po.id;
    const healthy = await openLive(s, poId, CA);
    const dead = new WebSocketClient(wsUrl(s.url, poId), { autoPong: false });
    const closed = new Promise<number>((resolve) => dead.on('close', (code) => resolve(code)));
    await new Promise((resolve) => dead.once('open', resolve));
    dead.send(JSON.stringify({ type: 'hello', token: await s.token(CA) }));
    expect(await closed).toBe(1006); // Terminated: no close handshake with a peer that does not answer.
    // Two more pings reach the healthy client after the dead one was dropped: each heartbeat round
    // that would have dropped it has passed, and it is still open.
    for (let round = 0; round < 2; round += 1) await new Promise((resolve) => healthy.ws.once('ping', resolve));
    expect(healthy.ws.readyState).toBe(WebSocketClient.OPEN);
    await healthy.close();
  });
});

describe('backpressure', () => {
  const fakeSocket = (bufferedAmount: number) => {
    const sent: string[] = [];
    const closes: [number, string][] = [];
    const socket = {
      OPEN: 1,
      readyState: 1,
      bufferedAmount,
      send: (t: string) => sent.push(t),
      close: (code: number, reason: string) => {
        closes.push([code, reason]);
        socket.readyState = 2;
      },
      terminate: () => undefined,
    };
    return { socket, sent, closes };
  };
  const user = { id: 'u-eva', name: 'Eva', email: '', roles: [], functie: '', entraId: null };

  test('a client whose send buffer is over the limit is closed with 4008 instead of buffering more', () => {
    const slow = fakeSocket(2_000_000);
    let warned = 0;
    const sub = socketSubscriber(slow.socket as unknown as WebSocket, user, {
      maxBufferedBytes: 1_000_000,
      onSlow: () => {
        warned += 1;
      },
    });
    sub.send('{"type":"pong"}');
    sub.send('{"type":"pong"}');
    expect(slow.sent).toEqual([]);
    expect(slow.closes).toEqual([[LIVE_CLOSE.tooSlow, expect.stringMatching(/te ver achter/)]]);
    expect(warned).toBe(1);

    const fine = fakeSocket(10);
    socketSubscriber(fine.socket as unknown as WebSocket, user, { maxBufferedBytes: 1_000_000, onSlow: () => undefined }).send('x');
    expect(fine.sent).toEqual(['x']);
  });

  test('close reasons fit the 123 bytes a close frame allows', () => {
    const reason = closeReason('é'.repeat(200));
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(reason.endsWith('…')).toBe(true);
    expect(closeReason('Kort.')).toBe('Kort.');
  });
});

describe('the heartbeat in slices', () => {
  test('each socket is pinged once per interval, a slice of about a second at a time', () => {
    const beat = heartbeatSlices(30_000);
    expect(beat.everyMs).toBe(1000);
    const sockets = Array.from({ length: 95 }, () => ({}));
    for (const socket of sockets) beat.assign(socket);
    const pinged = new Map<object, number>();
    for (let tick = 0; tick < 30; tick++) {
      const turn = beat.next();
      const slice = sockets.filter((socket) => beat.slotOf(socket) === turn);
      expect(slice.length).toBeLessThanOrEqual(4);
      for (const socket of slice) pinged.set(socket, (pinged.get(socket) ?? 0) + 1);
    }
    expect([...pinged.values()]).toEqual(sockets.map(() => 1));
    // The next round starts again with the first slice.
    expect(beat.next()).toBe(0);
  });

  test('a short interval is one slice: every socket every time', () => {
    const beat = heartbeatSlices(100);
    expect(beat.everyMs).toBe(100);
    const socket = {};
    beat.assign(socket);
    expect([beat.next(), beat.next()]).toEqual([0, 0]);
    expect(beat.slotOf(socket)).toBe(0);
  });
});
