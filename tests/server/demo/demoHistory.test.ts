/**
 * The demo data of `npm start`: besides the example PO, last week's PO of the same portefeuillehouder,
 * held and published through the commands, so every screen has something to show on a first start.
 */
import { nextPoSlot } from '../../../src/domain';
import { amsterdamDate, amsterdamTime } from '../../../src/shared/amsterdam';
import { lastWeekAt } from '../../../src/server/demo/history';
import { seedDemoData } from '../../../src/server/demo/seed';
import { loadOrganisation } from '../../../src/server/store/directory';
import { expectOk } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

let s: TestServer;
const warnings: string[] = [];
const onWarning = (w: Error): void => {
  warnings.push(w.message);
};
beforeAll(async () => {
  process.on('warning', onWarning);
  s = await startTestServer({}, { seed: false });
  expect(await seedDemoData(s.deps)).toBe(true);
});
afterAll(async () => {
  process.off('warning', onWarning);
  await s.close();
});

type Page<T> = { items: T[]; nextCursor: string | null };
type PoLine = { id: string; title: string; status: string; startsAt: string };
type Entry = { record: { kind: string; text: string; dueDate: string | null; status: string }; poId: string };

test("last week's PO was held and published, a week before the example PO, and seeding said nothing", async () => {
  const pos = await expectOk(s.api<Page<PoLine>>('GET', '/api/pos?scope=alle', { as: 'u-eva' }));
  const [example, held] = [pos.items.find((p) => p.status === 'concept'), pos.items.find((p) => p.status === 'gepubliceerd')];
  expect(example).toBeDefined();
  expect(held).toBeDefined();
  expect(Date.parse(held!.startsAt)).toBeLessThan(s.deps.now().getTime());
  expect(Date.parse(example!.startsAt) - Date.parse(held!.startsAt)).toBeGreaterThanOrEqual(7 * 86_400_000 - 3_600_000);
  expect(warnings.filter((w) => w.startsWith('Demogegevens'))).toEqual([]);
  // Its verslag says who was there, and names the published version.
  const verslag = await expectOk(s.api<{ model: unknown; versionId: string | null }>('GET', `/api/pos/${held!.id}/verslag`, { as: 'u-mila' }));
  expect(JSON.stringify(verslag.model)).toContain('Gerard Mulder');
  expect(verslag.versionId).not.toBeNull();
});

test('its actiepunten and toezegging are in Opvolging, one past its deadline', async () => {
  const open = await expectOk(s.api<Page<Entry>>('GET', '/api/opvolging', { as: 'u-eva' }));
  expect(open.items.map((e) => e.record.kind).sort()).toEqual(['actiepunt', 'actiepunt', 'toezegging']);
  const overdue = await expectOk(s.api<Page<Entry>>('GET', '/api/opvolging?overdue=true', { as: 'u-eva' }));
  expect(overdue.items.map((e) => e.record.text)).toEqual(['Cijfers bezetting parkeergarages aanvullen in de evaluatie']);
});

test('its public besluitpunt is on its way to the college; the confidential one is not in the archive', async () => {
  const planning = await expectOk(
    s.api<Page<{ besluitpunten: { text: string }[] }>>(
      'GET',
      `/api/collegeplanning?from=${new Date(s.deps.now().getTime() - 21 * 86_400_000).toISOString().slice(0, 10)}`,
      { as: 'u-gerard' },
    ),
  );
  expect(planning.items.flatMap((e) => e.besluitpunten.map((b) => b.text))).toContain(
    'Ingestemd met de subsidieaanvraag verkeersveiligheid schoolroutes; het voorstel gaat naar het college.',
  );
  const found = await expectOk(s.api<Page<{ titel: string }>>('GET', '/api/verslagen?q=schoolroutes', { as: 'u-mila' }));
  expect(found.items).toHaveLength(1);
  const secret = await expectOk(s.api<Page<unknown>>('GET', '/api/verslagen?q=Kanaaldijk', { as: 'u-mila' }));
  expect(secret.items).toEqual([]);
});

test('the example PO follows it up under its standing item', async () => {
  const pos = await expectOk(s.api<Page<PoLine>>('GET', '/api/pos?scope=alle', { as: 'u-eva' }));
  const example = pos.items.find((p) => p.status === 'concept')!;
  const po = await expectOk(s.api<{ agendapunten: { standing: boolean; title: string }[] }>('GET', `/api/pos/${example.id}`, { as: 'u-eva' }));
  expect(po.agendapunten.filter((i) => i.standing).map((i) => i.title)).toEqual([expect.stringMatching(/Voortgang/)]);
});

test("last week's PO is over by two days, on the PO's weekday and time, whatever the day and hour of the first start", async () => {
  const org = (await loadOrganisation(s.deps.db))!;
  const weekdayAndTime = (d: Date): string => `${new Date(`${amsterdamDate(d)}T12:00:00Z`).getUTCDay()} ${amsterdamTime(d)}`;
  for (let hour = 0; hour < 10 * 24; hour += 5) {
    // From Thursday 22 October 2026, every five hours: across the end of summer time (25 October).
    const now = new Date(Date.UTC(2026, 9, 22, hour, 17));
    const example = nextPoSlot(now, org).startsAt;
    const held = lastWeekAt(now, org);
    expect(held.getTime() + 2 * 86_400_000).toBeLessThanOrEqual(now.getTime());
    expect(held.getTime()).toBeGreaterThan(example.getTime() - 15 * 86_400_000);
    expect(weekdayAndTime(held)).toBe(weekdayAndTime(example));
  }
});

test('a first start early in the week (last week is then two weeks back) still has one item past its deadline and the besluitpunt in the planning', async () => {
  const early = await startTestServer({}, { seed: false });
  try {
    early.setNow(new Date('2026-12-09T07:00:00Z')); // Wednesday 08:00 in Amsterdam: Monday's PO is not two days over.
    expect(await seedDemoData(early.deps)).toBe(true);
    const overdue = await expectOk(early.api<Page<Entry>>('GET', '/api/opvolging?overdue=true', { as: 'u-eva' }));
    expect(overdue.items.map((e) => e.record.text)).toEqual(['Cijfers bezetting parkeergarages aanvullen in de evaluatie']);
    const planning = await expectOk(early.api<Page<{ besluitpunten: unknown[] }>>('GET', '/api/collegeplanning?from=2026-11-20', { as: 'u-gerard' }));
    expect(planning.items.flatMap((e) => e.besluitpunten)).toHaveLength(2);
  } finally {
    await early.close();
  }
});
