/** The collegebericht draft: seed 003's fields prefilled from the item and the besluitpunt; the template's rules. */
import { collegeberichtValues, DEFAULT_COLLEGEBERICHT, templateProblems } from '../../src/domain';

const base = {
  po: { title: 'PO Bram Diepstraten', startsAt: '2026-11-30T08:00:00.000Z' },
  poDate: '2026-11-30',
  item: { title: 'Schoolroutes', toelichting: 'Motie M24-007 vraagt om veilige routes.', voorgesteldBesluit: 'Instemmen met het plan.' },
  besluitpunt: { text: 'Instemmen met het plan, fase 1', collegeDatum: '2026-12-08' },
  portefeuillehouder: { name: 'Bram Diepstraten', titel: 'wethouder' as const },
  today: '2026-12-01',
  formatDate: (d: string) => `[${d}]`,
};

describe('the collegebericht draft', () => {
  test('prefills Datum, Aanleiding, Onderwerp, Portefeuillehouder, Advies and Vervolg proces', () => {
    expect(collegeberichtValues(base)).toEqual({
      datum: '[2026-12-08]',
      aanleiding: 'Motie M24-007 vraagt om veilige routes.',
      onderwerp: 'Schoolroutes',
      portefeuillehouder: 'wethouder Bram Diepstraten',
      advies: 'Instemmen met het plan, fase 1\nVoorgesteld besluit: Instemmen met het plan.',
      vervolgProces: 'Besluitpunt uit PO Bram Diepstraten van [2026-11-30]; ter besluitvorming in het college van [2026-12-08].',
    });
  });

  test('without college date or toelichting it says so, dated today', () => {
    const v = collegeberichtValues({
      ...base,
      item: { ...base.item, toelichting: ' ', voorgesteldBesluit: '' },
      besluitpunt: { text: 'X', collegeDatum: null },
    });
    expect(v.datum).toBe('[2026-12-01]');
    expect(v.aanleiding).toBe('Besproken in PO Bram Diepstraten van [2026-11-30].');
    expect(v.advies).toBe('X');
    expect(v.vervolgProces).toContain('nog zonder collegedatum');
  });

  test('a template has a heading, at least one field, each field once with a label', () => {
    expect(templateProblems(DEFAULT_COLLEGEBERICHT)).toEqual([]);
    expect(DEFAULT_COLLEGEBERICHT.fields.map((f) => f.label)).toEqual([
      'Datum',
      'Aanleiding',
      'Onderwerp',
      'Portefeuillehouder',
      'Advies college',
      'Vervolg proces',
    ]);
    const bad = templateProblems({
      heading: '',
      fields: [
        { key: 'datum', label: 'Datum' },
        { key: 'datum', label: ' ' },
      ],
      closing: '',
    });
    expect(bad.map((p) => p.path)).toEqual(['body.heading', 'body.fields.1.key', 'body.fields.1.label']);
    expect(templateProblems({ heading: 'X', fields: [], closing: '' }).map((p) => p.code)).toEqual(['fields_empty']);
  });
});
