/**
 * The read policy as SQL (store/registers.ts#readableRecordSql) narrows lists in the database; the
 * read layer then decides each row with `readerOf`. This test keeps the two equal: on random POs
 * (people, confidential items, owners), for every user and both kinds of read, the rows the SQL
 * lets through are exactly the rows `readerOf` lets through.
 */
import { randomUUID } from 'node:crypto';
import type { OrganisationConfig, User } from '../../../src/domain';
import { mayOverseeAll, readerOf } from '../../../src/domain';
import { seedDemoData } from '../../../src/server/demo/seed';
import { ChangeBus, type Deps } from '../../../src/server/deps';
import { loadConfig } from '../../../src/server/config';
import { openDatabase, type Database } from '../../../src/server/store/db';
import { listUsers, loadOrganisation } from '../../../src/server/store/directory';
import { listPos } from '../../../src/server/store/pos';
import { collegePage, followUpPage, phIdsOf, type Viewer } from '../../../src/server/store/registers';
import { freshDatabase } from '../helpers/server';

let db: Database;
let drop: (() => Promise<void>) | null = null;
let org: OrganisationConfig;
let users: User[];

function rng(seed: number): () => number {
  let a = seed;
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
}

beforeAll(async () => {
  const base = process.env.TEST_DATABASE_URL;
  const fresh = base ? await freshDatabase(base) : null;
  drop = fresh?.drop ?? null;
  db = await openDatabase({ databaseUrl: fresh?.url, pgliteDataDir: 'memory://' });
  const deps = { config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), db, now: () => new Date(), changes: new ChangeBus() } as unknown as Deps;
  await seedDemoData(deps, { examplePo: false });
  org = (await loadOrganisation(db))!;
  users = await listUsers(db);
  const rand = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const some = <T>(xs: T[], p: number): T[] => xs.filter(() => rand() < p);
  const ids = users.map((u) => u.id);
  for (let n = 0; n < 40; n++) {
    const po = randomUUID();
    const ph = pick(org.portefeuillehouders);
    await db.query(
      `INSERT INTO pos (id, portefeuillehouder_id, title, starts_at, status, concernadviseur_id, notulist_id, participant_ids, sections, created_by)
       VALUES ($1, $2, $3, $4, 'afgesloten', $5, $6, $7, $8, 'u-eva')`,
      [
        po,
        ph.id,
        `PO ${n}`,
        new Date(Date.UTC(2026, 0, 5 + n)).toISOString(),
        rand() < 0.8 ? pick(ids) : null,
        rand() < 0.8 ? pick(ids) : null,
        some(ids, 0.08),
        ['A'],
      ],
    );
    for (let i = 0; i < 4; i++) {
      const item = randomUUID();
      await db.query(
        `INSERT INTO agendapunten (id, po_id, section, position, title, opdrachtnemer_id, adviseur_ids, vertrouwelijk) VALUES ($1, $2, 'A', $3, $4, $5, $6, $7)`,
        [item, po, i, `Punt ${n}.${i}`, rand() < 0.7 ? pick(ids) : null, some(ids, 0.08), rand() < 0.5],
      );
      for (let r = 0; r < 3; r++) {
        const kind = r === 0 ? 'besluitpunt' : pick(['actiepunt', 'toezegging', 'motie']);
        await db.query(
          `INSERT INTO records (id, po_id, agendapunt_id, kind, text, owner_id, status, college_datum, due_date, created_by)
           VALUES ($1, $2, $3, $4, 'tekst', $5, $6, $7, $8, 'u-noor')`,
          [
            randomUUID(),
            po,
            item,
            kind,
            kind === 'besluitpunt' ? null : pick(ids),
            kind === 'besluitpunt' ? null : pick(['open', 'afgerond']),
            kind === 'besluitpunt' ? '2026-03-03' : null,
            kind === 'besluitpunt' ? null : `2026-0${1 + (r % 9)}-1${i}`,
          ],
        );
      }
    }
  }
}, 60_000);

afterAll(async () => {
  await db.close();
  await drop?.();
});

async function sqlIds(viewer: Viewer): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const page of [followUpPage, collegePage] as const) {
    let cursor: string | undefined;
    do {
      const res = (await page(db, viewer, { status: 'alle', cursor, limit: 200 }))!;
      for (const row of res.items) ids.add(row.record.id);
      cursor = res.nextCursor ?? undefined;
    } while (cursor);
  }
  return ids;
}

test('the SQL form of the read policy lets through exactly what readerOf does, for every user', async () => {
  const pos = await listPos(db, { limit: 1000 });
  expect(pos.length).toBe(40);
  let compared = 0;
  for (const user of users) {
    for (const [grant, fewPos] of [
      [null, undefined],
      [null, 0],
      ['overzicht', undefined],
    ] as const) {
      // fewPos 0: the path of a viewer in many POs (the ordered index, no narrowing by PO).
      const viewer: Viewer = { userId: user.id, phIds: await phIdsOf(db, user.id), overview: grant === 'overzicht' || mayOverseeAll(user), fewPos };
      const expected = new Set<string>();
      for (const po of pos) {
        const reader = readerOf(user, po, org, grant);
        for (const r of po.records) if (reader.readRecord(r)) expected.add(r.id);
      }
      const actual = await sqlIds(viewer);
      expect({ user: user.id, grant, fewPos, ids: [...actual].sort() }).toEqual({ user: user.id, grant, fewPos, ids: [...expected].sort() });
      compared += pos.reduce((n, p) => n + p.records.length, 0);
    }
  }
  expect(compared).toBeGreaterThan(10_000);
}, 120_000);
