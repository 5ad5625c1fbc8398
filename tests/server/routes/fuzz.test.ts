/**
 * Bad input never gets a 5xx. Generated from /api/openapi.json: every write operation gets, in
 * every field of its body in turn, NUL, lone surrogates, years out of range, unknown ids, long
 * text, wrong types and nested junk, plus hostile path parameters, query values and whole bodies;
 * every GET gets hostile path parameters and query values. A new route is covered without being
 * named here. Path parameters are the real ids of a fixture made through the API (a PO in
 * concept with an agendaverzoek, a PO in its meeting with records), so requests get past 404 to
 * the checks behind it. A write that is refused everywhere must leave both POs as they were.
 */
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, NOTULIST, OPDRACHTNEMER, PH, readyPo, record, startedPo } from '../helpers/factories';
import {
  fieldsOf,
  HOSTILE_BODIES,
  hostileParamValues,
  hostileValues,
  nonNull,
  operationsOf,
  sample,
  toJsonText,
  withValue,
  type Ids,
  type Operation,
} from '../helpers/openapiFuzz';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

/** Tried in this order until one gets past the rights check, so validation behind it is reached. */
const ACTORS = [CA, NOTULIST, PH, OPDRACHTNEMER];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * 5xx answers that are known and are fixed elsewhere; each must still occur, so the entry goes
 * when the fix lands.
 * - An eventId the organiser's calendar does not have: Graph answers 404, and the agenda invite
 *   (src/server/publish/agenda.ts) reports graph_failed (502) instead of a 404 naming body.eventId.
 */
const KNOWN: { method: string; path: string; where: string; status: number }[] = [];
const isKnown = (x: Failure, k: (typeof KNOWN)[number]): boolean => x.method === k.method && x.path === k.path && x.where === k.where && x.status === k.status;

interface Failure {
  method: string;
  path: string;
  where: string;
  value: string;
  status: number;
  answer: string;
}

class Fuzzer {
  sent = 0;
  readonly failures: Failure[] = [];
  private readonly tokens = new Map<string, string>();

  private async token(userId: string): Promise<string> {
    const known = this.tokens.get(userId);
    if (known) return known;
    const fresh = await s.token(userId);
    this.tokens.set(userId, fresh);
    return fresh;
  }

  /** Sends one request, as the first actor the route does not refuse; returns the status. */
  async send(op: Operation, url: string, where: string, label: string, body?: { text: string; contentType?: string }): Promise<number> {
    let status = 0;
    for (const actor of ACTORS) {
      this.sent++;
      const headers: Record<string, string> = { authorization: `Bearer ${await this.token(actor)}` };
      if (body) headers['content-type'] = body.contentType ?? 'application/json';
      const res = await fetch(`${s.url}${url}`, { method: op.method, headers, body: body?.text });
      status = res.status;
      const answer = await res.text();
      if (status >= 500) {
        this.failures.push({ method: op.method, path: op.path, where, value: label, status, answer: answer.slice(0, 200) });
        return status;
      }
      if (status !== 403) return status;
    }
    return status;
  }
}

/** A PO in concept (four items, one agendaverzoek) and a PO in its meeting (records), made through the API. */
async function fixture(): Promise<Ids[]> {
  const concept = await readyPo(s);
  const verzoek = await expectOk(
    s.api<{ id: string }>('POST', `/api/pos/${concept.po.id}/agendaverzoeken`, { as: OPDRACHTNEMER, body: { title: 'Verzoek fuzz', purpose: 'beeldvorming' } }),
  );
  const meeting = await startedPo(s);
  const actie = await record(s, meeting.po.id, {
    kind: 'actiepunt',
    agendapuntId: meeting.items.besluit,
    text: 'Actie fuzz',
    ownerId: OPDRACHTNEMER,
    dueDate: '2030-01-15',
  });
  await record(s, meeting.po.id, { kind: 'besluitpunt', agendapuntId: meeting.items.besluit, text: 'Besluit fuzz' });
  const common = { recordId: String(actie.body.id), verzoekId: verzoek.id, portefeuillehouderId: 'bram', userId: OPDRACHTNEMER };
  return [
    { ...common, poId: concept.po.id, itemId: concept.items.beeld, agendapuntId: concept.items.beeld },
    { ...common, poId: meeting.po.id, itemId: meeting.items.besluit, agendapuntId: meeting.items.besluit },
  ];
}

const pathOf = (op: Operation, ids: Ids, override: Record<string, string> = {}): string =>
  op.path.replace(/\{(\w+)\}/g, (_m, name: string) => override[name] ?? ids[name] ?? randomUUID());

const queryOf = (op: Operation, ids: Ids, override: Record<string, string> = {}): string => {
  const pairs = op.parameters
    .filter((p) => p.in === 'query' && (p.required || p.name in override))
    .map((p) => `${p.name}=${override[p.name] ?? encodeURIComponent(String(sample(p.schema, p.name, ids)))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
};

/**
 * Every hostile request of one operation in one fixture context; true when any was accepted.
 * Values refused by their form alone go only to the first context: the state cannot change that.
 */
async function fuzzOperation(f: Fuzzer, op: Operation, ids: Ids, first: boolean): Promise<boolean> {
  let accepted = false;
  const note = (status: number): void => {
    if (status < 300) accepted = true;
  };
  const baseBody = op.body ? sample(op.body, '', ids) : undefined;
  const bodyText = (body: unknown) => (op.body ? { text: toJsonText(body) } : undefined);

  for (const p of op.parameters) {
    for (const h of hostileParamValues(p.schema, p.name)) {
      if (h.form && !first) continue;
      const url =
        p.in === 'path' ? `${pathOf(op, ids, { [p.name]: h.encoded })}${queryOf(op, ids)}` : `${pathOf(op, ids)}${queryOf(op, ids, { [p.name]: h.encoded })}`;
      note(await f.send(op, url, `${p.in}.${p.name}`, h.label, bodyText(baseBody)));
    }
    if (p.in === 'query' && first)
      note(await f.send(op, `${pathOf(op, ids)}${queryOf(op, ids, { [p.name]: `a&${p.name}=b` })}`, `query.${p.name}`, 'herhaald', bodyText(baseBody)));
  }
  if (!op.body) return accepted;

  const url = `${pathOf(op, ids)}${queryOf(op, ids)}`;
  if (first) for (const h of HOSTILE_BODIES) note(await f.send(op, url, 'body', h.label, { text: h.raw, contentType: h.contentType }));
  // A union of objects (a record's kinds): each alternative is fuzzed with its own fields.
  const variants = nonNull(op.body).schema.oneOf ?? op.body.oneOf ?? [op.body];
  for (const variant of variants) {
    const base = sample(variant, '', ids);
    const kind = variant.properties?.kind?.const;
    for (const field of fieldsOf(variant)) {
      // A fresh id per request: a record that is accepted must not turn the next one into a retry.
      for (const h of hostileValues(field.schema, field.name)) {
        if (h.form && !first) continue;
        const body = withValue({ ...(base as object), ...('id' in (base as object) ? { id: randomUUID() } : {}) }, variant, field.path, h.value, ids);
        note(await f.send(op, url, `body${kind ? `(${String(kind)})` : ''}.${field.path.join('.')}`, h.label, { text: toJsonText(body) }));
      }
    }
    const extra = { ...(base as object), 'onbekend\u0000': '\ud800' };
    if (first) note(await f.send(op, url, 'body.<onbekend veld>', 'NUL in naam', { text: toJsonText(extra) }));
  }
  return accepted;
}

const snapshot = async (poId: string): Promise<unknown> => {
  const res = await s.api('GET', `/api/pos/${poId}`, { as: CA });
  return res.status === 200 ? res.body : `status ${res.status}`;
};

test('no hostile input to any operation in the OpenAPI document gets a 5xx, and a refused write changes nothing', async () => {
  const doc = await expectOk(s.api('GET', '/api/openapi.json'));
  const operations = operationsOf(doc);
  const writes = operations.filter((op) => WRITES.has(op.method));
  const f = new Fuzzer();
  const unchangedFailures: string[] = [];
  let unchangedChecked = 0;

  const readOnly = await fixture();
  /** The POs the writes work on; made afresh after a write was accepted, so what one operation changed is not what the next one meets. */
  let current: Ids[] | null = null;
  for (const op of operations) {
    const write = WRITES.has(op.method);
    const contexts = write ? (current ??= await fixture()) : readOnly.slice(0, 1);
    const seen = new Set<string>();
    for (const ids of contexts) {
      const resolved = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? name);
      if (seen.has(resolved)) continue;
      seen.add(resolved);
      const before = await Promise.all(contexts.map((c) => snapshot(c.poId!)));
      const firstContext = seen.size === 1;
      const accepted = await fuzzOperation(f, op, ids, firstContext);
      if (!write) continue;
      if (accepted) {
        current = null;
        continue;
      }
      const after = await Promise.all(contexts.map((c) => snapshot(c.poId!)));
      unchangedChecked++;
      if (JSON.stringify(after) !== JSON.stringify(before))
        unchangedFailures.push(`${op.method} ${op.path} (${ids.poId}): geweigerd, maar het PO is gewijzigd`);
    }
  }

  const summary = `${writes.length} schrijfoperaties en ${operations.length - writes.length} GET-operaties, ${f.sent} verzoeken, ${f.failures.length} keer 5xx; ${unchangedChecked} keer alles geweigerd en niets gewijzigd`;
  if (process.env.FUZZ_SUMMARY) console.info(summary);
  const report = f.failures
    .filter((x) => !KNOWN.some((k) => isKnown(x, k)))
    .map((x) => `${x.status} ${x.method} ${x.path} ${x.where} = ${x.value}: ${x.answer}`);
  const fixed = KNOWN.filter((k) => !f.failures.some((x) => isKnown(x, k))).map(
    (k) => `${k.status} ${k.method} ${k.path} ${k.where} komt niet meer voor: haal het uit KNOWN`,
  );
  expect({ summary, failures: report, unchangedFailures, fixed }).toEqual({ summary, failures: [], unchangedFailures: [], fixed: [] });
  expect(writes.length).toBeGreaterThan(20);
  expect(unchangedChecked).toBeGreaterThan(10);
}, 120_000);
