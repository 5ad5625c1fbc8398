import { blocksInvite, checkAgenda, DEFAULT_TOETS_CRITERIA, numberItems, orderedItems, planReorder, vaststellen } from '../../src/domain';
import { buildAgendapunt, buildPo, buildStuk, DINGEN_VAN_DE_DAG, IDS, SECTIONS, STRATEGISCH, TACTISCH } from '../factories/domain';
import { appError } from './helpers';

describe('vaststellen: an agenda is ready only when every item is complete', () => {
  it('accepts the complete agenda of the scenario', () => {
    const po = buildPo();
    expect(checkAgenda(po).problems).toEqual([]);
    expect(vaststellen(po)).toBe('vastgesteld');
  });

  it('refuses with every problem listed, each naming its item', () => {
    const po = buildPo({
      agendapunten: [
        buildAgendapunt({ id: 'ap-zonder-doel', position: 0, title: 'Huisvesting statushouders', purpose: null }),
        buildAgendapunt({
          id: 'ap-zonder-besluit',
          position: 1,
          title: 'Verordening woonruimtebemiddeling',
          purpose: 'besluitvorming',
          voorgesteldBesluit: '',
        }),
        buildAgendapunt({ id: 'ap-zonder-opdrachtnemer', position: 2, title: 'Omgevingsvisie', opdrachtnemerId: null }),
        buildAgendapunt({ id: 'ap-compleet', position: 3, title: 'Sociale huur', purpose: 'oordeelsvorming' }),
      ],
    });

    const err = appError(() => vaststellen(po));

    expect(err.id).toBe('agenda_not_ready');
    expect(err.status).toBe(409);
    expect(err.message).toContain('4 problemen');
    expect(err.problems.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'purpose_missing', path: 'agendapunt:ap-zonder-doel' },
      { code: 'voorgesteld_besluit_missing', path: 'agendapunt:ap-zonder-besluit' },
      // Besluitvorming without a completed kwaliteitstoets (kwaliteitstoets.test.ts).
      { code: 'kwaliteitstoets_open', path: 'agendapunt:ap-zonder-besluit' },
      { code: 'opdrachtnemer_missing', path: 'agendapunt:ap-zonder-opdrachtnemer' },
    ]);
    expect(err.problems[0]?.message).toContain('Huisvesting statushouders');
    expect(err.problems[1]?.message).toContain('Verordening woonruimtebemiddeling');
    expect(err.problems[3]?.message).toContain('Omgevingsvisie');
    expect(JSON.stringify(err.problems)).not.toContain('ap-compleet');
    // The invite waits for a complete, labelled agenda, not for the kwaliteitstoets of the stukken.
    expect(
      checkAgenda(po)
        .problems.filter(blocksInvite)
        .map((p) => p.code),
    ).toEqual(['purpose_missing', 'voorgesteld_besluit_missing', 'opdrachtnemer_missing']);
  });

  it('lists several problems of one item separately', () => {
    const po = buildPo({
      agendapunten: [buildAgendapunt({ id: 'ap-leeg', title: 'Nieuw punt', purpose: null, opdrachtnemerId: null })],
    });
    const err = appError(() => vaststellen(po));
    expect(err.problems.map((p) => [p.code, p.path])).toEqual([
      ['purpose_missing', 'agendapunt:ap-leeg'],
      ['opdrachtnemer_missing', 'agendapunt:ap-leeg'],
    ]);
  });

  it('refuses an empty agenda', () => {
    const err = appError(() => vaststellen(buildPo({ agendapunten: [] })));
    expect(err.id).toBe('agenda_not_ready');
    expect(err.message).toContain('1 probleem.');
    expect(err.problems).toEqual([expect.objectContaining({ code: 'agenda_empty', path: 'agendapunten' })]);
  });

  it('treats a voorgesteld besluit of only spaces as missing', () => {
    const po = buildPo({
      agendapunten: [buildAgendapunt({ id: 'ap-spaties', purpose: 'besluitvorming', voorgesteldBesluit: '   \n ' })],
    });
    expect(appError(() => vaststellen(po)).problems).toEqual([
      expect.objectContaining({ code: 'voorgesteld_besluit_missing', path: 'agendapunt:ap-spaties' }),
      expect.objectContaining({ code: 'kwaliteitstoets_open', path: 'agendapunt:ap-spaties' }),
    ]);
  });

  it('does not ask a voorgesteld besluit of beeldvorming or oordeelsvorming items', () => {
    const po = buildPo({
      agendapunten: [
        buildAgendapunt({ id: 'ap-beeld', position: 0, purpose: 'beeldvorming', voorgesteldBesluit: '' }),
        buildAgendapunt({ id: 'ap-oordeel', position: 1, purpose: 'oordeelsvorming', voorgesteldBesluit: '' }),
      ],
    });
    expect(vaststellen(po)).toBe('vastgesteld');
  });

  it('lists items whose stukken wait for the kwaliteitstoets, without blocking vaststellen', () => {
    const po = buildPo({
      agendapunten: [
        buildAgendapunt({ id: 'ap-wacht', position: 0, title: 'Huisvestingsverordening', stukken: [buildStuk()], kwaliteitstoets: null }),
        buildAgendapunt({
          id: 'ap-getoetst',
          position: 1,
          stukken: [buildStuk()],
          kwaliteitstoets: { confirmedBy: IDS.opdrachtnemer, confirmedAt: '2026-12-02T09:00:00.000Z' },
          toetsCriteria: DEFAULT_TOETS_CRITERIA.map((c) => ({ criteriumId: c.id, voldaan: true, notitie: '' })),
        }),
        buildAgendapunt({ id: 'ap-zonder-stukken', position: 2, stukken: [], kwaliteitstoets: null }),
      ],
    });

    const check = checkAgenda(po);

    expect(check.waitingForKwaliteitstoets).toEqual([
      { agendapuntId: 'ap-wacht', title: 'Huisvestingsverordening', missing: DEFAULT_TOETS_CRITERIA.map((c) => c.label) },
    ]);
    expect(check.problems).toEqual([]);
    expect(vaststellen(po)).toBe('vastgesteld');
  });
});

describe('agenda order and numbering', () => {
  it('numbers items through the sections in the order of the PO, whatever the stored order', () => {
    const po = buildPo();
    po.agendapunten.reverse();
    expect(Object.fromEntries(numberItems(po))).toEqual({
      'ap-woonvisie': '1',
      'ap-warmte': '2',
      'ap-grond': '3',
      'ap-dvdd': '4',
    });
  });

  it('orders by position within a section and puts items of an unknown section last', () => {
    const items = [
      buildAgendapunt({ id: 'ap-los', section: 'Rondvraag', position: 0 }),
      buildAgendapunt({ id: 'ap-b', section: TACTISCH, position: 0 }),
      buildAgendapunt({ id: 'ap-a2', section: STRATEGISCH, position: 2 }),
      buildAgendapunt({ id: 'ap-a1', section: STRATEGISCH, position: 1 }),
    ];
    expect(orderedItems(items, [...SECTIONS]).map((i) => i.id)).toEqual(['ap-a1', 'ap-a2', 'ap-b', 'ap-los']);
  });
});

describe('planReorder: moving items on the agenda', () => {
  const po = buildPo();
  const fullOrder = (): { id: string; section: string }[] => [
    { id: 'ap-dvdd', section: STRATEGISCH },
    { id: 'ap-woonvisie', section: STRATEGISCH },
    { id: 'ap-grond', section: TACTISCH },
    { id: 'ap-warmte', section: TACTISCH },
  ];

  it('numbers positions per section in the order given', () => {
    expect(planReorder(po, fullOrder())).toEqual([
      { id: 'ap-dvdd', section: STRATEGISCH, position: 0 },
      { id: 'ap-woonvisie', section: STRATEGISCH, position: 1 },
      { id: 'ap-grond', section: TACTISCH, position: 0 },
      { id: 'ap-warmte', section: TACTISCH, position: 1 },
    ]);
  });

  it('leaves the PO untouched', () => {
    const before = JSON.stringify(po);
    planReorder(po, fullOrder());
    expect(JSON.stringify(po)).toBe(before);
  });

  it('refuses an order that leaves an item out, naming the item', () => {
    const err = appError(() =>
      planReorder(
        po,
        fullOrder().filter((e) => e.id !== 'ap-grond'),
      ),
    );
    expect(err.id).toBe('validation');
    expect(err.status).toBe(400);
    expect(err.problems).toEqual([expect.objectContaining({ code: 'item_missing', path: 'order' })]);
    expect(err.problems[0]?.message).toContain('ap-grond');
  });

  it('refuses an item that appears twice', () => {
    const err = appError(() => planReorder(po, [...fullOrder(), { id: 'ap-woonvisie', section: DINGEN_VAN_DE_DAG }]));
    expect(err.problems).toEqual([expect.objectContaining({ code: 'duplicate_item', path: 'order.4.id' })]);
  });

  it('refuses an id that is not an item of this PO', () => {
    const err = appError(() => planReorder(po, [...fullOrder(), { id: 'ap-ander-po', section: STRATEGISCH }]));
    expect(err.problems).toEqual([expect.objectContaining({ code: 'unknown_item', path: 'order.4.id' })]);
  });

  it('refuses a section the PO does not have', () => {
    const order = fullOrder();
    order[2] = { id: 'ap-grond', section: 'Rondvraag' };
    const err = appError(() => planReorder(po, order));
    expect(err.problems).toEqual([expect.objectContaining({ code: 'unknown_section', path: 'order.2.section' })]);
    expect(err.problems[0]?.message).toContain('Rondvraag');
  });

  it('lists every problem of a bad order at once', () => {
    const err = appError(() =>
      planReorder(po, [
        { id: 'ap-woonvisie', section: STRATEGISCH },
        { id: 'ap-woonvisie', section: STRATEGISCH },
        { id: 'ap-onbekend', section: 'Rondvraag' },
      ]),
    );
    expect(err.problems.map((p) => p.code).sort()).toEqual(
      ['duplicate_item', 'item_missing', 'item_missing', 'item_missing', 'unknown_item', 'unknown_section'].sort(),
    );
  });
});
