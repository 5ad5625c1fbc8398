/**
 * Shared by the publish tests: POs that publish as one message, as a thread or with many mentions,
 * and counting what reached the sandbox's channel, plan and invite.
 */
import { randomUUID } from 'node:crypto';
import { SANDBOX_CHANNEL_ID, SANDBOX_TEAM_ID } from '../../../src/server/graphPort';
import type { TestServer } from '../helpers/server';
import { addItem, createPo, expectOk, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, record, startedPo, vaststellen } from '../helpers/factories';

export type ErrorBody = { error: { id: string; message: string } };
export type PublishBody = { version: number; versionId: string; webUrl: string | null; fileUrl: string | null };

export const channelOf = (s: TestServer) => s.sandbox.state.channel(SANDBOX_TEAM_ID, SANDBOX_CHANNEL_ID);

/** Root messages of the channel that belong to this PO (its link carries the PO id). */
export const messagesFor = (s: TestServer, poId: string) => channelOf(s).messages.filter((m) => (m.body?.content ?? '').includes(poId));

export const repliesTo = (s: TestServer, messageId: string) => channelOf(s).replies.get(messageId) ?? [];

/** Requests the sandbox received, e.g. `count(s, 'POST', '/replies')`. */
export const count = (s: TestServer, method: string, pathEnd: string): number =>
  s.sandbox.state.requests.filter((r) => r.method === method && r.path.endsWith(pathEnd)).length;

export const publish = (s: TestServer, poId: string) =>
  s.api<PublishBody & ErrorBody>('POST', `/api/pos/${poId}/verslag/publiceren`, { as: NOTULIST, body: {} });

export async function publicationStatuses(s: TestServer, poId: string): Promise<string[]> {
  const rows = await s.deps.db.query<{ status: string }>('SELECT status FROM publications WHERE po_id = $1 ORDER BY started_at', [poId]);
  return rows.map((r) => r.status);
}

/** How often each marker text occurs in these messages: one entry per message that has it. */
export const withMarker = (messages: { body?: { content?: string | null } | null }[], marker: string): number =>
  messages.filter((m) => (m.body?.content ?? '').includes(`${marker}</p>`)).length;

/** The afgesloten PO of the publish tests: a besluitpunt, an actiepunt for a colleague, one of a confidential item. */
export async function closedPo(s: TestServer): Promise<Awaited<ReturnType<typeof startedPo>>> {
  const ready = await startedPo(s);
  const { po, items } = ready;
  await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd met het uitvoeringsplan <script>alert(1)</script>.' });
  await record(s, po.id, {
    kind: 'actiepunt',
    agendapuntId: items.besluit,
    text: 'Raadsinformatiebrief opstellen',
    ownerId: OPDRACHTNEMER2,
    dueDate: '2026-12-15',
  });
  await record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.geheim, text: 'Taxatie Zeeweg actualiseren', ownerName: 'Tim' });
  await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
  return ready;
}

/**
 * An afgesloten PO with `items` agendapunten, each discussed at length with a besluitpunt and an
 * actiepunt: some 6 KB of verslag per item, so 8 items take a summary and two or three replies.
 * `actiepunten` extra actiepunten on the first item, each for a colleague who is @mentioned.
 */
export async function longPo(s: TestServer, opts: { items: number; actiepunten?: number; chars?: number }): Promise<{ id: string }> {
  const po = await createPo(s);
  const ids: string[] = [];
  for (let i = 0; i < opts.items; i++) {
    const item = await addItem(s, po.id, {
      title: `Agendapunt ${i + 1}: woningbouw en leefbaarheid`,
      purpose: 'besluitvorming',
      voorgesteldBesluit: 'Instemmen met het voorstel.',
      opdrachtnemerId: OPDRACHTNEMER,
    });
    ids.push(item.id);
  }
  await vaststellen(s, po.id);
  await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/starten`, { as: NOTULIST }));
  const text = (label: string, chars: number): string =>
    `${label}: ${"De portefeuillehouder en de opdrachtnemer bespreken de stand van zaken, de risico's en de planning. ".repeat(Math.ceil(chars / 96))}`.slice(
      0,
      chars,
    );
  for (const [i, id] of ids.entries()) {
    await expectOk(
      s.api('PUT', `/api/pos/${po.id}/agendapunten/${id}/bespreking`, { as: NOTULIST, body: { bespreking: text(`Bespreking ${i + 1}`, opts.chars ?? 4_000) } }),
    );
    await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: id, text: `Besluit ${i + 1}: ingestemd met het voorstel; door naar het college.` }));
    await expectOk(
      record(s, po.id, {
        kind: 'actiepunt',
        agendapuntId: id,
        text: `Actie ${i + 1}: uitwerken en terugkoppelen.`,
        ownerId: OPDRACHTNEMER,
        dueDate: '2027-01-15',
      }),
    );
  }
  const owners = [OPDRACHTNEMER, OPDRACHTNEMER2];
  for (let n = 0; n < (opts.actiepunten ?? 0); n++) {
    await expectOk(
      s.api('POST', `/api/pos/${po.id}/vastleggingen`, {
        as: NOTULIST,
        body: {
          id: randomUUID(),
          kind: 'actiepunt',
          agendapuntId: ids[0],
          text: `Actie m${n}: ${text('toelichting', 500)}`,
          ownerId: owners[n % owners.length],
          dueDate: '2027-01-15',
        },
      }),
    );
  }
  await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
  return { id: po.id };
}
