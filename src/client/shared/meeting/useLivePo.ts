/** The live view of one PO for the meeting surfaces: state, presence, connection and the outbox. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LiveView } from './live';
import { LiveSession, type SessionState } from './liveSession';
import { applyWrite, recordIdOf } from './overlay';

export function useLivePo(token: () => Promise<string>, poId: string, userId: string): LiveView {
  const [session, setSession] = useState<LiveSession | null>(null);
  const [state, setState] = useState<SessionState | null>(null);

  // The latest token source, without reconnecting when its identity changes between renders.
  const tokenRef = useRef(token);
  tokenRef.current = token;

  useEffect(() => {
    const s = new LiveSession(
      poId,
      userId,
      () => tokenRef.current(),
      (next) => setState(next),
    );
    setSession(s);
    setState(s.state);
    s.start();
    return () => s.stop();
  }, [poId, userId]);

  return useMemo<LiveView>(() => {
    const writes = [...(state?.settling ?? []), ...(state?.pending ?? [])];
    const now = new Date().toISOString();
    const po = state?.po ? writes.reduce((p, w) => applyWrite(p, w, userId, now), state.po) : null;
    return {
      po,
      presence: state?.presence ?? [],
      connection: state?.connection ?? 'connecting',
      pending: state?.pending.length ?? 0,
      pendingIds: new Set((state?.pending ?? []).map(recordIdOf).filter((id): id is string => id !== null)),
      fatal: state?.fatal ?? null,
      send: (w) => (session ? session.send(w) : Promise.resolve({ status: 'failed', error: new Error('niet verbonden') })),
    };
  }, [state, session, userId]);
}
