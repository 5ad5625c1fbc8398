/** Counts in the screens' text take the singular for one: "1 besluitpunt", "3 besluitpunten". */
import { translate, type MessageKey } from '../../src/client/shared/i18n';

const cases: [MessageKey, string, string, string][] = [
  ['archief.besluiten', '1 besluitpunt', '3 besluitpunten', '1 decision'],
  ['raads.import.run', '1 regel inlezen', '3 regels inlezen', 'Import 1 row'],
  ['agenda.totalMinutes', 'Totaal gepland: 1 minuut', 'Totaal gepland: 3 minuten', 'Total planned: 1 minute'],
];

test.each(cases)('%s', (key, one, three, english) => {
  expect(translate('nl', key, { n: 1 })).toBe(one);
  expect(translate('nl', key, { n: 3 })).toBe(three);
  expect(translate('en', key, { n: 1 })).toBe(english);
});

test('a sentence agrees with its count', () => {
  expect(translate('nl', 'transcript.outside', { n: 1 })).toMatch(/^1 fragment viel buiten/);
  expect(translate('nl', 'transcript.outside', { n: 2 })).toMatch(/^2 fragmenten vielen buiten/);
});
