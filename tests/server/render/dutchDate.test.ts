import { dutchDate, dutchDateTime, dutchDeadline, dutchShortDate, dutchTime } from '../../../src/server/render';

describe('Dutch dates', () => {
  it('writes a calendar date with weekday, day, month and year', () => {
    expect(dutchDate('2026-12-07')).toBe('maandag 7 december 2026');
    expect(dutchDate('2027-03-29')).toBe('maandag 29 maart 2027');
    expect(dutchShortDate('2026-12-18')).toBe('18 december 2026');
  });

  it('shows instants on the Amsterdam clock, in winter and in summer time', () => {
    expect(dutchDateTime('2026-12-07T08:00:00.000Z')).toBe('maandag 7 december 2026 om 09:00');
    expect(dutchDateTime('2026-07-06T07:00:00.000Z')).toBe('maandag 6 juli 2026 om 09:00');
    expect(dutchDateTime('2026-12-06T23:30:00.000Z')).toBe('maandag 7 december 2026 om 00:30');
    expect(dutchTime('2026-03-30T07:15:00.000Z')).toBe('09:15');
  });

  it('says when a deadline is missing and passes an unreadable date through', () => {
    expect(dutchDeadline(null)).toBe('geen datum');
    expect(dutchDeadline('2027-01-31')).toBe('31 januari 2027');
    expect(dutchDate('binnenkort')).toBe('binnenkort');
    expect(dutchDate('2026-02-30')).toBe('2026-02-30');
    expect(dutchDateTime('later')).toBe('later');
  });
});
