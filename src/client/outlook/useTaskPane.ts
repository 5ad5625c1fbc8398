/**
 * The task pane's state and actions: read the appointment, find or create its PO, edit the
 * agenda, put it in the invite. Rules live in the domain and in insertAgenda.ts; this hook only
 * sequences calls and keeps what the components show.
 */
import { useCallback, useEffect, useState } from 'react';
import { mayOverseeAll } from '../../domain';
import type { AppointmentHost, AppointmentSnapshot } from '../host/appointment';
import { ApiError, errorText, type Api } from '../shared/api';
import type { Locale } from '../shared/i18n';
import type { AgendaItemInput, OrganisatieView, PoSummary, PoView, UserView } from '../shared/types';
import { insertAgendaIntoInvite, linkAppointment, linkedPoId, type InsertResult } from './insertAgenda';
import { appointmentDay, matchPortefeuillehouders, posOnDay, type PhMatch } from './match';

export interface TaskPaneData {
  appointment: AppointmentSnapshot;
  org: OrganisatieView;
  users: UserView[];
  me: UserView;
  matches: PhMatch[];
}

export interface TaskPaneState {
  data: TaskPaneData | null;
  /** The portefeuillehouder being looked at in the chooser. */
  phId: string | null;
  candidates: PoSummary[];
  po: PoView | null;
  busy: boolean;
  error: string | null;
  result: InsertResult | null;
}

/** `me` is the signed-in user the Shell already loaded: the pane does not ask for it again. */
export function useTaskPane(host: AppointmentHost, api: Api, me: UserView, locale: Locale) {
  const [state, setState] = useState<TaskPaneState>({ data: null, phId: null, candidates: [], po: null, busy: true, error: null, result: null });
  const patch = (p: Partial<TaskPaneState>): void => setState((s) => ({ ...s, ...p }));

  /** Runs an action with the busy flag; a failure becomes the error line. */
  const run = useCallback(
    async (action: () => Promise<void>): Promise<void> => {
      setState((s) => ({ ...s, busy: true, error: null }));
      try {
        await action();
      } catch (e) {
        setState((s) => ({ ...s, error: errorText(e, locale) }));
      } finally {
        setState((s) => ({ ...s, busy: false }));
      }
    },
    [locale],
  );

  const loadCandidates = useCallback(
    async (data: TaskPaneData, phId: string | null): Promise<void> => {
      const start = data.appointment.start;
      if (!phId || !start) return patch({ phId, candidates: [] });
      const day = appointmentDay(start);
      const pos = await api.listPos({ from: day, to: day, portefeuillehouderId: phId, scope: mayOverseeAll(data.me) ? 'alle' : 'mijn' });
      patch({ phId, candidates: posOnDay(pos, phId, day) });
    },
    [api],
  );

  const reload = useCallback(async (): Promise<void> => {
    const [appointment, org, users, linked] = await Promise.all([host.readAppointment(), api.organisatie(), api.users(), linkedPoId(host)]);
    const data: TaskPaneData = { appointment, org, users, me, matches: matchPortefeuillehouders(appointment, org.portefeuillehouders, users) };
    patch({ data, result: null });
    if (linked) {
      try {
        return patch({ po: await api.getPo(linked) });
      } catch (e) {
        if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 403)) throw e;
      }
    }
    patch({ po: null });
    await loadCandidates(data, data.matches[0]?.portefeuillehouder.id ?? null);
  }, [api, host, me, loadCandidates]);

  useEffect(() => {
    void run(reload);
  }, [run, reload]);

  const refreshPo = async (poId: string): Promise<void> => patch({ po: await api.getPo(poId) });
  const withPo = (action: (po: PoView) => Promise<void>) => () =>
    run(async () => {
      if (state.po) await action(state.po);
    });

  return {
    state,
    reload: () => run(reload),
    choosePh: (phId: string) =>
      run(async () => {
        if (state.data) await loadCandidates(state.data, phId);
      }),
    choosePo: (poId: string) =>
      run(async () => {
        await linkAppointment(host, poId);
        await refreshPo(poId);
      }),
    createPo: () =>
      run(async () => {
        const start = state.data?.appointment.start;
        if (!state.phId) return;
        const po = await api.createPo({ portefeuillehouderId: state.phId, ...(start ? { startsAt: start.toISOString() } : {}) });
        await linkAppointment(host, po.id);
        patch({ po });
      }),
    otherPo: () =>
      run(async () => {
        patch({ po: null, result: null });
        if (state.data) await loadCandidates(state.data, state.phId ?? state.data.matches[0]?.portefeuillehouder.id ?? null);
      }),
    addItem: (input: AgendaItemInput & { title: string }) =>
      withPo(async (po) => {
        await api.addItem(po.id, input);
        await refreshPo(po.id);
      })(),
    editItem: (itemId: string, input: AgendaItemInput) =>
      withPo(async (po) => {
        await api.editItem(po.id, itemId, input);
        await refreshPo(po.id);
      })(),
    removeItem: (itemId: string) =>
      withPo(async (po) => {
        await api.removeItem(po.id, itemId);
        await refreshPo(po.id);
      })(),
    insert: withPo(async (po) => {
      patch({ result: null });
      const fresh = await api.getPo(po.id);
      const result = await insertAgendaIntoInvite(host, api, fresh);
      patch({ po: fresh, result });
    }),
  };
}

export type TaskPaneActions = ReturnType<typeof useTaskPane>;
