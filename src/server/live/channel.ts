/**
 * The live channel of one PO: its subscribers, and the one cursor through `po_changes` that they
 * all follow. Everything a channel does (admitting a client, catching up after a notification,
 * sending a fresh state) runs one at a time, so every client sees the changes in `seq` order.
 */
import type { FastifyBaseLogger } from 'fastify';
import { readerOf } from '../../domain';
import { changesSince, type PoChange } from '../store/changes';
import type { Database } from '../store/db';
import { changeSender, presenceMessage, stateSender } from './messages';
import { LIVE_CLOSE, LIVE_MAX_REPLAY } from '../../shared/contract/live';
import { absorb, classify, loadSnapshot, type Snapshot } from './snapshot';
import type { Subscriber } from './subscriber';

export interface ChannelEnv {
  db: Database;
  log: FastifyBaseLogger;
  /** Called when the channel has no subscribers and nobody waiting to join. */
  onIdle(channel: PoChannel): void;
}

/** Rows read per query while catching up. */
const PAGE = 500;

export class PoChannel {
  private readonly subs = new Set<Subscriber>();
  private snap: Snapshot | null = null;
  /** Every subscriber has received everything up to here. */
  private seq = 0;
  /** The highest seq handed over with its change (delivered in order, from memory, or read after a gap). */
  private handedOver = 0;
  private tail: Promise<void> = Promise.resolve();
  private catchUpQueued = false;
  private joining = 0;
  private closed = false;
  private presence: Buffer = Buffer.alloc(0);

  constructor(
    readonly poId: string,
    private readonly env: ChannelEnv,
  ) {}

  get idle(): boolean {
    return this.subs.size === 0 && this.joining === 0;
  }

  get size(): number {
    return this.subs.size;
  }

  /** The users connected to this channel now (attendance suggestions). */
  presentUserIds(): string[] {
    return [...new Set([...this.subs].map((sub) => sub.user.id))];
  }

  /** Admits a subscriber: a state, or the changes after `lastSeq`; then it follows the channel. */
  join(sub: Subscriber, lastSeq?: number): Promise<void> {
    this.joining += 1;
    return this.serially(async () => {
      try {
        await this.admit(sub, lastSeq);
      } finally {
        this.joining -= 1;
        if (this.idle) this.env.onIdle(this);
      }
    });
  }

  leave(sub: Subscriber): void {
    if (!this.subs.delete(sub)) return;
    if (this.idle) this.env.onIdle(this);
    else this.sendPresence();
  }

  /** A change up to `seq` was committed (here or on another instance): read it from the database. */
  notify(seq: number): void {
    if (seq > Math.max(this.seq, this.handedOver)) this.requestCatchUp();
  }

  /**
   * Committed changes, as stored: from a commit on this instance, or announced by another one. When
   * they follow on from what the clients have, they go out without a database read; after a gap (a
   * commit not yet heard of) the channel reads the database instead, so the order stays that of
   * `seq`. Changes handed over before (this instance's own, announced back to it) are skipped.
   */
  committed(changes: PoChange[]): void {
    const last = changes.at(-1);
    if (!last || this.closed || last.seq <= Math.max(this.seq, this.handedOver)) return;
    this.handedOver = last.seq;
    void this.serially(async () => {
      for (const row of changes) {
        if (row.seq <= this.seq) continue;
        if (!this.snap) return; // Nobody admitted yet: the first one gets a state read now.
        if (row.seq !== this.seq + 1) return this.requestCatchUp();
        await this.deliver(row);
      }
    }).catch(() => undefined);
  }

  /** Notifications may have been lost (the database listener reconnected): read what is there. */
  resync(): void {
    this.requestCatchUp();
  }

  /** Stops the channel: queued work is skipped; resolves when the task under way has finished. */
  close(): Promise<void> {
    this.closed = true;
    return this.tail;
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const run = this.tail.then(() => (this.closed ? undefined : task()));
    this.tail = run.catch((err: unknown) => this.env.log.error({ err, poId: this.poId }, 'live: taak mislukt'));
    return run;
  }

  private requestCatchUp(): void {
    if (this.catchUpQueued || this.closed) return;
    this.catchUpQueued = true;
    void this.serially(async () => {
      this.catchUpQueued = false;
      try {
        await this.catchUp();
      } catch (err) {
        // The database is unavailable for a moment: try again; clients keep their place meanwhile.
        this.env.log.error({ err, poId: this.poId }, 'live: wijzigingen lezen mislukt; opnieuw over 1 s');
        setTimeout(() => this.requestCatchUp(), 1000).unref();
      }
    }).catch(() => undefined);
  }

  private async admit(sub: Subscriber, lastSeq: number | undefined): Promise<void> {
    if (!this.snap) {
      const snap = await loadSnapshot(this.env.db, this.poId);
      if (!snap) return sub.refuse(LIVE_CLOSE.notFound, 'not_found', `PO ${this.poId} bestaat niet.`);
      this.snap = snap;
      this.seq = snap.po.seq;
    }
    const snap = this.snap;
    sub.reader = readerOf(sub.user, snap.po, snap.org);
    if (sub.reader.basis !== 'betrokken') return sub.refuse(LIVE_CLOSE.forbidden, 'forbidden', 'U heeft geen rechten om dit PO te volgen.');
    if (!sub.open) return;
    const resumed = lastSeq !== undefined && (await this.replay(sub, lastSeq));
    if (!resumed) {
      if (this.seq === snap.loadedSeq) stateSender(snap.po, snap.org)(sub);
      else {
        // The snapshot is older than the channel's cursor: read the PO as it is now.
        const now = await loadSnapshot(this.env.db, this.poId);
        if (!now) return sub.refuse(LIVE_CLOSE.notFound, 'not_found', `PO ${this.poId} bestaat niet.`);
        stateSender(now.po, now.org)(sub);
      }
    }
    if (!sub.open) return; // Gone while we read: its close was already handled.
    this.subs.add(sub);
    this.sendPresence(sub);
  }

  /**
   * Sends a returning client exactly the changes it missed. False when a fresh state serves it
   * better: too far behind, a change among them that needs one, or a seq this PO never had.
   */
  private async replay(sub: Subscriber, lastSeq: number): Promise<boolean> {
    const snap = this.snap;
    if (!snap || !Number.isInteger(lastSeq) || lastSeq < 0) return false;
    const rows = await changesSince(this.env.db, this.poId, lastSeq, LIVE_MAX_REPLAY + 1);
    if (rows.length > LIVE_MAX_REPLAY) return false;
    if (rows.length === 0 && lastSeq > this.seq) return false;
    const deliveries = rows.map((row) => ({ row, delivery: classify(row, snap) }));
    if (deliveries.some((d) => d.delivery.kind === 'state')) return false;
    sub.seq = lastSeq;
    for (const { row, delivery } of deliveries) {
      if (delivery.kind === 'change') changeSender(row, delivery.about)(sub);
    }
    return true;
  }

  private async catchUp(): Promise<void> {
    if (!this.snap) return;
    for (;;) {
      const rows = await changesSince(this.env.db, this.poId, this.seq, PAGE);
      for (const row of rows) {
        if (row.seq <= this.seq) continue; // Covered by a fresh state sent earlier in this page.
        await this.deliver(row);
      }
      if (rows.length < PAGE || this.closed) return;
    }
  }

  private async deliver(row: PoChange): Promise<void> {
    const snap = this.snap;
    if (!snap) return;
    const delivery = classify(row, snap);
    if (delivery.kind === 'state') return this.sendFreshState(row.seq);
    const send = changeSender(row, delivery.about);
    for (const sub of this.subs) if (sub.seq < row.seq) send(sub);
    absorb(snap, row);
    this.seq = row.seq;
  }

  /** Reads the PO again and sends everyone its state: rights, numbering or status may have changed. */
  private async sendFreshState(atLeast: number): Promise<void> {
    const snap = await loadSnapshot(this.env.db, this.poId);
    if (!snap) {
      for (const sub of this.subs) sub.refuse(LIVE_CLOSE.notFound, 'not_found', 'Dit PO bestaat niet meer.');
      this.subs.clear();
      this.snap = null;
      return;
    }
    this.snap = snap;
    const send = stateSender(snap.po, snap.org);
    for (const sub of [...this.subs]) {
      sub.reader = readerOf(sub.user, snap.po, snap.org);
      if (sub.reader.basis !== 'betrokken') {
        sub.refuse(LIVE_CLOSE.forbidden, 'forbidden', 'U heeft geen rechten meer om dit PO te volgen.');
        this.subs.delete(sub);
      } else if (sub.seq < snap.po.seq) send(sub);
    }
    this.seq = Math.max(this.seq, snap.po.seq, atLeast);
    this.sendPresence();
  }

  /** Tells everyone who is here when that changed, and always tells `joined`. */
  private sendPresence(joined?: Subscriber): void {
    if (!this.snap) return;
    const message = presenceMessage(this.subs, this.snap);
    if (!message.equals(this.presence)) {
      this.presence = message;
      for (const sub of this.subs) sub.send(message);
    } else joined?.send(message);
  }
}
