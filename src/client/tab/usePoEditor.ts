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
  notice: 'vastgesteld' | null;
  edit: (itemId: string, patch: AgendaItemInput) => void;
  add: (section: string, title: string) => void;
  remove: (itemId: string) => void;
  reorder: (order: OrderEntry[]) => void;
  confirmKwaliteitstoets: (itemId: string) => void;
  vaststellen: () => Promise<void>;
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
  const [notice, setNotice] = useState<'vastgesteld' | null>(null);

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
    async vaststellen() {
      setNotice(null);
      setSaving((n) => n + 1);
      try {
        po.set(await api.vaststellen(poId));
        setRefused(false);
        setRefusedProblems(null);
        setNotice('vastgesteld');
      } catch (err) {
        if (err instanceof ApiError && err.id === 'agenda_not_ready') {
          setRefused(true);
          setRefusedProblems(err.problems);
          const first = err.problems.find((p) => p.path.startsWith('agendapunt:'));
          if (first) document.getElementById(`agendapunt-${first.path.slice('agendapunt:'.length)}`)?.scrollIntoView({ block: 'center' });
        } else {
          setError(err);
        }
      } finally {
        setSaving((n) => n - 1);
      }
    },
    run(action) {
      setNotice(null);
      void write(() => action(api, poId));
    },
  };
}
