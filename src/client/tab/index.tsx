/** Entry of the personal tab (/app/tab). */
import { Shell } from '../shared/Shell';
import { mount } from '../shared/mount';
import { TabApp } from './TabApp';

mount(<Shell browser={{ frameContext: 'content' }}>{() => <TabApp />}</Shell>);
