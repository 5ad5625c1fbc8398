/**
 * Stored transcripts go when their time is up (TRANSCRIPT_RETENTION_DAYS after the verslag's first
 * publication; all of them when the setting is 0): at start-up and then every hour, on each
 * instance (the DELETE is idempotent). Nothing of the text is logged; only how many went.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps';
import { purgeTranscripts } from '../store/transcripts';

export const TRANSCRIPT_PURGE_INTERVAL_MS = 60 * 60_000;

export async function purgeExpiredTranscripts(deps: Pick<Deps, 'db' | 'now' | 'config'>): Promise<number> {
  return (await purgeTranscripts(deps.db, deps.now().toISOString(), deps.config.TRANSCRIPT_RETENTION_DAYS)).length;
}

export function registerTranscriptPurge(app: FastifyInstance, deps: Deps): void {
  let timer: NodeJS.Timeout | null = null;
  const run = async (): Promise<void> => {
    try {
      const removed = await purgeExpiredTranscripts(deps);
      if (removed > 0) app.log.info({ removed }, 'transcripten verwijderd na de bewaartermijn');
    } catch (err) {
      app.log.error({ err: err instanceof Error ? err.message : String(err) }, 'transcripten opruimen mislukt; volgende poging over een uur');
    }
  };
  app.addHook('onReady', async () => {
    await run();
    timer = setInterval(() => void run(), TRANSCRIPT_PURGE_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
