/**
 * Entry of the Outlook task pane (/app/outlook; Office.js is loaded by the page before this bundle).
 * The shared Shell signs in and follows theme and language; outlook/host.ts says which host.
 */
import { Shell } from '../shared/Shell';
import { mount } from '../shared/mount';
import { connectOutlookHost } from './host';
import { TaskPane } from './TaskPane';

mount(<Shell connect={connectOutlookHost}>{({ host }) => host.appointment && <TaskPane appointment={host.appointment} />}</Shell>);
