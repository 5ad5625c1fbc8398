/**
 * The embedded PGlite's memory settings: its WAL stays bounded (its single backend never
 * checkpoints by itself, so without the store's checkpoints every write would stay in the WAL, in
 * memory for `memory://`), and a data folder made before these settings still opens.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startPgliteStore, type PgliteStore } from '../../../src/server/store/pgliteDriver';

let store: PgliteStore;
beforeAll(async () => {
  store = await startPgliteStore('memory://');
});
afterAll(async () => {
  await store.close();
});

const walMb = async (): Promise<number> => {
  const [row] = await store.query<{ bytes: number }>('SELECT sum(size)::float8 AS bytes FROM pg_ls_waldir()');
  return (row?.bytes ?? 0) / 2 ** 20;
};

test('after writing far more WAL than it keeps, the WAL is small again and every row is there', async () => {
  await store.query('CREATE TABLE blobs (id int PRIMARY KEY, body text NOT NULL)');
  // ~90 MB of WAL: random text does not compress.
  for (let i = 0; i < 600; i++) {
    await store.tx((sql) => sql.query('INSERT INTO blobs (id, body) VALUES ($1, $2)', [i, randomBytes(75_000).toString('hex')]));
  }
  await store.query('SELECT 1'); // The WAL is looked at after the writes queued before it.
  // Kept after a checkpoint: 4 MB for reuse, and what came after the last look at the WAL (the
  // last hundred rows, 15 MB). Without checkpoints all ~90 MB would be.
  expect(await walMb()).toBeLessThan(32);
  const [count] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM blobs');
  expect(count?.n).toBe(600);
});

test("a data folder made with Postgres' own settings opens with these, its data intact", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'po-pglite-old-'));
  try {
    const before = new PGlite(dir);
    await before.exec("CREATE TABLE notes (text text); INSERT INTO notes VALUES ('van voor')");
    await before.close();
    const reopened = await startPgliteStore(dir);
    expect(await reopened.query('SELECT text FROM notes')).toEqual([{ text: 'van voor' }]);
    await reopened.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
