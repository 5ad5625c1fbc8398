import {
  DEFAULT_REMINDER_SETTINGS,
  describeReminders,
  digestDue,
  digestKey,
  digestText,
  isoWeek,
  parseDayList,
  reminderKey,
  reminderOffsets,
  reminderSettingsProblems,
  remindersDue,
  reminderText,
} from '../../src/domain';

const settings = { enabled: true, daysBefore: [3], daysAfter: [1, 7], digestWeekday: 1 };

describe('reminder offsets', () => {
  test('before as negative, after as positive, sorted', () => expect(reminderOffsets(settings)).toEqual([-3, 1, 7]));
  test('described in Dutch', () => {
    expect(describeReminders(settings)).toBe('3 dagen vooraf, 1 en 7 dagen na de deadline');
    expect(describeReminders({ ...settings, daysBefore: [1], daysAfter: [] })).toBe('1 dag vooraf');
    expect(describeReminders({ ...settings, enabled: false })).toBe('Geen herinneringen');
  });
  test('due on the day meant, and still two days late; not earlier, not later', () => {
    const due = '2026-12-10';
    expect(remindersDue(due, '2026-12-06', settings)).toEqual([]);
    expect(remindersDue(due, '2026-12-07', settings)).toEqual([{ offset: -3, date: '2026-12-07' }]);
    expect(remindersDue(due, '2026-12-09', settings)).toEqual([{ offset: -3, date: '2026-12-07' }]);
    expect(remindersDue(due, '2026-12-10', settings)).toEqual([]);
    expect(remindersDue(due, '2026-12-11', settings)).toEqual([{ offset: 1, date: '2026-12-11' }]);
    expect(remindersDue(due, '2026-12-17', settings)).toEqual([{ offset: 7, date: '2026-12-17' }]);
    expect(remindersDue(due, '2026-12-20', settings)).toEqual([]);
    expect(remindersDue(due, '2026-12-11', { ...settings, enabled: false })).toEqual([]);
  });
  test('one key per item, due date and offset', () => {
    expect(reminderKey('raad', 'x', '2026-12-10', -3)).toBe('herinnering:raad:x:2026-12-10:-3');
    expect(reminderKey('raad', 'x', '2026-12-11', -3)).not.toBe(reminderKey('raad', 'x', '2026-12-10', -3));
  });
  test('settings are checked field by field', () => {
    expect(reminderSettingsProblems(DEFAULT_REMINDER_SETTINGS)).toEqual([]);
    expect(reminderSettingsProblems({ ...settings, daysBefore: [0, 3, 3], daysAfter: [1, 2, 3, 4, 5, 6], digestWeekday: 8 }).map((p) => p.path)).toEqual([
      'body.daysBefore',
      'body.daysBefore',
      'body.daysAfter',
      'body.digestWeekday',
    ]);
  });
  test('a typed list of days', () => {
    expect(parseDayList('1, 7')).toEqual([1, 7]);
    expect(parseDayList('1 en 7')).toEqual([1, 7]);
    expect(parseDayList('')).toEqual([]);
    expect(parseDayList('een week')).toBeNull();
  });
});

describe('the weekly digest', () => {
  test('ISO weeks, also across the year', () => {
    expect(isoWeek('2026-12-02')).toBe('2026-W49');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
  });
  test('due from its weekday on, once per week per user', () => {
    expect(digestDue('2026-11-30', settings)).toBe(true); // Monday
    expect(digestDue('2026-12-03', { ...settings, digestWeekday: 5 })).toBe(false);
    expect(digestDue('2026-12-03', { ...settings, digestWeekday: null })).toBe(false);
    expect(digestKey('u-eva', '2026-11-30')).toBe(digestKey('u-eva', '2026-12-06'));
    expect(digestKey('u-eva', '2026-11-30')).not.toBe(digestKey('u-eva', '2026-12-07'));
  });
  test('the text leaves the subject out when there is none', () => {
    expect(reminderText('actiepunt', -3, 'Notitie schrijven')).toBe('Actiepunt: deadline over 3 dagen: Notitie schrijven');
    expect(reminderText('motie', 1, null)).toBe('Motie: deadline 1 dag verstreken');
  });
});

describe('the weekly digest text', () => {
  test('names the raadsregister entries apart when there are any', () => {
    expect(digestText(7, 2)).toBe('Weekoverzicht opvolging: 7 open, waarvan 2 over de deadline');
    expect(digestText(7, 2, 3)).toBe('Weekoverzicht opvolging: 7 open (3 uit het raadsregister), waarvan 2 over de deadline');
    // A Teams activity's preview text is at most 150 characters.
    expect(digestText(99_999, 99_999, 99_999).length).toBeLessThanOrEqual(150);
  });
});
