/** Entry of the configurable tab's config page (/app/config). */
import { Shell } from '../shared/Shell';
import { mount } from '../shared/mount';
import { ConfigPage } from './ConfigPage';

mount(<Shell browser={{ frameContext: 'settings' }}>{() => <ConfigPage />}</Shell>);
