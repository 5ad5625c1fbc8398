/** Entry of the personal tab (/app/tab). */
import { teamsOrBrowser } from '../host/connect';
import { Shell } from '../shared/Shell';
import { mount } from '../shared/mount';
import { TabApp } from './TabApp';

mount(<Shell connect={teamsOrBrowser({ frameContext: 'content' })}>{() => <TabApp />}</Shell>);
