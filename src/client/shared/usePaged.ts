/**
 * A paged list for a container component: the first page on load, `loadMore` for the next, and
 * nothing dropped in between (the server pages by cursor; see store/registers.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Paged } from './types';

export interface PagedState<T> {
  items: T[];
  error: unknown;
  loading: boolean;
  /** There is a next page. */
  more: boolean;
  loadMore: () => Promise<void>;
  /** Starts again from the first page. */
  reload: () => Promise<void>;
  /** Changes loaded items in place (a write that answered with the new value). */
  update: (fn: (items: T[]) => T[]) => void;
}

export function usePaged<T>(load: (cursor?: string) => Promise<Paged<T>>, deps: unknown[]): PagedState<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  // The caller's list is the dependency list, as with useEffect (checked at the call sites: eslint.config.mjs).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);

  const fetchPage = useCallback(
    async (from: string | undefined, append: boolean) => {
      const call = append ? generation.current : ++generation.current;
      setLoading(true);
      try {
        const page = await run(from);
        if (call !== generation.current) return;
        setItems((prev) => (append ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setError(null);
      } catch (err) {
        if (call === generation.current) setError(err);
      } finally {
        if (call === generation.current) setLoading(false);
      }
    },
    [run],
  );

  const reload = useCallback(() => fetchPage(undefined, false), [fetchPage]);
  const loadMore = useCallback(async () => {
    if (cursor) await fetchPage(cursor, true);
  }, [cursor, fetchPage]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { items, error, loading, more: cursor !== null, loadMore, reload, update: setItems };
}
