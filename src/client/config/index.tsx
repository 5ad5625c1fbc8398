/** Entry of the configurable tab's config page (/app/config). */
import { teamsOrBrowser } from '../host/connect';
import { Shell } from '../shared/Shell';
import { mount } from '../shared/mount';
import { ConfigPage } from './ConfigPage';

mount(<Shell connect={teamsOrBrowser({ frameContext: 'settings' })}>{() => <ConfigPage />}</Shell>);
