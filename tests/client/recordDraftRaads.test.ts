/** A toezegging or motie recorded with a link to the raadsregister (issue 15): the draft's rules. */
import { draftOf, emptyDraft, missingFields, toNewRecord, toPatch } from '../../src/client/meeting/recordDraft';
import type { RecordView } from '../../src/client/shared/types';

const RAADS = '0b6f8a1e-6d1c-4b7e-9a51-3c2d1e0f9a77';
const ids = { id: 'r-1', agendapuntId: 'ap-1' };

test('a motie chosen from the register needs no motienummer of its own: the server takes the griffie’s', () => {
  expect(missingFields({ ...emptyDraft('motie'), text: 'Uitvoering motie' })).toEqual(['referentie']);
  expect(missingFields({ ...emptyDraft('motie'), text: 'Uitvoering motie', raadsItemId: RAADS })).toEqual([]);
  // A toezegging still needs everything its kind asks.
  expect(missingFields({ ...emptyDraft('toezegging'), text: 'x', raadsItemId: RAADS })).toEqual(['aan', 'owner']);
});

test('the link goes out with a new toezegging or motie, and is left out without one', () => {
  const motie = toNewRecord({ ...emptyDraft('motie'), text: 'Uitvoering', raadsItemId: RAADS }, ids, []);
  expect(motie).toMatchObject({ kind: 'motie', raadsItemId: RAADS, referentie: '' });
  const toezegging = toNewRecord({ ...emptyDraft('toezegging'), text: 'Brief', aan: 'raad', owner: 'Bram', raadsItemId: RAADS }, ids, []);
  expect(toezegging).toMatchObject({ kind: 'toezegging', raadsItemId: RAADS });
  expect('raadsItemId' in toNewRecord({ ...emptyDraft('motie'), text: 'x', referentie: 'M-1' }, ids, [])).toBe(false);
});

test('editing keeps the link, and clearing it unlinks (null)', () => {
  const view = {
    id: 'r-1',
    kind: 'motie',
    text: 'Uitvoering',
    referentie: 'M2026-014',
    afdoening: '',
    ownerName: '',
    dueDate: null,
    raadsItemId: RAADS,
  } as unknown as RecordView;
  const draft = draftOf(view);
  expect(draft.raadsItemId).toBe(RAADS);
  expect(toPatch(draft, [])).toMatchObject({ raadsItemId: RAADS });
  expect(toPatch({ ...draft, raadsItemId: '' }, [])).toMatchObject({ raadsItemId: null });
});
