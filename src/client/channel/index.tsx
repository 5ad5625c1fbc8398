/** Entry of the channel tab (/app/channel?ph=<portefeuillehouder>|alle). */
import { Shell } from '../shared/Shell';
import { mount, param } from '../shared/mount';
import { ChannelTab } from './ChannelTab';

mount(<Shell browser={{ frameContext: 'content' }}>{() => <ChannelTab audience={param('ph') ?? 'alle'} />}</Shell>);
