/** Connects a meeting surface to the live PO: the live view, the users, the ticking timings. */
import type { ReactNode } from 'react';
import { useSession } from '../session';
import type { UserView } from '../types';
import { useAsync } from '../useAsync';
import type { LiveView } from './live';
import { useTimings, type Timings } from './timing';
import { useLivePo } from './useLivePo';

export interface LiveProps {
  live: LiveView;
  users: UserView[];
  timings: Timings;
  now: number;
}

export function LivePo({ poId, children }: { poId: string; children: (p: LiveProps) => ReactNode }): JSX.Element {
  const { api, host, me } = useSession();
  const live = useLivePo(() => host.getToken(), poId, me.id);
  const users = useAsync(() => api.users(), [api]);
  const { timings, now } = useTimings(live.po);
  return <>{children({ live, users: users.data ?? [], timings, now })}</>;
}
