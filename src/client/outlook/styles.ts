/** The task pane's layout, in Fluent tokens so it follows the theme (light, dark, high contrast). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useOutlookStyles = makeStyles({
  layout: { display: 'block', padding: tokens.spacingHorizontalM },
  /** Browser mode: the pane and, next to it, the proefafspraak. */
  layoutBrowser: { display: 'grid', gridTemplateColumns: 'minmax(280px, 380px) 1fr', gap: tokens.spacingHorizontalXXL },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalSNudge },
  row: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  items: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  badges: { display: 'flex', gap: tokens.spacingHorizontalSNudge },
  preview: { borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalXXL },
  /** The invite as the e-mail client shows it: its own (white) page whatever the theme. */
  body: { width: '100%', minHeight: '360px', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, backgroundColor: '#fff' },
});
