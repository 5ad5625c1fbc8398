/** All live channels of this server instance, one per PO that has someone connected. */
import type { FastifyBaseLogger } from 'fastify';
import type { PoChange } from '../store/changes';
import type { Database } from '../store/db';
import { latestSeqs } from '../store/notify';
import { PoChannel } from './channel';
import type { Subscriber } from './subscriber';

export class LiveHub {
  private readonly channels = new Map<string, PoChannel>();
  private closed = false;

  constructor(private readonly env: { db: Database; log: FastifyBaseLogger }) {}

  join(poId: string, sub: Subscriber, lastSeq?: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    let channel = this.channels.get(poId);
    if (!channel) {
      channel = new PoChannel(poId, {
        ...this.env,
        onIdle: (idle) => {
          if (this.channels.get(poId) === idle) this.channels.delete(poId);
          void idle.close();
        },
      });
      this.channels.set(poId, channel);
    }
    return channel.join(sub, lastSeq);
  }

  leave(poId: string, sub: Subscriber): void {
    this.channels.get(poId)?.leave(sub);
  }

  /** PO `poId` has changes up to `seq` (a NOTIFY without them, or the sweep): the channel reads what is new. */
  notify(poId: string, seq: number): void {
    this.channels.get(poId)?.notify(seq);
  }

  /** Committed changes themselves (ChangeBus on this instance, NOTIFY from another): no need to read them back. */
  deliver(poId: string, changes: PoChange[]): void {
    this.channels.get(poId)?.committed(changes);
  }

  /** Who is connected to PO `poId`'s live channel on this instance now. */
  presentUserIds(poId: string): string[] {
    return this.channels.get(poId)?.presentUserIds() ?? [];
  }

  /** Notifications may have been missed: every channel reads what is new. */
  resyncAll(): void {
    for (const channel of this.channels.values()) channel.resync();
  }

  /** Compares every channel's cursor with its PO's seq, in one query: those behind read what is new. */
  async sweep(): Promise<void> {
    if (this.closed || this.channels.size === 0) return;
    for (const { poId, seq } of await latestSeqs(this.env.db, [...this.channels.keys()])) this.notify(poId, seq);
  }

  stats(): { channels: number; subscribers: number } {
    let subscribers = 0;
    for (const channel of this.channels.values()) subscribers += channel.size;
    return { channels: this.channels.size, subscribers };
  }

  /** Stops every channel; resolves when the reads under way have finished. */
  async close(): Promise<void> {
    this.closed = true;
    const channels = [...this.channels.values()];
    this.channels.clear();
    await Promise.all(channels.map((channel) => channel.close()));
  }
}
