/** The college track of a besluitpunt: its steps in order, and how it stands on the announcement list. */
import {
  announcementCollegeDate,
  announcementMark,
  collegeStepProblems,
  defaultStepDate,
  mayTrackCollege,
  NEXT_STATES,
  takeCollegeStep,
  type CollegeTrack,
} from '../../src/domain';

const bp = { id: 'b1', text: 'Instemmen met het plan', collegeDatum: '2026-12-08', createdAt: '2026-11-30T09:30:00.000Z' };
const by = { id: 'u-gerard', name: 'Gerard' };

function walk(states: [string, string][]): CollegeTrack | null {
  let track: CollegeTrack | null = null;
  for (const [state, date] of states) {
    const input = { state: state as CollegeTrack['state'], date };
    expect(collegeStepProblems(track, bp, input)).toEqual([]);
    track = takeCollegeStep(track, bp, input, by, `${date}T10:00:00.000Z`);
  }
  return track;
}

describe('the college track', () => {
  test('goes aangekondigd -> geagendeerd -> besloten, keeping each step with its date and note', () => {
    const track = walk([
      ['aangekondigd', '2026-12-01'],
      ['geagendeerd', '2026-12-08'],
      ['besloten', '2026-12-08'],
    ]);
    expect(track?.state).toBe('besloten');
    expect(track?.steps.map((s) => s.state)).toEqual(['aangekondigd', 'geagendeerd', 'besloten']);
    expect(track?.announcedText).toBe(bp.text);
    expect(track?.announcedCollegeDatum).toBe('2026-12-08');
  });

  test('a held-over besluitpunt comes back on a later agenda; besloten and teruggenomen are final', () => {
    const held = walk([
      ['aangekondigd', '2026-12-01'],
      ['geagendeerd', '2026-12-08'],
      ['aangehouden', '2026-12-08'],
      ['geagendeerd', '2026-12-15'],
      ['teruggenomen', '2026-12-15'],
    ]);
    expect(held?.state).toBe('teruggenomen');
    expect(NEXT_STATES.besloten).toEqual([]);
    expect(collegeStepProblems(held, bp, { state: 'geagendeerd', date: '2026-12-22' })[0]?.code).toBe('college_transition');
  });

  test('refuses skipping a step, a step twice, an earlier date, a bad date, a long note, and announcing without college date', () => {
    expect(collegeStepProblems(null, bp, { state: 'besloten', date: '2026-12-08' }).map((p) => p.code)).toEqual(['college_transition']);
    const announced = walk([['aangekondigd', '2026-12-01']]);
    const twice = collegeStepProblems(announced, bp, { state: 'aangekondigd', date: '2026-12-01' });
    expect(twice[0]?.message).toBe('Van "aangekondigd" kan het besluitpunt alleen naar: geagendeerd in college, teruggenomen.');
    expect(collegeStepProblems(announced, bp, { state: 'geagendeerd', date: '2026-11-30' }).map((p) => p.code)).toEqual(['college_date_order']);
    expect(collegeStepProblems(announced, bp, { state: 'geagendeerd', date: '2026-02-30' }).map((p) => p.path)).toEqual(['body.date']);
    expect(collegeStepProblems(announced, bp, { state: 'geagendeerd', date: '2026-12-08', note: 'x'.repeat(501) }).map((p) => p.code)).toEqual([
      'college_note_long',
    ]);
    expect(collegeStepProblems(null, { collegeDatum: null }, { state: 'aangekondigd', date: '2026-12-01' }).map((p) => p.code)).toEqual([
      'college_datum_missing',
    ]);
  });

  test('late: recorded after the list was first announced; changed: text or college date differ from what was announced', () => {
    expect(announcementMark(bp, null, null)).toEqual({ late: false, changed: false });
    expect(announcementMark(bp, null, '2026-12-01T09:00:00.000Z')).toEqual({ late: false, changed: false });
    expect(announcementMark({ ...bp, createdAt: '2026-12-01T09:00:01.000Z' }, null, '2026-12-01T09:00:00.000Z').late).toBe(true);
    const track = walk([['aangekondigd', '2026-12-01']]);
    expect(announcementMark(bp, track, '2026-12-01T09:00:00.000Z').changed).toBe(false);
    expect(announcementMark({ ...bp, text: 'Anders' }, track, null).changed).toBe(true);
    expect(announcementMark({ ...bp, collegeDatum: '2026-12-15' }, track, null).changed).toBe(true);
  });

  test('the gemeentesecretaris and concernadviseurs enter it; a medewerker or portefeuillehouder does not', () => {
    expect(mayTrackCollege({ roles: ['gemeentesecretaris'] })).toBe(true);
    expect(mayTrackCollege({ roles: ['concernadviseur'] })).toBe(true);
    expect(mayTrackCollege({ roles: ['medewerker'] })).toBe(false);
    expect(mayTrackCollege({ roles: ['portefeuillehouder'] })).toBe(false);
  });
});

describe("the college date of today's announcement", () => {
  it('is the college weekday of the next week, as for a besluitpunt taken today', () => {
    expect(announcementCollegeDate('2026-12-01', { collegeWeekday: 2 })).toBe('2026-12-08'); // Tuesday -> the Tuesday after
    expect(announcementCollegeDate('2026-11-30', { collegeWeekday: 2 })).toBe('2026-12-08'); // Monday's PO -> next week's college
  });

  it("follows the organisation's college day and moves off a holiday", () => {
    expect(announcementCollegeDate('2026-12-01', { collegeWeekday: 3 })).toBe('2026-12-09');
    // Tuesday 28 April 2026 follows Koningsdag (Monday 27 April): that college stays; one on the Monday moves to Tuesday.
    expect(announcementCollegeDate('2026-04-21', { collegeWeekday: 1 })).toBe('2026-04-28');
    expect(
      announcementCollegeDate('2026-12-01', {
        collegeWeekday: 2,
        holidays: { national: true, extra: [{ date: '2026-12-08', name: 'Gemeentedag' }], excluded: [] },
      }),
    ).toBe('2026-12-09');
  });
});

describe('the date a new college step starts with', () => {
  const today = '2026-12-10';
  it('is today for the announcement, whatever the college date', () => {
    expect(defaultStepDate(null, '2026-12-08', today)).toBe(today);
    expect(defaultStepDate(null, null, today)).toBe(today);
  });

  it("is the college's date once that day has come: its answer is entered on or after it", () => {
    expect(defaultStepDate({ lastDate: '2026-12-01' }, '2026-12-08', today)).toBe('2026-12-08');
    expect(defaultStepDate({ lastDate: '2026-12-01' }, today, today)).toBe(today);
  });

  it('is today before the college date, or without one', () => {
    expect(defaultStepDate({ lastDate: '2026-12-01' }, '2026-12-15', today)).toBe(today);
    expect(defaultStepDate({ lastDate: '2026-12-01' }, null, today)).toBe(today);
  });

  it("is never before the previous step's date, which would be refused", () => {
    const date = defaultStepDate({ lastDate: '2026-12-09' }, '2026-12-08', today);
    expect(date).toBe('2026-12-09');
    const track = walk([
      ['aangekondigd', '2026-12-01'],
      ['geagendeerd', '2026-12-09'],
    ]);
    expect(collegeStepProblems(track, bp, { state: 'besloten', date })).toEqual([]);
  });
});
