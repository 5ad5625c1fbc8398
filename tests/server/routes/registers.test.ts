/**
 * Lists across POs stay complete as the years add up (issue 13): every list pages by cursor to its
 * end without a row twice or missing, an open actiepunt of the oldest of more than a thousand POs is
 * still in the register, and the archive search ranks and highlights in Dutch.
 */
import { loadOrganisation, listUsers } from '../../../src/server/store/directory';
import { writeScaleData } from '../../bench/scaleData';
import { CA, expectOk, NOTULIST, record, startedPo } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

let s: TestServer;
// These tests walk lists a page of one or five at a time: the limit on expensive reads is off here.
beforeAll(async () => {
  s = await startTestServer({ RATE_LIMIT_EXPENSIVE_READS: 0 });
});
afterAll(async () => {
  await s.close();
});

type Page<T> = { items: T[]; nextCursor: string | null };
type Entry = { record: { id: string; text: string; dueDate: string | null; createdAt: string; status: string }; poId: string };

/** Every page of a list, following `nextCursor` to the end. */
async function walk<T>(path: string, as: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page: Page<T> = await expectOk(s.api<Page<T>>('GET', `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`, { as }));
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
    if (pages > 500) throw new Error('de cursor eindigt niet');
  } while (cursor);
  return { items, pages };
}

describe('paging by cursor', () => {
  test('the register, the collegeplanning, my POs and the standing item page to the end, each row once, in order', async () => {
    const made: string[] = [];
    for (let n = 0; n < 3; n++) {
      const { po, items } = await startedPo(s);
      made.push(po.id);
      for (let i = 0; i < 4; i++) {
        await expectOk(
          record(s, po.id, {
            kind: 'actiepunt',
            agendapuntId: items.besluit,
            text: `Actie ${n}.${i}`,
            ownerId: 'u-tim',
            dueDate: `2027-0${1 + (i % 3)}-1${n}`,
          }),
        );
        await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: `Besluit ${n}.${i}`, collegeDatum: `2027-02-0${1 + i}` }));
      }
      await expectOk(record(s, po.id, { kind: 'toezegging', agendapuntId: items.beeld, text: `Toezegging ${n}`, ownerId: 'u-tim', aan: 'raad' }));
    }
    const all = await walk<Entry>('/api/opvolging?limit=5', CA);
    const ours = all.items.filter((e) => made.includes(e.poId));
    expect(ours).toHaveLength(15);
    expect(new Set(all.items.map((e) => e.record.id)).size).toBe(all.items.length);
    expect(all.pages).toBeGreaterThanOrEqual(3);
    const keys = all.items.map((e) => `${e.record.dueDate ?? '9999-99-99'} ${e.record.createdAt} ${e.record.id}`);
    expect([...keys].sort()).toEqual(keys);
    // Filters are applied in the database, paged the same way.
    const toezeggingen = await walk<Entry>('/api/opvolging?limit=2&kind=toezegging', CA);
    expect(
      toezeggingen.items
        .filter((e) => made.includes(e.poId))
        .map((e) => e.record.text)
        .sort(),
    ).toEqual(['Toezegging 0', 'Toezegging 1', 'Toezegging 2']);

    const college = await walk<{ collegeDatum: string; besluitpunten: { id: string; poId: string }[] }>('/api/collegeplanning?limit=5', 'u-gerard');
    const besluiten = college.items.flatMap((d) => d.besluitpunten).filter((b) => made.includes(b.poId));
    expect(besluiten).toHaveLength(12);
    expect(new Set(besluiten.map((b) => b.id)).size).toBe(12);

    const mine = await walk<{ id: string; startsAt: string }>('/api/pos?limit=2', 'u-bram');
    for (const id of made) expect(mine.items.map((p) => p.id)).toContain(id);
    expect(new Set(mine.items.map((p) => p.id)).size).toBe(mine.items.length);

    const bad = await s.api<{ error: { id: string; problems: { path: string }[] } }>('GET', '/api/opvolging?cursor=niet-van-ons', { as: CA });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]?.path).toBe('query.cursor');
  });
});

describe('ten years', () => {
  test('an open actiepunt of the oldest of more than a thousand POs is in the register and in the standing item', async () => {
    const org = (await loadOrganisation(s.deps.db))!;
    const users = await listUsers(s.deps.db);
    // 168 weeks x 6 portefeuillehouders: 1,008 POs, from 2015 on.
    const made = await writeScaleData(s.deps.db, {
      org,
      users,
      firstWeek: '2015-01-05',
      fromWeek: 0,
      toWeek: 168,
      itemsPerPo: 1,
      recordsPerItem: 1,
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(made.pos).toBeGreaterThan(1000);
    const oldest = made.firstPoId!;
    const [item] = await s.deps.db.query<{ id: string }>('SELECT id FROM agendapunten WHERE po_id = $1 AND NOT vertrouwelijk LIMIT 1', [oldest]);
    const { randomUUID } = await import('node:crypto');
    const id = randomUUID();
    await s.deps.db.query(
      `INSERT INTO records (id, po_id, agendapunt_id, kind, text, owner_id, due_date, status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, 'actiepunt', 'Het oudste open actiepunt', 'u-mila', '2015-01-06', 'open', 'u-noor', '2015-01-05T09:00:00Z', '2015-01-05T09:00:00Z')`,
      [id, oldest, item!.id],
    );
    // Earliest due date first: it leads the register.
    const first = await expectOk(s.api<Page<Entry>>('GET', '/api/opvolging', { as: CA }));
    expect(first.items[0]?.record.id).toBe(id);
    // Its owner finds it too, though not in that PO.
    const own = await walk<Entry>('/api/opvolging?ownerId=u-mila&limit=200', 'u-mila');
    expect(own.items.some((e) => e.record.id === id)).toBe(true);
    // The standing item of a new PO of that portefeuillehouder carries it.
    const [ph] = await s.deps.db.query<{ portefeuillehouder_id: string }>('SELECT portefeuillehouder_id FROM pos WHERE id = $1', [oldest]);
    const next = await expectOk(
      s.api<{ id: string; agendapunten: { title: string; standing: boolean }[] }>('POST', '/api/pos', {
        as: CA,
        body: { portefeuillehouderId: ph!.portefeuillehouder_id, notulistId: NOTULIST, sameDayOk: true },
      }),
    );
    expect(next.agendapunten.some((i) => i.standing)).toBe(true);
    const standing = await walk<Entry>(`/api/pos/${next.id}/opvolging?limit=200`, CA);
    expect(standing.items.some((e) => e.record.id === id)).toBe(true);
  }, 120_000);
});

describe('the archive', () => {
  test('searches in Dutch (huurwoningen finds huurwoning), best match first, with the matched words marked, page by page', async () => {
    let clock = Date.now();
    const publish = async (texts: string[]): Promise<string> => {
      s.setNow(new Date((clock += 60_000)));
      const { po, items } = await startedPo(s);
      for (const text of texts) await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text }));
      await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
      await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
      return po.id;
    };
    const many = await publish([
      'Plan voor 300 sociale huurwoningen in Velserbroek.',
      'Huurwoningen aan de Kanaaldijk worden versneld gebouwd.',
      'De huurwoning aan het Plein wordt verkocht.',
    ]);
    const one = await publish(['Eén huurwoning wordt gesloopt voor het fietspad.']);
    const none = await publish(['Het zwembad gaat in de zomer langer open.']);
    const res = await expectOk(
      s.api<Page<{ poId: string; passages: { text: string; hit: boolean }[][] }>>('GET', `/api/verslagen?q=${encodeURIComponent('huurwoningen')}`, {
        as: 'u-mila',
      }),
    );
    const ids = res.items.map((i) => i.poId);
    expect(ids).toContain(many);
    expect(ids).toContain(one);
    expect(ids).not.toContain(none);
    expect(ids.indexOf(many)).toBeLessThan(ids.indexOf(one));
    const hits = res.items
      .find((i) => i.poId === one)!
      .passages.flat()
      .filter((p) => p.hit)
      .map((p) => p.text.toLowerCase());
    expect(hits).toContain('huurwoning');
    // Paged by cursor, each verslag once.
    const paged = await walk<{ poId: string }>(`/api/verslagen?q=${encodeURIComponent('huurwoningen')}&limit=1`, 'u-mila');
    expect(paged.items.map((i) => i.poId)).toEqual(ids);
    const latest = await walk<{ poId: string }>('/api/verslagen?limit=1', 'u-mila');
    expect(latest.items.map((i) => i.poId).slice(0, 3)).toEqual([none, one, many]);
  });
});
