/** Entry of the meeting stage (/app/stage?poId=...; in Teams shared from the side panel). */
import { Text } from '@fluentui/react-components';
import { LivePo } from '../shared/meeting/LivePoContainer';
import { teamsOrBrowser } from '../host/connect';
import { Shell } from '../shared/Shell';
import { mount, param } from '../shared/mount';
import { translate } from '../shared/i18n';
import { StageView } from '../shared/meeting/StageView';
import { MeetingPo } from '../shared/meeting/MeetingPo';
import { useSession } from '../shared/session';
import type { LiveView } from '../shared/meeting/live';
import type { Timings } from '../shared/meeting/timing';
import type { UserView } from '../shared/types';

/** The stage with the read path for the standing item's open follow-up. */
function Stage({ poId, live, users, timings, now }: { poId: string; live: LiveView; users: UserView[]; timings: Timings; now: number }): JSX.Element {
  const { api } = useSession();
  return <StageView live={live} timings={timings} now={now} users={users} loadStanding={() => api.standingFollowUp(poId)} />;
}

mount(
  <Shell connect={teamsOrBrowser({ frameContext: 'meetingStage', meetingChatId: param('chatId') })} variant="stage">
    {({ locale }) => (
      <MeetingPo
        poId={param('poId')}
        render={(poId) =>
          poId ? (
            <LivePo poId={poId}>{(p) => <Stage poId={poId} live={p.live} users={p.users} timings={p.timings} now={p.now} />}</LivePo>
          ) : (
            <Text>{translate(locale, 'meeting.noPo')}</Text>
          )
        }
      />
    )}
  </Shell>,
);
