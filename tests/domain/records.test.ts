import type { RecordInput } from '../../src/domain';
import { applyRecordPatch, buildRecord, EDITABLE_FIELDS, findItem, missingRecordFields, REQUIRED_FIELDS } from '../../src/domain';
import { buildActiepunt, buildAgendapunt, buildBesluitpunt, buildMotie, buildOrg, buildPo, buildToezegging, IDS } from '../factories/domain';
import { appError } from './helpers';

const NOW = '2026-12-07T08:25:00.000Z';
const meta = { id: 'rec-1', createdBy: IDS.notulist, now: NOW };
const po = buildPo({ status: 'gestart' });
const org = buildOrg();
const record = (input: RecordInput, p = po, o = org) => buildRecord(p, o, input, meta);

describe('besluitpunten', () => {
  it('records a besluitpunt on a besluitvorming item, heading to the college of Tuesday the following week', () => {
    // PO on Monday 7 December 2026 -> college of Tuesday 15 December.
    expect(record({ kind: 'besluitpunt', agendapuntId: 'ap-woonvisie', text: 'Akkoord met de woonvisie.' })).toEqual({
      id: 'rec-1',
      kind: 'besluitpunt',
      agendapuntId: 'ap-woonvisie',
      text: 'Akkoord met de woonvisie.',
      createdBy: IDS.notulist,
      createdAt: NOW,
      updatedAt: NOW,
      collegeDatum: '2026-12-15',
      outsidePurpose: false,
    });
  });

  it('asks confirmation for a besluitpunt on an item not put on the agenda for besluitvorming', () => {
    const err = appError(() => record({ kind: 'besluitpunt', agendapuntId: 'ap-warmte', text: 'We kiezen voor een wijkaanpak.' }));
    expect(err.id).toBe('confirmation_required');
    expect(err.status).toBe(409);
    expect(err.message).toContain('Warmtetransitie: aanpak wijk Zeewijk');
  });

  it('records it after confirmation, marked as outside the item’s purpose', () => {
    const bp = record({ kind: 'besluitpunt', agendapuntId: 'ap-warmte', text: 'We kiezen voor een wijkaanpak.', confirmOutsidePurpose: true });
    expect(bp).toMatchObject({ kind: 'besluitpunt', outsidePurpose: true, collegeDatum: '2026-12-15' });
  });

  it('treats an item without a purpose as not meant for besluitvorming', () => {
    const p = buildPo({ status: 'gestart', agendapunten: [buildAgendapunt({ id: 'ap-woonvisie', purpose: null })] });
    expect(appError(() => record({ kind: 'besluitpunt', agendapuntId: 'ap-woonvisie', text: 'x' }, p)).id).toBe('confirmation_required');
  });

  it('keeps a college date the notulist chose; none given (absent or null) is the college of the following week', () => {
    expect(record({ kind: 'besluitpunt', agendapuntId: 'ap-woonvisie', text: 'x', collegeDatum: '2027-01-12' })).toMatchObject({
      collegeDatum: '2027-01-12',
    });
    // Issue 14: the side panel sent null for an item without a beoogde collegedatum, and the
    // besluitpunt never reached the collegeplanning.
    expect(record({ kind: 'besluitpunt', agendapuntId: 'ap-woonvisie', text: 'x', collegeDatum: null })).toMatchObject({
      collegeDatum: '2026-12-15',
    });
    expect(record({ kind: 'besluitpunt', agendapuntId: 'ap-woonvisie', text: 'x' })).toMatchObject({ collegeDatum: '2026-12-15' });
  });

  it('takes the PO date in Amsterdam: a PO at 00:30 on Monday is still a Monday PO', () => {
    // 2026-12-06T23:30Z is Sunday in UTC but Monday 7 December 00:30 in Amsterdam.
    const early = buildPo({ status: 'gestart', startsAt: '2026-12-06T23:30:00.000Z' });
    expect(record({ kind: 'besluitpunt', agendapuntId: 'ap-woonvisie', text: 'x' }, early)).toMatchObject({ collegeDatum: '2026-12-15' });
  });

  it('follows the organisation’s college weekday', () => {
    const thursday = buildOrg({ collegeWeekday: 4 });
    expect(record({ kind: 'besluitpunt', agendapuntId: 'ap-woonvisie', text: 'x' }, po, thursday)).toMatchObject({
      collegeDatum: '2026-12-17',
    });
  });
});

describe('actiepunten', () => {
  it('refuses an actiepunt without wie and wanneer, naming both in Dutch', () => {
    const err = appError(() => record({ kind: 'actiepunt', agendapuntId: 'ap-woonvisie', text: 'Raadsbrief opstellen.' }));
    expect(err.id).toBe('validation');
    expect(err.status).toBe(400);
    expect(err.message).toBe('Een actiepunt vraagt ook wie en wanneer (uiterlijk).');
    expect(err.problems).toEqual([
      { code: 'required', path: 'body.ownerName', message: 'Vul wie in.' },
      { code: 'required', path: 'body.dueDate', message: 'Vul wanneer (uiterlijk) in.' },
    ]);
  });

  it('refuses an owner name of only spaces, and an actiepunt without a due date', () => {
    const err = appError(() => record({ kind: 'actiepunt', agendapuntId: 'ap-woonvisie', text: 'x', ownerName: '   ', dueDate: '2026-12-18' }));
    expect(err.problems).toEqual([expect.objectContaining({ path: 'body.ownerName' })]);
    const noDate = appError(() => record({ kind: 'actiepunt', agendapuntId: 'ap-woonvisie', text: 'x', ownerName: 'Tim' }));
    expect(noDate.problems).toEqual([expect.objectContaining({ path: 'body.dueDate' })]);
  });

  it('accepts an owner by account or by name, open and not yet in Planner', () => {
    expect(record({ kind: 'actiepunt', agendapuntId: 'ap-woonvisie', text: 'x', ownerId: IDS.opdrachtnemer, dueDate: '2026-12-18' })).toMatchObject({
      kind: 'actiepunt',
      ownerId: IDS.opdrachtnemer,
      ownerName: '',
      dueDate: '2026-12-18',
      status: 'open',
      plannerTaskId: null,
    });
    expect(record({ kind: 'actiepunt', agendapuntId: 'ap-woonvisie', text: 'x', ownerName: 'Team Wonen', dueDate: '2026-12-18' })).toMatchObject({
      ownerId: null,
      ownerName: 'Team Wonen',
      dueDate: '2026-12-18',
    });
  });
});

describe('toezeggingen', () => {
  it('refuses a toezegging without saying to whom it was made', () => {
    for (const aan of [undefined, '', '  ']) {
      const err = appError(() => record({ kind: 'toezegging', agendapuntId: 'ap-woonvisie', text: 'Raad informeren.', aan, ownerName: 'Bram' }));
      expect(err.id).toBe('validation');
      expect(err.problems).toEqual([expect.objectContaining({ code: 'required', path: 'body.aan' })]);
    }
  });

  it('records a toezegging to the council as open', () => {
    expect(
      record({
        kind: 'toezegging',
        agendapuntId: 'ap-woonvisie',
        text: 'Raad informeren.',
        aan: 'gemeenteraad',
        ownerId: IDS.concernadviseur,
        dueDate: '2027-01-31',
      }),
    ).toMatchObject({ kind: 'toezegging', aan: 'gemeenteraad', ownerId: IDS.concernadviseur, dueDate: '2027-01-31', status: 'open' });
  });
});

describe('the one rule for what a record requires (server and side panel)', () => {
  it('asks per kind: besluitpunt its text; actiepunt wie and wanneer; toezegging aan wie and wie; motie its number', () => {
    expect(REQUIRED_FIELDS).toEqual({
      besluitpunt: ['text'],
      actiepunt: ['text', 'owner', 'dueDate'],
      toezegging: ['text', 'aan', 'owner'],
      motie: ['referentie', 'text'],
    });
    expect(missingRecordFields('toezegging', { text: 'Raad informeren', aan: ' ' })).toEqual(['aan', 'owner']);
    expect(missingRecordFields('toezegging', { text: 'Raad informeren', aan: 'raad', ownerId: IDS.concernadviseur })).toEqual([]);
    expect(missingRecordFields('motie', { text: '' })).toEqual(['referentie', 'text']);
  });

  it('refuses a toezegging without wie; accepts one without a deadline', () => {
    const err = appError(() => record({ kind: 'toezegging', agendapuntId: 'ap-woonvisie', text: 'Raad informeren.', aan: 'raad' }));
    expect(err.message).toBe('Een toezegging vraagt ook wie.');
    expect(record({ kind: 'toezegging', agendapuntId: 'ap-woonvisie', text: 'Raad informeren.', aan: 'raad', ownerName: 'Bram' })).toMatchObject({
      dueDate: null,
    });
  });

  it('an edit may not empty a required field, but an older record missing one can still be marked done', () => {
    const err = appError(() => applyRecordPatch(buildActiepunt({ dueDate: '2026-12-18' }), { dueDate: null }, NOW));
    expect(err.problems).toEqual([expect.objectContaining({ path: 'body.dueDate', message: 'Vul wanneer (uiterlijk) in.' })]);
    expect(applyRecordPatch(buildActiepunt({ dueDate: null }), { status: 'afgerond' }, NOW)).toMatchObject({ status: 'afgerond', dueDate: null });
  });
});

describe('moties', () => {
  it('refuses a motie without its reference', () => {
    for (const referentie of [undefined, '', ' ']) {
      const err = appError(() => record({ kind: 'motie', agendapuntId: 'ap-woonvisie', text: 'Motie starters.', referentie }));
      expect(err.id).toBe('validation');
      expect(err.problems).toEqual([expect.objectContaining({ code: 'required', path: 'body.referentie' })]);
    }
  });

  it('records a motie with its reference and afdoening', () => {
    expect(record({ kind: 'motie', agendapuntId: 'ap-woonvisie', text: 'Motie starters.', referentie: 'M26-041' })).toMatchObject({
      kind: 'motie',
      referentie: 'M26-041',
      afdoening: '',
      status: 'open',
    });
  });
});

describe('records belong to an item of this PO', () => {
  it('refuses an agendapunt of another PO', () => {
    const err = appError(() => record({ kind: 'actiepunt', agendapuntId: 'ap-ander-po', text: 'x', ownerName: 'Jan' }));
    expect(err.id).toBe('not_found');
    expect(err.status).toBe(404);
    expect(appError(() => findItem(po, 'ap-ander-po')).id).toBe('not_found');
  });
});

describe('applyRecordPatch: editing a record', () => {
  it('changes the allowed fields, stamps the edit time and leaves the original untouched', () => {
    const original = buildActiepunt();
    const edited = applyRecordPatch(original, { status: 'afgerond', dueDate: '2026-12-20' }, NOW);
    expect(edited).toEqual({ ...original, status: 'afgerond', dueDate: '2026-12-20', updatedAt: NOW });
    expect(original.status).toBe('open');
  });

  it('refuses fields the kind does not have, naming each', () => {
    const err = appError(() => applyRecordPatch(buildBesluitpunt(), { status: 'afgerond', ownerId: IDS.opdrachtnemer }, NOW));
    expect(err.id).toBe('validation');
    expect(err.problems).toEqual([
      expect.objectContaining({ code: 'unknown_field', path: 'body.status' }),
      expect.objectContaining({ code: 'unknown_field', path: 'body.ownerId' }),
    ]);
  });

  it('never lets an edit change identity, kind, author or the outside-purpose flag', () => {
    for (const field of ['id', 'kind', 'agendapuntId', 'createdBy', 'createdAt', 'updatedAt', 'outsidePurpose']) {
      const err = appError(() => applyRecordPatch(buildBesluitpunt({ outsidePurpose: true }), { [field]: 'x' }, NOW));
      expect(err.problems).toEqual([expect.objectContaining({ code: 'unknown_field', path: `body.${field}` })]);
    }
  });

  it('allows per kind exactly the fields that kind has', () => {
    expect(EDITABLE_FIELDS.besluitpunt).toEqual(['text', 'collegeDatum']);
    expect(applyRecordPatch(buildToezegging(), { aan: 'inwoners Velserbroek' }, NOW)).toMatchObject({ aan: 'inwoners Velserbroek' });
    expect(applyRecordPatch(buildMotie(), { afdoening: 'Afgedaan met raadsbrief.' }, NOW)).toMatchObject({ afdoening: 'Afgedaan met raadsbrief.' });
    expect(appError(() => applyRecordPatch(buildActiepunt(), { aan: 'raad' }, NOW)).id).toBe('validation');
    expect(appError(() => applyRecordPatch(buildToezegging(), { referentie: 'M1' }, NOW)).id).toBe('validation');
  });

  it('refuses an edit that leaves an actiepunt without an owner', () => {
    const err = appError(() => applyRecordPatch(buildActiepunt({ ownerId: IDS.opdrachtnemer, ownerName: '' }), { ownerId: null }, NOW));
    expect(err.id).toBe('validation');
    expect(err.problems).toEqual([expect.objectContaining({ path: 'body.ownerName' })]);
    expect(applyRecordPatch(buildActiepunt({ ownerId: IDS.opdrachtnemer }), { ownerId: null, ownerName: 'Team Wonen' }, NOW)).toMatchObject({
      ownerId: null,
      ownerName: 'Team Wonen',
    });
  });

  test('refuses an edit that leaves a toezegging without saying to whom it was made', () => {
    const err = appError(() => applyRecordPatch(buildToezegging(), { aan: '  ' }, NOW));
    expect(err.id).toBe('validation');
    expect(err.problems).toEqual([expect.objectContaining({ path: 'body.aan' })]);
  });

  test('refuses an edit that leaves a motie without its reference', () => {
    const err = appError(() => applyRecordPatch(buildMotie(), { referentie: '' }, NOW));
    expect(err.id).toBe('validation');
    expect(err.problems).toEqual([expect.objectContaining({ path: 'body.referentie' })]);
  });
});
