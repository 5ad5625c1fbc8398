/**
 * A toezegging or motie that follows up the raadsregister says so in the record list: "Raadsregister:
 * M2026-014". The nummer is asked once per entry through the session's API (the register is
 * public to signed-in users); without a session (a component on its own) the link is named without it.
 */
import { useContext, useEffect, useState } from 'react';
import { raadsDetail } from '../raadsApi';
import { SessionContext, useT } from '../session';

const known = new Map<string, Promise<string | null>>();

function nummerOf(load: () => Promise<{ nummer: string }>, id: string): Promise<string | null> {
  const cached = known.get(id);
  if (cached) return cached;
  const asked = load().then(
    (e) => e.nummer,
    () => {
      known.delete(id);
      return null;
    },
  );
  known.set(id, asked);
  return asked;
}

export function RaadsLinkLabel({ raadsItemId }: { raadsItemId: string }): JSX.Element {
  const { t } = useT();
  const api = useContext(SessionContext)?.api ?? null;
  const [nummer, setNummer] = useState<string | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    void nummerOf(() => raadsDetail(api, raadsItemId), raadsItemId).then((n) => {
      if (live) setNummer(n);
    });
    return () => {
      live = false;
    };
  }, [api, raadsItemId]);
  return <span data-testid="raads-link">{nummer ? t('raads.link.record', { nummer }) : t('raads.link.recordUnknown')}</span>;
}
