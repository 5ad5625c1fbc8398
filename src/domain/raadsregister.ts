/**
 * The raad's register of moties and toezeggingen (issue 15): entries made by the concernadviseur or
 * imported from the griffie's CSV, linked from PO records instead of copied into them, and surfacing
 * on the next PO of their portefeuillehouder when overdue or due within two weeks.
 */
import { addDays, isValidDate } from './dates';
import type { FollowUpStatus } from './model';
import { FOLLOW_UP_STATUSES } from './model';

export const RAADS_SOORTEN = ['motie', 'toezegging'] as const;
export type RaadsSoort = (typeof RAADS_SOORTEN)[number];

export interface RaadsItem {
  id: string;
  soort: RaadsSoort;
  /** The griffie's number, e.g. "M2026-014"; unique: a re-import updates by it. */
  nummer: string;
  /** Date of the raadsvergadering where the motie was adopted or the toezegging made. */
  raadsvergadering: string;
  titel: string;
  /** Who submitted it (fracties, raadsleden), as the griffie writes it. */
  indieners: string;
  portefeuillehouderId: string;
  /** The ambtelijk opdrachtnemer (a user), who gets the reminders. */
  opdrachtnemerId: string | null;
  deadline: string | null;
  status: FollowUpStatus;
  createdAt: string;
  updatedAt: string;
}

/** What an entry is made of, before it is stored. */
export type RaadsItemInput = Omit<RaadsItem, 'id' | 'createdAt' | 'updatedAt'>;

/** Horizon of the standing item: items due within this many days of the PO surface there. */
export const RAADS_STANDING_DAYS = 14;

const OPEN: FollowUpStatus[] = ['open', 'in_uitvoering'];
export const isRaadsOpen = (i: Pick<RaadsItem, 'status'>): boolean => OPEN.includes(i.status);
export const isRaadsOverdue = (i: Pick<RaadsItem, 'status' | 'deadline'>, today: string): boolean =>
  isRaadsOpen(i) && i.deadline !== null && i.deadline < today;

/** The last date an item may be due to surface on a PO held on `poDate`. */
export const raadsStandingHorizon = (poDate: string): string => addDays(poDate, RAADS_STANDING_DAYS);

/** Open items with a deadline on or before the PO's date plus two weeks (so every overdue one too). */
export function raadsItemsForPo<T extends Pick<RaadsItem, 'status' | 'deadline' | 'portefeuillehouderId'>>(
  items: T[],
  po: { portefeuillehouderId: string; date: string },
): T[] {
  const horizon = raadsStandingHorizon(po.date);
  return items
    .filter((i) => i.portefeuillehouderId === po.portefeuillehouderId && isRaadsOpen(i) && i.deadline !== null && i.deadline <= horizon)
    .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
}

/** A Dutch date `dd-mm-jjjj` (also `d-m-jjjj`, `/` or `.` between) or ISO `jjjj-mm-dd`, as ISO; null when it is neither or no real date. */
export function parseDutchDate(value: string): string | null {
  const v = value.trim();
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const date = nl ? `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}` : iso ? v : null;
  return date && isValidDate(date) ? date : null;
}

const STATUS_WORDS: Record<string, FollowUpStatus> = {
  open: 'open',
  'in uitvoering': 'in_uitvoering',
  in_uitvoering: 'in_uitvoering',
  'in behandeling': 'in_uitvoering',
  afgerond: 'afgerond',
  afgedaan: 'afgerond',
  vervallen: 'vervallen',
};

// ---------------------------------------------------------------------------------------------
// The griffie's CSV

/** The columns, in the order of the template; the first five are required. */
export const RAADS_CSV_COLUMNS = [
  'soort',
  'nummer',
  'raadsvergadering',
  'titel',
  'portefeuillehouder',
  'indieners',
  'opdrachtnemer',
  'deadline',
  'status',
] as const;
export type RaadsCsvColumn = (typeof RAADS_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: RaadsCsvColumn[] = ['soort', 'nummer', 'raadsvergadering', 'titel', 'portefeuillehouder'];
export const RAADS_CSV_MAX_ROWS = 2000;

/** A problem in the file: the line (1 = the header) and the column it is about. */
export interface CsvProblem {
  line: number;
  field: string;
  message: string;
}

export interface RaadsCsvRow {
  line: number;
  item: RaadsItemInput;
}

/** Who the names in the file may be. */
export interface RaadsCsvContext {
  portefeuillehouders: { id: string; name: string }[];
  users: { id: string; name: string; email: string }[];
}

/** Splits CSV text into rows of fields: quotes ("" inside), the given separator, CRLF or LF, line numbers kept. */
export function splitCsv(text: string, separator: ';' | ','): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  fields.push(field);
  if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
  return rows;
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The griffie's list as entries, or every problem in it (line and column named): the import writes
 * nothing unless there are none. UTF-8 with or without BOM; `;` or `,` (whichever the header uses).
 */
export function parseRaadsCsv(input: string, ctx: RaadsCsvContext): { rows: RaadsCsvRow[]; problems: CsvProblem[] } {
  const text = input.replace(/^\uFEFF/, '');
  const problems: CsvProblem[] = [];
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [header, ...body] = splitCsv(text, separator);
  if (!header)
    return {
      rows: [],
      problems: [{ line: 1, field: 'bestand', message: 'Het bestand is leeg: verwacht een kopregel met ' + RAADS_CSV_COLUMNS.join(';') + '.' }],
    };
  const columns = header.fields.map(norm);
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (!(RAADS_CSV_COLUMNS as readonly string[]).includes(name)) {
      problems.push({
        line: 1,
        field: name || `kolom ${i + 1}`,
        message: `Onbekende kolom "${header.fields[i]?.trim() ?? ''}". Toegestaan: ${RAADS_CSV_COLUMNS.join(', ')}.`,
      });
    } else if (index.has(name)) problems.push({ line: 1, field: name, message: `De kolom "${name}" staat er twee keer in.` });
    else index.set(name, i);
  });
  for (const c of REQUIRED_COLUMNS) if (!index.has(c)) problems.push({ line: 1, field: c, message: `De verplichte kolom "${c}" ontbreekt.` });
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0) return { rows: [], problems: [{ line: 2, field: 'bestand', message: 'Het bestand bevat geen regels onder de kopregel.' }] };
  if (body.length > RAADS_CSV_MAX_ROWS)
    return { rows: [], problems: [{ line: RAADS_CSV_MAX_ROWS + 2, field: 'bestand', message: `Ten hoogste ${RAADS_CSV_MAX_ROWS} regels per bestand.` }] };

  const rows: RaadsCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of body) {
    const get = (c: RaadsCsvColumn): string => (index.has(c) ? (fields[index.get(c)!] ?? '').trim() : '');
    const problem = (field: RaadsCsvColumn, message: string): void => void problems.push({ line, field, message });
    const before = problems.length;
    if (fields.length > columns.length)
      problem('nummer', `Deze regel heeft ${fields.length} velden, de kopregel ${columns.length}: staat er een scheidingsteken te veel in?`);
    const soort = norm(get('soort'));
    if (!(RAADS_SOORTEN as readonly string[]).includes(soort)) problem('soort', `"${get('soort')}" is geen soort: vul motie of toezegging in.`);
    const nummer = get('nummer');
    if (!nummer) problem('nummer', 'Het nummer ontbreekt.');
    else if (nummer.length > 40) problem('nummer', 'Het nummer is langer dan 40 tekens.');
    else if (seen.has(nummer.toLowerCase())) problem('nummer', `Nummer ${nummer} staat ook op regel ${seen.get(nummer.toLowerCase())}.`);
    else seen.set(nummer.toLowerCase(), line);
    const raadsvergadering = parseDutchDate(get('raadsvergadering'));
    if (!raadsvergadering) problem('raadsvergadering', `"${get('raadsvergadering')}" is geen datum: schrijf dd-mm-jjjj of jjjj-mm-dd.`);
    const titel = get('titel');
    if (!titel) problem('titel', 'De titel ontbreekt.');
    else if (titel.length > 300) problem('titel', 'De titel is langer dan 300 tekens.');
    const phText = get('portefeuillehouder');
    const ph = ctx.portefeuillehouders.find((p) => norm(p.name) === norm(phText) || p.id === phText);
    if (!ph) problem('portefeuillehouder', phText ? `"${phText}" is geen portefeuillehouder van het college.` : 'De portefeuillehouder ontbreekt.');
    const onText = get('opdrachtnemer');
    const on = onText ? ctx.users.find((u) => norm(u.email) === norm(onText) || norm(u.name) === norm(onText) || u.id === onText) : undefined;
    if (onText && !on) problem('opdrachtnemer', `"${onText}" is geen bekende gebruiker: gebruik naam of e-mailadres.`);
    const deadlineText = get('deadline');
    const deadline = deadlineText ? parseDutchDate(deadlineText) : null;
    if (deadlineText && !deadline) problem('deadline', `"${deadlineText}" is geen datum: schrijf dd-mm-jjjj of jjjj-mm-dd.`);
    const statusText = norm(get('status'));
    const status = statusText ? STATUS_WORDS[statusText] : 'open';
    if (!status) problem('status', `"${get('status')}" is geen status: open, in uitvoering, afgerond of vervallen.`);
    const indieners = get('indieners');
    if (indieners.length > 500) problem('indieners', 'De indieners zijn langer dan 500 tekens.');
    if (problems.length > before) continue;
    rows.push({
      line,
      item: {
        soort: soort as RaadsSoort,
        nummer,
        raadsvergadering: raadsvergadering!,
        titel,
        indieners,
        portefeuillehouderId: ph!.id,
        opdrachtnemerId: on?.id ?? null,
        deadline,
        status: status!,
      },
    });
  }
  return { rows: problems.length ? [] : rows, problems };
}

export const isFollowUpStatus = (s: string): s is FollowUpStatus => (FOLLOW_UP_STATUSES as readonly string[]).includes(s);

/** Who keeps the register (enters, imports, changes entries): the concernadviseur (seed 000: "zorgt dat toezeggingen ... en moties ... deugdelijk worden opgepakt"). */
export const mayKeepRaadsregister = (user: { roles: readonly string[] }): boolean => user.roles.includes('concernadviseur');

/** A PO record may link only to an entry of its own kind: a motie to a motie, a toezegging to a toezegging. */
export const raadsLinkFits = (recordKind: string, soort: RaadsSoort): boolean => recordKind === soort;
