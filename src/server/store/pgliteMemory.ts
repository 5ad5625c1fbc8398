/**
 * What bounds the embedded PGlite's memory: Postgres' settings inside the WebAssembly engine, and
 * the checkpoints its one backend never makes by itself.
 *
 * The engine's heap only grows, and every page Postgres has touched stays resident, so:
 * - shared_buffers: Postgres' default 128 MB is taken whole at start (most of a 190 MB heap). The
 *   pages live in the data folder's files anyway (in memory for `memory://`, the OS page cache for
 *   a folder), so a small pool costs a copy per page read, not a disk read.
 * - maintenance_work_mem: CREATE INDEX (GIN) in the migrations would grow the heap to 64 MB.
 * These go to initdb as well, so the second engine PGlite starts to create a data folder stays
 * small too.
 *
 * PGlite runs Postgres as a single backend without a checkpointer, and a backend that is not
 * under a postmaster never checkpoints when the WAL passes max_wal_size: the WAL would grow with
 * every write until the server stops (in memory for `memory://`, on disk for a folder). So the
 * store looks at the WAL now and then and checkpoints (`checkpointer`); min_wal_size and
 * max_wal_size then bound how much WAL is kept for reuse. Postgres wants at least two segments
 * there: a folder has segments of 16 MB (as made by earlier versions too), an in-memory database
 * is made with segments of 1 MB and keeps 4 MB.
 */
import { PGlite } from '@electric-sql/pglite';

const PGLITE_SETTINGS: Record<string, string> = {
  shared_buffers: '16MB',
  maintenance_work_mem: '16MB',
};
const WAL_KEPT = { folder: '32MB', memory: '4MB' };

const settingArgs = (settings: Record<string, string>): string[] => Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);

/** PGlite's options for these settings, for a data folder or an in-memory database. */
export function pgliteMemoryOptions(inMemory: boolean): { startParams: string[]; initDbStartParams: string[] } {
  const kept = inMemory ? WAL_KEPT.memory : WAL_KEPT.folder;
  const args = settingArgs({ ...PGLITE_SETTINGS, min_wal_size: kept, max_wal_size: kept });
  return {
    startParams: [...PGlite.defaultStartParams, ...args],
    initDbStartParams: [...(inMemory ? ['--wal-segsize=1'] : []), ...args],
  };
}

/** WAL written since the last checkpoint past which the store checkpoints. */
const CHECKPOINT_AFTER_WAL_BYTES = 8 * 1024 * 1024;
/** Statements between two looks at the WAL (a look is one query). */
const WAL_CHECK_EVERY = 500;

export interface WalOwner {
  /** Bytes of WAL written since the last checkpoint. */
  walSinceCheckpoint(): Promise<number>;
  checkpoint(): Promise<void>;
}

/**
 * Returns `counted`, to be called after each statement or transaction: every WAL_CHECK_EVERY-th
 * call queues (through `exclusive`, after the work waiting already) a look at the WAL, and a
 * CHECKPOINT when enough has been written. A checkpoint writes the changed pages of the small
 * buffer pool to the data folder and drops the WAL before it: tens of milliseconds.
 */
export function checkpointer(owner: WalOwner, exclusive: (fn: () => Promise<void>) => Promise<void>, onError: (err: unknown) => void): () => void {
  let sinceLook = 0;
  return () => {
    if (++sinceLook < WAL_CHECK_EVERY) return;
    sinceLook = 0;
    exclusive(async () => {
      if ((await owner.walSinceCheckpoint()) > CHECKPOINT_AFTER_WAL_BYTES) await owner.checkpoint();
    }).catch(onError);
  };
}
