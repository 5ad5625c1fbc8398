/** Entry of the Outlook task pane (/app/outlook). Office.js is loaded by the page before this bundle. */
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
