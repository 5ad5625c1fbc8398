/**
 * Years of one municipality, written straight into the store (issue 13): every week one PO per
 * portefeuillehouder, 15 agendapunten and about 45 vastleggingen each, one in fifteen items
 * confidential, one PO in five published with its verslag. Used by `npm run bench:scale` and by
 * the register tests that need more than a thousand POs. Deterministic for a given seed.
 */
import { randomUUID } from 'node:crypto';
import type { Agendapunt, OrganisationConfig, Po, PoRecord, User } from '../../src/domain';
import { amsterdamDate, buildVerslag, noTimings } from '../../src/domain';
import type { Sql } from '../../src/server/store/db';
import { searchText } from '../../src/server/store/verslagen';

const WORDS = [
  'woning',
  'woningen',
  'woningbouw',
  'mobiliteit',
  'fietspad',
  'jeugdzorg',
  'wijkteam',
  'begroting',
  'subsidie',
  'havengebied',
  'duinen',
  'strand',
  'zwembad',
  'sportpark',
  'bibliotheek',
  'omgevingsvisie',
  'energietransitie',
  'warmtenet',
  'zonnepanelen',
  'parkeren',
  'verkeersveiligheid',
  'schoolroute',
  'armoedebeleid',
  'schuldhulp',
  'participatie',
  'inburgering',
  'handhaving',
  'evenementen',
  'citymarketing',
  'raadsvoorstel',
  'wethouder',
  'burgemeester',
  'gemeenteraad',
  'inspraak',
  'bestemmingsplan',
  'vergunning',
  'grondexploitatie',
  'kademuur',
  'sluis',
  'binnenhaven',
  'cultuur',
  'erfgoed',
  'monument',
  'archief',
  'dienstverlening',
  'digitalisering',
  'informatiebeveiliging',
  'privacy',
  'personeel',
  'reorganisatie',
];

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ScaleOptions {
  org: OrganisationConfig;
  users: User[];
  /**
   * The municipality's civil servants: opdrachtnemers, advisers, participants and owners are drawn
   * from them (default: the users' opdrachtnemers and everyone but the college).
   */
  staff?: string[];
  /** Monday of the first week (UTC ISO date). */
  firstWeek: string;
  /** Weeks to write, from `fromWeek` (0-based) up to, not including, `toWeek`. */
  fromWeek: number;
  toWeek: number;
  itemsPerPo?: number;
  recordsPerItem?: number;
  /** "Today": follow-up of POs older than eight weeks is mostly done. */
  now: Date;
  seed?: number;
}

export interface ScaleResult {
  pos: number;
  items: number;
  records: number;
  published: number;
  firstPoId: string | null;
}

/** Writes the weeks' POs in batches, one transaction per batch. */
export async function writeScaleData(db: { tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> }, o: ScaleOptions): Promise<ScaleResult> {
  const rand = rng((o.seed ?? 7) + o.fromWeek);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number): string => {
    const w = words(n);
    return `${w.charAt(0).toUpperCase()}${w.slice(1)}.`;
  };
  const opdrachtnemers = o.staff ?? o.users.filter((u) => u.roles.includes('opdrachtnemer')).map((u) => u.id);
  const medewerkers = o.staff ?? o.users.filter((u) => !u.roles.includes('portefeuillehouder')).map((u) => u.id);
  const concernadviseur = o.users.find((u) => u.roles.includes('concernadviseur'))?.id ?? null;
  const notulist = o.users.find((u) => u.roles.includes('notulist'))?.id ?? null;
  const creator = concernadviseur ?? o.users[0]!.id;
  const result: ScaleResult = { pos: 0, items: 0, records: 0, published: 0, firstPoId: null };
  const itemsPerPo = o.itemsPerPo ?? 15;
  const recordsPerItem = o.recordsPerItem ?? 3;

  for (let week = o.fromWeek; week < o.toWeek; week++) {
    const pos: Po[] = [];
    for (const ph of o.org.portefeuillehouders) {
      const start = new Date(Date.parse(`${o.firstWeek}T08:00:00Z`) + week * 7 * 86_400_000 + o.org.portefeuillehouders.indexOf(ph) * 3_600_000);
      const startsAt = start.toISOString();
      const old = o.now.getTime() - start.getTime() > 56 * 86_400_000;
      const published = rand() < 0.2;
      const po: Po = {
        id: randomUUID(),
        portefeuillehouderId: ph.id,
        title: `PO ${ph.name} ${amsterdamDate(start)}`,
        startsAt,
        status: published ? 'gepubliceerd' : 'afgesloten',
        concernadviseurId: concernadviseur,
        notulistId: notulist,
        participantIds: rand() < 0.3 ? [pick(medewerkers)] : [],
        aanwezigen: [ph.name],
        sections: o.org.agendaSections,
        agendapunten: [],
        records: [],
        currentAgendapuntId: null,
        timings: noTimings(),
        teamsMeetingChatId: null,
        vastgesteldAt: startsAt,
        vaststellingVoorstel: null,
        vaststellingTeruggestuurd: null,
        startedAt: startsAt,
        endedAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        approval: null,
        publishedVersion: published ? 1 : 0,
        correctionOpen: false,
        createdAt: startsAt,
        updatedAt: startsAt,
      };
      for (let i = 0; i < itemsPerPo; i++) {
        const purpose = pick(['beeldvorming', 'oordeelsvorming', 'besluitvorming'] as const);
        const item: Agendapunt = {
          id: randomUUID(),
          section: o.org.agendaSections[i % o.org.agendaSections.length]!,
          position: i,
          title: sentence(4),
          purpose,
          toelichting: sentence(12),
          voorgesteldBesluit: purpose === 'besluitvorming' ? sentence(8) : '',
          opdrachtnemerId: pick(opdrachtnemers),
          adviseurIds: rand() < 0.1 ? [pick(medewerkers)] : [],
          stukken: [],
          kwaliteitstoets: null,
          toetsCriteria: [],
          toetsOverruled: null,
          vertrouwelijk: rand() < 1 / 15,
          plannedMinutes: 10,
          beoogdeCollegedatum: null,
          // A rare word: in the first item of one PO in sixty (about ten published verslagen in ten years).
          bespreking: sentence(20) + (week % 10 === 0 && i === 0 && o.org.portefeuillehouders.indexOf(ph) === 0 ? ' Zeehondenopvang bij de binnenhaven.' : ''),
          standing: false,
        };
        po.agendapunten.push(item);
        for (let r = 0; r < recordsPerItem; r++) {
          const at = new Date(start.getTime() + (i * recordsPerItem + r) * 60_000).toISOString();
          const base = { id: randomUUID(), agendapuntId: item.id, text: sentence(10), createdBy: notulist ?? creator, createdAt: at, updatedAt: at };
          const due = amsterdamDate(new Date(start.getTime() + (14 + Math.floor(rand() * 80)) * 86_400_000));
          const status = old && rand() < 0.9 ? pick(['afgerond', 'afgerond', 'vervallen'] as const) : pick(['open', 'in_uitvoering'] as const);
          const owner = pick(medewerkers);
          const kind =
            r === 0 ? (purpose === 'besluitvorming' ? 'besluitpunt' : 'actiepunt') : pick(['actiepunt', 'actiepunt', 'toezegging', 'motie'] as const);
          let record: PoRecord;
          if (kind === 'besluitpunt')
            record = { ...base, kind, collegeDatum: amsterdamDate(new Date(start.getTime() + 8 * 86_400_000)), outsidePurpose: false };
          else if (kind === 'actiepunt') record = { ...base, kind, ownerId: owner, ownerName: '', dueDate: due, status, plannerTaskId: null };
          else if (kind === 'toezegging') record = { ...base, kind, ownerId: owner, ownerName: '', dueDate: due, status, aan: 'gemeenteraad' };
          else record = { ...base, kind, ownerId: owner, ownerName: '', dueDate: due, status, referentie: `M-${week}-${i}`, afdoening: '' };
          po.records.push(record);
        }
      }
      pos.push(po);
    }
    await db.tx(async (sql) => {
      await sql.query(
        `INSERT INTO pos (id, portefeuillehouder_id, title, starts_at, status, concernadviseur_id, notulist_id, participant_ids, aanwezigen, sections,
           vastgesteld_at, started_at, ended_at, published_version, created_by, created_at, updated_at)
         SELECT id, portefeuillehouder_id, title, starts_at, status, concernadviseur_id, notulist_id, participant_ids, aanwezigen, sections,
           starts_at, starts_at, ended_at, published_version, $2, starts_at, starts_at
         FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, portefeuillehouder_id text, title text, starts_at timestamptz, status text,
           concernadviseur_id text, notulist_id text, participant_ids text[], aanwezigen text[], sections text[], ended_at timestamptz, published_version int)`,
        [
          JSON.stringify(
            pos.map((p) => ({
              id: p.id,
              portefeuillehouder_id: p.portefeuillehouderId,
              title: p.title,
              starts_at: p.startsAt,
              status: p.status,
              concernadviseur_id: p.concernadviseurId,
              notulist_id: p.notulistId,
              participant_ids: p.participantIds,
              aanwezigen: p.aanwezigen,
              sections: p.sections,
              ended_at: p.endedAt,
              published_version: p.publishedVersion,
            })),
          ),
          creator,
        ],
      );
      await sql.query(
        `INSERT INTO agendapunten (id, po_id, section, position, title, purpose, toelichting, voorgesteld_besluit, opdrachtnemer_id, adviseur_ids, vertrouwelijk, planned_minutes, bespreking)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, po_id uuid, section text, position int, title text, purpose text, toelichting text,
           voorgesteld_besluit text, opdrachtnemer_id text, adviseur_ids text[], vertrouwelijk boolean, planned_minutes int, bespreking text)`,
        [
          JSON.stringify(
            pos.flatMap((p) =>
              p.agendapunten.map((i) => ({
                id: i.id,
                po_id: p.id,
                section: i.section,
                position: i.position,
                title: i.title,
                purpose: i.purpose,
                toelichting: i.toelichting,
                voorgesteld_besluit: i.voorgesteldBesluit,
                opdrachtnemer_id: i.opdrachtnemerId,
                adviseur_ids: i.adviseurIds,
                vertrouwelijk: i.vertrouwelijk,
                planned_minutes: i.plannedMinutes,
                bespreking: i.bespreking,
              })),
            ),
          ),
        ],
      );
      await sql.query(
        `INSERT INTO records (id, po_id, agendapunt_id, kind, text, owner_id, due_date, status, college_datum, details, created_by, created_at, updated_at)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, po_id uuid, agendapunt_id uuid, kind text, text text, owner_id text, due_date date,
           status text, college_datum date, details jsonb, created_by text, created_at timestamptz, updated_at timestamptz)`,
        [
          JSON.stringify(
            pos.flatMap((p) =>
              p.records.map((r) => ({
                id: r.id,
                po_id: p.id,
                agendapunt_id: r.agendapuntId,
                kind: r.kind,
                text: r.text,
                owner_id: r.kind === 'besluitpunt' ? null : r.ownerId,
                due_date: r.kind === 'besluitpunt' ? null : r.dueDate,
                status: r.kind === 'besluitpunt' ? null : r.status,
                college_datum: r.kind === 'besluitpunt' ? r.collegeDatum : null,
                details: r.kind === 'motie' ? { referentie: r.referentie, afdoening: r.afdoening } : r.kind === 'toezegging' ? { aan: r.aan } : {},
                created_by: r.createdBy,
                created_at: r.createdAt,
                updated_at: r.updatedAt,
              })),
            ),
          ),
        ],
      );
      const published = pos
        .filter((p) => p.publishedVersion > 0)
        .map((p) => {
          const model = buildVerslag(p, { org: o.org, users: o.users, audience: 'deelnemers' });
          const publicModel = buildVerslag(p, { org: o.org, users: o.users, audience: 'openbaar' });
          return {
            id: randomUUID(),
            po_id: p.id,
            version: 1,
            model,
            public_model: publicModel,
            search_text: searchText(publicModel),
            published_by: creator,
            published_at: p.endedAt,
          };
        });
      if (published.length > 0) {
        await sql.query(
          `INSERT INTO verslag_versions (id, po_id, version, model, public_model, search_text, published_by, published_at)
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, po_id uuid, version int, model jsonb, public_model jsonb, search_text text, published_by text, published_at timestamptz)`,
          [JSON.stringify(published)],
        );
      }
      result.published += published.length;
    });
    result.pos += pos.length;
    result.items += pos.reduce((n, p) => n + p.agendapunten.length, 0);
    result.records += pos.reduce((n, p) => n + p.records.length, 0);
    result.firstPoId ??= pos[0]?.id ?? null;
  }
  return result;
}
