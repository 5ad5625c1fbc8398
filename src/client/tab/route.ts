/** The personal tab's places, kept in the URL hash so a place can be linked and reloaded. */
import { useEffect, useState } from 'react';

export type TabRoute =
  | { view: 'pos' }
  | { view: 'po'; poId: string }
  | { view: 'opvolging' }
  | { view: 'verzoeken' }
  | { view: 'collegeplanning' }
  | { view: 'archief' };

export function parseRoute(hash: string): TabRoute {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'po' && id) return { view: 'po', poId: decodeURIComponent(id) };
  if (view === 'opvolging' || view === 'verzoeken' || view === 'collegeplanning' || view === 'archief') return { view };
  return { view: 'pos' };
}

export const hrefOf = (r: TabRoute): string => (r.view === 'po' ? `#po/${encodeURIComponent(r.poId)}` : `#${r.view}`);

export function useRoute(): [TabRoute, (r: TabRoute) => void] {
  const [route, setRoute] = useState<TabRoute>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (r) => { window.location.hash = hrefOf(r); }];
}
