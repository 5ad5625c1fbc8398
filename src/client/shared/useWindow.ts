/**
 * Windowed rendering for long lists (issue 13): of a list with many rows only those near the
 * viewport are in the DOM; spacers above and below keep the scroll height, so the scroll bar, the
 * page's find-as-you-scroll and the position stay as with the whole list. Short lists (up to
 * `threshold` rows) are rendered whole, as before.
 *
 * Screen readers still hear the whole list: the caller puts `aria-rowcount` on the table (or
 * `aria-setsize` on list items) and each row's own index (`aria-rowindex` / `aria-posinset`) from
 * `start`. Keyboard users lose nothing: the rows a Tab reaches are within the overscan.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface ListWindow {
  /** First and one past the last row to render. */
  start: number;
  end: number;
  /** Height (px) of the spacer before and after the rendered rows. */
  before: number;
  after: number;
  /** On the element that holds the rows (tbody, ul). */
  ref: (el: HTMLElement | null) => void;
  windowed: boolean;
}

export interface WindowOptions {
  /** A row's height before any was measured. */
  estimate?: number;
  /** Rows rendered beyond the viewport on either side. */
  overscan?: number;
  /** Up to this many rows the list is rendered whole. */
  threshold?: number;
}

/** Which rows of `count` are near the viewport, for a list that holds rows of about equal height. */
export function windowOf(count: number, top: number, viewport: number, rowHeight: number, overscan: number): { start: number; end: number } {
  const first = Math.floor(-top / rowHeight);
  const last = Math.ceil((viewport - top) / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, last + overscan));
  return { start, end };
}

export function useWindow(count: number, { estimate = 48, overscan = 20, threshold = 100 }: WindowOptions = {}): ListWindow {
  const windowed = count > threshold;
  const element = useRef<HTMLElement | null>(null);
  const rowHeight = useRef(estimate);
  const [range, setRange] = useState({ start: 0, end: Math.min(count, threshold) });

  const update = useCallback(() => {
    const el = element.current;
    if (!el || !windowed) return;
    const next = windowOf(count, el.getBoundingClientRect().top, window.innerHeight, rowHeight.current, overscan);
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, [count, overscan, windowed]);

  // The rows' real height, from those rendered (spacers excluded), once they are in the DOM.
  useLayoutEffect(() => {
    const el = element.current;
    if (!el || !windowed) return;
    const rows = Array.from(el.children).filter((c) => !(c as HTMLElement).dataset.spacer);
    const first = rows[0]?.getBoundingClientRect();
    const last = rows.at(-1)?.getBoundingClientRect();
    // From the first row's top to the last one's bottom: gaps between rows included.
    if (first && last && last.bottom > first.top) rowHeight.current = (last.bottom - first.top) / rows.length;
  });

  useEffect(() => {
    if (!windowed) return;
    update();
    // Capture: the tab may scroll in any container, not only the page.
    document.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update, { passive: true });
    return () => {
      document.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [update, windowed]);

  const ref = useCallback((el: HTMLElement | null) => {
    element.current = el;
  }, []);

  if (!windowed) return { start: 0, end: count, before: 0, after: 0, ref, windowed };
  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  return { start, end, before: start * rowHeight.current, after: (count - end) * rowHeight.current, ref, windowed };
}
