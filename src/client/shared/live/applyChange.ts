/**
 * Keeps a client-side PO (as the server presents it: `state.po`) up to date from live changes,
 * so the UI renders without fetching again. Pure: the same state and the same changes give the
 * same result on every client. A change at or below the state's seq is ignored.
 *
 * The server sends a fresh state instead of changes that alter rights, numbering or the agenda
 * check (status, agenda structure, publication); they are still applied here as far as their
 * payload tells, for a client that meets them anyway.
 */
import type { Agendapunt, PoRecord } from '../../../domain';
import { numberItems } from '../../../domain';
import type { LiveChange, LivePo, RedactedChange } from '../../../shared/contract/live';

export function applyChange(state: LivePo, message: { seq: number; change: LiveChange | RedactedChange }): LivePo {
  if (message.seq <= state.seq) return state;
  return { ...apply(state, message.change), seq: message.seq };
}

function apply(po: LivePo, change: LiveChange | RedactedChange): LivePo {
  switch (change.type) {
    case 'record.added':
    case 'record.updated':
      return { ...po, records: upsertRecord(po.records, change.payload) };
    case 'record.removed':
      return { ...po, records: po.records.filter((r) => r.id !== change.payload.id) };
    case 'po.current':
      return { ...po, currentAgendapuntId: change.payload.currentAgendapuntId, ...(change.payload.timings ? { timings: change.payload.timings } : {}) };
    case 'po.status': {
      const { status, currentAgendapuntId, correctionOpen } = change.payload;
      return {
        ...po,
        status,
        ...(currentAgendapuntId === undefined ? {} : { currentAgendapuntId }),
        ...(correctionOpen === undefined ? {} : { correctionOpen }),
      };
    }
    case 'po.updated':
      return { ...po, ...change.payload };
    case 'agendapunt.added':
    case 'agendapunt.updated': {
      const others = po.agendapunten.filter((i) => i.id !== change.payload.id);
      return withItems(po, [...others, change.payload]);
    }
    case 'agendapunt.removed':
      return {
        ...withItems(
          po,
          po.agendapunten.filter((i) => i.id !== change.payload.id),
        ),
        records: po.records.filter((r) => r.agendapuntId !== change.payload.id),
      };
    case 'agenda.reordered': {
      const places = new Map(change.payload.map((p) => [p.id, p]));
      return withItems(
        po,
        po.agendapunten.map((i) => {
          const place = places.get(i.id);
          return place ? { ...i, section: place.section, position: place.position } : i;
        }),
      );
    }
    case 'verslag.approved':
      return { ...po, approval: change.payload };
    case 'verslag.published':
      return { ...po, publishedVersion: change.payload.version, status: 'gepubliceerd', correctionOpen: false, approval: null };
    default:
      // 'redacted', 'po.created' and types this client does not know: only the seq moves.
      return po;
  }
}

/** Records in the order the server lists them: by creation time, then id. */
function upsertRecord(records: PoRecord[], record: PoRecord): PoRecord[] {
  const rest = records.filter((r) => r.id !== record.id);
  const at = rest.findIndex((r) => r.createdAt > record.createdAt || (r.createdAt === record.createdAt && r.id > record.id));
  return at === -1 ? [...rest, record] : [...rest.slice(0, at), record, ...rest.slice(at)];
}

/** Items in agenda order with their numbers, as the server presents them. */
function withItems(po: LivePo, items: Agendapunt[]): LivePo {
  const numbers = numberItems({ agendapunten: items, sections: po.sections });
  const agendapunten = items.map((item) => ({ ...item, nummer: numbers.get(item.id) ?? '' })).sort((a, b) => Number(a.nummer) - Number(b.nummer));
  return { ...po, agendapunten };
}
