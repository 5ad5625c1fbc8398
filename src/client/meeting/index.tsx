/**
 * Entry of the meeting surfaces (/app/meeting): the details tab (frame context `content`), the side
 * panel (`sidePanel`) and, when Teams opens this page on the stage, the stage. In a browser the
 * page is the side panel (`?poId=`), or the details tab with `?view=details&chatId=...`.
 */
import { lazy, Suspense } from 'react';
import { Spinner } from '@fluentui/react-components';
import { LivePo } from '../shared/meeting/LivePoContainer';
import { MeetingPo } from '../shared/meeting/MeetingPo';
import { teamsOrBrowser } from '../host/connect';
import { Shell } from '../shared/Shell';
import { mount, param } from '../shared/mount';
import { DetailsTab } from './DetailsTab';
import { SidePanelContainer } from './SidePanelContainer';

const StageView = lazy(() => import('../shared/meeting/StageView').then((m) => ({ default: m.StageView })));

mount(
  <Shell connect={teamsOrBrowser({ frameContext: param('view') === 'details' ? 'content' : 'sidePanel', meetingChatId: param('chatId') })}>
    {({ host }) => (
      <MeetingPo
        poId={param('poId')}
        render={(poId, relink) => {
          const fc = host.context.frameContext;
          if (fc === 'sidePanel' && poId) return <SidePanelContainer poId={poId} />;
          if (fc === 'meetingStage' && poId) {
            return (
              <Suspense fallback={<Spinner />}>
                <LivePo poId={poId}>{(p) => <StageView live={p.live} timings={p.timings} now={p.now} />}</LivePo>
              </Suspense>
            );
          }
          return <DetailsTab poId={poId} chatId={host.context.meeting.chatId} relink={relink} />;
        }}
      />
    )}
  </Shell>,
);
