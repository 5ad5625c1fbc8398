/**
 * Benchmark: the Graph requests one publish makes, and how long it takes, for a 40-item verslag.
 * Target: one message POST, the replies it needs, one upload. Run: npx tsx tests/bench/publish.ts
 */
import { randomUUID } from 'node:crypto';
import { startTestServer } from '../server/helpers/server';
import { addItem, createPo, expectOk, NOTULIST, OPDRACHTNEMER, vaststellen } from '../server/helpers/factories';

async function main(): Promise<void> {
  const s = await startTestServer();
  try {
    for (const items of [10, 40]) {
      const po = await createPo(s);
      const ids: string[] = [];
      for (let i = 0; i < items; i++) {
        const item = await addItem(s, po.id, {
          title: `Agendapunt ${i + 1}: ${'onderwerp '.repeat(4)}`,
          purpose: i % 3 === 0 ? 'besluitvorming' : 'beeldvorming',
          voorgesteldBesluit: 'Instemmen met het voorstel.',
          opdrachtnemerId: OPDRACHTNEMER,
          vertrouwelijk: i === 7,
        });
        ids.push(item.id);
      }
      await vaststellen(s, po.id);
      await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/starten`, { as: NOTULIST }));
      for (const id of ids) {
        await expectOk(
          s.api('PUT', `/api/pos/${po.id}/agendapunten/${id}/bespreking`, {
            as: NOTULIST,
            body: { bespreking: "De portefeuillehouder en de opdrachtnemer bespreken de stand van zaken, de risico's en de planning. ".repeat(6) },
          }),
        );
        await expectOk(
          s.api('POST', `/api/pos/${po.id}/vastleggingen`, {
            as: NOTULIST,
            body: {
              id: randomUUID(),
              kind: 'besluitpunt',
              agendapuntId: id,
              text: 'Ingestemd met het voorstel; door naar het college.',
              confirmOutsidePurpose: true,
            },
          }),
        );
        await expectOk(
          s.api('POST', `/api/pos/${po.id}/vastleggingen`, {
            as: NOTULIST,
            body: {
              id: randomUUID(),
              kind: 'actiepunt',
              agendapuntId: id,
              text: 'Uitwerken en terugkoppelen in het volgende PO.',
              ownerId: OPDRACHTNEMER,
              dueDate: '2027-01-15',
            },
          }),
        );
      }
      await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
      const before = s.sandbox.state.requests.length;
      const started = process.hrtime.bigint();
      await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const made = s.sandbox.state.requests.slice(before);
      const count = (pred: (r: { method: string; path: string }) => boolean): number => made.filter(pred).length;
      console.log(
        `${items} agendapunten: publish ${ms.toFixed(0)} ms, Graph requests ${made.length}: ` +
          `message POST ${count((r) => r.method === 'POST' && r.path.endsWith('/messages'))}, ` +
          `replies ${count((r) => r.method === 'POST' && r.path.endsWith('/replies'))}, ` +
          `uploads ${count((r) => r.method === 'PUT')}, other ${count((r) => r.method === 'GET')} GET (filesFolder); ` +
          `largest post ${Math.max(...made.filter((r) => r.method === 'POST').map((r) => r.bytes))} bytes of request body (limit 28 672)`,
      );
    }
  } finally {
    await s.close();
  }
}

void main();
