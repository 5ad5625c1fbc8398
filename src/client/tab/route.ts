/**
 * The personal tab's places, kept in the URL hash so a place can be linked and reloaded. A link to
 * one PO from outside the tab (the verslag, the .docx, the invite) opens it too: in a browser as
 * `/app/tab?po=<id>`, in Teams as a deep link whose sub-entity is the PO (`page.subPageId`).
 */
import { useEffect, useState } from 'react';

export type TabRoute =
  | { view: 'pos' }
  | { view: 'po'; poId: string }
  | { view: 'opvolging' }
  | { view: 'verzoeken' }
  | { view: 'collegeplanning' }
  | { view: 'aankondiging'; date?: string }
  | { view: 'langetermijnplanning' }
  | { view: 'archief' }
  | { view: 'raadsregister' }
  | { view: 'beheer' };

export function parseRoute(hash: string): TabRoute {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'po' && id) return { view: 'po', poId: decodeURIComponent(id) };
  if (view === 'aankondiging') return id ? { view, date: decodeURIComponent(id) } : { view };
  if (
    view === 'opvolging' ||
    view === 'verzoeken' ||
    view === 'collegeplanning' ||
    view === 'langetermijnplanning' ||
    view === 'archief' ||
    view === 'beheer' ||
    view === 'raadsregister'
  )
    return { view };
  return { view: 'pos' };
}

/** Longest PO id taken from a link (ids are UUIDs; anything longer is no PO). */
const MAX_LINKED_ID = 100;

/**
 * Where the tab is: the place in the hash when there is one; otherwise the PO a link named
 * (`?po=<id>`, or the Teams deep link's sub-entity); otherwise "my POs".
 */
export function currentRoute(location: { hash: string; search: string }, subPageId: string | null): TabRoute {
  if (location.hash.replace(/^#\/?/, '')) return parseRoute(location.hash);
  // A notification's deep link names a place (`opvolging`, `raadsregister`) as its sub-entity.
  const named = subPageId ? parseRoute(`#${subPageId}`) : null;
  if (named && named.view !== 'pos' && named.view !== 'po') return named;
  const linked = (new URLSearchParams(location.search).get('po') ?? subPageId ?? '').trim();
  return linked && linked.length <= MAX_LINKED_ID ? { view: 'po', poId: linked } : { view: 'pos' };
}

export const hrefOf = (r: TabRoute): string =>
  r.view === 'po' ? `#po/${encodeURIComponent(r.poId)}` : r.view === 'aankondiging' && r.date ? `#aankondiging/${encodeURIComponent(r.date)}` : `#${r.view}`;

/** The current place; `subPageId` is the PO a Teams deep link opened the tab on (host context). */
export function useRoute(subPageId: string | null = null): [TabRoute, (r: TabRoute) => void] {
  const [route, setRoute] = useState<TabRoute>(() => currentRoute(window.location, subPageId));
  useEffect(() => {
    const onChange = (): void => setRoute(currentRoute(window.location, subPageId));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [subPageId]);
  return [
    route,
    (r) => {
      window.location.hash = hrefOf(r);
    },
  ];
}
