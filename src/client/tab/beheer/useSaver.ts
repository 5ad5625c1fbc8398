/** One save action of a Beheer section: busy while it runs, its error, and "Opgeslagen." after it. */
import { useState } from 'react';

export interface Saver {
  busy: boolean;
  error: unknown;
  saved: boolean;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

export function useSaver(): Saver {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  return {
    busy,
    error,
    saved,
    clear: () => {
      setError(null);
      setSaved(false);
    },
    run: async (action) => {
      setBusy(true);
      setError(null);
      setSaved(false);
      try {
        await action();
        setSaved(true);
        return true;
      } catch (err) {
        setError(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
