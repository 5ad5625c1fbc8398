/** Starts a surface: the page's root element gets the shell with the surface inside. */
import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';

export function mount(node: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Geen #root op de pagina.');
  createRoot(root).render(node);
}

/** A query parameter of the page's URL (surfaces are reachable by URL, e.g. /app/stage?poId=...). */
export const param = (name: string): string | null => new URLSearchParams(window.location.search).get(name);
