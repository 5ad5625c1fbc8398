import { DEFAULT_HOLIDAYS, easterSunday, holidayOn, holidaysIn, moveOffHoliday, movePoStart, nationalHolidays, nextPoSlot } from '../../src/domain';

describe('easterSunday: the Gregorian computus', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [2000, '2000-04-23'],
    [1961, '1961-04-02'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('nationalHolidays', () => {
  it('lists the Dutch national holidays of 2026 with the Easter-based ones', () => {
    expect(nationalHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('moves Koningsdag to Saturday the 26th when the 27th is a Sunday', () => {
    expect(nationalHolidays(2025).find((h) => h.name === 'Koningsdag')?.date).toBe('2025-04-26');
  });
});

describe("the organisation's holidays", () => {
  const settings = { national: true, extra: [{ date: '2026-05-15', name: 'Brugdag' }], excluded: ['2026-05-05'] };

  it('adds its own days and leaves out excluded national ones', () => {
    const days = holidaysIn(2026, settings).map((h) => h.date);
    expect(days).toContain('2026-05-15');
    expect(days).not.toContain('2026-05-05');
    expect(holidayOn('2026-05-05', settings)).toBeNull();
    expect(holidayOn('2026-05-15', settings)?.name).toBe('Brugdag');
  });

  it('can switch the national holidays off', () => {
    expect(holidaysIn(2026, { national: false, extra: [], excluded: [] })).toEqual([]);
  });
});

describe('moving a meeting date off a holiday', () => {
  it('moves Tweede Paasdag to the Tuesday, saying why', () => {
    expect(moveOffHoliday('2026-04-06')).toEqual({ date: '2026-04-07', moved: { from: '2026-04-06', holiday: 'Tweede Paasdag' } });
  });

  it('skips the weekend and a following holiday', () => {
    // Hemelvaartsdag (Thursday) with a bridge day on Friday: the next working day is Monday.
    const settings = { ...DEFAULT_HOLIDAYS, extra: [{ date: '2026-05-15', name: 'Brugdag' }] };
    expect(moveOffHoliday('2026-05-14', settings).date).toBe('2026-05-18');
  });

  it('leaves an ordinary day alone', () => {
    expect(moveOffHoliday('2026-04-13')).toEqual({ date: '2026-04-13', moved: null });
  });

  it('the next PO slot after Easter moves from Monday to Tuesday at the same local time', () => {
    const org = { poWeekday: 1, poTime: '09:00', holidays: DEFAULT_HOLIDAYS };
    const slot = nextPoSlot(new Date('2026-04-02T10:00:00Z'), org);
    expect(slot.startsAt.toISOString()).toBe('2026-04-07T07:00:00.000Z');
    expect(slot.moved).toEqual({ from: '2026-04-06', holiday: 'Tweede Paasdag' });
    expect(nextPoSlot(new Date('2026-04-08T10:00:00Z'), org).moved).toBeNull();
  });

  it('a chosen start on Tweede Pinksterdag moves to Tuesday; without holiday settings the national ones count', () => {
    const slot = movePoStart(new Date('2026-05-25T12:30:00Z'), {});
    expect(slot.startsAt.toISOString()).toBe('2026-05-26T12:30:00.000Z');
  });
});
