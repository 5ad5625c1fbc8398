/** Entry of the meeting stage (/app/stage?poId=...; in Teams shared from the side panel). */
import { Text } from '@fluentui/react-components';
import { LivePo } from '../shared/meeting/LivePoContainer';
import { teamsOrBrowser } from '../host/connect';
import { Shell } from '../shared/Shell';
import { mount, param } from '../shared/mount';
import { translate } from '../shared/i18n';
import { StageView } from '../shared/meeting/StageView';
import { MeetingPo } from '../shared/meeting/MeetingPo';

mount(
  <Shell connect={teamsOrBrowser({ frameContext: 'meetingStage', meetingChatId: param('chatId') })} variant="stage">
    {({ locale }) => (
      <MeetingPo
        poId={param('poId')}
        render={(poId) =>
          poId ? (
            <LivePo poId={poId}>{(p) => <StageView live={p.live} timings={p.timings} now={p.now} />}</LivePo>
          ) : (
            <Text>{translate(locale, 'meeting.noPo')}</Text>
          )
        }
      />
    )}
  </Shell>,
);
