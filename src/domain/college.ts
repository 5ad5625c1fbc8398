/**
 * The college track of a besluitpunt (seed 000): on Tuesday the besluitpunten of Monday's POs are
 * announced ("aangekondigd") for the college of the Tuesday after; the college then puts them on
 * its agenda ("geagendeerd") and its oral feedback says what became of them: besloten, aangehouden
 * or teruggenomen. Kept beside the PO, keyed by the record id: a PO's JSON never changes for it.
 */
import { defaultCollegeDate, isValidDate } from './dates';
import { DEFAULT_HOLIDAYS, moveOffHoliday } from './holidays';
import type { Besluitpunt, OrganisationConfig } from './model';

export const COLLEGE_STATES = ['aangekondigd', 'geagendeerd', 'besloten', 'aangehouden', 'teruggenomen'] as const;
export type CollegeState = (typeof COLLEGE_STATES)[number];

/** The college's answer: the states the terugkoppeling reports. */
export const COLLEGE_OUTCOMES: readonly CollegeState[] = ['besloten', 'aangehouden', 'teruggenomen'];

export const COLLEGE_STATE_LABEL: Record<CollegeState, { nl: string; en: string }> = {
  aangekondigd: { nl: 'Aangekondigd', en: 'Announced' },
  geagendeerd: { nl: 'Geagendeerd in college', en: 'On the college agenda' },
  besloten: { nl: 'Besloten', en: 'Decided' },
  aangehouden: { nl: 'Aangehouden', en: 'Held over' },
  teruggenomen: { nl: 'Teruggenomen', en: 'Withdrawn' },
};

/**
 * Which state may follow which: announced first; then on the college's agenda (or withdrawn before
 * it); the college decides, holds over or the item is withdrawn; a held-over item comes back on a
 * later agenda. Besloten and teruggenomen are final.
 */
export const NEXT_STATES: Record<CollegeState | 'nieuw', readonly CollegeState[]> = {
  nieuw: ['aangekondigd'],
  aangekondigd: ['geagendeerd', 'teruggenomen'],
  geagendeerd: ['besloten', 'aangehouden', 'teruggenomen'],
  aangehouden: ['geagendeerd', 'teruggenomen'],
  besloten: [],
  teruggenomen: [],
};

export const MAX_COLLEGE_NOTE = 500;

export interface CollegeStep {
  state: CollegeState;
  /** The day it happened (`YYYY-MM-DD`): the announcement's Tuesday, the college's date. */
  date: string;
  note: string;
  by: string;
  byName: string;
  /** When it was entered (UTC ISO). */
  at: string;
}

export interface CollegeTrack {
  recordId: string;
  state: CollegeState;
  steps: CollegeStep[];
  /** The besluitpunt as it was announced: a later change of its text or date is shown. */
  announcedText: string;
  announcedCollegeDatum: string | null;
  /** When the current state was entered (UTC ISO). */
  stateAt: string;
}

export interface CollegeStepInput {
  state: CollegeState;
  date: string;
  note?: string;
}

/**
 * The date a new step of this track is entered with, until the user picks another: the
 * announcement is made today; the college's own steps (on its agenda, its answer) happened on the
 * college's date, and are usually entered on or after that day, so that date once it has come,
 * today before it. Never before the previous step's date, which the server would refuse.
 */
export function defaultStepDate(track: { lastDate: string | null } | null, collegeDatum: string | null, today: string): string {
  if (!track) return today;
  const date = collegeDatum && collegeDatum <= today ? collegeDatum : today;
  return track.lastDate && date < track.lastDate ? track.lastDate : date;
}

export interface CollegeProblem {
  code: string;
  path: string;
  message: string;
}

/** What is wrong with this step on this track (empty: it may be taken). */
export function collegeStepProblems(track: CollegeTrack | null, besluitpunt: Pick<Besluitpunt, 'collegeDatum'>, input: CollegeStepInput): CollegeProblem[] {
  const problems: CollegeProblem[] = [];
  const from = track?.state ?? 'nieuw';
  if (!NEXT_STATES[from].includes(input.state)) {
    const allowed = NEXT_STATES[from].map((s) => COLLEGE_STATE_LABEL[s].nl.toLowerCase());
    problems.push({
      code: 'college_transition',
      path: 'body.state',
      message:
        allowed.length === 0
          ? `Dit besluitpunt is al ${COLLEGE_STATE_LABEL[from as CollegeState].nl.toLowerCase()}; er volgt geen stap meer.`
          : `Van "${from === 'nieuw' ? 'nog niet aangekondigd' : COLLEGE_STATE_LABEL[from].nl.toLowerCase()}" kan het besluitpunt alleen naar: ${allowed.join(', ')}.`,
    });
  }
  if (!isValidDate(input.date)) problems.push({ code: 'college_date', path: 'body.date', message: 'De datum is geen geldige datum (JJJJ-MM-DD).' });
  if (input.state === 'aangekondigd' && !besluitpunt.collegeDatum)
    problems.push({ code: 'college_datum_missing', path: 'body.state', message: 'Dit besluitpunt heeft geen collegedatum: geef het eerst een collegedatum.' });
  if ((input.note ?? '').length > MAX_COLLEGE_NOTE)
    problems.push({ code: 'college_note_long', path: 'body.note', message: `De notitie is langer dan ${MAX_COLLEGE_NOTE} tekens.` });
  const last = track?.steps.at(-1);
  if (last && isValidDate(input.date) && input.date < last.date)
    problems.push({ code: 'college_date_order', path: 'body.date', message: `De datum ligt vóór die van de vorige stap (${last.date}).` });
  return problems;
}

/** The track after this step. Call only when `collegeStepProblems` found nothing. */
export function takeCollegeStep(
  track: CollegeTrack | null,
  besluitpunt: Pick<Besluitpunt, 'id' | 'text' | 'collegeDatum'>,
  input: CollegeStepInput,
  by: { id: string; name: string },
  now: string,
): CollegeTrack {
  const step: CollegeStep = { state: input.state, date: input.date, note: (input.note ?? '').trim(), by: by.id, byName: by.name, at: now };
  if (!track)
    return {
      recordId: besluitpunt.id,
      state: input.state,
      steps: [step],
      announcedText: besluitpunt.text,
      announcedCollegeDatum: besluitpunt.collegeDatum,
      stateAt: now,
    };
  return { ...track, state: input.state, steps: [...track.steps, step], stateAt: now };
}

/** How a besluitpunt stands on the announcement list of its college date. */
export interface AnnouncementMark {
  /** Recorded after the list of its college date was first announced. */
  late: boolean;
  /** Its text or college date changed after it was announced. */
  changed: boolean;
}

export function announcementMark(
  besluitpunt: Pick<Besluitpunt, 'text' | 'collegeDatum' | 'createdAt'>,
  track: Pick<CollegeTrack, 'announcedText' | 'announcedCollegeDatum'> | null,
  firstAnnouncedAt: string | null,
): AnnouncementMark {
  return {
    late: firstAnnouncedAt !== null && besluitpunt.createdAt > firstAnnouncedAt,
    changed: track !== null && (track.announcedText !== besluitpunt.text || track.announcedCollegeDatum !== besluitpunt.collegeDatum),
  };
}

/** Who enters the announcement and the college's answer: the gemeentesecretaris and the concernadviseurs. */
export const mayTrackCollege = (user: { roles: readonly string[] }): boolean =>
  user.roles.includes('gemeentesecretaris') || user.roles.includes('concernadviseur');

/** The standing item's second part on the next PO of a portefeuillehouder. */
export const TERUGKOPPELING_TITLE = 'Terugkoppeling college';

/**
 * The college date Tuesday's announcement is about on `today`: the one a besluitpunt taken today
 * heads for (the organisation's college weekday of the next week, moved off a holiday), as
 * domain/records.ts gives a besluitpunt without a date.
 */
export function announcementCollegeDate(today: string, org: Pick<OrganisationConfig, 'collegeWeekday' | 'holidays'>): string {
  return moveOffHoliday(defaultCollegeDate(today, org.collegeWeekday), org.holidays ?? DEFAULT_HOLIDAYS).date;
}
