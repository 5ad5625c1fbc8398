import { parseDutchDate, parseRaadsCsv, raadsItemsForPo, splitCsv, isRaadsOverdue, mayKeepRaadsregister, raadsLinkFits } from '../../src/domain';

const ctx = {
  portefeuillehouders: [
    { id: 'bram', name: 'Bram Diepstraten' },
    { id: 'sander', name: 'Sander Smeets' },
  ],
  users: [
    { id: 'u-tim', name: 'Tim Jansen', email: 'tim.jansen@velsen.example' },
    { id: 'u-fatima', name: 'Fatima El Amrani', email: 'fatima@velsen.example' },
  ],
};
const HEADER = 'soort;nummer;raadsvergadering;titel;indieners;portefeuillehouder;opdrachtnemer;deadline;status';

describe('Dutch and ISO dates', () => {
  test.each([
    ['05-12-2026', '2026-12-05'],
    ['5-1-2027', '2027-01-05'],
    ['05/12/2026', '2026-12-05'],
    ['2026-12-05', '2026-12-05'],
  ])('%s is %s', (text, iso) => expect(parseDutchDate(text)).toBe(iso));
  test.each(['31-02-2026', '2026-13-01', '12-2026', 'morgen', ''])('%s is no date', (text) => expect(parseDutchDate(text)).toBeNull());
});

describe('splitCsv', () => {
  test('quotes keep separators, doubled quotes and line breaks; line numbers follow the file', () => {
    const rows = splitCsv('a;b\r\n"x;y";"zei ""ja"""\n"twee\nregels";c\n', ';');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;y', 'zei "ja"'] },
      { line: 3, fields: ['twee\nregels', 'c'] },
    ]);
  });
});

describe('the griffie CSV', () => {
  test('reads semicolons with a BOM, names by name or e-mail, Dutch statuses', () => {
    const csv = `\uFEFF${HEADER}\nmotie;M2026-014;12-11-2026;Betaalbare woningen;GroenLinks, D66;Bram Diepstraten;tim.jansen@velsen.example;01-12-2026;in uitvoering\ntoezegging;T2026-003;2026-11-12;Brief over de pont;;sander;;;\n`;
    const { rows, problems } = parseRaadsCsv(csv, ctx);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.item)).toEqual([
      {
        soort: 'motie',
        nummer: 'M2026-014',
        raadsvergadering: '2026-11-12',
        titel: 'Betaalbare woningen',
        indieners: 'GroenLinks, D66',
        portefeuillehouderId: 'bram',
        opdrachtnemerId: 'u-tim',
        deadline: '2026-12-01',
        status: 'in_uitvoering',
      },
      {
        soort: 'toezegging',
        nummer: 'T2026-003',
        raadsvergadering: '2026-11-12',
        titel: 'Brief over de pont',
        indieners: '',
        portefeuillehouderId: 'sander',
        opdrachtnemerId: null,
        deadline: null,
        status: 'open',
      },
    ]);
  });

  test('reads commas (with quoted commas inside a field), in any column order', () => {
    const csv = 'titel,nummer,soort,raadsvergadering,portefeuillehouder,indieners\n"Pont, snel",M1,Motie,1-2-2026,Sander Smeets,"VVD, CDA"\n';
    const { rows, problems } = parseRaadsCsv(csv, ctx);
    expect(problems).toEqual([]);
    expect(rows[0]?.item).toMatchObject({ titel: 'Pont, snel', soort: 'motie', indieners: 'VVD, CDA', raadsvergadering: '2026-02-01' });
  });

  test('names every bad row and field, and returns no rows at all', () => {
    const csv = [
      HEADER,
      'motie;M1;12-11-2026;Goed;;Bram Diepstraten;;;',
      'amendement;M2;31-02-2026;;;Jan Onbekend;piet@nergens.nl;morgen;bezig',
      'toezegging;M1;12-11-2026;Dubbel nummer;;bram;;;',
    ].join('\n');
    const { rows, problems } = parseRaadsCsv(csv, ctx);
    expect(rows).toEqual([]);
    expect(problems.map((p) => `${p.line}:${p.field}`)).toEqual([
      '3:soort',
      '3:raadsvergadering',
      '3:titel',
      '3:portefeuillehouder',
      '3:opdrachtnemer',
      '3:deadline',
      '3:status',
      '4:nummer',
    ]);
    expect(problems.find((p) => p.line === 4)?.message).toBe('Nummer M1 staat ook op regel 2.');
    expect(problems.find((p) => p.field === 'portefeuillehouder')?.message).toContain('Jan Onbekend');
  });

  test('a missing or unknown column is named before any row is read', () => {
    const { problems } = parseRaadsCsv('soort;nummer;titel;kleur\nmotie;M1;x;rood\n', ctx);
    expect(problems.map((p) => p.field)).toEqual(['kleur', 'raadsvergadering', 'portefeuillehouder']);
  });

  test('an empty file or one without rows says so', () => {
    expect(parseRaadsCsv('', ctx).problems[0]?.message).toContain('leeg');
    expect(parseRaadsCsv(`${HEADER}\n`, ctx).problems[0]?.message).toContain('geen regels');
  });
});

describe('the standing item and overdue', () => {
  const item = (deadline: string | null, status: 'open' | 'afgerond' = 'open', portefeuillehouderId = 'bram') => ({ deadline, status, portefeuillehouderId });
  test('open items of the PO’s portefeuillehouder due up to two weeks after the PO, earliest first', () => {
    const items = [
      item('2026-12-21'),
      item('2026-11-01'),
      item('2026-12-22'),
      item(null),
      item('2026-11-02', 'afgerond'),
      item('2026-11-03', 'open', 'sander'),
    ];
    expect(raadsItemsForPo(items, { portefeuillehouderId: 'bram', date: '2026-12-07' }).map((i) => i.deadline)).toEqual(['2026-11-01', '2026-12-21']);
  });
  test('overdue: open and the deadline before today', () => {
    expect(isRaadsOverdue(item('2026-12-01'), '2026-12-02')).toBe(true);
    expect(isRaadsOverdue(item('2026-12-02'), '2026-12-02')).toBe(false);
    expect(isRaadsOverdue(item('2026-12-01', 'afgerond'), '2026-12-02')).toBe(false);
  });
  test('only the concernadviseur keeps the register; a record links only to its own kind', () => {
    expect(mayKeepRaadsregister({ roles: ['concernadviseur'] })).toBe(true);
    expect(mayKeepRaadsregister({ roles: ['medewerker', 'portefeuillehouder'] })).toBe(false);
    expect(raadsLinkFits('motie', 'motie')).toBe(true);
    expect(raadsLinkFits('toezegging', 'motie')).toBe(false);
  });
});
