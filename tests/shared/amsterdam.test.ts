/** Europe/Amsterdam for server and client (src/shared/amsterdam.ts), across the DST changes. */
import { todayIso } from '../../src/client/shared/format';
import { amsterdamDate, amsterdamTime, amsterdamToUtc } from '../../src/shared/amsterdam';

describe('the shared Amsterdam time-zone helper', () => {
  it('reads an instant as Amsterdam wall-clock time, winter and summer', () => {
    expect(amsterdamTime(new Date('2026-01-05T08:00:00Z'))).toBe('09:00');
    expect(amsterdamTime(new Date('2026-07-06T07:00:00Z'))).toBe('09:00');
    // 23:30 UTC on the 31st is already the 1st in Amsterdam.
    expect(amsterdamDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('finds the instant of a local date and time on both sides of a DST change', () => {
    expect(amsterdamToUtc('2026-03-28', '09:00').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(amsterdamToUtc('2026-03-30', '09:00').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(amsterdamToUtc('2026-10-26', '09:00').toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('gives the screens the same day as the server', () => {
    for (const iso of ['2026-03-29T00:30:00Z', '2026-10-24T22:15:00Z', '2026-06-30T22:00:00Z']) {
      expect(todayIso(new Date(iso))).toBe(amsterdamDate(new Date(iso)));
    }
  });
});
