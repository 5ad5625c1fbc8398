import {
  addDays,
  amsterdamDate,
  amsterdamTime,
  amsterdamToUtc,
  defaultCollegeDate,
  isoWeekday,
  isValidDate,
  nextPoStart,
  stukkenDeadline,
} from '../../src/domain';

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();

describe('amsterdamToUtc: local Amsterdam time to an instant', () => {
  it('is UTC+1 in winter', () => {
    expect(iso(amsterdamToUtc('2026-01-12', '09:00'))).toBe('2026-01-12T08:00:00.000Z');
    expect(iso(amsterdamToUtc('2026-12-07', '09:00'))).toBe('2026-12-07T08:00:00.000Z');
  });

  it('is UTC+2 in summer', () => {
    expect(iso(amsterdamToUtc('2026-07-13', '09:00'))).toBe('2026-07-13T07:00:00.000Z');
  });

  it('switches on the last Sundays of March and October', () => {
    expect(iso(amsterdamToUtc('2026-03-28', '12:00'))).toBe('2026-03-28T11:00:00.000Z');
    expect(iso(amsterdamToUtc('2026-03-29', '12:00'))).toBe('2026-03-29T10:00:00.000Z');
    expect(iso(amsterdamToUtc('2026-10-24', '12:00'))).toBe('2026-10-24T10:00:00.000Z');
    expect(iso(amsterdamToUtc('2026-10-25', '12:00'))).toBe('2026-10-25T11:00:00.000Z');
  });

  it('gets the hours right in the night of each DST change', () => {
    // 29 March 2026: 01:30 is still winter time (UTC+1), 03:30 already summer time (UTC+2).
    expect(iso(amsterdamToUtc('2026-03-29', '01:30'))).toBe('2026-03-29T00:30:00.000Z');
    expect(iso(amsterdamToUtc('2026-03-29', '03:30'))).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026: 01:30 is still summer time (UTC+2), 03:30 winter time (UTC+1).
    expect(iso(amsterdamToUtc('2026-10-25', '01:30'))).toBe('2026-10-24T23:30:00.000Z');
    expect(iso(amsterdamToUtc('2026-10-25', '03:30'))).toBe('2026-10-25T02:30:00.000Z');
  });

  it('handles times just after midnight, which fall on the previous UTC day', () => {
    expect(iso(amsterdamToUtc('2026-01-01', '00:30'))).toBe('2025-12-31T23:30:00.000Z');
  });
});

describe('amsterdamDate and amsterdamTime', () => {
  it('shows the Amsterdam calendar date and wall-clock time', () => {
    expect(amsterdamDate(at('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(amsterdamTime(at('2026-12-06T23:30:00Z'))).toBe('00:30');
    expect(amsterdamDate(at('2026-06-30T22:15:00Z'))).toBe('2026-07-01');
    expect(amsterdamTime(at('2026-06-30T22:15:00Z'))).toBe('00:15');
  });

  it('shows midnight as 00:00, not 24:00', () => {
    expect(amsterdamTime(at('2026-12-06T23:00:00Z'))).toBe('00:00');
  });
});

describe('nextPoStart: the next Monday 09:00 in Amsterdam', () => {
  it('from a Friday evening is the coming Monday', () => {
    // Friday 4 December 2026, 20:00 in Amsterdam.
    expect(iso(nextPoStart(at('2026-12-04T19:00:00Z')))).toBe('2026-12-07T08:00:00.000Z');
  });

  it('from Monday 08:59 is the same morning', () => {
    expect(iso(nextPoStart(at('2026-12-07T07:59:00Z')))).toBe('2026-12-07T08:00:00.000Z');
  });

  it('from Monday 09:01 (and from 09:00 exactly) is the Monday after', () => {
    expect(iso(nextPoStart(at('2026-12-07T08:01:00Z')))).toBe('2026-12-14T08:00:00.000Z');
    expect(iso(nextPoStart(at('2026-12-07T08:00:00Z')))).toBe('2026-12-14T08:00:00.000Z');
  });

  it('from Sunday night after midnight in UTC+1 counts the Amsterdam date', () => {
    // Monday 00:30 in Amsterdam is still Sunday in UTC.
    expect(iso(nextPoStart(at('2026-12-06T23:30:00Z')))).toBe('2026-12-07T08:00:00.000Z');
  });

  it('lands on 09:00 summer time after the last Sunday of March', () => {
    // Friday 27 March 2026 18:00 CET; clocks go forward on Sunday 29 March.
    expect(iso(nextPoStart(at('2026-03-27T17:00:00Z')))).toBe('2026-03-30T07:00:00.000Z');
    // Sunday 29 March 12:00 CEST.
    expect(iso(nextPoStart(at('2026-03-29T10:00:00Z')))).toBe('2026-03-30T07:00:00.000Z');
    // Monday 23 March 09:01 CET: the next PO is a week later, one hour earlier in UTC.
    expect(iso(nextPoStart(at('2026-03-23T08:01:00Z')))).toBe('2026-03-30T07:00:00.000Z');
  });

  it('lands on 09:00 winter time after the last Sunday of October', () => {
    // Friday 23 October 2026 20:00 CEST; clocks go back on Sunday 25 October.
    expect(iso(nextPoStart(at('2026-10-23T18:00:00Z')))).toBe('2026-10-26T08:00:00.000Z');
    // Monday 19 October 09:01 CEST.
    expect(iso(nextPoStart(at('2026-10-19T07:01:00Z')))).toBe('2026-10-26T08:00:00.000Z');
  });

  it('follows another weekday and time when the organisation meets differently', () => {
    // From Monday 7 December: Thursday 10 December 14:00.
    expect(iso(nextPoStart(at('2026-12-07T08:00:00Z'), 4, '14:00'))).toBe('2026-12-10T13:00:00.000Z');
  });
});

describe('defaultCollegeDate: the Tuesday of the following week', () => {
  it('goes from a Monday PO to the college eight days later', () => {
    expect(defaultCollegeDate('2026-12-07')).toBe('2026-12-15');
  });

  it('goes to the following week for any day of the PO’s week', () => {
    expect(defaultCollegeDate('2026-12-08')).toBe('2026-12-15');
    expect(defaultCollegeDate('2026-12-13')).toBe('2026-12-15');
  });

  it('crosses the year', () => {
    expect(defaultCollegeDate('2026-12-28')).toBe('2027-01-05');
  });

  it('uses another college weekday when given', () => {
    expect(defaultCollegeDate('2026-12-07', 4)).toBe('2026-12-17');
  });
});

describe('stukkenDeadline: the last deadline weekday before the PO', () => {
  it('is Wednesday 12:00 before a Monday PO', () => {
    expect(iso(stukkenDeadline(at('2026-12-07T08:00:00Z'), 3, '12:00'))).toBe('2026-12-02T11:00:00.000Z');
  });

  it('is 12:00 Amsterdam time on each side of a DST change', () => {
    // PO Monday 30 March 2026 (summer time), deadline Wednesday 25 March (still winter time).
    expect(iso(stukkenDeadline(at('2026-03-30T07:00:00Z'), 3, '12:00'))).toBe('2026-03-25T11:00:00.000Z');
    // PO Monday 26 October 2026 (winter time), deadline Wednesday 21 October (still summer time).
    expect(iso(stukkenDeadline(at('2026-10-26T08:00:00Z'), 3, '12:00'))).toBe('2026-10-21T10:00:00.000Z');
  });

  it('is a full week earlier when the deadline weekday is the PO’s own weekday', () => {
    expect(iso(stukkenDeadline(at('2026-12-07T08:00:00Z'), 1, '09:00'))).toBe('2026-11-30T08:00:00.000Z');
  });

  it('uses the Amsterdam date of the PO', () => {
    // A PO on Monday 00:30 in Amsterdam (Sunday in UTC) still has Wednesday 2 December as deadline.
    expect(iso(stukkenDeadline(at('2026-12-06T23:30:00Z'), 3, '12:00'))).toBe('2026-12-02T11:00:00.000Z');
  });
});

describe('calendar dates', () => {
  it('accepts real dates only, in YYYY-MM-DD', () => {
    expect(isValidDate('2026-12-07')).toBe(true);
    expect(isValidDate('2024-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-12-7', '07-12-2026', '2026-12-07T09:00', '', 'morgen']) {
      expect(isValidDate(bad)).toBe(false);
    }
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-28', 8)).toBe('2027-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-02', -2)).toBe('2026-02-28');
  });

  it('counts ISO weekdays from Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-08')).toBe(2);
    expect(isoWeekday('2026-12-13')).toBe(7);
  });
});
