/**
 * Connections on the way out. On shutdown `server.close()` waits for every connection it does not
 * see as idle, and a connection a browser opened ahead of need (Chromium's preconnect: no request
 * on it yet) is not seen as idle: with users' browsers connected, a SIGTERM then waited until
 * SHUTDOWN_TIMEOUT_MS and exited with code 1. `drain` closes every connection without a request in
 * flight at once, and each other one as soon as its last response is sent. Upgraded connections
 * (the live channel's WebSockets) are left to the live channel, which closes them with 1001.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface Drain {
  /** From now on: no connection stays open without a request in flight. */
  drain(): void;
}

export function trackConnections(server: Server): Drain {
  const inFlight = new Map<Socket, number>();
  let draining = false;
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('upgrade', (req: { socket: Socket }) => inFlight.delete(req.socket));
  server.on('request', (req, res) => {
    const socket = req.socket;
    if (!inFlight.has(socket)) return;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      if (!inFlight.has(socket)) return;
      inFlight.set(socket, left);
      if (draining && left === 0) socket.destroySoon();
    });
  });
  return {
    drain() {
      draining = true;
      for (const [socket, n] of inFlight) if (n === 0) socket.destroySoon();
    },
  };
}
