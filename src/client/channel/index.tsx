/** Entry of the channel tab (/app/channel?ph=<portefeuillehouder>|alle). */
import { teamsOrBrowser } from '../host/connect';
import { Shell } from '../shared/Shell';
import { mount, param } from '../shared/mount';
import { ChannelTab } from './ChannelTab';

mount(<Shell connect={teamsOrBrowser({ frameContext: 'content' })}>{() => <ChannelTab audience={param('ph') ?? 'alle'} />}</Shell>);
