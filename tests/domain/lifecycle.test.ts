import type { Po, PoStatus } from '../../src/domain';
import {
  assertAgendaEditable,
  assertApprovable,
  assertInMeeting,
  assertRecordable,
  endMeeting,
  heropenen,
  nextPublication,
  startCorrection,
  startMeeting,
  vaststellen,
} from '../../src/domain';
import { buildAgendapunt, buildOrg, buildPo, IDS } from '../factories/domain';
import { appError } from './helpers';

const withStatus = (status: PoStatus, overrides: Partial<Po> = {}): Po => buildPo({ status, ...overrides });
const approval = { by: IDS.wethouder, at: '2026-12-08T09:00:00.000Z' };

describe('the PO lifecycle from concept to published verslag', () => {
  it('runs concept -> vastgesteld -> gestart -> afgesloten and publishes version 1', () => {
    const po = buildPo();
    po.status = vaststellen(po);
    expect(po.status).toBe('vastgesteld');
    po.status = startMeeting(po);
    expect(po.status).toBe('gestart');
    po.status = endMeeting(po);
    expect(po.status).toBe('afgesloten');
    expect(nextPublication(po, buildOrg())).toBe(1);
  });

  it('lets a vastgestelde agenda be reopened to a concept, and nothing else', () => {
    expect(heropenen(withStatus('vastgesteld'))).toBe('concept');
    for (const status of ['concept', 'gestart', 'afgesloten', 'gepubliceerd'] as const) {
      expect(appError(() => heropenen(withStatus(status))).id).toBe('invalid_state');
    }
  });

  it('refuses vaststellen outside the concept stage, even for a complete agenda', () => {
    for (const status of ['vastgesteld', 'gestart', 'afgesloten', 'gepubliceerd'] as const) {
      const err = appError(() => vaststellen(withStatus(status)));
      expect(err.id).toBe('invalid_state');
      expect(err.status).toBe(409);
    }
  });

  it('reports the wrong stage before agenda problems', () => {
    const po = withStatus('gestart', { agendapunten: [buildAgendapunt({ purpose: null })] });
    expect(appError(() => vaststellen(po)).id).toBe('invalid_state');
  });

  it('starts the meeting only after vaststellen', () => {
    const err = appError(() => startMeeting(withStatus('concept')));
    expect(err.id).toBe('invalid_state');
    expect(err.message).toMatch(/agenda vast/);
    for (const status of ['gestart', 'afgesloten', 'gepubliceerd'] as const) {
      expect(appError(() => startMeeting(withStatus(status))).id).toBe('invalid_state');
    }
  });

  it('ends only a meeting that is going on', () => {
    for (const status of ['concept', 'vastgesteld', 'afgesloten', 'gepubliceerd'] as const) {
      expect(appError(() => endMeeting(withStatus(status))).id).toBe('invalid_state');
    }
  });
});

describe('editing the agenda', () => {
  it('is allowed on a concept', () => {
    expect(() => assertAgendaEditable(withStatus('concept'))).not.toThrow();
  });

  it('asks to reopen a vastgestelde agenda first', () => {
    const err = appError(() => assertAgendaEditable(withStatus('vastgesteld')));
    expect(err.id).toBe('invalid_state');
    expect(err.message).toMatch(/heropen/i);
  });

  it('is refused once the meeting has started', () => {
    for (const status of ['gestart', 'afgesloten', 'gepubliceerd'] as const) {
      expect(appError(() => assertAgendaEditable(withStatus(status))).id).toBe('invalid_state');
    }
  });
});

describe('recording besluitpunten, actiepunten, toezeggingen and moties', () => {
  it('is refused before the meeting has started', () => {
    for (const status of ['concept', 'vastgesteld'] as const) {
      const err = appError(() => assertRecordable(withStatus(status)));
      expect(err.id).toBe('invalid_state');
      expect(err.status).toBe(409);
    }
  });

  it('is allowed during the meeting and while the notulist completes the verslag', () => {
    expect(() => assertRecordable(withStatus('gestart'))).not.toThrow();
    expect(() => assertRecordable(withStatus('afgesloten'))).not.toThrow();
  });

  it('is refused after publication unless a correction is open', () => {
    const err = appError(() => assertRecordable(withStatus('gepubliceerd', { publishedVersion: 1 })));
    expect(err.id).toBe('published_immutable');
    expect(err.status).toBe(409);
    expect(() => assertRecordable(withStatus('gepubliceerd', { publishedVersion: 1, correctionOpen: true }))).not.toThrow();
  });

  it('moves the current item only during the meeting', () => {
    expect(() => assertInMeeting(withStatus('gestart'))).not.toThrow();
    for (const status of ['concept', 'vastgesteld', 'afgesloten', 'gepubliceerd'] as const) {
      expect(appError(() => assertInMeeting(withStatus(status))).id).toBe('invalid_state');
    }
  });
});

describe('approving and publishing the verslag', () => {
  it('can be approved after the meeting, or during a correction', () => {
    expect(() => assertApprovable(withStatus('afgesloten'))).not.toThrow();
    expect(() => assertApprovable(withStatus('gepubliceerd', { publishedVersion: 1, correctionOpen: true }))).not.toThrow();
    for (const status of ['concept', 'vastgesteld', 'gestart'] as const) {
      expect(appError(() => assertApprovable(withStatus(status))).id).toBe('invalid_state');
    }
    expect(appError(() => assertApprovable(withStatus('gepubliceerd', { publishedVersion: 1 }))).id).toBe('invalid_state');
  });

  it('cannot be published before the meeting is closed', () => {
    for (const status of ['concept', 'vastgesteld', 'gestart'] as const) {
      expect(appError(() => nextPublication(withStatus(status), buildOrg())).id).toBe('invalid_state');
    }
  });

  it('needs the portefeuillehouder’s approval when the organisation asks for it', () => {
    const org = buildOrg({ verslagApprovalRequired: true });
    const err = appError(() => nextPublication(withStatus('afgesloten'), org));
    expect(err.id).toBe('invalid_state');
    expect(err.message).toMatch(/goedkeuren/);
    expect(nextPublication(withStatus('afgesloten', { approval }), org)).toBe(1);
  });

  it('needs no approval when the organisation does not ask for it', () => {
    expect(nextPublication(withStatus('afgesloten', { approval: null }), buildOrg({ verslagApprovalRequired: false }))).toBe(1);
  });

  it('refuses a second publication without a correction', () => {
    const err = appError(() => nextPublication(withStatus('gepubliceerd', { publishedVersion: 1 }), buildOrg()));
    expect(err.id).toBe('published_immutable');
  });

  it('publishes a correction as the next version', () => {
    expect(nextPublication(withStatus('gepubliceerd', { publishedVersion: 1, correctionOpen: true }), buildOrg())).toBe(2);
    expect(nextPublication(withStatus('gepubliceerd', { publishedVersion: 2, correctionOpen: true }), buildOrg())).toBe(3);
  });

  it('still asks approval for a correction when the organisation requires it', () => {
    const org = buildOrg({ verslagApprovalRequired: true });
    const po = withStatus('gepubliceerd', { publishedVersion: 1, correctionOpen: true, approval: null });
    expect(appError(() => nextPublication(po, org)).id).toBe('invalid_state');
  });
});

describe('starting a correction', () => {
  it('is possible on a published verslag', () => {
    expect(() => startCorrection(withStatus('gepubliceerd', { publishedVersion: 1 }))).not.toThrow();
  });

  it('is refused before publication', () => {
    for (const status of ['concept', 'vastgesteld', 'gestart', 'afgesloten'] as const) {
      expect(appError(() => startCorrection(withStatus(status))).id).toBe('invalid_state');
    }
  });

  it('is refused while a correction is already open', () => {
    const err = appError(() => startCorrection(withStatus('gepubliceerd', { publishedVersion: 1, correctionOpen: true })));
    expect(err.id).toBe('invalid_state');
    expect(err.message).toMatch(/correctie/);
  });
});
