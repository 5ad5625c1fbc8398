import { applyMoves, boundaryProblem, formatVttTime, parseVtt, sliceTranscript, turnsOf, type SliceItem } from '../../src/domain';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
const items: SliceItem[] = [
  { id: 'a', number: '1', title: 'Opening en mededelingen' },
  { id: 'b', number: '2', title: 'Woningbouwprogramma Velsen-Noord' },
  { id: 'c', number: '3', title: 'Subsidieregeling sport' },
  { id: 'd', number: '4', title: 'Rondvraag' },
];

/** A VTT text; cue times in minutes from the transcription's start. */
function vtt(cues: [from: number, to: number, speaker: string, text: string][]): string {
  return ['WEBVTT', '', ...cues.map(([f, t, s, x], i) => `${i + 1}\n${formatVttTime(f * 60_000)} --> ${formatVttTime(t * 60_000)}\n<v ${s}>${x}</v>\n`)].join(
    '\n',
  );
}

describe('parseVtt', () => {
  it('reads cues with speakers, times, entities and skips header, NOTE and broken blocks', () => {
    const cues = parseVtt(
      '\uFEFFWEBVTT\r\n\r\nNOTE dit is een opmerking\r\n\r\nab12/3-0\r\n00:00:03.120 --> 00:00:07.480\r\n<v Jan de Vries>Goedemorgen &amp; welkom</v>\r\n\r\nkapot --> ook kapot\r\ntekst\r\n\r\n01:02:03.5 --> 01:02:04.000\r\n<v.loud Eva Jansen>Nog iets</v>\r\n',
    );
    expect(cues).toEqual([
      { startMs: 3120, endMs: 7480, speaker: 'Jan de Vries', text: 'Goedemorgen & welkom' },
      { startMs: 3_723_500, endMs: 3_724_000, speaker: 'Eva Jansen', text: 'Nog iets' },
    ]);
  });
});

describe('turnsOf', () => {
  it('makes a turn per switch, closes the last at the end, and keeps a return to an item as its own turn', () => {
    const turns = turnsOf(
      [
        { itemId: 'a', at: at(0) },
        { itemId: 'b', at: at(10) },
        { itemId: 'c', at: at(20) },
        { itemId: 'b', at: at(30) },
        { itemId: null, at: at(35) },
      ],
      at(40),
    );
    expect(turns.map((t) => [t.itemId, (t.fromMs - T0) / 60_000, (t.toMs - T0) / 60_000])).toEqual([
      ['a', 0, 10],
      ['b', 10, 20],
      ['c', 20, 30],
      ['b', 30, 35],
    ]);
  });
});

describe('sliceTranscript', () => {
  const switches = [
    { itemId: 'a', at: at(0) },
    { itemId: 'b', at: at(10) },
    { itemId: 'c', at: at(20) },
    { itemId: 'b', at: at(30) },
  ];
  const turns = turnsOf(switches, at(40));

  it('assigns cues to the item current when they started, including a return to an item', () => {
    const cues = parseVtt(
      vtt([
        [1, 2, 'Bram Visser', 'Welkom allemaal.'],
        [11, 12, 'Tim de Boer', 'Over de woningbouw: we liggen op schema.'],
        [25, 26, 'Eva Jansen', 'De subsidie is ruim voldoende.'],
        [31, 32, 'Tim de Boer', 'Nog één ding over de woningbouw.'],
        [41, 42, 'Bram Visser', 'Na afloop nagepraat.'],
      ]),
    );
    const s = sliceTranscript({ cues, transcriptStartMs: T0, turns, items });
    expect(s.alignedOn).toBe('start');
    expect(s.items.find((i) => i.itemId === 'b')?.cues.map((c) => c.text)).toEqual([
      'Over de woningbouw: we liggen op schema.',
      'Nog één ding over de woningbouw.',
    ]);
    expect(s.items.find((i) => i.itemId === 'b')?.turns).toHaveLength(2);
    expect(s.items.find((i) => i.itemId === 'c')?.cues.map((c) => c.speaker)).toEqual(['Eva Jansen']);
    expect(s.outside.map((c) => c.text)).toEqual(['Na afloop nagepraat.']);
  });

  it('leaves an item that was never current, or silent, empty', () => {
    const cues = parseVtt(
      vtt([
        [1, 2, 'Bram Visser', 'Welkom.'],
        [25, 26, 'Eva Jansen', 'Subsidie.'],
      ]),
    );
    const s = sliceTranscript({ cues, transcriptStartMs: T0, turns, items });
    expect(s.items.find((i) => i.itemId === 'd')).toEqual({ itemId: 'd', turns: [], cues: [], speakers: [] });
    expect(s.items.find((i) => i.itemId === 'b')?.cues).toEqual([]);
    expect(s.items.map((i) => i.itemId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('corrects a clock offset from the item changes the transcript names', () => {
    // The transcript's clock runs 90 seconds behind the server: "agendapunt 2" is said at 8.5 min
    // on its clock, when the server switched at 10 min.
    const lag = -1.5;
    const cues = parseVtt(
      vtt([
        [0.5 + lag + 1.5, 1 + lag + 1.5, 'Bram Visser', 'Welkom, agendapunt 1, de opening.'],
        [10 + lag, 10.2 + lag, 'Bram Visser', 'Dan gaan we naar agendapunt 2.'],
        [10.3 + lag, 10.6 + lag, 'Tim de Boer', 'Woningbouw loopt.'],
        [20 + lag, 20.2 + lag, 'Bram Visser', 'Punt 3, de Subsidieregeling sport.'],
        [20.3 + lag, 21 + lag, 'Eva Jansen', 'Ruim voldoende.'],
        [30 + lag, 30.1 + lag, 'Bram Visser', 'Even terug naar het woningbouwprogramma Velsen-Noord.'],
        [30.2 + lag, 30.4 + lag, 'Tim de Boer', 'Nog één ding.'],
      ]),
    );
    const naive = sliceTranscript({
      cues,
      transcriptStartMs: T0,
      turns: turnsOf(switches, at(40)),
      items: items.map((i) => ({ ...i, number: 'x', title: '—' })),
    });
    expect(naive.items.find((i) => i.itemId === 'b')?.cues.map((c) => c.text)).not.toContain('Dan gaan we naar agendapunt 2.');

    const s = sliceTranscript({ cues, transcriptStartMs: T0, turns, items });
    expect(s.alignedOn).toBe('agendapunten');
    expect(s.offsetMs).toBe(90_000);
    expect(s.items.find((i) => i.itemId === 'b')?.cues.map((c) => c.text)).toEqual([
      'Dan gaan we naar agendapunt 2.',
      'Woningbouw loopt.',
      'Even terug naar het woningbouwprogramma Velsen-Noord.',
      'Nog één ding.',
    ]);
    expect(s.items.find((i) => i.itemId === 'c')?.cues.map((c) => c.text)).toEqual(['Punt 3, de Subsidieregeling sport.', 'Ruim voldoende.']);
  });

  it('does not shift the clock on one mention well into an item, nor on changes that disagree', () => {
    const once = parseVtt(vtt([[11, 11.2, 'Tim de Boer', 'Het woningbouwprogramma Velsen-Noord ligt op schema.']]));
    expect(sliceTranscript({ cues: once, transcriptStartMs: T0, turns, items }).offsetMs).toBe(0);
    const close = parseVtt(vtt([[10.3, 10.4, 'Bram Visser', 'Agendapunt 2.']]));
    expect(sliceTranscript({ cues: close, transcriptStartMs: T0, turns, items }).offsetMs).toBe(-18_000);
    const disagree = parseVtt(
      vtt([
        [9, 9.1, 'Bram', 'Agendapunt 2.'],
        [22, 22.1, 'Bram', 'Punt 3.'],
      ]),
    );
    expect(sliceTranscript({ cues: disagree, transcriptStartMs: T0, turns, items })).toMatchObject({ offsetMs: 0, alignedOn: 'start' });
  });

  it('ignores a mention of an item far from its turn', () => {
    const cues = parseVtt(
      vtt([
        [12, 12.1, 'Tim de Boer', 'Zoals bij punt 3 straks.'],
        [2, 2.1, 'Eva', 'Agendapunt 2 komt later.'],
      ]),
    );
    const s = sliceTranscript({ cues, transcriptStartMs: T0, turns, items });
    expect(s.offsetMs).toBe(0);
    expect(s.anchors).toBe(0);
  });

  it('keeps overlapping cues of two speakers and counts speaking time once per speaker, clipped to the item', () => {
    const cues = parseVtt(
      vtt([
        [11, 13, 'Tim de Boer', 'Eerste deel.'],
        [12, 14, 'Eva Jansen', 'Tegelijk.'],
        [12.5, 13.5, 'Tim de Boer', 'Overlapt zichzelf.'],
        [19, 21, 'Bram Visser', 'Over de grens heen.'],
      ]),
    );
    const s = sliceTranscript({ cues, transcriptStartMs: T0, turns, items });
    const b = s.items.find((i) => i.itemId === 'b');
    expect(b?.cues.map((c) => c.speaker)).toEqual(['Tim de Boer', 'Eva Jansen', 'Tim de Boer', 'Bram Visser']);
    expect(b?.speakers).toEqual([
      { speaker: 'Tim de Boer', ms: 150_000 },
      { speaker: 'Eva Jansen', ms: 120_000 },
      { speaker: 'Bram Visser', ms: 60_000 },
    ]);
    // The minute after the switch counts for the next item.
    expect(s.items.find((i) => i.itemId === 'c')?.speakers).toEqual([{ speaker: 'Bram Visser', ms: 60_000 }]);
  });

  it('applies a moved boundary, and ignores one made for another timeline', () => {
    const cues = parseVtt(vtt([[9, 9.5, 'Bram Visser', 'Dan het woningbouwprogramma.']]));
    const moved = sliceTranscript({ cues, transcriptStartMs: T0, turns, items, moves: [{ turnIndex: 1, originalAt: at(10), at: at(8.5) }] });
    expect(moved.items.find((i) => i.itemId === 'b')?.cues).toHaveLength(1);
    expect(moved.turns[0]?.toMs).toBe(T0 + 8.5 * 60_000);
    expect(moved.turns[1]?.moved).toBe(true);
    const stale = sliceTranscript({ cues, transcriptStartMs: T0, turns, items, moves: [{ turnIndex: 1, originalAt: at(11), at: at(8.5) }] });
    expect(stale.items.find((i) => i.itemId === 'a')?.cues).toHaveLength(1);
  });
});

describe('boundaryProblem', () => {
  const turns = turnsOf(
    [
      { itemId: 'a', at: at(0) },
      { itemId: 'b', at: at(10) },
    ],
    at(20),
  );
  it('accepts a time between the neighbours and refuses one outside, naming why', () => {
    expect(boundaryProblem(turns, 1, at(5))).toBeNull();
    expect(boundaryProblem(turns, 1, at(0))).toMatch(/vóór het begin/);
    expect(boundaryProblem(turns, 1, at(20))).toMatch(/na het einde/);
    expect(boundaryProblem(turns, 0, at(5))).toMatch(/geen grens/);
    expect(boundaryProblem(turns, 1, 'gisteren')).toMatch(/ongeldig/);
    expect(applyMoves(turns, [{ turnIndex: 1, originalAt: at(10), at: at(25) }])[1]?.moved).toBe(false);
  });
});
