import type { Agendaverzoek } from '../../src/domain';
import { assertCanPropose, decide } from '../../src/domain';
import { buildPo, IDS } from '../factories/domain';
import { appError } from './helpers';

const verzoek = (overrides: Partial<Agendaverzoek> = {}): Agendaverzoek => ({
  id: 'vz-1',
  poId: 'po-smeets-2026-12-07',
  proposedBy: IDS.adviseur,
  title: 'Informatiebeveiliging bij de woningbouwregistratie',
  purpose: 'beeldvorming',
  toelichting: 'De CISO signaleert een risico in de registratie van woningzoekenden.',
  voorgesteldBesluit: '',
  stukken: [],
  opdrachtnemerId: IDS.opdrachtnemer,
  vertrouwelijk: false,
  status: 'ingediend',
  decidedBy: null,
  decidedAt: null,
  reason: '',
  agendapuntId: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

describe('proposing an item for a PO', () => {
  it('is possible while the agenda is a concept or vastgesteld', () => {
    expect(() => assertCanPropose(buildPo({ status: 'concept' }))).not.toThrow();
    expect(() => assertCanPropose(buildPo({ status: 'vastgesteld' }))).not.toThrow();
  });

  it('is refused once the meeting has started', () => {
    for (const status of ['gestart', 'afgesloten', 'gepubliceerd'] as const) {
      const err = appError(() => assertCanPropose(buildPo({ status })));
      expect(err.id).toBe('invalid_state');
      expect(err.status).toBe(409);
    }
  });
});

describe('deciding on an agendaverzoek', () => {
  it('accepts a request while the agenda is a concept', () => {
    expect(() => decide(verzoek(), buildPo({ status: 'concept' }), 'geaccepteerd', '')).not.toThrow();
  });

  it('asks to reopen a vastgestelde agenda before accepting', () => {
    const err = appError(() => decide(verzoek(), buildPo({ status: 'vastgesteld' }), 'geaccepteerd', ''));
    expect(err.id).toBe('invalid_state');
    expect(err.message).toMatch(/[Hh]eropen/);
  });

  it('refuses a rejection without a reason', () => {
    for (const reason of ['', '   ']) {
      const err = appError(() => decide(verzoek(), buildPo(), 'afgewezen', reason));
      expect(err.id).toBe('validation');
      expect(err.problems).toEqual([expect.objectContaining({ code: 'required', path: 'body.reason' })]);
    }
  });

  it('rejects with a reason, also when the agenda is vastgesteld', () => {
    expect(() => decide(verzoek(), buildPo({ status: 'vastgesteld' }), 'afgewezen', 'Hoort in het PO van de burgemeester.')).not.toThrow();
  });

  it('decides a request only once', () => {
    for (const status of ['geaccepteerd', 'afgewezen'] as const) {
      const decided = verzoek({ status, decidedBy: IDS.concernadviseur, decidedAt: '2026-12-02T10:00:00.000Z' });
      expect(appError(() => decide(decided, buildPo(), 'geaccepteerd', '')).id).toBe('invalid_state');
      expect(appError(() => decide(decided, buildPo(), 'afgewezen', 'Toch niet.')).id).toBe('invalid_state');
    }
  });
});
