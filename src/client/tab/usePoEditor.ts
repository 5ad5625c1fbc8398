/**
 * The state and actions of one PO in the personal tab: loading, optimistic edits of the agenda,
 * reordering, vaststellen (with the problems the server lists per agendapunt), the meeting.
 */
import { useState } from 'react';
import type { Problem } from '../../shared/errors';
import { ApiError, type Api } from '../shared/api';
import type { AgendaItemInput, AgendaItemView, PoView, UserView } from '../shared/types';
import { useAsync, type AsyncState } from '../shared/useAsync';
import { applyOrder, type OrderEntry } from './agenda/order';

export interface PoEditor {
  po: AsyncState<PoView>;
  users: UserView[];
  saving: number;
  error: unknown;
  clearError: () => void;
  /** Problems to show at the items: the refused vaststellen's, else the live check's. */
  problems: Problem[];
  refused: boolean;
  notice: 'vastgesteld' | 'voorgelegd' | 'teruggestuurd' | null;
  edit: (itemId: string, patch: AgendaItemInput) => void;
  add: (section: string, title: string) => void;
  remove: (itemId: string) => void;
  reorder: (order: OrderEntry[]) => void;
  confirmKwaliteitstoets: (itemId: string) => void;
  vaststellen: () => Promise<void>;
  /** Voorleggen or vaststellen (issue 15); refused with the problems per agendapunt. */
  decide: (action: 'voorleggen' | 'vaststellen') => Promise<void>;
  sendBack: (opmerking: string) => void;
  tickToets: (itemId: string, criteriumId: string, voldaan: boolean, notitie?: string) => void;
  overruleToets: (itemId: string, reden: string) => void;
  run: (action: (api: Api, poId: string) => Promise<unknown>) => void;
}

const patchItem = (item: AgendaItemView, patch: AgendaItemInput): AgendaItemView => {
  const { stukken, ...rest } = patch;
  return {
    ...item,
    ...rest,
    ...(stukken ? { stukken: stukken.map((s, i) => ({ id: s.id ?? `nieuw-${i}`, title: s.title, url: s.url, deliveredAt: null })) } : {}),
  };
};

export function usePoEditor(api: Api, poId: string): PoEditor {
  const po = useAsync(() => api.getPo(poId), [api, poId]);
  const users = useAsync(() => api.users(), [api]);
  const [saving, setSaving] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [refusedProblems, setRefusedProblems] = useState<Problem[] | null>(null);
  const [refused, setRefused] = useState(false);
  const [notice, setNotice] = useState<PoEditor['notice']>(null);

  /** Runs a write, then shows the PO as the server has it now. */
  const write = async (action: () => Promise<unknown>): Promise<boolean> => {
    setSaving((n) => n + 1);
    setError(null);
    try {
      const result = await action();
      if (result && typeof result === 'object' && 'agendapunten' in result && 'rights' in result) po.set(result as PoView);
      else await po.reload();
      setRefusedProblems(null);
      return true;
    } catch (err) {
      setError(err);
      await po.reload();
      return false;
    } finally {
      setSaving((n) => n - 1);
    }
  };

  const optimistic = (change: (p: PoView) => PoView): void => {
    if (po.data) po.set(change(po.data));
  };

  const decide = async (action: 'voorleggen' | 'vaststellen'): Promise<void> => {
    setNotice(null);
    setSaving((n) => n + 1);
    try {
      po.set(action === 'voorleggen' ? await api.voorleggen(poId) : await api.vaststellen(poId));
      setRefused(false);
      setRefusedProblems(null);
      setNotice(action === 'voorleggen' ? 'voorgelegd' : 'vastgesteld');
    } catch (err) {
      if (err instanceof ApiError && err.id === 'agenda_not_ready') {
        setRefused(true);
        setRefusedProblems(err.problems);
      } else {
        setError(err);
      }
    } finally {
      setSaving((n) => n - 1);
    }
  };

  return {
    po,
    users: users.data ?? [],
    saving,
    error: error ?? users.error,
    clearError: () => setError(null),
    problems: refusedProblems ?? po.data?.agendaCheck.problems ?? [],
    refused,
    notice,
    edit(itemId, patch) {
      optimistic((p) => ({ ...p, agendapunten: p.agendapunten.map((i) => (i.id === itemId ? patchItem(i, patch) : i)) }));
      void write(() => api.editItem(poId, itemId, patch));
    },
    add(section, title) {
      void write(() => api.addItem(poId, { section, title }));
    },
    remove(itemId) {
      optimistic((p) => ({ ...p, agendapunten: p.agendapunten.filter((i) => i.id !== itemId) }));
      void write(() => api.removeItem(poId, itemId));
    },
    reorder(order) {
      optimistic((p) => applyOrder(p, order));
      void write(() => api.reorder(poId, order));
    },
    confirmKwaliteitstoets(itemId) {
      void write(() => api.confirmKwaliteitstoets(poId, itemId));
    },
    vaststellen: () => decide('vaststellen'),
    decide,
    sendBack(opmerking) {
      setNotice(null);
      void write(() => api.terugsturen(poId, opmerking)).then((ok) => ok && setNotice('teruggestuurd'));
    },
    tickToets(itemId, criteriumId, voldaan, notitie) {
      void write(() => api.tickToets(poId, itemId, criteriumId, notitie === undefined ? { voldaan } : { voldaan, notitie }));
    },
    overruleToets(itemId, reden) {
      void write(() => api.overruleToets(poId, itemId, reden));
    },
    run(action) {
      setNotice(null);
      void write(() => action(api, poId));
    },
  };
}
