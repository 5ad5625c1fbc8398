/**
 * Graph throttles posting to one Teams channel at about 4 requests per second. The pacer keeps
 * at least `minIntervalMs` between requests to the same channel, in the order they asked,
 * so a verslag with many replies does not run into 429s in the first place. Planner writes are
 * paced the same way, per plan (`sharedPlannerPacer`, keyed `('planner', planId)`): a PO with
 * twenty actiepunten makes twenty tasks one after the other, not twenty POSTs at once.
 */

export interface Clock {
  now(): number;
  sleep: (ms: number) => Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface ChannelPacer {
  /** Resolves when a request to this channel may be sent; reserves that slot. */
  wait(teamId: string, channelId: string): Promise<void>;
}

export const DEFAULT_CHANNEL_INTERVAL_MS = 250;

export function createChannelPacer(opts: { minIntervalMs?: number; clock?: Clock } = {}): ChannelPacer {
  const interval = opts.minIntervalMs ?? DEFAULT_CHANNEL_INTERVAL_MS;
  const clock = opts.clock ?? systemClock;
  /** Per channel: the earliest time the next request may go. */
  const nextSlot = new Map<string, number>();

  return {
    async wait(teamId, channelId) {
      const key = `${teamId}\u0000${channelId}`;
      const now = clock.now();
      // Forget channels that have been quiet, so the map does not grow without bound.
      if (nextSlot.size > 1000) {
        for (const [k, slot] of nextSlot) if (slot < now) nextSlot.delete(k);
      }
      const slot = Math.max(now, nextSlot.get(key) ?? now);
      nextSlot.set(key, slot + interval);
      if (slot > now) await clock.sleep(slot - now);
    },
  };
}

/** One pacer for the whole process: clients are made per user, the channel limit is not. */
export const sharedChannelPacer: ChannelPacer = createChannelPacer();

/** Planner's own pacer, per plan: Planner throttles per tenant and user, not per Teams channel. */
export const sharedPlannerPacer: ChannelPacer = createChannelPacer();
