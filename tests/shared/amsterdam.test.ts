/** Europe/Amsterdam for server and client (src/shared/amsterdam.ts), across the DST changes. */
import { todayIso } from '../../src/client/shared/format';
import { amsterdamDate, amsterdamTime, amsterdamToUtc, localParts } from '../../src/shared/amsterdam';

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

describe('Amsterdam wall-clock time from the cached offset', () => {
  // Swedish writes a date and time as ISO does: an oracle independent of the helper's formatter.
  const byIntl = (d: Date): string => d.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23' });
  const byHelper = (d: Date): string => {
    const p = localParts(d);
    const two = (n: number): string => String(n).padStart(2, '0');
    return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
  };

  it('agrees with Intl every 7 minutes and 13 seconds across both DST changes of 2026, and in 1937', () => {
    for (const [from, to] of [
      ['2026-03-28T20:00:00Z', '2026-03-29T06:00:00Z'],
      ['2026-10-24T20:00:00Z', '2026-10-25T06:00:00Z'],
      ['1937-06-30T20:00:00Z', '1937-07-01T06:00:00Z'],
    ] as const) {
      for (let t = Date.parse(from); t < Date.parse(to); t += 433_000) expect(byHelper(new Date(t))).toBe(byIntl(new Date(t)));
    }
  });

  it('the last second before and the first after the clocks change', () => {
    expect(byHelper(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29 01:59:59');
    expect(byHelper(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29 03:00:00');
    expect(byHelper(new Date('2026-10-25T00:59:59Z'))).toBe('2026-10-25 02:59:59');
    expect(byHelper(new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25 02:00:00');
  });
});
