/** The side panel connected: live PO, the outbox, start/end through the API, sharing to the stage. */
import { useState } from 'react';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { newId } from '../shared/ids';
import { LivePo } from '../shared/meeting/LivePoContainer';
import { useSession } from '../shared/session';
import { endMeeting } from '../shared/verslag/afterMeetingApi';
import { ReopenMeetingButton } from '../shared/verslag/ReopenMeetingButton';
import { SidePanel } from './SidePanel';

export function SidePanelContainer({ poId }: { poId: string }): JSX.Element {
  const { api, host } = useSession();
  const [error, setError] = useState<unknown>(null);
  const run = (action: () => Promise<unknown>): void => {
    setError(null);
    action().catch((err: unknown) => setError(err));
  };
  const stageUrl = `${window.location.origin}/app/stage?poId=${encodeURIComponent(poId)}`;
  const share = host.shareToStage;
  return (
    <>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      <LivePo poId={poId}>
        {(p) => (
          <SidePanel
            live={p.live}
            users={p.users}
            timings={p.timings}
            now={p.now}
            newId={newId}
            onShare={share ? () => run(() => share(stageUrl)) : null}
            onStart={() => run(() => api.startMeeting(poId))}
            onEnd={(afhandeling) => run(() => endMeeting(api, poId, afhandeling))}
            verslagHref={host.kind === 'browser' ? `/app/tab#po/${encodeURIComponent(poId)}` : null}
            loadStanding={() => api.standingFollowUp(poId)}
            onSaveBespreking={(itemId, text) => api.setBespreking(poId, itemId, text)}
            afterEndActions={p.live.po && <ReopenMeetingButton po={p.live.po} />}
          />
        )}
      </LivePo>
    </>
  );
}
